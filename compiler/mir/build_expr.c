/*
 * build_expr.c: checked AST expressions -> MIR places, operands, rvalues.
 *
 * Three entry points, as in rustc's builder:
 *   lower_place    an addressable expression as a Place (x, *p, x.f, a[i]);
 *                  anything else is first evaluated into a temporary;
 *   lower_operand  a value ready to use: a constant, or a copy/move of a
 *                  place (complex values go through a temporary);
 *   lower_rvalue   the right-hand side of one assignment.
 * `want` carries the type the context expects, so untyped constants
 * (5, 1.5, nil) become typed constants here. Subexpressions are lowered
 * left to right, which is Go's evaluation order.
 */
#include "build.h"

#include <string.h>

/* ---- small constructors ------------------------------------------------ */

Rvalue rv_new(RvalueKind k, Type *t, Span sp) {
    Rvalue r = {0};
    r.kind = k;
    r.type = t;
    r.span = sp;
    r.site = -1;
    r.func = -1;
    return r;
}

void rv_arg(Builder *B, Rvalue *rv, Operand op) { vec_push(bld_tmp(B), &rv->args, op); }

Operand opd_const(ConstKind k, Type *t) {
    Operand o = {0};
    o.kind = OPD_CONST;
    o.type = t;
    o.c.kind = k;
    return o;
}

Operand opd_const_int(Type *t, int64_t v) {
    Operand o = opd_const(CONST_INT, t);
    o.c.i = v;
    return o;
}

Operand opd_copy(Place p, Type *t) {
    Operand o = {0};
    o.kind = OPD_COPY;
    o.type = t;
    o.place = p;
    return o;
}

/* Reading a place by value moves it unless its type is Copy. */
Operand opd_place(Builder *B, Place p, Type *t) {
    Operand o = opd_copy(p, t);
    if (!type_is_copy(t))
        o.kind = OPD_MOVE;
    return o;
}

/* Evaluate rv into a fresh temporary and use it. */
Operand opd_temp(Builder *B, Rvalue rv, Span sp) {
    LocalId t = bld_temp(B, rv.type, sp);
    bld_assign(B, place_local(t), rv, sp);
    return opd_place(B, place_local(t), rv.type);
}

Place place_project(Builder *B, Place base, ProjKind k, int field, LocalId idx, Type *t) {
    Place p = base;
    p.proj = arena_alloc(bld_arena(B), sizeof(Proj) * (size_t)(base.nproj + 1));
    if (base.nproj)
        memcpy(p.proj, base.proj, sizeof(Proj) * (size_t)base.nproj);
    Proj *pj = &p.proj[p.nproj++];
    pj->kind = k;
    pj->field = field;
    pj->index = idx;
    pj->type = t;
    return p;
}

static bool is_untyped(Type *t) {
    return t && (t->kind == T_UNTYPED_INT || t->kind == T_UNTYPED_FLOAT ||
                 t->kind == T_UNTYPED_NIL);
}

/* The concrete type an expression takes in a context expecting `want`. */
Type *concrete_type(Builder *B, Expr *e, Type *want) {
    Type *t = e->type;
    if (!is_untyped(t))
        return t;
    if (want && !is_untyped(want) && want->kind != T_VOID)
        return want;
    if (t->kind == T_UNTYPED_FLOAT)
        return B->s->t_float;
    if (t->kind == T_UNTYPED_NIL)
        return B->s->t_untyped_nil;
    return B->s->t_int;
}

/* ---- constants --------------------------------------------------------- */

static Operand const_number(Builder *B, Expr *e, Type *t) {
    bool lit_float = e->kind == E_FLOAT;
    if (type_is_float(t)) {
        Operand o = opd_const(CONST_FLOAT, t);
        o.c.f = lit_float ? e->u.fval : (double)e->u.ival;
        return o;
    }
    return opd_const_int(t, lit_float ? (int64_t)e->u.fval : e->u.ival);
}

