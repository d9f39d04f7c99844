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

void ml0_string_to_bytes(ml0_slice *out, const uint8_t *p, int64_t len) {
    uint8_t *d = ml0_alloc_atomic(len);
    if (len)
        memcpy(d, p, (size_t)len);
    *out = (ml0_slice){d, len, len};
}
