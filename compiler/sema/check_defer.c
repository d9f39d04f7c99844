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

/* A hidden variable of this defer statement, a function's name or nil:
 * Go wraps none (rewriteArgument leaves ONIL and a PFUNC name in the
 * call). */
static bool unwrapped(Expr *val) {
    while (val->kind == E_PAREN)
        val = val->u.paren.x;
    if (val->kind != E_NAME || !val->u.name.sym)
        return false;
    Symbol *sym = val->u.name.sym;
    return sym->kind == SYM_FUNC || sym->kind == SYM_NIL || (sym->kind == SYM_VAR && sym->var->defer_temp);
}


/* Where go1.19 puts the temporary it makes for val (copyExpr): at val
 * when val has a position of its own (a call at its '(', a composite
 * literal at its '{', a receiver's implicit &x at the selector's '.', a
 * field selection x.f at its '.', an embedded field Go inserts at the
 * selector's '.' after x, a
 * binary operation at its operator: `}(i * len(xs))` at the '*'), a name
 * at `at` (the call's '(', or a peeled slice literal's '{'). */
static Span temp_pos(Checker *k, Expr *val, Span at) {
    while (val->kind == E_PAREN)
        val = val->u.paren.x;
    if (val->kind == E_NAME)
        return at;
    if (val->kind == E_CALL)
        return ast_call_lparen(val);
    if (val->kind == E_ADDR && val->u.addr.implicit) {
        const char *t = k->c->files.data[val->span.file].text;
        int i = val->span.hi;
        while (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == ')')
            i++;
        if (t[i] == '.')
            return (Span){val->span.file, i, i + 1};
    }
    if (val->kind == E_FIELD && val->span.file >= 0) {
        /* ODOT's position, its '.': an implicit embedded field's is the
         * selector's after x (x.M() of M promoted through it) */
        const char *t = k->c->files.data[val->span.file].text;
        int i = val->u.field.implicit ? val->span.hi : val->u.field.name_lo - 1;
        if (val->u.field.implicit)
            while (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == ')')
                i++;
        else
            while (i > val->span.lo && t[i] != '.')
                i--;
        if (t[i] == '.')
            return (Span){val->span.file, i, i + 1};
    }
    if (val->kind == E_BINARY && val->span.file >= 0) {
        const char *text = k->c->files.data[val->span.file].text;
        int i = val->u.binary.x->span.hi;
        while (i < val->u.binary.y->span.lo && (text[i] == ' ' || text[i] == '\t' || text[i] == ')'))
            i++;
        return (Span){val->span.file, i, i + 1};
    }
    return val->span;
}

/* A hidden variable for val, captured by the wrapper w: the .autotmp_N
 * go1.19's escape analysis makes (Var.esc_tmp). */
static Var *hidden_var(Checker *k, Stmt *s, FuncInfo *w, Expr *val, Span at, Span cv_at, Type *t) {
    Var *v = chk_new_var(k, temp_name(k, val), at, t);
    v->defer_temp = true;
    v->captured = true;
    v->esc_tmp = ++k->fn->esc_tmps;
    v->esc_val = val;
    v->esc_cv_at = cv_at;
    vec_push(&k->c->arena, &s->u.defer.temps, v);
    vec_push(&k->c->arena, &s->u.defer.vals, val);
    vec_push(&k->c->arena, &w->captures, v);
    return v;
}

/* *slot is evaluated when the defer runs: into a hidden variable the
 * wrapper w captures, which *slot then names (at: Go's position for a
 * name, see temp_pos). */
static void hoist_at(Checker *k, Stmt *s, FuncInfo *w, Expr **slot, Span at) {
    Expr *val = *slot;
    if (val->is_const || unwrapped(val))  /* the same value later: stays in the call */
        return;
    if (val->kind == E_NAME && val->u.name.sym && val->u.name.sym->kind == SYM_VAR && val->u.name.sym->var &&
        val->u.name.sym->var->defer_temp)
        return;             /* hoisted already (hoist_varargs) */
    if (val->kind == E_COMPOSITE && val->type && val->type->kind == T_SLICE) {
        /* Go peels a slice literal: its elements are evaluated now, the
           literal is made in the wrapper (where it may stay on the stack) */
        Span brace = val->span;
        const char *text = k->c->files.data[val->span.file].text;
        for (int i = val->span.lo; i < val->span.hi; i++)
            if (text[i] == '{') {
                brace = (Span){val->span.file, i, i + 1};
                break;
            }
        for (int i = 0; i < val->u.composite.elems.len; i++) {
            Expr **e = &val->u.composite.elems.data[i].value;
            if (*e && (*e)->type)
                hoist_at(k, s, w, e, brace);
        }
        return;
    }
    Type *t = is_untyped(val->type) ? default_type(k, val->type) : val->type;
    Var *v = hidden_var(k, s, w, val, temp_pos(k, val, at), at, t);
    *slot = chk_var_expr(k, v, val->span);
}

