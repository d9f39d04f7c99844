/*
 * check_call.c: calls, conversions, builtins and func literals.
 * Each call is classified for the MIR builder (CallKind in ast.h): a
 * direct call of a package function, a method call (with auto-& of an
 * addressable receiver), a call of a function value, a builtin, or a
 * conversion T(x).
 */
#include "check.h"

#include <string.h>

static Type *fail(Expr *e) {
    e->type = NULL;
    return NULL;
}

/* The callee's type as its declaration spells its parameters (rune, not
 * int32, in "cannot use ... as rune value in argument to f"); ft itself
 * when that is not known. */
static Type *params_spelled(Checker *k, Expr *call, Type *ft) {
    Type *fs = chk_expr_spelled(k, call->u.call.fn);
    return fs && fs->kind == T_FUNC && fs->params.len == ft->params.len ? fs : ft;
}

/* f(a, b...) or f(a, x, y) against func(A, ...T): the extra arguments
 * are each assignable to T, or the one spread argument to []T. */
static bool check_variadic_args(Checker *k, Expr *e, Type *ft, const char *fname, bool first_done) {
    ExprList *args = &e->u.call.args;
    int fixed = ft->params.len - 1;
    Type *slice = ft->params.data[fixed];
    bool spread = e->u.call.spread, ok = true;
    for (int i = first_done; i < args->len; i++) {
        Type *pt = i < fixed ? ft->params.data[i] : spread ? slice : slice->elem;
        if (!chk_expr(k, args->data[i], pt))
            ok = false;
    }
    if (!ok)
        return false;
    if (args->len < fixed || (spread && args->len != fixed + 1)) {
        bool few = args->len < fixed + spread;
        Span at = !few ? args->data[fixed + 1]->span : args->len ? args->data[args->len - 1]->span : e->span;
        diag_error(k->c, at, "%s arguments in call to %s%s", few ? "not enough" : "too many", fname,
                   chk_args_have_want(k, args, ft));
        return false;
    }
    const char *ctx = arena_printf(&k->c->arena, "argument to %s", fname);
    Type *fs = params_spelled(k, e, ft), *ss = fs->params.data[fixed];
    for (int i = 0; i < args->len; i++)
        ok &= chk_assignable_as(k, args->data[i], i < fixed ? ft->params.data[i] : spread ? slice : slice->elem,
                                i < fixed ? fs->params.data[i] : spread ? ss : ss->elem, ctx);
    return ok;
}

/* The hint the first argument is checked with. */
static Type *first_param(Type *ft, bool spread) {
    if (!ft->params.len)
        return NULL;
    Type *p0 = ft->params.data[0];
    return ft->variadic && ft->params.len == 1 && !spread ? p0->elem : p0;
}

static bool check_args(Checker *k, Expr *e, Type *ft, const char *fname) {
    ExprList *args = &e->u.call.args;
    bool first_done = false;    /* f(g()): g() checked first, once */
    if (args->len == 1 && args->data[0]->kind == E_CALL) {
        Type *t = chk_expr(k, args->data[0], first_param(ft, e->u.call.spread));
        if (!t)
            return false;
        if (chk_is_tuple(t))
            return chk_tuple_args(k, e, ft, fname, t);
        first_done = true;
    }
    if (ft->variadic)
        return check_variadic_args(k, e, ft, fname, first_done);
    int want = ft->params.len;
    if (e->u.call.spread) {
        diag_error(k->c, e->span, "have (...) but function is not variadic: %s", fname);
        return false;
    }
    bool ok = true;
    for (int i = first_done; i < args->len; i++) {
        Type *pt = i < want ? ft->params.data[i] : NULL;
        if (!chk_expr(k, args->data[i], pt))
            ok = false;
    }
    if (!ok)
        return false;
    if (args->len != want) {
        /* go1.19: at the first extra argument, the last one, or the call */
        Span at = args->len > want ? args->data[want]->span : args->len ? args->data[args->len - 1]->span : e->span;
        diag_error(k->c, at, "%s arguments in call to %s%s",
                   args->len < want ? "not enough" : "too many", fname, chk_args_have_want(k, args, ft));
        return false;
    }
    const char *ctx = arena_printf(&k->c->arena, "argument to %s", fname);
    Type *fs = params_spelled(k, e, ft);
    for (int i = 0; i < want; i++)
        ok &= chk_assignable_as(k, args->data[i], ft->params.data[i], fs->params.data[i], ctx);
    return ok;
}

