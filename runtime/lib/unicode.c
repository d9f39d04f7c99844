/*
 * unicode.c: package unicode (IsLetter, IsUpper, ToUpper, ...) and the
 * rune classes strings and strconv need (IsSpace, IsPrint, case mapping).
 *
 * The classes are exact for all of Unicode 13 (Go 1.19's version): the
 * range tables in unicode_tables.h are generated from Go's own package
 * by gen_unicode_tables.go. Each table is sorted {lo, hi, stride}
 * ranges, searched by bisection; ASCII takes a fast path.
 */
#include "lib.h"

#include "unicode_tables.h"

static bool in_table(const LibRange *t, int n, int32_t r) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        if (r < t[m].lo)
            hi = m;
        else if (r > t[m].hi)
            lo = m + 1;
        else
            return (r - t[m].lo) % t[m].stride == 0;
    }
    return false;
}

#define IN(tab, r) in_table(tab, (int)(sizeof tab / sizeof tab[0]), r)

enum { CASE_UPPER, CASE_LOWER, CASE_TITLE };

/* Go's unicode.To: the CaseRanges entry holding r gives a delta, or
 * marks an Upper/Lower alternating run (even offsets upper, odd lower). */
static int32_t to_case(int which, int32_t r) {
    int lo = 0, hi = (int)(sizeof tab_case / sizeof tab_case[0]);
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        const LibCase *c = &tab_case[m];
        if (r < c->lo) {
            hi = m;
        } else if (r > c->hi) {
            lo = m + 1;
        } else {
            int32_t d = c->d[which];
            if (d == LIB_UPPER_LOWER)
                return c->lo + (((r - c->lo) & ~1) | (which & 1));
            return r + d;
        }
    }
    return r;
}

/* unicode.SimpleFold: the next rune of r's case-folding orbit, from the
 * orbit exceptions (K, k, Kelvin sign; s, S, long s; ...) or else r's
 * other case. */
int32_t lib_simple_fold(int32_t r) {
    if (r < 0 || r > LIB_MAX_RUNE)
        return r;
    int lo = 0, hi = (int)(sizeof tab_fold_orbit / sizeof tab_fold_orbit[0]);
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        if (tab_fold_orbit[m][0] < r)
            lo = m + 1;
        else
            hi = m;
    }
    if (lo < (int)(sizeof tab_fold_orbit / sizeof tab_fold_orbit[0]) && tab_fold_orbit[lo][0] == r)
        return tab_fold_orbit[lo][1];
    int32_t l = lib_to_lower(r);
    return l != r ? l : lib_to_upper(r);
}

bool lib_is_space(int32_t r) {
    if (r < 0x100)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    return IN(tab_space, r);
}

bool lib_is_print(int32_t r) {
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    return IN(tab_print, r);
}

int32_t lib_to_upper(int32_t r) {
    if (r < 0x80)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    return to_case(CASE_UPPER, r);
}

int32_t lib_to_lower(int32_t r) {
    if (r < 0x80)
        return r >= 'A' && r <= 'Z' ? r + 32 : r;
    return to_case(CASE_LOWER, r);
}

int32_t lib_to_title(int32_t r) {
    if (r < 0x80)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    return to_case(CASE_TITLE, r);
}

int32_t ml0_unicode_IsDigit(int32_t r) {
    if (r < 0x80)
        return r >= '0' && r <= '9';
    return IN(tab_digit, r);
}

int32_t ml0_unicode_IsNumber(int32_t r) { return r < 0x80 ? r >= '0' && r <= '9' : IN(tab_number, r); }

int32_t ml0_unicode_IsLetter(int32_t r) {
    if (r < 0x80)
        return (r | 32) >= 'a' && (r | 32) <= 'z';
    return IN(tab_letter, r);
}

int32_t ml0_unicode_IsSpace(int32_t r) { return lib_is_space(r); }
int32_t ml0_unicode_IsUpper(int32_t r) { return r < 0x80 ? r >= 'A' && r <= 'Z' : IN(tab_upper, r); }
int32_t ml0_unicode_IsLower(int32_t r) { return r < 0x80 ? r >= 'a' && r <= 'z' : IN(tab_lower, r); }
int32_t ml0_unicode_IsPunct(int32_t r) { return IN(tab_punct, r); }
int32_t ml0_unicode_IsPrint(int32_t r) { return lib_is_print(r); }
int32_t ml0_unicode_IsGraphic(int32_t r) { return IN(tab_graphic, r); }
int32_t ml0_unicode_ToUpper(int32_t r) { return lib_to_upper(r); }
int32_t ml0_unicode_ToLower(int32_t r) { return lib_to_lower(r); }
int32_t ml0_unicode_IsControl(int32_t r) { return (r >= 0 && r < 0x20) || (r >= 0x7F && r < 0xA0); }
int32_t ml0_unicode_IsMark(int32_t r) { return IN(tab_mark, r); }
int32_t ml0_unicode_IsSymbol(int32_t r) { return IN(tab_symbol, r); }
int32_t ml0_unicode_IsTitle(int32_t r) { return r >= 0x80 && IN(tab_title, r); }
int32_t ml0_unicode_ToTitle(int32_t r) { return lib_to_title(r); }
