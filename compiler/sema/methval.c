/*
 * methval.c: method values `x.M` and method expressions `T.M`, `(*T).M`
 * without a call (Go spec "Method values", "Method expressions").
 *
 * Both become a func literal the compiler writes, so every later pass
 * sees an ordinary closure:
 *
 *     f := x.M          f := func(a A, b ...B) R { return recv.M(a, b...) }
 *                       with recv := x (or &x, *p: as a call of M would
 *                       pass it) evaluated when the literal is made and
 *                       captured by value (Var.defer_temp)
 *     g := T.M          g := func(t T, a A) R { return t.M(a) }
 *     h := (*T).M       h := func(p *T, a A) R { return p.M(a) }
 *
 * The E_FIELD node is rewritten in place into the E_FUNCLIT; its MethVal
 * keeps the receiver to evaluate (mir/build_call.c lower_funclit puts it
 * in the hidden variable before the closure is built) and Go's text and
 * position for -m: go1.19 reports a method value's closure as `x.M does
 * not escape` / `x.M escapes to heap` at the selector's '.', and nothing
 * for a method expression or for the wrapper itself. Go calls through a
 * method value as through any func value (escape/call.c: no static
 * callee), while a method expression's calls reach the method.
 *
 * An interface's method value `s.String` captures the interface value
 * and calls through its itab when called (CALL_IFACE in the wrapper).
 *
 * A library function as a value whose parameters or results are not all
 * numbers, runes and bools (`f := strings.ToUpper`, `apply(strconv.Itoa,
 * xs)`, `sort.Ints`) is written the same way, as a method expression is:
 *
 *     f := strings.ToUpper   f := func(_ string) string { return strings.ToUpper(_) }
 *
 * (CALL_EXTERN in the wrapper), so the drop pass counts its arguments and
 * results as any literal's, and the borrow checker sees an ordinary
 * closure. Go's value is the function itself: -m says nothing of it (a
 * silent site), and calls through it reach it (escape/call.c finds the
 * wrapper as go1.19's ir.StaticValue finds the function), so the
 * library's leak summary applies through the wrapper's own.
 */
#include "check.h"

#include <string.h>

/* The wrapper literal, with its parameters (named `_`: Go reports no
 * "leaking param" line for them) and no body yet. */
static FuncInfo *wrapper(Checker *k, Expr *e, Type *ft, Type *recv_param) {
    FuncInfo *w = arena_alloc(&k->c->arena, sizeof *w);
    w->parent = k->fn;
    w->lit = e;
    w->type = recv_param ? NULL : ft;
    w->name = k->fn ? arena_printf(&k->c->arena, "%s.%s-fm%d", k->fn->name, e->u.field.name, ++k->fn->nmeth_wraps)
                    : arena_printf(&k->c->arena, "glob.%s-fm%d", e->u.field.name, ++k->nlits);
    FuncInfo *saved = k->fn;
    k->fn = w;
    Sym blank = intern_cstr(k->c, "_");
    Type *params[257];
    int n = 0;
    if (recv_param)
        params[n++] = recv_param;
    for (int i = 0; i < ft->params.len && n < 257; i++)
        params[n++] = ft->params.data[i];
    for (int i = 0; i < n; i++) {
        Var *v = chk_new_var(k, blank, e->span, params[i]);
        v->is_param = true;
        vec_push(&k->c->arena, &w->params, v);
    }
    k->fn = saved;
    if (recv_param)
        w->type = type_func_v(k->s, params, n, ft->result ? ft->result : k->s->t_void, ft->variadic);
    return w;
}

/* return recv.M(params...) (or the call alone for a void M): a call the
 * checker would have made, built here already resolved. */