static Operand lower_name_operand(Builder *B, Expr *e, Type *want) {
    Symbol *sym = e->u.name.sym;
    Type *t = concrete_type(B, e, want);
    switch (sym->kind) {
    case SYM_VAR:
    case SYM_GLOBAL:
        return opd_place(B, lower_place(B, e), t);
    case SYM_CONST: {
        Operand o = lower_operand(B, sym->cval, t);
        o.type = t;
        return o;
    }
    case SYM_TRUE:
    case SYM_FALSE: {
        Operand o = opd_const(CONST_BOOL, t);
        o.c.i = sym->kind == SYM_TRUE;
        return o;
    }
    case SYM_NIL:
        return opd_const(CONST_NIL, t);
    case SYM_LIBFUNC: {     /* unicode.IsSpace as a value (sema's lib_value_ok) */
        Operand o = opd_const(CONST_EXTERN, sym->type);
        o.c.ext = sym->lib;
        return o;
    }
    case SYM_FUNC: {
        Operand o = opd_const(CONST_FUNC, sym->decl->u.func.info->type);
        o.c.func = bld_body_of(B, sym->decl->u.func.info);
        bld_note_ref(B, o.c.func, e->span);
        return o;
    }
    default:
        ICE("name '%s' used as a value", sym->name);
    }
}

/* ---- places ------------------------------------------------------------ */

Place place_of_var(Builder *B, Var *v) {
    if (v->owner == B->fi) {
        LocalId l = B->var_local[v->index];
        if (l < 0)
            ICE("variable '%s' used before its declaration was lowered", v->name);
        return place_local(l);
    }
    FuncInfo *fi = B->fi;
    for (int k = 0; fi && k < fi->captures.len; k++) {
        if (fi->captures.data[k] != v)
            continue;
        Body *b = B->b;
        Place p = place_local(1);
        p = place_project(B, p, PJ_DEREF, 0, -1, b->env_type);
        if (b->byval[k])
            return place_project(B, p, PJ_FIELD, k, -1, v->type);
        p = place_project(B, p, PJ_FIELD, k, -1, type_ptr(B->s, v->type, false));
        return place_project(B, p, PJ_DEREF, 0, -1, v->type);
    }
    ICE("variable '%s' is neither local nor captured", v->name);
}

static Place global_place(Builder *B, Symbol *sym, Span sp) {
    Type *pt = type_ptr(B->s, sym->type, false);
    Operand addr = opd_const(CONST_GLOBAL, pt);
    addr.c.global = sym->global_index;
    Rvalue use = rv_new(RV_USE, pt, sp);
    rv_arg(B, &use, addr);
    LocalId t = bld_temp(B, pt, sp);
    bld_assign(B, place_local(t), use, sp);
    return place_project(B, place_local(t), PJ_DEREF, 0, -1, sym->type);
}

static bool is_place_expr(Expr *e) {
    switch (e->kind) {
    case E_PAREN: return is_place_expr(e->u.paren.x);
    case E_NAME:
        return e->u.name.sym && (e->u.name.sym->kind == SYM_VAR ||
                                 e->u.name.sym->kind == SYM_GLOBAL);
    case E_DEREF:
        return true;
    case E_INDEX:
        return !is_map_index(e);    /* m[k] is a value, never a place */
    case E_FIELD:
        return e->u.field.through_ptr || is_place_expr(e->u.field.x);
    default: return false;
    }
}

/* A value that is no place, put in a temporary to project from: marked
 * base_temp (its statement's end is set by build_stmt.c). */
Place place_or_temp(Builder *B, Expr *e) {
    if (is_place_expr(e))
        return lower_place(B, e);
    Operand o = lower_operand(B, e, NULL);
    Place p;
    if (o.kind != OPD_CONST && place_is_local(o.place)) {
        p = o.place;
    } else {
        Rvalue use = rv_new(RV_USE, o.type, e->span);
        rv_arg(B, &use, o);
        p = opd_temp(B, use, e->span).place;
    }
    Local *l = &B->b->locals.data[p.local];
    if (l->kind == LOCAL_TEMP && !l->base_temp)
        l->base_temp = true, l->temp_block = -1;
    return p;
}

