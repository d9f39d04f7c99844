/*
 * math_go.c: the math functions whose results Go computes with its own
 * algorithms, ported operation for operation so that the last bit (and
 * so %v's shortest digits) matches go1.19 on amd64:
 *   Exp  mirrors math/exp_amd64.s (a Taylor series on x/16 squared four
 *        times), including its FMA variant, chosen like Go at run time
 *        by the CPU's AVX+FMA support;
 *   Log  mirrors math/log_amd64.s (FreeBSD's e_log.c polynomial);
 *   Pow  mirrors math/pow.go (integer part by repeated squaring with
 *        Frexp, fractional part by Exp(yf*Log(x)));
 *   Sin, Cos mirror math/sin.go (Cody-Waite reduction to an octant,
 *        and from 2^29 on Payne-Hanek, trig_reduce.go, with the bits of
 *        4/pi computed from Machin's formula);
 *   Cbrt mirrors math/cbrt.go; Tan math/tan.go; Atan, Atan2 atan.go and
 *        atan2.go; Hypot hypot_amd64.s; Log2, Log10 log10.go.
 * The C here must not be contracted into FMAs where Go's is not: the
 * fused steps are explicit fma() calls, and the pragma below (clang) and
 * -ffp-contract=off (runtime/CMakeLists.txt, for gcc) keep the compiler
 * from fusing others.
 */
#include "lib.h"

#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

#include <math.h>
#include <string.h>

static uint64_t bits(double f) {
    uint64_t b;
    memcpy(&b, &f, 8);
    return b;
}

static double from_bits(uint64_t b) {
    double f;
    memcpy(&f, &b, 8);
    return f;
}

static bool have_fma(void) {
    static int known = -1;
    if (known < 0) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
        __builtin_cpu_init();
        known = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
#else
        known = 0;
#endif
    }
    return known;
}

double ml0_math_Exp(double x) {
    static const double c[] = {0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
                               8.3333333333333333333e-3, 1.3888888888888888889e-3,
                               1.9841269841269841270e-4, 2.4801587301587301587e-5};
    const double LOG2E = 1.4426950408889634073599246810018920;
    const double LN2U = 0.69314718055966295651160180568695068359375;
    const double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    uint64_t b = bits(x);
    if ((b & ~((uint64_t)1 << 63)) >= 0x7FF0000000000000)   /* Inf, NaN */
        return b == 0xFFF0000000000000 ? 0 : x;
    if (x > 7.09782712893384e+02)
        return INFINITY;
    double k = LOG2E * x;
    int32_t e = k >= -2147483648.0 && k < 2147483648.0 ? (int32_t)nearbyint(k) : INT32_MIN;  /* CVTSD2SL */
    double fk = e, r, t;
    bool fused = have_fma();
    if (fused) {
        r = fma(-LN2U, fk, x);
        r = fma(-LN2L, fk, r);
    } else {
        r = x - LN2U * fk;
        r = r - LN2L * fk;
    }
    r *= 0.0625;
    t = c[8];
    static const int order[] = {7, 6, 5, 4, 3, 0, 1};
    for (int i = 0; i < 7; i++)
        t = fused ? fma(t, r, c[order[i]]) : t * r + c[order[i]];
    r *= t;
    for (int i = 0; i < 3; i++)
        r *= r + 2.0;
    if (fused) {
        r = fma(r, r + 2.0, 1.0);
    } else {
        r *= r + 2.0;
        r += 1.0;
    }
    int64_t be = (int64_t)e + 0x3FF;                /* r * 2^e, by exponent bits */
    if (be <= 0) {
        if (be < -52)
            return 0;
        be += 0x3FE;
        r *= from_bits((uint64_t)be << 52);
        be = 1;
    } else if (be >= 0x7FF) {
        return INFINITY;
    }
    return r * from_bits((uint64_t)be << 52);
}