Stmt *chk_forward_call(Checker *k, FuncInfo *w, Expr *recv, Method *m, int imethod, Type *ft, int first,
                       bool addr, bool deref, Span sp) {
    Expr *sel = ast_expr(k->c, E_FIELD, sp);
    sel->u.field.x = recv;
    sel->u.field.name = m ? m->name : recv->type->imethods.data[imethod].name;
    sel->type = ft;
    Expr *call = ast_expr(k->c, E_CALL, sp);
    call->u.call.fn = sel;
    call->u.call.lparen = sp.hi - 1;
    call->u.call.recv = recv;
    call->u.call.recv_addr = addr;
    call->u.call.recv_deref = deref;
    if (m) {
        call->u.call.kind = CALL_METHOD;
        call->u.call.func = m->decl;
    } else {
        call->u.call.kind = CALL_IFACE;
        call->u.call.imethod = imethod;
    }
    for (int i = first; i < w->params.len; i++)
        vec_push(&k->c->arena, &call->u.call.args, chk_var_expr(k, w->params.data[i], sp));
    call->u.call.spread = ft->variadic;
    Type *rt = ft->result ? ft->result : k->s->t_void;
    call->type = rt;
    Stmt *st;
    if (rt->kind == T_VOID) {
        st = ast_stmt(k->c, S_EXPR, sp);
        st->u.expr.x = call;
    } else {
        st = ast_stmt(k->c, S_RETURN, sp);
        st->u.ret.x = call;
    }
    Stmt *body = ast_stmt(k->c, S_BLOCK, sp);
    vec_push(&k->c->arena, &body->u.block.stmts, st);
    body->u.block.rbrace = sp;
    return body;
}

/* e (x.M) becomes the literal w with body. */
static Type *become_literal(Checker *k, Expr *e, FuncInfo *w, Stmt *body, MethVal *mv) {
    memset(&e->u, 0, sizeof e->u);
    e->kind = E_FUNCLIT;
    e->u.funclit.body = body;
    e->u.funclit.info = w;
    e->u.funclit.mv = mv;
    w->mv = mv;
    (void)k;
    return e->type = w->type;
}

/* Go's position of a selector: its '.' (before the name). */
static Span dot_of(Checker *k, Expr *e) {
    const char *text = k->c->files.data[e->span.file].text;
    int i = e->u.field.name_lo - 1;
    while (i > e->span.lo && text[i] != '.')
        i--;
    return (Span){e->span.file, i, i + 1};
}

static Expr *wrap_recv(Checker *k, ExprKind kind, Expr *x, Type *t) {
    Expr *r = ast_expr(k->c, kind, x->span);
    if (kind == E_ADDR) {
        r->u.addr.x = x;
        r->u.addr.mut = t->kind == T_PTR && t->mut;
    } else {
        r->u.deref.x = x;
    }
    r->type = t;
    return r;
}

/* A package-level method value's receiver, evaluated when the package is
 * initialized (Go spec "Method values"): a hidden global holding it,
 * initialized before the variable whose initializer names x.M (globals
 * are appended to SemaInfo.globals once their initializer is checked,
 * which is Go's dependency order). Its name as an expression. */
static Expr *hidden_global(Checker *k, Expr *e, Expr *recv, Type *t) {
    Symbol *sym = arena_alloc(&k->c->arena, sizeof *sym);
    sym->kind = SYM_GLOBAL;
    sym->name = intern_cstr(k->c, arena_printf(&k->c->arena, ".recv.%s", source_text(k->c, e->span)));
    sym->span = e->span;
    sym->type = t;
    sym->global_index = k->s->globals.len;
    Global g = {sym->name, e->span, t, NULL, recv, 0};
    vec_push(&k->c->arena, &k->s->globals, g);
    Expr *x = ast_expr(k->c, E_NAME, e->span);
    x->u.name.name = sym->name;
    x->u.name.sym = sym;
    x->type = t;
    return x;
}