/* The value of e (a pointer) as a place, then dereferenced. */
static Place deref_of(Builder *B, Expr *x, Type *elem) {
    return place_project(B, place_or_temp(B, x), PJ_DEREF, 0, -1, elem);
}

static Place index_place(Builder *B, Expr *e) {
    bld_order_index(B, e);
    Expr *x = e->u.index.x;
    Type *xt = x->type;
    Place base = xt->kind == T_PTR && !xt->name && xt->elem->kind == T_ARRAY
                 ? deref_of(B, x, xt->elem)      /* p[i] of a *[N]T: (*p)[i] */
                 : place_or_temp(B, x);
    Operand idx = lower_operand(B, e->u.index.index, B->s->t_int);
    if (idx.kind == OPD_CONST && idx.c.kind == CONST_INT) {
        Place p = place_project(B, base, PJ_CONST_INDEX, 0, -1, e->type);
        p.proj[p.nproj - 1].const_index = idx.c.i;
        return p;
    }
    LocalId il;
    if (idx.kind != OPD_CONST && place_is_local(idx.place) && idx.type == B->s->t_int) {
        il = idx.place.local;
    } else {
        Rvalue r = idx.type == B->s->t_int ? rv_new(RV_USE, B->s->t_int, e->span)
                                           : rv_new(RV_CAST, B->s->t_int, e->span);
        rv_arg(B, &r, idx);
        il = opd_temp(B, r, e->span).place.local;
    }
    return place_project(B, base, PJ_INDEX, 0, il, e->type);
}

Place lower_place(Builder *B, Expr *e) {
    Operand h;
    if (!B->order_depth) {      /* a statement's expression: Go's order first */
        bld_order(B, e, false);
        B->order_depth++;
        Place p = lower_place(B, e);
        B->order_depth--;
        return p;
    }
    if (bld_hoisted(B, e, false, &h))
        return h.place;
    switch (e->kind) {
    case E_PAREN:
        return lower_place(B, e->u.paren.x);
    case E_NAME: {
        Symbol *sym = e->u.name.sym;
        if (sym->kind == SYM_VAR)
            return place_of_var(B, sym->var);
        if (sym->kind == SYM_GLOBAL)
            return global_place(B, sym, e->span);
        break;
    }
    case E_DEREF:
        return deref_of(B, e->u.deref.x, e->type);
    case E_FIELD: {
        Expr *x = e->u.field.x;
        Place base;
        if (e->u.field.through_ptr)
            base = deref_of(B, x, x->type->elem);
        else
            base = place_or_temp(B, x);
        return place_project(B, base, PJ_FIELD, e->u.field.index, -1, e->type);
    }
    case E_INDEX:
        if (is_map_index(e))
            break;
        return index_place(B, e);
    default:
        break;
    }
    Operand o = lower_operand(B, e, NULL);
    Rvalue use = rv_new(RV_USE, o.type, e->span);
    rv_arg(B, &use, o);
    return opd_temp(B, use, e->span).place;
}

/* A borrow of p makes its root local addressed unless p goes through a
 * pointer (then the pointee, not the local, is borrowed). */
void mark_addressed(Builder *B, Place p) {
    if (!place_has_deref(p))
        B->b->locals.data[p.local].addressed = true;
}

/* ---- operands ---------------------------------------------------------- */

static Operand lower_operand_(Builder *B, Expr *e, Type *want);

Operand lower_operand(Builder *B, Expr *e, Type *want) {
    if (!B->order_depth) {      /* a statement's expression: Go's order first */
        bld_order(B, e, false);
        B->order_depth++;
        Operand o = lower_operand(B, e, want);
        B->order_depth--;
        return o;
    }
    if (want && want->kind == T_IFACE && e->type->kind == T_IFACE && e->type != want)
        return lower_iface_conv(B, e, want);
    if (want && want->kind == T_IFACE && e->type->kind != T_IFACE)
        return lower_to_iface(B, e, want, go_want_conv_pos(B, e));
    Operand o = lower_operand_(B, e, want);
    o.span = e->span;
    return o;
}