double ml0_math_Log(double x) {
    const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    const double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
                 L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
                 L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                 L7 = 1.479819860511658591e-01;
    uint64_t b = bits(x);
    if ((b & ~((uint64_t)1 << 63)) == 0)
        return -INFINITY;
    if ((int64_t)b < 0)
        return ml0_math_NaN();
    if (b >= 0x7FF0000000000000)
        return x;
    /* Frexp from the bits (denormals not normalized, as the assembly) */
    double f1 = from_bits((b & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
    double k = (double)((int32_t)((b >> 52) & 0x7FF) - 0x3FE);
    if (f1 < 7.07106781186547524401e-01) {
        k -= 1;
        f1 *= 2;
    }
    double f = f1 - 1;
    double s = f / (2 + f);
    double s2 = s * s, s4 = s2 * s2;
    double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    double R = t1 + t2;
    double hfsq = 0.5 * f * f;
    return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

static bool is_odd_int(double x) {
    double xi;
    double xf = modf(x, &xi);
    if (fabs(xi) >= 9223372036854775808.0)
        return false;
    return xf == 0 && ((int64_t)xi & 1) == 1;
}

/* Pow's special cases, in pow.go's order; false when none applies. */
static bool pow_special(double x, double y, double *r) {
    if (y == 0 || x == 1)
        *r = 1;
    else if (y == 1)
        *r = x;
    else if (isnan(x) || isnan(y))
        *r = ml0_math_NaN();
    else if (x == 0 && y < 0)
        *r = is_odd_int(y) ? copysign(INFINITY, x) : INFINITY;
    else if (x == 0)
        *r = is_odd_int(y) ? x : 0;
    else if (isinf(y))
        *r = x == -1 ? 1 : (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
    else if (isinf(x) && x < 0)
        *r = ml0_math_Pow(1 / x, -y);     /* Pow(-0, -y) */
    else if (isinf(x))
        *r = y < 0 ? 0 : INFINITY;
    else if (y == 0.5)
        *r = sqrt(x);
    else if (y == -0.5)
        *r = 1 / sqrt(x);
    else
        return false;
    return true;
}

double ml0_math_Pow(double x, double y) {
    double special;
    if (pow_special(x, y, &special))
        return special;
    double yi;
    double yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0)
        return ml0_math_NaN();
    if (yi >= 9223372036854775808.0) {
        if (x == -1)
            return 1;
        return (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
    }
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = ml0_math_Exp(yf * ml0_math_Log(x));
    }
    int xe_int;
    double x1 = frexp(x, &xe_int);
    int64_t xe = xe_int;
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;       /* certain over/underflow: Ldexp decides */
            break;
        }
        if ((i & 1) == 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe *= 2;
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    if (ae > 100000)
        ae = 100000;
    if (ae < -100000)
        ae = -100000;
    return ldexp(a1, (int)ae);
}

static const double sin_c[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8,
                               2.75573136213857245213e-6, -1.98412698295895385996e-4,
                               8.33333333332211858878e-3, -1.66666666666666307295e-1};
static const double cos_c[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9,
                               -2.75573141792967388112e-7, 2.48015872888517045348e-5,
                               -1.38888888888730564116e-3, 4.16666666666665929218e-2};

static double poly_sin(double z, double zz) {
    return z + z * zz * ((((((sin_c[0] * zz) + sin_c[1]) * zz + sin_c[2]) * zz + sin_c[3]) * zz + sin_c[4]) * zz + sin_c[5]);
}

static double poly_cos(double zz) {
    return 1.0 - 0.5 * zz + zz * zz * ((((((cos_c[0] * zz) + cos_c[1]) * zz + cos_c[2]) * zz + cos_c[3]) * zz + cos_c[4]) * zz + cos_c[5]);
}

/* Cody-Waite: the octant j of x (x >= 0) and the remainder z. */
static uint64_t octant(double x, double *z) {
    const double PI4A = 7.85398125648498535156e-1, PI4B = 3.77489470793079817668e-8,
                 PI4C = 2.69515142907905952645e-15;
    uint64_t j = (uint64_t)(x * 1.27323954473516268615107010698);   /* 4/Pi */
    double y = (double)j;
    if (j & 1) {
        j++;
        y++;
    }
    *z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
    return j & 7;
}

#define REDUCE_THRESHOLD ((double)(1 << 29))

/* 4/pi = sum mpi4[i] * 2^(-64 i), 1280 bits, for Payne-Hanek. */
static const uint64_t mpi4[20] = {
    UINT64_C(0x0000000000000001),
    UINT64_C(0x45f306dc9c882a53),
    UINT64_C(0xf84eafa3ea69bb81),
    UINT64_C(0xb6c52b3278872083),
    UINT64_C(0xfca2c757bd778ac3),
    UINT64_C(0x6e48dc74849ba5c0),
    UINT64_C(0x0c925dd413a32439),
    UINT64_C(0xfc3bd63962534e7d),
    UINT64_C(0xd1046bea5d768909),
    UINT64_C(0xd338e04d68befc82),
    UINT64_C(0x7323ac7306a673e9),
    UINT64_C(0x3908bf177bf25076),
    UINT64_C(0x3ff12fffbc0b301f),
    UINT64_C(0xde5e2316b414da3e),
    UINT64_C(0xda6cfd9e4f96136e),
    UINT64_C(0x9e8c7ecd3cbfd45a),
    UINT64_C(0xea4f758fd7cbe2f6),
    UINT64_C(0x7a0e73ef14a525d4),
    UINT64_C(0xd7f6bf623f1aba10),
    UINT64_C(0xac06608df8f6d757
)};

/* x << s and x >> s with Go's meaning for s == 64 (zero). */
static uint64_t shl(uint64_t x, unsigned s) { return s >= 64 ? 0 : x << s; }
static uint64_t shr(uint64_t x, unsigned s) { return s >= 64 ? 0 : x >> s; }

/* Payne-Hanek: x >= 2^29 times 4/pi with just the bits of 4/pi that
 * matter at x's exponent; the octant j and the remainder z, as
 * trig_reduce.go's trigReduce. */
static uint64_t trig_reduce(double x, double *z) {
    const double PI4 = 0.785398163397448309615660845819875721;
    if (x < PI4) {
        *z = x;
        return 0;
    }
    uint64_t ix = bits(x);
    int exp = (int)((ix >> 52) & 0x7FF) - 1023 - 52;
    ix &= ~((uint64_t)0x7FF << 52);
    ix |= (uint64_t)1 << 52;
    unsigned digit = (unsigned)(exp + 61) / 64, bitshift = (unsigned)(exp + 61) % 64;
    uint64_t z0 = shl(mpi4[digit], bitshift) | shr(mpi4[digit + 1], 64 - bitshift);
    uint64_t z1 = shl(mpi4[digit + 1], bitshift) | shr(mpi4[digit + 2], 64 - bitshift);
    uint64_t z2 = shl(mpi4[digit + 2], bitshift) | shr(mpi4[digit + 3], 64 - bitshift);
    unsigned __int128 p2 = (unsigned __int128)z2 * ix, p1 = (unsigned __int128)z1 * ix;
    uint64_t z2hi = (uint64_t)(p2 >> 64), z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
    uint64_t z0lo = z0 * ix;
    uint64_t lo = z1lo + z2hi;
    uint64_t hi = z0lo + z1hi + (lo < z1lo);
    uint64_t j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    unsigned lz = hi ? (unsigned)__builtin_clzll(hi) : 64;
    uint64_t e = (uint64_t)(1023 - (lz + 1));
    hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
    hi >>= 64 - 52;
    hi |= e << 52;
    double zz = from_bits(hi);
    if (j & 1) {
        j++;
        j &= 7;
        zz--;
    }
    *z = zz * PI4;
    return j;
}

double ml0_math_Sin(double x) {
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return ml0_math_NaN();
    bool sign = x < 0;
    double z;
    uint64_t j = fabs(x) >= REDUCE_THRESHOLD ? trig_reduce(fabs(x), &z) : octant(fabs(x), &z);
    if (j > 3) {
        sign = !sign;
        j -= 4;
    }
    double zz = z * z;
    double y = j == 1 || j == 2 ? poly_cos(zz) : poly_sin(z, zz);
    return sign ? -y : y;
}

double ml0_math_Cos(double x) {
    if (isnan(x) || isinf(x))
        return ml0_math_NaN();
    x = fabs(x);
    double z;
    uint64_t j = x >= REDUCE_THRESHOLD ? trig_reduce(x, &z) : octant(x, &z);
    bool sign = false;
    if (j > 3) {
        j -= 4;
        sign = !sign;
    }
    if (j > 1)
        sign = !sign;
    double zz = z * z;
    double y = j == 1 || j == 2 ? poly_sin(z, zz) : poly_cos(zz);
    return sign ? -y : y;
}

double ml0_math_Cbrt(double x) {
    const uint64_t B1 = 715094163, B2 = 696219795;
    const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                 E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                 G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
    if (x == 0 || isnan(x) || isinf(x))
        return x;
    bool sign = x < 0;
    if (sign)
        x = -x;
    double t = from_bits(bits(x) / 3 + (B1 << 32));     /* to 5 bits */
    if (x < SmallestNormal) {
        t = (double)((uint64_t)1 << 54);
        t *= x;
        t = from_bits(bits(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;                               /* to 23 bits */
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = from_bits((bits(t) & ((uint64_t)0xFFFFFFFFC << 28)) + ((uint64_t)1 << 30));
    s = t * t;                                          /* Newton to 53 bits */
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign ? -t : t;
}

double ml0_math_Tan(double x) {
    static const double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
    static const double Q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                               2.50083801823357915839e7, -5.38695755929454629881e7};
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return ml0_math_NaN();
    bool sign = x < 0;
    double z;
    uint64_t j = fabs(x) >= REDUCE_THRESHOLD ? trig_reduce(fabs(x), &z) : octant(fabs(x), &z);
    double zz = z * z, y;
    if (zz > 1e-14)
        y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
    else
        y = z;
    if ((j & 2) == 2)
        y = -1 / y;
    return sign ? -y : y;
}

static double xatan(double x) {
    const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                 P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                 P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                 Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                 Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    return x * z + x;
}

#define PI 3.14159265358979323846264338327950288
#define PI_2 1.57079632679489661923132169163975144
#define PI_4 0.785398163397448309615660845819875721
#define PI3_4 2.35619449019234492884698253745962716

static double satan(double x) {
    const double Morebits = 6.123233995736765886130e-17, Tan3pio8 = 2.41421356237309504880;
    if (x <= 0.66)
        return xatan(x);
    if (x > Tan3pio8)
        return PI_2 - xatan(1 / x) + Morebits;
    return PI_4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

double ml0_math_Atan(double x) {
    if (x == 0)
        return x;
    return x > 0 ? satan(x) : -satan(-x);
}

double ml0_math_Atan2(double y, double x) {
    if (isnan(y) || isnan(x))
        return ml0_math_NaN();
    if (y == 0)
        return x >= 0 && !signbit(x) ? copysign(0, y) : copysign(PI, y);
    if (x == 0)
        return copysign(PI_2, y);
    if (isinf(x)) {
        if (x > 0)
            return isinf(y) ? copysign(PI_4, y) : copysign(0, y);
        return isinf(y) ? copysign(PI3_4, y) : copysign(PI, y);
    }
    if (isinf(y))
        return copysign(PI_2, y);
    double q = ml0_math_Atan(y / x);
    if (x < 0)
        return q <= 0 ? q + PI : q - PI;
    return q;
}

double ml0_math_Hypot(double p, double q) {
    p = fabs(p);
    q = fabs(q);
    if (isinf(p) || isinf(q))
        return INFINITY;
    if (isnan(p) || isnan(q))
        return ml0_math_NaN();
    if (p == 0 && q == 0)
        return 0;
    double mx = p > q ? p : q, mn = p > q ? q : p;  /* MAXSD/MINSD */
    mn /= mx;
    return mx * sqrt(mn * mn + 1.0);
}

double ml0_math_Log10(double x) { return ml0_math_Log(x) * 0.434294481903251827651128918916605082; }

double ml0_math_Log2(double x) {
    int e;
    double frac = frexp(x, &e);
    if (frac == 0.5)
        return (double)(e - 1);     /* exact powers of two */
    return ml0_math_Log(frac) * 1.44269504088896340735992468100189214 + (double)e;
}
