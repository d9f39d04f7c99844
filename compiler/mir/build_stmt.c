/*
 * build_stmt.c: checked AST statements -> MIR blocks.
 *
 * Every block statement is a scope: user variables declared in it get
 * StorageLive at their declaration and StorageDead, in reverse order, on
 * every way out (falling off the end, break, continue, return). Loops
 * raise loop_depth for what is declared in their bodies; a `for` init
 * statement and range variables belong to the enclosing depth, as in
 * go1.19 (one variable per loop, not per iteration).
 */
#include "build.h"

static Span block_end(Stmt *s) {
    Span sp = s->span;
    if (s->kind == S_BLOCK && s->u.block.rbrace.file >= 0 && s->u.block.rbrace.hi > 0)
        return s->u.block.rbrace;
    sp.lo = sp.hi > 0 ? sp.hi - 1 : sp.hi;
    return sp;
}

/* { stmts }. A looping label inside raises the loop depth until the
 * block's end (go1.19's escape/stmt.go block: the depth is restored). */
void lower_block(Builder *B, Stmt *s) {
    int depth = B->loop_depth;
    int mark = bld_scope_enter(B, s->span);
    OpenBlock ob = {s, mark, mark};
    vec_push(bld_tmp(B), &B->blocks, ob);
    for (int i = 0; i < s->u.block.stmts.len; i++) {
        vec_last(&B->blocks).at = B->live.len;
        lower_stmt(B, s->u.block.stmts.data[i]);
    }
    B->blocks.len--;
    bld_scope_exit(B, mark, block_end(s));
    B->loop_depth = depth;
}

/* The function body: its block, then the implicit return. */
void lower_body(Builder *B, Stmt *body) {
    int mark = bld_scope_enter(B, body->span);
    OpenBlock ob = {body, mark, mark};
    vec_push(bld_tmp(B), &B->blocks, ob);
    for (int i = 0; i < body->u.block.stmts.len; i++) {
        vec_last(&B->blocks).at = B->live.len;
        lower_stmt(B, body->u.block.stmts.data[i]);
    }
    B->blocks.len--;
    Span end = block_end(body);
    if (B->fi->has_defer && B->cur >= 0 && B->b->locals.data[0].type->kind == T_VOID)
        lower_defer_exit(B, end);   /* deferred calls before the body's drops */
    bld_scope_exit(B, mark, end);
    if (B->b->locals.data[0].type->kind == T_VOID)
        bld_terminate(B, TM_RETURN, end);
    else if (B->cur >= 0)
        bld_terminate(B, TM_UNREACHABLE, end);   /* sema proved it */
}

/* var a, b T = x, y   (values optional: zero values) */
static void lower_var(Builder *B, Stmt *s) {
    int n = s->u.var.names.len;
    if (n > 1 && s->u.var.values.len == 1) {
        lower_tuple_var(B, s);
        return;
    }
    Operand *vals = arena_alloc(bld_tmp(B), sizeof(Operand) * (size_t)(n ? n : 1));
    for (int i = 0; i < s->u.var.values.len && i < n; i++) {
        Var *v = s->u.var.vars.data[i];
        Expr *x = s->u.var.values.data[i];
        if (v && v->type->kind == T_IFACE && x->type->kind != T_IFACE) {
            /* go1.19: `var a any = x + 1` at x, `var a any = "k"` at a,
               `var r, s any = n, m` both at m */
            vals[i] = lower_to_iface(B, x, v->type, go_var_conv_pos(B, s));
            continue;
        }
        vals[i] = lower_operand(B, x, v ? v->type : NULL);
        if (n > 1 && vals[i].kind != OPD_CONST) {
            /* go1.19 initializes `var a, b = x, f()` one variable after
               the other (a is x before f runs): each value is read now */
            Rvalue use = rv_new(RV_USE, vals[i].type, x->span);
            rv_arg(B, &use, vals[i]);
            vals[i] = opd_temp(B, use, x->span);
        }
    }
    for (int i = 0; i < n; i++) {
        Var *v = s->u.var.vars.data[i];
        if (!v)
            continue;   /* `_` */
        LocalId l = bld_user_local(B, v);
        Operand o = i < s->u.var.values.len ? vals[i] : zero_operand(B, v->type, v->span);
        Rvalue r = rv_new(RV_USE, v->type, v->span);
        o.type = v->type;
        rv_arg(B, &r, o);
        bld_assign(B, place_local(l), r, s->span);
    }
}

