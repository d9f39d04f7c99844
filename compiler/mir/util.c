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