/* A numeric constant (1 << 100 >> 98, 0.1 + 0.2, math.MaxUint64) as the
 * value sema computed exactly, converted to the type it takes here. */
static bool const_operand(Builder *B, Expr *e, Type *want, Operand *o) {
    Type *t = concrete_type(B, e, want);
    int64_t bits = 0;
    double f = 0;
    if (!e->is_const || !(type_is_numeric(t) || t->kind == T_BOOL) ||
        !sema_const_number(B->c, B->s, e, t, &bits, &f))
        return false;
    if (t->kind == T_BOOL) {
        *o = opd_const(CONST_BOOL, t);
        o->c.i = bits;
    } else if (type_is_float(t)) {
        *o = opd_const(CONST_FLOAT, t);
        o->c.f = f;
    } else {
        *o = opd_const_int(t, bits);
    }
    return true;
}

static Operand lower_operand_(Builder *B, Expr *e, Type *want) {
    Operand co;
    if (bld_hoisted(B, e, false, &co))
        return co;
    if (e->is_const && e->kind != E_NAME && const_operand(B, e, want, &co))
        return co;
    switch (e->kind) {
    case E_PAREN:
        return lower_operand(B, e->u.paren.x, want);
    case E_INT:
    case E_FLOAT:
        return const_number(B, e, concrete_type(B, e, want));
    case E_STRING: {
        Operand o = opd_const(CONST_STRING, B->s->t_string);
        o.c.s = e->u.str;
        return o;
    }
    case E_NAME:
        return lower_name_operand(B, e, want);
    case E_INDEX:
        if (is_map_index(e))
            return opd_temp(B, lower_map_index(B, e), e->span);
        return opd_place(B, lower_place(B, e), e->type);
    case E_DEREF:
    case E_FIELD:   /* non-addressable bases go through a temporary */
        return opd_place(B, lower_place(B, e), e->type);
    default:
        break;
    }
    Rvalue rv = lower_rvalue(B, e, want);
    return opd_temp(B, rv, e->span);
}

Operand zero_operand(Builder *B, Type *t, Span sp) {
    switch (t->kind) {
    case T_BOOL: return opd_const(CONST_BOOL, t);
    case T_FLOAT: case T_FLOAT32: return opd_const(CONST_FLOAT, t);
    case T_STRING: return opd_const(CONST_STRING, t);
    case T_PTR: case T_SLICE: case T_FUNC: case T_BOX: case T_MAP: return opd_const(CONST_NIL, t);
    default:
        if (type_is_integer(t))
            return opd_const_int(t, 0);
        break;
    }
    return opd_temp(B, rv_new(RV_AGGREGATE, t, sp), sp);
}

/* ---- rvalues ----------------------------------------------------------- */

static bool is_compare(Op op) { return op >= OP_EQ && op <= OP_GE; }

/* A && / || used as a value: branch into a bool temporary. */
static Rvalue lower_logical_value(Builder *B, Expr *e, Type *t) {
    LocalId tmp = bld_temp(B, t, e->span);
    BlockId bt = bld_block(B), bf = bld_block(B), join = bld_block(B);
    lower_cond(B, e, bt, bf);
    for (int v = 1; v >= 0; v--) {
        bld_switch_to(B, v ? bt : bf);
        Operand c = opd_const(CONST_BOOL, t);
        c.c.i = v;
        Rvalue r = rv_new(RV_USE, t, e->span);
        rv_arg(B, &r, c);
        bld_assign(B, place_local(tmp), r, e->span);
        bld_goto(B, join, e->span);
    }
    bld_switch_to(B, join);
    Rvalue r = rv_new(RV_USE, t, e->span);
    rv_arg(B, &r, opd_copy(place_local(tmp), t));
    return r;
}

/* A string concatenation that is not a constant: `a + b`. */
static bool is_concat(Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    return e->kind == E_BINARY && e->u.binary.op == OP_ADD && !e->is_const && e->type &&
           e->type->kind == T_STRING;
}

/* A chain a + b + c is one allocation site (Go's OADDSTR), reported at
 * its last operator and made before its operands are evaluated (Go's
 * spill comes first): the outermost concatenation makes it, the inner
 * ones it directly holds share it. */
