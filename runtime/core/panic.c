/*
 * panic.c: the runtime's own panics, with Go's wording. Each becomes a Go
 * value and goes through ml0_panic (defer.c), so deferred calls run and
 * recover() catches it: the runtime errors are runtime.Error values whose
 * Error() is "runtime error: ..."; a library's panic(string) is a string.
 * Uncaught, defer.c prints `panic: ...` to standard error after the
 * program's buffered output and exits with status 2.
 */
#include "rt.h"
#include "../ml0type.h"

#include <stdio.h>
#include <string.h>

_Noreturn void ml0_panic_index(int64_t index, int64_t len) {
    char b[160];
    if (index < 0)
        snprintf(b, sizeof b, "index out of range [%lld]", (long long)index);
    else
        snprintf(b, sizeof b, "index out of range [%lld] with length %lld", (long long)index,
                 (long long)len);
    rt_panic_error(RT_ERR_BOUNDS, b, NULL);
}

/* A failed (*[n]T)(s) of a shorter s (go1.19's boundsConvert wording). */
_Noreturn void ml0_panic_convert(int64_t len, int64_t n) {
    char b[160];
    snprintf(b, sizeof b, "cannot convert slice with length %lld to pointer to array with length %lld",
             (long long)len, (long long)n);
    rt_panic_error(RT_ERR_BOUNDS, b, NULL);
}

/* A failed x[lo:hi] or x[lo:hi:max] (cap: the capacity of a slice, the
 * length of a string or an array; flags: ML0_SLICE_3 for a 3-index slice,
 * ML0_SLICE_LEN when cap is a length). The first failed check in Go's
 * order names the error, with go1.19's wording (runtime/error.go
 * boundsError): max (or hi) against cap first, then hi against max, then
 * lo against hi. A negative operand prints alone ("[-1:]"). */
_Noreturn void ml0_panic_slice(int64_t lo, int64_t hi, int64_t max, int64_t cap, int32_t flags) {
    const char *what = flags & ML0_SLICE_LEN ? "length" : "capacity";
    char b[200];
    int64_t x, y;
    const char *pos, *neg;
    if (flags & ML0_SLICE_3) {
        if ((uint64_t)max > (uint64_t)cap)
            x = max, y = cap, pos = "[::%lld] with %s %lld", neg = "[::%lld]";
        else if ((uint64_t)hi > (uint64_t)max)
            x = hi, y = max, pos = "[:%lld:%lld]", neg = "[:%lld:]";
        else
            x = lo, y = hi, pos = "[%lld:%lld:]", neg = "[%lld::]";
    } else if ((uint64_t)hi > (uint64_t)cap) {
        x = hi, y = cap, pos = "[:%lld] with %s %lld", neg = "[:%lld]";
    } else {
        x = lo, y = hi, pos = "[%lld:%lld]", neg = "[%lld:]";
    }
    int n = snprintf(b, sizeof b, "slice bounds out of range ");
    if (x < 0)
        snprintf(b + n, sizeof b - (size_t)n, neg, (long long)x);
    else if (strstr(pos, "with"))
        snprintf(b + n, sizeof b - (size_t)n, pos, (long long)x, what, (long long)y);
    else
        snprintf(b + n, sizeof b - (size_t)n, pos, (long long)x, (long long)y);
    rt_panic_error(RT_ERR_BOUNDS, b, NULL);
}

_Noreturn void ml0_panic_nil(void) {
    rt_panic_error(RT_ERR_STRING, "invalid memory address or nil pointer dereference",
                   "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
}

_Noreturn void ml0_panic_divide(void) { rt_panic_error(RT_ERR_STRING, "integer divide by zero", NULL); }

_Noreturn void ml0_panic_msg(const char *msg) { rt_panic_error(RT_ERR_STRING, msg, NULL); }

_Noreturn void ml0_panic_plain(const char *msg) { rt_panic_error(RT_ERR_PLAIN, msg, NULL); }

static const ml0_type string_type = {.kind = ML0_K_STRING, .size = 16, .name = "string"};
static const ml0_type int_type = {.kind = ML0_K_INT, .size = 8, .name = "int"};

/* panic(s) of a library function: a string value (its bytes copied). */
_Noreturn void ml0_panic_string(const uint8_t *p, int64_t len) {
    uint8_t *bytes = ml0_alloc_kind(len + 1, 0);
    memcpy(bytes, p, (size_t)len);
    ml0_string *s = ml0_alloc_kind((int64_t)sizeof *s, ML0_KIND_RT | 1 << 0);  /* s.ptr */
    s->ptr = bytes;
    s->len = len;
    ml0_iface v = {&string_type, s};
    ml0_panic(&v);
}

_Noreturn void ml0_panic_int(int64_t n) {
    int64_t *box = ml0_alloc_kind(8, 0);
    *box = n;
    ml0_iface v = {&int_type, box};
    ml0_panic(&v);
}
