/*
 * bufio.c: package bufio's Scanner on an *os.File (docs/packages.md
 * "bufio"), as an intro course reads os.Stdin:
 *
 *   sc := bufio.NewScanner(os.Stdin)
 *   sc.Split(bufio.ScanWords)        // optional; ScanLines by default
 *   for sc.Scan() { w := sc.Text() } // then sc.Err()
 *
 * Go's Scanner calls its split function on the unread bytes, reading
 * more while the function asks for more; the four split functions of
 * bufio are here as numbers (0 ScanLines, 1 ScanWords, 2 ScanRunes, 3
 * ScanBytes), with Go's rules: a line drops its "\n" and a "\r" before
 * it, and the last line needs no "\n"; a word is a run of non-spaces
 * (unicode.IsSpace); a rune is one UTF-8 sequence, an invalid byte being
 * U+FFFD. A token that does not fit in max bytes (64 KiB,
 * bufio.MaxScanTokenSize, or Buffer's) stops the Scanner with
 * bufio.ErrTooLong, as Go's full buffer does.
 *
 * Each Scanner reads into its own buffer, grown and refilled as Go's
 * (fill), so a second Scanner of os.Stdin sees only what the first did
 * not read, as in Go. The buffer and the token, copied into a fresh
 * string at each Scan, are counted references the Scanner holds (words
 * 2 and 0 of the runtime's object, released with it); Text hands out a
 * new reference to the token. The stdout buffer is flushed before every
 * read, so a prompt printed with fmt.Print shows before the program
 * waits.
 */
#include "lib.h"
#include "../core/rt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { SPLIT_LINES, SPLIT_WORDS, SPLIT_RUNES, SPLIT_BYTES, START_BUF = 4096, MAX_TOKEN = 64 * 1024 };
enum { STATE_OK, STATE_EOF, STATE_TOO_LONG };

#define SCANNER_KIND (ML0_KIND_RT | 1 << 0 | 1 << 2)     /* tok.ptr, buf */

int64_t ml0_bufio_ScanLines(void) { return SPLIT_LINES; }
int64_t ml0_bufio_ScanWords(void) { return SPLIT_WORDS; }
int64_t ml0_bufio_ScanRunes(void) { return SPLIT_RUNES; }
int64_t ml0_bufio_ScanBytes(void) { return SPLIT_BYTES; }

ml0_bufio_Scanner *ml0_bufio_NewScanner(ml0_os_File *f) {
    ml0_bufio_Scanner *s = ml0_alloc_kind(sizeof *s, SCANNER_KIND);
    s->file = f;
    s->split = SPLIT_LINES;
    s->max = MAX_TOKEN;
    return s;
}

void ml0_bufio_Scanner_Split(ml0_bufio_Scanner *s, int64_t split) {
    if (!s)
        ml0_panic_nil();
    s->split = split;
}

/* Go's Buffer(buf, max): the first buffer is cap(buf) bytes (a fresh
 * one of that size here), growing up to max. */
void ml0_bufio_Scanner_Buffer(ml0_bufio_Scanner *s, const ml0_slice *buf, int64_t max) {
    if (!s)
        ml0_panic_nil();
    if (s->buf)
        lib_panic("Buffer called after Scan");
    s->max = max;
    if (buf->cap > 0) {
        s->buf = ml0_alloc_atomic(buf->cap);
        s->cap = buf->cap;
    }
}

/* A token: its bytes [at, at+len) of data, or none (more is needed). */
typedef struct Split { int64_t advance, at, len; bool token; } Split;

static int64_t full_rune_len(uint8_t b) {
    return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF8 ? 4 : 1;
}

