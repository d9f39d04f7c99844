/*
 * print.c: print/println pieces with the formatting of Go's builtin
 * println (runtime/print.go; not fmt's), written to
 * a 64 KiB stdout buffer that is flushed at exit and before any panic
 * message, so output order matches Go's. fmt (runtime/lib) writes
 * through the same buffer (rt_out), so println and fmt.Println output
 * interleave in program order.
 *
 * That is ML0's println (standard output, the contract). A Go file's
 * print and println write to standard error, as Go's do: codegen brackets
 * each with ml0_print_stderr_begin/end, and the pieces in between gather
 * in a small buffer written to fd 2 at the end, after flushing standard
 * output, so the two streams interleave as Go's unbuffered ones do when
 * they share a file (2>&1).
 */
#define _POSIX_C_SOURCE 200809L
#include "rt.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char out_buf[1 << 16];
static size_t out_len;

static void write_all(int fd, const void *p, size_t n) {
    size_t off = 0;
    while (off < n) {
        ssize_t w = write(fd, (const char *)p + off, n - off);
        if (w <= 0)
            return;
        off += (size_t)w;
    }
}

void rt_flush(void) {
    write_all(1, out_buf, out_len);
    out_len = 0;
}

static void out_stdout(const void *p, size_t n) {
    if (n > sizeof out_buf / 2) {
        rt_flush();
        write_all(1, p, n);
        return;
    }
    if (out_len + n > sizeof out_buf)
        rt_flush();
    memcpy(out_buf + out_len, p, n);
    out_len += n;
}

static bool to_stderr;     /* inside ml0_print_stderr_begin/end */
static char err_buf[4096];
static size_t err_len;

static void flush_stderr(void) {
    rt_flush();
    write_all(2, err_buf, err_len);
    err_len = 0;
}

/* A builtin print's piece: to standard output, or (a Go file's) error. */
static void out(const void *p, size_t n) {
    if (!to_stderr) {
        out_stdout(p, n);
        return;
    }
    if (err_len + n > sizeof err_buf) {
        flush_stderr();
        if (n > sizeof err_buf) {
            write_all(2, p, n);
            return;
        }
    }
    memcpy(err_buf + err_len, p, n);
    err_len += n;
}

void ml0_print_stderr_begin(void) { to_stderr = true; }

void ml0_print_stderr_end(void) {
    flush_stderr();
    to_stderr = false;
}

void rt_out(const void *p, size_t n) { out_stdout(p, n); }

void ml0_print_int(int64_t v) {
    char b[24];
    int n = snprintf(b, sizeof b, "%" PRId64, v);
    out(b, (size_t)n);
}

void ml0_print_uint8(uint8_t v) { ml0_print_int(v); }

void ml0_print_uint(uint64_t v) {
    char b[24];
    int n = snprintf(b, sizeof b, "%" PRIu64, v);
    out(b, (size_t)n);
}

void ml0_print_bool(int32_t v) { v ? out("true", 4) : out("false", 5); }

/* Go's builtin print of a float64 (runtime/print.go printfloat), not
 * fmt's %v: a sign, seven significant digits and a three-digit exponent,
 * `+1.500000e+000`. The digits come from the same steps as Go's (scale by
 * ten until 1 <= v < 10, add half a unit of the seventh digit, peel the
 * digits off), so the last digit rounds exactly as Go's does. */
void ml0_print_float(double v) {
    char b[16];
    out(b, rt_format_float(b, v));
}

size_t rt_format_float(char *out_b, double v) {
    if (v != v) { memcpy(out_b, "NaN", 3); return 3; }
    if (v + v == v && v > 0) { memcpy(out_b, "+Inf", 4); return 4; }
    if (v + v == v && v < 0) { memcpy(out_b, "-Inf", 4); return 4; }
    enum { NDIGITS = 7 };
    char b[NDIGITS + 7];
    int e = 0;
    b[0] = '+';
    if (v == 0) {
        if (signbit(v))
            b[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            b[0] = '-';
        }
        for (; v >= 10; e++)
            v /= 10;
        for (; v < 1; e--)
            v *= 10;
        double h = 5.0;
        for (int i = 0; i < NDIGITS; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < NDIGITS; i++) {
        int d = (int)v;
        b[i + 2] = (char)('0' + d);
        v = (v - d) * 10;
    }
    b[1] = b[2];
    b[2] = '.';
    b[NDIGITS + 2] = 'e';
    b[NDIGITS + 3] = e < 0 ? '-' : '+';
    if (e < 0)
        e = -e;
    b[NDIGITS + 4] = (char)('0' + e / 100);
    b[NDIGITS + 5] = (char)('0' + e / 10 % 10);
    b[NDIGITS + 6] = (char)('0' + e % 10);
    memcpy(out_b, b, sizeof b);
    return sizeof b;
}

void ml0_print_string(const uint8_t *p, int64_t len) {
    if (len > 0)
        out(p, (size_t)len);
}

void ml0_print_pointer(const void *p) {
    char b[32];     /* Go's builtin prints nil as 0x0 */
    int n = snprintf(b, sizeof b, "0x%" PRIxPTR, (uintptr_t)p);
    out(b, (size_t)n);
}

void ml0_print_space(void) { out(" ", 1); }
void ml0_print_newline(void) { out("\n", 1); }

_Noreturn void rt_fatal(const char *msg) {
    rt_flush();
    fprintf(stderr, "fatal error: %s\n", msg);
    exit(2);
}
