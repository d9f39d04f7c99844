/*
 * ml0lib.h: the Go standard-library functions ml0c provides, implemented
 * in C in runtime/lib/ and linked into both runtimes (libml0rt_gc.a and
 * libml0rt_drop.a). Branch golang binds Go's names to these.
 *
 * Naming: Go's pkg.Name is ml0_<pkg>_<Name>; a method T.M is
 * ml0_<pkg>_<T>_<M>. Calling conventions follow ml0rt.h:
 *   - a Go string argument is a (const uint8_t *ptr, int64_t len) pair;
 *   - a slice argument is `const ml0_slice *`;
 *   - `...any` is (const ml0_iface *args, int64_t nargs), an `any` is
 *     `const ml0_iface *` (interface values per ml0type.h);
 *   - every aggregate result (string, slice) goes through an out-pointer,
 *     the first parameter; scalar results are returned;
 *   - bool results are returned as int32_t 0/1; bool arguments likewise;
 *   - a func value argument is its two words (fn, env); the runtime calls
 *     fn(env, args...) as generated code does.
 *
 * Errors are issue 14: a function that returns an error in Go writes the
 * error's *message* to `ml0_string *err` (len 0 = nil error), with Go's
 * text, e.g. `strconv.Atoi: parsing "x": invalid syntax`.
 *
 * Ownership (both runtimes): every non-empty string or slice returned is
 * fresh storage (ml0_alloc_atomic for bytes, ml0_alloc for []string),
 * never an alias of an argument or of static data, so under
 * --runtime=drop the receiver of a result is its single owner; a
 * []string's elements are each their own fresh string. An empty result
 * is {NULL, 0}.
 *
 * Output: fmt writes to file descriptor 1 through the runtime's stdout
 * buffer (runtime/core/print.c, the one builtin println uses, so the two
 * interleave in program order). Writes to fd 2 flush that buffer first
 * and are unbuffered, as Go's os.Stderr is. The buffer is flushed at exit,
 * at os.Exit and before a panic message.
 */
#ifndef ML0LIB_H
#define ML0LIB_H

#include "ml0type.h"

/* ---- fmt (lib/fmt_*.c) ---------------------------------------------------
 * Print* return the number of bytes written (Go's n; err is always nil).
 * fd is 1 for os.Stdout, 2 for os.Stderr. */
int64_t ml0_fmt_Print(const ml0_iface *args, int64_t nargs);
int64_t ml0_fmt_Println(const ml0_iface *args, int64_t nargs);
int64_t ml0_fmt_Printf(const uint8_t *format, int64_t flen,
                       const ml0_iface *args, int64_t nargs);
int64_t ml0_fmt_Fprint(int64_t fd, const ml0_iface *args, int64_t nargs);
int64_t ml0_fmt_Fprintln(int64_t fd, const ml0_iface *args, int64_t nargs);
int64_t ml0_fmt_Fprintf(int64_t fd, const uint8_t *format, int64_t flen,
                        const ml0_iface *args, int64_t nargs);
void ml0_fmt_Sprint(ml0_string *out, const ml0_iface *args, int64_t nargs);
void ml0_fmt_Sprintln(ml0_string *out, const ml0_iface *args, int64_t nargs);
void ml0_fmt_Sprintf(ml0_string *out, const uint8_t *format, int64_t flen,
                     const ml0_iface *args, int64_t nargs);
/* fmt.Errorf's message (Sprintf without %w support beyond %v's output);
 * the compiler wraps it as an error value (issue 14). */
void ml0_fmt_Errorf(ml0_string *out, const uint8_t *format, int64_t flen,
                    const ml0_iface *args, int64_t nargs);
/* The shared stdout buffer, for generated code that must order its own
 * writes (e.g. before a raw write(2)). */
void ml0_fmt_flush(void);

