/*
 * lib_test.c: runtime/lib (Go's fmt, strings, strconv, math, sort,
 * unicode in C) against Go itself. Each case of lib/cases.txt is run
 * here through ml0lib.h and its result compared byte for byte with the
 * line Go printed for it (lib/golden.txt, from `go run lib/golden.go`;
 * the ctest unit/lib_golden_go re-derives it when go is installed).
 *
 * The values are built as ml0c lays them out: interface values with
 * ml0type.h descriptors (names as Go's %T spells them), method wrappers
 * for String()/Error() taking the interface's data word.
 *
 * Usage: unit_lib_test [cases.txt golden.txt]. Prints "N passed, M failed".
 */
#define _POSIX_C_SOURCE 200809L
#include "ml0lib.h"

#include <inttypes.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef LIB_TEST_DIR
#define LIB_TEST_DIR "."
#endif

static int passed, failed;

static ml0_string S(const char *s) { return (ml0_string){(const uint8_t *)s, (int64_t)strlen(s)}; }

/* ---- type descriptors -------------------------------------------------- */

#define BASIC(var, k, sz, nm) \
    static const ml0_type var = {k, ML0_TF_COMPARABLE, sz, nm, NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL}
BASIC(t_int, ML0_K_INT, 8, "int");
BASIC(t_int8, ML0_K_INT8, 1, "int8");
BASIC(t_int16, ML0_K_INT16, 2, "int16");
BASIC(t_int32, ML0_K_INT32, 4, "int32");
BASIC(t_int64, ML0_K_INT64, 8, "int64");
BASIC(t_uint, ML0_K_UINT, 8, "uint");
BASIC(t_uint8, ML0_K_UINT8, 1, "uint8");
BASIC(t_uint16, ML0_K_UINT16, 2, "uint16");
BASIC(t_uint32, ML0_K_UINT32, 4, "uint32");
BASIC(t_uint64, ML0_K_UINT64, 8, "uint64");
BASIC(t_uintptr, ML0_K_UINTPTR, 8, "uintptr");
BASIC(t_float32, ML0_K_FLOAT32, 4, "float32");
BASIC(t_float64, ML0_K_FLOAT64, 8, "float64");
BASIC(t_bool, ML0_K_BOOL, 1, "bool");
BASIC(t_string, ML0_K_STRING, 16, "string");

