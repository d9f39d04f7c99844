/*
 * tuples.c: multiple results (docs/packages.md, "Multiple results").
 *
 *   func f() (int, bool)        the result type is a tuple: an anonymous
 *                               struct {~r0 int; ~r1 bool} marked tuple
 *   func f() (n int, ok bool)   named results are variables of f, zero at
 *                               entry; a bare `return` returns them
 *   return a, b                 each value assignable to its result
 *   x, y := f()  / x, y = f()   one call, its results spread over the left
 *   var x, y = f()
 *   g(f())                      f's results are g's arguments
 *
 * A tuple is never a value of its own: using one where a single value is
 * wanted is Go's "multiple-value f() ... in single-value context".
 */
#include "check.h"

#include <string.h>

bool chk_is_tuple(Type *t) { return t && t->kind == T_STRUCT && t->tuple; }

/* (int, bool) or (n int, ok bool): one result is just its type. */
Type *chk_tuple_type(Checker *k, TypeExpr *te) {
    int n = te->u.fields.len;
    Type **elems = arena_alloc(&k->c->arena, sizeof(Type *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        if (!(elems[i] = chk_type(k, te->u.fields.data[i].type)))
            return NULL;
    return n == 1 ? elems[0] : type_tuple(k->s, elems, n);
}

/* Named results become variables of fi in the current scope. */
void chk_declare_results(Checker *k, FuncInfo *fi, TypeExpr *rte) {
    if (!rte || rte->kind != TE_TUPLE)
        return;
    Type *rt = fi->type ? fi->type->result : NULL;     /* NULL: the signature failed */
    for (int i = 0; i < rte->u.fields.len; i++) {
        Param *pr = &rte->u.fields.data[i];
        if (!pr->name)
            return;
        Type *t = !rt ? pr->type->resolved : chk_is_tuple(rt) ? rt->fields.data[i].type : rt;
        Var *v = chk_new_var(k, pr->name, pr->span, t);
        chk_spell_var(k, v, pr->type);
        vec_push(&k->c->arena, &fi->results, v);
        if (strcmp(pr->name, "_") == 0)
            continue;
        Symbol *s = scope_declare(k, SYM_VAR, pr->name, pr->span);
        s->var = v;
        s->type = t;
    }
}

/* Go names the callee in "f returns 2 values". */
const char *chk_callee_name(Checker *k, Expr *call) {
    Expr *fn = call->kind == E_CALL ? call->u.call.fn : call;
    return chk_expr_string(k, fn);
}

/* A value's type in go1.19's have (...) lists: an untyped constant is
 * "number" (or "nil", "bool", "string"). */
const char *chk_have_type(Checker *k, Type *t) {
    if (!t)
        return "invalid type";
    if (t->kind == T_UNTYPED_NIL)
        return "nil";
    if (is_untyped(t))
        return "number";
    return type_name(k->c, t);
}

static const char *have_list(Checker *k, ExprList *l) {
    const char *h = "";
    for (int i = 0; i < l->len; i++)
        h = arena_printf(&k->c->arena, "%s%s%s", h, i ? ", " : "", chk_have_type(k, l->data[i]->type));
    return h;
}

/* go1.19's lines under "not enough arguments in call to f": have (the
 * arguments' types), want (f's parameters, ...T for a variadic one). */
const char *chk_args_have_want(Checker *k, ExprList *args, Type *ft) {
    const char *w = "";
    int fixed = ft->variadic ? ft->params.len - 1 : ft->params.len;
    for (int i = 0; i < ft->params.len; i++)
        w = arena_printf(&k->c->arena, "%s%s%s%s", w, i ? ", " : "", i == fixed ? "..." : "",
                         type_name(k->c, i == fixed ? ft->params.data[i]->elem : ft->params.data[i]));
    return arena_printf(&k->c->arena, "\n\thave (%s)\n\twant (%s)", have_list(k, args), w);
}

/* return a, b / bare return with named results / return f() for a tuple:
 * true if handled here. */
bool chk_return_tuple(Checker *k, Stmt *s, Type *want) {
    ExprList *l = &s->u.ret.list;
    if (!s->u.ret.x && !l->len && k->fn->results.len)
        return true;    /* bare return of the named results */
    if (!l->len && !chk_is_tuple(want))
        return false;
    if (s->u.ret.x) {   /* return f() where f has the same results */
        Type *t = chk_expr(k, s->u.ret.x, NULL);
        if (chk_is_tuple(t)) {  /* go1.19: t1, t2 := f(); return t1, t2 */
            GoReturnTmps rt = {s->span, k->fn->go_dcls};
            vec_push(&k->c->arena, &k->fn->return_tmps, rt);
            chk_go_dcl(k, t->fields.len);
        }
        if (t && t != want)
            diag_error(k->c, s->u.ret.x->span, "not enough return values\n\thave (%s)\n\twant %s",
                       chk_have_type(k, t), type_name(k->c, chk_result_spelled(k, k->fn, want)));
        return true;
    }
    int n = chk_is_tuple(want) ? want->fields.len : want->kind == T_VOID ? 0 : 1;
    bool ok = true;
    for (int i = 0; i < l->len; i++)
        ok &= chk_expr(k, l->data[i], i < n ? (n == 1 ? want : want->fields.data[i].type) : NULL) != NULL;
    if (!ok)
        return true;
    if (l->len != n) {      /* go1.19: at the first extra value, the last one, or the return */
        Span at = l->len > n ? l->data[n]->span : l->len ? l->data[l->len - 1]->span : s->span;
        diag_error(k->c, at, "%s return values\n\thave (%s)\n\twant %s",
                   l->len < n ? "not enough" : "too many", have_list(k, l),
                   n == 1 ? arena_printf(&k->c->arena, "(%s)", type_name(k->c, chk_result_spelled(k, k->fn, want)))
                          : n == 0 ? "()" : type_name(k->c, chk_result_spelled(k, k->fn, want)));
        return true;
    }
    Type *rs = chk_result_spelled(k, k->fn, want);
    for (int i = 0; i < n; i++)
        chk_assignable_as(k, l->data[i], n == 1 ? want : want->fields.data[i].type,
                          n == 1 ? rs : rs->tuple && rs->fields.len == n ? rs->fields.data[i].type : NULL,
                          "return statement");
    return true;
}

/* After a reported mismatch, the names a declaration would have made
 * exist, typeless: no follow-on "undefined: x" (Go reports the first). */
static void declare_typeless(Checker *k, Sym name, Span at) {
    if (strcmp(name, "_") == 0 || scope_lookup_innermost(k, name))
        return;
    Var *v = chk_new_var(k, name, at, NULL);
    Symbol *sym = scope_declare(k, SYM_VAR, name, at);
    sym->var = v;
    sym->type = NULL;
}

/* A result of type et assigned to a variable of type lt (not et): to an
 * interface it implements, through chk_result_temps (*converts); else
 * go1.19's error, at the call. */
static bool tuple_result_assignable(Checker *k, Expr *call, Type *et, Type *lt, bool *converts) {
    const char *why = lt->kind == T_IFACE ? type_missing_method(k->c, et, lt) : NULL;
    if (lt->kind == T_IFACE && !why) {
        *converts = true;
        return true;
    }
    diag_error(k->c, call->span, "cannot use %s (value of type %s) as type %s in assignment%s%s",
               chk_expr_string(k, call), type_name(k->c, et), type_name(k->c, lt), why ? ":\n\t" : "",
               why ? iface_not_impl(k->c, et, lt, why) : "");
    return false;
}

/* x, y := f() / x, y = f() (define), the right side one call of a tuple. */
void chk_tuple_assign(Checker *k, Stmt *s, bool define) {
    ExprList *l = &s->u.assign.lhs;
    Expr *call = s->u.assign.rhs.data[0];
    chk_mark_comma_ok(call, l->len);
    chk_mark_assert_ok(call, l->len);
    Type *t = chk_expr(k, call, NULL);
    if (!t)
        return;
    int n = chk_is_tuple(t) ? t->fields.len : 1;
    if (n != l->len) {
        if (call->kind != E_CALL)
            diag_error(k->c, call->span, "assignment mismatch: %d variables but 1 value", l->len);
        else
            diag_error(k->c, call->span, "assignment mismatch: %d variable%s but %s returns %d value%s", l->len,
                       l->len > 1 ? "s" : "", chk_callee_name(k, call), n, n > 1 ? "s" : "");
        for (int i = 0; define && i < l->len; i++)
            if (l->data[i]->kind == E_NAME)
                declare_typeless(k, l->data[i]->u.name.name, l->data[i]->span);
        return;
    }
    bool any_new = false, converts = false, bad = false;
    Expr *last = NULL;      /* the last variable that is not _ */
    for (int i = 0; i < n; i++) {
        Expr *x = l->data[i];
        Type *et = t->fields.data[i].type;
        Var *nv = NULL;
        if (define && !ast_is_blank(x)) {
            Symbol *old = scope_lookup_innermost(k, x->u.name.name);
            last = x;
            if (old && old->kind == SYM_VAR) {
                x->u.name.sym = old;
                x->type = old->var->type;
                chk_mark_reassigned(k, old->var);
                if (x->type && x->type != et && !tuple_result_assignable(k, call, et, x->type, &converts))
                    bad = true;
            } else {
                Var *v = chk_new_var(k, x->u.name.name, x->span, et);
                v->local = true;
                chk_go_dcl(k, 1);
                Symbol *sym = scope_declare(k, SYM_VAR, x->u.name.name, x->span);
                sym->var = v;
                sym->type = et;
                x->u.name.sym = sym;
                x->type = et;
                nv = v;
                any_new = true;
            }
        } else if (!define && !ast_is_blank(x)) {
            StoreMark m = chk_store_begin(k, x);
            Type *lt = chk_expr(k, x, NULL);
            chk_store_end(m);
            last = x;
            if (lt && !chk_addressable(x) && !chk_is_map_index(x))
                diag_error(k->c, x->span, "cannot assign to %s", chk_describe(k, x));
            else if (lt && lt != et && !tuple_result_assignable(k, call, et, lt, &converts))
                bad = true;
            if (x->kind == E_NAME && x->u.name.sym && x->u.name.sym->kind == SYM_VAR)
                chk_mark_reassigned(k, x->u.name.sym->var);
        } else {
            x->type = NULL;
        }
        if (define)
            vec_push(&k->c->arena, &s->u.assign.vars, nv);
    }
    if (define && !any_new)
        diag_error(k->c, chk_define_op(k, s), "no new variables on left side of :=");
    if (converts && !bad && last && call->kind == E_CALL)
        s->u.assign.temps = chk_result_temps(k, t, (Span){last->span.file, last->span.lo, last->span.lo + 1});
}

/* var x, y T = f(): each result assignable to T (go1.19 reports each
 * that is not, naming the call); to an interface T, through
 * chk_result_temps. */
bool chk_tuple_declared(Checker *k, Expr *call, Type *t, Type *declared) {
    bool ok = true;
    for (int i = 0; i < t->fields.len; i++) {
        Type *et = t->fields.data[i].type;
        if (et == declared)
            continue;
        const char *why = declared->kind == T_IFACE ? type_missing_method(k->c, et, declared) : NULL;
        if (declared->kind == T_IFACE && !why)
            continue;
        diag_error(k->c, call->span, "cannot use %s (value of type %s) as type %s in assignment%s%s",
                   chk_expr_string(k, call), type_name(k->c, et), type_name(k->c, declared),
                   why ? ":\n\t" : "", why ? iface_not_impl(k->c, et, declared, why) : "");
        ok = false;
    }
    return ok;
}

/* go1.19's RewriteMultiValueCall for `var a, b I = f()` and `u, v = f()`
 * when a variable's type is not its result's own (an interface): f's
 * results go into fresh variables .autotmp_N, numbered after the names
 * the statement declares (typecheck.Temp), and each is then converted
 * to its variable's type and assigned (mir/build_tuple.c). -m names them
 * (`.autotmp_2 escapes to heap`) at `at`, where go1.19 puts those
 * conversions: a declaration's call's '(', an assignment's last variable
 * that is not `_`. */
ExprList chk_result_temps(Checker *k, Type *t, Span at) {
    ExprList temps = {0};
    for (int i = 0; i < t->fields.len; i++) {
        Var *v = chk_new_var(k, intern_cstr(k->c, ".autotmp"), at, t->fields.data[i].type);
        Expr *x = chk_var_expr(k, v, at);
        chk_tuple_temp(k, v, x);
        vec_push(&k->c->arena, &temps, x);
    }
    return temps;
}

/* Does `var a, b declared = f()` convert a result (go1.19's "mismatched":
 * `_` included, unlike an assignment's)? */
bool chk_tuple_converts(Type *t, Type *declared) {
    for (int i = 0; declared && i < t->fields.len; i++)
        if (t->fields.data[i].type != declared)
            return true;
    return false;
}

/* var x, y = f() */
void chk_tuple_var(Checker *k, Stmt *s, Type *declared) {
    Expr *call = s->u.var.values.data[0];
    chk_mark_comma_ok(call, s->u.var.names.len);
    chk_mark_assert_ok(call, s->u.var.names.len);
    Type *t = chk_expr(k, call, NULL);
    if (!t)
        return;
    int n = chk_is_tuple(t) ? t->fields.len : 1;
    if (n == s->u.var.names.len && declared && !chk_tuple_declared(k, call, t, declared)) {
        for (int i = 0; i < s->u.var.names.len; i++)
            declare_typeless(k, s->u.var.names.data[i], s->u.var.name_spans.data[i]);
        return;
    }
    if (n != s->u.var.names.len) {
        if (call->kind != E_CALL)   /* var a, b int = 1 */
            diag_error(k->c, call->span, "assignment mismatch: %d variables but 1 value", s->u.var.names.len);
        else
            diag_error(k->c, call->span, "assignment mismatch: %d variables but %s returns %d value%s",
                       s->u.var.names.len, chk_callee_name(k, call), n, n > 1 ? "s" : "");
        for (int i = 0; i < s->u.var.names.len; i++)
            declare_typeless(k, s->u.var.names.data[i], s->u.var.name_spans.data[i]);
        return;
    }
    if (chk_tuple_converts(t, declared))
        s->u.var.temps = chk_result_temps(k, t, ast_call_lparen(call));
    for (int i = 0; i < n; i++) {
        Sym name = s->u.var.names.data[i];
        Type *et = declared ? declared : t->fields.data[i].type;
        Var *v = NULL;
        if (strcmp(name, "_") != 0) {
            Span at = s->u.var.name_spans.data[i];
            v = chk_new_var(k, name, at, et);
            v->local = true;
            Symbol *sym = scope_declare(k, SYM_VAR, name, at);
            sym->var = v;
            sym->type = et;
        }
        vec_push(&k->c->arena, &s->u.var.vars, v);
    }
}

/* f(g()) with g's result the tuple t (Go spec "Calls": g's results are
 * f's arguments, in order). As go1.19's RewriteMultiValueCall does, the
 * results go into fresh variables .autotmp_N (-m names them) that become
 * the call's arguments, so variadic packing and interface conversion
 * treat them as any other arguments; tuple_call keeps g() (evaluated
 * into them first, mir/build_tuple.c) and is what -m prints. */
bool chk_tuple_args(Checker *k, Expr *e, Type *ft, const char *fname, Type *t) {
    ExprList *args = &e->u.call.args;
    Expr *inner = args->data[0];
    int n = t->fields.len, want = ft->params.len, fixed = ft->variadic ? want - 1 : want;
    if (e->u.call.spread) {
        diag_error(k->c, e->span, "cannot use ... with %d-valued %s", n, chk_expr_string(k, inner));
        return false;
    }
    if (n < fixed || (!ft->variadic && n > want)) {
        const char *w = "";
        for (int i = 0; i < want; i++)
            w = arena_printf(&k->c->arena, "%s%s%s%s", w, i ? ", " : "", ft->variadic && i == fixed ? "..." : "",
                             type_name(k->c, ft->variadic && i == fixed ? ft->params.data[i]->elem : ft->params.data[i]));
        diag_error(k->c, inner->span, "%s arguments in call to %s\n\thave %s\n\twant (%s)",
                   n < fixed ? "not enough" : "too many", fname, type_name(k->c, t), w);
        return false;
    }
    chk_callee_temp(k, e);      /* go1.19 numbers the callee's temporary first */
    ExprList names = {0};
    bool ok = true;
    const char *ctx = arena_printf(&k->c->arena, "argument to %s", fname);
    for (int i = 0; i < n; i++) {
        /* named .autotmp_N with go1.19's number (autotmp.c) */
        Var *v = chk_new_var(k, intern_cstr(k->c, ".autotmp"), inner->span, t->fields.data[i].type);
        Expr *x = chk_var_expr(k, v, inner->span);
        chk_tuple_temp(k, v, x);
        Type *pt = i < fixed ? ft->params.data[i] : ft->params.data[fixed]->elem;
        ok = ok && chk_assignable(k, x, pt, ctx);     /* Go reports the first */
        vec_push(&k->c->arena, &names, x);
    }
    e->u.call.tuple_call = inner;
    *args = names;
    return ok;
}
