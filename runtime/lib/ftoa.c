/*
 * ftoa.c: floating-point to text exactly as Go's strconv.AppendFloat
 * (and so fmt's %v %e %f %g) prints it.
 *
 * How: the binary value mant * 2^exp is converted to an exact decimal
 * (a digit string with a decimal point position, multiplied and divided
 * by powers of two digit by digit), then rounded: to a fixed number of
 * digits (round half to even on the exact value), or, for the shortest
 * form (prec < 0), to the fewest digits that still lie strictly inside
 * the interval of reals that read back as the same float, choosing the
 * closest such digits. This is the slow-path algorithm of Go's
 * strconv/decimal.go and ftoa.go (roundShortest); Go's fast paths (Ryu,
 * Grisu) give the same digits, so output is identical, only slower.
 *
 * Invariant: Dec holds the value exactly unless `trunc` says digits
 * beyond LIB_DEC_DIGITS were dropped (never for a float64: its exact
 * decimal expansion has at most 767 significant digits).
 */
#include "lib.h"

#include <stdio.h>
#include <string.h>

#define DEC_DIGITS 800

typedef struct Dec {
    uint8_t d[DEC_DIGITS];  /* digits '0'..'9', most significant first */
    int nd;                 /* number of digits used */
    int dp;                 /* decimal point: value = 0.d[0..nd) * 10^dp */
    bool trunc;             /* nonzero digits were discarded */
} Dec;

static void dec_trim(Dec *a) {
    while (a->nd > 0 && a->d[a->nd - 1] == '0')
        a->nd--;
    if (a->nd == 0)
        a->dp = 0;
}

static void dec_assign(Dec *a, uint64_t v) {
    char tmp[24];
    int n = 0;
    while (v > 0) {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    }
    a->nd = 0;
    while (n > 0)
        a->d[a->nd++] = (uint8_t)tmp[--n];
    a->dp = a->nd;
    a->trunc = false;
    dec_trim(a);
}

#define MAX_SHIFT 60    /* 10 * 2^60 + 9 fits in a uint64 */

/* a *= 2^k, working from the last digit with a carry. */
static void dec_left_shift(Dec *a, unsigned k) {
    uint8_t rev[DEC_DIGITS + 24];
    int w = 0;
    uint64_t carry = 0;
    for (int i = a->nd - 1; i >= 0; i--) {
        uint64_t n = ((uint64_t)(a->d[i] - '0') << k) + carry;
        rev[w++] = (uint8_t)('0' + n % 10);
        carry = n / 10;
    }
    while (carry > 0) {
        rev[w++] = (uint8_t)('0' + carry % 10);
        carry /= 10;
    }
    a->dp += w - a->nd;
    int skip = w > DEC_DIGITS ? w - DEC_DIGITS : 0;  /* least significant */
    for (int i = 0; i < skip; i++)
        if (rev[i] != '0')
            a->trunc = true;
    a->nd = w - skip;
    for (int i = 0; i < a->nd; i++)
        a->d[i] = rev[w - 1 - i];
    dec_trim(a);
}

/* a /= 2^k: long division reading digits from the front. */
static void dec_right_shift(Dec *a, unsigned k) {
    int r = 0, w = 0;
    uint64_t n = 0;
    for (; n >> k == 0; r++) {
        if (r >= a->nd) {
            if (n == 0) {
                a->nd = 0;
                return;
            }
            while (n >> k == 0) {
                n *= 10;
                r++;
            }
            break;
        }
        n = n * 10 + (uint64_t)(a->d[r] - '0');
    }
    a->dp -= r - 1;
    uint64_t mask = ((uint64_t)1 << k) - 1;
    for (; r < a->nd; r++) {
        uint64_t c = (uint64_t)(a->d[r] - '0');
        a->d[w++] = (uint8_t)('0' + (n >> k));
        n = (n & mask) * 10 + c;
    }
    while (n > 0) {
        uint64_t dig = n >> k;
        n &= mask;
        if (w < DEC_DIGITS)
            a->d[w++] = (uint8_t)('0' + dig);
        else if (dig > 0)
            a->trunc = true;
        n *= 10;
    }
    a->nd = w;
    dec_trim(a);
}

