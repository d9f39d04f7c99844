/*
 * build.c: MIR -> escape-graph flows, mirroring Go's escape/expr.go,
 * stmt.go and assign.go on ml0c's MIR.
 *
 *   _a = &place         edge _a <- root, derefs(place) - 1 ("address-of")
 *   _a = copy place     edge _a <- root, derefs(place)
 *   *p = v, s[i] = v    v flows to the heap (a store through a pointer);
 *                       except (*t) = v right after t = alloc site S: that
 *                       initialises S (&T{...}, box, []T{...}), so v -> S
 *   _a = alloc/make/    a new location S for the storage, _a <- S (-1)
 *        concat/closure
 * A place's derefs counts Deref projections and indexing through a slice;
 * field and array projections count 0 (Go is field-insensitive).
 */
#include "escape.h"

static EscLoc *loc_of(Esc *E, Body *b, LocalId l) { return E->bodies[b->index].locals[l]; }

static int param_base(Body *b) { return b->has_env ? 2 : 1; }

/* Per local, its only assignment (esc_static_callee's question), found on
 * the first call through a local: most bodies never ask. */
void esc_find_single_defs(Esc *E, Body *b, EscBody *eb) {
    int n = b->locals.len;
    int *count = arena_alloc(E->batch, sizeof(int) * (size_t)n);
    eb->single_def = arena_alloc(E->batch, sizeof(Rvalue *) * (size_t)n);
    for (int i = 0; i < b->blocks.len; i++) {
        Block *bb = &b->blocks.data[i];
        for (int j = 0; j < bb->stmts.len; j++) {
            MirStmt *st = &bb->stmts.data[j];
            if (st->kind != ST_ASSIGN)
                continue;
            LocalId l = st->place.local;
            if (st->place.nproj == 0 && count[l]++ == 0)
                eb->single_def[l] = &st->rv;
            else
                eb->single_def[l] = NULL;
        }
    }
    for (int l = 0; l < n; l++)
        if (count[l] != 1 || b->locals.data[l].addressed)
            eb->single_def[l] = NULL;
}

/* One location per local and per allocation site of b. */
void esc_init_body(Esc *E, Body *b) {
    EscBody *eb = &E->bodies[b->index];
    eb->locals = arena_alloc(E->batch, sizeof(EscLoc *) * (size_t)(b->locals.len + 1));
    eb->sites = arena_alloc(E->batch, sizeof(EscLoc *) * (size_t)(b->sites.len + 1));
    eb->in_batch = true;
    for (int i = 0; i < b->locals.len; i++) {
        Local *l = &b->locals.data[i];
        EscLoc *loc = esc_new_loc(E, b, i, -1, l->loop_depth);
        loc->is_result = i == 0;
        if (l->kind == LOCAL_ARG) {
            loc->is_param = true;
            loc->param_index = i - param_base(b);
        }
        eb->locals[i] = loc;
    }
    eb->nparams = b->nargs - (b->has_env ? 1 : 0);
    for (int i = 0; i < b->sites.len; i++)
        eb->sites[i] = esc_new_loc(E, b, -1, i, b->sites.data[i].loop_depth);
}

static bool through_slice(Type *t, Proj *pj) {
    return (pj->kind == PJ_INDEX || pj->kind == PJ_CONST_INDEX) &&
           (t->kind == T_SLICE || t->kind == T_STRING);
}

static int place_derefs(Body *b, Place p) {
    int d = 0;
    Type *t = b->locals.data[p.local].type;
    for (int i = 0; i < p.nproj; i++) {
        if (p.proj[i].kind == PJ_DEREF || through_slice(t, &p.proj[i]))
            d++;
        t = p.proj[i].type;
    }
    return d;
}

void esc_operand(Esc *E, Body *b, Hole k, Operand *o) {
    if (k.derefs >= 0 && o->type && !type_has_pointers(o->type))
        return;     /* a pointer-free value carries no address (Go's expr) */
    if (o->kind == OPD_CONST)
        return;     /* functions and globals are static; numbers are not storage */
    esc_flow(E, hole_shift(E, k, place_derefs(b, o->place), NO_SPAN, NULL),
             loc_of(E, b, o->place.local));
}

/* Where a store to `p` goes (Go's addr()). */
static Hole dest_hole(Esc *E, Body *b, Place p, Span sp) {
    if (p.nproj == 0) {
        Hole k = hole_of(loc_of(E, b, p.local));
        if (b->locals.data[p.local].kind == LOCAL_TEMP)
            return k;   /* MIR temporaries are not Go assignments */
        return hole_note(E, k, sp, p.local == 0 ? "return" : "assign");
    }
    Type *t = b->locals.data[p.local].type;
    int through = 0;
    for (int i = 0; i < p.nproj; i++) {
        if (p.proj[i].kind == PJ_DEREF || through_slice(t, &p.proj[i]))
            through++;
        t = p.proj[i].type;
    }
    if (!through)   /* x.f = v, arr[i] = v: into x itself */
        return hole_note(E, hole_of(loc_of(E, b, p.local)), sp, "assign");
    int site = b->locals.data[p.local].init_site;
    if (site >= 0 && through == 1 && p.proj[0].kind == PJ_DEREF)
        return hole_note(E, hole_of(E->bodies[b->index].sites[site]), sp, "initializer");
    return hole_note(E, esc_heap_hole(E), sp, "assign");
}

