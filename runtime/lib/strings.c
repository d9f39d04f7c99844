/*
 * strings.c: package strings over (ptr, len) strings, with Go's edge
 * cases: Index of "" is 0, Count of "" is runes+1, Split with "" sep
 * explodes into runes, invalid UTF-8 bytes decode as U+FFFD (and are
 * rewritten as U+FFFD by the case mappings, as strings.Map does).
 *
 * Every result is fresh storage (lib_string): a []string is an
 * ml0_alloc'd array of separately allocated strings, so under
 * --runtime=drop the caller owns all of it and no result aliases s.
 */
#include "lib.h"

#include <string.h>

static int64_t index_of(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m) {
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    for (int64_t i = 0; i + m <= n; i++) {
        const uint8_t *p = memchr(s + i, sub[0], (size_t)(n - m - i + 1));
        if (!p)
            return -1;
        i = p - s;
        if (memcmp(p, sub, (size_t)m) == 0)
            return i;
    }
    return -1;
}

static int64_t last_index_of(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m) {
    if (m == 0)
        return n;
    for (int64_t i = n - m; i >= 0; i--)
        if (s[i] == sub[0] && memcmp(s + i, sub, (size_t)m) == 0)
            return i;
    return -1;
}

/* The rune at s[i] (U+FFFD for an invalid byte) and its size. */
static int rune_at(const uint8_t *s, int64_t n, int64_t i, int32_t *r) {
    *r = s[i];
    return s[i] < 0x80 ? 1 : lib_decode_rune(s + i, n - i, r);
}

/* The last rune of s[0:n] and its size, as utf8.DecodeLastRune. */
static int last_rune(const uint8_t *s, int64_t n, int32_t *r) {
    if (s[n - 1] < 0x80) {
        *r = s[n - 1];
        return 1;
    }
    int64_t start = n - 1, lim = n - 4 < 0 ? 0 : n - 4;
    while (start > lim && (s[start] & 0xC0) == 0x80)
        start--;
    int size = lib_decode_rune(s + start, n - start, r);
    if (start + size != n) {
        *r = LIB_RUNE_ERROR;
        return 1;
    }
    return size;
}

static bool has_rune(const uint8_t *set, int64_t n, int32_t r) {
    for (int64_t i = 0; i < n;) {
        int32_t c;
        i += rune_at(set, n, i, &c);
        if (c == r)
            return true;
    }
    return false;
}

int32_t ml0_strings_Contains(const uint8_t *s, int64_t slen, const uint8_t *sub, int64_t sublen) {
    return index_of(s, slen, sub, sublen) >= 0;
}

int64_t ml0_strings_IndexRune(const uint8_t *s, int64_t slen, int32_t r) {
    if (r >= 0 && r < 0x80) {
        const uint8_t *p = slen ? memchr(s, r, (size_t)slen) : NULL;
        return p ? p - s : -1;
    }
    if (r == LIB_RUNE_ERROR) {
        for (int64_t i = 0; i < slen;) {
            int32_t c;
            int w = rune_at(s, slen, i, &c);
            if (c == LIB_RUNE_ERROR)
                return i;
            i += w;
        }
        return -1;
    }
    if (lib_rune_len(r) < 0)
        return -1;
    uint8_t e[4];
    return index_of(s, slen, e, lib_encode_rune(e, r));
}

int32_t ml0_strings_ContainsRune(const uint8_t *s, int64_t slen, int32_t r) {
    return ml0_strings_IndexRune(s, slen, r) >= 0;
}

int64_t ml0_strings_IndexAny(const uint8_t *s, int64_t slen, const uint8_t *chars, int64_t clen) {
    for (int64_t i = 0; i < slen && clen > 0;) {
        int32_t r;
        int w = rune_at(s, slen, i, &r);
        if (has_rune(chars, clen, r))
            return i;
        i += w;
    }
    return -1;
}

int32_t ml0_strings_ContainsAny(const uint8_t *s, int64_t slen, const uint8_t *chars, int64_t clen) {
    return ml0_strings_IndexAny(s, slen, chars, clen) >= 0;
}

int32_t ml0_strings_Cut(ml0_string *before, ml0_string *after, const uint8_t *s, int64_t slen,
                        const uint8_t *sep, int64_t seplen) {
    int64_t i = index_of(s, slen, sep, seplen);
    if (i < 0) {
        lib_string(before, s, slen);
        *after = (ml0_string){NULL, 0};
        return 0;
    }
    lib_string(before, s, i);
    lib_string(after, s + i + seplen, slen - i - seplen);
    return 1;
}

