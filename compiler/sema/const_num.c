/*
 * const_num.c: exact numbers for Go's untyped constants: big integers and
 * rationals, arena allocated (they live as long as the AST).
 *
 * Go computes constant expressions exactly: `1 << 100 >> 98` is 4,
 * `0.1 + 0.2` is exactly 3/10 (so it prints 0.3), `math.MaxUint64` is
 * 2**64-1. go/constant keeps integers as big.Int and floats as big.Rat
 * (big.Float when they grow too large); this file does the same with a
 * smaller toolkit:
 *
 *   BigInt  sign and magnitude; the magnitude is little-endian 32-bit limbs
 *           with no leading zero limb (zero has len 0 and is never
 *           negative). Values are immutable: every operation allocates its
 *           result, so a BigInt can be shared freely.
 *   Num     a rational num/den in lowest terms, den > 0 (integers have
 *           den 1). Floats are exact rationals: a literal 1.5e-3 is
 *           15/10000, a hex float 0x1p-2 is 1/4.
 *
 * Limbs are 32 bits so that a limb product fits in uint64_t. Division is
 * Knuth's algorithm D (TAOCP 4.3.1): normalise the divisor so its top limb
 * has its high bit set, estimate each quotient limb from the top two limbs
 * of the remainder, and correct the (at most two) overestimates.
 *
 * Rational to double rounds correctly: take a 64-bit quotient of
 * num * 2**s / den with a sticky bit for the remainder, then round half to
 * even at 53 bits (fewer for subnormals) and scale with ldexp, which is
 * exact there.
 *
 * Bounds: Go rejects integer constants wider than 512 bits (the caller
 * checks num_int_overflows); rationals here stop at NUM_MAX_BITS per part
 * (Go switches to 512-bit floats instead; no course program comes close).
 */
#include "check.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NUM_MAX_BITS 16384

/* ---- BigInt ------------------------------------------------------------ */

static BigInt big_alloc(Arena *a, int len) {
    BigInt r = {arena_alloc(a, sizeof(uint32_t) * (size_t)(len ? len : 1)), len, false};
    memset(r.d, 0, sizeof(uint32_t) * (size_t)(len ? len : 1));
    return r;
}

static BigInt big_trim(BigInt r) {
    while (r.len && r.d[r.len - 1] == 0)
        r.len--;
    if (!r.len)
        r.neg = false;
    return r;
}

BigInt big_from_u64(Arena *a, uint64_t v) {
    BigInt r = big_alloc(a, 2);
    r.d[0] = (uint32_t)v;
    r.d[1] = (uint32_t)(v >> 32);
    return big_trim(r);
}

