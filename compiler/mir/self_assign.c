/*
 * self_assign.c: Go's isSelfAssign (escape/utils.go, go1.19), read off the
 * checked AST while lowering `dst = src`. Such an assignment stores no
 * pointer into dst's object that was not already there, so escape
 * analysis ignores it (the store would otherwise make the object's
 * pointer parameter leak its content) and -m says
 *
 *   sa1 ignoring self-assignment in b.buf1 = b.buf1[1:2]
 *
 * Two shapes count:
 *   - a slice of the same pointer's field or target: b.f = b.f[i:j],
 *     *p = (*p)[i:j] (b, p plain variables; not a slice of an array);
 *   - selectors or index expressions off one "safe" expression (Go's
 *     ir.SameSafeExpr): v.x = v.y, v.a.x = v.a.y, v.x[i] = v.y[j] with
 *     indices that cannot touch memory (Go's mayAffectMemory: names,
 *     constants, arithmetic, len/cap, conversions, selectors, index and
 *     dereference of those, as in d.parent[x] = d.parent[d.parent[x]];
 *     not a map index: a[i] = a[m[k]] is no self-assignment).
 */
#include "build.h"

#include <string.h>

static Expr *unparen(Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    return e;
}

static bool is_var(Expr *e) {
    return e->kind == E_NAME && e->u.name.sym &&
           (e->u.name.sym->kind == SYM_VAR || e->u.name.sym->kind == SYM_GLOBAL);
}

static bool is_arith(Op op) { return op <= OP_ANDNOT; }

/* Go's ir.SameSafeExpr: l and r are the same side-effect-free value. */
static bool same_safe(Expr *l, Expr *r) {
    l = unparen(l);
    r = unparen(r);
    if (l->kind != r->kind || l->type != r->type)
        return false;
    switch (l->kind) {
    case E_NAME:
        return l->u.name.sym == r->u.name.sym;
    case E_FIELD:
        return l->u.field.name == r->u.field.name && same_safe(l->u.field.x, r->u.field.x);
    case E_DEREF:
        return same_safe(l->u.deref.x, r->u.deref.x);
    case E_UNARY:
        return l->u.unary.op == r->u.unary.op && same_safe(l->u.unary.x, r->u.unary.x);
    case E_INDEX:
        return same_safe(l->u.index.x, r->u.index.x) && same_safe(l->u.index.index, r->u.index.index);
    case E_BINARY:
        return l->u.binary.op == r->u.binary.op && is_arith(l->u.binary.op) &&
               same_safe(l->u.binary.x, r->u.binary.x) && same_safe(l->u.binary.y, r->u.binary.y);
    case E_INT:
        return l->u.ival == r->u.ival;
    case E_STRING:
        return l->u.str.len == r->u.str.len && memcmp(l->u.str.ptr, r->u.str.ptr, (size_t)l->u.str.len) == 0;
    default:
        return false;
    }
}

/* Go's mayAffectMemory, for index expressions. */
static bool may_affect_memory(Expr *e) {
    e = unparen(e);
    switch (e->kind) {
    case E_NAME:
    case E_INT:
    case E_FLOAT:
    case E_STRING:
        return false;
    case E_BINARY:
        return !is_arith(e->u.binary.op) || may_affect_memory(e->u.binary.x) ||
               may_affect_memory(e->u.binary.y);
    case E_INDEX: {     /* OINDEX; a map's OINDEXMAP is not in go1.19's list */
        Type *t = unparen(e->u.index.x)->type;
        return !t || t->kind == T_MAP || may_affect_memory(e->u.index.x) || may_affect_memory(e->u.index.index);
    }
    case E_UNARY:
        return may_affect_memory(e->u.unary.x);
    case E_FIELD:   /* ODOT, ODOTPTR: d.parent[d.parent[x]] */
        return may_affect_memory(e->u.field.x);
    case E_DEREF:
        return may_affect_memory(e->u.deref.x);
    case E_CALL:
        return !(e->u.call.kind == CALL_BUILTIN &&
                 (e->u.call.builtin == BI_LEN || e->u.call.builtin == BI_CAP) &&
                 !may_affect_memory(e->u.call.args.data[0])) &&
               !(e->u.call.kind == CALL_CONV && !may_affect_memory(e->u.call.args.data[0]));
    default:
        return true;
    }
}

/* The variable a pointer dereference goes through: *p or p.f (p a
 * pointer), or NULL. */
static Expr *deref_base(Expr *e) {
    e = unparen(e);
    if (e->kind == E_DEREF && is_var(unparen(e->u.deref.x)))
        return unparen(e->u.deref.x);
    if (e->kind == E_FIELD && e->u.field.through_ptr && is_var(unparen(e->u.field.x)))
        return unparen(e->u.field.x);
    return NULL;
}

/* Go's isSliceSelfAssign: b.f = b.f[i:j], *p = (*p)[i:j]. */
static bool slice_self_assign(Expr *dst, Expr *src) {
    Expr *d = deref_base(dst);
    if (!d || src->kind != E_SLICE)
        return false;
    Type *t = unparen(src->u.slice.x)->type;
    if (!t || t->kind == T_ARRAY)
        return false;   /* a slice of an array points into the object itself */
    Expr *s = deref_base(src->u.slice.x);
    return s && s->u.name.sym == d->u.name.sym;
}

bool go_is_self_assign(Expr *dst, Expr *src) {
    dst = unparen(dst);
    src = unparen(src);
    if (slice_self_assign(dst, src))
        return true;
    if (dst->kind != src->kind)
        return false;
    if (dst->kind == E_FIELD)
        return dst->u.field.through_ptr == src->u.field.through_ptr &&
               same_safe(dst->u.field.x, src->u.field.x);
    if (dst->kind == E_INDEX) {
        Type *t = unparen(dst->u.index.x)->type;
        if (!t || (t->kind != T_SLICE && t->kind != T_ARRAY))
            return false;
        return !may_affect_memory(dst->u.index.index) && !may_affect_memory(src->u.index.index) &&
               same_safe(dst->u.index.x, src->u.index.x);
    }
    return false;
}