static void dec_shift(Dec *a, int k) {
    if (a->nd == 0)
        return;
    for (; k > MAX_SHIFT; k -= MAX_SHIFT)
        dec_left_shift(a, MAX_SHIFT);
    for (; k < -MAX_SHIFT; k += MAX_SHIFT)
        dec_right_shift(a, MAX_SHIFT);
    if (k > 0)
        dec_left_shift(a, (unsigned)k);
    else if (k < 0)
        dec_right_shift(a, (unsigned)-k);
}

/* Round half to even, on the exact value (trunc breaks a tie upward). */
static bool should_round_up(const Dec *a, int nd) {
    if (a->d[nd] == '5' && nd + 1 == a->nd) {
        if (a->trunc)
            return true;
        return nd > 0 && (a->d[nd - 1] - '0') % 2 == 1;
    }
    return a->d[nd] >= '5';
}

static void dec_round_down(Dec *a, int nd) {
    if (nd < 0 || nd >= a->nd)
        return;
    a->nd = nd;
    dec_trim(a);
}

static void dec_round_up(Dec *a, int nd) {
    if (nd < 0 || nd >= a->nd)
        return;
    for (int i = nd - 1; i >= 0; i--) {
        if (a->d[i] < '9') {
            a->d[i]++;
            a->nd = i + 1;
            return;
        }
    }
    a->d[0] = '1';      /* all nines: 999 -> 1000 */
    a->nd = 1;
    a->dp++;
}

static void dec_round(Dec *a, int nd) {
    if (nd < 0 || nd >= a->nd)
        return;
    if (should_round_up(a, nd))
        dec_round_up(a, nd);
    else
        dec_round_down(a, nd);
}

typedef struct FloatInfo {
    int mantbits, expbits, bias;
} FloatInfo;

static const FloatInfo F32 = {23, 8, -127};
static const FloatInfo F64 = {52, 11, -1023};

/* Rounds d (= mant * 2^(exp - mantbits)) to the shortest digits that
 * still read back as the same float; mirrors strconv/ftoa.go
 * roundShortest. The neighbours' midpoints bound the interval: upper
 * = (2 mant + 1) / 2 ulp, lower = (2 mant - 1) / 2 ulp (a quarter ulp
 * below a power of two, where the ulp below is half as big). */
static void round_shortest(Dec *d, uint64_t mant, int exp, const FloatInfo *flt) {
    if (mant == 0) {
        d->nd = 0;
        return;
    }
    int minexp = flt->bias + 1;
    /* already shortest: 10^(dp-nd) > 2^(exp-mantbits), via log2(10) > 3.32 */
    if (exp > minexp && 332 * (d->dp - d->nd) >= 100 * (exp - flt->mantbits))
        return;
    static Dec upper, lower;    /* 1.6 KiB each: kept off the stack */
    dec_assign(&upper, mant * 2 + 1);
    dec_shift(&upper, exp - flt->mantbits - 1);
    uint64_t mantlo;
    int explo;
    if (mant > (uint64_t)1 << flt->mantbits || exp == minexp) {
        mantlo = mant - 1;
        explo = exp;
    } else {
        mantlo = mant * 2 - 1;
        explo = exp - 1;
    }
    dec_assign(&lower, mantlo * 2 + 1);
    dec_shift(&lower, explo - flt->mantbits - 1);
    bool inclusive = mant % 2 == 0;     /* round-half-even reads the ends back */

    int upperdelta = 0;     /* how far upper's digits have run ahead of d's */
    for (int ui = 0;; ui++) {
        int mi = ui - upper.dp + d->dp;
        if (mi >= d->nd)
            break;
        int li = ui - upper.dp + lower.dp;
        uint8_t l = li >= 0 && li < lower.nd ? lower.d[li] : '0';
        uint8_t m = mi >= 0 ? d->d[mi] : '0';
        uint8_t u = ui < upper.nd ? upper.d[ui] : '0';
        bool okdown = l != m || (inclusive && li + 1 == lower.nd);
        if (upperdelta == 0 && m + 1 < u)
            upperdelta = 2;
        else if (upperdelta == 0 && m != u)
            upperdelta = 1;
        else if (upperdelta == 1 && (m != '9' || u != '0'))
            upperdelta = 2;
        bool okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.nd);
        if (okdown && okup) {
            dec_round(d, mi + 1);
            return;
        }
        if (okdown) {
            dec_round_down(d, mi + 1);
            return;
        }
        if (okup) {
            dec_round_up(d, mi + 1);
            return;
        }
    }
}