static Type *result_of(Checker *k, Type *ft) { return ft->result ? ft->result : k->s->t_void; }

/* ---- conversions -------------------------------------------------------- */

static Type *fold_rune_string(Checker *k, Expr *e, Expr *x);

/* The conversion's target as its source spells it (uint8(x) is "uint8",
 * byte(x) "byte"; go1.19 names it so in "cannot convert ... to type"). */
static const char *conv_target(Checker *k, Expr *e, Type *to) {
    Type *saved = e->type;
    e->type = to;
    Type *sp = chk_expr_spelled(k, e);
    e->type = saved;
    return type_name(k->c, sp ? sp : to);
}

static Type *chk_conversion(Checker *k, Expr *e, Type *to) {
    if (e->u.call.args.len != 1) {
        diag_error(k->c, e->span, "%s arguments in conversion to %s",
                   e->u.call.args.len ? "too many" : "missing", type_name(k->c, to));
        return fail(e);
    }
    Expr *x = e->u.call.args.data[0];
    Type *from = chk_expr(k, x, to);
    if (!from)
        return fail(e);
    e->u.call.kind = CALL_CONV;
    bool ok = from == to || type_convertible(from, to) ||
              (type_is_numeric(from) && type_is_numeric(to)) ||
              (to->kind == T_STRING && from->kind == T_SLICE &&
               (from->elem->kind == T_BYTE || from->elem->kind == T_INT32)) ||
              (to->kind == T_SLICE && (to->elem->kind == T_BYTE || to->elem->kind == T_INT32) &&
               from->kind == T_STRING) ||
              (to->kind == T_STRING && type_is_integer(from)) ||   /* string(r): its UTF-8 */
              type_slice_to_array_ptr(from, to) ||
              (from->kind == T_PTR && to->kind == T_PTR && !from->name && !to->name &&
               type_convertible(from->elem, to->elem) && type_convertible(to->elem, from->elem)) ||
              (to->kind == T_IFACE && from->kind != T_VOID && !chk_is_tuple(from) &&
               (is_untyped(from) || !type_missing_method(k->c, from, to))) ||
              (from->kind == T_UNTYPED_NIL && (to->kind == T_PTR || to->kind == T_SLICE ||
                                               to->kind == T_FUNC || to->kind == T_BOX ||
                                               to->kind == T_MAP));
    if (!ok) {
        if (to->kind == T_STRING && type_is_integer(from))
            diag_error(k->c, e->span, "conversion from %s to string is not supported yet",
                       type_name(k->c, from));
        else
            diag_error(k->c, x->span, "cannot convert %s to type %s", chk_describe(k, x), conv_target(k, e, to));
        return fail(e);
    }
    if (to->kind == T_STRING && type_is_integer(from) && x->is_const) {
        if (is_untyped(from))
            chk_set_untyped(k, x, k->s->t_rune);
        return fold_rune_string(k, e, x);
    }
    if (to->kind == T_IFACE) {     /* any(x): as an assignment */
        chk_assignable(k, x, to, "conversion");
        return e->type = to;
    }
    ConstVal v;
    if (x->is_const && type_is_numeric(from) && type_is_numeric(to) && const_value(k, x, &v) &&
        !const_fits(k, v, to)) {
        diag_error(k->c, x->span, "cannot convert %s to type %s", chk_describe(k, x),
                   conv_target(k, e, to));
        return fail(e);
    }
    if (is_untyped(from)) {
        if (type_is_integer(to) && const_value(k, x, &v) && !const_fits(k, v, to)) {
            diag_error(k->c, x->span, "cannot convert %s to type %s", chk_describe(k, x),
                       conv_target(k, e, to));
            return fail(e);
        }
        chk_set_untyped(k, x, to);
        e->is_const = x->is_const;
    }
    return e->type = to;
}