int64_t ml0_strings_Index(const uint8_t *s, int64_t slen, const uint8_t *sub, int64_t sublen) {
    return index_of(s, slen, sub, sublen);
}

int64_t ml0_strings_IndexByte(const uint8_t *s, int64_t slen, uint8_t c) {
    const uint8_t *p = slen ? memchr(s, c, (size_t)slen) : NULL;
    return p ? p - s : -1;
}

int64_t ml0_strings_LastIndex(const uint8_t *s, int64_t slen, const uint8_t *sub, int64_t sublen) {
    return last_index_of(s, slen, sub, sublen);
}

int64_t ml0_strings_LastIndexByte(const uint8_t *s, int64_t slen, uint8_t c) {
    for (int64_t i = slen - 1; i >= 0; i--)
        if (s[i] == c)
            return i;
    return -1;
}

int64_t ml0_strings_Count(const uint8_t *s, int64_t slen, const uint8_t *sub, int64_t sublen) {
    if (sublen == 0)
        return lib_rune_count(s, slen) + 1;
    int64_t n = 0;
    for (int64_t i = 0;;) {
        int64_t j = index_of(s + i, slen - i, sub, sublen);
        if (j < 0)
            return n;
        n++;
        i += j + sublen;
    }
}

int32_t ml0_strings_HasPrefix(const uint8_t *s, int64_t slen, const uint8_t *pre, int64_t plen) {
    return slen >= plen && (plen == 0 || memcmp(s, pre, (size_t)plen) == 0);
}

int32_t ml0_strings_HasSuffix(const uint8_t *s, int64_t slen, const uint8_t *suf, int64_t suflen) {
    return slen >= suflen && (suflen == 0 || memcmp(s + slen - suflen, suf, (size_t)suflen) == 0);
}

/* Go's EqualFold: rune by rune, equal under simple case folding (walking
 * unicode.SimpleFold's orbit from the smaller rune to the larger). */
int32_t ml0_strings_EqualFold(const uint8_t *s, int64_t slen, const uint8_t *t, int64_t tlen) {
    int64_t i = 0, j = 0;
    while (i < slen && j < tlen) {
        int32_t sr, tr;
        i += rune_at(s, slen, i, &sr);
        j += rune_at(t, tlen, j, &tr);
        if (sr == tr)
            continue;
        if (tr < sr) {
            int32_t x = tr;
            tr = sr;
            sr = x;
        }
        if (tr < 0x80) {
            if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A')
                continue;
            return 0;
        }
        int32_t r = lib_simple_fold(sr);
        while (r != sr && r < tr)
            r = lib_simple_fold(r);
        if (r != tr)
            return 0;
    }
    return i == slen && j == tlen;
}

int64_t ml0_strings_Compare(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen) {
    int64_t c = ml0_string_cmp(a, alen, b, blen);
    return (c > 0) - (c < 0);
}

void ml0_strings_Join(ml0_string *out, const ml0_slice *elems, const uint8_t *sep, int64_t seplen) {
    const ml0_string *e = elems->ptr;
    LibBuf b = {0};
    for (int64_t i = 0; i < elems->len; i++) {
        if (i > 0)
            lib_put(&b, sep, (size_t)seplen);
        lib_put(&b, e[i].ptr, (size_t)e[i].len);
    }
    lib_string(out, b.p, (int64_t)b.len);
    lib_buf_free(&b);
}

/* Go's genSplit(s, sep, sepSave, n): at most n pieces (n < 0: all), each
 * keeping the first `save` bytes of the separator after it. */
static void gen_split(ml0_slice *out, const uint8_t *s, int64_t slen, const uint8_t *sep, int64_t seplen,
                      int64_t save, int64_t n) {
    if (n == 0) {
        *out = (ml0_slice){NULL, 0, 0};
        return;
    }
    if (seplen == 0) {     /* explode into runes */
        int64_t runes = lib_rune_count(s, slen);
        if (n < 0 || n > runes)
            n = runes;
        ml0_string *v = lib_new_strings(out, n);
        int64_t i = 0;
        for (int64_t k = 0; k < n; k++) {
            int32_t r = 0;
            int64_t w = k == n - 1 ? slen - i : rune_at(s, slen, i, &r);
            if (r == LIB_RUNE_ERROR)    /* an invalid byte becomes "\uFFFD", as Go's explode */
                lib_string(&v[k], "\xEF\xBF\xBD", 3);
            else
                lib_string(&v[k], s + i, w);
            i += w;
        }
        return;
    }
    int64_t count = ml0_strings_Count(s, slen, sep, seplen) + 1;
    if (n < 0 || n > count)
        n = count;
    ml0_string *v = lib_new_strings(out, n);
    int64_t i = 0, k = 0;
    for (; k < n - 1; k++) {
        int64_t j = index_of(s + i, slen - i, sep, seplen);
        if (j < 0)
            break;
        lib_string(&v[k], s + i, j + save);
        i += j + seplen;
    }
    lib_string(&v[k], s + i, slen - i);
    out->len = k + 1;
}

