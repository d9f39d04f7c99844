/*
 * build_defer.c: defer, and the returns of a function that defers
 * (docs/RUNTIME.md, "defer, panic, recover").
 *
 * A function with a defer statement (FuncInfo.has_defer) keeps a list of
 * deferred func() values in a frame record the runtime links to the
 * goroutine's chain (runtime/core/defer.c). Its MIR has four intrinsics:
 *
 *   entry:     (named results = zero)
 *              _p = defer_enter()          links the frame; true when a
 *              branch _p -> landing, body  panic unwound to here (setjmp)
 *   defer g:   vals into temps (g(h()): h's results into .autotmp_N
 *              first); _c = closure wrapper(temps) (or g itself)
 *              defer(move _c, copy _p)     pushes the deferred call
 *   return x:  r = x  (named results; else _0 = x)
 *              defer_return(copy _p)       runs the list, last in first
 *              _0 = r; StorageDead...; return
 *   landing:   defer_unwind(copy _p)       runs the list for the panic
 *              (drops, --runtime=drop)     what the function owned
 *              defer_resume(copy _p)       the panic goes on, unless a
 *                                          deferred call recovered it
 *              _0 = named results (or the zero value); return
 *
 * so a deferred closure sees and may change the named results before they
 * are returned, as in Go, and a recovered function returns its named
 * results. The deferred calls run before the function's own StorageDead
 * and drops at a return: under --runtime=drop a deferred call still sees
 * every variable of the function's outermost block (docs/RUNTIME.md,
 * "defer vs drop").
 */
#include "build.h"

static Rvalue intrinsic(Builder *B, IntrinsicKind k, Type *t, Span sp) {
    Rvalue r = rv_new(RV_INTRINSIC, t, sp);
    r.intrinsic = k;
    return r;
}

/* defer_return / defer_unwind read defer_enter's result: it stays live
 * until the deferred calls run, which --borrowck uses to keep a deferred
 * closure's loans until then (borrowck/loans.c, deferred_holders). */
static Rvalue landed_use(Builder *B, IntrinsicKind k, Span sp) {
    Rvalue r = intrinsic(B, k, B->s->t_void, sp);
    rv_arg(B, &r, opd_copy(place_local(B->defer_landed), B->s->t_bool));
    return r;
}

/* _0 = the named results (or the zero value) */
static void set_results(Builder *B, Span sp) {
    FuncInfo *fi = B->fi;
    Type *rt = B->b->locals.data[0].type;
    if (rt->kind == T_VOID)
        return;
    Rvalue r = rv_new(RV_USE, rt, sp);
    if (!fi->results.len) {
        rv_arg(B, &r, zero_operand(B, rt, sp));
    } else {
        r.kind = rt->tuple ? RV_AGGREGATE : RV_USE;
        for (int i = 0; i < fi->results.len; i++) {
            Var *v = fi->results.data[i];
            rv_arg(B, &r, opd_place(B, place_of_var(B, v), v->type));
        }
    }
    bld_assign(B, place_local(0), r, sp);
}

/* After the named results are zeroed: link the frame; the landing. */
void lower_defer_entry(Builder *B, Span sp) {
    if (!B->fi->has_defer)
        return;
    B->b->has_defer = true;
    Operand landed = opd_temp(B, intrinsic(B, IN_DEFER_ENTER, B->s->t_bool, sp), sp);
    B->defer_landed = landed.place.local;
    BlockId landing = bld_block(B), body = bld_block(B);
    bld_branch(B, landed, landing, body, sp);
    bld_switch_to(B, landing);
    bld_eval(B, landed_use(B, IN_DEFER_UNWIND, sp), sp);
    bld_eval(B, landed_use(B, IN_DEFER_RESUME, sp), sp);   /* drop/ puts the drops before it */
    set_results(B, sp);
    bld_kill_to(B, 0, sp);
    bld_terminate(B, TM_RETURN, sp);
    bld_switch_to(B, body);
}

/* The end of a function that defers, at a return or its closing brace:
 * run the deferred calls, then return the named results. */
void lower_defer_exit(Builder *B, Span sp) {
    bld_eval(B, landed_use(B, IN_DEFER_RETURN, sp), sp);
    if (B->fi->results.len)
        set_results(B, sp);
}

