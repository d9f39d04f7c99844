/*
 * build_call.c: calls, conversions, builtins and func literals -> MIR.
 *
 *   f(a, b)        _t = call const f(a, b)
 *   u.m(a)         _r = &u; _t = call const User.m(_r, a)   (auto-&)
 *   fv(a)          _t = call copy fv(a)                     (closure)
 *   T(x)           cast / strconv / use
 *   (*[N]T)(s)     _t = &s[0] marked slice_conv (codegen checks len(s) >= N)
 *   make, new,     allocation rvalues with an AllocSite at the '(' (Go's
 *   append, box    position for -m); box(v) is alloc + store
 *   println(...)   intrinsic; panic(v) is intrinsic + unreachable
 *   func(){...}    closure of a new body; captured variables by reference
 */
#include "build.h"

/* The callee of call e, noted (at e's start) before its arguments, as
 * Go's call graph meets it. */
static Operand callee_const(Builder *B, FuncInfo *fi, Expr *e) {
    Operand o = opd_const(CONST_FUNC, fi->type);
    o.c.func = bld_body_of(B, fi);
    if (o.c.func < 0)
        ICE("no body for function '%s'", fi->name);
    bld_note_ref(B, o.c.func, e->span);
    return o;
}

/* Is e a conversion T(x) between types of one underlying type
 * (Ints(xs), string(n) of a `type Name string`) of a non-Copy, non-
 * constant x? Then it is x's value itself, and a library call that lends
 * its operand lends x (--borrowck: the twin's `&mut Ints(&mut xs)`,
 * `n.0.to_uppercase()`); x is returned, else NULL. Bound to a variable
 * the conversion still moves x, as `b := xs` does. */
Expr *bld_same_value_conv(Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    if (e->kind != E_CALL || e->u.call.kind != CALL_CONV || e->is_const || e->u.call.args.len != 1)
        return NULL;
    Expr *x = e->u.call.args.data[0];
    Type *to = e->type, *from = x->type;
    if (!to || !from || to->kind == T_IFACE || x->is_const || type_is_copy(from) ||
        from->kind != to->kind || type_is_numeric(to))
        return NULL;
    return x;
}

static Rvalue lower_conv(Builder *B, Expr *e) {
    Type *to = e->type;
    Expr *x = e->u.call.args.data[0];
    Type *from = x->type;
    if (to->kind == T_IFACE) {      /* any(x), Shape(c): the box (or an interface's
                                       conversion) is the call's, at its '(' */
        Rvalue r = rv_new(RV_USE, to, e->span);
        B->explicit_box = from->kind != T_IFACE;
        Operand o = from->kind == T_IFACE ? lower_iface_conv_as(B, x, to, ast_call_lparen(e), expr_desc(B, e))
                    : lower_to_iface_as(B, x, to, ast_call_lparen(e), LEND_NONE, expr_desc(B, e));
        B->explicit_box = false;    /* no box made (a pointer-shaped x) */
        rv_arg(B, &r, o);
        return r;
    }
    if (to->kind == T_STRING && type_is_integer(from)) {   /* string(r) */
        Rvalue r = rv_new(RV_STR_CONV, to, e->span);
        r.site = bld_site(B, ast_call_lparen(e), expr_desc(B, e));
        rv_arg(B, &r, lower_operand(B, x, NULL));
        return r;
    }
    if (to->kind == T_STRING && from->kind == T_SLICE) {
        Rvalue r = rv_new(RV_STR_CONV, to, e->span);
        r.site = bld_site(B, ast_call_lparen(e), expr_desc(B, e));
        rv_arg(B, &r, lower_operand(B, x, NULL));
        return r;
    }
    if (to->kind == T_SLICE && from->kind == T_STRING) {
        Rvalue r = rv_new(RV_STR_CONV, to, e->span);
        r.site = bld_site(B, ast_call_lparen(e), expr_desc(B, e));
        rv_arg(B, &r, lower_operand(B, x, NULL));
        return r;
    }
    if (type_slice_to_array_ptr(from, to)) {   /* (*[N]T)(s): a borrow of s[0] */
        Place p = place_project(B, lower_place(B, x), PJ_CONST_INDEX, 0, -1, from->elem);
        p.proj[p.nproj - 1].const_index = 0;
        mark_addressed(B, p);
        Rvalue r = rv_new(RV_REF, to, e->span);
        r.place = p;
        r.mut = to->mut;    /* --borrowck: (*mut [N]T)(s) is `&mut s[..N]` */
        r.slice_conv = true;
        return r;
    }
    Operand a = lower_operand(B, x, to);
    /* between types of one underlying type (IntList([]int), a named
     * struct from a struct literal type): the same value, moved or
     * copied as any use (under --runtime=drop it is counted as one) */
    bool same = a.type == to || (from->kind == to->kind && !type_is_numeric(to));
    Rvalue r = rv_new(same ? RV_USE : RV_CAST, to, e->span);
    rv_arg(B, &r, a);
    return r;
}