/* The store just emitted is a self-assignment (self_assign.c): escape
 * analysis ignores it and -m says so, at the '=' as Go does, or at the
 * operator of `x op= y` (op, else OP_NONE). */
static void mark_self_assign(Builder *B, ExprList *lhs, ExprList *rhs, Op op) {
    Block *bb = &B->b->blocks.data[B->cur];
    MirStmt *st = &bb->stmts.data[bb->stmts.len - 1];
    Ctx *c = B->c;
    Expr *last = lhs->data[lhs->len - 1];
    SourceFile *f = &c->files.data[last->span.file];
    int eq = last->span.hi;
    char want = op == OP_NONE ? '=' : ast_op_name(op)[0];
    while (eq < f->len && f->text[eq] != want)
        eq++;
    SelfAssign sa = {{last->span.file, eq, eq + 1}, NULL};
    if (c->opt.m_level || c->opt.explain || c->opt.emit == EMIT_MIR)
        sa.text = op == OP_NONE ? go_assign_text(c, lhs, rhs)
                                : go_op_assign_text(c, lhs->data[0], op, rhs->data[0]);
    st->self_assign = true;
    st->local = B->b->self_assigns.len;
    vec_push(bld_tmp(B), &B->b->self_assigns, sa);
}

/* a, b := x, y  and  a, b = x, y: all right-hand sides first. */
static void lower_multi_assign(Builder *B, Stmt *s, bool define) {
    ExprList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    Operand *vals = arena_alloc(bld_tmp(B), sizeof(Operand) * (size_t)rhs->len);
    Place *dsts = arena_alloc(bld_tmp(B), sizeof(Place) * (size_t)lhs->len);
    MapDst *mdst = arena_alloc(bld_tmp(B), sizeof(MapDst) * (size_t)lhs->len);
    bld_order_list(B, lhs, false);  /* Go's order: a[i], i = f(), 2 indexes after f */
    for (int i = 0; i < rhs->len; i++)
        bld_order_to(B, rhs->data[i], true,
                     ast_is_blank(lhs->data[i]) || (define && s->u.assign.vars.data[i]) ? NULL : lhs->data[i]->type);
    for (int i = 0; i < lhs->len; i++)   /* lhs index/pointer operands first */
        if (!ast_is_blank(lhs->data[i]) && !(define && s->u.assign.vars.data[i])) {
            if (is_map_index(lhs->data[i]))
                mdst[i] = lower_map_dst(B, lhs->data[i]);
            else
                dsts[i] = lower_place(B, lhs->data[i]);
        }
    ConvList saved = go_list_conv(B, rhs->data, rhs->len, lhs->data, lhs->len, false);
    for (int i = 0; i < rhs->len; i++) {
        Type *want = ast_is_blank(lhs->data[i]) ? NULL : lhs->data[i]->type;
        if (define && s->u.assign.vars.data[i])
            want = s->u.assign.vars.data[i]->type;
        Rvalue use = rv_new(RV_USE, NULL, rhs->data[i]->span);
        Operand o = lower_operand(B, rhs->data[i], want);
        use.type = o.type;
        rv_arg(B, &use, o);
        vals[i] = opd_temp(B, use, rhs->data[i]->span);  /* snapshot */
    }
    go_list_conv_end(B, saved);
    for (int i = 0; i < lhs->len; i++) {
        if (ast_is_blank(lhs->data[i]))
            continue;
        Var *v = define ? s->u.assign.vars.data[i] : NULL;
        if (!v && is_map_index(lhs->data[i])) {
            store_map_dst(B, mdst[i], vals[i], map_target_span(lhs->data[i], s->span));
            continue;
        }
        Place dst = v ? place_local(bld_user_local(B, v)) : dsts[i];
        Rvalue r = rv_new(RV_USE, vals[i].type, s->span);
        rv_arg(B, &r, vals[i]);
        bld_assign(B, dst, r, s->span);
        if (!v && go_is_self_assign(lhs->data[i], rhs->data[i]))
            mark_self_assign(B, lhs, rhs, OP_NONE);
    }
}

