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

static const ml0_method es_methods[] = {{"Error", "func() string", (void *)errorstring_error}};
static const ml0_type es_type = {ML0_K_STRUCT, ML0_TF_NAMED | ML0_TF_COMPARABLE, sizeof(ErrorString),
                                 "errors.errorString", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type es_ptr = {ML0_K_POINTER, ML0_TF_DIRECT | ML0_TF_COMPARABLE, 8, "*errors.errorString",
                                &es_type, NULL, 0, 0, NULL, NULL, errorstring_hook, 1, es_methods, NULL, NULL};

static const ml0_method we_methods[] = {{"Error", "func() string", (void *)wraperror_error},
                                        {"Unwrap", "func() error", (void *)wraperror_unwrap}};
static const ml0_type we_type = {ML0_K_STRUCT, ML0_TF_NAMED | ML0_TF_COMPARABLE, sizeof(WrapError),
                                 "fmt.wrapError", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type we_ptr = {ML0_K_POINTER, ML0_TF_DIRECT | ML0_TF_COMPARABLE, 8, "*fmt.wrapError",
                                &we_type, NULL, 0, 0, NULL, NULL, wraperror_hook, 2, we_methods, NULL, NULL};

/* strconv's errors: Go's *strconv.NumError prints as its Error() text,
 * which is all a program sees of it here (%T names the type). */
static const ml0_type ne_type = {ML0_K_STRUCT, ML0_TF_NAMED | ML0_TF_COMPARABLE, sizeof(ErrorString),
                                 "strconv.NumError", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type ne_ptr = {ML0_K_POINTER, ML0_TF_DIRECT | ML0_TF_COMPARABLE, 8, "*strconv.NumError",
                                &ne_type, NULL, 0, 0, NULL, NULL, errorstring_hook, 1, es_methods, NULL, NULL};

/* os's errors for a closed *os.File: Go's *fs.PathError, shown as its
 * Error() text ("write /dev/stdout: file already closed"). */
static const ml0_type pe_type = {ML0_K_STRUCT, ML0_TF_NAMED | ML0_TF_COMPARABLE, sizeof(ErrorString),
                                 "fs.PathError", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type pe_ptr = {ML0_K_POINTER, ML0_TF_DIRECT | ML0_TF_COMPARABLE, 8, "*fs.PathError",
                                &pe_type, NULL, 0, 0, NULL, NULL, errorstring_hook, 1, es_methods, NULL, NULL};

typedef struct Itab1 { const ml0_type *type, *inter; void *fun[1]; } Itab1;
static const Itab1 es_itab = {&es_ptr, &error_type, {(void *)errorstring_error}};
static const Itab1 ne_itab = {&ne_ptr, &error_type, {(void *)errorstring_error}};
static const Itab1 pe_itab = {&pe_ptr, &error_type, {(void *)errorstring_error}};
static const Itab1 we_itab = {&we_ptr, &error_type, {(void *)wraperror_error}};

void ml0_errors_New(ml0_iface *out, const uint8_t *text, int64_t tlen) {
    ErrorString *e = ml0_alloc_kind(sizeof *e, ES_KIND);
    lib_string(&e->s, text, tlen);
    out->type = (const ml0_type *)(const void *)&es_itab;
    out->data = e;
}

/* os.ErrInvalid: one static value (outside both heaps, never counted),
 * so == finds it. */
static const ErrorString err_invalid = {{(const uint8_t *)"invalid argument", 16}};

void ml0_os_ErrInvalid(ml0_iface *out) {
    out->type = (const ml0_type *)(const void *)&es_itab;
    out->data = (void *)&err_invalid;
}

/* bufio.ErrTooLong, static as os.ErrInvalid. */
static const ErrorString err_too_long = {{(const uint8_t *)"bufio.Scanner: token too long", 29}};

void ml0_bufio_ErrTooLong(ml0_iface *out) {
    out->type = (const ml0_type *)(const void *)&es_itab;
    out->data = (void *)&err_too_long;
}

void lib_closed_error(ml0_iface *out, const char *op, const char *path) {
    LibBuf b = {0};
    lib_puts(&b, op);
    lib_putc(&b, ' ');
    lib_puts(&b, path);
    lib_puts(&b, ": file already closed");
    ErrorString *e = ml0_alloc_kind(sizeof *e, ES_KIND);
    lib_string(&e->s, b.p, (int64_t)b.len);
    lib_buf_free(&b);
    out->type = (const ml0_type *)(const void *)&pe_itab;
    out->data = e;
}

void ml0_lib_num_error(ml0_iface *out, const ml0_string *msg) {
    if (!msg->len) {
        out->type = NULL;
        out->data = NULL;
        return;
    }
    ErrorString *e = ml0_alloc_kind(sizeof *e, ES_KIND);
    e->s = *msg;
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
        ErrorString *e = ml0_alloc_kind(sizeof *e, ES_KIND);
        e->s = msg;
        out->type = (const ml0_type *)(const void *)&es_itab;
        out->data = e;
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