/* x.M, x already checked with type t (a method of t, or of interface t). */
Type *chk_method_value(Checker *k, Expr *e, Type *t) {
    Sym name = e->u.field.name;
    Span at = dot_of(k, e);
    MethVal *mv = arena_alloc(&k->c->arena, sizeof *mv);
    mv->at = at;
    mv->dynamic = true;
    Method *m = NULL;
    int imethod = -1;
    Type *ft, *vt;
    if (t->kind == T_IFACE) {
        imethod = iface_method_index(t, name);
        ft = t->imethods.data[imethod].fn;
        mv->recv = e->u.field.x;
        vt = t;
    } else {
        Selection path;
        m = type_method_lookup(t, name, &path);
        bool addr, deref;
        Expr *x;
        if (!m || !chk_method_recv(k, e, m, &path, &x, &addr, &deref))
            return NULL;
        FuncInfo *mfi = m->decl->u.func.info;
        ft = mfi->type;
        vt = mfi->recv ? mfi->recv->type : NULL;
        if (!ft || !vt)
            return NULL;
        mv->recv = addr ? wrap_recv(k, E_ADDR, x, vt) : deref ? wrap_recv(k, E_DEREF, x, vt) : x;
        e->u.field.x = x;   /* promoted: Go's text names the embedded fields */
    }
    mv->name = name;
    FuncInfo *w = wrapper(k, e, ft, NULL);
    if (!k->fn) {   /* var f = c.M: the receiver in a hidden global */
        Expr *g = hidden_global(k, e, mv->recv, vt);
        mv->x = e->u.field.x;
        return become_literal(k, e, w, chk_forward_call(k, w, g, m, imethod, ft, 0, false, false, e->span), mv);
    }
    Var *v = chk_new_var(k, intern_cstr(k->c, source_text(k->c, e->u.field.x->span)), e->span, vt);
    v->defer_temp = true;
    v->captured = true;
    vec_push(&k->c->arena, &w->captures, v);
    mv->var = v;
    mv->x = e->u.field.x;
    Stmt *body = chk_forward_call(k, w, chk_var_expr(k, v, e->span), m, imethod, ft, 0, false, false, e->span);
    return become_literal(k, e, w, body, mv);
}

/* T.M without a method M: go1.19's "T.M undefined (type T has no field or
 * method M)", or "has no method M" where M is a field, at M. */
static Type *no_method(Checker *k, Expr *e, Type *t) {
    Selection sel;
    bool field = type_select(t, e->u.field.name, &sel) == SEL_FIELD;
    diag_error(k->c, ast_field_name_span(e), "%s undefined (type %s has no %smethod %s)", chk_expr_string(k, e),
               type_name(k->c, t), field ? "" : "field or ", e->u.field.name);
    return NULL;
}

/* T.M or (*T).M where M is promoted from an interface embedded in T's
 * struct (`type Node struct { Namer }`, Node.Name): the wrapper's body
 * is the interface call through the embedded fields,
 *
 *     func(t T, a A) R { return t.Namer.Name(a) }
 *
 * as Go's <autogenerated> T.Name; both T and *T have M in their sets. */
static Type *promoted_iface_expr(Checker *k, Expr *e, Type *t, MethVal *mv) {
    Selection path;
    Type *it = type_select_iface_promoted(t, e->u.field.name, &path);
    if (!it || it->kind != T_IFACE)
        return no_method(k, e, t);
    int im = iface_method_index(it, e->u.field.name);
    Type *ft = it->imethods.data[im].fn;
    mv->dynamic = true;
    FuncInfo *w = wrapper(k, e, ft, t);
    FuncInfo *saved = k->fn;
    k->fn = w;
    Expr *recv = chk_promote(k, chk_var_expr(k, w->params.data[0], e->span), &path);
    Stmt *body = chk_forward_call(k, w, recv, NULL, im, ft, 1, false, false, e->span);
    k->fn = saved;
    return become_literal(k, e, w, body, mv);
}