/* return [x | a, b] in a function that defers: the values go to the
 * named results first (all evaluated, then assigned), so deferred calls
 * see them. False when the function does not defer. */
bool lower_defer_return(Builder *B, Stmt *s) {
    FuncInfo *fi = B->fi;
    if (!fi->has_defer)
        return false;
    Type *rt = B->b->locals.data[0].type;
    ExprList one = {0};
    ExprList *vals = s->u.ret.x ? &one : &s->u.ret.list;
    if (s->u.ret.x)
        vec_push(bld_tmp(B), &one, s->u.ret.x);
    if (fi->results.len > 1 && vals->len == 1) {    /* return f(): f's results */
        Expr *call = vals->data[0];
        Operand t = opd_temp(B, lower_rvalue(B, call, call->type), call->span);
        for (int i = 0; i < fi->results.len; i++) {
            Var *v = fi->results.data[i];
            Rvalue r = rv_new(RV_USE, v->type, s->span);
            rv_arg(B, &r, opd_place(B, place_project(B, t.place, PJ_FIELD, i, -1, v->type), v->type));
            bld_assign(B, place_of_var(B, v), r, s->span);
        }
    } else if (fi->results.len && vals->len) {
        Operand *ops = arena_alloc(bld_tmp(B), sizeof(Operand) * (size_t)vals->len);
        for (int i = 0; i < vals->len; i++) {
            Var *v = fi->results.data[i];
            Rvalue r = lower_rvalue(B, vals->data[i], v->type);
            retype_const_use(&r, v->type);
            ops[i] = opd_temp(B, r, vals->data[i]->span);
        }
        for (int i = 0; i < vals->len; i++) {
            Var *v = fi->results.data[i];
            Rvalue r = rv_new(RV_USE, v->type, s->span);
            rv_arg(B, &r, ops[i]);
            bld_assign(B, place_of_var(B, v), r, s->span);
        }
    } else if (vals->len == 1) {
        Rvalue r = lower_rvalue(B, vals->data[0], rt);
        retype_const_use(&r, rt);
        bld_assign(B, place_local(0), r, s->span);
    } else if (vals->len) {
        Rvalue r = rv_new(RV_AGGREGATE, rt, s->span);
        for (int i = 0; i < vals->len; i++)
            rv_arg(B, &r, lower_operand(B, vals->data[i], rt->fields.data[i].type));
        bld_assign(B, place_local(0), r, s->span);
    }
    lower_defer_exit(B, s->span);
    bld_kill_to(B, 0, s->span);
    bld_terminate(B, TM_RETURN, s->span);
    return true;
}

/* The hidden variable of s that a names, or NULL. */
static Expr *temp_val(Stmt *s, Expr *a, Var **v) {
    if (a->kind != E_NAME || !a->u.name.sym || a->u.name.sym->kind != SYM_VAR)
        return NULL;
    for (int i = 0; i < s->u.defer.temps.len; i++)
        if (s->u.defer.temps.data[i] == a->u.name.sym->var) {
            *v = s->u.defer.temps.data[i];
            return s->u.defer.vals.data[i];
        }
    return NULL;
}

/* What argument a of the deferred call stands for as written: a names a
 * hidden variable whose value may name another (an extra ...any argument
 * is converted into one, then held by another); *hit when v is one. */
static Expr *as_written(Stmt *s, Expr *a, Var *v, bool *hit) {
    Var *t = NULL;
    for (Expr *val; (val = temp_val(s, a, &t)); a = val)
        *hit |= t == v;
    return a;
}

/* Go's position of the conversion to `any` of the deferred call's extra
 * argument v: as in a call made now (go_arg_conv_pos), over the
 * arguments as written. */
static Span vararg_pos(Builder *B, Stmt *s, Var *v) {
    Expr *call = s->u.defer.call;
    while (call->kind == E_PAREN)
        call = call->u.paren.x;
    ExprList *args = &call->u.call.args;
    Expr **written = arena_alloc(bld_tmp(B), sizeof(Expr *) * (size_t)(args->len + 1));
    int at = -1;
    for (int i = 0; i < args->len; i++) {
        bool hit = false;
        written[i] = as_written(s, args->data[i], v, &hit);
        if (hit)
            at = i;
    }
    return at < 0 ? v->span : go_arg_conv_pos(B, call, written, at);
}

