/*
 * strings_builder.c: strings.Builder. The Builder holds one reference to
 * buf (an ml0_alloc_atomic object, grown by doubling). When it grows, the
 * old array's reference is given back with ml0_rc_dec, not freed: a copy
 * of the Builder (allowed in Go, and String() works on it) may still hold
 * it under the drop runtime's counting; with a single owner the count is
 * 1 and the array is freed at once; under gc this is a no-op. String()
 * copies, so no result aliases buf.
 * addr is Go's copy check: set to the Builder's own address by its first
 * write; a write through a copy (a different address) panics as Go's does.
 */
#include "lib.h"

#include <string.h>

static void copy_check(ml0_strings_Builder *b) {
    if (!b->addr)
        b->addr = b;
    else if (b->addr != b)
        lib_panic("strings: illegal use of non-zero Builder copied by value");
}

static void grow(ml0_strings_Builder *b, int64_t n) {
    if (b->buf.cap - b->buf.len >= n)
        return;
    int64_t cap = b->buf.cap * 2 + n;
    uint8_t *p = ml0_alloc_atomic(cap);
    if (b->buf.len)
        memcpy(p, b->buf.ptr, (size_t)b->buf.len);
    if (b->buf.ptr)
        ml0_rc_dec(b->buf.ptr);
    b->buf.ptr = p;
    b->buf.cap = cap;
}

int64_t ml0_strings_Builder_WriteString(ml0_strings_Builder *b, const uint8_t *s, int64_t slen) {
    copy_check(b);
    grow(b, slen);
    if (slen)
        memcpy((uint8_t *)b->buf.ptr + b->buf.len, s, (size_t)slen);
    b->buf.len += slen;
    return slen;
}

int64_t ml0_strings_Builder_Write(ml0_strings_Builder *b, const ml0_slice *p) {
    return ml0_strings_Builder_WriteString(b, p->ptr, p->len);
}

void ml0_strings_Builder_WriteByte(ml0_strings_Builder *b, uint8_t c) {
    ml0_strings_Builder_WriteString(b, &c, 1);
}

int64_t ml0_strings_Builder_WriteRune(ml0_strings_Builder *b, int32_t r) {
    uint8_t e[4];
    return ml0_strings_Builder_WriteString(b, e, lib_encode_rune(e, r));
}

void ml0_strings_Builder_String(ml0_string *out, const ml0_strings_Builder *b) {
    lib_string(out, b->buf.ptr, b->buf.len);
}

int64_t ml0_strings_Builder_Len(const ml0_strings_Builder *b) { return b->buf.len; }
int64_t ml0_strings_Builder_Cap(const ml0_strings_Builder *b) { return b->buf.cap; }

void ml0_strings_Builder_Reset(ml0_strings_Builder *b) {
    if (b->buf.ptr)
        ml0_rc_dec(b->buf.ptr);
    *b = (ml0_strings_Builder){0};
}

void ml0_strings_Builder_Grow(ml0_strings_Builder *b, int64_t n) {
    copy_check(b);
    if (n < 0)
        lib_panic("strings.Builder.Grow: negative count");
    grow(b, n);
}