/* Rust drops a temporary at the end of its statement unless a `let`
 * extends it: the value of `p := &T{...}` (also as a field of a composite
 * value) lives as long as p. A literal of constants is promoted to static
 * data, so only `&T{...}` with a non-constant field is a temporary. */
static bool let_extended(Expr *e, Span site) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    if (e->kind == E_ADDR) {
        if (e->span.lo == site.lo && e->span.file == site.file)
            return true;
        e = e->u.addr.x;
        while (e->kind == E_PAREN)
            e = e->u.paren.x;
    }
    if (e->kind != E_COMPOSITE)
        return false;
    for (int i = 0; i < e->u.composite.elems.len; i++)
        if (let_extended(e->u.composite.elems.data[i].value, site))
            return true;
    return false;
}

/* The same for a temporary a place is projected from (base: its
 * expression): `p := &*box(1)`, `&mk()[0]`, `&mkFoo().x` and `mk()[1:]`
 * (Rust's `&mk()[1..]`) extend it; an argument, a receiver (`box(..).m()`)
 * or a value read out of it (`*box(1)`) does not. */
static bool let_extends_base(Expr *e, Span base) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    if (e->kind == E_COMPOSITE) {
        for (int i = 0; i < e->u.composite.elems.len; i++)
            if (let_extends_base(e->u.composite.elems.data[i].value, base))
                return true;
        return false;
    }
    Expr *x = e->kind == E_ADDR ? e->u.addr.x : e->kind == E_SLICE ? e->u.slice.x : NULL;
    while (x) {
        if (x->span.lo == base.lo && x->span.file == base.file)
            return true;
        switch (x->kind) {
        case E_PAREN: x = x->u.paren.x; break;
        case E_DEREF: x = x->u.deref.x; break;
        case E_FIELD: x = x->u.field.x; break;
        case E_INDEX: x = is_map_index(x) ? NULL : x->u.index.x; break;
        default: x = NULL; break;
        }
    }
    return false;
}

/* After a simple statement: its `&T{...}` temporaries die here, and so do
 * the temporaries places were projected from (Local.base_temp). */
static void mark_statement_temporaries(Builder *B, Stmt *s, int first_site, int first_local) {
    ExprList *lets = s->kind == S_DEFINE ? &s->u.assign.rhs : s->kind == S_VAR ? &s->u.var.values : NULL;
    for (int k = first_local; k < B->b->locals.len; k++) {
        Local *l = &B->b->locals.data[k];
        if (!l->base_temp)
            continue;
        l->stmt_temp = true;
        for (int i = 0; lets && i < lets->len; i++)
            if (let_extends_base(lets->data[i], l->span))
                l->stmt_temp = false, l->let_temp = true;
        l->temp_block = B->cur;
        l->temp_index = B->cur >= 0 ? B->b->blocks.data[B->cur].stmts.len : 0;
    }
    for (int k = first_site; k < B->b->sites.len; k++) {
        AllocSite *site = &B->b->sites.data[k];
        if (!site->stmt_temp)
            continue;
        for (int i = 0; lets && i < lets->len; i++)
            if (let_extended(lets->data[i], site->span))
                site->stmt_temp = false, site->let_temp = true;
        site->temp_block = B->cur;
        site->temp_index = B->cur >= 0 ? B->b->blocks.data[B->cur].stmts.len : 0;
    }
}

/* x := e  /  x = e  /  _ = e */
/* The value of `lhs = rhs`: an implicit conversion to an interface is
 * placed where go1.19 places it (go_assign_conv_pos). */
