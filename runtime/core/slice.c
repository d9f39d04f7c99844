/*
 * slice.c: make, append growth and copy, with Go's growth policy
 * (go1.19 growslice: double below 256 elements, then grow by about 1.25x
 * plus 192 elements, then round the bytes up to Go's malloc size class,
 * sizeclass.c, so cap is what go1.19 prints) and Go's panics for bad
 * lengths.
 */
#include "rt.h"

#include <string.h>

int64_t rt_make_bytes(int64_t len, int64_t cap, int64_t elem_size) {
    if (len < 0)
        ml0_panic_msg("makeslice: len out of range");
    if (cap < len)
        ml0_panic_msg("makeslice: cap out of range");
    if (elem_size && cap > (INT64_C(1) << 40) / elem_size)
        ml0_panic_msg("makeslice: len out of range");
    return cap * elem_size;
}

void ml0_make_slice(ml0_slice *out, int64_t len, int64_t cap, int64_t elem_size,
                    int32_t has_pointers) {
    int64_t n = rt_make_bytes(len, cap, elem_size);
    void *p = has_pointers ? ml0_alloc(n) : ml0_alloc_atomic(n);
    *out = (ml0_slice){p, len, cap};
}

void ml0_growslice(ml0_slice *s, int64_t add, int64_t elem_size, int32_t has_pointers) {
    int64_t need = s->len + add;
    if (need <= s->cap)
        return;
    int64_t cap = s->cap;
    int64_t doubled = cap + cap;
    if (elem_size == 0) {   /* go1.19: zero-size elements, cap = need; still a
                               fresh array, as the drop runtime's callers expect */
        s->ptr = ml0_alloc_atomic(0);
        s->cap = need;
        return;
    }
    if (need > doubled) {
        cap = need;
    } else if (cap < 256) {
        cap = doubled;
    } else {
        while (cap > 0 && cap < need)
            cap += (cap + 3 * 256) / 4;
        if (cap <= 0)
            cap = need;
    }
    if (cap > (INT64_C(1) << 40) / elem_size)
        rt_fatal("out of memory (slice too large)");
    cap = rt_roundupsize(cap * elem_size) / elem_size;   /* the whole size class */
    void *p = has_pointers ? ml0_alloc(cap * elem_size) : ml0_alloc_atomic(cap * elem_size);
    if (s->len)
        memcpy(p, s->ptr, (size_t)(s->len * elem_size));
    s->ptr = p;
    s->cap = cap;
}

int64_t ml0_copy(void *dst, int64_t dlen, const void *src, int64_t slen, int64_t elem_size) {
    int64_t n = dlen < slen ? dlen : slen;
    if (n > 0)
        memmove(dst, src, (size_t)(n * elem_size));
    return n;
}

void *ml0_alloc(int64_t size) {
    return rt_raw_alloc(size > 0 ? (size_t)size : 1, 1);
}

void *ml0_alloc_atomic(int64_t size) {
    return rt_raw_alloc(size > 0 ? (size_t)size : 1, 0);
}

void ml0_free(void *p) {
    if (p)
        rt_raw_free(p);
}