static const ml0_type t_any = {ML0_K_INTERFACE, 0, 16, "interface {}", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type t_error = {ML0_K_INTERFACE, 0, 16, "error", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};

#define SLICE(var, nm, el) static const ml0_type var = {ML0_K_SLICE, 0, 24, nm, el, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL}
SLICE(t_ints, "[]int", &t_int);
SLICE(t_strings, "[]string", &t_string);
SLICE(t_bytes, "[]uint8", &t_uint8);
SLICE(t_floats, "[]float64", &t_float64);
SLICE(t_anys, "[]interface {}", &t_any);
SLICE(t_errors, "[]error", &t_error);
SLICE(t_intss, "[][]int", &t_ints);
static const ml0_type t_arr3 = {ML0_K_ARRAY, ML0_TF_COMPARABLE, 24, "[3]int", &t_int, NULL, 3, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type t_arr2i8 = {ML0_K_ARRAY, ML0_TF_COMPARABLE, 2, "[2]int8", &t_int8, NULL, 2, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};

static const ml0_field f_P[] = {{"X", &t_int, 0, 0, 0}, {"Y", &t_int, 8, 0, 0}};
static const ml0_type t_P = {ML0_K_STRUCT, ML0_TF_NAMED | ML0_TF_COMPARABLE, 16, "main.P", NULL, NULL, 0, 2, f_P, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type t_pP = {ML0_K_POINTER, ML0_TF_DIRECT, 8, "*main.P", &t_P, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type t_pints = {ML0_K_POINTER, ML0_TF_DIRECT, 8, "*[]int", &t_ints, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
SLICE(t_Ps, "[]main.P", &t_P);
SLICE(t_pPs, "[]*main.P", &t_pP);

static ml0_string sprintf_str(const char *format, const ml0_iface *a, int64_t n) {
    ml0_string s;
    ml0_fmt_Sprintf(&s, (const uint8_t *)format, (int64_t)strlen(format), a, n);
    return s;
}

static void celsius_string(void *recv, ml0_string *out) {
    ml0_iface a = {&t_float64, recv};       /* float64(c): same bytes */
    *out = sprintf_str("%.1f°C", &a, 1);
}
static const ml0_type t_Celsius = {ML0_K_FLOAT64, ML0_TF_NAMED | ML0_TF_COMPARABLE, 8, "main.Celsius",
                                   NULL, NULL, 0, 0, NULL, celsius_string, NULL, 0, NULL, NULL, NULL};
SLICE(t_Celsiuses, "[]main.Celsius", &t_Celsius);

static void myerr_error(void *recv, ml0_string *out) {
    ml0_iface a = {&t_int, recv};
    *out = sprintf_str("error code %d", &a, 1);
}
static const ml0_field f_MyErr[] = {{"Code", &t_int, 0, 0, 0}};
static const ml0_type t_MyErr = {ML0_K_STRUCT, ML0_TF_NAMED | ML0_TF_COMPARABLE, 8, "main.MyErr",
                                 NULL, NULL, 0, 1, f_MyErr, NULL, myerr_error, 0, NULL, NULL, NULL};
SLICE(t_MyErrs, "[]main.MyErr", &t_MyErr);

static const ml0_field f_PS[] = {{"N", &t_int, 0, 0, 0}};
static const ml0_type t_PS = {ML0_K_STRUCT, ML0_TF_NAMED | ML0_TF_COMPARABLE, 8, "main.PS", NULL, NULL, 0, 1, f_PS, NULL, NULL, 0, NULL, NULL, NULL};
static void pps_string(void *recv, ml0_string *out) {
    if (!recv)
        ml0_panic_nil();                    /* as the generated method's p.N */
    ml0_iface a = {&t_int, recv};           /* recv is the *PS: N at offset 0 */
    *out = sprintf_str("PS#%d", &a, 1);
}
static const ml0_type t_pPS = {ML0_K_POINTER, ML0_TF_DIRECT, 8, "*main.PS", &t_PS, NULL, 0, 0, NULL, pps_string, NULL, 0, NULL, NULL, NULL};

static const ml0_field f_inner[] = {{"a", &t_int, 0, 0, 0}, {"s", &t_string, 8, 0, 0}};
static const ml0_type t_inner = {ML0_K_STRUCT, ML0_TF_NAMED, 24, "main.inner", NULL, NULL, 0, 2, f_inner, NULL, NULL, 0, NULL, NULL, NULL};
typedef struct W { double c, T; struct { int64_t a; ml0_string s; } I; ml0_slice L; } W;
static const ml0_field f_W[] = {{"c", &t_Celsius, offsetof(W, c), 0, 0}, {"T", &t_Celsius, offsetof(W, T), 0, 0},
                                {"I", &t_inner, offsetof(W, I), 0, 0}, {"L", &t_Celsiuses, offsetof(W, L), 0, 0}};
static const ml0_type t_W = {ML0_K_STRUCT, ML0_TF_NAMED, sizeof(W), "main.W", NULL, NULL, 0, 4, f_W, NULL, NULL, 0, NULL, NULL, NULL};

static const ml0_field f_Box[] = {{"V", &t_any, 0, 0, 0}};
static const ml0_type t_Box = {ML0_K_STRUCT, ML0_TF_NAMED, 16, "main.Box", NULL, NULL, 0, 1, f_Box, NULL, NULL, 0, NULL, NULL, NULL};

static const ml0_type t_Node;
static const ml0_type t_pNode = {ML0_K_POINTER, ML0_TF_DIRECT, 8, "*main.Node", &t_Node, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_field f_Node[] = {{"Val", &t_int, 0, 0, 0}, {"Next", &t_pNode, 8, 0, 0}};
static const ml0_type t_Node = {ML0_K_STRUCT, ML0_TF_NAMED, 16, "main.Node", NULL, NULL, 0, 2, f_Node, NULL, NULL, 0, NULL, NULL, NULL};

typedef struct Outer { int64_t X, Y; ml0_string Name; float F; uint8_t B; int8_t A[2]; } Outer;
static const ml0_field f_Outer[] = {{"P", &t_P, 0, 1, 0}, {"Name", &t_string, offsetof(Outer, Name), 0, 0},
                                    {"F", &t_float32, offsetof(Outer, F), 0, 0}, {"B", &t_bool, offsetof(Outer, B), 0, 0},
                                    {"A", &t_arr2i8, offsetof(Outer, A), 0, 0}};
static const ml0_type t_Outer = {ML0_K_STRUCT, ML0_TF_NAMED, sizeof(Outer), "main.Outer", NULL, NULL, 0, 5, f_Outer, NULL, NULL, 0, NULL, NULL, NULL};

/* ---- case fields --------------------------------------------------------- */

/* \t \n \\ \xHH \uHHHH, as golden.go's unescape */
static char *unescape(const char *s, int64_t *len) {
    char *out = malloc(strlen(s) * 3 + 1);
    int64_t n = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] != '\\' || !s[i + 1]) {
            out[n++] = s[i];
            continue;
        }
        i++;
        char h[9] = {0};
        switch (s[i]) {
        case 't': out[n++] = '\t'; break;
        case 'n': out[n++] = '\n'; break;
        case 'x':
            memcpy(h, s + i + 1, 2);
            out[n++] = (char)strtol(h, NULL, 16);
            i += 2;
            break;
        case 'u': case 'U': {
            int k = s[i] == 'u' ? 4 : 8;
            memcpy(h, s + i + 1, (size_t)k);
            uint8_t e[4];
            ml0_string r;
            ml0_strings_Builder b = {0};
            ml0_strings_Builder_WriteRune(&b, (int32_t)strtol(h, NULL, 16));
            ml0_strings_Builder_String(&r, &b);
            memcpy(e, r.ptr, (size_t)r.len);
            memcpy(out + n, e, (size_t)r.len);
            n += r.len;
            i += (size_t)k;
            break;
        }
        default: out[n++] = s[i];
        }
    }
    out[n] = 0;
    *len = n;
    return out;
}

static double flt(const char *s) {
    if (strncmp(s, "bits", 4) == 0) {
        uint64_t b = strtoull(s + 4, NULL, 16);
        double d;
        memcpy(&d, &b, 8);
        return d;
    }
    return strtod(s, NULL);
}

static ml0_slice split_ints(const char *s) {
    int64_t *v = malloc(8 * (strlen(s) + 1));
    int64_t n = 0;
    for (const char *p = s; *p;) {
        v[n++] = strtoll(p, (char **)&p, 10);
        if (*p == ',')
            p++;
    }
    return (ml0_slice){n ? v : (free(v), NULL), n, n};
}

/* Go's strings.Split(s, ","), the pieces pointing into a copy of s */
static ml0_slice split_strs(const char *s, char sep) {
    char *c = strdup(s);
    ml0_string *v = malloc(sizeof(ml0_string) * (strlen(s) + 1));
    int64_t n = 0;
    char *start = c;
    for (char *p = c;; p++) {
        if (*p == sep || !*p) {
            bool end = !*p;
            *p = 0;
            v[n++] = S(start);
            start = p + 1;
            if (end)
                break;
        }
    }
    return (ml0_slice){v, n, n};
}

static void *box(const void *p, size_t n) {
    void *d = malloc(n ? n : 1);
    memcpy(d, p, n);
    return d;
}

#define BOXV(T, v) box((T[]){v}, sizeof(T))

static ml0_iface arg(const char *spec);

static ml0_iface make_arg(const char *t, const char *v) {
    int64_t n = strtoll(v, NULL, 0);
    uint64_t u = strtoull(v, NULL, 0);
    if (!strcmp(t, "int")) return (ml0_iface){&t_int, BOXV(int64_t, n)};
    if (!strcmp(t, "int8")) return (ml0_iface){&t_int8, BOXV(int8_t, (int8_t)n)};
    if (!strcmp(t, "int16")) return (ml0_iface){&t_int16, BOXV(int16_t, (int16_t)n)};
    if (!strcmp(t, "int32")) return (ml0_iface){&t_int32, BOXV(int32_t, (int32_t)n)};
    if (!strcmp(t, "int64")) return (ml0_iface){&t_int64, BOXV(int64_t, n)};
    if (!strcmp(t, "uint")) return (ml0_iface){&t_uint, BOXV(uint64_t, u)};
    if (!strcmp(t, "uint8")) return (ml0_iface){&t_uint8, BOXV(uint8_t, (uint8_t)u)};
    if (!strcmp(t, "uint16")) return (ml0_iface){&t_uint16, BOXV(uint16_t, (uint16_t)u)};
    if (!strcmp(t, "uint32")) return (ml0_iface){&t_uint32, BOXV(uint32_t, (uint32_t)u)};
    if (!strcmp(t, "uint64")) return (ml0_iface){&t_uint64, BOXV(uint64_t, u)};
    if (!strcmp(t, "uintptr")) return (ml0_iface){&t_uintptr, BOXV(uint64_t, u)};
    if (!strcmp(t, "float64")) return (ml0_iface){&t_float64, BOXV(double, flt(v))};
    if (!strcmp(t, "float32")) return (ml0_iface){&t_float32, BOXV(float, (float)flt(v))};
    if (!strcmp(t, "bool")) return (ml0_iface){&t_bool, BOXV(uint8_t, !strcmp(v, "true"))};
    if (!strcmp(t, "string")) {
        int64_t len;
        char *s = unescape(v, &len);
        return (ml0_iface){&t_string, BOXV(ml0_string, ((ml0_string){(const uint8_t *)s, len}))};
    }
    if (!strcmp(t, "nil")) return (ml0_iface){NULL, NULL};
    if (!strcmp(t, "[]int")) return (ml0_iface){&t_ints, BOXV(ml0_slice, split_ints(v))};
    if (!strcmp(t, "[]int(nil)")) return (ml0_iface){&t_ints, BOXV(ml0_slice, ((ml0_slice){0}))};
    if (!strcmp(t, "[3]int")) {
        int64_t a[3] = {0};
        ml0_slice s = split_ints(v);
        memcpy(a, s.ptr, 8 * (size_t)(s.len < 3 ? s.len : 3));
        return (ml0_iface){&t_arr3, box(a, sizeof a)};
    }
    if (!strcmp(t, "[]string")) return (ml0_iface){&t_strings, BOXV(ml0_slice, split_strs(v, ','))};
    if (!strcmp(t, "[]byte")) {
        ml0_slice s = split_ints(v);
        uint8_t *b = malloc((size_t)s.len + 1);
        for (int64_t i = 0; i < s.len; i++)
            b[i] = (uint8_t)((int64_t *)s.ptr)[i];
        return (ml0_iface){&t_bytes, BOXV(ml0_slice, ((ml0_slice){s.len ? b : NULL, s.len, s.len}))};
    }
    if (!strcmp(t, "[]float64")) {
        ml0_slice s = split_strs(v, ',');
        double *d = malloc(8 * (size_t)s.len);
        for (int64_t i = 0; i < s.len; i++)
            d[i] = flt((const char *)((ml0_string *)s.ptr)[i].ptr);
        return (ml0_iface){&t_floats, BOXV(ml0_slice, ((ml0_slice){d, s.len, s.len}))};
    }
    if (!strcmp(t, "[]any")) {
        ml0_iface *a = malloc(5 * sizeof *a);
        a[0] = arg("int:1");
        a[1] = arg("string:a");
        a[2] = arg("nil:");
        a[3] = arg("float64:2.5");
        a[4] = arg("P:1,2");
        return (ml0_iface){&t_anys, BOXV(ml0_slice, ((ml0_slice){a, 5, 5}))};
    }
    if (!strcmp(t, "P")) return (ml0_iface){&t_P, split_ints(v).ptr};
    if (!strcmp(t, "*P")) return (ml0_iface){&t_pP, split_ints(v).ptr};
    if (!strcmp(t, "*P(nil)")) return (ml0_iface){&t_pP, NULL};
    if (!strcmp(t, "*[]int")) return (ml0_iface){&t_pints, BOXV(ml0_slice, split_ints(v))};
    if (!strcmp(t, "Celsius")) return (ml0_iface){&t_Celsius, BOXV(double, flt(v))};
    if (!strcmp(t, "MyErr")) return (ml0_iface){&t_MyErr, BOXV(int64_t, n)};
    if (!strcmp(t, "PS")) return (ml0_iface){&t_PS, BOXV(int64_t, n)};
    if (!strcmp(t, "*PS")) return (ml0_iface){&t_pPS, BOXV(int64_t, n)};
    if (!strcmp(t, "*PS(nil)")) return (ml0_iface){&t_pPS, NULL};
    if (!strcmp(t, "W")) {
        double *l = malloc(16);
        l[0] = 4;
        l[1] = 5;
        W w = {1.5, 2.25, {3, S("x")}, {l, 2, 2}};
        return (ml0_iface){&t_W, box(&w, sizeof w)};
    }
    if (!strcmp(t, "Box")) {
        ml0_iface in = *v ? arg(v) : (ml0_iface){NULL, NULL};
        return (ml0_iface){&t_Box, box(&in, sizeof in)};
    }
    if (!strcmp(t, "Node")) {
        int64_t nd[2] = {n, 0};
        return (ml0_iface){&t_Node, box(nd, sizeof nd)};
    }
    if (!strcmp(t, "Outer")) {
        Outer o = {1, 2, S("o"), 0.1f, 1, {-1, 2}};
        return (ml0_iface){&t_Outer, box(&o, sizeof o)};
    }
    if (!strcmp(t, "[]P")) {
        int64_t ps[4] = {1, 2, 3, 4};
        return (ml0_iface){&t_Ps, BOXV(ml0_slice, ((ml0_slice){box(ps, sizeof ps), 2, 2}))};
    }
    if (!strcmp(t, "[]*P(nil)")) {
        void **ps = calloc(1, 8);
        return (ml0_iface){&t_pPs, BOXV(ml0_slice, ((ml0_slice){ps, 1, 1}))};
    }
    if (!strcmp(t, "[][]int")) {
        ml0_slice *ss = calloc(3, sizeof *ss);
        ss[0] = split_ints("1");
        ss[1] = split_ints("2,3");
        return (ml0_iface){&t_intss, BOXV(ml0_slice, ((ml0_slice){ss, 3, 3}))};
    }
    if (!strcmp(t, "[]MyErr")) {
        int64_t es[2] = {1, 2};
        return (ml0_iface){&t_MyErrs, BOXV(ml0_slice, ((ml0_slice){box(es, sizeof es), 2, 2}))};
    }
    if (!strcmp(t, "[]error")) {
        ml0_iface *es = calloc(2, sizeof *es);
        es[0] = arg("MyErr:7");
        return (ml0_iface){&t_errors, BOXV(ml0_slice, ((ml0_slice){es, 2, 2}))};
    }
    fprintf(stderr, "lib_test: unknown type %s\n", t);
    exit(2);
}

static ml0_iface arg(const char *spec) {
    char *t = strdup(spec);
    char *colon = strchr(t, ':');
    const char *v = "";
    if (colon) {
        *colon = 0;
        v = colon + 1;
    }
    return make_arg(t, v);
}

/* ---- library calls, results printed as golden.go prints them --------- */

static ml0_string fmt1(const char *format, ml0_iface a) { return sprintf_str(format, &a, 1); }
static ml0_iface I(int64_t v) { return (ml0_iface){&t_int, BOXV(int64_t, v)}; }
static ml0_iface B(int32_t v) { return (ml0_iface){&t_bool, BOXV(uint8_t, (uint8_t)(v != 0))}; }
static ml0_iface F(double v) { return (ml0_iface){&t_float64, BOXV(double, v)}; }
static ml0_iface Str(ml0_string s) { return (ml0_iface){&t_string, BOXV(ml0_string, s)}; }
static ml0_iface Strs(ml0_slice s) { return (ml0_iface){&t_strings, BOXV(ml0_slice, s)}; }
/* What fmt.Fprint*(os.Stdout or os.Stderr, ...) does: format, then one
 * (*os.File).Write of the bytes (codegen/iface.c). */
static void write_file(int fd, ml0_string s) {
    ml0_slice b = {(void *)s.ptr, s.len, s.len};
    ml0_os_File_Write(fd == 2 ? ml0_os_Stderr() : ml0_os_Stdout(), &b);
}

static ml0_string with_err(const char *format, ml0_iface v, ml0_string err) {
    ml0_iface a[2] = {v, Str(err)};
    return sprintf_str(format, a, 2);
}

typedef struct KV { int64_t k; ml0_string v; } KV;
static KV *kv_base;
static bool kv_less(void *env, int64_t i, int64_t j) {
    (void)env;
    return kv_base[i].k < kv_base[j].k;
}
static void kv_swap(void *env, int64_t i, int64_t j) {
    (void)env;
    KV t = kv_base[i];
    kv_base[i] = kv_base[j];
    kv_base[j] = t;
}

static int64_t search_x;
static bool search_f(void *env, int64_t i) {
    (void)env;
    return i * i >= search_x;
}

/* The closures of the ...Func cases, named as golden.go names them. */
static bool pred_notletter(void *env, int32_t r) { (void)env; return !ml0_unicode_IsLetter(r); }
static bool pred_space(void *env, int32_t r) { (void)env; return ml0_unicode_IsSpace(r); }
static bool pred_digit(void *env, int32_t r) { (void)env; return ml0_unicode_IsDigit(r); }
static int32_t map_updrop(void *env, int32_t r) {   /* digits dropped, the rest upper-cased */
    (void)env;
    return ml0_unicode_IsDigit(r) ? -1 : r == 'z' ? 0x110000 : ml0_unicode_ToUpper(r);
}
static void *pred(const char *name) {
    return !strcmp(name, "notletter") ? (void *)pred_notletter : !strcmp(name, "space") ? (void *)pred_space
                                                                                         : (void *)pred_digit;
}

#include "calls.inc"

/* ---- output order ----------------------------------------------------------
 * builtin print/println and fmt share one stdout buffer; a write to fd 2
 * flushes it first. With both descriptors on one file the lines must come
 * out in program order. */
static void test_interleave(void) {
    char path[] = "/tmp/ml0_lib_interleave_XXXXXX";
    int fd = mkstemp(path), saved1 = dup(1), saved2 = dup(2);
    fflush(stdout);
    dup2(fd, 1);
    dup2(fd, 2);
    ml0_print_string((const uint8_t *)"1", 1);
    ml0_print_newline();
    ml0_iface a = Str(S("2"));
    ml0_fmt_Println(&a, 1);
    a = Str(S("3"));
    ml0_string s;
    ml0_fmt_Sprintln(&s, &a, 1);
    write_file(2, s);
    ml0_print_int(4);
    ml0_print_newline();
    a = Str(S("5\n"));
    ml0_fmt_Print(&a, 1);
    a = I(6);
    ml0_fmt_Sprintf(&s, (const uint8_t *)"%d\n", 3, &a, 1);
    write_file(1, s);
    ml0_fmt_flush();
    dup2(saved1, 1);
    dup2(saved2, 2);
    close(saved1);
    close(saved2);
    char got[64] = {0};
    ssize_t n = pread(fd, got, sizeof got - 1, 0);
    close(fd);
    unlink(path);
    if (n == 12 && memcmp(got, "1\n2\n3\n4\n5\n6\n", 12) == 0) {
        passed++;
    } else {
        failed++;
        fprintf(stderr, "interleaving: got %s\n", got);
    }
}

/* ---- the driver ---------------------------------------------------------- */

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (fread(b, 1, (size_t)n, f) != (size_t)n)
        exit(2);
    b[n] = 0;
    fclose(f);
    return b;
}

static char *next_line(char **p) {
    if (!**p)
        return NULL;
    char *l = *p, *e = strchr(l, '\n');
    if (e) {
        *e = 0;
        *p = e + 1;
    } else {
        *p += strlen(l);
    }
    return l;
}

/* Every function of ml0lib.def is defined (else this does not link). */
#define ML0LIB_FN(kind, name, attr, r, p, ar, ap) (void (*)(void))name,
static void (*const every_function[])(void) = {
#include "ml0lib.def"
};
#undef ML0LIB_FN

/* os.Args is what ml0_init was given, fresh each call */
static void test_args(int argc, char **argv) {
    ml0_slice a, b;
    ml0_os_Args(&a);
    ml0_os_Args(&b);
    const ml0_string *s = a.ptr;
    if (a.len == argc && s[0].len == (int64_t)strlen(argv[0]) && memcmp(s[0].ptr, argv[0], (size_t)s[0].len) == 0 &&
        a.ptr != b.ptr && s[0].ptr != ((const ml0_string *)b.ptr)[0].ptr)
        passed++;
    else {
        failed++;
        fprintf(stderr, "os.Args: %lld elements\n", (long long)a.len);
    }
}

static ml0_string run_case(char **fs, int nf) {
    ml0_iface args[16];
    int na = 0;
    ml0_string out = {NULL, 0};
    if (!strcmp(fs[0], "f") || !strcmp(fs[0], "e")) {
        for (int i = 2; i < nf; i++)
            args[na++] = arg(fs[i]);
        int64_t flen;
        char *format = unescape(fs[1], &flen);
        (fs[0][0] == 'f' ? ml0_fmt_Sprintf : ml0_fmt_errorf_msg)(&out, (const uint8_t *)format, flen, args, na);
    } else if (!strcmp(fs[0], "p") || !strcmp(fs[0], "l")) {
        for (int i = 1; i < nf; i++)
            args[na++] = arg(fs[i]);
        (fs[0][0] == 'p' ? ml0_fmt_Sprint : ml0_fmt_Sprintln)(&out, args, na);
    } else {
        ml0_string a[8] = {{0}};
        char *cs[8] = {0};
        for (int i = 2; i < nf && i < 10; i++) {
            int64_t len;
            cs[i - 2] = unescape(fs[i], &len);
            a[i - 2] = (ml0_string){(const uint8_t *)cs[i - 2], len};
        }
        out = call(fs[1], a, cs, nf - 2);
    }
    return out;
}

int main(int argc, char **argv) {
    ml0_init(argc, argv);
    ml0_lib_set_string_array_kind(ML0_KIND_ARRAY | 1);    /* drop_stub's glue ignores it */
    const char *cases_path = argc > 2 ? argv[1] : LIB_TEST_DIR "/lib/cases.txt";
    const char *golden_path = argc > 2 ? argv[2] : LIB_TEST_DIR "/lib/golden.txt";
    test_interleave();
    test_args(argc, argv);
    passed += every_function[0] != NULL;
    char *cases = read_file(cases_path), *golden = read_file(golden_path);
    char *cp = cases, *gp = golden, *line;
    int lineno = 0;
    while ((line = next_line(&cp))) {
        lineno++;
        if (!*line || line[0] == '#')
            continue;
        char *want = next_line(&gp);
        if (!want) {
            fprintf(stderr, "golden file too short at case line %d\n", lineno);
            failed++;
            break;
        }
        char *fs[20];
        int nf = 0;
        char *copy = strdup(line);
        for (char *p = copy; nf < 20;) {
            fs[nf++] = p;
            char *tab = strchr(p, '\t');
            if (!tab)
                break;
            *tab = 0;
            p = tab + 1;
        }
        ml0_string out = run_case(fs, nf), got;
        ml0_strconv_Quote(&got, out.ptr, out.len);
        if ((size_t)got.len == strlen(want) && memcmp(got.ptr, want, (size_t)got.len) == 0) {
            passed++;
        } else {
            failed++;
            fprintf(stderr, "cases.txt:%d: %s\n   go: %s\n  got: %.*s\n", lineno, line, want, (int)got.len,
                    (const char *)got.ptr);
        }
    }
    printf("%d passed, %d failed\n", passed, failed);
    ml0_exit();
    return failed != 0;
}
