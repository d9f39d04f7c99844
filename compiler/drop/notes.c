/*
 * notes.c: what -m says about reference counting under --runtime=drop.
 *
 * Escape analysis has recorded Go's lines ("moved to heap: u",
 * "&T{...} escapes to heap") in each location's decision record
 * (escape/decide.c). For a Go-style program (one the borrow checker does
 * not accept) each heap value that more than one variable may hold is
 * reference counted; this file adds to its record who holds it
 * (esc_note_shared), and the report step prints
 *
 *   moved to heap: u (reference counted: shared by p, q)
 *
 * The holders come from a flow-insensitive propagation of allocation
 * origins through variables, calls, results, interface conversions and
 * assertions (what a variable may point to, not through fields). A program the checker accepts gets no such
 * notes: its counts never exceed one. (A frame allocation the drop pass
 * sends to the heap carries its own reason: esc_require_heap in elaborate.c.)
 */
#include "drop.h"
#include "../escape/escape.h"

#include <stdlib.h>
#include <string.h>

#define MAX_SET 8

typedef struct Origin { int body, site; LocalId cell; } Origin;
typedef struct OSet { int n; int o[MAX_SET]; } OSet;

typedef struct Notes {
    Ctx *c;
    MirProgram *p;
    VEC(Origin) origins;
    int **site_origin;      /* per body, per site: origin id or -1 */
    int **cell_origin;      /* per body, per local: origin id or -1 */
    OSet **sets;            /* per body, per local */
    bool changed;
} Notes;

static void add(Notes *N, OSet *s, int o) {
    if (o < 0)
        return;
    for (int i = 0; i < s->n; i++)
        if (s->o[i] == o)
            return;
    if (s->n < MAX_SET) {
        s->o[s->n++] = o;
        N->changed = true;
    }
}

static void add_all(Notes *N, OSet *dst, OSet *src) {
    for (int i = 0; i < src->n; i++)
        add(N, dst, src->o[i]);
}

/* What a value read from place may point to (whole variables only). */
static void place_origins(Notes *N, int bi, Place p, OSet *out) {
    if (p.nproj == 0)
        add_all(N, out, &N->sets[bi][p.local]);
}

static void flow_stmt(Notes *N, int bi, MirStmt *st) {
    if (st->kind != ST_ASSIGN || st->place.nproj)
        return;
    Body *b = N->p->bodies.data[bi];
    OSet *d = &N->sets[bi][st->place.local];
    Rvalue *rv = &st->rv;
    if (rv->site >= 0 && rv->site < b->sites.len)
        add(N, d, N->site_origin[bi][rv->site]);
    switch (rv->kind) {
    case RV_USE:
        if (rv->args.data[0].kind != OPD_CONST)
            place_origins(N, bi, rv->args.data[0].place, d);
        break;
    case RV_REF:
    case RV_SLICE:
        if (place_has_deref(rv->place))
            add_all(N, d, &N->sets[bi][rv->place.local]);
        else if (rv->kind == RV_SLICE && rv->place.nproj == 0 &&
                 mir_place_type(b, rv->place)->kind != T_ARRAY)
            add_all(N, d, &N->sets[bi][rv->place.local]);
        else
            add(N, d, N->cell_origin[bi][rv->place.local]);
        break;
    case RV_APPEND:
    case RV_IFACE:      /* an interface holds its box or pointer */
    case RV_ASSERT:     /* and gives it back */
        if (rv->args.data[0].kind != OPD_CONST)
            place_origins(N, bi, rv->args.data[0].place, d);
        break;
    case RV_CALL: {
        Operand *callee = &rv->args.data[0];
        if (callee->kind != OPD_CONST || callee->c.kind != CONST_FUNC)
            break;
        int k = callee->c.func;
        Body *kb = N->p->bodies.data[k];
        add_all(N, d, &N->sets[k][0]);
        mir_foreach_operand_from(rv, 1, o) {
            int i = mir_operand_index(rv, o);   /* argument i is the callee's local i */
            if (i <= kb->nargs && o->kind != OPD_CONST)
                place_origins(N, bi, o->place, &N->sets[k][i]);
        }
        break;
    }
    default:
        break;
    }
}