static Rvalue lower_assigned(Builder *B, Expr *lhs, Expr *rhs) {
    bool conv = rhs->type->kind == T_IFACE && lhs->type->kind == T_IFACE && rhs->type != lhs->type &&
                !(type_is_empty_iface(lhs->type) && type_is_empty_iface(rhs->type));
    if (lhs->type->kind != T_IFACE || (rhs->type->kind == T_IFACE && !conv))
        return lower_rvalue(B, rhs, lhs->type);
    Span at = go_assign_conv_pos(B, lhs, rhs);
    Rvalue r = rv_new(RV_USE, lhs->type, rhs->span);
    rv_arg(B, &r, conv ? lower_iface_conv_at(B, rhs, lhs->type, at) : lower_to_iface(B, rhs, lhs->type, at));
    return r;
}

static void lower_assign(Builder *B, Stmt *s, bool define) {
    if (s->u.assign.lhs.len > 1 && s->u.assign.rhs.len == 1) {
        lower_tuple_assign(B, s, define);
        return;
    }
    if (s->u.assign.lhs.len != 1) {
        lower_multi_assign(B, s, define);
        return;
    }
    Expr *lhs = s->u.assign.lhs.data[0], *rhs = s->u.assign.rhs.data[0];
    if (ast_is_blank(lhs)) {
        Rvalue rv = lower_rvalue(B, rhs, NULL);
        bld_eval(B, rv, s->span);
        Block *bb = &B->b->blocks.data[B->cur];
        bb->stmts.data[bb->stmts.len - 1].blank_value = true;
        return;
    }
    Var *v = define ? s->u.assign.vars.data[0] : NULL;
    if (v) {
        Rvalue rv = lower_rvalue(B, rhs, v->type);
        LocalId l = bld_user_local(B, v);
        rv.type = v->type;
        retype_const_use(&rv, v->type);
        bld_assign(B, place_local(l), rv, s->span);
        return;
    }
    bld_order(B, lhs, false);   /* Go's order: a[i] = f() indexes after f */
    bld_order(B, rhs, !bld_order_plain_lhs(lhs));
    if (is_map_index(lhs)) {
        lower_map_assign(B, lhs, rhs, s->span);
        return;
    }
    Place dst = lower_place(B, lhs);
    Rvalue rv = lower_assigned(B, lhs, rhs);
    retype_const_use(&rv, lhs->type);
    bld_assign(B, dst, rv, s->span);    /* the statement's span, for -m=2 */
    if (go_is_self_assign(lhs, rhs))
        mark_self_assign(B, &s->u.assign.lhs, &s->u.assign.rhs, OP_NONE);
}

/* x op= e, x++, x--: read the place once, combine, write back. */
static void lower_op_assign(Builder *B, Expr *lhs, Op op, Expr *rhs, Span sp) {
    bld_order(B, lhs, false);   /* Go's order: a[i] += f() indexes after f */
    if (rhs)
        bld_order(B, rhs, true);
    if (is_map_index(lhs)) {
        lower_map_op_assign(B, lhs, op, rhs, sp);
        return;
    }
    Place dst = lower_place(B, lhs);
    Type *t = lhs->type;
    Operand cur = opd_copy(dst, t);
    Operand val = rhs ? lower_operand(B, rhs, (op == OP_SHL || op == OP_SHR) ? NULL : t)
                      : opd_const_int(t, 1);
    Rvalue r;
    if (op == OP_ADD && t->kind == T_STRING) {
        r = rv_new(RV_CONCAT, t, sp);   /* Go's escape analysis sees no
                                           allocation in s += x (OASOP), but
                                           an assignment of x to s */
    } else {
        if (!rhs && type_is_float(t)) {
            val = opd_const(CONST_FLOAT, t);
            val.c.f = 1.0;
        }
        r = rv_new(RV_BINARY, t, sp);
        r.op = op;
    }
    rv_arg(B, &r, cur);
    rv_arg(B, &r, val);
    Operand res = opd_temp(B, r, sp);
    Rvalue w = rv_new(RV_USE, t, sp);
    rv_arg(B, &w, res);
    bld_assign(B, dst, w, sp);
    if (rhs && go_is_self_assign(lhs, rhs)) {   /* a.n -= a.m: Go's OASOP */
        ExprList l = {&lhs, 1, 1}, r1 = {&rhs, 1, 1};
        mark_self_assign(B, &l, &r1, op);
    }
}