/* Go's genSplit(s, sep, 0, n). */
void ml0_strings_SplitN(ml0_slice *out, const uint8_t *s, int64_t slen, const uint8_t *sep, int64_t seplen, int64_t n) {
    gen_split(out, s, slen, sep, seplen, 0, n);
}

void ml0_strings_Split(ml0_slice *out, const uint8_t *s, int64_t slen, const uint8_t *sep, int64_t seplen) {
    gen_split(out, s, slen, sep, seplen, 0, -1);
}

/* Go's genSplit(s, sep, len(sep), -1): each piece keeps its separator. */
void ml0_strings_SplitAfter(ml0_slice *out, const uint8_t *s, int64_t slen, const uint8_t *sep, int64_t seplen) {
    gen_split(out, s, slen, sep, seplen, seplen, -1);
}

/* Go's genSplit(s, sep, len(sep), n). */
void ml0_strings_SplitAfterN(ml0_slice *out, const uint8_t *s, int64_t slen, const uint8_t *sep, int64_t seplen,
                             int64_t n) {
    gen_split(out, s, slen, sep, seplen, seplen, n);
}

void ml0_strings_Fields(ml0_slice *out, const uint8_t *s, int64_t slen) {
    int64_t n = 0;
    bool in = false;
    for (int64_t i = 0; i < slen;) {     /* count the fields first */
        int32_t r;
        i += rune_at(s, slen, i, &r);
        bool sp = lib_is_space(r);
        n += !sp && !in;
        in = !sp;
    }
    ml0_string *v = lib_new_strings(out, n);
    int64_t k = 0, start = -1;
    for (int64_t i = 0; i <= slen;) {
        int32_t r = ' ';
        int w = i < slen ? rune_at(s, slen, i, &r) : 1;
        if (lib_is_space(r)) {
            if (start >= 0)
                lib_string(&v[k++], s + start, i - start);
            start = -1;
        } else if (start < 0) {
            start = i;
        }
        i += w;
    }
}

void ml0_strings_Repeat(ml0_string *out, const uint8_t *s, int64_t slen, int64_t count) {
    if (count < 0)
        lib_panic("strings: negative Repeat count");
    if (slen > 0 && count > INT64_MAX / slen)
        lib_panic("strings: Repeat count causes overflow");
    if (slen * count == 0) {
        *out = (ml0_string){NULL, 0};
        return;
    }
    uint8_t *p = ml0_alloc_atomic(slen * count);
    for (int64_t i = 0; i < count; i++)
        memcpy(p + i * slen, s, (size_t)slen);
    *out = (ml0_string){p, slen * count};
}

void ml0_strings_Replace(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *old, int64_t oldlen,
                         const uint8_t *new_, int64_t newlen, int64_t n) {
    int64_t m = 0;
    if (!(oldlen == newlen && (oldlen == 0 || memcmp(old, new_, (size_t)oldlen) == 0)) && n != 0)
        m = ml0_strings_Count(s, slen, old, oldlen);
    if (m == 0) {
        lib_string(out, s, slen);
        return;
    }
    if (n < 0 || m < n)
        n = m;
    LibBuf b = {0};
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (oldlen == 0) {
            if (i > 0) {
                int32_t r;
                j += rune_at(s, slen, start, &r);
            }
        } else {
            j += index_of(s + start, slen - start, old, oldlen);
        }
        lib_put(&b, s + start, (size_t)(j - start));
        lib_put(&b, new_, (size_t)newlen);
        start = j + oldlen;
    }
    lib_put(&b, s + start, (size_t)(slen - start));
    lib_string(out, b.p, (int64_t)b.len);
    lib_buf_free(&b);
}

void ml0_strings_ReplaceAll(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *old, int64_t oldlen,
                            const uint8_t *new_, int64_t newlen) {
    ml0_strings_Replace(out, s, slen, old, oldlen, new_, newlen, -1);
}

static void map_runes(ml0_string *out, const uint8_t *s, int64_t slen, int32_t (*f)(int32_t)) {
    LibBuf b = {0};
    for (int64_t i = 0; i < slen;) {
        int32_t r;
        i += rune_at(s, slen, i, &r);
        lib_put_rune(&b, f(r));
    }
    lib_string(out, b.p, (int64_t)b.len);
    lib_buf_free(&b);
}