BigInt big_from_i64(Arena *a, int64_t v) {
    BigInt r = big_from_u64(a, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
    r.neg = v < 0;
    return r;
}

int big_bitlen(BigInt a) {
    if (!a.len)
        return 0;
    return (a.len - 1) * 32 + (32 - __builtin_clz(a.d[a.len - 1]));
}

static int cmp_abs(BigInt a, BigInt b) {
    if (a.len != b.len)
        return a.len < b.len ? -1 : 1;
    for (int i = a.len - 1; i >= 0; i--)
        if (a.d[i] != b.d[i])
            return a.d[i] < b.d[i] ? -1 : 1;
    return 0;
}

int big_cmp(BigInt a, BigInt b) {
    if (a.neg != b.neg)
        return a.neg ? -1 : 1;
    int c = cmp_abs(a, b);
    return a.neg ? -c : c;
}

static BigInt add_abs(Arena *ar, BigInt a, BigInt b) {
    if (a.len < b.len) {
        BigInt t = a; a = b; b = t;
    }
    BigInt r = big_alloc(ar, a.len + 1);
    uint64_t carry = 0;
    for (int i = 0; i < a.len; i++) {
        carry += (uint64_t)a.d[i] + (i < b.len ? b.d[i] : 0);
        r.d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r.d[a.len] = (uint32_t)carry;
    return big_trim(r);
}

static BigInt sub_abs(Arena *ar, BigInt a, BigInt b) {   /* |a| >= |b| */
    BigInt r = big_alloc(ar, a.len);
    int64_t borrow = 0;
    for (int i = 0; i < a.len; i++) {
        int64_t d = (int64_t)a.d[i] - (i < b.len ? b.d[i] : 0) - borrow;
        borrow = d < 0;
        r.d[i] = (uint32_t)(d + (borrow ? (int64_t)1 << 32 : 0));
    }
    return big_trim(r);
}

BigInt big_add(Arena *ar, BigInt a, BigInt b) {
    BigInt r;
    if (a.neg == b.neg) {
        r = add_abs(ar, a, b);
        r.neg = a.neg;
    } else if (cmp_abs(a, b) >= 0) {
        r = sub_abs(ar, a, b);
        r.neg = a.neg;
    } else {
        r = sub_abs(ar, b, a);
        r.neg = b.neg;
    }
    return big_trim(r);
}

BigInt big_neg(BigInt a) {
    a.neg = a.len && !a.neg;
    return a;
}

BigInt big_sub(Arena *ar, BigInt a, BigInt b) { return big_add(ar, a, big_neg(b)); }

BigInt big_mul(Arena *ar, BigInt a, BigInt b) {
    BigInt r = big_alloc(ar, a.len + b.len);
    for (int i = 0; i < a.len; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b.len; j++) {
            carry += (uint64_t)a.d[i] * b.d[j] + r.d[i + j];
            r.d[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r.d[i + b.len] = (uint32_t)carry;
    }
    r.neg = a.neg != b.neg;
    return big_trim(r);
}

/* |a| << n, or |a| >> n (bits shifted out are dropped). */
static BigInt shift_abs(Arena *ar, BigInt a, int64_t n, bool left) {
    int64_t limbs = n / 32, bits = n % 32;
    if (!left && limbs >= a.len)
        return big_alloc(ar, 0);
    int len = left ? a.len + (int)limbs + 1 : a.len - (int)limbs;
    BigInt r = big_alloc(ar, len);
    for (int i = 0; i < len; i++) {
        uint64_t w;
        if (left) {
            int64_t s = i - limbs;
            uint64_t lo = s - 1 >= 0 && s - 1 < a.len ? a.d[s - 1] : 0;
            uint64_t hi = s >= 0 && s < a.len ? a.d[s] : 0;
            w = ((hi << 32 | lo) << bits) >> 32;
        } else {
            int64_t s = i + limbs;
            uint64_t lo = a.d[s];
            uint64_t hi = s + 1 < a.len ? a.d[s + 1] : 0;
            w = (hi << 32 | lo) >> bits;
        }
        r.d[i] = (uint32_t)w;
    }
    return big_trim(r);
}

BigInt big_shl(Arena *ar, BigInt a, int64_t n) {
    BigInt r = shift_abs(ar, a, n, true);
    r.neg = a.neg && r.len;
    return r;
}

/* a >> n rounds toward minus infinity, as Go's >> on negative constants:
 * -5 >> 1 is -3, that is -((5 - 1) >> 1) - 1. */
BigInt big_shr(Arena *ar, BigInt a, int64_t n) {
    if (!a.neg)
        return shift_abs(ar, a, n, false);
    BigInt one = big_from_u64(ar, 1);
    BigInt m = shift_abs(ar, sub_abs(ar, a, one), n, false);
    return big_neg(add_abs(ar, m, one));
}

/* Knuth D on magnitudes: q = |a| / |b|, r = |a| % |b|; b is not zero. */
static void divmod_abs(Arena *ar, BigInt a, BigInt b, BigInt *q, BigInt *r) {
    if (cmp_abs(a, b) < 0) {
        *q = big_alloc(ar, 0);
        *r = a;
        r->neg = false;
        return;
    }
    if (b.len == 1) {
        BigInt qq = big_alloc(ar, a.len);
        uint64_t rem = 0;
        for (int i = a.len - 1; i >= 0; i--) {
            uint64_t cur = rem << 32 | a.d[i];
            qq.d[i] = (uint32_t)(cur / b.d[0]);
            rem = cur % b.d[0];
        }
        *q = big_trim(qq);
        *r = big_from_u64(ar, rem);
        return;
    }
    int s = __builtin_clz(b.d[b.len - 1]);
    BigInt v = shift_abs(ar, b, s, true), u = shift_abs(ar, a, s, true);
    int n = v.len, m = a.len - b.len;
    uint32_t *un = arena_alloc(ar, sizeof(uint32_t) * (size_t)(a.len + 1));
    memset(un, 0, sizeof(uint32_t) * (size_t)(a.len + 1));
    memcpy(un, u.d, sizeof(uint32_t) * (size_t)u.len);
    BigInt qq = big_alloc(ar, m + 1);
    for (int j = m; j >= 0; j--) {
        uint64_t num = (uint64_t)un[j + n] << 32 | un[j + n - 1];
        uint64_t qhat = num / v.d[n - 1], rhat = num % v.d[n - 1];
        while (qhat >> 32 || qhat * v.d[n - 2] > (rhat << 32 | un[j + n - 2])) {
            qhat--;
            rhat += v.d[n - 1];
            if (rhat >> 32)
                break;
        }
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (int i = 0; i < n; i++) {   /* un[j..j+n] -= qhat * v */
            uint64_t p = qhat * v.d[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)un[i + j] - borrow - (int64_t)(uint32_t)p;
            un[i + j] = (uint32_t)t;
            borrow = t < 0;
        }
        int64_t t = (int64_t)un[j + n] - borrow - (int64_t)carry;
        un[j + n] = (uint32_t)t;
        if (t < 0) {    /* qhat was one too many: add v back */
            qhat--;
            uint64_t c = 0;
            for (int i = 0; i < n; i++) {
                c += (uint64_t)un[i + j] + v.d[i];
                un[i + j] = (uint32_t)c;
                c >>= 32;
            }
            un[j + n] += (uint32_t)c;
        }
        qq.d[j] = (uint32_t)qhat;
    }
    *q = big_trim(qq);
    BigInt rr = {un, n, false};
    *r = shift_abs(ar, big_trim(rr), s, false);
}

/* Truncated division, as Go's / and % on integers. */
void big_divmod(Arena *ar, BigInt a, BigInt b, BigInt *q, BigInt *r) {
    divmod_abs(ar, a, b, q, r);
    q->neg = q->len && a.neg != b.neg;
    r->neg = r->len && a.neg;
}

static BigInt big_gcd(Arena *ar, BigInt a, BigInt b) {
    a.neg = b.neg = false;
    while (b.len) {
        BigInt q, r;
        divmod_abs(ar, a, b, &q, &r);
        a = b;
        b = r;
    }
    return a;
}

/* a's two's complement in `len` limbs (len covers a's magnitude + 1). */
static BigInt twos(Arena *ar, BigInt a, int len) {
    BigInt r = big_alloc(ar, len);
    memcpy(r.d, a.d, sizeof(uint32_t) * (size_t)a.len);
    if (a.neg) {
        uint64_t carry = 1;
        for (int i = 0; i < len; i++) {
            carry += (uint32_t)~r.d[i];
            r.d[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
    r.len = len;
    return r;
}

/* & | ^ &^ on integers of unbounded width (negative ones have infinitely
 * many leading ones, as Go's constants do). */
BigInt big_bitop(Arena *ar, Op op, BigInt a, BigInt b) {
    int len = (a.len > b.len ? a.len : b.len) + 1;
    BigInt x = twos(ar, a, len), y = twos(ar, b, len);
    BigInt r = big_alloc(ar, len);
    for (int i = 0; i < len; i++) {
        uint32_t u = x.d[i], v = y.d[i];
        r.d[i] = op == OP_AND ? u & v : op == OP_OR ? u | v : op == OP_XOR ? u ^ v : u & ~v;
    }
    r.len = len;
    if (r.d[len - 1] >> 31) {   /* negative: magnitude = ~r + 1 */
        BigInt m = twos(ar, (BigInt){r.d, len, true}, len);
        m.neg = true;
        return big_trim(m);
    }
    return big_trim(r);
}

/* The low 64 bits of a's two's complement (what a typed constant holds). */
uint64_t big_low64(BigInt a) {
    uint64_t m = (a.len > 0 ? a.d[0] : 0) | (uint64_t)(a.len > 1 ? a.d[1] : 0) << 32;
    return a.neg ? 0 - m : m;
}

bool big_fits_i64(BigInt a) {
    if (big_bitlen(a) < 64)
        return true;
    return a.neg && big_bitlen(a) == 64 && big_low64(a) == (uint64_t)INT64_MIN;
}

const char *big_string(Arena *ar, BigInt a) {
    char *buf = arena_alloc(ar, (size_t)a.len * 10 + 3);
    char *p = buf + a.len * 10 + 2;
    *p = 0;
    BigInt ten9 = big_from_u64(ar, 1000000000), q, r;
    BigInt x = a;
    x.neg = false;
    do {
        divmod_abs(ar, x, ten9, &q, &r);
        uint32_t chunk = r.len ? r.d[0] : 0;
        for (int i = 0; i < 9 && (q.len || chunk || i == 0); i++) {
            *--p = (char)('0' + chunk % 10);
            chunk /= 10;
        }
        x = q;
    } while (x.len);
    if (a.neg)
        *--p = '-';
    return p;
}

/* ---- Num: exact rationals ---------------------------------------------- */

Num num_int(Arena *ar, BigInt n) {
    return (Num){n, big_from_u64(ar, 1)};
}

Num num_i64(Arena *ar, int64_t v) { return num_int(ar, big_from_i64(ar, v)); }

static bool is_one(BigInt a) { return a.len == 1 && a.d[0] == 1 && !a.neg; }

bool num_is_int(Num x) { return is_one(x.den); }

/* num/den in lowest terms, den > 0; false when a part is too large. */
static bool num_make(Arena *ar, BigInt n, BigInt d, Num *out) {
    if (d.neg) {
        n = big_neg(n);
        d = big_neg(d);
    }
    if (!n.len) {
        *out = num_int(ar, n);
        return true;
    }
    if (!is_one(d)) {
        BigInt g = big_gcd(ar, n, d), r;
        if (!is_one(g)) {
            big_divmod(ar, n, g, &n, &r);
            big_divmod(ar, d, g, &d, &r);
        }
    }
    *out = (Num){n, d};
    return big_bitlen(n) <= NUM_MAX_BITS && big_bitlen(d) <= NUM_MAX_BITS;
}

bool num_add(Arena *ar, Num x, Num y, Num *out) {
    if (num_is_int(x) && num_is_int(y))
        return num_make(ar, big_add(ar, x.num, y.num), x.den, out);
    return num_make(ar, big_add(ar, big_mul(ar, x.num, y.den), big_mul(ar, y.num, x.den)),
                    big_mul(ar, x.den, y.den), out);
}

Num num_neg(Num x) {
    x.num = big_neg(x.num);
    return x;
}

bool num_sub(Arena *ar, Num x, Num y, Num *out) { return num_add(ar, x, num_neg(y), out); }

bool num_mul(Arena *ar, Num x, Num y, Num *out) {
    return num_make(ar, big_mul(ar, x.num, y.num), big_mul(ar, x.den, y.den), out);
}

bool num_quo(Arena *ar, Num x, Num y, Num *out) {     /* y is not zero */
    return num_make(ar, big_mul(ar, x.num, y.den), big_mul(ar, x.den, y.num), out);
}

int num_sign(Num x) { return x.num.len ? (x.num.neg ? -1 : 1) : 0; }

int num_cmp(Arena *ar, Num x, Num y) {
    return big_cmp(big_mul(ar, x.num, y.den), big_mul(ar, y.num, x.den));
}

/* The integer part, toward zero (Go's float-to-int constant conversion
 * of an integral value; fractions are rejected before). */
BigInt num_trunc(Arena *ar, Num x) {
    BigInt q, r;
    big_divmod(ar, x.num, x.den, &q, &r);
    return q;
}

/* Round to the nearest double, ties to even (see the header). */
double num_to_double(Arena *ar, Num x) {
    if (!x.num.len)
        return 0;
    BigInt n = x.num, d = x.den;
    n.neg = false;
    int64_t s = 65 - (big_bitlen(n) - big_bitlen(d));  /* quotient gets 64 or 65 bits */
    BigInt q, r;
    if (s >= 0)
        n = big_shl(ar, n, s);
    else
        d = big_shl(ar, d, -s);
    divmod_abs(ar, n, d, &q, &r);
    bool sticky = r.len != 0;
    while (big_bitlen(q) > 64) {
        sticky |= q.d[0] & 1;
        q = shift_abs(ar, q, 1, false);
        s--;
    }
    uint64_t m = big_low64(q);                 /* value = (m + frac) * 2**-s, m has 64 bits */
    int64_t e = -s, top = e + 63;               /* top: the exponent of m's high bit */
    int keep = 53;
    if (top < -1022)                           /* subnormal: fewer bits */
        keep = top < -1022 - 53 ? 0 : (int)(53 - (-1022 - top));
    int drop = 64 - keep;                      /* 11..64 */
    uint64_t kept = drop >= 64 ? 0 : m >> drop;
    uint64_t rest = drop >= 64 ? m : m & ((1ULL << drop) - 1);
    uint64_t half = 1ULL << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1))))
        kept++;
    double v = ldexp((double)kept, (int)(e + drop));
    return x.num.neg ? -v : v;
}

/* The exact value of a finite double: m * 2**e. */
Num num_from_double(Arena *ar, double f) {
    int e;
    double m = frexp(f, &e);                   /* f = m * 2**e, 0.5 <= |m| < 1 */
    int64_t mi = (int64_t)ldexp(m, 53);
    e -= 53;
    BigInt n = big_from_i64(ar, mi), d = big_from_u64(ar, 1);
    if (e >= 0)
        n = big_shl(ar, n, e);
    else
        d = big_shl(ar, d, -e);
    Num out;
    num_make(ar, n, d, &out);
    return out;
}

/* ---- literals ---------------------------------------------------------- */

static int digit_of(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

static BigInt big_pow(Arena *ar, uint64_t base, int64_t e) {
    BigInt r = big_from_u64(ar, 1), b = big_from_u64(ar, base);
    for (; e; e >>= 1) {
        if (e & 1)
            r = big_mul(ar, r, b);
        if (e > 1)
            b = big_mul(ar, b, b);
    }
    return r;
}

/* A Go integer or floating-point literal (decimal, 0x, 0o, 0b, leading-0
 * octal, hex floats with a p exponent, underscores): false if malformed
 * or absurdly large. */
bool num_parse(Arena *ar, const char *s, int len, Num *out) {
    const char *p = s, *end = s + len;
    int base = 10;
    bool hex = false;
    if (len > 1 && p[0] == '0') {
        char c = p[1] | 0x20;
        if (c == 'x') base = 16, hex = true, p += 2;
        else if (c == 'b') base = 2, p += 2;
        else if (c == 'o') base = 8, p += 2;
    }
    bool isfloat = false;
    for (const char *q = p; q < end; q++)
        if (*q == '.' || (!hex && (*q | 0x20) == 'e') || (hex && (*q | 0x20) == 'p'))
            isfloat = true;
    if (base == 10 && !isfloat && len > 1 && s[0] == '0')
        base = 8;
    BigInt mant = big_from_u64(ar, 0), bb = big_from_u64(ar, (uint64_t)base);
    int64_t frac = 0;
    bool dot = false;
    for (; p < end; p++) {
        if (*p == '_')
            continue;
        if (*p == '.') {
            dot = true;
            continue;
        }
        int d = digit_of(*p);
        if (d >= base)
            break;
        mant = big_add(ar, big_mul(ar, mant, bb), big_from_u64(ar, (uint64_t)d));
        frac += dot;
    }
    int64_t exp = 0;
    if (p < end) {      /* e+12 or p-3 */
        p++;
        bool neg = p < end && *p == '-';
        if (p < end && (*p == '-' || *p == '+'))
            p++;
        for (; p < end; p++)
            if (*p != '_' && exp < 100000)
                exp = exp * 10 + (*p - '0');
        exp = neg ? -exp : exp;
    }
    if (hex)
        exp -= 4 * frac;
    else
        exp -= frac;
    if (exp > 20000 || exp < -20000)
        return false;
    BigInt scale = hex ? big_shl(ar, big_from_u64(ar, 1), exp < 0 ? -exp : exp)
                       : big_pow(ar, 10, exp < 0 ? -exp : exp);
    if (exp >= 0)
        return num_make(ar, big_mul(ar, mant, scale), big_from_u64(ar, 1), out);
    return num_make(ar, mant, scale, out);
}

/* Go's constant text: integers in full, other values as %.6g (with a
 * point when that hides a fraction), as go/constant's String. */
const char *num_string(Arena *ar, Num x, bool isfloat) {
    if (!isfloat && num_is_int(x))
        return big_string(ar, x.num);
    double f = num_to_double(ar, x);
    const char *s = arena_printf(ar, "%.6g", f);
    if (!num_is_int(x) && !strchr(s, '.'))      /* Go's %g: the shortest that reads back */
        for (int prec = 1; prec <= 17; prec++)
            if (strtod(s = arena_printf(ar, "%.*g", prec, f), NULL) == f)
                break;
    return s;
}