/* if init; cond { then } else els */
static void lower_if(Builder *B, Stmt *s) {
    int mark = bld_scope_enter(B, s->span);
    if (s->u.if_.init)
        lower_stmt(B, s->u.if_.init);
    BlockId t = bld_block(B), f = bld_block(B), join = -1;
    B->in_if_cond = true;       /* a constant condition: const_if */
    lower_cond(B, s->u.if_.cond, t, f);
    B->in_if_cond = false;
    bld_switch_to(B, t);
    lower_block(B, s->u.if_.then);
    if (B->cur >= 0) {
        join = bld_block(B);
        bld_goto(B, join, s->span);
    }
    bld_switch_to(B, f);
    if (s->u.if_.els) {
        if (s->u.if_.els->kind == S_IF)
            lower_if(B, s->u.if_.els);
        else
            lower_block(B, s->u.if_.els);
    }
    if (B->cur >= 0) {
        if (join < 0)
            join = bld_block(B);
        bld_goto(B, join, s->span);
    }
    if (join >= 0)
        bld_switch_to(B, join);
    bld_scope_exit(B, mark, s->span);
}

/* for init; cond; post { body } */
static void lower_for(Builder *B, Stmt *s) {
    int mark = bld_scope_enter(B, s->span);
    if (s->u.for_.init)
        lower_stmt(B, s->u.for_.init);
    BlockId head = bld_block(B), body = bld_block(B), post = bld_block(B), exit = bld_block(B);
    bld_goto(B, head, s->span);
    bld_switch_to(B, head);
    if (s->u.for_.cond)
        lower_cond(B, s->u.for_.cond, body, exit);
    else
        bld_goto(B, body, s->span);
    bld_switch_to(B, body);
    lower_loop_body(B, s, s->u.for_.body, exit, post);
    if (B->cur >= 0)
        bld_goto(B, post, s->span);
    B->loop_depth++;    /* the post statement is in the loop (Go's OFOR) */
    bld_switch_to(B, post);
    if (s->u.for_.post)
        lower_stmt(B, s->u.for_.post);
    B->loop_depth--;
    bld_goto(B, head, s->span);
    bld_switch_to(B, exit);
    bld_scope_exit(B, mark, s->span);
}

static Place range_var(Builder *B, Stmt *s, Expr *e, Var *v) {
    if (!e || ast_is_blank(e))
        return (Place){-1, 0, NULL};
    if (s->u.range.define && v)
        return place_local(bld_user_local(B, v));
    return lower_place(B, e);
}

static void assign_range_value(Builder *B, Place dst, Operand o, Span sp, LocalId xs) {
    if (dst.local < 0)
        return;
    Rvalue r = rv_new(RV_USE, o.type, sp);
    r.range_x = xs >= 0 ? xs + 1 : 0;
    rv_arg(B, &r, o);
    bld_assign(B, dst, r, sp);
}

static void assign_use(Builder *B, Place dst, Operand o, Span sp) {
    assign_range_value(B, dst, o, sp, -1);
}

/* Range over a string steps by runes (Go spec "For statements with range
 * clause"):  packed = decoderune(s, i); v = rune(packed); width = packed >> 32.
 * Returns the width local, which the loop's step adds to the index. */
static LocalId decode_rune(Builder *B, Place xs, LocalId idx, Place vp, Span sp) {
    Type *int_t = B->s->t_int;
    Rvalue dec = rv_new(RV_INTRINSIC, int_t, sp);
    dec.intrinsic = IN_DECODE_RUNE;
    rv_arg(B, &dec, opd_copy(xs, B->s->t_string));
    rv_arg(B, &dec, opd_copy(place_local(idx), int_t));
    Operand packed = opd_temp(B, dec, sp);
    if (vp.local >= 0) {
        Rvalue r = rv_new(RV_CAST, B->s->t_rune, sp);
        rv_arg(B, &r, packed);
        assign_range_value(B, vp, opd_temp(B, r, sp), sp, xs.local);
    }
    LocalId width = bld_temp(B, int_t, sp);
    Rvalue w = rv_new(RV_BINARY, int_t, sp);
    w.op = OP_SHR;
    rv_arg(B, &w, packed);
    rv_arg(B, &w, opd_const_int(int_t, 32));
    bld_assign(B, place_local(width), w, sp);
    return width;
}

