/*
 * check_defer.c: `defer f(args)` (LANGUAGE.md, "defer, panic, recover").
 *
 * Go evaluates a deferred call's function value and arguments when the
 * defer statement runs, and makes the call when the function returns or a
 * panic unwinds it. go1.19 rewrites (escape/call.go, goDeferStmt)
 *
 *     defer f(x, y)      into      x1, y1 := x, y
 *                                  defer func() { f(x1, y1) }()
 *
 * and ml0c does the same here, on the checked tree, so every later pass
 * sees a plain func literal and plain variables: each value the call needs
 * when the defer runs (a func value; the receiver: `&v` for a pointer
 * method of an addressable v, `*p` for a value method through a pointer;
 * an interface method's receiver, the interface value; each argument)
 * gets a hidden variable of the enclosing function
 * (u.defer.temps, set from u.defer.vals), and the call moves into a
 * wrapper func literal that captures those variables by value
 * (Var.defer_temp). The wrapper is named f.deferwrapN and is not one of
 * the user's func literals, so main.func1 stays main.func1. A call that
 * is already `g()` of a func() (a func literal, a function, a func value)
 * needs no wrapper: g itself is deferred, as in Go.
 *
 * The MIR builder evaluates vals into temps and pushes u.defer.fn on the
 * frame's defer list (mir/build_defer.c).
 */
#include "check.h"

/* A name expression for a hidden variable, already resolved and typed. */
Expr *chk_var_expr(Checker *k, Var *v, Span sp) {
    Symbol *sym = arena_alloc(&k->c->arena, sizeof *sym);
    sym->kind = SYM_VAR;
    sym->name = v->name;
    sym->span = sp;
    sym->type = v->type;
    sym->var = v;
    Expr *e = ast_expr(k->c, E_NAME, sp);
    e->u.name.name = v->name;
    e->u.name.sym = sym;
    e->type = v->type;
    return e;
}

/* A hidden variable is named after what it holds (-m and borrow errors
 * in the wrapper then speak of `v`, as Go's do): the variable's name, or
 * the expression's source text. */
static Sym temp_name(Checker *k, Expr *val) {
    Expr *x = val;
    while (x->kind == E_PAREN)
        x = x->u.paren.x;
    if (x->kind == E_NAME)
        return x->u.name.name;
    const char *text = k->c->files.data[val->span.file].text;
    return intern(k->c, text + val->span.lo, (size_t)(val->span.hi - val->span.lo));
}

/* *slot is evaluated when the defer runs: into a hidden variable the
 * wrapper w captures, which *slot then names. */
static void hoist(Checker *k, Stmt *s, FuncInfo *w, Expr **slot) {
    Expr *val = *slot;
    if (val->is_const)      /* the same value later: stays in the call */
        return;
    if (val->kind == E_NAME && val->u.name.sym && val->u.name.sym->kind == SYM_VAR && val->u.name.sym->var &&
        val->u.name.sym->var->defer_temp)
        return;             /* hoisted already (hoist_varargs) */
    if (val->kind == E_COMPOSITE && val->type && val->type->kind == T_SLICE) {
        /* Go peels a slice literal: its elements are evaluated now, the
           literal is made in the wrapper (where it may stay on the stack) */
        for (int i = 0; i < val->u.composite.elems.len; i++) {
            Expr **e = &val->u.composite.elems.data[i].value;
            if (*e && (*e)->type)
                hoist(k, s, w, e);
        }
        return;
    }
    Type *t = is_untyped(val->type) ? default_type(k, val->type) : val->type;
    Var *v = chk_new_var(k, temp_name(k, val), val->span, t);
    v->defer_temp = true;
    v->captured = true;
    vec_push(&k->c->arena, &s->u.defer.temps, v);
    vec_push(&k->c->arena, &s->u.defer.vals, val);
    vec_push(&k->c->arena, &w->captures, v);
    *slot = chk_var_expr(k, v, val->span);
}

/* The extra arguments of a variadic ...any call (fmt.Println("x", v)):
 * as Go, converted to `any` when the defer runs (their -m lines at the
 * first one's position, or the call's '(' for g()'s results in f(g()),
 * before the wrapper's "... argument"). Under
 * --runtime=drop an interface box must be lent to the library call, so
 * there they are converted in the wrapper. */
static void hoist_varargs(Checker *k, Stmt *s, FuncInfo *w, Expr *call) {
    Type *ft = call->u.call.fn ? call->u.call.fn->type : NULL;
    if (!ft || ft->kind != T_FUNC || !ft->variadic || call->u.call.spread ||
        k->c->opt.runtime == RT_DROP)
        return;
    int fixed = ft->params.len - 1;
    ExprList *args = &call->u.call.args;
    if (ft->params.data[fixed]->elem->kind != T_IFACE || args->len <= fixed)
        return;
    /* f(g())'s .autotmp_N are reported at the call's '(' */
    Span at = s->u.defer.tuple ? ast_call_lparen(call) : args->data[fixed]->span;
    for (int i = fixed; i < args->len; i++) {
        Expr *val = args->data[i];
        if (val->type->kind == T_IFACE || val->type->kind == T_UNTYPED_NIL)
            continue;
        if (is_untyped(val->type))
            chk_set_untyped(k, val, default_type(k, val->type));
        Var *v = chk_new_var(k, temp_name(k, val), at, k->s->t_any);
        v->defer_temp = true;
        v->captured = true;
        vec_push(&k->c->arena, &s->u.defer.temps, v);
        vec_push(&k->c->arena, &s->u.defer.vals, val);
        vec_push(&k->c->arena, &w->captures, v);
        args->data[i] = chk_var_expr(k, v, val->span);
    }
}

