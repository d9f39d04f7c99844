/*
 * panic.c: runtime panics with Go's wording, on standard error after the
 * program's buffered output, exit status 2.
 */
#include "rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static _Noreturn void die(const char *first_line) {
    rt_flush();
    fprintf(stderr, "%s\n\ngoroutine 1 [running]:\nmain.main()\n", first_line);
    exit(2);
}

_Noreturn void ml0_panic_index(int64_t index, int64_t len) {
    char b[160];
    if (index < 0)
        snprintf(b, sizeof b, "panic: runtime error: index out of range [%lld]", (long long)index);
    else
        snprintf(b, sizeof b, "panic: runtime error: index out of range [%lld] with length %lld",
                 (long long)index, (long long)len);
    die(b);
}

_Noreturn void ml0_panic_slice(int64_t lo, int64_t hi, int64_t cap) {
    char b[160];
    if (hi > cap || hi < 0)
        snprintf(b, sizeof b, "panic: runtime error: slice bounds out of range [:%lld] with capacity %lld",
                 (long long)hi, (long long)cap);
    else
        snprintf(b, sizeof b, "panic: runtime error: slice bounds out of range [%lld:%lld]",
                 (long long)lo, (long long)hi);
    die(b);
}

_Noreturn void ml0_panic_nil(void) {
    rt_flush();
    fprintf(stderr, "panic: runtime error: invalid memory address or nil pointer dereference\n"
                    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\n"
                    "goroutine 1 [running]:\nmain.main()\n");
    exit(2);
}

_Noreturn void ml0_panic_divide(void) { die("panic: runtime error: integer divide by zero"); }

_Noreturn void ml0_panic_string(const uint8_t *p, int64_t len) {
    rt_flush();
    fputs("panic: ", stderr);
    fwrite(p, 1, (size_t)len, stderr);
    fputs("\n\ngoroutine 1 [running]:\nmain.main()\n", stderr);
    exit(2);
}

_Noreturn void ml0_panic_int(int64_t v) {
    char b[64];
    snprintf(b, sizeof b, "panic: %lld", (long long)v);
    die(b);
}

_Noreturn void ml0_panic_msg(const char *msg) {
    char b[256];
    snprintf(b, sizeof b, "panic: runtime error: %s", msg);
    die(b);
}
