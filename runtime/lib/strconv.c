/*
 * strconv.c: package strconv's integer and float parsing and formatting
 * (quoting is quote.c; float text is ftoa.c). Errors are values in Go;
 * until issue 14 they come back as the error's message in *err (empty:
 * nil), worded as *strconv.NumError prints:
 *   strconv.Atoi: parsing "x": invalid syntax
 * Results on error are Go's: 0 for bad syntax, the clamped limit for a
 * value out of range.
 */
#include "lib.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void num_error(ml0_string *err, const char *fn, const uint8_t *s, int64_t n, const char *why) {
    LibBuf b = {0};
    lib_puts(&b, "strconv.");
    lib_puts(&b, fn);
    lib_puts(&b, ": parsing ");
    lib_quote(&b, s, n, '"', false);
    lib_puts(&b, ": ");
    lib_puts(&b, why);
    lib_string(err, b.p, (int64_t)b.len);
    lib_buf_free(&b);
}

static void nil_error(ml0_string *err) { *err = (ml0_string){NULL, 0}; }

static void format_bits(ml0_string *out, uint64_t u, int64_t base, bool neg) {
    if (base < 2 || base > 36)
        lib_panic("strconv: illegal AppendInt/FormatInt base");
    char tmp[72];
    int i = sizeof tmp;
    do {
        tmp[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    if (neg)
        tmp[--i] = '-';
    lib_string(out, tmp + i, (int64_t)sizeof tmp - i);
}

void ml0_strconv_FormatInt(ml0_string *out, int64_t v, int64_t base) {
    format_bits(out, v < 0 ? -(uint64_t)v : (uint64_t)v, base, v < 0);
}

void ml0_strconv_FormatUint(ml0_string *out, uint64_t v, int64_t base) { format_bits(out, v, base, false); }
void ml0_strconv_Itoa(ml0_string *out, int64_t v) { ml0_strconv_FormatInt(out, v, 10); }

void ml0_strconv_FormatBool(ml0_string *out, int32_t v) {
    lib_string(out, v ? "true" : "false", v ? 4 : 5);
}

static int lower(int c) { return c | ('x' - 'X'); }

/* Go's underscoreOK: '_' only between digits (or after a base prefix). */
static bool underscore_ok(const uint8_t *s, int64_t n) {
    int saw = '^';
    int64_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    bool hex = false;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

/* ParseUint's work on s0[0:n0]; errors name fn and quote e[0:en] (the
 * whole input, sign included). On a range error returns the maximum and
 * sets *range. */
static uint64_t parse_uint(ml0_string *err, const char *fn, const uint8_t *s0, int64_t n0,
                           const uint8_t *e, int64_t en, int64_t base, int64_t bits, bool *range) {
    const uint8_t *s = s0;
    int64_t n = n0;
    *range = false;
    nil_error(err);
    if (n == 0) {
        num_error(err, fn, e, en, "invalid syntax");
        return 0;
    }
    bool base0 = base == 0;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            int c = n >= 3 ? lower(s[1]) : 0;
            base = c == 'b' ? 2 : c == 'o' ? 8 : c == 'x' ? 16 : 8;
            int skip = c == 'b' || c == 'o' || c == 'x' ? 2 : 1;
            s += skip;
            n -= skip;
        }
    } else if (base < 2 || base > 36) {
        char why[40];
        snprintf(why, sizeof why, "invalid base %lld", (long long)base);
        num_error(err, fn, e, en, why);
        return 0;
    }
    if (bits == 0) {
        bits = 64;
    } else if (bits < 0 || bits > 64) {
        char why[40];
        snprintf(why, sizeof why, "invalid bit size %lld", (long long)bits);
        num_error(err, fn, e, en, why);
        return 0;
    }
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t max = bits == 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (int64_t i = 0; i < n; i++) {
        int c = s[i], d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10;
        } else {
            num_error(err, fn, e, en, "invalid syntax");
            return 0;
        }
        if (d >= base) {
            num_error(err, fn, e, en, "invalid syntax");
            return 0;
        }
        if (v >= cutoff || v * (uint64_t)base + (uint64_t)d < v * (uint64_t)base ||
            v * (uint64_t)base + (uint64_t)d > max) {
            num_error(err, fn, e, en, "value out of range");
            *range = true;
            return max;
        }
        v = v * (uint64_t)base + (uint64_t)d;
    }
    if (underscores && !underscore_ok(e, en)) {
        num_error(err, fn, e, en, "invalid syntax");
        return 0;
    }
    return v;
}

uint64_t ml0_strconv_ParseUint(ml0_string *err, const uint8_t *s, int64_t slen, int64_t base, int64_t bitSize) {
    bool range;
    return parse_uint(err, "ParseUint", s, slen, s, slen, base, bitSize, &range);
}

