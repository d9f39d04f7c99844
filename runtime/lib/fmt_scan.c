/*
 * fmt_scan.c: fmt.Sscan, Sscanln and Sscanf, and Scan, Scanln and Scanf
 * on standard input (go1.19's fmt/scan.go semantics, docs/packages.md
 * "Scanning").
 *
 * Scan* read fd 0 a byte at a time, as Go's fmt reads an os.Stdin that
 * is no RuneScanner: what one call read ahead and gave back (the space
 * after a number) is lost to the next read, as in Go, and what it did not
 * need stays unread (a bufio.Scanner after it sees the rest). The stdout
 * buffer is flushed first, so a prompt shows.
 *
 * A scan reads runes from the string (a width in Sscanf's verb limits
 * how many one operand may read: arg_limit) and stores each operand
 * through the pointer its interface holds, by the pointee's kind: bools,
 * integers of every size (%v takes Go's 0b/0o/0x prefixes and '_'), floats,
 * strings (%s/%v a space-delimited word, %q a Go quoted string, %x hex
 * bytes) and []byte. Newlines: Sscan treats them as spaces; Sscanln stops
 * at one ("unexpected newline") and wants one or the end after the last
 * operand ("expected newline"); Sscanf matches them against the format.
 * Format text other than verbs must match the input: a run of spaces in
 * the format matches one or more spaces of the input (or its end), any
 * other rune itself ("input does not match format").
 *
 * Go stops a scan by panicking with the error and recovering it; here a
 * longjmp to the scan's entry does that, so every path below may just
 * fail(). What was stored stays stored, and the count is the operands
 * done: Go's (n, err). Errors are Go's values and words: io.EOF when the
 * input ends before an operand, io.ErrUnexpectedEOF inside a quoted
 * string, the *strconv.NumError of a token strconv refuses, and
 * errors.New texts ("expected integer", "input does not match format",
 * "too many operands"...). Under --runtime=drop a string stored through
 * a pointer releases the one it replaces.
 */
#include "lib.h"
#include "../core/rt.h"
#include "../ml0type.h"

#include <errno.h>
#include <setjmp.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>

enum { SC_EOF = -1, SC_HUGE = 1 << 30 };

typedef struct Scan {
    const uint8_t *s;
    int64_t n, pos;
    int64_t count, arg_limit;   /* runes read; the operand's limit */
    int64_t last_size;          /* of the last rune read (UnreadRune) */
    bool at_eof;
    bool nl_is_space, nl_is_end;
    LibBuf buf;                 /* the token being read */
    int fd;                     /* Scan*: fd 0 until its end; else -1 */
    LibBuf in;                  /* Scan*: the bytes read so far (s) */
    ml0_iface err;
    jmp_buf fail;
} Scan;

static _Noreturn void fail_with(Scan *sc, ml0_iface err) {
    sc->err = err;
    longjmp(sc->fail, 1);
}

static _Noreturn void fail(Scan *sc, const char *msg) {
    ml0_iface e;
    ml0_errors_New(&e, (const uint8_t *)msg, (int64_t)strlen(msg));
    fail_with(sc, e);
}

static _Noreturn void fail_buf(Scan *sc, const char *prefix, const void *p, size_t n, const char *suffix) {
    LibBuf b = {0};
    lib_puts(&b, prefix);
    lib_put(&b, p, n);
    lib_puts(&b, suffix);
    ml0_iface e;
    ml0_errors_New(&e, b.p, (int64_t)b.len);
    lib_buf_free(&b);
    fail_with(sc, e);
}

static _Noreturn void fail_eof(Scan *sc) {
    ml0_iface e;
    ml0_io_EOF(&e);
    fail_with(sc, e);
}

static _Noreturn void fail_unexpected_eof(Scan *sc) {
    ml0_iface e;
    ml0_io_ErrUnexpectedEOF(&e);
    fail_with(sc, e);
}

/* The UTF-8 rune at s[*i] (a bad byte is U+FFFD of size 1). */
static int32_t decode(const uint8_t *s, int64_t n, int64_t i, int64_t *size) {
    uint8_t c = s[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > n) {
        *size = 1;
        return c < 0x80 ? c : 0xFFFD;
    }
    int32_t r = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < len; k++) {
        if ((s[i + k] & 0xC0) != 0x80) {
            *size = 1;
            return 0xFFFD;
        }
        r = r << 6 | (s[i + k] & 0x3F);
    }
    *size = len;
    return r;
}

