/*
 * captures.c: which places a closure captures (Rust 2021's disjoint
 * capture, RFC 2229), for loans.c.
 *
 * A Rust 2021 closure captures the places its body uses, not whole
 * variables: `|| p.n + 1` borrows `p.n`, so `&mut p.m` meanwhile is fine.
 * ML0's closure environment holds each captured variable (Go's by-value
 * capture, field a of the environment: the body names `(*_1).a.f...`) or
 * a pointer to it (by reference: `(*(*_1).a).f...`). Every place the body
 * names under capture a gives a path of fields after it, cut at the first
 * projection that is not a field (an index or a dereference: the closure
 * captures what it indexes or dereferences, as rustc truncates a captured
 * place there). Each path is captured mutably when the body writes it (or
 * under it), borrows it `&mut`, or passes a `*mut` found under it to a
 * call; shared otherwise. As rustc does, of two paths where one is a
 * prefix of the other only the shorter is kept, with the stronger mode.
 *
 * The closure still captures the whole variable when the body uses it
 * whole (a path of no fields), or when there are too many paths; moves
 * out of the capture are moves.c's (bck_closure_moves) and are left out
 * here. Capturing less than rustc would be a false accept: every path is
 * a prefix of what the body touches, so nothing it reaches is missed.
 */
#include "borrowck.h"

#include <string.h>

enum { MAX_PATHS = 16 };

typedef struct Collect {
    int a;              /* the capture's field in the environment */
    bool byref;         /* the environment holds a pointer to the variable */
    const Place *moved; /* places of the maker's body moved into the closure */
    int nmoved;
    BckCapture *out;
    int n, max;
    bool whole;         /* some use needs the whole variable */
    bool mut;           /* the use being added is a write or a `&mut` */
} Collect;

/* The fields after capture c->a in closure-body place p: their count
 * (into *first, the index of the first), or -1 when p is not under it. */
static int path_of(Collect *c, Place p, int *first) {
    int skip = c->byref ? 3 : 2;
    if (p.local != 1 || p.nproj < skip - 1 || p.proj[0].kind != PJ_DEREF || p.proj[1].kind != PJ_FIELD ||
        p.proj[1].field != c->a)
        return -1;
    if (c->byref && (p.nproj < 3 || p.proj[2].kind != PJ_DEREF))
        return p.nproj == 2 ? 0 : -1;  /* the pointer itself: all of it */
    int n = 0;
    while (skip + n < p.nproj && p.proj[skip + n].kind == PJ_FIELD)
        n++;
    *first = skip;
    return n;
}

static bool same_fields(const Proj *x, const Proj *y, int n) {
    for (int i = 0; i < n; i++)
        if (x[i].field != y[i].field)
            return false;
    return true;
}

/* Is the path (proj, n) at or under a place moved into the closure? */
static bool under_moved(Collect *c, const Proj *proj, int n) {
    for (int i = 0; i < c->nmoved; i++) {
        const Place *m = &c->moved[i];
        if (m->nproj <= n && same_fields(m->proj, proj, m->nproj))
            return true;
    }
    return false;
}

static void add_path(Collect *c, const Proj *proj, int n) {
    if (n == 0) {
        c->whole = true;
        return;
    }
    if (under_moved(c, proj, n))
        return;
    for (int i = 0; i < c->n; i++)
        if (c->out[i].nproj == n && same_fields(c->out[i].proj, proj, n)) {
            c->out[i].mut = c->out[i].mut || c->mut;
            return;
        }
    if (c->n == c->max) {
        c->whole = true;
        return;
    }
    c->out[c->n++] = (BckCapture){.proj = (Proj *)proj, .nproj = n, .mut = c->mut};
}

/* rustc's ancestor rule: a path under another is captured by it, whose
 * mode is the stronger of the two. Returns how many paths are left. */
static int keep_ancestors(Collect *c) {
    bool gone[MAX_PATHS] = {0};
    for (int i = 0; i < c->n; i++) {
        int top = -1;   /* the shortest path that is a proper prefix of i */
        for (int j = 0; j < c->n; j++)
            if (c->out[j].nproj < c->out[i].nproj && same_fields(c->out[j].proj, c->out[i].proj, c->out[j].nproj) &&
                (top < 0 || c->out[j].nproj < c->out[top].nproj))
                top = j;
        if (top >= 0) {
            c->out[top].mut = c->out[top].mut || c->out[i].mut;
            gone[i] = true;
        }
    }
    int n = 0;
    for (int i = 0; i < c->n; i++)
        if (!gone[i])
            c->out[n++] = c->out[i];
    return n;
}

static void visit(Collect *c, Place p) {
    int first = 0, n = path_of(c, p, &first);
    if (n >= 0)
        add_path(c, p.proj + first, n);
}

int bck_capture_paths(Body *f, int a, bool byref, const Place *moved, int nmoved, BckCapture *out, int max) {
    Collect c = {.a = a, .byref = byref, .moved = moved, .nmoved = nmoved, .out = out,
                 .max = max < MAX_PATHS ? max : MAX_PATHS};
    mir_foreach_block(f, bb) {
        mir_foreach_stmt_in(bb, st) {
            if (st->kind == ST_DROP || st->kind == ST_RETAIN)
                continue;
            if (!mir_stmt_has_rvalue(st))
                continue;
            /* the destination is written; `&mut q` borrows q mutably; a
               `*mut` read under the capture and passed on may be written
               through; the rest is read */
            c.mut = true;
            if (st->kind == ST_ASSIGN)
                visit(&c, st->place);
            c.mut = false;
            mir_foreach_operand(&st->rv, o) {
                if (o->kind == OPD_CONST)
                    continue;
                c.mut = o->type && o->type->kind == T_PTR && o->type->mut;
                if (o->kind == OPD_MOVE) {
                    /* a move out of the capture: moves.c's, unless it is
                       one that only lends (then it is read) */
                    int first = 0, n = path_of(&c, o->place, &first);
                    if (n > 0 && under_moved(&c, o->place.proj + first, n))
                        continue;
                }
                visit(&c, o->place);
            }
            c.mut = st->rv.kind == RV_REF && st->rv.mut;
            if (mir_rvalue_has_place(&st->rv))
                visit(&c, st->rv.place);
        }
        if (bb->term.kind == TM_BRANCH && bb->term.cond.kind != OPD_CONST) {
            c.mut = false;
            visit(&c, bb->term.cond.place);
        }
        if (bb->term.kind == TM_DROP) {
            c.mut = true;
            visit(&c, bb->term.place);
        }
    }
    return c.whole ? -1 : keep_ancestors(&c);
}