static int concat_site(Builder *B, Expr *e) {
    int site = B->concat_site1 - 1;
    B->concat_site1 = 0;
    if (site >= 0)
        return site;
    site = bld_site(B, go_expr_pos(B->c, e), expr_desc(B, e));
    if (B->c->opt.m_level >= 2 || B->c->opt.explain) {
        const char *early = go_expr_text_unfixed(B->c, e);
        if (strcmp(early, B->b->sites.data[site].desc) != 0)
            B->b->sites.data[site].desc_early = early;
    }
    return site;
}

/* Is x, compared by op as the interface t, a concrete operand of a
 * comparison with an interface (`t == e`; not nil)? */
static bool mixed_compare(Op op, Expr *x, Type *t) {
    return is_compare(op) && t->kind == T_IFACE && x->type->kind != T_IFACE && x->type->kind != T_UNTYPED_NIL;
}

static Rvalue lower_binary(Builder *B, Expr *e, Type *want) {
    Op op = e->u.binary.op;
    Expr *x = e->u.binary.x, *y = e->u.binary.y;
    Type *t = concrete_type(B, e, want);
    if (op == OP_LAND || op == OP_LOR)
        return lower_logical_value(B, e, t);
    Type *tx, *ty;
    if (is_compare(op)) {
        /* operands take each other's type: x == nil, 1 < y */
        tx = is_untyped(x->type) ? concrete_type(B, x, is_untyped(y->type) ? NULL : y->type) : x->type;
        ty = is_untyped(y->type) ? concrete_type(B, y, tx) : y->type;
        if (tx != ty && (tx->kind == T_IFACE || ty->kind == T_IFACE))    /* to sema's common type */
            tx = ty = tx->kind == T_IFACE && !type_missing_method(B->c, ty, tx) ? tx : ty;
    } else if (op == OP_SHL || op == OP_SHR) {
        tx = t;
        ty = concrete_type(B, y, NULL);
    } else {
        tx = ty = t;
    }
    int site = -1;
    if (op == OP_ADD && t->kind == T_STRING && !e->is_const)
        site = concat_site(B, e);   /* constants are static data: no site */
    B->concat_site1 = is_concat(x) ? site + 1 : 0;
    Operand a = mixed_compare(op, x, tx) ? lower_cmp_to_iface(B, e, x, tx) : lower_operand(B, x, tx);
    B->concat_site1 = is_concat(y) ? site + 1 : 0;
    Operand b = mixed_compare(op, y, ty) ? lower_cmp_to_iface(B, e, y, ty) : lower_operand(B, y, ty);
    B->concat_site1 = 0;
    if (a.kind == OPD_MOVE)     /* operators read their operands (by reference in Rust) */
        a.kind = OPD_COPY;
    if (b.kind == OPD_MOVE)
        b.kind = OPD_COPY;
    Rvalue r;
    if (op == OP_ADD && t->kind == T_STRING) {
        r = rv_new(RV_CONCAT, t, e->span);
        r.site = site;
    } else {
        r = rv_new(RV_BINARY, t, e->span);
        r.op = op;
    }
    rv_arg(B, &r, a);
    rv_arg(B, &r, b);
    return r;
}

/* &x, &mut x, or &T{...} (a fresh allocation site). */
/* Is every element of a composite literal constant (so Rust promotes
 * `&T{...}` of it to static data)? */
bool bld_all_const_elems(Expr *lit) {
    for (int i = 0; i < lit->u.composite.elems.len; i++) {
        Expr *v = lit->u.composite.elems.data[i].value;
        if (v->kind == E_COMPOSITE ? !bld_all_const_elems(v) : !v->is_const)
            return false;
    }
    return true;
}

