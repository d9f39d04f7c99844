/*
 * init_plan.c: what go1.19's staticinit (cmd/compile/internal/staticinit,
 * Schedule.StaticAssign) leaves for the package initializer to do at run
 * time, so that -m=2 explains package initialisation as Go does.
 *
 * Go lays a package variable's initializer out as data wherever it can,
 * and turns the rest into assignments of the synthetic init function,
 * which escape analysis then sees (every package variable is the heap):
 *
 *   var counts = make([]int, 2)     counts = make([]int, 2)       at counts
 *   var g = &T{new(int), 3}         (*int)(main..stmp_0@0) = new(int)
 *   var e = T{u: U{p: new(int)}}    (*int)(main.e@24) = new(int)
 *   var h I = mk()                  (U)(main.h@8) = mk()   (U pointer-shaped)
 *
 * The walk mirrors StaticAssign on the checked AST: constants, nil,
 * functions, package variables and func literals are data; `&x` of a
 * package variable too; `&T{...}` and `[]T{...}` get a static object of
 * their own (main..stmp_N, numbered across the package in initialisation
 * order) and their elements are assigned into it at their byte offsets
 * (struct and array literals inline into their parent's object); a
 * conversion to an interface stores a pointer-shaped value in the data
 * word (offset 8) and any other value into a static object of its own;
 * []byte("lit") is data. Anything else (calls, make, maps, operators,
 * method values) is a run-time assignment of the innermost object at
 * its offset, typed as the value: one InitStore on the init body, which
 * escape analysis (flows.c) reads where it meets that value. Go's
 * position of such an assignment is base.Pos when it is made: the
 * variable's spec for the top level and the data of a conversion, else
 * the element's (or the pointer-shaped value's) own position.
 */
#include "build.h"

#include <string.h>

typedef struct Plan {
    Builder *B;
    Span pos;           /* go1.19's base.Pos */
} Plan;

static Expr *unparen(Expr *e) {
    while (e && e->kind == E_PAREN)
        e = e->u.paren.x;
    return e;
}

static bool is_conv(Expr *e) {
    return e->kind == E_CALL && e->u.call.kind == CALL_CONV && e->u.call.args.len == 1;
}

/* Go's OCONVNOP: a conversion that changes the type, not the value. */
static Expr *strip_nop(Expr *e) {
    for (e = unparen(e); e && is_conv(e) && !e->is_const; e = unparen(e->u.call.args.data[0])) {
        Type *to = e->type, *from = e->u.call.args.data[0]->type;
        if (!to || !from || to->kind == T_IFACE || from->kind != to->kind || to->size != from->size)
            break;
    }
    return e;
}

static bool is_nil(Expr *e) {
    e = unparen(e);
    return e && e->kind == E_NAME && e->u.name.sym && e->u.name.sym->kind == SYM_NIL;
}

static bool is_data(Expr *e) {
    return e->is_const || is_nil(e) || (e->type && e->type->kind == T_UNTYPED_NIL);
}

/* A static object for a value of type t: main..stmp_N. */
static const char *stmp(Plan *P) {
    return arena_printf(&P->B->c->arena, "main..stmp_%d", P->B->init_stmp++);
}

static bool assign_static(Plan *P, const char *obj, int64_t off, Expr *r, Type *slot);

/* The stored value as Go prints the assignment: when its flow is added.
 * A call's own arguments are packed by then; an allocation (a+b, make,
 * T{...}) is spilled before the calls in it are visited. */
static const char *value_text(Ctx *c, Expr *v) {
    Expr *u = unparen(v);
    if (u->kind == E_CALL && u->u.call.kind != CALL_CONV && u->u.call.kind != CALL_BUILTIN)
        return go_expr_text(c, v);
    return go_expr_text_unfixed(c, v);
}

/* Is v, stored in a slot of type slot, converted to an interface there
 * (ml0c leaves such conversions implicit)? */
static bool to_iface(Expr *v, Type *slot) {
    return slot && slot->kind == T_IFACE && v->type && v->type->kind != T_IFACE &&
           v->type->kind != T_UNTYPED_NIL && !is_nil(v);
}

/* Go's assign(pos, a, aoff, v): v into obj at off, statically if it can
 * be, else a run-time store. */