/* Go's bufio.ScanLines, ScanWords, ScanRunes, ScanBytes on data[0:n]. */
static Split split(int64_t which, const uint8_t *data, int64_t n, bool eof) {
    Split r = {0};
    if (eof && n == 0)
        return r;
    switch (which) {
    case SPLIT_LINES: {
        const uint8_t *nl = memchr(data, '\n', (size_t)n);
        int64_t len = nl ? nl - data : n;
        if (!nl && !eof)
            return r;
        r.advance = nl ? len + 1 : n;
        r.len = len > 0 && data[len - 1] == '\r' ? len - 1 : len;
        r.token = true;
        return r;
    }
    case SPLIT_WORDS: {
        int64_t start = 0;
        while (start < n) {
            int32_t c;
            int w = lib_decode_rune(data + start, n - start, &c);
            if (!lib_is_space(c))
                break;
            start += w;
        }
        for (int64_t i = start; i < n;) {
            int32_t c;
            int w = lib_decode_rune(data + i, n - i, &c);
            if (lib_is_space(c)) {
                r = (Split){i + w, start, i - start, true};
                return r;
            }
            i += w;
        }
        if (eof && n > start)
            return (Split){n, start, n - start, true};
        r.advance = start;
        return r;
    }
    case SPLIT_RUNES: {
        int64_t need = full_rune_len(data[0]);
        if (n < need && !eof)
            return r;
        int32_t c;
        int w = lib_decode_rune(data, n, &c);
        return (Split){w, 0, w, true};   /* an invalid byte: Text re-encodes it */
    }
    default:
        return (Split){1, 0, 1, true};
    }
}

/* Go's Scanner, after a split asked for more: shift the unread bytes to
 * the front (when the buffer is full or they start past its middle),
 * grow a full buffer (4096 bytes first, then doubled, never past max;
 * a full buffer of max bytes is ErrTooLong), then read once. */
static bool fill(ml0_bufio_Scanner *s) {
    if (s->start > 0 && (s->end == s->cap || s->start > s->cap / 2)) {
        memmove(s->buf, s->buf + s->start, (size_t)(s->end - s->start));
        s->end -= s->start;
        s->start = 0;
    }
    if (s->end == s->cap) {
        if (s->cap >= s->max) {
            s->state = STATE_TOO_LONG;
            return false;
        }
        int64_t cap = s->cap ? s->cap * 2 : START_BUF;
        if (cap > s->max)
            cap = s->max;
        uint8_t *p = ml0_alloc_atomic(cap);
        if (s->end > s->start)
            memcpy(p, s->buf + s->start, (size_t)(s->end - s->start));
        if (s->buf)
            ml0_rc_dec(s->buf);
        s->buf = p;
        s->cap = cap;
        s->end -= s->start;
        s->start = 0;
    }
    rt_flush();
    ssize_t got;
    do
        got = read((int)lib_file_fd(s->file), s->buf + s->end, (size_t)(s->cap - s->end));
    while (got < 0 && errno == EINTR);
    if (got <= 0)
        s->state = STATE_EOF;
    else
        s->end += got;
    return true;
}

int32_t ml0_bufio_Scanner_Scan(ml0_bufio_Scanner *s) {
    if (!s)
        ml0_panic_nil();
    if (s->tok.ptr)
        ml0_rc_dec(s->tok.ptr);
    s->tok = (ml0_string){0};
    if (!s->file)
        ml0_panic_nil();    /* Go's Read on a nil *os.File */
    for (;;) {
        if (s->end > s->start || s->state != STATE_OK) {
            const uint8_t *data = s->buf + s->start;
            Split r = split(s->split, data, s->end - s->start, s->state != STATE_OK);
            s->start += r.advance;
            if (r.token) {
                if (s->split == SPLIT_RUNES && r.len == 1 && data[r.at] >= 0x80)
                    lib_string(&s->tok, "\xEF\xBF\xBD", 3);     /* utf8.RuneError */
                else
                    lib_string(&s->tok, data + r.at, r.len);
                return 1;
            }
        }
        if (s->state != STATE_OK)
            return 0;
        if (!fill(s))
            return 0;
    }
}

void ml0_bufio_Scanner_Text(ml0_string *out, ml0_bufio_Scanner *s) {
    if (!s)
        ml0_panic_nil();
    if (s->tok.ptr)
        ml0_rc_inc(s->tok.ptr);
    *out = s->tok;
}

void ml0_bufio_Scanner_Err(ml0_iface *out, ml0_bufio_Scanner *s) {
    if (!s)
        ml0_panic_nil();
    if (s->state == STATE_TOO_LONG) {
        ml0_bufio_ErrTooLong(out);
        return;
    }
    out->type = NULL;
    out->data = NULL;
}