static void put_exp(LibBuf *b, char e, int exp) {
    lib_putc(b, (uint8_t)e);
    lib_putc(b, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    if (exp >= 100)
        lib_putc(b, (uint8_t)('0' + exp / 100));
    lib_putc(b, (uint8_t)('0' + exp / 10 % 10));
    lib_putc(b, (uint8_t)('0' + exp % 10));
}

/* %e: d.ddddde±dd */
static void fmt_e(LibBuf *b, bool neg, const Dec *d, int prec, char fmt) {
    if (neg)
        lib_putc(b, '-');
    lib_putc(b, d->nd ? d->d[0] : '0');
    if (prec > 0) {
        lib_putc(b, '.');
        int i = 1;
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        if (i < m) {
            lib_put(b, d->d + i, (size_t)(m - i));
            i = m;
        }
        lib_pad(b, '0', prec + 1 - i);
    }
    put_exp(b, fmt, d->nd == 0 ? 0 : d->dp - 1);
}

/* %f: ddddd.ddddd */
static void fmt_f(LibBuf *b, bool neg, const Dec *d, int prec) {
    if (neg)
        lib_putc(b, '-');
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        lib_put(b, d->d, (size_t)m);
        lib_pad(b, '0', d->dp - m);
    } else {
        lib_putc(b, '0');
    }
    if (prec > 0) {
        lib_putc(b, '.');
        for (int i = 1; i <= prec; i++) {
            int j = d->dp + i - 1;
            lib_putc(b, j >= 0 && j < d->nd ? d->d[j] : '0');
        }
    }
}

/* %b: -ddddp±ddd, the mantissa and binary exponent in decimal */
static void fmt_b(LibBuf *b, bool neg, uint64_t mant, int exp, const FloatInfo *flt) {
    char tmp[48];
    int n = 0;
    exp -= flt->mantbits;
    if (neg)
        lib_putc(b, '-');
    do {
        tmp[n++] = (char)('0' + mant % 10);
        mant /= 10;
    } while (mant);
    while (n)
        lib_putc(b, (uint8_t)tmp[--n]);
    lib_putc(b, 'p');
    lib_putc(b, exp >= 0 ? '+' : '-');
    unsigned ue = (unsigned)(exp < 0 ? -exp : exp);
    do {
        tmp[n++] = (char)('0' + ue % 10);
        ue /= 10;
    } while (ue);
    while (n)
        lib_putc(b, (uint8_t)tmp[--n]);
}

/* %x: -0x1.hhhhp±dd, the mantissa in hex normalized to a leading 1
 * (0x0p+00 for zero), prec hex digits (rounded half
 * to even) or, for prec < 0, as many as needed. Mirrors ftoa.go fmtX. */
