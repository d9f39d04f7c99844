/*
 * errors.c: Go's `errors` package and fmt.Errorf's error values
 * (docs/packages.md "errors").
 *
 * An error is an interface value { itab, data } (ml0type.h). The two
 * dynamic types made here are pointers to runtime structs, as in Go:
 *
 *   *errors.errorString { s string }           errors.New(s)
 *   *fmt.wrapError      { msg string; err error }  fmt.Errorf with %w
 *
 * Each has a descriptor listing its methods (Error, and Unwrap for
 * wrapError) so assertions and conversions to other interfaces find them
 * (core/iface.c), fmt's Error() hook, and a static itab for `error`.
 * errors.Is follows Unwrap() (wrapError's, or any Unwrap() error method
 * in the dynamic type's method table) comparing with == (Go's errors.Is
 * without custom Is methods); errors.Unwrap calls it. errors.As follows
 * the same chain to the first error whose dynamic type is *target's type
 * (identical descriptors) or implements it (an interface: an itab exists)
 * and stores it through target (Go's errors.As without custom As
 * methods).
 */
#include "lib.h"
#include "../core/rt.h"
#include "../ml0type.h"

#include <stddef.h>
#include <string.h>

typedef struct ErrorString { ml0_string s; } ErrorString;
typedef struct WrapError { ml0_string msg; ml0_iface err; } WrapError;

/* Under --runtime=drop both are counted objects whose glue is the
 * runtime's (ML0_KIND_RT, ml0rt.h): the words holding references. */
#define ES_KIND (ML0_KIND_RT | 1 << 0)              /* s.ptr */
#define WE_KIND (ML0_KIND_RT | 1 << 0 | 1 << 3)     /* msg.ptr, err.data */

/* Method functions: the data word first, as itab entries are called. The
 * receiver is lent; what they return is a new reference (the caller's to
 * release under --runtime=drop; ml0_rc_inc does nothing under gc). */
static ml0_string errorstring_error(void *recv) {
    ml0_string s = ((ErrorString *)recv)->s;
    ml0_rc_inc(s.ptr);
    return s;
}
static ml0_string wraperror_error(void *recv) {
    ml0_string s = ((WrapError *)recv)->msg;
    ml0_rc_inc(s.ptr);
    return s;
}
static ml0_iface wraperror_unwrap(void *recv) {
    ml0_iface e = ((WrapError *)recv)->err;
    ml0_rc_inc(e.data);
    return e;
}
static void errorstring_hook(void *recv, ml0_string *out) { *out = errorstring_error(recv); }
static void wraperror_hook(void *recv, ml0_string *out) { *out = wraperror_error(recv); }

static const ml0_method error_methods[] = {{"Error", "func() string", NULL}};
static const ml0_type error_type = {ML0_K_INTERFACE, ML0_TF_NAMED | ML0_TF_COMPARABLE, 16, "error",
                                    NULL, NULL, 0, 0, NULL, NULL, NULL, 1, error_methods, NULL, NULL};

/* The structs' fields, for fmt's %#v (`&errors.errorString{s:"e"}`, as Go) */
static const ml0_type string_type = {.kind = ML0_K_STRING, .flags = ML0_TF_COMPARABLE, .size = 16,
                                     .name = "string"};
static const ml0_field es_fields[] = {{"s", &string_type, offsetof(ErrorString, s), 0, 0}};
static const ml0_field we_fields[] = {{"msg", &string_type, offsetof(WrapError, msg), 0, 0},
                                      {"err", &error_type, offsetof(WrapError, err), 0, 0}};
static const ml0_field ne_fields[] = {{"Func", &string_type, offsetof(ml0_strconv_NumError, Func), 0, 0},
                                      {"Num", &string_type, offsetof(ml0_strconv_NumError, Num), 0, 0},
                                      {"Err", &error_type, offsetof(ml0_strconv_NumError, Err), 0, 0}};