/* The type argument of make/new, resolved by sema. */
static Type *type_arg(Expr *e) {
    if (!e->u.call.type_arg)
        ICE("make/new without a resolved type argument");
    return e->u.call.type_arg;
}

static Rvalue lower_alloc_builtin(Builder *B, Expr *e) {
    ExprList *args = &e->u.call.args;
    Span at = ast_call_lparen(e);
    switch (e->u.call.builtin) {
    case BI_NEW: {
        Rvalue r = rv_new(RV_ALLOC, e->type, e->span);
        r.elem = type_arg(e);
        r.site = bld_site(B, at, expr_desc(B, e));
        return r;
    }
    case BI_MAKE: {
        if (e->type->kind == T_MAP)
            return lower_make_map(B, e);
        Rvalue r = rv_new(RV_MAKE_SLICE, e->type, e->span);
        r.elem = type_arg(e)->elem;
        r.site = bld_site(B, at, expr_desc(B, e));
        rv_arg(B, &r, lower_operand(B, args->data[1], B->s->t_int));
        rv_arg(B, &r, args->len > 2 ? lower_operand(B, args->data[2], B->s->t_int)
                                    : opd_const(CONST_VOID, B->s->t_void));
        return r;
    }
    case BI_APPEND: {
        Rvalue r = rv_new(RV_APPEND, e->type, e->span);
        r.site = bld_site(B, at, expr_desc(B, e));
        B->b->sites.data[r.site].kind = SITE_APPEND;
        rv_arg(B, &r, lower_operand(B, args->data[0], e->type));
        if (e->u.call.spread) {     /* append(x, y...): y is read, not moved */
            Operand y = lower_operand(B, args->data[1], args->data[1]->type);
            if (y.kind == OPD_MOVE)
                y.kind = OPD_COPY;
            rv_arg(B, &r, y);
            r.spread = true;
            return r;
        }
        ConvList saved = go_list_conv(B, args->data, args->len, NULL, 0, false);
        for (int i = 1; i < args->len; i++)
            rv_arg(B, &r, lower_operand(B, args->data[i], e->type->elem));
        go_list_conv_end(B, saved);
        return r;
    }
    case BI_BOX: {
        Type *elem = e->type->elem;
        LocalId tmp = bld_temp(B, e->type, e->span);
        Rvalue a = rv_new(RV_ALLOC, e->type, e->span);
        a.elem = elem;
        a.site = bld_site(B, at, expr_desc(B, e));
        B->b->locals.data[tmp].init_site = a.site;
        bld_assign(B, place_local(tmp), a, e->span);
        Place dst = place_project(B, place_local(tmp), PJ_DEREF, 0, -1, elem);
        lower_into(B, dst, args->data[0], elem);
        Rvalue r = rv_new(RV_USE, e->type, e->span);
        rv_arg(B, &r, opd_place(B, place_local(tmp), e->type));
        return r;
    }
    default:
        ICE("not an allocating builtin");
    }
}

static Rvalue lower_len_cap(Builder *B, Expr *e) {
    Expr *x = e->u.call.args.data[0];
    if (x->type->kind == T_MAP)
        return lower_map_len(B, x, e->span);
    if (x->type->kind == T_ARRAY || (x->type->kind == T_PTR && x->type->elem->kind == T_ARRAY)) {
        /* len(a), len(p) of a *[N]T: N, never dereferencing p (as Go) */
        Type *at = x->type->kind == T_ARRAY ? x->type : x->type->elem;
        Rvalue r = rv_new(RV_USE, B->s->t_int, e->span);
        rv_arg(B, &r, opd_const_int(B->s->t_int, at->len));
        /* still evaluate x for its effects when it is not a plain place */
        Expr *bare = x;
        while (bare->kind == E_PAREN)
            bare = bare->u.paren.x;
        if (bare->kind == E_CALL)
            lower_operand(B, x, NULL);
        return r;
    }
    Rvalue r = rv_new(e->u.call.builtin == BI_LEN ? RV_LEN : RV_CAP, B->s->t_int, e->span);
    r.place = place_or_temp(B, x);
    return r;
}

