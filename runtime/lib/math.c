/*
 * math.c: package math. Most functions are the C library's, which are
 * correctly rounded or exact where Go's are (Sqrt, Floor, Ceil, Trunc,
 * Round, Mod, Abs, Copysign); Max and Min follow Go's special cases
 * (an infinity beats NaN; -0 < +0). The functions where Go computes
 * its own (not correctly rounded) results are ported in math_go.c.
 */
#include "lib.h"

#include <math.h>
#include <string.h>

double ml0_math_Sqrt(double x) { return sqrt(x); }
double ml0_math_Abs(double x) { return fabs(x); }
double ml0_math_Floor(double x) { return floor(x); }
double ml0_math_Ceil(double x) { return ceil(x); }
double ml0_math_Trunc(double x) { return trunc(x); }
double ml0_math_Round(double x) { return round(x); }
double ml0_math_RoundToEven(double x) { return nearbyint(x); }
double ml0_math_Mod(double x, double y) { return fmod(x, y); }
double ml0_math_Inf(int64_t sign) { return sign >= 0 ? INFINITY : -INFINITY; }
/* Go's NaN has the bits 0x7FF8000000000001 (math.Float64bits shows it). */
double ml0_math_NaN(void) { return ml0_math_Float64frombits(0x7FF8000000000001); }
int32_t ml0_math_IsNaN(double x) { return x != x; }
int32_t ml0_math_IsInf(double x, int64_t sign) {
    return (sign >= 0 && x == INFINITY) || (sign <= 0 && x == -INFINITY);
}
int32_t ml0_math_Signbit(double x) { return signbit(x) != 0; }
double ml0_math_Copysign(double x, double sign) { return copysign(x, sign); }

double ml0_math_Max(double x, double y) {
    if (isinf(x) && x > 0)
        return x;
    if (isinf(y) && y > 0)
        return y;
    if (x != x || y != y)
        return NAN;
    if (x == 0 && x == y)
        return signbit(x) ? y : x;
    return x > y ? x : y;
}

double ml0_math_Min(double x, double y) {
    if (isinf(x) && x < 0)
        return x;
    if (isinf(y) && y < 0)
        return y;
    if (x != x || y != y)
        return NAN;
    if (x == 0 && x == y)
        return signbit(x) ? x : y;
    return x < y ? x : y;
}


uint64_t ml0_math_Float64bits(double f) {
    uint64_t b;
    memcpy(&b, &f, 8);
    return b;
}

double ml0_math_Float64frombits(uint64_t b) {
    double f;
    memcpy(&f, &b, 8);
    return f;
}