/* Go's HeapAllocReason for the allocation rv makes. */
static const char *forced_heap(Rvalue *rv) {
    enum { MAX_IMPLICIT = 64 * 1024 };
    if (rv->kind == RV_ALLOC && rv->elem->size > MAX_IMPLICIT)
        return "too large for stack";
    if (rv->kind != RV_MAKE_SLICE)
        return NULL;
    Operand *n = rv->args.data[1].c.kind == CONST_VOID && rv->args.data[1].kind == OPD_CONST
                     ? &rv->args.data[0] : &rv->args.data[1];
    if (n->kind != OPD_CONST || n->c.kind != CONST_INT)
        return "non-constant size";
    if (rv->elem->size && n->c.i > MAX_IMPLICIT / rv->elem->size)
        return "too large for stack";
    return NULL;
}

/* An allocation: a location for its storage, whose address flows to k. */
static void spill(Esc *E, Body *b, Hole k, Rvalue *rv) {
    EscLoc *s = E->bodies[b->index].sites[rv->site];
    const char *why = forced_heap(rv);
    if (why) {
        s->forced_why = why;
        E->forcing = true;
        esc_flow(E, hole_shift(E, esc_heap_hole(E), -1, b->sites.data[rv->site].span, why), s);
        E->forcing = false;
    }
    esc_flow(E, hole_shift(E, k, -1, b->sites.data[rv->site].span, "spill"), s);
}

static void closure(Esc *E, Body *b, Hole k, Rvalue *rv) {
    spill(E, b, k, rv);
    EscLoc *s = E->bodies[b->index].sites[rv->site];
    for (int i = 0; i < rv->args.len; i++)
        esc_operand(E, b, hole_note(E, hole_of(s), rv->span, "captured by a closure"),
                    &rv->args.data[i]);
    Body *f = E->p->bodies.data[rv->func];
    EscBody *fe = &E->bodies[f->index];
    if (fe->in_batch)   /* the closure's env parameter points at s */
        esc_flow(E, hole_shift(E, hole_of(fe->locals[1]), -1, rv->span, "closure environment"), s);
}

static void append(Esc *E, Body *b, Hole k, Rvalue *rv) {
    Hole ka = hole_note(E, k, rv->span, "appendee slice");
    if (type_has_pointers(rv->type->elem)) {
        Hole ks[2] = {ka, hole_shift(E, esc_heap_hole(E), 1, rv->span, "appendee slice")};
        ka = esc_tee(E, ks, 2, b);
    }
    esc_operand(E, b, ka, &rv->args.data[0]);
    for (int i = 1; i < rv->args.len; i++)
        esc_operand(E, b, hole_note(E, esc_heap_hole(E), rv->span, "appended to slice"),
                    &rv->args.data[i]);
}

static void rvalue(Esc *E, Body *b, Hole k, Rvalue *rv) {
    if (k.derefs >= 0 && rv->type && !type_has_pointers(rv->type))
        k = esc_blank_hole(E);   /* pointer-free results flow nowhere */
    switch (rv->kind) {
    case RV_USE:
        esc_operand(E, b, k, &rv->args.data[0]);
        return;
    case RV_REF: {
        Hole h = hole_shift(E, k, place_derefs(b, rv->place) - 1, rv->span, "address-of");
        esc_flow(E, h, loc_of(E, b, rv->place.local));
        return;
    }
    case RV_AGGREGATE:
        for (int i = 0; i < rv->args.len; i++)
            esc_operand(E, b, k, &rv->args.data[i]);
        return;
    case RV_ALLOC:
    case RV_MAKE_SLICE:
    case RV_CONCAT:
    case RV_STR_CONV:
        spill(E, b, k, rv);
        return;
    case RV_CLOSURE:
        closure(E, b, k, rv);
        return;
    case RV_APPEND:
        append(E, b, k, rv);
        return;
    case RV_SLICE: {
        int d = place_derefs(b, rv->place);
        Type *t = mir_place_type(b, rv->place);
        Hole h = hole_shift(E, k, t->kind == T_ARRAY ? d - 1 : d, rv->span, "slice");
        esc_flow(E, h, loc_of(E, b, rv->place.local));
        return;
    }
    case RV_CALL:
        esc_call(E, b, k, rv);
        return;
    case RV_INTRINSIC:
        if (rv->intrinsic == IN_PANIC && rv->site >= 0) {
            /* panic(x): x converted to interface{} (a site) and kept */
            spill(E, b, hole_note(E, esc_heap_hole(E), rv->span, "panic"), rv);
            esc_operand(E, b, hole_of(E->bodies[b->index].sites[rv->site]), &rv->args.data[0]);
        }
        return;
    default:
        return;     /* arithmetic, casts, len, cap: scalars */
    }
}

void esc_build_body(Esc *E, Body *b) {
    for (int i = 0; i < b->blocks.len; i++) {
        Block *bb = &b->blocks.data[i];
        for (int j = 0; j < bb->stmts.len; j++) {
            MirStmt *st = &bb->stmts.data[j];
            if (st->kind == ST_ASSIGN)
                rvalue(E, b, dest_hole(E, b, st->place, st->span), &st->rv);
            else if (st->kind == ST_EVAL)
                rvalue(E, b, esc_blank_hole(E), &st->rv);
        }
    }
}