static void assign(Plan *P, const char *obj, int64_t off, Expr *v, Type *slot) {
    if (assign_static(P, obj, off, v, slot))
        return;
    Ctx *c = P->B->c;
    Type *t = slot && slot->kind == T_IFACE && v->type && v->type->kind != T_IFACE ? slot : v->type;
    InitStore st = {.value = unparen(v)->span, .type = unparen(v)->type, .at = P->pos};
    st.text = arena_printf(&c->arena, "(%s)(%s@%lld) = %s", type_name_go(c, t), obj, (long long)off,
                           value_text(c, v));
    vec_push(&c->arena, &P->B->b->init_stores, st);
}

/* The elements of a struct, array or slice literal, into obj from off. */
static void elements(Plan *P, const char *obj, int64_t off, Expr *lit) {
    Type *t = lit->type;
    int64_t next = 0;
    for (int i = 0; i < lit->u.composite.elems.len; i++) {
        Elem *el = &lit->u.composite.elems.data[i];
        int64_t at;
        Type *slot;
        if (t->kind == T_STRUCT) {
            if (el->field < 0 || el->field >= t->fields.len)
                continue;
            at = t->fields.data[el->field].offset;
            slot = t->fields.data[el->field].type;
        } else {
            if (el->key && el->key->is_const && el->key->kind == E_INT)
                next = el->key->u.ival;
            at = next++ * (t->elem ? t->elem->size : 0);
            slot = t->elem;
        }
        Expr *v = el->value;
        if (!v || (is_data(v) && !to_iface(v, slot)))
            continue;   /* a constant: data (converted to an interface: not yet) */
        Span save = P->pos;
        P->pos = go_pos(P->B, v);
        assign(P, obj, off + at, v, slot);
        P->pos = save;
    }
}

/* StaticAssign: can r be laid out into obj at off (slot: the type of the
 * place, for the conversions ml0c leaves implicit)? */
static bool assign_static(Plan *P, const char *obj, int64_t off, Expr *r, Type *slot) {
    r = strip_nop(r);
    if (!r)
        return true;
    bool conv = to_iface(r, slot);
    if (!conv && is_data(r))
        return true;
    if (is_conv(r) && r->type && r->type->kind == T_IFACE) {
        conv = true;
        r = strip_nop(r->u.call.args.data[0]);
        while (is_conv(r) && r->type && r->type->kind == T_IFACE)
            r = strip_nop(r->u.call.args.data[0]);
        if (r->type && r->type->kind == T_IFACE)
            return is_nil(r);
    }
    if (conv) {     /* OCONVIFACE: the itab, then the data word */
        if (mir_go_direct_iface(r->type)) {
            if (is_nil(r))
                return true;
            Span save = P->pos;
            P->pos = go_pos(P->B, r);
            assign(P, obj, off + 8, r, NULL);
            P->pos = save;
        } else {
            assign(P, stmp(P), 0, r, NULL);
        }
        return true;
    }
    switch (r->kind) {
    case E_NAME:        /* a package variable or function: copied */
        return true;
    case E_FUNCLIT:     /* a closure of nothing: a global; a method value is not */
        return r->u.funclit.mv == NULL;
    case E_ADDR: {
        Expr *x = unparen(r->u.addr.x);
        if (x->kind != E_COMPOSITE)
            return x->kind == E_NAME && x->u.name.sym && x->u.name.sym->kind == SYM_GLOBAL;
        assign(P, stmp(P), 0, x, NULL);
        return true;
    }
    case E_CALL:        /* []byte("lit") */
        return is_conv(r) && r->type && r->type->kind == T_SLICE && r->u.call.args.data[0]->is_const;
    case E_COMPOSITE:
        if (!r->type)
            return false;
        if (r->type->kind == T_SLICE) {
            elements(P, stmp(P), 0, r);
            return true;
        }
        if (r->type->kind == T_STRUCT || r->type->kind == T_ARRAY) {
            elements(P, obj, off, r);
            return true;
        }
        return false;   /* a map */
    default:
        return false;
    }
}

void mir_plan_init(Builder *B, int global) {
    Ctx *c = B->c;
    Global *g = &B->s->globals.data[global];
    Plan P = {.B = B, .pos = g->span};
    if (g->decl && g->decl->kind == D_VAR && g->decl->u.var.name_spans.len)
        P.pos = g->decl->u.var.name_spans.data[0];  /* the spec's OAS */
    if (g->tuple_n || assign_static(&P, arena_printf(&c->arena, "main.%s", g->name), 0, g->init, g->type))
        return;
    InitStore st = {.value = unparen(g->init)->span, .type = unparen(g->init)->type, .at = P.pos};
    st.text = arena_printf(&c->arena, "%s = %s", g->name, value_text(c, g->init));
    vec_push(&c->arena, &B->b->init_stores, st);
}