static void propagate(Notes *N) {
    for (int round = 0; round < 16; round++) {
        N->changed = false;
        for (int bi = 0; bi < N->p->bodies.len; bi++) {
            Body *b = N->p->bodies.data[bi];
            mir_foreach_stmt(b, bb, st)
                flow_stmt(N, bi, st);
        }
        if (!N->changed)
            return;
    }
}

/* Per origin: the named variables that may hold it, "p, q". */
typedef struct Holders { const char *names; int n; } Holders;

static Holders *collect_holders(Notes *N) {
    Holders *h = arena_alloc(&N->c->arena, sizeof(Holders) * (size_t)(N->origins.len + 1));
    for (int bi = 0; bi < N->p->bodies.len; bi++) {
        Body *b = N->p->bodies.data[bi];
        for (LocalId l = 0; l < b->locals.len; l++) {
            Local *lc = &b->locals.data[l];
            if (!lc->name || strcmp(lc->name, "_") == 0 || (lc->kind != LOCAL_USER && lc->kind != LOCAL_ARG))
                continue;
            OSet *s = &N->sets[bi][l];
            for (int i = 0; i < s->n; i++) {
                Holders *x = &h[s->o[i]];
                Origin *og = &N->origins.data[s->o[i]];
                if (og->cell == l && og->body == bi)
                    continue;   /* the variable itself is the value's home */
                const char *name = og->body == bi ? lc->name
                                   : arena_printf(&N->c->arena, "%s in %s", lc->name, b->name);
                x->names = x->n ? arena_printf(&N->c->arena, "%s, %s", x->names, name) : name;
                x->n++;
            }
        }
    }
    return h;
}

void drop_notes(Ctx *c, MirProgram *p, bool counted_notes) {
    if (!counted_notes)
        return;
    Notes N = {.c = c, .p = p};
    int nb = p->bodies.len;
    N.site_origin = arena_alloc(&c->arena, sizeof(int *) * (size_t)(nb + 1));
    N.cell_origin = arena_alloc(&c->arena, sizeof(int *) * (size_t)(nb + 1));
    N.sets = arena_alloc(&c->arena, sizeof(OSet *) * (size_t)(nb + 1));
    for (int bi = 0; bi < nb; bi++) {
        Body *b = p->bodies.data[bi];
        N.site_origin[bi] = arena_alloc(&c->arena, sizeof(int) * (size_t)(b->sites.len + 1));
        N.cell_origin[bi] = arena_alloc(&c->arena, sizeof(int) * (size_t)(b->locals.len + 1));
        N.sets[bi] = arena_alloc(&c->arena, sizeof(OSet) * (size_t)(b->locals.len + 1));
        for (int s = 0; s < b->sites.len; s++) {
            N.site_origin[bi][s] = -1;
            if (b->sites.data[s].storage == STORAGE_HEAP) {
                N.site_origin[bi][s] = N.origins.len;
                vec_push(&c->arena, &N.origins, ((Origin){bi, s, -1}));
            }
        }
        for (LocalId l = 0; l < b->locals.len; l++) {
            Local *lc = &b->locals.data[l];
            N.cell_origin[bi][l] = -1;
            if (lc->addressed && lc->storage == STORAGE_HEAP) {
                N.cell_origin[bi][l] = N.origins.len;
                vec_push(&c->arena, &N.origins, ((Origin){bi, -1, l}));
            }
        }
    }
    propagate(&N);
    Holders *h = collect_holders(&N);
    for (int o = 0; o < N.origins.len; o++) {
        Origin *og = &N.origins.data[o];
        Body *b = p->bodies.data[og->body];
        if (og->cell >= 0) {
            Local *lc = &b->locals.data[og->cell];
            if (h[o].n && lc->name)
                esc_note_shared(lc->why, h[o].names);
            continue;
        }
        /* a site the drop pass itself sent to the heap has its own reason */
        AllocSite *s = &b->sites.data[og->site];
        if (s->desc && h[o].n >= 2 && !esc_heap_required(s))
            esc_note_shared(s->why, h[o].names);
    }
}