void ml0_strings_ToUpper(ml0_string *out, const uint8_t *s, int64_t slen) { map_runes(out, s, slen, lib_to_upper); }
void ml0_strings_ToLower(ml0_string *out, const uint8_t *s, int64_t slen) { map_runes(out, s, slen, lib_to_lower); }

/* unicode.ToTitle: ToUpper but for the four Latin digraphs, whose title
 * case is their middle form (ǆ -> ǅ, not Ǆ) */
static int32_t to_title(int32_t r) {
    if ((r >= 0x01C4 && r <= 0x01CC) || (r >= 0x01F1 && r <= 0x01F3)) {
        int32_t first = r <= 0x01C6 ? 0x01C4 : r <= 0x01C9 ? 0x01C7 : r <= 0x01CC ? 0x01CA : 0x01F1;
        return first + 1;
    }
    return lib_to_upper(r);
}
void ml0_strings_ToTitle(ml0_string *out, const uint8_t *s, int64_t slen) { map_runes(out, s, slen, to_title); }

/* strings.Title's word boundaries: ASCII other than letters, digits and
 * '_', and Unicode spaces. */
static bool is_separator(int32_t r) {
    if (r < 0x80) {
        return !((r >= '0' && r <= '9') || ((r | 32) >= 'a' && (r | 32) <= 'z') || r == '_');
    }
    if (ml0_unicode_IsLetter(r) || ml0_unicode_IsDigit(r))
        return false;
    return lib_is_space(r);
}

void ml0_strings_Title(ml0_string *out, const uint8_t *s, int64_t slen) {
    LibBuf b = {0};
    int32_t prev = ' ';
    for (int64_t i = 0; i < slen;) {
        int32_t r;
        i += rune_at(s, slen, i, &r);
        lib_put_rune(&b, is_separator(prev) ? lib_to_title(r) : r);
        prev = r;
    }
    lib_string(out, b.p, (int64_t)b.len);
    lib_buf_free(&b);
}

static int64_t trim_left_end(const uint8_t *s, int64_t n, const uint8_t *set, int64_t setn, bool spaces) {
    int64_t i = 0;
    while (i < n) {
        int32_t r;
        int w = rune_at(s, n, i, &r);
        if (spaces ? !lib_is_space(r) : !has_rune(set, setn, r))
            break;
        i += w;
    }
    return i;
}

static int64_t trim_right_end(const uint8_t *s, int64_t n, const uint8_t *set, int64_t setn, bool spaces) {
    while (n > 0) {
        int32_t r;
        int w = last_rune(s, n, &r);
        if (spaces ? !lib_is_space(r) : !has_rune(set, setn, r))
            break;
        n -= w;
    }
    return n;
}

void ml0_strings_TrimSpace(ml0_string *out, const uint8_t *s, int64_t slen) {
    int64_t lo = trim_left_end(s, slen, NULL, 0, true);
    int64_t hi = trim_right_end(s + lo, slen - lo, NULL, 0, true);
    lib_string(out, s + lo, hi);
}

void ml0_strings_Trim(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *cutset, int64_t clen) {
    int64_t lo = trim_left_end(s, slen, cutset, clen, false);
    int64_t hi = trim_right_end(s + lo, slen - lo, cutset, clen, false);
    lib_string(out, s + lo, hi);
}

void ml0_strings_TrimLeft(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *cutset, int64_t clen) {
    int64_t lo = trim_left_end(s, slen, cutset, clen, false);
    lib_string(out, s + lo, slen - lo);
}

void ml0_strings_TrimRight(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *cutset, int64_t clen) {
    lib_string(out, s, trim_right_end(s, slen, cutset, clen, false));
}

void ml0_strings_TrimPrefix(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *pre, int64_t plen) {
    if (ml0_strings_HasPrefix(s, slen, pre, plen))
        lib_string(out, s + plen, slen - plen);
    else
        lib_string(out, s, slen);
}

void ml0_strings_TrimSuffix(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *suf, int64_t suflen) {
    if (ml0_strings_HasSuffix(s, slen, suf, suflen))
        lib_string(out, s, slen - suflen);
    else
        lib_string(out, s, slen);
}

/* ---- the ...Func forms: the program's closures over runes ---------------- */

typedef uint8_t (*rune_pred)(void *env, int32_t r);
typedef int32_t (*rune_map)(void *env, int32_t r);

static bool call_pred(void *fn, void *env, int32_t r) { return ((rune_pred)fn)(env, r) & 1; }