static const ml0_method es_methods[] = {{"Error", "func() string", (void *)errorstring_error}};
static const ml0_type es_type = {ML0_K_STRUCT, ML0_TF_NAMED | ML0_TF_COMPARABLE, sizeof(ErrorString),
                                 "errors.errorString", NULL, NULL, 0, 1, es_fields, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type es_ptr = {ML0_K_POINTER, ML0_TF_DIRECT | ML0_TF_COMPARABLE, 8, "*errors.errorString",
                                &es_type, NULL, 0, 0, NULL, NULL, errorstring_hook, 1, es_methods, NULL, NULL};

static const ml0_method we_methods[] = {{"Error", "func() string", (void *)wraperror_error},
                                        {"Unwrap", "func() error", (void *)wraperror_unwrap}};
static const ml0_type we_type = {ML0_K_STRUCT, ML0_TF_NAMED | ML0_TF_COMPARABLE, sizeof(WrapError),
                                 "fmt.wrapError", NULL, NULL, 0, 2, we_fields, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type we_ptr = {ML0_K_POINTER, ML0_TF_DIRECT | ML0_TF_COMPARABLE, 8, "*fmt.wrapError",
                                &we_type, NULL, 0, 0, NULL, NULL, wraperror_hook, 2, we_methods, NULL, NULL};

/* strconv's errors: Go's *strconv.NumError { Func, Num string; Err
 * error }, its Error() "strconv." + Func + ": parsing " + Quote(Num) +
 * ": " + Err.Error(), its Unwrap() Err. Its descriptor is exported: it is
 * the one codegen names for *strconv.NumError (ml0lib.h). */
#define NE_KIND (ML0_KIND_RT | 1 << 0 | 1 << 2 | 1 << 5)   /* Func.ptr, Num.ptr, Err.data */

static ml0_string numerror_error(void *recv) {
    ml0_string s;
    ml0_strconv_NumError_Error(&s, recv);
    return s;
}
static ml0_iface numerror_unwrap(void *recv) {
    ml0_iface e;
    ml0_strconv_NumError_Unwrap(&e, recv);
    return e;
}
static void numerror_hook(void *recv, ml0_string *out) { *out = numerror_error(recv); }

static const ml0_method ne_methods[] = {{"Error", "func() string", (void *)numerror_error},
                                        {"Unwrap", "func() error", (void *)numerror_unwrap}};
static const ml0_type ne_type = {ML0_K_STRUCT, ML0_TF_NAMED, sizeof(ml0_strconv_NumError),
                                 "strconv.NumError", NULL, NULL, 0, 3, ne_fields, NULL, NULL, 0, NULL, NULL, NULL};
const ml0_type ml0_strconv_NumError_ptr_type = {ML0_K_POINTER, ML0_TF_DIRECT | ML0_TF_COMPARABLE, 8,
                                                "*strconv.NumError", &ne_type, NULL, 0, 0, NULL, NULL,
                                                numerror_hook, 2, ne_methods, NULL, NULL};
#define ne_ptr ml0_strconv_NumError_ptr_type

/* os's errors for a closed *os.File: Go's *fs.PathError, shown as its
 * Error() text ("write /dev/stdout: file already closed"). */
static const ml0_type pe_type = {ML0_K_STRUCT, ML0_TF_NAMED | ML0_TF_COMPARABLE, sizeof(ErrorString),
                                 "fs.PathError", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type pe_ptr = {ML0_K_POINTER, ML0_TF_DIRECT | ML0_TF_COMPARABLE, 8, "*fs.PathError",
                                &pe_type, NULL, 0, 0, NULL, NULL, errorstring_hook, 1, es_methods, NULL, NULL};

typedef struct Itab1 { const ml0_type *type, *inter; void *fun[1]; } Itab1;
static const Itab1 es_itab = {&es_ptr, &error_type, {(void *)errorstring_error}};
static const Itab1 ne_itab = {&ne_ptr, &error_type, {(void *)numerror_error}};
static const Itab1 pe_itab = {&pe_ptr, &error_type, {(void *)errorstring_error}};
static const Itab1 we_itab = {&we_ptr, &error_type, {(void *)wraperror_error}};

/* A new error of one of the string-holding types (itab: es_itab or
 * pe_itab) into *out; the caller fills its text. */
static ErrorString *new_error(ml0_iface *out, const Itab1 *itab) {
    ErrorString *e = ml0_alloc_kind(sizeof *e, ES_KIND);
    out->type = (const ml0_type *)(const void *)itab;
    out->data = e;
    return e;
}

void ml0_errors_New(ml0_iface *out, const uint8_t *text, int64_t tlen) {
    lib_string(&new_error(out, &es_itab)->s, text, tlen);
}

/* The package-level errors made once (os.ErrInvalid, io.EOF,
 * strconv.ErrSyntax, ...): each is one static *errors.errorString,
 * outside both heaps and never counted, so == and errors.Is find it.
 * STATIC_TEXT spells its text; static_error makes its interface value. */
#define STATIC_TEXT(s) {{(const uint8_t *)(s), (int64_t)sizeof(s) - 1}}

static void static_error(ml0_iface *out, const ErrorString *e) {
    out->type = (const ml0_type *)(const void *)&es_itab;
    out->data = (void *)e;
}

/* os.ErrInvalid and bufio.ErrTooLong. */
static const ErrorString err_invalid = STATIC_TEXT("invalid argument");
static const ErrorString err_too_long = STATIC_TEXT("bufio.Scanner: token too long");

void ml0_os_ErrInvalid(ml0_iface *out) { static_error(out, &err_invalid); }
void ml0_bufio_ErrTooLong(ml0_iface *out) { static_error(out, &err_too_long); }

void lib_closed_error(ml0_iface *out, const char *op, const char *path) {
    LibBuf b = {0};
    lib_puts(&b, op);
    lib_putc(&b, ' ');
    lib_puts(&b, path);
    lib_puts(&b, ": file already closed");
    lib_string(&new_error(out, &pe_itab)->s, b.p, (int64_t)b.len);
    lib_buf_free(&b);
}

/* io.EOF and io.ErrUnexpectedEOF (fmt's scans return them). */
static const ErrorString err_eof = STATIC_TEXT("EOF");
static const ErrorString err_unexpected_eof = STATIC_TEXT("unexpected EOF");

void ml0_io_EOF(ml0_iface *out) { static_error(out, &err_eof); }
void ml0_io_ErrUnexpectedEOF(ml0_iface *out) { static_error(out, &err_unexpected_eof); }

/* strconv.ErrSyntax and ErrRange. */
static const ErrorString err_syntax = STATIC_TEXT("invalid syntax");
static const ErrorString err_range = STATIC_TEXT("value out of range");

void ml0_strconv_ErrSyntax(ml0_iface *out) { static_error(out, &err_syntax); }
void ml0_strconv_ErrRange(ml0_iface *out) { static_error(out, &err_range); }

void ml0_strconv_NumError_Error(ml0_string *out, const ml0_strconv_NumError *e) {
    if (!e)
        ml0_panic_nil();
    LibBuf b = {0};
    lib_puts(&b, "strconv.");
    lib_put(&b, e->Func.ptr, (size_t)e->Func.len);
    lib_puts(&b, ": parsing ");
    lib_quote(&b, e->Num.ptr, e->Num.len, '"', false);
    lib_puts(&b, ": ");
    if (e->Err.type) {  /* Err.Error(): its dynamic type's hook */
        const ml0_type *t = ((const Itab1 *)(const void *)e->Err.type)->type;
        ml0_string m = {NULL, 0};
        if (t->error_method)
            t->error_method(e->Err.data, &m);
        lib_put(&b, m.ptr, (size_t)m.len);
        ml0_rc_dec(m.ptr);
    } else {
        ml0_panic_nil();  /* Go: e.Err.Error() on a nil Err */
    }
    lib_string(out, b.p, (int64_t)b.len);
    lib_buf_free(&b);
}

void ml0_strconv_NumError_Unwrap(ml0_iface *out, const ml0_strconv_NumError *e) {
    if (!e)
        ml0_panic_nil();
    *out = e->Err;
    ml0_rc_inc(out->data);
}

/* Go's quoted string at s[*i] (strconv.Quote's output) into b; *i moves
 * past the closing quote. */
static void unquote(LibBuf *b, const uint8_t *s, int64_t n, int64_t *i) {
    int64_t k = *i + 1;
    while (k < n && s[k] != '"') {
        if (s[k] != '\\' || k + 1 >= n) {
            lib_putc(b, s[k++]);
            continue;
        }
        uint8_t c = s[k + 1];
        static const char from[] = "abfnrtv\\\"", to[] = "\a\b\f\n\r\t\v\\\"";
        const char *simple = c ? strchr(from, c) : NULL;
        if (simple) {
            lib_putc(b, (uint8_t)to[simple - from]);
            k += 2;
            continue;
        }
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        uint32_t v = 0;
        for (int d = 0; d < digits && k + 2 + d < n; d++) {
            uint8_t h = s[k + 2 + d];
            v = v * 16 + (uint32_t)(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
        }
        if (c == 'x')
            lib_putc(b, (uint8_t)v);
        else if (digits)
            lib_put_rune(b, (int32_t)v);
        else
            lib_putc(b, c);
        k += 2 + digits;
    }
    *i = k + 1;
}

static bool has_prefix(const uint8_t *s, int64_t n, const char *p) {
    size_t m = strlen(p);
    return (size_t)n >= m && memcmp(s, p, m) == 0;
}

/* Is s[0..n) the text of static error e? */
static bool is_text(const uint8_t *s, int64_t n, const ErrorString *e) {
    return n == e->s.len && memcmp(s, e->s.ptr, (size_t)n) == 0;
}

/* The parse functions report an error as its message (strconv.c), Go's
 * text "strconv.Atoi: parsing \"x\": invalid syntax"; the *NumError is
 * read back from it: Func, the unquoted Num, and Err (ErrSyntax,
 * ErrRange, or an error of the rest: "invalid base 1"). The message is
 * taken over (released). */
void ml0_lib_num_error(ml0_iface *out, const ml0_string *msg) {
    if (!msg->len) {
        out->type = NULL;
        out->data = NULL;
        return;
    }
    const uint8_t *s = msg->ptr;
    int64_t n = msg->len, i = 8;    /* past "strconv." */
    while (i < n && !has_prefix(s + i, n - i, ": parsing \""))
        i++;
    ml0_strconv_NumError *e = ml0_alloc_kind(sizeof *e, NE_KIND);
    lib_string(&e->Func, s + 8, i - 8 > 0 ? i - 8 : 0);
    i += 10;
    LibBuf num = {0};
    if (i < n)
        unquote(&num, s, n, &i);
    lib_string(&e->Num, num.p, (int64_t)num.len);
    lib_buf_free(&num);
    i += 2;     /* ": " */
    const uint8_t *why = s + (i < n ? i : n);
    int64_t wlen = i < n ? n - i : 0;
    if (is_text(why, wlen, &err_syntax))
        static_error(&e->Err, &err_syntax);
    else if (is_text(why, wlen, &err_range))
        static_error(&e->Err, &err_range);
    else
        ml0_errors_New(&e->Err, why, wlen);
    ml0_rc_dec(msg->ptr);
    out->type = (const ml0_type *)(const void *)&ne_itab;
    out->data = e;
}

/* The argument %w names (the n-th verb), or NULL. */
static const ml0_iface *wrapped(const uint8_t *f, int64_t flen, const ml0_iface *args, int64_t nargs) {
    int64_t arg = 0;
    for (int64_t i = 0; i < flen; i++) {
        if (f[i] != '%')
            continue;
        i++;
        while (i < flen && strchr("+-# 0123456789.*", f[i]))
            i++;
        if (i >= flen || f[i] == '%')
            continue;
        if (f[i] == 'w')
            return arg < nargs && args[arg].type && args[arg].type->error_method ? &args[arg] : NULL;
        arg++;
    }
    return NULL;
}

void ml0_fmt_Errorf(ml0_iface *out, const uint8_t *format, int64_t flen, const ml0_iface *args, int64_t nargs) {
    ml0_string msg;
    ml0_fmt_errorf_msg(&msg, format, flen, args, nargs);
    const ml0_iface *w = wrapped(format, flen, args, nargs);
    if (!w) {
        new_error(out, &es_itab)->s = msg;
        return;
    }
    WrapError *e = ml0_alloc_kind(sizeof *e, WE_KIND);
    e->msg = msg;
    e->err.type = (const ml0_type *)ml0_iface_itab(&error_type, w->type);
    e->err.data = w->data;
    ml0_rc_inc(w->data);    /* the argument is lent; the wrapper keeps it */
    out->type = (const ml0_type *)(const void *)&we_itab;
    out->data = e;
}

/* An error's dynamic type (its itab's first word). */
static const ml0_type *dyn(const ml0_iface *err) {
    return err->type ? ((const ml0_itab *)(const void *)err->type)->type : NULL;
}

typedef ml0_iface (*unwrap_method)(void *data);

/* err.Unwrap() when err's dynamic type has `Unwrap() error` in its method
 * set (fmt's wrapError, or a program's own error type), into *out: a new
 * reference under --runtime=drop, as every method's result. */
static bool unwrap(const ml0_iface *err, ml0_iface *out) {
    const ml0_type *t = dyn(err);
    for (int64_t i = 0; t && i < t->nmethods; i++) {
        const ml0_method *m = &t->methods[i];
        if (m->fn && !strcmp(m->name, "Unwrap") && !strcmp(m->sig, "func() error")) {
            *out = ((unwrap_method)m->fn)(err->data);
            return true;
        }
    }
    return false;
}

void ml0_errors_Unwrap(ml0_iface *out, const ml0_iface *err) {
    out->type = NULL;
    out->data = NULL;
    unwrap(err, out);
}

int32_t ml0_errors_Is(const ml0_iface *err, const ml0_iface *target) {
    ml0_iface e = *err;     /* lent; each unwrapped error is ours to release */
    for (bool owned = false;; owned = true) {
        if (ml0_iface_eq(dyn(&e), e.data, dyn(target), target->data)) {
            if (owned)
                ml0_rc_dec(e.data);
            return 1;
        }
        ml0_iface next = {NULL, NULL};
        bool ok = unwrap(&e, &next);
        if (owned)
            ml0_rc_dec(e.data);
        if (!ok || !next.type) {
            ml0_rc_dec(next.data);
            return 0;
        }
        e = next;
    }
}

/* Store e (lent when !owned) into *slot, of type want: an interface value
 * (its itab, or the type itself for an empty interface), a pointer-shaped
 * value's data word, or a copy of the boxed value. What *slot held is
 * released under --runtime=drop. */
static void as_store(void *slot, const ml0_type *want, const ml0_type *t, ml0_iface e, bool owned) {
    if (want->kind == ML0_K_INTERFACE) {
        ml0_iface *to = slot;
        void *old = to->data;
        to->type = want->nmethods ? (const ml0_type *)ml0_iface_itab(want, t) : t;
        to->data = e.data;
        if (!owned)
            ml0_rc_inc(e.data);
        ml0_rc_dec(old);
    } else if (want->flags & ML0_TF_DIRECT) {
        void *old = *(void **)slot;
        *(void **)slot = e.data;
        if (!owned)
            ml0_rc_inc(e.data);
        ml0_rc_dec(old);
    } else {
        /* A copy of the boxed value: under --runtime=drop one more
         * reference to each object it holds, and what the target held is
         * released (its drop method run) before it is overwritten, as for
         * `*target = v` in compiled code. The new value is counted first,
         * so a target already sharing it stays alive. */
        if (want->retain)
            want->retain(e.data);
        if (want->release)
            want->release(slot);
        memcpy(slot, e.data, (size_t)want->size);
        if (owned)
            ml0_rc_dec(e.data);
    }
}

int32_t ml0_errors_As(const ml0_iface *err, const ml0_iface *target) {
    const ml0_type *pt = target->type;
    if (!pt)
        ml0_panic_plain("errors: target cannot be nil");
    if (pt->kind != ML0_K_POINTER || !target->data)
        ml0_panic_plain("errors: target must be a non-nil pointer");
    const ml0_type *want = pt->elem;
    ml0_iface e = *err;     /* lent; each unwrapped error is ours to release */
    for (bool owned = false; e.type; owned = true) {
        const ml0_type *t = dyn(&e);
        if (t == want || (want->kind == ML0_K_INTERFACE && (!want->nmethods || ml0_iface_itab(want, t)))) {
            as_store(target->data, want, t, e, owned);
            return 1;
        }
        ml0_iface next = {NULL, NULL};
        bool ok = unwrap(&e, &next);
        if (owned)
            ml0_rc_dec(e.data);
        if (!ok) {
            ml0_rc_dec(next.data);
            return 0;
        }
        e = next;
    }
    return 0;
}