/* for k, v := range x { body }: x evaluated once; an index counts up.
 * x a *[N]T: the pointer is copied, the count is N and v is p[k] read at
 * each step (a change to a later element during the loop is seen). */
static void lower_range(Builder *B, Stmt *s) {
    int mark = bld_scope_enter(B, s->span);
    Expr *x = s->u.range.x;
    if (x->type->kind == T_MAP) {     /* build_map.c */
        Place kp = range_var(B, s, s->u.range.key, s->u.range.key_var);
        Place vp = range_var(B, s, s->u.range.value, s->u.range.value_var);
        lower_map_range(B, s, kp, vp);
        bld_scope_exit(B, mark, s->span);
        return;
    }
    Type *int_t = B->s->t_int;
    Rvalue xv = rv_new(RV_USE, x->type, x->span);   /* the range copy */
    Operand xo = lower_operand(B, x, NULL);
    if (xo.kind == OPD_MOVE)
        xo.kind = OPD_COPY;
    rv_arg(B, &xv, xo);
    Place xs = opd_temp(B, xv, x->span).place;
    LocalId len = bld_temp(B, int_t, x->span), idx = bld_temp(B, int_t, x->span);
    Type *arr = x->type->kind == T_PTR ? x->type->elem : NULL;
    if (arr) {      /* range p, p a *[N]T: N times, p[i] read at each step (Go) */
        assign_use(B, place_local(len), opd_const_int(int_t, arr->len), x->span);
    } else {
        Rvalue lr = rv_new(RV_LEN, int_t, x->span);
        lr.place = xs;
        bld_assign(B, place_local(len), lr, x->span);
    }
    assign_use(B, place_local(idx), opd_const_int(int_t, 0), x->span);
    Place kp = range_var(B, s, s->u.range.key, s->u.range.key_var);
    Place vp = range_var(B, s, s->u.range.value, s->u.range.value_var);
    BlockId head = bld_block(B), body = bld_block(B), step = bld_block(B), exit = bld_block(B);
    bld_goto(B, head, s->span);
    bld_switch_to(B, head);
    Rvalue cmp = rv_new(RV_BINARY, B->s->t_bool, s->span);
    cmp.op = OP_LT;
    rv_arg(B, &cmp, opd_copy(place_local(idx), int_t));
    rv_arg(B, &cmp, opd_copy(place_local(len), int_t));
    bld_branch(B, opd_temp(B, cmp, s->span), body, exit, s->span);
    bld_switch_to(B, body);
    assign_use(B, kp, opd_copy(place_local(idx), int_t), s->span);
    LocalId width = -1;
    if (x->type->kind == T_STRING) {
        width = decode_rune(B, xs, idx, vp, s->span);
    } else if (vp.local >= 0) {
        Type *et = arr ? arr->elem : x->type->elem;
        Place from = arr ? place_project(B, xs, PJ_DEREF, 0, -1, arr) : xs;
        Place elem = place_project(B, from, PJ_INDEX, 0, idx, et);
        assign_range_value(B, vp, opd_place(B, elem, et), s->span, xs.local);
        bld_mark_range_value(B);
    }
    lower_loop_body(B, s, s->u.range.body, exit, step);
    if (B->cur >= 0)
        bld_goto(B, step, s->span);
    bld_switch_to(B, step);
    Rvalue inc = rv_new(RV_BINARY, int_t, s->span);
    inc.op = OP_ADD;
    rv_arg(B, &inc, opd_copy(place_local(idx), int_t));
    rv_arg(B, &inc, width >= 0 ? opd_copy(place_local(width), int_t) : opd_const_int(int_t, 1));
    bld_assign(B, place_local(idx), inc, s->span);
    bld_goto(B, head, s->span);
    bld_switch_to(B, exit);
    bld_scope_exit(B, mark, s->span);
}

