/*
 * buf.c: the library's scratch buffers (malloc'd, never seen by the
 * program), UTF-8 encoding and decoding with Go's rules, fresh result
 * strings, and output to the program's file descriptors.
 */
#include "lib.h"
#include "../core/rt.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void grow(LibBuf *b, size_t need) {
    if (b->len + need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + need)
        cap *= 2;
    uint8_t *p = realloc(b->p, cap);
    if (!p)
        rt_fatal("out of memory");
    b->p = p;
    b->cap = cap;
}

void lib_put(LibBuf *b, const void *p, size_t n) {
    if (n == 0)
        return;
    grow(b, n);
    memcpy(b->p + b->len, p, n);
    b->len += n;
}

void lib_putc(LibBuf *b, uint8_t c) { lib_put(b, &c, 1); }
void lib_puts(LibBuf *b, const char *s) { lib_put(b, s, strlen(s)); }

void lib_pad(LibBuf *b, uint8_t c, int64_t n) {
    if (n <= 0)
        return;
    grow(b, (size_t)n);
    memset(b->p + b->len, c, (size_t)n);
    b->len += (size_t)n;
}

void lib_put_rune(LibBuf *b, int32_t r) {
    uint8_t e[4];
    lib_put(b, e, (size_t)lib_encode_rune(e, r));
}

void lib_buf_free(LibBuf *b) {
    free(b->p);
    *b = (LibBuf){0};
}

/* Go's utf8.DecodeRune: the shortest encoding only, no surrogates, at
 * most U+10FFFF; anything else is (U+FFFD, 1 byte). */
int lib_decode_rune(const uint8_t *s, int64_t n, int32_t *r) {
    uint8_t c = s[0];
    *r = LIB_RUNE_ERROR;
    if (c < 0x80) {
        *r = c;
        return 1;
    }
    int size = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (size == 0 || c > 0xF4 || n < size)
        return 1;
    int32_t v = c & (0x7F >> size);
    for (int i = 1; i < size; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 1;
        v = v << 6 | (s[i] & 0x3F);
    }
    static const int32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min[size] || v > LIB_MAX_RUNE || (v >= 0xD800 && v <= 0xDFFF))
        return 1;
    *r = v;
    return size;
}

int lib_rune_len(int32_t r) {
    if (r < 0)
        return -1;
    if (r < 0x80)
        return 1;
    if (r < 0x800)
        return 2;
    if (r >= 0xD800 && r <= 0xDFFF)
        return -1;
    if (r < 0x10000)
        return 3;
    return r <= LIB_MAX_RUNE ? 4 : -1;
}

int lib_encode_rune(uint8_t *b, int32_t r) {
    if (lib_rune_len(r) < 0)
        r = LIB_RUNE_ERROR;
    if (r < 0x80) {
        b[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0x800) {
        b[0] = (uint8_t)(0xC0 | r >> 6);
        b[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        b[0] = (uint8_t)(0xE0 | r >> 12);
        b[1] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
        b[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    b[0] = (uint8_t)(0xF0 | r >> 18);
    b[1] = (uint8_t)(0x80 | (r >> 12 & 0x3F));
    b[2] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
    b[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

int64_t lib_rune_count(const uint8_t *s, int64_t n) {
    int64_t count = 0;
    for (int64_t i = 0; i < n; count++) {
        int32_t r;
        i += s[i] < 0x80 ? 1 : lib_decode_rune(s + i, n - i, &r);
    }
    return count;
}

void lib_string(ml0_string *out, const void *p, int64_t n) {
    if (n <= 0) {
        *out = (ml0_string){NULL, 0};
        return;
    }
    uint8_t *d = ml0_alloc_atomic(n);
    memcpy(d, p, (size_t)n);
    *out = (ml0_string){d, n};
}

/* Under --runtime=drop the array's death releases its strings (ml0rt.h);
 * the gc runtime ignores kinds. */
static int32_t string_array_kind = ML0_KIND_RT_STRINGS;

void ml0_lib_set_string_array_kind(int32_t kind) { string_array_kind = kind; }

ml0_string *lib_new_strings(ml0_slice *out, int64_t n) {
    ml0_string *v = NULL;
    if (n > 0) {
        int64_t size = n * (int64_t)sizeof(ml0_string);
        v = string_array_kind ? ml0_alloc_kind(size, string_array_kind) : ml0_alloc(size);
    }
    *out = (ml0_slice){v, n, n};
    return v;
}

_Noreturn void lib_panic(const char *msg) {
    ml0_panic_string((const uint8_t *)msg, (int64_t)strlen(msg));
}

void lib_write_fd(int64_t fd, const void *p, size_t n) {
    if (fd != 2) {
        rt_out(p, n);
        return;
    }
    rt_flush();
    for (size_t off = 0; off < n;) {
        ssize_t w = write(2, (const char *)p + off, n - off);
        if (w <= 0)
            return;
        off += (size_t)w;
    }
}