/* ---- strings (lib/strings.c, lib/strings_builder.c) ---------------------- */
int32_t ml0_strings_Contains(const uint8_t *s, int64_t slen, const uint8_t *sub, int64_t sublen);
int32_t ml0_strings_ContainsRune(const uint8_t *s, int64_t slen, int32_t r);
int32_t ml0_strings_ContainsAny(const uint8_t *s, int64_t slen, const uint8_t *chars, int64_t clen);
int64_t ml0_strings_Index(const uint8_t *s, int64_t slen, const uint8_t *sub, int64_t sublen);
int64_t ml0_strings_IndexByte(const uint8_t *s, int64_t slen, uint8_t c);
int64_t ml0_strings_IndexRune(const uint8_t *s, int64_t slen, int32_t r);
int64_t ml0_strings_LastIndex(const uint8_t *s, int64_t slen, const uint8_t *sub, int64_t sublen);
int64_t ml0_strings_Count(const uint8_t *s, int64_t slen, const uint8_t *sub, int64_t sublen);
int32_t ml0_strings_HasPrefix(const uint8_t *s, int64_t slen, const uint8_t *pre, int64_t plen);
int32_t ml0_strings_HasSuffix(const uint8_t *s, int64_t slen, const uint8_t *suf, int64_t suflen);
int32_t ml0_strings_EqualFold(const uint8_t *s, int64_t slen, const uint8_t *t, int64_t tlen);
int64_t ml0_strings_Compare(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen);
void ml0_strings_Join(ml0_string *out, const ml0_slice *elems, const uint8_t *sep, int64_t seplen);
void ml0_strings_Split(ml0_slice *out, const uint8_t *s, int64_t slen, const uint8_t *sep, int64_t seplen);
void ml0_strings_SplitN(ml0_slice *out, const uint8_t *s, int64_t slen, const uint8_t *sep, int64_t seplen, int64_t n);
void ml0_strings_Fields(ml0_slice *out, const uint8_t *s, int64_t slen);
void ml0_strings_Repeat(ml0_string *out, const uint8_t *s, int64_t slen, int64_t count);
void ml0_strings_Replace(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *old, int64_t oldlen,
                         const uint8_t *new_, int64_t newlen, int64_t n);
void ml0_strings_ReplaceAll(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *old, int64_t oldlen,
                            const uint8_t *new_, int64_t newlen);
void ml0_strings_ToUpper(ml0_string *out, const uint8_t *s, int64_t slen);
void ml0_strings_ToLower(ml0_string *out, const uint8_t *s, int64_t slen);
void ml0_strings_Title(ml0_string *out, const uint8_t *s, int64_t slen);
void ml0_strings_TrimSpace(ml0_string *out, const uint8_t *s, int64_t slen);
void ml0_strings_Trim(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *cutset, int64_t clen);
void ml0_strings_TrimLeft(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *cutset, int64_t clen);
void ml0_strings_TrimRight(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *cutset, int64_t clen);
void ml0_strings_TrimPrefix(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *pre, int64_t plen);
void ml0_strings_TrimSuffix(ml0_string *out, const uint8_t *s, int64_t slen, const uint8_t *suf, int64_t suflen);

/* strings.Builder, laid out as Go's: addr (the copy check: a Builder
 * copied after its first write panics like Go's) and buf. A zero Builder
 * is ready to use. buf.ptr is an ml0_alloc_atomic object the Builder
 * owns: under --runtime=drop, ml0_free(b->buf.ptr) at the Builder's
 * death. String() returns a fresh copy (never aliases buf). */
typedef struct ml0_strings_Builder {
    void *addr;
    ml0_slice buf;
} ml0_strings_Builder;
int64_t ml0_strings_Builder_WriteString(ml0_strings_Builder *b, const uint8_t *s, int64_t slen);
void ml0_strings_Builder_WriteByte(ml0_strings_Builder *b, uint8_t c);   /* err is always nil */
int64_t ml0_strings_Builder_WriteRune(ml0_strings_Builder *b, int32_t r);
void ml0_strings_Builder_String(ml0_string *out, const ml0_strings_Builder *b);
int64_t ml0_strings_Builder_Len(const ml0_strings_Builder *b);
int64_t ml0_strings_Builder_Cap(const ml0_strings_Builder *b);
void ml0_strings_Builder_Reset(ml0_strings_Builder *b);
void ml0_strings_Builder_Grow(ml0_strings_Builder *b, int64_t n);