static Rvalue lower_addr(Builder *B, Expr *e) {
    Expr *x = e->u.addr.x;
    while (x->kind == E_PAREN)
        x = x->u.paren.x;
    if (x->kind == E_COMPOSITE) {
        LocalId tmp = bld_temp(B, e->type, e->span);
        Rvalue a = rv_new(RV_ALLOC, e->type, e->span);
        a.elem = x->type;
        a.site = bld_site(B, e->span, expr_desc(B, e));
        B->b->locals.data[tmp].init_site = a.site;
        B->b->sites.data[a.site].stmt_temp = !bld_all_const_elems(x);  /* until a let extends it */
        bld_assign(B, place_local(tmp), a, e->span);
        Place dst = place_project(B, place_local(tmp), PJ_DEREF, 0, -1, x->type);
        lower_into(B, dst, x, x->type);
        Rvalue r = rv_new(RV_USE, e->type, e->span);
        rv_arg(B, &r, opd_copy(place_local(tmp), e->type));
        return r;
    }
    Place p = lower_place(B, x);
    mark_addressed(B, p);
    Rvalue r = rv_new(RV_REF, e->type, e->span);
    r.place = p;
    r.mut = e->u.addr.mut;
    return r;
}

static int64_t const_index(Expr *k) {
    while (k->kind == E_PAREN)
        k = k->u.paren.x;
    if (k->kind == E_NAME && k->u.name.sym && k->u.name.sym->kind == SYM_CONST)
        return const_index(k->u.name.sym->cval);
    return k->u.ival;
}

/* Array or slice literal elements, in index order, missing ones zero. */
static void array_elems(Builder *B, Expr *e, Type *elem, int64_t n, Rvalue *agg) {
    Operand *ops = arena_alloc(bld_tmp(B), sizeof(Operand) * (size_t)(n ? n : 1));
    bool *set = arena_alloc(bld_tmp(B), (size_t)(n ? n : 1));
    int64_t pos = 0;
    ElemList *el = &e->u.composite.elems;
    for (int i = 0; i < el->len; i++) {
        if (el->data[i].key)
            pos = const_index(el->data[i].key);
        if (pos < 0 || pos >= n)
            ICE("array literal index out of range after sema");
        ops[pos] = lower_keyed(B, &el->data[i], el->data[i].value, elem);
        set[pos++] = true;
    }
    for (int64_t i = 0; i < n; i++)
        rv_arg(B, agg, set[i] ? ops[i] : zero_operand(B, elem, e->span));
}

/* A big array literal with few elements given ([100000000]int{1, 7: 2}):
 * the zero array in a temporary, then one store per element given,
 *
 *   t = [N]T{}; t[0] = 1; t[7] = 2;   the literal's value: t
 *
 * so the MIR grows with the source, not with the array (one operand per
 * element ran out of memory). Elements are still evaluated in order. */
enum { SPARSE_ARRAY_MIN = 1024 };

static bool array_is_sparse(Expr *e, int64_t n) {
    return n > SPARSE_ARRAY_MIN && e->u.composite.elems.len < n / 2;
}

static Rvalue sparse_array(Builder *B, Expr *e, Type *t) {
    Operand arr = opd_temp(B, rv_new(RV_AGGREGATE, t, e->span), e->span);
    ElemList *el = &e->u.composite.elems;
    int64_t pos = 0;
    for (int i = 0; i < el->len; i++) {
        if (el->data[i].key)
            pos = const_index(el->data[i].key);
        if (pos < 0 || pos >= t->len)
            ICE("array literal index out of range after sema");
        Rvalue v = rv_new(RV_USE, t->elem, el->data[i].value->span);
        rv_arg(B, &v, lower_keyed(B, &el->data[i], el->data[i].value, t->elem));
        Place p = place_project(B, arr.place, PJ_CONST_INDEX, 0, -1, t->elem);
        p.proj[p.nproj - 1].const_index = pos++;
        bld_assign(B, p, v, el->data[i].value->span);
    }
    Rvalue r = rv_new(RV_USE, t, e->span);
    rv_arg(B, &r, arr);
    return r;
}

static int64_t slice_lit_len(Expr *e) {
    int64_t pos = 0, n = 0;
    ElemList *el = &e->u.composite.elems;
    for (int i = 0; i < el->len; i++) {
        if (el->data[i].key)
            pos = const_index(el->data[i].key);
        if (++pos > n)
            n = pos;
    }
    return n;
}

