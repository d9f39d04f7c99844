/*
 * liveness.c: backward liveness of whole locals over a body's CFG: a
 * local is live at a point if some path from there reads it (any read:
 * an operand, a borrow, the base of a projection, an index) before
 * overwriting it whole. The borrow checker asks which holders of a loan
 * are still going to be used; drop elaboration asks which copies are a
 * variable's last use.
 */
#include "mir.h"

static void use_place(BitSet *live, Place p) {
    bitset_set(live, p.local);
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PJ_INDEX)
            bitset_set(live, p.proj[i].index);
}

/* A whole-local write ends liveness; anything else that names a place
 * reads its local (and its index locals). RETAIN and DROP, which drop
 * elaboration adds after the passes that ask, are not counted as uses. */
static void live_place(void *live, Place *p, MirPlaceUse use) {
    if (use == PLACE_WRITE && p->nproj == 0)
        bitset_clear(live, p->local);
    else if (use != PLACE_RETAIN && use != PLACE_DROP)
        use_place(live, *p);
}

void mir_live_stmt(BitSet *live, MirStmt *st) {
    mir_visit_places(st, live_place, live);
}

void mir_live_term(BitSet *live, Terminator *t) {
    if (t->kind == TM_BRANCH && t->cond.kind != OPD_CONST)
        use_place(live, t->cond.place);
    if (t->kind == TM_RETURN)
        bitset_set(live, 0);
}

Liveness mir_liveness(Ctx *c, Body *b) {
    int n = b->blocks.len, nl = b->locals.len;
    Liveness lv;
    lv.in = arena_alloc(&c->arena, sizeof(BitSet) * (size_t)(n + 1));
    lv.out = arena_alloc(&c->arena, sizeof(BitSet) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        lv.in[i] = bitset_new(&c->arena, nl);
        lv.out[i] = bitset_new(&c->arena, nl);
    }
    BitSet tmp = bitset_new(&c->arena, nl);
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = n - 1; i >= 0; i--) {
            Block *bb = &b->blocks.data[i];
            BlockId succ[2];
            for (int k = 0, ns = mir_term_succs(&bb->term, succ); k < ns; k++)
                changed |= bitset_union(&lv.out[i], &lv.in[succ[k]]);
            bitset_copy(&tmp, &lv.out[i]);
            mir_live_term(&tmp, &bb->term);
            for (int j = bb->stmts.len - 1; j >= 0; j--)
                mir_live_stmt(&tmp, &bb->stmts.data[j]);
            changed |= bitset_union(&lv.in[i], &tmp);
        }
    }
    return lv;
}