/* ---- strconv (lib/strconv.c; float text in lib/fmt_float.c) -------------- */
void ml0_strconv_Itoa(ml0_string *out, int64_t v);
int64_t ml0_strconv_Atoi(ml0_string *err, const uint8_t *s, int64_t slen);
void ml0_strconv_FormatInt(ml0_string *out, int64_t v, int64_t base);
void ml0_strconv_FormatUint(ml0_string *out, uint64_t v, int64_t base);
void ml0_strconv_FormatBool(ml0_string *out, int32_t v);
/* fmt is 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'; prec -1 = shortest; bitSize 32|64 */
void ml0_strconv_FormatFloat(ml0_string *out, double f, uint8_t fmt, int64_t prec, int64_t bitSize);
int64_t ml0_strconv_ParseInt(ml0_string *err, const uint8_t *s, int64_t slen, int64_t base, int64_t bitSize);
uint64_t ml0_strconv_ParseUint(ml0_string *err, const uint8_t *s, int64_t slen, int64_t base, int64_t bitSize);
double ml0_strconv_ParseFloat(ml0_string *err, const uint8_t *s, int64_t slen, int64_t bitSize);
int32_t ml0_strconv_ParseBool(ml0_string *err, const uint8_t *s, int64_t slen);
void ml0_strconv_Quote(ml0_string *out, const uint8_t *s, int64_t slen);
void ml0_strconv_QuoteRune(ml0_string *out, int32_t r);
void ml0_strconv_QuoteToASCII(ml0_string *out, const uint8_t *s, int64_t slen);

/* ---- math (lib/math.c): constants (Pi, MaxInt64, ...) are the compiler's - */
double ml0_math_Sqrt(double x);
double ml0_math_Abs(double x);
double ml0_math_Pow(double x, double y);
double ml0_math_Floor(double x);
double ml0_math_Ceil(double x);
double ml0_math_Trunc(double x);
double ml0_math_Round(double x);
double ml0_math_RoundToEven(double x);
double ml0_math_Max(double x, double y);
double ml0_math_Min(double x, double y);
double ml0_math_Mod(double x, double y);
double ml0_math_Inf(int64_t sign);
double ml0_math_NaN(void);
int32_t ml0_math_IsNaN(double x);
int32_t ml0_math_IsInf(double x, int64_t sign);
int32_t ml0_math_Signbit(double x);
double ml0_math_Copysign(double x, double sign);
double ml0_math_Log(double x);
double ml0_math_Log2(double x);
double ml0_math_Log10(double x);
double ml0_math_Exp(double x);
double ml0_math_Sin(double x);
double ml0_math_Cos(double x);
double ml0_math_Tan(double x);
double ml0_math_Atan(double x);
double ml0_math_Atan2(double y, double x);
double ml0_math_Hypot(double p, double q);
double ml0_math_Cbrt(double x);
uint64_t ml0_math_Float64bits(double f);
double ml0_math_Float64frombits(uint64_t b);

/* ---- sort (lib/sort.c): Go 1.19's pdqsort, so equal elements end where
 * Go leaves them. Slice's x is the `any` holding the slice (its type's
 * elem gives the element size); less is called as less_fn(env, i, j) and
 * returns an i1 (read as its low bit). */
void ml0_sort_Ints(const ml0_slice *s);
void ml0_sort_Float64s(const ml0_slice *s);
void ml0_sort_Strings(const ml0_slice *s);
void ml0_sort_Slice(const ml0_iface *x, void *less_fn, void *less_env);
void ml0_sort_SliceStable(const ml0_iface *x, void *less_fn, void *less_env);
int32_t ml0_sort_IntsAreSorted(const ml0_slice *s);
int32_t ml0_sort_StringsAreSorted(const ml0_slice *s);
int64_t ml0_sort_SearchInts(const ml0_slice *s, int64_t x);

/* ---- unicode (lib/unicode.c): exact for Latin-1 (U+0000-U+00FF); above
 * it, letters/cases/spaces/digits from compact range tables covering the
 * common scripts (see the file's header for what is approximate). ------- */
int32_t ml0_unicode_IsDigit(int32_t r);
int32_t ml0_unicode_IsNumber(int32_t r);
int32_t ml0_unicode_IsLetter(int32_t r);
int32_t ml0_unicode_IsSpace(int32_t r);
int32_t ml0_unicode_IsUpper(int32_t r);
int32_t ml0_unicode_IsLower(int32_t r);
int32_t ml0_unicode_IsPunct(int32_t r);
int32_t ml0_unicode_IsPrint(int32_t r);
int32_t ml0_unicode_IsGraphic(int32_t r);
int32_t ml0_unicode_ToUpper(int32_t r);
int32_t ml0_unicode_ToLower(int32_t r);

/* ---- os (lib/os.c) --------------------------------------------------------
 * Args is the []string of the arguments ml0_init received (a fresh slice
 * per call). Exit flushes the stdout buffer and exits (deferred calls do
 * not run, as in Go). */
void ml0_os_Args(ml0_slice *out);
_Noreturn void ml0_os_Exit(int64_t code);

#endif