/* print/println borrow their arguments: copies, never moves. */
static Rvalue lower_print(Builder *B, Expr *e, IntrinsicKind k) {
    Rvalue r = rv_new(RV_INTRINSIC, B->s->t_void, e->span);
    r.intrinsic = k;
    ExprList *args = &e->u.call.args;
    for (int i = 0; i < args->len; i++) {
        Operand o = lower_operand(B, args->data[i], NULL);
        if (o.kind == OPD_MOVE)
            o.kind = OPD_COPY;
        rv_arg(B, &r, o);
    }
    return r;
}

static Rvalue void_rvalue(Builder *B, Span sp) {
    Rvalue r = rv_new(RV_USE, B->s->t_void, sp);
    rv_arg(B, &r, opd_const(CONST_VOID, B->s->t_void));
    return r;
}

static Rvalue lower_builtin(Builder *B, Expr *e) {
    ExprList *args = &e->u.call.args;
    switch (e->u.call.builtin) {
    case BI_LEN:
    case BI_CAP:
        return lower_len_cap(B, e);
    case BI_PRINT:
        return lower_print(B, e, IN_PRINT);
    case BI_PRINTLN:
        return lower_print(B, e, IN_PRINTLN);
    case BI_PANIC: {
        Rvalue r = rv_new(RV_INTRINSIC, B->s->t_void, e->span);
        r.intrinsic = IN_PANIC;
        /* Go converts the argument to interface{}: an allocation site,
           silent when Go spills nothing (bld_site_quiet); the value still
           flows through it to the heap. A pointer-shaped value goes in the
           interface word where Go reads it (go_last_pos), and so is an
           interface converted to interface{} */
        Type *at = args->data[0]->type;
        r.site = bld_site(B, mir_go_direct_iface(at) || at->kind == T_IFACE ? go_last_pos(B, args->data[0])
                                                                           : go_conv_pos(B->c, e, args->data[0]),
                          expr_desc(B, args->data[0]));
        bld_site_quiet(B, r.site, SITE_FOR_CONV, args->data[0]);
        rv_arg(B, &r, lower_operand(B, args->data[0], NULL));
        bld_eval(B, r, e->span);
        bld_terminate(B, TM_UNREACHABLE, e->span);
        return void_rvalue(B, e->span);
    }
    case BI_RECOVER:
        return lower_recover(B, e);
    case BI_DELETE:
        return lower_delete(B, e);
    case BI_NANOTIME: {
        Rvalue r = rv_new(RV_INTRINSIC, B->s->t_int, e->span);
        r.intrinsic = IN_NANOTIME;
        return r;
    }
    case BI_COPY: {
        Rvalue r = rv_new(RV_INTRINSIC, B->s->t_int, e->span);
        r.intrinsic = IN_COPY;
        rv_arg(B, &r, lower_operand(B, args->data[0], NULL));
        rv_arg(B, &r, lower_operand(B, args->data[1], NULL));
        return r;
    }
    default:
        return lower_alloc_builtin(B, e);
    }
}

static Rvalue lower_method_call(Builder *B, Expr *e) {
    Rvalue r = rv_new(RV_CALL, e->type, e->span);
    FuncInfo *fi = e->u.call.func->u.func.info;
    if (B->c->opt.m_level >= 2 || B->c->opt.explain) {  /* Go quotes (*T).M(x, a) */
        GoCallText ct = {e->span, go_expr_text(B->c, e)};
        vec_push(bld_tmp(B), &B->b->call_texts, ct);
    }
    rv_arg(B, &r, callee_const(B, fi, e));
    Expr *recv = e->u.call.recv;
    Type *rt = fi->recv->type;
    if (e->u.call.recv_addr) {
        Place p = lower_place(B, recv);
        mark_addressed(B, p);
        Rvalue ref = rv_new(RV_REF, rt, recv->span);
        ref.place = p;
        ref.mut = rt->kind == T_PTR && rt->mut;
        ref.autoref = true;
        rv_arg(B, &r, opd_temp(B, ref, recv->span));
    } else if (e->u.call.recv_deref) {     /* p.m() with func (t T) m(): pass *p */
        Operand po = lower_operand(B, recv, NULL);
        if (po.kind == OPD_MOVE)
            po.kind = OPD_COPY;
        if (po.kind == OPD_CONST) {
            Rvalue u = rv_new(RV_USE, po.type, recv->span);
            rv_arg(B, &u, po);
            po = opd_temp(B, u, recv->span);
        }
        Place pp = po.place;
        Place v = place_project(B, pp, PJ_DEREF, 0, -1, rt);
        rv_arg(B, &r, opd_copy(v, rt));
    } else if (!fi->recv->type || fi->recv->type->kind != T_PTR) {   /* a value receiver: as an argument */
        rv_arg(B, &r, lower_operand(B, recv, rt));
    } else if (recv->type->kind == T_BOX) {
        /* b.m() of a Box b and a pointer method: Rust's auto-reborrow
           `T::m(&mut *b)`, a loan on *b (--borrowck) */
        Place p = place_project(B, place_or_temp(B, recv), PJ_DEREF, 0, -1, recv->type->elem);
        Rvalue ref = rv_new(RV_REF, rt, recv->span);
        ref.place = p;
        ref.mut = rt->mut;
        ref.autoref = true;
        rv_arg(B, &r, opd_temp(B, ref, recv->span));
    } else {
        Operand o = lower_operand(B, recv, rt);
        if (o.kind == OPD_MOVE)     /* a pointer receiver is borrowed */
            o.kind = OPD_COPY;
        o.type = rt;
        rv_arg(B, &r, o);
    }
    lower_call_args(B, &r, e, fi->type);
    return r;
}