/* Scan*: one more byte of standard input into s; false at its end. */
static bool fill(Scan *sc) {
    if (sc->fd < 0)
        return false;
    uint8_t c;
    ssize_t got;
    do
        got = read(sc->fd, &c, 1);
    while (got < 0 && errno == EINTR);
    if (got <= 0) {
        sc->fd = -1;
        return false;
    }
    lib_putc(&sc->in, c);
    sc->s = sc->in.p;
    sc->n = (int64_t)sc->in.len;
    return true;
}

static int32_t get_rune(Scan *sc) {
    if (!sc->at_eof && sc->count < sc->arg_limit && sc->pos >= sc->n)
        fill(sc);
    if (sc->pos < sc->n && sc->fd >= 0) {   /* the rest of a UTF-8 sequence */
        uint8_t c = sc->s[sc->pos];
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        while (sc->n - sc->pos < len && fill(sc)) {
        }
    }
    if (sc->at_eof || sc->count >= sc->arg_limit || sc->pos >= sc->n) {
        sc->at_eof = sc->pos >= sc->n;
        return SC_EOF;
    }
    int32_t r = decode(sc->s, sc->n, sc->pos, &sc->last_size);
    sc->pos += sc->last_size;
    sc->count++;
    return r;
}

static void unread_rune(Scan *sc) {
    sc->pos -= sc->last_size;
    sc->at_eof = false;
    sc->count--;
}

static int32_t must_read_rune(Scan *sc) {
    int32_t r = get_rune(sc);
    if (r == SC_EOF)
        fail_unexpected_eof(sc);
    return r;
}