/* How the deferred call takes the value of its hidden variable i: a
 * library function that only reads its arguments borrows them until it
 * runs (mir/lends.c; the Rust twin is a Drop guard whose closure
 * borrows them), unless i holds another hidden variable's value. */
static LendKind deferred_lend(Stmt *s, int i) {
    Expr *call = s->u.defer.call;
    while (call->kind == E_PAREN)
        call = call->u.paren.x;
    Var *t = NULL;
    if (call->kind != E_CALL || call->u.call.kind != CALL_EXTERN || !call->u.call.lib || s->u.defer.tuple ||
        temp_val(s, s->u.defer.vals.data[i], &t))
        return LEND_NONE;
    int nargs = call->u.call.args.len;
    return mir_lib_lend(call->u.call.lib, i < nargs ? i : nargs - 1);
}

/* defer call (sema/check_defer.c made u.defer):
 *   temps[i] = vals[i] ...; _c = <fn>; defer(move _c) */
void lower_defer(Builder *B, Stmt *s) {
    for (int i = 0; i <= s->u.defer.temps.len; i++) {
        if (s->u.defer.tuple && i == s->u.defer.tuple_at)
            lower_tuple_args(B, s->u.defer.tuple);  /* g() of f(g()), now */
        if (i == s->u.defer.temps.len)
            break;
        Var *v = s->u.defer.temps.data[i];
        Expr *val = s->u.defer.vals.data[i];
        LendKind lend = deferred_lend(s, i);
        LocalId l = bld_user_local(B, v);
        if (v->type->kind == T_IFACE && val->type->kind != T_IFACE) {
            /* a ...any argument, boxed now, at Go's position */
            Rvalue r = rv_new(RV_USE, v->type, val->span);
            /* Go's temporary is at the conversion (-m=2); its wrapper still
             * captures it where sema said, at the implicit []any's
             * position, the call's '(' (escape/call.go rewriteArgument) */
            v->span = vararg_pos(B, s, v);
            rv_arg(B, &r, lower_to_iface_held(B, val, v->type, v->span, LEND_NONE, lend, NULL));
            bld_assign(B, place_local(l), r, val->span);
            continue;
        }
        if (lend && !type_is_copy(val->type) && val->type == v->type) {
            Rvalue r = rv_new(RV_USE, v->type, val->span);
            rv_arg(B, &r, lower_lent_value(B, val, lend));
            bld_assign(B, place_local(l), r, val->span);
            continue;
        }
        lower_into(B, place_local(l), val, v->type);
    }
    Expr *fn = s->u.defer.fn;
    Operand f = lower_operand(B, fn, fn->type);
    if (fn != s->u.defer.call->u.call.fn) {     /* the wrapper: Go reports no closure */
        bld_site_quiet(B, B->b->sites.len - 1, SITE_FOR_DEFER_WRAPPER, NULL);
        AllocSite *w = &B->b->sites.data[B->b->sites.len - 1];
        w->span = s->span;  /* go1.19's wrapper is at the defer statement (-m=2) */
    }
    if (f.kind != OPD_CONST && (!place_is_local(f.place) ||
                                B->b->locals.data[f.place.local].kind != LOCAL_TEMP)) {
        Rvalue u = rv_new(RV_USE, fn->type, fn->span);
        rv_arg(B, &u, f);
        f = opd_temp(B, u, fn->span);
    }
    if (f.kind != OPD_CONST)
        f.kind = OPD_MOVE;  /* the frame's list owns it now (its env's reference) */
    Rvalue r = intrinsic(B, IN_DEFER, B->s->t_void, s->span);
    rv_arg(B, &r, f);
    rv_arg(B, &r, opd_copy(place_local(B->defer_landed), B->s->t_bool));
    bld_eval(B, r, s->span);
}

/* recover(): the panic value, or nil (runtime/core/defer.c decides). */
Rvalue lower_recover(Builder *B, Expr *e) {
    return intrinsic(B, IN_RECOVER, e->type, e->span);
}