/* T.M or (*T).M, T the type e's x denotes. */
Type *chk_method_expr(Checker *k, Expr *e, Type *t) {
    Sym name = e->u.field.name;
    MethVal *mv = arena_alloc(&k->c->arena, sizeof *mv);
    mv->at = dot_of(k, e);
    mv->name = name;
    if (t->kind == T_IFACE) {
        int i = iface_method_index(t, name);
        if (i < 0)
            return no_method(k, e, t);
        Type *ft = t->imethods.data[i].fn;
        mv->dynamic = true;
        FuncInfo *w = wrapper(k, e, ft, t);
        Expr *recv = chk_var_expr(k, w->params.data[0], e->span);
        return become_literal(k, e, w, chk_forward_call(k, w, recv, NULL, i, ft, 1, false, false, e->span), mv);
    }
    Selection path;
    Method *m = type_method_lookup(t, name, &path);
    if (!m && type_select(t, name, &path) == SEL_NONE)
        return promoted_iface_expr(k, e, t, mv);
    if (!m)
        return no_method(k, e, t);
    if (!type_method_in_set(t, &path)) {
        diag_error(k->c, ast_field_name_span(e), "cannot call pointer method %s on %s", name,
                   type_name(k->c, t));  /* go1.19's words (types2 selector) */
        return NULL;
    }
    FuncInfo *mfi = m->decl->u.func.info;
    if (!mfi->type)
        return NULL;
    FuncInfo *w = wrapper(k, e, mfi->type, t);
    FuncInfo *saved = k->fn;
    k->fn = w;
    Expr *sel = ast_expr(k->c, E_FIELD, e->span);
    sel->u.field.x = chk_var_expr(k, w->params.data[0], e->span);
    sel->u.field.name = name;
    Expr *recv;
    bool addr, deref;
    bool ok = chk_method_recv(k, sel, m, &path, &recv, &addr, &deref);
    k->fn = saved;
    if (!ok)
        return NULL;
    Stmt *body = chk_forward_call(k, w, recv, m, -1, mfi->type, 1, addr, deref, e->span);
    return become_literal(k, e, w, body, mv);
}

/* pkg.F as a value (sym a library function): the wrapper literal
 * func(_ P...) R { return pkg.F(_...) }, e rewritten into it. */
Type *chk_lib_func_value(Checker *k, Expr *e, Symbol *sym) {
    Type *ft = sym->type;
    FuncInfo *w = arena_alloc(&k->c->arena, sizeof *w);
    w->parent = k->fn;
    w->lit = e;
    w->type = ft;
    w->name = k->fn ? arena_printf(&k->c->arena, "%s.%s-fm%d", k->fn->name, sym->name, ++k->fn->nmeth_wraps)
                    : arena_printf(&k->c->arena, "glob.%s-fm%d", sym->name, ++k->nlits);
    FuncInfo *saved = k->fn;
    k->fn = w;
    Sym blank = intern_cstr(k->c, "_");
    for (int i = 0; i < ft->params.len; i++) {
        Var *v = chk_new_var(k, blank, e->span, ft->params.data[i]);
        v->is_param = true;
        vec_push(&k->c->arena, &w->params, v);
    }
    Expr *fn = ast_expr(k->c, E_NAME, e->span);
    fn->u.name.name = sym->name;
    fn->u.name.sym = sym;
    fn->type = ft;
    Expr *call = ast_expr(k->c, E_CALL, e->span);
    call->u.call.fn = fn;
    call->u.call.lparen = e->span.hi - 1;
    call->u.call.kind = CALL_EXTERN;
    call->u.call.lib = sym->lib;
    for (int i = 0; i < w->params.len; i++)
        vec_push(&k->c->arena, &call->u.call.args, chk_var_expr(k, w->params.data[i], e->span));
    call->u.call.spread = ft->variadic;
    k->fn = saved;
    Type *rt = ft->result ? ft->result : k->s->t_void;
    call->type = rt;
    Stmt *st = ast_stmt(k->c, rt->kind == T_VOID ? S_EXPR : S_RETURN, e->span);
    if (rt->kind == T_VOID)
        st->u.expr.x = call;
    else
        st->u.ret.x = call;
    Stmt *body = ast_stmt(k->c, S_BLOCK, e->span);
    vec_push(&k->c->arena, &body->u.block.stmts, st);
    body->u.block.rbrace = e->span;
    MethVal *mv = arena_alloc(&k->c->arena, sizeof *mv);
    mv->at = e->span;
    mv->name = sym->name;
    mv->lib = true;
    return become_literal(k, e, w, body, mv);
}