static int64_t parse_int(ml0_string *err, const char *fn, const uint8_t *s0, int64_t n0, int64_t base, int64_t bits) {
    nil_error(err);
    if (n0 == 0) {
        num_error(err, fn, s0, n0, "invalid syntax");
        return 0;
    }
    const uint8_t *s = s0;
    int64_t n = n0;
    bool neg = s[0] == '-';
    if (s[0] == '+' || s[0] == '-') {
        s++;
        n--;
    }
    bool range;
    uint64_t u = parse_uint(err, fn, s, n, s0, n0, base, bits, &range);
    if (err->len && !range)
        return 0;
    /* out of range as unsigned: parse_uint's message (same text) is ours,
       and u is its maximum, so one of the two cases below returns */
    if (bits == 0)
        bits = 64;
    uint64_t cutoff = (uint64_t)1 << (bits - 1);
    if (!neg && u >= cutoff) {
        if (!err->len)
            num_error(err, fn, s0, n0, "value out of range");
        return (int64_t)(cutoff - 1);
    }
    if (neg && u > cutoff) {
        if (!err->len)
            num_error(err, fn, s0, n0, "value out of range");
        return -(int64_t)(cutoff - 1) - 1;
    }
    return neg ? -(int64_t)u : (int64_t)u;
}

int64_t ml0_strconv_ParseInt(ml0_string *err, const uint8_t *s, int64_t slen, int64_t base, int64_t bitSize) {
    return parse_int(err, "ParseInt", s, slen, base, bitSize);
}

int64_t ml0_strconv_Atoi(ml0_string *err, const uint8_t *s, int64_t slen) {
    return parse_int(err, "Atoi", s, slen, 10, 0);
}

int32_t ml0_strconv_ParseBool(ml0_string *err, const uint8_t *s, int64_t slen) {
    static const char *yes[] = {"1", "t", "T", "TRUE", "true", "True"};
    static const char *no[] = {"0", "f", "F", "FALSE", "false", "False"};
    nil_error(err);
    for (int i = 0; i < 6; i++) {
        if ((int64_t)strlen(yes[i]) == slen && memcmp(s, yes[i], (size_t)slen) == 0)
            return 1;
        if ((int64_t)strlen(no[i]) == slen && memcmp(s, no[i], (size_t)slen) == 0)
            return 0;
    }
    num_error(err, "ParseBool", s, slen, "invalid syntax");
    return 0;
}

/* ---- ParseFloat ------------------------------------------------------------
 * The syntax is checked here, Go's way (inf/infinity/nan in any case,
 * decimal or hex mantissa, hex needs a p exponent, '_' per underscoreOK);
 * the conversion is strtod/strtof, which round correctly, as Go does. */

static bool prefix_fold(const uint8_t *s, int64_t n, const char *word) {
    int64_t k = (int64_t)strlen(word);
    if (n != k)
        return false;
    for (int64_t i = 0; i < k; i++)
        if (lower(s[i]) != word[i])
            return false;
    return true;
}

static bool special_float(const uint8_t *s, int64_t n, double *v) {
    int sign = 1;
    const uint8_t *p = s;
    int64_t m = n;
    if (m > 0 && (p[0] == '+' || p[0] == '-')) {
        sign = p[0] == '-' ? -1 : 1;
        p++;
        m--;
    }
    if (prefix_fold(p, m, "inf") || prefix_fold(p, m, "infinity")) {
        *v = sign * INFINITY;
        return true;
    }
    if (p == s && prefix_fold(p, m, "nan")) {
        *v = ml0_math_NaN();
        return true;
    }
    return false;
}

static bool float_syntax(const uint8_t *s, int64_t n) {
    int64_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    bool hex = i + 1 < n && s[i] == '0' && lower(s[i + 1]) == 'x';
    if (hex)
        i += 2;
    bool digits = false, point = false, underscores = false;
    for (; i < n; i++) {
        int c = s[i];
        if (c == '_') {
            underscores = true;
        } else if (c == '.') {
            if (point)
                return false;
            point = true;
        } else if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            digits = true;
        } else {
            break;
        }
    }
    if (!digits)
        return false;
    if (i < n && lower(s[i]) == (hex ? 'p' : 'e')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        bool exp_digits = false;
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) {
            if (s[i] == '_')
                underscores = true;
            else
                exp_digits = true;
        }
        if (!exp_digits)
            return false;
    } else if (hex) {
        return false;
    }
    if (i != n)
        return false;
    return !underscores || underscore_ok(s, n);
}

double ml0_strconv_ParseFloat(ml0_string *err, const uint8_t *s, int64_t slen, int64_t bitSize) {
    nil_error(err);
    double v;
    if (special_float(s, slen, &v))
        return v;
    if (!float_syntax(s, slen)) {
        num_error(err, "ParseFloat", s, slen, "invalid syntax");
        return 0;
    }
    char *c = malloc((size_t)slen + 1);
    int64_t k = 0;
    for (int64_t i = 0; i < slen; i++)
        if (s[i] != '_')
            c[k++] = (char)s[i];
    c[k] = 0;
    errno = 0;
    if (bitSize == 32) {
        float f = strtof(c, NULL);
        v = f;
    } else {
        v = strtod(c, NULL);
    }
    free(c);
    if (isinf(v))
        num_error(err, "ParseFloat", s, slen, "value out of range");
    return v;
}

void ml0_strconv_FormatFloat(ml0_string *out, double f, uint8_t fmt, int64_t prec, int64_t bitSize) {
    if (bitSize != 32 && bitSize != 64)
        lib_panic("strconv: illegal AppendFloat/FormatFloat bitSize");
    LibBuf b = {0};
    lib_format_float(&b, f, (char)fmt, (int)prec, (int)bitSize);
    lib_string(out, b.p, (int64_t)b.len);
    lib_buf_free(&b);
}
