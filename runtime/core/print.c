/*
 * print.c: print/println pieces with fmt.Println's formatting, written to
 * a 64 KiB stdout buffer that is flushed at exit and before any panic
 * message, so output order matches Go's. fmt (runtime/lib) writes
 * through the same buffer (rt_out), so println and fmt.Println output
 * interleave in program order.
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

void rt_flush(void) {
    size_t off = 0;
    while (off < out_len) {
        ssize_t n = write(1, out_buf + off, out_len - off);
        if (n <= 0)
            break;
        off += (size_t)n;
    }
    out_len = 0;
}

static void out(const void *p, size_t n) {
    if (n > sizeof out_buf / 2) {
        rt_flush();
        size_t off = 0;
        while (off < n) {
            ssize_t w = write(1, (const char *)p + off, n - off);
            if (w <= 0)
                return;
            off += (size_t)w;
        }
        return;
    }
    if (out_len + n > sizeof out_buf)
        rt_flush();
    memcpy(out_buf + out_len, p, n);
    out_len += n;
}

void rt_out(const void *p, size_t n) { out(p, n); }

void ml0_print_int(int64_t v) {
    char b[24];
    int n = snprintf(b, sizeof b, "%" PRId64, v);
    out(b, (size_t)n);
}

void ml0_print_uint8(uint8_t v) { ml0_print_int(v); }

void ml0_print_bool(int32_t v) { v ? out("true", 4) : out("false", 5); }

/* Go's %v for float64: the shortest representation that round-trips,
 * %e form when the exponent is < -4 or >= 21. */
void ml0_print_float(double v) {
    char b[40];
    if (isnan(v)) { out("NaN", 3); return; }
    if (isinf(v)) { v > 0 ? out("+Inf", 4) : out("-Inf", 4); return; }
    if (v == 0) { signbit(v) ? out("-0", 2) : out("0", 1); return; }
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(b, sizeof b, "%.*e", prec - 1, v);
        if (strtod(b, NULL) == v)
            break;
    }
    char *e = strchr(b, 'e');
    int exp = atoi(e + 1);
    if (exp < -4 || exp >= 21) {
        /* mantissa as is, exponent with sign and at least two digits */
        char m[40];
        size_t ml = (size_t)(e - b);
        memcpy(m, b, ml);
        m[ml] = 0;
        int n = snprintf(b, sizeof b, "%se%c%02d", m, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out(b, (size_t)n);
        return;
    }
    int decimals = prec - 1 - exp;
    int n = snprintf(b, sizeof b, "%.*f", decimals > 0 ? decimals : 0, v);
    out(b, (size_t)n);
}

void ml0_print_string(const uint8_t *p, int64_t len) {
    if (len > 0)
        out(p, (size_t)len);
}

void ml0_print_pointer(const void *p) {
    if (!p) {
        out("<nil>", 5);
        return;
    }
    char b[32];
    int n = snprintf(b, sizeof b, "%p", p);
    out(b, (size_t)n);
}

void ml0_print_space(void) { out(" ", 1); }
void ml0_print_newline(void) { out("\n", 1); }

_Noreturn void rt_fatal(const char *msg) {
    rt_flush();
    fprintf(stderr, "fatal error: %s\n", msg);
    exit(2);
}