static void hoist(Checker *k, Stmt *s, FuncInfo *w, Expr **slot, Expr *call) {
    hoist_at(k, s, w, slot, ast_call_lparen(call));
}

/* The extra arguments of a variadic ...any call (fmt.Println("x", v)):
 * as Go, converted to `any` when the defer runs (their -m lines at the
 * first one's position, or the call's '(' for g()'s results in f(g()),
 * before the wrapper's "... argument"). Under
 * --runtime=drop an interface box must be lent to the library call, so
 * there they are converted in the wrapper. */
static int vararg_any_from(Checker *k, Expr *call) {
    Type *ft = call->u.call.fn ? call->u.call.fn->type : NULL;
    if (!ft || ft->kind != T_FUNC || !ft->variadic || call->u.call.spread ||
        k->c->opt.runtime == RT_DROP)
        return -1;
    int fixed = ft->params.len - 1;
    if (ft->params.data[fixed]->elem->kind != T_IFACE || call->u.call.args.len <= fixed)
        return -1;
    return fixed;
}

/* The interface type of the parameter the deferred call's fixed
 * argument i is assigned to, when the argument is not one already (and
 * is no constant or nil, which stay in the call): Go's typecheck has
 * converted it before escape analysis wraps it, so its .autotmp_N holds
 * the interface. A user's function, method or func value only (a
 * library call lends its operands: mir/build_defer.c), not under
 * --runtime=drop (as vararg_any_from). */
static Type *iface_param(Checker *k, Stmt *s, Expr *call, int i) {
    Type *ft = call->u.call.fn ? call->u.call.fn->type : NULL;
    Expr *val = call->u.call.args.data[i];
    if (!ft || ft->kind != T_FUNC || call->u.call.kind == CALL_EXTERN || call->u.call.spread ||
        s->u.defer.tuple || k->c->opt.runtime == RT_DROP || val->is_const || unwrapped(val))
        return NULL;
    int fixed = ft->variadic ? ft->params.len - 1 : ft->params.len;
    if (i >= fixed || !val->type || val->type->kind == T_IFACE || is_untyped(val->type))
        return NULL;
    Type *pt = ft->params.data[i];
    return pt && pt->kind == T_IFACE ? pt : NULL;
}

/* The arguments, in Go's order (its FixVariadicCall packs the extra ones
 * into a slice literal whose elements it wraps one by one); an extra
 * argument of a ...any is converted when the defer runs. */
static void hoist_args(Checker *k, Stmt *s, FuncInfo *w, Expr *call) {
    ExprList *args = &call->u.call.args;
    int fixed = vararg_any_from(k, call);
    /* f(g())'s .autotmp_N are reported at the call's '(' */
    Span at = fixed < 0 ? call->span : s->u.defer.tuple ? ast_call_lparen(call) : args->data[fixed]->span;
    for (int i = 0; i < args->len; i++) {
        Expr *val = args->data[i];
        if (!val->type)     /* did not type-check: its error is reported */
            continue;
        Type *conv = iface_param(k, s, call, i);
        if (conv) {     /* converted now (at mir/build_defer.c's vararg_pos); captured at the call's '(' */
            Var *v = hidden_var(k, s, w, val, at, ast_call_lparen(call), conv);
            args->data[i] = chk_var_expr(k, v, val->span);
            continue;
        }
        if (fixed < 0 || i < fixed || val->type->kind == T_IFACE || val->type->kind == T_UNTYPED_NIL) {
            hoist(k, s, w, &args->data[i], call);
            continue;
        }
        if (is_untyped(val->type))
            chk_set_untyped(k, val, default_type(k, val->type));
        /* at the conversion's position (mir/build_defer.c vararg_pos);
         * captured at the implicit []any's, the call's '(' (Go's
         * rewriteArgument visits a slice literal's elements at its
         * position, and FixVariadicCall made it at the call's) */
        Var *v = hidden_var(k, s, w, val, at, ast_call_lparen(call), k->s->t_any);
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
        a->u.addr.implicit = true;
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
    hoist(k, s, w, &call->u.call.recv, call);
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
        hoist(k, s, w, &call->u.call.fn, call);
    if (call->u.call.kind == CALL_METHOD)
        hoist_receiver(k, s, w, call);
    if (call->u.call.kind == CALL_IFACE)    /* the interface value, as is */
        hoist(k, s, w, &call->u.call.recv, call);
    if (call->u.call.tuple_call)
        tuple_first(k, s, call);
    hoist_args(k, s, w, call);
    s->u.defer.fn = lit;
}