/* Go's isSpace: the Unicode White_Space runes below U+10000. */
static bool is_space(int32_t r) {
    return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0 || r == 0x1680 ||
           (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F ||
           r == 0x3000;
}

static bool in(const char *ok, int32_t r) { return r > 0 && r < 0x80 && strchr(ok, (int)r) != NULL; }

static bool peek(Scan *sc, const char *ok) {
    int32_t r = get_rune(sc);
    if (r != SC_EOF)
        unread_rune(sc);
    return in(ok, r);
}

/* The next rune if it is in ok (into the token when accept); else it
 * stays unread. */
static bool consume(Scan *sc, const char *ok, bool accept) {
    int32_t r = get_rune(sc);
    if (r == SC_EOF)
        return false;
    if (in(ok, r)) {
        if (accept)
            lib_put_rune(&sc->buf, r);
        return true;
    }
    unread_rune(sc);
    return false;
}

static bool accept(Scan *sc, const char *ok) { return consume(sc, ok, true); }

static void not_eof(Scan *sc) {
    if (get_rune(sc) == SC_EOF)
        fail_eof(sc);
    unread_rune(sc);
}

static void skip_space(Scan *sc) {
    for (;;) {
        int32_t r = get_rune(sc);
        if (r == SC_EOF)
            return;
        if (r == '\r' && peek(sc, "\n"))
            continue;
        if (r == '\n') {
            if (sc->nl_is_space)
                continue;
            fail(sc, "unexpected newline");
        }
        if (!is_space(r)) {
            unread_rune(sc);
            return;
        }
    }
}

static void ok_verb(Scan *sc, int32_t verb, const char *verbs, const char *typ) {
    if (in(verbs, verb))
        return;
    LibBuf b = {0};
    lib_puts(&b, "bad verb '%");
    lib_put_rune(&b, verb);
    lib_puts(&b, "' for ");
    lib_puts(&b, typ);
    ml0_iface e;
    ml0_errors_New(&e, b.p, (int64_t)b.len);
    lib_buf_free(&b);
    fail_with(sc, e);
}

static bool scan_bool(Scan *sc, int32_t verb) {
    skip_space(sc);
    not_eof(sc);
    ok_verb(sc, verb, "tv", "boolean");
    switch (get_rune(sc)) {
    case '1':
        return true;
    case 't':
    case 'T':
        if (accept(sc, "rR") && (!accept(sc, "uU") || !accept(sc, "eE")))
            fail(sc, "syntax error scanning boolean");
        return true;
    case 'f':
    case 'F':
        if (accept(sc, "aA") && (!accept(sc, "lL") || !accept(sc, "sS") || !accept(sc, "eE")))
            fail(sc, "syntax error scanning boolean");
        return false;
    }
    return false;
}

static const char DEC[] = "0123456789", HEX[] = "0123456789aAbBcCdDeEfF";

/* The digits of an integer (the token so far may hold its sign and base
 * prefix); Go's "expected integer" when there is none. */
static void scan_number(Scan *sc, const char *digits, bool have) {
    if (!have) {
        not_eof(sc);
        if (!accept(sc, digits))
            fail(sc, "expected integer");
    }
    while (accept(sc, digits)) {
    }
}

/* %v: 0b, 0o, 0x or a leading 0 (octal), '_' allowed: strconv's base 0. */
static const char *base_prefix(Scan *sc, bool *have) {
    *have = false;
    if (!peek(sc, "0"))
        return "0123456789_";
    accept(sc, "0");
    *have = true;
    if (consume(sc, "bB", true))
        return "01_";
    if (consume(sc, "oO", true))
        return "01234567_";
    if (consume(sc, "xX", true))
        return "0123456789aAbBcCdDeEfF_";
    return "01234567_";
}

/* The *strconv.NumError of a message strconv wrote, as the scan's error. */
static _Noreturn void fail_num(Scan *sc, ml0_string *msg) {
    ml0_iface e;
    ml0_lib_num_error(&e, msg);
    fail_with(sc, e);
}

static int64_t scan_rune(Scan *sc, int bits) {
    not_eof(sc);
    int32_t r = get_rune(sc);
    int64_t x = (int64_t)((uint64_t)(int64_t)r << (64 - bits)) >> (64 - bits);
    if (x != r) {
        LibBuf b = {0};
        lib_put_rune(&b, r);
        uint8_t text[8];
        size_t n = b.len < sizeof text ? b.len : sizeof text;
        memcpy(text, b.p, n);
        lib_buf_free(&b);
        fail_buf(sc, "overflow on character value ", text, n, "");
    }
    return r;
}

static int base_of(int32_t verb, const char **digits) {
    *digits = verb == 'b' ? "01" : verb == 'o' ? "01234567" : verb == 'x' || verb == 'X' ? HEX : DEC;
    return verb == 'b' ? 2 : verb == 'o' ? 8 : verb == 'x' || verb == 'X' ? 16 : 10;
}

static uint64_t scan_integer(Scan *sc, int32_t verb, int bits, bool is_signed) {
    if (verb == 'c')
        return (uint64_t)scan_rune(sc, bits);
    skip_space(sc);
    not_eof(sc);
    ok_verb(sc, verb, "bdoxXv", "integer");
    const char *digits;
    int base = base_of(verb, &digits);
    bool have = false;
    if (is_signed)
        accept(sc, "+-");
    if (verb == 'v') {
        digits = base_prefix(sc, &have);
        base = 0;
    }
    scan_number(sc, digits, have);
    ml0_string msg = {NULL, 0};
    uint64_t v;
    if (is_signed) {
        int64_t i = ml0_strconv_ParseInt(&msg, sc->buf.p, (int64_t)sc->buf.len, base, 64);
        if (msg.len)
            fail_num(sc, &msg);
        int64_t x = bits == 64 ? i : (int64_t)((uint64_t)i << (64 - bits)) >> (64 - bits);
        if (x != i)
            fail_buf(sc, "integer overflow on token ", sc->buf.p, sc->buf.len, "");
        v = (uint64_t)i;
    } else {
        v = ml0_strconv_ParseUint(&msg, sc->buf.p, (int64_t)sc->buf.len, base, 64);
        if (msg.len)
            fail_num(sc, &msg);
        if (bits < 64 && v >> bits)
            fail_buf(sc, "unsigned integer overflow on token ", sc->buf.p, sc->buf.len, "");
    }
    return v;
}

/* Go's floatToken: not rigorous, ParseFloat judges it. */
static void float_token(Scan *sc) {
    if (accept(sc, "nN") && accept(sc, "aA") && accept(sc, "nN"))
        return;
    accept(sc, "+-");
    if (accept(sc, "iI") && accept(sc, "nN") && accept(sc, "fF"))
        return;
    const char *digits = "0123456789_", *exp = "eEpP";
    if (accept(sc, "0") && accept(sc, "xX")) {
        digits = "0123456789aAbBcCdDeEfF_";
        exp = "pP";
    }
    while (accept(sc, digits)) {
    }
    if (accept(sc, "."))
        while (accept(sc, digits)) {
        }
    if (accept(sc, exp)) {
        accept(sc, "+-");
        while (accept(sc, "0123456789_")) {
        }
    }
}

static double scan_float(Scan *sc, int32_t verb, int bits) {
    ok_verb(sc, verb, "beEfFgGv", bits == 32 ? "float32" : "float64");
    skip_space(sc);
    not_eof(sc);
    float_token(sc);
    ml0_string msg = {NULL, 0};
    double f = ml0_strconv_ParseFloat(&msg, sc->buf.p, (int64_t)sc->buf.len, bits);
    if (msg.len)
        fail_num(sc, &msg);
    return f;
}

static int hex_digit(int32_t r) {
    return r >= '0' && r <= '9' ? r - '0' : r >= 'a' && r <= 'f' ? r - 'a' + 10 : r >= 'A' && r <= 'F' ? r - 'A' + 10 : -1;
}

/* "..." with Go's escapes, or `...` (unquoted as a Go literal). */
static void quoted_string(Scan *sc) {
    not_eof(sc);
    int32_t q = get_rune(sc);
    if (q == '`') {
        for (int32_t r; (r = must_read_rune(sc)) != '`';)
            lib_put_rune(&sc->buf, r);
        return;
    }
    if (q != '"')
        fail(sc, "expected quoted string");
    for (;;) {
        int32_t r = must_read_rune(sc);
        if (r == '"')
            return;
        if (r != '\\') {
            lib_put_rune(&sc->buf, r);
            continue;
        }
        int32_t c = must_read_rune(sc);
        static const char from[] = "abfnrtv\\\"'", to[] = "\a\b\f\n\r\t\v\\\"'";
        const char *e = c > 0 && c < 0x80 ? strchr(from, (int)c) : NULL;
        if (e) {
            lib_putc(&sc->buf, (uint8_t)to[e - from]);
            continue;
        }
        int nd = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : c >= '0' && c <= '7' ? 3 : 0;
        if (!nd)
            fail(sc, "invalid syntax");
        uint32_t v = c >= '0' && c <= '7' ? (uint32_t)(c - '0') : 0;
        for (int k = c >= '0' && c <= '7' ? 1 : 0; k < nd; k++) {
            int32_t d = must_read_rune(sc);
            int h = hex_digit(d);
            if (h < 0 || (c >= '0' && c <= '7' && h > 7))
                fail(sc, "invalid syntax");
            v = v * (c >= '0' && c <= '7' ? 8 : 16) + (uint32_t)h;
        }
        if (c == 'x' || (c >= '0' && c <= '7'))
            lib_putc(&sc->buf, (uint8_t)v);
        else
            lib_put_rune(&sc->buf, (int32_t)v);
    }
}

static void hex_string(Scan *sc) {
    not_eof(sc);
    for (;;) {
        int32_t r = get_rune(sc);
        if (r == SC_EOF)
            break;
        int h1 = hex_digit(r);
        if (h1 < 0) {
            unread_rune(sc);
            break;
        }
        int h2 = hex_digit(must_read_rune(sc));
        if (h2 < 0)
            fail(sc, "illegal hex digit");
        lib_putc(&sc->buf, (uint8_t)(h1 << 4 | h2));
    }
    if (!sc->buf.len)
        fail(sc, "no hex data for %x string");
}

static void scan_string(Scan *sc, int32_t verb) {
    ok_verb(sc, verb, "svqxX", "string");
    skip_space(sc);
    not_eof(sc);
    if (verb == 'q') {
        quoted_string(sc);
    } else if (verb == 'x' || verb == 'X') {
        hex_string(sc);
    } else {
        for (int32_t r; (r = get_rune(sc)) != SC_EOF;) {
            if (is_space(r)) {
                unread_rune(sc);
                break;
            }
            lib_put_rune(&sc->buf, r);
        }
    }
}

static void store_int(void *p, int64_t size, uint64_t v) {
    switch (size) {
    case 1: *(uint8_t *)p = (uint8_t)v; break;
    case 2: *(uint16_t *)p = (uint16_t)v; break;
    case 4: *(uint32_t *)p = (uint32_t)v; break;
    default: *(uint64_t *)p = v; break;
    }
}

/* One operand: arg holds a pointer; the value read goes where it points. */
static void scan_one(Scan *sc, int32_t verb, const ml0_iface *arg) {
    sc->buf.len = 0;
    const ml0_type *t = arg->type;
    if (!t || t->kind != ML0_K_POINTER) {
        const char *name = t ? t->name : "<nil>";
        fail_buf(sc, "type not a pointer: ", name, strlen(name), "");
    }
    const ml0_type *e = t->elem;
    void *p = arg->data;
    if (!p)
        ml0_panic_nil();
    switch (e->kind) {
    case ML0_K_BOOL:
        *(int8_t *)p = scan_bool(sc, verb);
        return;
    case ML0_K_INT: case ML0_K_INT8: case ML0_K_INT16: case ML0_K_INT32: case ML0_K_INT64:
        store_int(p, e->size, scan_integer(sc, verb, (int)e->size * 8, true));
        return;
    case ML0_K_UINT: case ML0_K_UINT8: case ML0_K_UINT16: case ML0_K_UINT32: case ML0_K_UINT64:
    case ML0_K_UINTPTR:
        store_int(p, e->size, scan_integer(sc, verb, (int)e->size * 8, false));
        return;
    case ML0_K_FLOAT32:
        *(float *)p = (float)scan_float(sc, verb, 32);
        return;
    case ML0_K_FLOAT64:
        *(double *)p = scan_float(sc, verb, 64);
        return;
    case ML0_K_STRING: {
        scan_string(sc, verb);
        ml0_string *dst = p, old = *dst;
        lib_string(dst, sc->buf.p, (int64_t)sc->buf.len);
        ml0_rc_dec(old.ptr);
        return;
    }
    case ML0_K_SLICE:
        if (e->elem && e->elem->kind == ML0_K_UINT8) {
            scan_string(sc, verb);
            ml0_slice *dst = p, old = *dst;
            ml0_string tmp;
            lib_string(&tmp, sc->buf.p, (int64_t)sc->buf.len);
            *dst = (ml0_slice){(void *)tmp.ptr, tmp.len, tmp.len};
            ml0_rc_dec(old.ptr);
            return;
        }
        break;
    default:
        break;
    }
    fail_buf(sc, "can't scan type: ", t->name, strlen(t->name), "");
}

/* Go's advance: the format's text up to a verb against the input; the
 * bytes of format used, 0 at a verb (or the input's end), -1 when a rune
 * does not match. */
static int64_t advance(Scan *sc, const uint8_t *f, int64_t fn) {
    int64_t i = 0, w;
    while (i < fn) {
        int32_t fc = decode(f, fn, i, &w);
        if (is_space(fc)) {
            int newlines = 0;
            bool trailing = false;
            while (i < fn && is_space(fc)) {
                if (fc == '\n') {
                    newlines++;
                    trailing = false;
                } else {
                    trailing = true;
                }
                i += w;
                if (i < fn)
                    fc = decode(f, fn, i, &w);
            }
            for (int j = 0; j < newlines; j++) {
                int32_t ic = get_rune(sc);
                while (is_space(ic) && ic != '\n')
                    ic = get_rune(sc);
                if (ic != '\n' && ic != SC_EOF)
                    fail(sc, "newline in format does not match input");
            }
            if (trailing) {
                int32_t ic = get_rune(sc);
                if (newlines == 0) {
                    if (!is_space(ic) && ic != SC_EOF)
                        fail(sc, "expected space in input to match format");
                    if (ic == '\n')
                        fail(sc, "newline in input does not match format");
                }
                while (is_space(ic) && ic != '\n')
                    ic = get_rune(sc);
                if (ic != SC_EOF)
                    unread_rune(sc);
            }
            continue;
        }
        if (fc == '%') {
            if (i + w == fn)
                fail(sc, "missing verb: % at end of format string");
            if (f[i + w] != '%')
                return i;
            i += w;
        }
        int32_t ic = must_read_rune(sc);
        if (ic != fc) {
            unread_rune(sc);
            return -1;
        }
        i += w;
    }
    return i;
}

static int64_t do_scan(Scan *sc, const ml0_iface *args, int64_t nargs) {
    volatile int64_t done = 0;
    if (setjmp(sc->fail))
        return done;
    for (int64_t k = 0; k < nargs; k++) {
        scan_one(sc, 'v', &args[k]);
        done = k + 1;
    }
    if (sc->nl_is_end)
        for (;;) {
            int32_t r = get_rune(sc);
            if (r == '\n' || r == SC_EOF)
                break;
            if (!is_space(r))
                fail(sc, "expected newline");
        }
    return done;
}

static int64_t do_scanf(Scan *sc, const uint8_t *f, int64_t fn, const ml0_iface *args, int64_t nargs) {
    volatile int64_t done = 0;
    if (setjmp(sc->fail))
        return done;
    int64_t i = 0;
    while (i < fn) {
        int64_t w = advance(sc, f + i, fn - i);
        if (w > 0) {
            i += w;
            continue;
        }
        if (f[i] != '%') {
            if (w < 0)
                fail(sc, "input does not match format");
            break;
        }
        i++;
        int64_t wid = 0;
        bool wid_present = false;
        while (i < fn && f[i] >= '0' && f[i] <= '9') {
            wid = wid * 10 + (f[i] - '0');
            wid_present = true;
            i++;
        }
        int64_t vw = 0;
        int32_t c = i < fn ? decode(f, fn, i, &vw) : 0;
        int64_t verb_at = i;
        i += vw;
        if (c != 'c')
            skip_space(sc);
        if (c == '%') {
            skip_space(sc);
            not_eof(sc);
            if (!accept(sc, "%"))
                fail(sc, "missing literal %");
            continue;
        }
        sc->arg_limit = wid_present ? sc->count + wid : SC_HUGE;
        if (done >= nargs)
            fail_buf(sc, "too few operands for format '%", f + verb_at, (size_t)(fn - verb_at), "'");
        scan_one(sc, c, &args[done]);
        done = done + 1;
        sc->arg_limit = SC_HUGE;
    }
    if (done < nargs)
        fail(sc, "too many operands");
    return done;
}

static int64_t scan_entry(ml0_iface *err, const uint8_t *s, int64_t slen, const uint8_t *f, int64_t flen,
                          const ml0_iface *args, int64_t nargs, bool nl_is_space, bool nl_is_end) {
    Scan sc;
    memset(&sc, 0, sizeof sc);
    sc.s = s;
    sc.n = slen;
    sc.fd = -1;
    if (!s) {   /* Scan*: standard input */
        rt_flush();
        sc.fd = 0;
    }
    sc.arg_limit = SC_HUGE;
    sc.nl_is_space = nl_is_space;
    sc.nl_is_end = nl_is_end;
    int64_t n = f ? do_scanf(&sc, f, flen, args, nargs) : do_scan(&sc, args, nargs);
    lib_buf_free(&sc.buf);
    lib_buf_free(&sc.in);
    *err = sc.err;
    return n;
}

int64_t ml0_fmt_Scan(ml0_iface *err, const ml0_iface *args, int64_t nargs) {
    return scan_entry(err, NULL, 0, NULL, 0, args, nargs, true, false);
}

int64_t ml0_fmt_Scanln(ml0_iface *err, const ml0_iface *args, int64_t nargs) {
    return scan_entry(err, NULL, 0, NULL, 0, args, nargs, false, true);
}

int64_t ml0_fmt_Scanf(ml0_iface *err, const uint8_t *format, int64_t flen, const ml0_iface *args, int64_t nargs) {
    static const uint8_t empty[1] = {0};
    return scan_entry(err, NULL, 0, format ? format : empty, flen, args, nargs, false, false);
}

int64_t ml0_fmt_Sscan(ml0_iface *err, const uint8_t *str, int64_t slen, const ml0_iface *args, int64_t nargs) {
    static const uint8_t empty[1] = {0};    /* a string, even "" (NULL: standard input) */
    return scan_entry(err, str ? str : empty, slen, NULL, 0, args, nargs, true, false);
}

int64_t ml0_fmt_Sscanln(ml0_iface *err, const uint8_t *str, int64_t slen, const ml0_iface *args, int64_t nargs) {
    static const uint8_t empty[1] = {0};
    return scan_entry(err, str ? str : empty, slen, NULL, 0, args, nargs, false, true);
}

int64_t ml0_fmt_Sscanf(ml0_iface *err, const uint8_t *str, int64_t slen, const uint8_t *format, int64_t flen,
                       const ml0_iface *args, int64_t nargs) {
    /* an empty format is no format: the scan's "too many operands" */
    static const uint8_t empty[1] = {0};
    return scan_entry(err, str ? str : empty, slen, format ? format : empty, flen, args, nargs, false, false);
}
