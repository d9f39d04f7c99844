/*
 * utf8.c: package unicode/utf8, over buf.c's decoder (lib_decode_rune:
 * Go's DecodeRune, invalid input is (U+FFFD, 1)).
 *
 * The (rune, int) results come back as codegen's tuples do: every element
 * but the last through an out-pointer, the last returned. DecodeLastRune
 * is Go's algorithm: from the last byte back to the nearest start byte
 * (at most UTFMax bytes), decode forward, and accept it only when it ends
 * exactly at the end. EncodeRune panics as Go's does, on the first byte
 * index past len(p) (`index out of range [2] with length 2`). AppendRune
 * returns p's own array when it has room (its reference counted once more
 * for the result under --runtime=drop; the caller still owns p's), else a
 * grown copy, as append would.
 */
#include "lib.h"
#include "../core/rt.h"

#include <string.h>

static int decode(const uint8_t *s, int64_t n, int32_t *r) {
    if (n <= 0) {
        *r = LIB_RUNE_ERROR;
        return 0;
    }
    if (s[0] < 0x80) {
        *r = s[0];
        return 1;
    }
    return lib_decode_rune(s, n, r);
}

static bool rune_start(uint8_t b) { return (b & 0xC0) != 0x80; }

static int decode_last(const uint8_t *s, int64_t n, int32_t *r) {
    if (n <= 0) {
        *r = LIB_RUNE_ERROR;
        return 0;
    }
    int64_t start = n - 1;
    if (s[start] < 0x80) {
        *r = s[start];
        return 1;
    }
    int64_t lim = n - 4 < 0 ? 0 : n - 4;
    for (start--; start >= lim; start--)
        if (rune_start(s[start]))
            break;
    if (start < 0)
        start = 0;
    int size = decode(s + start, n - start, r);
    if (start + size != n) {
        *r = LIB_RUNE_ERROR;
        return 1;
    }
    return size;
}

/* Go's FullRune: does s begin with a whole encoding (or an invalid
 * byte, which decodes as one)? Short only when the bytes so far are a
 * valid prefix: the second byte in its lead's range, the third a
 * continuation byte. */
static bool full_rune(const uint8_t *s, int64_t n) {
    if (n <= 0)
        return false;
    uint8_t c = s[0];
    int size = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
    if (n >= size)
        return true;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    if (n > 1 && (s[1] < lo || s[1] > hi))
        return true;
    return n > 2 && (s[2] < 0x80 || s[2] > 0xBF);
}

static bool valid(const uint8_t *s, int64_t n) {
    for (int64_t i = 0; i < n;) {
        int32_t r;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        int w = lib_decode_rune(s + i, n - i, &r);
        if (w == 1)
            return false;
        i += w;
    }
    return true;
}

int64_t ml0_utf8_RuneCountInString(const uint8_t *s, int64_t slen) { return lib_rune_count(s, slen); }
int64_t ml0_utf8_RuneCount(const ml0_slice *p) { return lib_rune_count(p->ptr, p->len); }
int64_t ml0_utf8_RuneLen(int32_t r) { return lib_rune_len(r); }
int32_t ml0_utf8_ValidRune(int32_t r) { return r >= 0 && r <= LIB_MAX_RUNE && !(r >= 0xD800 && r <= 0xDFFF); }
int32_t ml0_utf8_ValidString(const uint8_t *s, int64_t slen) { return valid(s, slen); }
int32_t ml0_utf8_Valid(const ml0_slice *p) { return valid(p->ptr, p->len); }
int32_t ml0_utf8_RuneStart(uint8_t b) { return rune_start(b); }
int32_t ml0_utf8_FullRune(const ml0_slice *p) { return full_rune(p->ptr, p->len); }
int32_t ml0_utf8_FullRuneInString(const uint8_t *s, int64_t slen) { return full_rune(s, slen); }

int64_t ml0_utf8_DecodeRuneInString(int32_t *r, const uint8_t *s, int64_t slen) { return decode(s, slen, r); }
int64_t ml0_utf8_DecodeRune(int32_t *r, const ml0_slice *p) { return decode(p->ptr, p->len, r); }
int64_t ml0_utf8_DecodeLastRuneInString(int32_t *r, const uint8_t *s, int64_t slen) {
    return decode_last(s, slen, r);
}
int64_t ml0_utf8_DecodeLastRune(int32_t *r, const ml0_slice *p) { return decode_last(p->ptr, p->len, r); }

int64_t ml0_utf8_EncodeRune(const ml0_slice *p, int32_t r) {
    uint8_t e[4];
    int n = lib_encode_rune(e, r);
    if (p->len < n)
        ml0_panic_index(n - 1, p->len);
    memcpy(p->ptr, e, (size_t)n);
    return n;
}

void ml0_utf8_AppendRune(ml0_slice *out, const ml0_slice *p, int32_t r) {
    uint8_t e[4];
    int n = lib_encode_rune(e, r);
    ml0_slice s = *p;
    if (s.len + n <= s.cap)
        ml0_rc_inc(s.ptr);
    else
        ml0_growslice(&s, n, 1, 0);
    memcpy((uint8_t *)s.ptr + s.len, e, (size_t)n);
    s.len += n;
    *out = s;
}
