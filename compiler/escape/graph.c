/*
 * graph.c: the escape graph's nouns and its one verb, mirroring Go's
 * escape/graph.go. A Hole is "the value being evaluated flows into dst,
 * dereferenced derefs times"; esc_flow turns a hole and a source location
 * into an edge. Invariant: a hole handed to esc_flow never has derefs
 * below -1 (only addressable things have their address taken).
 */
#include "escape.h"

/* A location not yet in the batch's list (the walk's order of roots). */
EscLoc *esc_new_unlisted_loc(Esc *E, Body *b, LocalId local, int site, int loop_depth) {
    EscLoc *l = arena_alloc(E->batch, sizeof *l);
    l->body = b;
    l->local = local;
    l->site = site;
    l->loop_depth = loop_depth;
    l->param_index = -1;
    l->result_index = -1;
    return l;
}

/* Appends l to the batch's locations, once: Go's newLoc, which decides
 * when l is walked as a root (the newest first). */
void esc_list_loc(Esc *E, EscLoc *l) {
    if (l->listed)
        return;
    l->listed = true;
    vec_push(E->batch, &E->batch_locs, l);
}

EscLoc *esc_new_loc(Esc *E, Body *b, LocalId local, int site, int loop_depth) {
    EscLoc *l = esc_new_unlisted_loc(E, b, local, site, loop_depth);
    esc_list_loc(E, l);
    return l;
}

Hole hole_of(EscLoc *l) { return (Hole){l, 0, NULL}; }

Hole hole_note(Esc *E, Hole k, Span where, const char *why) {
    if (E->c->opt.m_level >= 2 || E->c->opt.explain) {
        EscNote *n = arena_alloc(E->batch, sizeof *n);
        n->where = where;
        n->why = why;
        n->what = NULL;
        n->what_ref = NULL;
        n->next = k.notes;
        k.notes = n;
    }
    return k;
}

/* k.deref() for delta +1, k.addr() for delta -1, with a note. */
Hole hole_shift(Esc *E, Hole k, int delta, Span where, const char *why) {
    k.derefs += delta;
    return why ? hole_note(E, k, where, why) : k;
}

Hole esc_heap_hole(Esc *E) { return hole_of(&E->heap); }
Hole esc_blank_hole(Esc *E) { return hole_of(&E->blank); }

void esc_flow(Esc *E, Hole k, EscLoc *src) {
    EscLoc *dst = k.dst;
    if (dst == &E->blank)
        return;
    if (dst == src && k.derefs >= 0)      /* x = x, x = *x */
        return;
    if (dst->escapes && k.derefs < 0) {   /* heap = &src: escapes at once */
        if (!src->escapes) {
            src->escapes = true;
            src->direct = (EscEdge){dst, k.derefs, k.notes};
            src->has_direct = true;
        }
        if (E->c->opt.m_level >= 2)     /* Go explains it here, while building,
                                           each time (escaping already or not) */
            esc_explain_flow(E, src, (EscEdge){dst, k.derefs, k.notes});
        if (!E->forcing)
            src->truly = true;
        return;
    }
    EscEdge e = {src, k.derefs, k.notes};
    vec_push(E->batch, &dst->edges, e);
}

/* Several holes at once: a fresh temporary location flowing into each,
 * at e.loopDepth as Go's teeHole (the depth of the block whose flows are
 * being built). */
Hole esc_tee(Esc *E, Hole *ks, int n, Body *b) { return esc_tee_at(E, ks, n, b, E->loop_depth); }

/* esc_tee with the temporary at loop depth depth (Go's newLoc takes the
 * loop depth of the expression being walked). */
Hole esc_tee_at(Esc *E, Hole *ks, int n, Body *b, int depth) {
    if (n == 0)
        return esc_blank_hole(E);
    if (n == 1)
        return ks[0];
    EscLoc *tmp = esc_new_loc(E, b, -1, -1, depth);
    tmp->transient = true;
    for (int i = 0; i < n; i++) {
        if (ks[i].derefs < 0)
            ICE("esc_tee: negative derefs");
        esc_flow(E, ks[i], tmp);
    }
    return hole_of(tmp);
}

/* Is inner a closure nested (at any depth) inside outer? */
bool esc_contains_closure(Esc *E, Body *outer, Body *inner) {
    if (!outer || !inner || outer == inner)
        return false;
    for (int p = inner->parent; p >= 0; p = E->p->bodies.data[p]->parent)
        if (p == outer->index)
            return true;
    return false;
}