static Rvalue lower_composite(Builder *B, Expr *e) {
    Type *t = e->type;
    Rvalue agg = rv_new(RV_AGGREGATE, t, e->span);
    if (t->kind == T_STRUCT) {
        int n = t->fields.len;
        Operand *ops = arena_alloc(bld_tmp(B), sizeof(Operand) * (size_t)(n ? n : 1));
        bool *set = arena_alloc(bld_tmp(B), (size_t)(n ? n : 1));
        ElemList *el = &e->u.composite.elems;
        for (int i = 0; i < el->len; i++) {
            int f = el->data[i].key ? el->data[i].field : i;
            ops[f] = lower_keyed(B, &el->data[i], el->data[i].value, t->fields.data[f].type);
            set[f] = true;
        }
        for (int f = 0; f < n; f++)
            rv_arg(B, &agg, set[f] ? ops[f] : zero_operand(B, t->fields.data[f].type, e->span));
        return agg;
    }
    if (t->kind == T_ARRAY && array_is_sparse(e, t->len))
        return sparse_array(B, e, t);
    if (t->kind == T_ARRAY) {
        array_elems(B, e, t->elem, t->len, &agg);
        return agg;
    }
    if (t->kind == T_MAP)
        return lower_map_lit(B, e);
    if (t->kind != T_SLICE)
        ICE("composite literal of type %s", type_name(B->c, t));
    /* []T{...}: a backing array allocation site, then a slice of it */
    int64_t n = slice_lit_len(e);
    Type *at = type_array(B->s, t->elem, n);
    Type *pt = type_ptr(B->s, at, false);
    LocalId tmp = bld_temp(B, pt, e->span);
    Rvalue a = rv_new(RV_ALLOC, pt, e->span);
    a.elem = at;
    a.site = bld_site(B, go_expr_pos(B->c, e), expr_desc(B, e));
    B->b->sites.data[a.site].kind = SITE_SLICE_LIT;
    B->b->locals.data[tmp].init_site = a.site;
    bld_assign(B, place_local(tmp), a, e->span);
    Rvalue arr = rv_new(RV_AGGREGATE, at, e->span);
    array_elems(B, e, t->elem, n, &arr);
    Place dst = place_project(B, place_local(tmp), PJ_DEREF, 0, -1, at);
    bld_assign(B, dst, arr, e->span);
    Rvalue s = rv_new(RV_SLICE, t, e->span);
    s.place = dst;
    for (int i = 0; i < 3; i++)
        rv_arg(B, &s, opd_const(CONST_VOID, B->s->t_void));
    return s;
}

static Rvalue lower_slice_expr(Builder *B, Expr *e) {
    Expr *x = e->u.slice.x;
    Place base;
    if (x->type->kind == T_ARRAY) {
        base = lower_place(B, x);
        mark_addressed(B, base);
    } else if (x->type->kind == T_PTR) {     /* p[lo:hi] on *[N]T */
        base = deref_of(B, x, x->type->elem);
    } else {
        base = place_or_temp(B, x);
    }
    Rvalue r = rv_new(RV_SLICE, e->type, e->span);
    r.place = base;
    Expr *bounds[3] = {e->u.slice.lo, e->u.slice.hi, e->u.slice.max};
    for (int i = 0; i < 3; i++)
        rv_arg(B, &r, bounds[i] ? lower_operand(B, bounds[i], B->s->t_int)
                                : opd_const(CONST_VOID, B->s->t_void));
    return r;
}

static Rvalue lower_unary(Builder *B, Expr *e, Type *want) {
    Type *t = concrete_type(B, e, want);
    Operand a = lower_operand(B, e->u.unary.x, t);
    if (e->u.unary.op == OP_PLUS) {
        Rvalue r = rv_new(RV_USE, t, e->span);
        rv_arg(B, &r, a);
        return r;
    }
    Rvalue r = rv_new(RV_UNARY, t, e->span);
    r.op = e->u.unary.op;
    rv_arg(B, &r, a);
    return r;
}

