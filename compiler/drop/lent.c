/*
 * lent.c: parameters callers lend. A body that writes no memory through
 * a pointer (and calls only such bodies) cannot free anything its caller
 * holds; a parameter it only reads (never copies whole into a new home,
 * assigns or takes the address of) needs no count: the caller's reference
 * keeps it alive through the call.
 */
#include "drop.h"

#include <string.h>


/* Does a store to p write memory others may see: through a pointer, or
 * into a slice's element (the array is shared by every copy of the
 * slice)? */
static bool shared_store(Body *b, Place p) {
    Type *t = b->locals.data[p.local].type;
    for (int i = 0; i < p.nproj; i++) {
        ProjKind k = p.proj[i].kind;
        if (k == PJ_DEREF || ((k == PJ_INDEX || k == PJ_CONST_INDEX) && t->kind == T_SLICE))
            return true;
        t = p.proj[i].type;
    }
    return false;
}

/* Does the body write through a pointer or into a slice's element, or
 * call what might? (Such writes are what could free a value a caller
 * lent.) */
static bool writes_memory(Body *b, bool *pure) {
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        if (st->kind == ST_ASSIGN && shared_store(b, st->place) &&
            !(b->locals.data[st->place.local].kind == LOCAL_TEMP &&
              b->locals.data[st->place.local].init_site >= 0))
            return true;
        Rvalue *rv = &st->rv;
        if (rv->kind == RV_INTRINSIC && rv->intrinsic == IN_COPY)
            return true;
        if (rv->kind == RV_ICALL)   /* an unknown method */
            return true;
        if (rv->kind == RV_CALL) {
            Operand *callee = &rv->args.data[0];
            if (callee->kind != OPD_CONST || callee->c.kind != CONST_FUNC || !pure[callee->c.func])
                return true;
        }
    }
    return false;
}

/* A parameter the body only reads: never copied whole into a new home,
 * never assigned, never addressed, never in a heap cell. */
static bool only_read(MirProgram *p, Body *b, LocalId a, const bool *views) {
    Local *lc = &b->locals.data[a];
    if (lc->addressed)
        return false;
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        if (st->kind == ST_ASSIGN && st->place.local == a && st->place.nproj == 0)
            return false;
        Rvalue *rv = &st->rv;
        if (st->kind == ST_ASSIGN && st->place.nproj == 0 && views && views[st->place.local] && rv->kind == RV_USE)
            continue;   /* v = copy a, v a view (a type switch's operand): read */
        if (rv->kind == RV_REF && rv->place.local == a && !place_has_deref(rv->place))
            return false;
        mir_foreach_operand(rv, o) {
            int k = mir_operand_index(rv, o);   /* the operand's role in drop_consuming */
            if (o->kind != OPD_CONST && o->place.local == a && o->place.nproj == 0 &&
                drop_consuming(rv, k) && !drop_lent_arg(p, rv, k))
                return false;
        }
    }
    return true;
}

bool *drop_find_lent_params(Ctx *c, MirProgram *p) {
    int n = p->bodies.len;
    bool *pure = arena_alloc(&c->arena, (size_t)n + 1);
    bool *as_value = arena_alloc(&c->arena, (size_t)n + 1);
    for (int i = 0; i < n; i++) {
        Body *b = p->bodies.data[i];
        pure[i] = true;
        mir_foreach_stmt(b, bb, st)
            mir_foreach_operand(&st->rv, o)
                if (o->kind == OPD_CONST && o->c.kind == CONST_FUNC &&
                    !(st->rv.kind == RV_CALL && o == st->rv.args.data))
                    as_value[o->c.func] = true;     /* called through a func value: owns its args */
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; i++)
            if (pure[i] && writes_memory(p->bodies.data[i], pure)) {
                pure[i] = false;
                changed = true;
            }
    }
    /* any release may run a drop method: one that writes memory could
       free what a caller lent, so then nothing is lent */
    for (int i = 0; i < n; i++) {
        Body *b = p->bodies.data[i];
        size_t len = strlen(b->name);
        if (len > 5 && strcmp(b->name + len - 5, ".drop") == 0 && !pure[i])
            return NULL;
    }
    bool **views = arena_alloc(&c->arena, sizeof(bool *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)     /* before the lent parameters are known: fewer */
        views[i] = drop_find_views(c, p, p->bodies.data[i], pure, false);
    /* parameters lent to pure bodies; a parameter passed on to another
       body's lent parameter is still only read, so iterate */
    for (int i = 0; i < n; i++) {
        Body *b = p->bodies.data[i];
        if (!pure[i] || as_value[i] || b->has_env || !b->nargs)
            continue;
        b->borrowed = arena_alloc(&c->arena, (size_t)b->nargs + 2);
        for (LocalId a = 1; a <= b->nargs; a++)     /* a value whose drop method runs is the callee's */
            b->borrowed[a] = type_needs_release(b->locals.data[a].type) && !type_needs_drop(b->locals.data[a].type);
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; i++) {
            Body *b = p->bodies.data[i];
            for (LocalId a = 1; b->borrowed && a <= b->nargs; a++)
                if (b->borrowed[a] && !only_read(p, b, a, views[i])) {
                    b->borrowed[a] = false;
                    changed = true;
                }
        }
    }
    return pure;
}