void ml0_strings_FieldsFunc(ml0_slice *out, const uint8_t *s, int64_t slen, void *f_fn, void *f_env) {
    /* Go calls f once per rune, collecting spans first: so do we. */
    int64_t cap = 8, n = 0, start = -1;
    int64_t *span = ml0_alloc_atomic(cap * 2 * (int64_t)sizeof(int64_t));
    for (int64_t i = 0; i <= slen;) {
        int32_t r = 0;
        int w = i < slen ? rune_at(s, slen, i, &r) : 1;
        bool sep = i == slen || call_pred(f_fn, f_env, r);
        if (sep && start >= 0) {
            if (n == cap) {
                int64_t *bigger = ml0_alloc_atomic(cap * 4 * (int64_t)sizeof(int64_t));
                memcpy(bigger, span, (size_t)(cap * 2) * sizeof(int64_t));
                ml0_free(span);
                span = bigger;
                cap *= 2;
            }
            span[2 * n] = start;
            span[2 * n + 1] = i;
            n++;
            start = -1;
        } else if (!sep && start < 0) {
            start = i;
        }
        i += w;
    }
    ml0_string *v = lib_new_strings(out, n);
    for (int64_t k = 0; k < n; k++)
        lib_string(&v[k], s + span[2 * k], span[2 * k + 1] - span[2 * k]);
    ml0_free(span);
}

int64_t ml0_strings_IndexFunc(const uint8_t *s, int64_t slen, void *f_fn, void *f_env) {
    for (int64_t i = 0; i < slen;) {
        int32_t r;
        int w = rune_at(s, slen, i, &r);
        if (call_pred(f_fn, f_env, r))
            return i;
        i += w;
    }
    return -1;
}

int64_t ml0_strings_LastIndexFunc(const uint8_t *s, int64_t slen, void *f_fn, void *f_env) {
    for (int64_t i = slen; i > 0;) {
        int32_t r;
        int w = last_rune(s, i, &r);
        i -= w;
        if (call_pred(f_fn, f_env, r))
            return i;
    }
    return -1;
}

/* How many leading bytes of s[0:slen] are runes f holds for. */
static int64_t func_prefix(const uint8_t *s, int64_t slen, void *f_fn, void *f_env) {
    int64_t lo = 0;
    while (lo < slen) {
        int32_t r;
        int w = rune_at(s, slen, lo, &r);
        if (!call_pred(f_fn, f_env, r))
            break;
        lo += w;
    }
    return lo;
}

/* Where the trailing runes f holds for start in s[0:slen]. */
static int64_t func_suffix_start(const uint8_t *s, int64_t slen, void *f_fn, void *f_env) {
    int64_t hi = slen;
    while (hi > 0) {
        int32_t r;
        int w = last_rune(s, hi, &r);
        if (!call_pred(f_fn, f_env, r))
            break;
        hi -= w;
    }
    return hi;
}

void ml0_strings_TrimLeftFunc(ml0_string *out, const uint8_t *s, int64_t slen, void *f_fn, void *f_env) {
    int64_t lo = func_prefix(s, slen, f_fn, f_env);
    lib_string(out, s + lo, slen - lo);
}

void ml0_strings_TrimRightFunc(ml0_string *out, const uint8_t *s, int64_t slen, void *f_fn, void *f_env) {
    lib_string(out, s, func_suffix_start(s, slen, f_fn, f_env));
}

void ml0_strings_TrimFunc(ml0_string *out, const uint8_t *s, int64_t slen, void *f_fn, void *f_env) {
    int64_t lo = func_prefix(s, slen, f_fn, f_env);
    lib_string(out, s + lo, func_suffix_start(s + lo, slen - lo, f_fn, f_env));
}

/* Every rune through mapping, re-encoded (invalid bytes arrive as U+FFFD
 * and leave as it); a negative result drops the rune. */
void ml0_strings_Map(ml0_string *out, void *mapping_fn, void *mapping_env, const uint8_t *s, int64_t slen) {
    LibBuf b = {0};
    bool changed = false;
    for (int64_t i = 0; i < slen;) {
        int32_t r;
        int w = rune_at(s, slen, i, &r);
        int32_t m = ((rune_map)mapping_fn)(mapping_env, r);
        changed |= m != r || r == LIB_RUNE_ERROR;
        if (m >= 0)
            lib_put_rune(&b, m);
        i += w;
    }
    if (changed)
        lib_string(out, b.p, (int64_t)b.len);
    else
        lib_string(out, s, slen);
    lib_buf_free(&b);
}