Rvalue lower_rvalue(Builder *B, Expr *e, Type *want) {
    if (!B->order_depth) {      /* a statement's expression: Go's order first */
        bld_order(B, e, false);
        B->order_depth++;
        Rvalue r = lower_rvalue(B, e, want);
        B->order_depth--;
        return r;
    }
    if (want && want->kind == T_IFACE && e->type->kind == T_IFACE && e->type != want &&
        !(type_is_empty_iface(want) && type_is_empty_iface(e->type))) {
        Rvalue r = rv_new(RV_USE, want, e->span);
        rv_arg(B, &r, lower_iface_conv(B, e, want));
        return r;
    }
    if (want && want->kind == T_IFACE && e->type->kind != T_IFACE) {
        Rvalue r = rv_new(RV_USE, want, e->span);
        rv_arg(B, &r, lower_to_iface(B, e, want, go_want_conv_pos(B, e)));
        return r;
    }
    Operand h;
    if (bld_hoisted(B, e, false, &h)) {
        Rvalue r = rv_new(RV_USE, h.type, e->span);
        rv_arg(B, &r, h);
        return r;
    }
    switch (e->kind) {
    case E_PAREN:
        return lower_rvalue(B, e->u.paren.x, want);
    case E_UNARY:
        return lower_unary(B, e, want);
    case E_BINARY:
        return lower_binary(B, e, want);
    case E_ADDR:
        return lower_addr(B, e);
    case E_CALL:
        return lower_call(B, e, want);
    case E_COMPOSITE:
        return lower_composite(B, e);
    case E_SLICE:
        return lower_slice_expr(B, e);
    case E_FUNCLIT:
        return lower_funclit(B, e);
    case E_ASSERT:
        return lower_assert(B, e);
    default: {
        if (is_map_index(e))
            return lower_map_index(B, e);
        Operand o = lower_operand(B, e, want);
        Rvalue r = rv_new(RV_USE, o.type, e->span);
        rv_arg(B, &r, o);
        return r;
    }
    }
}

/* A constant stored into a typed place takes that place's type. */
void retype_const_use(Rvalue *rv, Type *want) {
    if (want && rv->kind == RV_USE && rv->args.data[0].kind == OPD_CONST)
        rv->type = rv->args.data[0].type = want;
}

void lower_into(Builder *B, Place dst, Expr *e, Type *want) {
    Rvalue rv = lower_rvalue(B, e, want);
    retype_const_use(&rv, want);
    bld_assign(B, dst, rv, e->span);
}

/* ---- conditions -------------------------------------------------------- */

void lower_cond(Builder *B, Expr *e, BlockId t, BlockId f) {
    if (e->kind == E_PAREN) {
        lower_cond(B, e->u.paren.x, t, f);
        return;
    }
    if (e->kind == E_UNARY && e->u.unary.op == OP_NOT) {
        lower_cond(B, e->u.unary.x, f, t);
        return;
    }
    if (e->kind == E_BINARY && (e->u.binary.op == OP_LAND || e->u.binary.op == OP_LOR)) {
        BlockId mid = bld_block(B);
        if (e->u.binary.op == OP_LAND)
            lower_cond(B, e->u.binary.x, mid, f);
        else
            lower_cond(B, e->u.binary.x, t, mid);
        bld_switch_to(B, mid);
        lower_cond(B, e->u.binary.y, t, f);
        return;
    }
    bld_order(B, e, false);     /* an operand of && / || is ordered on its own */
    Operand c = lower_operand(B, e, B->s->t_bool);
    bld_branch(B, c, t, f, e->span);
}

/* ---- -m descriptions --------------------------------------------------- */

/* Go's rendering of an allocating expression for -m lines (go_print.c).
 * Only -m, --explain and --emit=mir print it; other runs skip the
 * formatting (NULL). */
const char *expr_desc(Builder *B, Expr *e) {
    Ctx *c = B->c;
    if (!c->opt.m_level && !c->opt.explain && c->opt.emit != EMIT_MIR)
        return NULL;
    return go_expr_text(c, e);
}