static void lower_return(Builder *B, Stmt *s) {
    if (lower_defer_return(B, s) || lower_return_tuple(B, s))
        return;
    if (s->u.ret.x) {
        Type *rt = B->b->locals.data[0].type;
        Rvalue rv = lower_rvalue(B, s->u.ret.x, rt);
        retype_const_use(&rv, rt);
        bld_assign(B, place_local(0), rv, s->span);
    }
    bld_kill_to(B, 0, s->span);
    bld_terminate(B, TM_RETURN, s->span);
}

static void lower_expr_stmt(Builder *B, Stmt *s) {
    Rvalue rv = lower_rvalue(B, s->u.expr.x, NULL);
    if (rv.kind == RV_USE && rv.args.len == 1 && rv.args.data[0].kind == OPD_CONST &&
        rv.args.data[0].c.kind == CONST_VOID)
        return;     /* panic(...): already lowered */
    bld_eval(B, rv, s->span);
}

static void lower_stmt_kind(Builder *B, Stmt *s);

void lower_stmt(Builder *B, Stmt *s) {
    int first_site = B->b->sites.len, first_local = B->b->locals.len;
    lower_stmt_kind(B, s);
    bld_order_done(B);
    if (s->kind == S_EXPR || s->kind == S_VAR || s->kind == S_DEFINE || s->kind == S_ASSIGN ||
        s->kind == S_INCDEC || s->kind == S_RETURN)
        mark_statement_temporaries(B, s, first_site, first_local);
}

/* `type T struct{ I }` in a body: sema's wrappers for the methods T gets
 * from its embedded interfaces (sema/iface_promote.c) are not among the
 * package's functions (those are numbered before bodies stream); each is
 * lowered here into a body of its own, as a func literal is, before any
 * use of T can reach it. */
static void lower_local_type(Builder *B, Stmt *s) {
    Type *t = s->u.typedecl.decl->u.type.declared;
    for (int i = 0; t && t->kind == T_STRUCT && i < t->iface_wrappers.len; i++) {
        FuncInfo *fi = t->iface_wrappers.data[i].decl->u.func.info;
        if (bld_body_of(B, fi) >= 0)
            continue;
        Body *body = bld_new_body(B, fi->name, fi, fi->decl->name_span);
        bld_function(B, fi, body, fi->decl->u.func.body);
    }
}

static void lower_stmt_kind(Builder *B, Stmt *s) {
    switch (s->kind) {
    case S_EMPTY:
    case S_CONST:
        return;
    case S_TYPE: lower_local_type(B, s); return;
    case S_BLOCK: lower_block(B, s); return;
    case S_EXPR: lower_expr_stmt(B, s); return;
    case S_VAR: lower_var(B, s); return;
    case S_DEFINE: lower_assign(B, s, true); return;
    case S_ASSIGN:
        if (s->u.assign.op != OP_NONE)
            lower_op_assign(B, s->u.assign.lhs.data[0], s->u.assign.op,
                            s->u.assign.rhs.data[0], s->span);
        else
            lower_assign(B, s, false);
        return;
    case S_INCDEC:
        lower_op_assign(B, s->u.incdec.x, s->u.incdec.inc ? OP_ADD : OP_SUB, NULL, s->span);
        return;
    case S_IF: lower_if(B, s); return;
    case S_FOR: lower_for(B, s); return;
    case S_RANGE: lower_range(B, s); return;
    case S_RETURN: lower_return(B, s); return;
    case S_BREAK:
    case S_CONTINUE: lower_branch(B, s); return;
    case S_SWITCH: lower_switch(B, s); return;
    case S_LABELED: lower_labeled(B, s); return;
    case S_GOTO: lower_goto(B, s); return;
    case S_DEFER: lower_defer(B, s); return;
    case S_FALLTHROUGH: lower_fallthrough(B, s); return;
    default:
        ICE("statement kind %d reached MIR building", s->kind);
    }
}