static void fmt_x(LibBuf *b, int prec, char fmt, bool neg, uint64_t mant, int exp, const FloatInfo *flt) {
    if (mant == 0)
        exp = 0;
    mant <<= 60 - flt->mantbits;    /* the leading 1 at bit 60 */
    while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (uint64_t)1 << 59)
            mant++;
        mant <<= 60 - shift;
        if (mant & ((uint64_t)1 << 61)) {   /* carried into a new digit */
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg)
        lib_putc(b, '-');
    lib_putc(b, '0');
    lib_putc(b, (uint8_t)fmt);
    lib_putc(b, (uint8_t)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if ((prec < 0 && mant != 0) || prec > 0) {
        lib_putc(b, '.');
        for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
            lib_putc(b, (uint8_t)hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    lib_putc(b, fmt == 'X' ? 'P' : 'p');
    lib_putc(b, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    char d[8];
    int n = snprintf(d, sizeof d, "%02d", exp);
    lib_put(b, d, (size_t)n);
}

static void format_digits(LibBuf *b, bool shortest, bool neg, const Dec *d, int prec, char fmt) {
    switch (fmt) {
    case 'e': case 'E':
        fmt_e(b, neg, d, prec, fmt);
        return;
    case 'f':
        fmt_f(b, neg, d, prec);
        return;
    case 'g': case 'G': {
        int eprec = prec;
        if (eprec > d->nd && d->nd >= d->dp)
            eprec = d->nd;
        if (shortest)   /* %e for shortest when the exponent is < -4 or >= 6... */
            eprec = 6;
        int exp = d->dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > d->nd)
                prec = d->nd;
            fmt_e(b, neg, d, prec - 1, fmt == 'g' ? 'e' : 'E');
            return;
        }
        if (prec > d->dp)
            prec = d->nd;
        fmt_f(b, neg, d, prec - d->dp > 0 ? prec - d->dp : 0);
        return;
    }
    }
    lib_putc(b, '%');       /* unknown format, as Go: %c */
    lib_putc(b, (uint8_t)fmt);
}

void lib_format_float(LibBuf *b, double v, char fmt, int prec, int bits) {
    const FloatInfo *flt = bits == 32 ? &F32 : &F64;
    uint64_t raw;
    if (bits == 32) {
        float f = (float)v;
        uint32_t r32;
        memcpy(&r32, &f, 4);
        raw = r32;
    } else {
        memcpy(&raw, &v, 8);
    }
    bool neg = raw >> (flt->expbits + flt->mantbits) != 0;
    int exp = (int)(raw >> flt->mantbits) & ((1 << flt->expbits) - 1);
    uint64_t mant = raw & (((uint64_t)1 << flt->mantbits) - 1);
    if (exp == (1 << flt->expbits) - 1) {
        lib_puts(b, mant ? "NaN" : neg ? "-Inf" : "+Inf");
        return;
    }
    if (exp == 0)
        exp++;                  /* denormal */
    else
        mant |= (uint64_t)1 << flt->mantbits;
    exp += flt->bias;
    if (fmt == 'b') {
        fmt_b(b, neg, mant, exp, flt);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_x(b, prec, fmt, neg, mant, exp, flt);
        return;
    }
    static Dec d;
    dec_assign(&d, mant);
    dec_shift(&d, exp - flt->mantbits);
    bool shortest = prec < 0;
    if (shortest) {
        round_shortest(&d, mant, exp, flt);
        switch (fmt) {
        case 'e': case 'E': prec = d.nd > 0 ? d.nd - 1 : 0; break;
        case 'f': prec = d.nd - d.dp > 0 ? d.nd - d.dp : 0; break;
        case 'g': case 'G': prec = d.nd; break;
        }
    } else {
        switch (fmt) {
        case 'e': case 'E': dec_round(&d, prec + 1); break;
        case 'f': dec_round(&d, d.dp + prec); break;
        case 'g': case 'G':
            if (prec == 0)
                prec = 1;
            dec_round(&d, prec);
            break;
        }
    }
    format_digits(b, shortest, neg, &d, prec, fmt);
}