Rvalue lower_call(Builder *B, Expr *e, Type *want) {
    switch (e->u.call.kind) {
    case CALL_CONV:
        return lower_conv(B, e);
    case CALL_BUILTIN:
        return lower_builtin(B, e);
    case CALL_METHOD:
        return lower_method_call(B, e);
    case CALL_FUNC: {
        Rvalue r = rv_new(RV_CALL, e->type, e->span);
        FuncInfo *fi = e->u.call.func->u.func.info;
        rv_arg(B, &r, callee_const(B, fi, e));
        lower_call_args(B, &r, e, fi->type);
        return r;
    }
    case CALL_EXTERN:
        return lower_extern_call(B, e);
    case CALL_IFACE:
        return lower_icall(B, e);
    case CALL_VALUE: {
        Rvalue r = rv_new(RV_CALL, e->type, e->span);
        Operand f = lower_operand(B, e->u.call.fn, NULL);
        if (f.kind == OPD_MOVE)
            f.kind = OPD_COPY;
        rv_arg(B, &r, f);
        lower_call_args(B, &r, e, e->u.call.fn->type);
        return r;
    }
    default:
        ICE("unresolved call reached MIR building");
    }
}

/* func(...) {...}: lower the literal's body now (appended to the program),
 * then build its closure value from the addresses of the captured vars. */
Rvalue lower_funclit(Builder *B, Expr *e) {
    FuncInfo *fi = e->u.funclit.info;
    MethVal *mv = e->u.funclit.mv;
    Rvalue r = rv_new(RV_CLOSURE, e->type, e->span);
    if (mv) {   /* Go: "c.Get does not escape" at the '.'; a method expression is silent */
        const char *desc = mv->x ? go_selector_text(B->c, mv->x, mv->name) : "";
        r.site = bld_site(B, mv->at, desc);     /* before the receiver's sites, as Go spills first */
        bld_site_quiet(B, r.site, mv->x ? SITE_FOR_METHOD_VALUE : SITE_FOR_METHOD_EXPR, NULL);
    }
    if (mv && mv->var)      /* a method value: its receiver, evaluated now */
        lower_into(B, place_local(bld_user_local(B, mv->var)), mv->recv, mv->var->type);
    Body *body = bld_new_body(B, fi->name, fi, e->span);
    body->parent = B->b->index;
    bld_note_ref(B, body->index, e->span);
    bld_function(B, fi, body, e->u.funclit.body);
    r.func = body->index;
    if (!mv)
        r.site = bld_site(B, e->span, "func literal");
    B->b->sites.data[r.site].kind = SITE_CLOSURE;
    for (int i = 0; i < fi->captures.len; i++) {
        Var *v = fi->captures.data[i];
        Place p = place_of_var(B, v);
        if (body->byval[i]) {
            Operand o = opd_copy(p, v->type);
            rv_arg(B, &r, o);
            continue;
        }
        mark_addressed(B, p);
        Rvalue ref = rv_new(RV_REF, type_ptr(B->s, v->type, false), e->span);
        ref.place = p;
        rv_arg(B, &r, opd_temp(B, ref, e->span));
    }
    return r;
}
