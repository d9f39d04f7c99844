/*
 * util.c: small place helpers shared by the MIR builder and the passes.
 */
#include "mir.h"

Place place_local(LocalId l) { return (Place){l, 0, NULL}; }

bool place_is_local(Place p) { return p.nproj == 0; }

/* The type of a place: its last projection's type, else the local's. */
Type *mir_place_type(Body *b, Place p) {
    if (p.nproj)
        return p.proj[p.nproj - 1].type;
    return b->locals.data[p.local].type;
}

bool place_has_deref(Place p) {
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PJ_DEREF)
            return true;
    return false;
}

int *mir_global_temps(Ctx *c, Body *b) {
    int *g = arena_alloc(&c->arena, sizeof(int) * (size_t)(b->locals.len + 1));
    for (int l = 0; l < b->locals.len; l++)
        g[l] = -1;
    mir_foreach_stmt(b, bb, st)
        if (st->kind == ST_ASSIGN && st->place.nproj == 0 && st->rv.kind == RV_USE &&
            st->rv.args.data[0].kind == OPD_CONST && st->rv.args.data[0].c.kind == CONST_GLOBAL &&
            b->locals.data[st->place.local].kind == LOCAL_TEMP)
            g[st->place.local] = st->rv.args.data[0].c.global;
    return g;
}