/* string(65), string(rune(0x4e16)): a constant string, as in Go (no
 * allocation, no -m line). The node becomes the string literal it is,
 * keeping x for go_print.c (Go prints the source: string(rune(65 + 2))). */
static Type *fold_rune_string(Checker *k, Expr *e, Expr *x) {
    ConstVal v;
    if (!const_value(k, x, &v) || v.kind != CV_INT)
        return e->type = k->s->t_string;
    int64_t r = v.i;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    char *b = arena_alloc(&k->c->arena, 4);
    int n = 0;
    if (r < 0x80) {
        b[n++] = (char)r;
    } else if (r < 0x800) {
        b[n++] = (char)(0xC0 | r >> 6);
        b[n++] = (char)(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        b[n++] = (char)(0xE0 | r >> 12);
        b[n++] = (char)(0x80 | (r >> 6 & 0x3F));
        b[n++] = (char)(0x80 | (r & 0x3F));
    } else {
        b[n++] = (char)(0xF0 | r >> 18);
        b[n++] = (char)(0x80 | (r >> 12 & 0x3F));
        b[n++] = (char)(0x80 | (r >> 6 & 0x3F));
        b[n++] = (char)(0x80 | (r & 0x3F));
    }
    e->kind = E_STRING;
    e->u.str = (Str){b, n};
    e->u.folded_conv = x;
    e->is_const = true;
    return e->type = k->s->t_string;
}

/* ---- builtins ---------------------------------------------------------- */

/* go1.19 (types2 builtin) evaluates a builtin's arguments before it
 * counts them, except make's and new's (a type comes first): the
 * arguments of a call with the wrong count are still used (`delete(m)`
 * says nothing of m being unused) and their own errors come first. */
void chk_builtin_args_used(Checker *k, Expr *e) {
    for (int i = 0; i < e->u.call.args.len; i++)
        chk_expr(k, e->u.call.args.data[i], NULL);
}

static bool argc(Checker *k, Expr *e, const char *name, int lo, int hi) {
    int n = e->u.call.args.len;
    if (n >= lo && n <= hi)
        return true;
    if (strcmp(name, "make") != 0 && strcmp(name, "new") != 0)
        chk_builtin_args_used(k, e);
    diag_error(k->c, e->span, "invalid operation: %s arguments for %s (expected %d, found %d)",
               n < lo ? "not enough" : "too many", chk_expr_string(k, e), n < lo ? lo : hi, n);
    return false;
}

/* len(x), cap(x). Go spec "Length and capacity": len of a constant string
 * is a constant, and len/cap of an array or a pointer to one is a
 * constant when x holds no function call (x is then not evaluated: the
 * MIR builder lowers the constant, const.c's len_value). */
static Type *builtin_len(Checker *k, Expr *e, bool is_cap) {
    const char *name = is_cap ? "cap" : "len";
    if (!argc(k, e, name, 1, 1))
        return fail(e);
    Expr *x = e->u.call.args.data[0];
    bool outer_call = k->has_call;
    k->has_call = false;
    Type *t = chk_expr(k, x, NULL);
    bool calls = k->has_call;
    k->has_call = outer_call;
    if (!t)
        return fail(e);
    bool ok = t->kind == T_SLICE || t->kind == T_ARRAY || (t->kind == T_PTR && t->elem->kind == T_ARRAY) ||
              (!is_cap && (t->kind == T_STRING || t->kind == T_MAP));
    if (!ok) {
        diag_error(k->c, x->span, "invalid argument: %s for %s", chk_describe(k, x), name);
        return fail(e);
    }
    if (t->kind == T_STRING)
        e->is_const = x->is_const;
    else if (t->kind == T_ARRAY || t->kind == T_PTR)
        e->is_const = !calls;
    return e->type = k->s->t_int;
}

static Type *builtin_make(Checker *k, Expr *e) {
    ExprList *a = &e->u.call.args;
    if (a->len == 0) {
        diag_error(k->c, e->span, "not enough arguments for make() (expected 2, found 0)");
        return fail(e);
    }
    Type *t = chk_type_of_expr(k, a->data[0]);
    if (!t) {
        diag_error(k->c, a->data[0]->span, "%s is not a type", chk_describe(k, a->data[0]));
        return fail(e);
    }
    if (t->kind == T_MAP)
        return chk_map_make(k, e, t);
    if (t->kind != T_SLICE) {
        diag_error(k->c, a->data[0]->span, "invalid argument: cannot make %s; type must be slice, map, or channel",
                   type_name(k->c, t));
        return fail(e);
    }
    if (!argc(k, e, "make", 2, 3))
        return fail(e);
    ConstVal v[2];
    bool cst[2] = {false, false};
    for (int i = 1; i < a->len; i++) {
        Type *nt = chk_expr(k, a->data[i], k->s->t_int);
        if (!nt)
            return fail(e);
        if (!type_is_integer(nt)) {
            diag_error(k->c, a->data[i]->span, "cannot convert %s to type int", chk_describe(k, a->data[i]));
            return fail(e);
        }
        cst[i - 1] = const_value(k, a->data[i], &v[i - 1]) && v[i - 1].kind == CV_INT;
        if (cst[i - 1] && v[i - 1].i < 0) {
            diag_error(k->c, a->data[i]->span, "invalid argument: index %s must not be negative",
                       chk_describe(k, a->data[i]));
            return fail(e);
        }
        chk_set_untyped(k, a->data[i], k->s->t_int);
    }
    if (cst[0] && cst[1] && v[0].i > v[1].i) {
        diag_error(k->c, a->data[1]->span, "invalid argument: length and capacity swapped");
        return fail(e);
    }
    e->u.call.type_arg = t;
    return e->type = t;
}

static Type *builtin_new(Checker *k, Expr *e) {
    if (!argc(k, e, "new", 1, 1))
        return fail(e);
    Type *t = chk_type_of_expr(k, e->u.call.args.data[0]);
    if (!t) {
        diag_error(k->c, e->u.call.args.data[0]->span, "%s is not a type",
                   chk_describe(k, e->u.call.args.data[0]));
        return fail(e);
    }
    e->u.call.type_arg = t;
    return e->type = type_ptr(k->s, t, false);
}

/* append(x, y...): y is a slice assignable to x's type, or a string when
 * x is a []byte (Go's special case). */
static Type *append_spread(Checker *k, Expr *e, Type *st) {
    ExprList *a = &e->u.call.args;
    if (a->len != 2) {
        diag_error(k->c, a->len < 2 ? e->span : a->data[a->len - 1]->span, "%s arguments in call to append",
                   a->len < 2 ? "not enough" : "too many");
        return fail(e);
    }
    Expr *y = a->data[1];
    Type *yt = chk_expr(k, y, st);
    if (!yt)
        return fail(e);
    if (st->elem->kind == T_BYTE && yt->kind == T_STRING)
        return e->type = st;
    return chk_assignable(k, y, st, "argument to append") ? (e->type = st) : fail(e);
}

/* The element type of slice x as its declaration spells it ([]rune). */
static Type *elem_spelled(Checker *k, Expr *x) {
    Type *t = chk_expr_spelled(k, x);
    return t && t->kind == T_SLICE ? t->elem : NULL;
}

static Type *builtin_append(Checker *k, Expr *e, Type *hint) {
    ExprList *a = &e->u.call.args;
    if (!argc(k, e, "append", 1, 1 << 20))
        return fail(e);
    Type *st = chk_expr(k, a->data[0], hint);
    if (!st)
        return fail(e);
    if (st->kind == T_UNTYPED_NIL) {
        diag_error(k->c, a->data[0]->span, "first argument to append must be a typed slice; have untyped nil");
        return fail(e);
    }
    if (st->kind != T_SLICE) {
        diag_error(k->c, a->data[0]->span, "invalid argument: %s is not a slice", chk_describe(k, a->data[0]));
        return fail(e);
    }
    if (e->u.call.spread)
        return append_spread(k, e, st);
    bool ok = true;
    for (int i = 1; i < a->len; i++) {
        ok &= chk_expr(k, a->data[i], st->elem) &&
              chk_assignable_as(k, a->data[i], st->elem, elem_spelled(k, a->data[0]), "argument to append");
        chk_bounds_append_arg(k, a->data[i], st->elem);
    }
    return ok ? (e->type = st) : fail(e);
}

static bool printable(Type *t) {
    switch (t->kind) {
    case T_INT: case T_BYTE: case T_BOOL: case T_FLOAT: case T_STRING: case T_PTR: case T_BOX:
    case T_UNTYPED_INT: case T_UNTYPED_FLOAT:
        return true;
    default:
        return type_is_numeric(t);
    }
}

static Type *builtin_print(Checker *k, Expr *e, const char *name) {
    bool ok = true;
    for (int i = 0; i < e->u.call.args.len; i++) {
        Expr *x = e->u.call.args.data[i];
        Type *t = chk_expr(k, x, NULL);
        if (!t) {
            ok = false;
            continue;
        }
        if (t->kind == T_UNTYPED_NIL) {
            diag_error(k->c, x->span, "use of untyped nil in argument to %s", name);
            ok = false;
            continue;
        }
        chk_default(k, x, arena_printf(&k->c->arena, "argument to %s", name));
        if (t->kind == T_VOID) {
            diag_error(k->c, x->span, "%s (no value) used as value", chk_describe(k, x));
            ok = false;
        } else if (!printable(x->type)) {   /* what codegen's print_value knows */
            diag_error(k->c, x->span, "printing values of type %s is not supported yet",
                       type_name(k->c, x->type));
            ok = false;
        }
    }
    return ok ? (e->type = k->s->t_void) : fail(e);
}

static Type *builtin_copy(Checker *k, Expr *e) {
    if (!argc(k, e, "copy", 2, 2))
        return fail(e);
    Expr *d = e->u.call.args.data[0], *s = e->u.call.args.data[1];
    Type *dt = chk_expr(k, d, NULL), *st = chk_expr(k, s, NULL);
    if (!dt || !st)
        return fail(e);
    bool ok = dt->kind == T_SLICE &&
              ((st->kind == T_SLICE && st->elem == dt->elem) ||
               (st->kind == T_STRING && dt->elem->kind == T_BYTE));
    if (!ok) {
        diag_error(k->c, e->span, "invalid argument: copy expects slice arguments; found %s and %s",
                   chk_describe(k, d), chk_describe(k, s));
        return fail(e);
    }
    return e->type = k->s->t_int;
}

static Type *chk_builtin(Checker *k, Expr *e, Builtin b, Type *hint) {
    e->u.call.kind = CALL_BUILTIN;
    e->u.call.builtin = b;
    switch (b) {
    case BI_LEN: return builtin_len(k, e, false);
    case BI_CAP: return builtin_len(k, e, true);
    case BI_MAKE: return builtin_make(k, e);
    case BI_NEW: return builtin_new(k, e);
    case BI_APPEND: return builtin_append(k, e, hint);
    case BI_PRINT: return builtin_print(k, e, "print");
    case BI_PRINTLN: return builtin_print(k, e, "println");
    case BI_COPY: return builtin_copy(k, e);
    case BI_DELETE: return chk_delete(k, e);
    case BI_PANIC: {
        if (!argc(k, e, "panic", 1, 1))
            return fail(e);
        Expr *x = e->u.call.args.data[0];
        Type *t = chk_expr(k, x, NULL);
        if (!t)
            return fail(e);
        /* any value: converted to interface{} (nil stays the nil interface) */
        if (t->kind == T_UNTYPED_NIL)
            chk_set_untyped(k, x, k->s->t_any);
        else if (!chk_default(k, x, "argument to panic"))
            return fail(e);
        if (x->type->kind == T_VOID) {
            diag_error(k->c, x->span, "%s (no value) used as value", chk_describe(k, x));
            return fail(e);
        }
        return e->type = k->s->t_void;
    }
    case BI_RECOVER:    /* the panic value, in a deferred call (runtime/core/defer.c) */
        if (!argc(k, e, "recover", 0, 0))
            return fail(e);
        return e->type = k->s->t_any;
    case BI_NANOTIME:   /* ml0 extension: a monotonic clock, for benchmarks */
        if (!argc(k, e, "nanotime", 0, 0))
            return fail(e);
        return e->type = k->s->t_int;
    case BI_BOX: {
        if (!argc(k, e, "box", 1, 1))
            return fail(e);
        Expr *x = e->u.call.args.data[0];
        Type *want = hint && hint->kind == T_BOX ? hint->elem : NULL;
        Type *t = chk_expr(k, x, want);
        if (!t)
            return fail(e);
        if (t->kind == T_UNTYPED_NIL) {
            diag_error(k->c, x->span, "use of untyped nil in argument to box");
            return fail(e);
        }
        t = want && is_untyped(t) ? want : default_type(k, t);
        chk_set_untyped(k, x, t);
        return e->type = type_box(k->s, t);
    }
    default:
        return fail(e);
    }
}

/* ---- calls -------------------------------------------------------------- */

/* x.M(args) on an interface x: a dynamic call of its method M
 * (CALL_IFACE: recv = x, imethod = M's index in the method set). */
static Type *chk_iface_call(Checker *k, Expr *e, Expr *sel, Type *it) {
    int i = iface_method_index(it, sel->u.field.name);
    e->u.call.kind = CALL_IFACE;
    if (i < 0) {
        diag_error(k->c, ast_field_name_span(sel), "%s.%s undefined (type %s has no field or method %s)",
                   chk_expr_string(k, sel->u.field.x), sel->u.field.name, type_name(k->c, it),
                   sel->u.field.name);
        return fail(e);
    }
    Type *ft = it->imethods.data[i].fn;
    e->u.call.kind = CALL_IFACE;
    e->u.call.recv = sel->u.field.x;
    e->u.call.imethod = i;
    sel->type = ft;
    const char *name = arena_printf(&k->c->arena, "%s.%s", chk_expr_string(k, sel->u.field.x),
                                    sel->u.field.name);
    check_args(k, e, ft, name);     /* wrong arguments: the call keeps its type (types2) */
    return e->type = result_of(k, ft);
}

/* How the method m selected by sel (`x.M`, through the embedded fields
 * of path) receives x: *recv is x (promoted: x.Embedded...), with *addr
 * when the call passes &x (a pointer method of an addressable value) and
 * *deref when it passes *x (a value method through a pointer). Shared by
 * calls and method values (methval.c). False when reported (a pointer
 * method of an unaddressable value). */
bool chk_method_recv(Checker *k, Expr *sel, Method *m, const Selection *path, Expr **recv, bool *addr,
                     bool *deref) {
    Expr *x = sel->u.field.x;
    Type *rt = x->type;
    if (path->depth) {   /* promoted: the receiver is x.Embedded... */
        x = sel->u.field.x = chk_promote(k, x, path);
        rt = x->type;
    }
    *recv = x;
    *addr = *deref = false;
    if (!m->ptr_recv) {     /* value receiver: a copy of x, or of *p */
        *deref = rt->kind == T_PTR || rt->kind == T_BOX;
    } else if (!((rt->kind == T_PTR || rt->kind == T_BOX) && !rt->name)) {
        if (!chk_addressable(x)) {
            diag_error(k->c, x->span, "cannot call pointer method %s on %s", sel->u.field.name,
                       chk_describe(k, x));
            return false;
        }
        *addr = true;
        while (x->kind == E_PAREN)
            x = x->u.paren.x;
        if (x->kind == E_NAME && x->u.name.sym->kind == SYM_VAR)
            x->u.name.sym->var->addressed = true;
    }
    return true;
}

static Type *chk_method_call(Checker *k, Expr *e, Expr *sel) {
    Expr *recv = sel->u.field.x;
    Type *rt = chk_expr(k, recv, NULL);
    if (!rt)
        return fail(e);
    if (rt->kind == T_IFACE)
        return chk_iface_call(k, e, sel, rt);
    Type *lt = chk_lib_method_call(k, e, sel, rt);
    if (lt || e->u.call.kind == CALL_EXTERN) {  /* sb.WriteString(s): the runtime's */
        if (!lt)
            return fail(e);
        check_args(k, e, lt, e->u.call.fn->u.name.name);
        return e->type = result_of(k, lt);
    }
    Selection path;
    Method *m = type_method_lookup(rt, sel->u.field.name, &path);
    Type *it;
    if (!m && type_select(rt, sel->u.field.name, &path) == SEL_NONE &&
        (it = type_select_iface_promoted(rt, sel->u.field.name, &path))) {
        sel->u.field.x = chk_promote(k, recv, &path);   /* x.I.M(): an interface call */
        if (it->kind != T_IFACE) {  /* x.Builder.M(): a library type's method */
            Type *lt = chk_lib_method_call(k, e, sel, sel->u.field.x->type);
            if (!lt)
                return fail(e);
            check_args(k, e, lt, e->u.call.fn->u.name.name);
            return e->type = result_of(k, lt);
        }
        return chk_iface_call(k, e, sel, it);
    }
    if (!m)
        return NULL;    /* not a method: a field holding a func value */
    Decl *d = m->decl;
    FuncInfo *fi = d->u.func.info;
    e->u.call.kind = CALL_METHOD;
    e->u.call.func = d;
    if (!chk_method_recv(k, sel, m, &path, &e->u.call.recv, &e->u.call.recv_addr, &e->u.call.recv_deref))
        return fail(e);
    rt = e->u.call.recv->type;
    sel->type = fi->type;
    if (!fi->type)
        return fail(e);
    const char *name = arena_printf(&k->c->arena, "%s.%s", type_name(k->c, rt), sel->u.field.name);
    check_args(k, e, fi->type, name);
    return e->type = result_of(k, fi->type);
}

Type *chk_call(Checker *k, Expr *e, Type *hint) {
    Expr *fn = e->u.call.fn;
    while (fn->kind == E_PAREN && fn->u.paren.x->kind == E_NAME)
        fn = fn->u.paren.x;
    Type *conv = chk_type_of_expr(k, fn);
    if (conv)
        return chk_conversion(k, e, conv);
    if (fn->kind == E_NAME) {
        Symbol *sym = scope_lookup(k, fn->u.name.name);
        if (sym && sym->kind == SYM_BUILTIN) {
            fn->u.name.sym = sym;
            Type *t = chk_builtin(k, e, sym->builtin, hint);
            k->has_call |= t && !e->is_const;   /* go1.19: a non-constant result is a call */
            return t;
        }
    }
    k->has_call = true;
    if (fn->kind == E_FIELD && chk_package_member(k, fn) && fn->kind != E_NAME) {
        chk_builtin_args_used(k, e);    /* go1.19's check.use: no "not used" after */
        return fail(e);
    }
    if (fn->kind == E_FIELD && !chk_type_of_expr(k, fn->u.field.x)) {  /* not T.M(x): a method expression */
        Type *t = chk_method_call(k, e, fn);
        if (!t && !fn->u.field.x->type)
            chk_builtin_args_used(k, e);    /* undefined.M(x): x is still used */
        if (t || e->u.call.kind == CALL_METHOD || e->u.call.kind == CALL_IFACE || e->u.call.kind == CALL_EXTERN ||
            !fn->u.field.x->type)
            return t;
    }
    bool lib = fn->kind == E_NAME && fn->u.name.sym && fn->u.name.sym->kind == SYM_LIBFUNC;
    Type *ft = lib ? (fn->type = fn->u.name.sym->type) : chk_expr(k, fn, NULL);
    if (!ft) {
        chk_builtin_args_used(k, e);    /* undefined(x, n): x and n are still used */
        return fail(e);
    }
    if (ft->kind != T_FUNC) {
        diag_error(k->c, e->span, "invalid operation: cannot call non-function %s", chk_describe(k, fn));
        return fail(e);
    }
    const char *name;
    if (fn->kind == E_NAME && fn->u.name.sym->kind == SYM_FUNC) {
        e->u.call.kind = CALL_FUNC;
        e->u.call.func = fn->u.name.sym->decl;
        name = fn->u.name.name;
    } else if (fn->kind == E_NAME && fn->u.name.sym->kind == SYM_LIBFUNC) {
        e->u.call.kind = CALL_EXTERN;
        e->u.call.lib = fn->u.name.sym->lib;
        name = fn->u.name.name;
    } else {
        e->u.call.kind = CALL_VALUE;
        Expr *lit = fn;
        while (lit->kind == E_PAREN)
            lit = lit->u.paren.x;
        if (lit->kind == E_FUNCLIT && lit->u.funclit.info)
            lit->u.funclit.info->called_in_place = true;
        SourceFile *f = &k->c->files.data[fn->span.file];
        name = arena_printf(&k->c->arena, "%.*s", fn->span.hi - fn->span.lo, f->text + fn->span.lo);
    }
    check_args(k, e, ft, name);     /* wrong arguments: the call keeps its type (types2) */
    return e->type = result_of(k, ft);
}

/* ---- func literals ------------------------------------------------------ */

static FuncInfo *top_func(FuncInfo *f) {
    while (f && f->parent)
        f = f->parent;
    return f;
}

Type *chk_funclit(Checker *k, Expr *e) {
    if (e->u.funclit.mv)    /* a method value's wrapper, checked again */
        return e->type;
    FuncSig *sig = &e->u.funclit.sig;
    Type *params[256];
    int n = sig->params.len > 256 ? 256 : sig->params.len;
    for (int i = 0; i < n; i++)
        if (!(params[i] = chk_type(k, sig->params.data[i].type)))
            return fail(e);
    Type *res = sig->result ? chk_type(k, sig->result) : k->s->t_void;
    if (!res)
        return fail(e);
    FuncInfo *fi = arena_alloc(&k->c->arena, sizeof *fi);
    fi->lit = e;
    fi->parent = k->fn;
    fi->type = type_func_v(k->s, params, n, res, n > 0 && sig->params.data[n - 1].type->variadic);
    e->u.funclit.info = fi;
    if (k->fn) {
        vec_push(&k->c->arena, &k->fn->lits, fi);
        if (k->fn->parent)   /* nested: main.func1.1 */
            fi->name = arena_printf(&k->c->arena, "%s.%d", k->fn->name, k->fn->lits.len);
        else
            fi->name = arena_printf(&k->c->arena, "%s.func%d", top_func(k->fn)->name, ++k->nlits);
    } else {
        fi->name = arena_printf(&k->c->arena, "glob.func%d", ++k->nlits);
    }
    FuncInfo *saved_fn = k->fn;
    int saved_loops = k->loops, saved_labels = k->labels;
    fi->outer_loops = k->loops;
    fi->outer_labels = k->labels;
    fi->outer_seq = k->stmt_seq;
    k->fn = fi;
    k->loops = k->labels = 0;
    scope_push(k);
    for (int i = 0; i < n; i++) {
        Param *pr = &sig->params.data[i];
        Var *v = chk_new_var(k, pr->name ? pr->name : intern_cstr(k->c, "_"), pr->span, params[i]);
        v->is_param = true;
        chk_spell_var(k, v, pr->type);
        pr->var = v;
        vec_push(&k->c->arena, &fi->params, v);
        if (pr->name) {
            Symbol *s = scope_declare(k, SYM_VAR, pr->name, pr->span);
            s->var = v;
            s->type = v->type;
        }
    }
    chk_body(k, fi, e->u.funclit.body);
    scope_pop(k);
    k->fn = saved_fn;
    k->loops = saved_loops;
    k->labels = saved_labels;
    return e->type = fi->type;
}
