/*
 * string.c: string concatenation, comparison and []byte conversions.
 * Strings are immutable {ptr, len}; new string data is pointer-free.
 */
#include "rt.h"

#include <string.h>

void ml0_concat(ml0_string *out, const uint8_t *a, int64_t alen,
                const uint8_t *b, int64_t blen) {
    if (alen + blen == 0) {
        *out = (ml0_string){NULL, 0};
        return;
    }
    /* always fresh storage: under the drop runtime the result has its own
       owner, so it must never alias an operand (or a literal) */
    uint8_t *p = ml0_alloc_atomic(alen + blen);
    if (alen)
        memcpy(p, a, (size_t)alen);
    if (blen)
        memcpy(p + alen, b, (size_t)blen);
    *out = (ml0_string){p, alen + blen};
}

int64_t ml0_string_cmp(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen) {
    int64_t n = alen < blen ? alen : blen;
    int c = n ? memcmp(a, b, (size_t)n) : 0;
    if (c)
        return c;
    return (alen > blen) - (alen < blen);
}

void ml0_bytes_to_string(ml0_string *out, const void *p, int64_t len) {
    if (len == 0) {
        *out = (ml0_string){NULL, 0};
        return;
    }
    uint8_t *d = ml0_alloc_atomic(len);
    memcpy(d, p, (size_t)len);
    *out = (ml0_string){d, len};
}

/* The capacity go1.19 gives a []byte or []rune of n elements of size
 * bytes made by a conversion (ML0_CAP_*, ml0rt.h). */
static int64_t conv_cap(int64_t n, int64_t size, int32_t how) {
    if (how == ML0_CAP_EXACT)
        return n;
    if (how == ML0_CAP_STACK && n <= 32)
        return 32;
    return rt_roundupsize(n * size) / size;
}

void ml0_string_to_bytes(ml0_slice *out, const uint8_t *p, int64_t len, int32_t how) {
    int64_t cap = conv_cap(len, 1, how);
    uint8_t *d = ml0_alloc_atomic(cap);
    if (len)
        memcpy(d, p, (size_t)len);
    *out = (ml0_slice){d, len, cap};
}

/* ---- runes: UTF-8 as Go decodes and encodes it ------------------------ */

/* The rune at p[i] and its width; an invalid or short sequence is U+FFFD
 * of width 1 (Go's utf8.DecodeRuneInString). */
static int32_t decode(const uint8_t *p, int64_t len, int64_t i, int *width) {
    uint32_t c = p[i];
    *width = 1;
    if (c < 0x80)
        return (int32_t)c;
    int n = c >= 0xF0 && c < 0xF8 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (n == 0 || i + n > len)
        return 0xFFFD;
    uint32_t v = c & (0x7F >> n);
    for (int k = 1; k < n; k++) {
        if ((p[i + k] & 0xC0) != 0x80)
            return 0xFFFD;
        v = v << 6 | (p[i + k] & 0x3F);
    }
    static const uint32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min[n] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0xFFFD;
    *width = n;
    return (int32_t)v;
}

int64_t ml0_decode_rune(const uint8_t *p, int64_t len, int64_t i) {
    int w;
    int32_t r = decode(p, len, i, &w);
    return (int64_t)w << 32 | (uint32_t)r;
}

/* Go's utf8.EncodeRune: invalid runes become U+FFFD. */
static int encode(uint8_t *o, int64_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x80) { o[0] = (uint8_t)r; return 1; }
    if (r < 0x800) { o[0] = (uint8_t)(0xC0 | r >> 6); o[1] = (uint8_t)(0x80 | (r & 0x3F)); return 2; }
    if (r < 0x10000) {
        o[0] = (uint8_t)(0xE0 | r >> 12); o[1] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
        o[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | r >> 18); o[1] = (uint8_t)(0x80 | (r >> 12 & 0x3F));
    o[2] = (uint8_t)(0x80 | (r >> 6 & 0x3F)); o[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

void ml0_rune_to_string(ml0_string *out, int64_t r) {
    uint8_t b[4];
    int n = encode(b, r);
    ml0_bytes_to_string(out, b, n);
}

void ml0_string_to_runes(ml0_slice *out, const uint8_t *p, int64_t len, int32_t how) {
    int64_t n = 0;
    for (int64_t i = 0; i < len; n++) {
        int w;
        decode(p, len, i, &w);
        i += w;
    }
    int64_t cap = conv_cap(n, 4, how);
    int32_t *d = ml0_alloc_atomic(cap * 4 > 0 ? cap * 4 : 1);
    int64_t k = 0;
    for (int64_t i = 0; i < len; k++) {
        int w;
        d[k] = decode(p, len, i, &w);
        i += w;
    }
    *out = (ml0_slice){d, n, cap};
}

void ml0_runes_to_string(ml0_string *out, const int32_t *p, int64_t len) {
    if (len == 0) {
        *out = (ml0_string){NULL, 0};
        return;
    }
    uint8_t *d = ml0_alloc_atomic(len * 4);
    int64_t n = 0;
    for (int64_t i = 0; i < len; i++)
        n += encode(d + n, p[i]);
    *out = (ml0_string){d, n};
}