/* defer f(g()) with g multi-valued: as go1.19 (t0, t1 := g(); defer
 * f(t0, t1)), g runs at the defer statement, after f's value and
 * receiver and before the arguments, which are its .autotmp_N
 * (sema/tuples.c); the wrapper's call no longer makes it. */
static void tuple_first(Checker *k, Stmt *s, Expr *call) {
    Expr *copy = ast_expr(k->c, E_CALL, call->span);
    *copy = *call;
    copy->u.call.args = (ExprList){0};
    for (int i = 0; i < call->u.call.args.len; i++)
        vec_push(&k->c->arena, &copy->u.call.args, call->u.call.args.data[i]);
    s->u.defer.tuple = copy;
    s->u.defer.tuple_at = s->u.defer.vals.len;
    call->u.call.tuple_call = NULL;
}

/* The method call's receiver as the method takes it: &x, *p or x. */
static void hoist_receiver(Checker *k, Stmt *s, FuncInfo *w, Expr *call) {
    Expr *recv = call->u.call.recv;
    Type *rt = call->u.call.func->u.func.info->recv->type;
    if (call->u.call.recv_addr) {
        Expr *a = ast_expr(k->c, E_ADDR, recv->span);
        a->u.addr.x = recv;
        a->u.addr.mut = rt->kind == T_PTR && rt->mut;
        a->type = rt;
        recv = a;
    } else if (call->u.call.recv_deref) {
        Expr *d = ast_expr(k->c, E_DEREF, recv->span);
        d->u.deref.x = recv;
        d->type = rt;
        recv = d;
    }
    call->u.call.recv = recv;
    call->u.call.recv_addr = call->u.call.recv_deref = false;
    hoist(k, s, w, &call->u.call.recv);
}

/* func() { call }: the wrapper, with no captures yet. */
static Expr *wrapper(Checker *k, Expr *call) {
    FuncInfo *w = arena_alloc(&k->c->arena, sizeof *w);
    Expr *lit = ast_expr(k->c, E_FUNCLIT, call->span);
    Stmt *body = ast_stmt(k->c, S_BLOCK, call->span);
    Stmt *st = ast_stmt(k->c, S_EXPR, call->span);
    st->u.expr.x = call;
    vec_push(&k->c->arena, &body->u.block.stmts, st);
    body->u.block.rbrace = call->span;
    lit->u.funclit.body = body;
    lit->u.funclit.info = w;
    w->lit = lit;
    w->parent = k->fn;
    w->defer_wrapper = true;
    w->type = type_func_v(k->s, NULL, 0, k->s->t_void, false);
    w->name = arena_printf(&k->c->arena, "%s.deferwrap%d", k->fn->name, ++k->fn->ndefer_wraps);
    lit->type = w->type;
    return lit;
}

/* Go's complaints about what cannot be deferred; NULL when it can be. */
static const char *not_deferrable(Checker *k, Expr *call) {
    if (call->kind != E_CALL)
        return "expression in defer must be function call";
    if (call->u.call.kind == CALL_CONV)
        return arena_printf(&k->c->arena, "defer requires function call, not conversion %s",
                            chk_describe(k, call));
    if (call->u.call.kind != CALL_BUILTIN)
        return NULL;
    switch (call->u.call.builtin) {
    case BI_PRINT: case BI_PRINTLN: case BI_PANIC: case BI_COPY: case BI_RECOVER:
        return NULL;
    default:
        return arena_printf(&k->c->arena, "defer discards result of %s", chk_describe(k, call));
    }
}

/* defer g() with g a func(): g is the deferred value, no wrapper. */
static bool is_plain(Expr *call) {
    Type *ft = call->u.call.fn ? call->u.call.fn->type : NULL;
    return (call->u.call.kind == CALL_VALUE || call->u.call.kind == CALL_FUNC) && ft &&
           ft->kind == T_FUNC && call->u.call.args.len == 0 && ft->params.len == 0 &&
           ft->result->kind == T_VOID;
}

void chk_defer(Checker *k, Stmt *s) {
    Expr *call = s->u.defer.call;
    while (call->kind == E_PAREN)
        call = call->u.paren.x;
    if (!chk_expr(k, call, NULL) && call->kind == E_CALL)
        return;
    const char *bad = not_deferrable(k, call);
    if (bad) {
        diag_error(k->c, call->span, "%s", bad);
        return;
    }
    if (!k->fn) {
        diag_error(k->c, s->span, "defer outside a function");
        return;
    }
    k->fn->has_defer = true;
    if (is_plain(call)) {
        s->u.defer.fn = call->u.call.fn;
        return;
    }
    Expr *lit = wrapper(k, call);
    FuncInfo *w = lit->u.funclit.info;
    if (call->u.call.kind == CALL_VALUE)
        hoist(k, s, w, &call->u.call.fn);
    if (call->u.call.kind == CALL_METHOD)
        hoist_receiver(k, s, w, call);
    if (call->u.call.kind == CALL_IFACE)    /* the interface value, as is */
        hoist(k, s, w, &call->u.call.recv);
    if (call->u.call.tuple_call)
        tuple_first(k, s, call);
    hoist_varargs(k, s, w, call);
    for (int i = 0; i < call->u.call.args.len; i++)
        hoist(k, s, w, &call->u.call.args.data[i]);
    s->u.defer.fn = lit;
}
