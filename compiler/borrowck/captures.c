/*
 * captures.c: what a closure captures, as Rust 2021 sees it.
 *
 * Go (and ML0's MIR) captures whole variables: the closure's environment
 * field a holds the variable's value (Go's by-value capture of a variable
 * never reassigned) or a pointer to it (`_t = &x` just before the
 * closure is made). Rust 2021 captures precise places instead (RFC 2229):
 * the places the body uses, `p.n` for `|| p.n + 1`, truncated at the
 * first projection that is not a field or a dereference (an index
 * captures the whole slice), and when the body uses both a place and a
 * part of it, the place. So `takeS(p.a)` then `func() { println(p.n) }`
 * is no use of a moved value, and after `takeP(p)` the closure is a use
 * of `p.n`, which decides which later use an E0382 is reported at.
 *
 * A place the body moves is captured by value, and a by-value capture
 * stops at its first dereference (rustc's adjust_for_non_move_closure
 * truncates it there): `takeS(bp.a)` of a `bp Box[P]` captures all of bp,
 * so making the closure moves the Box (bck_closure_moves) and is a use
 * of bp, not of `bp.a` alone.
 *
 * In the body, capture a is `(*env).a...` (by value) or `(*(*env).a)...`
 * (by reference); a use of the environment field itself (the pointer,
 * passed on to a nested closure) is a use of the whole variable.
 */
#include "borrowck.h"

#include <string.h>

/* In a closure's body a captured variable is owned by the closure (Rust
 * captures by value what the body moves, and borrows the rest), so it is
 * a place of its own: `(*env).a` when Go captured it by value, `*(*env).a`
 * when by reference. This is the length of that prefix of p (2 or 3), or
 * 0. The environment's own pointers (`*env`, and `*(*env).a` of a
 * by-reference capture) are the closure's machinery, not the program's:
 * a move path, a loan or a write behind them is one on the captured
 * variable, whatever type the lowering gave those pointers. */
int bck_capture_len(Body *b, Place p) {
    if (!b->has_env || p.local != 1 || p.nproj < 2 || p.proj[0].kind != PJ_DEREF ||
        p.proj[1].kind != PJ_FIELD)
        return 0;
    if (b->byval && b->byval[p.proj[1].field])
        return 2;
    return p.nproj >= 3 && p.proj[2].kind == PJ_DEREF ? 3 : 0;
}

bool bck_ref_source(Body *b, LocalId t, Place *out) {
    mir_foreach_stmt(b, bb, st)
        if (st->kind == ST_ASSIGN && st->place.local == t && st->place.nproj == 0) {
            if (st->rv.kind != RV_REF)
                return false;
            *out = st->rv.place;
            return true;
        }
    return false;
}

typedef struct CaptureWalk {
    Ctx *c;
    int field, skip;    /* the capture's environment field; its prefix's length */
    Place base;         /* the captured variable, in the maker's body */
    Place *out;
    bool *mut;          /* per captured place: written or borrowed `&mut` */
    bool writing;       /* the place being visited is */
    int n, max;
    bool mut_borrow;    /* the statement visited is a `&mut` */
    bool whole;         /* the body uses the variable as a whole */
} CaptureWalk;

bool bck_place_prefix(Place a, Place b) {
    return bck_path_prefix((MovePath){a.local, a.nproj, a.proj}, (MovePath){b.local, b.nproj, b.proj});
}

static void add_capture(CaptureWalk *w, Place p) {
    for (int i = 0; i < w->n; i++) {
        if (bck_place_prefix(w->out[i], p)) {
            w->mut[i] |= w->writing;
            return;     /* an ancestor is captured already */
        }
        if (bck_place_prefix(p, w->out[i])) {   /* p is the ancestor: it replaces its parts */
            w->out[i] = p;
            w->mut[i] |= w->writing;
            for (int j = i + 1; j < w->n; j++)
                if (bck_place_prefix(p, w->out[j])) {
                    w->mut[i] |= w->mut[j];
                    w->out[j] = w->out[w->n - 1];
                    w->mut[j--] = w->mut[--w->n];
                }
            return;
        }
    }
    if (w->n >= w->max) {
        w->whole = true;
        return;
    }
    w->mut[w->n] = w->writing;
    w->out[w->n++] = p;
}

static void visit(void *ctx, Place *q, MirPlaceUse use) {
    CaptureWalk *w = ctx;
    w->writing = use == PLACE_WRITE || (use == PLACE_BORROW && w->mut_borrow);
    if (q->local != 1 || q->nproj < 2 || q->proj[0].kind != PJ_DEREF || q->proj[1].kind != PJ_FIELD ||
        q->proj[1].field != w->field)
        return;
    if (q->nproj < w->skip || (w->skip == 3 && q->proj[2].kind != PJ_DEREF)) {
        w->whole = true;    /* the capture's pointer itself */
        return;
    }
    int k = w->skip;
    while (k < q->nproj && (q->proj[k].kind == PJ_FIELD || q->proj[k].kind == PJ_DEREF))
        k++;
    Place p = w->base;
    p.nproj = w->base.nproj + k - w->skip;
    p.proj = arena_alloc(&w->c->arena, sizeof(Proj) * (size_t)(p.nproj ? p.nproj : 1));
    if (w->base.nproj)
        memcpy(p.proj, w->base.proj, sizeof(Proj) * (size_t)w->base.nproj);
    if (k > w->skip)
        memcpy(p.proj + w->base.nproj, q->proj + w->skip, sizeof(Proj) * (size_t)(k - w->skip));
    if (p.nproj == w->base.nproj)
        w->whole = true;
    else
        add_capture(w, p);
}

static void visit_operand(void *ctx, Operand *o) {
    if (o->kind != OPD_CONST)
        visit(ctx, &o->place, PLACE_READ);
}

int bck_closure_captures(Ctx *c, MirProgram *prog, Body *b, MirStmt *st, Operand *o, Place *out, bool *mut,
                         int max) {
    Rvalue *rv = &st->rv;
    if (rv->kind != RV_CLOSURE || o->kind == OPD_CONST || o->place.nproj != bck_capture_len(b, o->place) || rv->func < 0 ||
        rv->func >= prog->bodies.len)
        return 0;
    Body *f = prog->bodies.data[rv->func];
    if (!f->has_env)
        return 0;
    bool own_mut[16];
    if (!mut && max > 16)
        max = 16;
    CaptureWalk w = {.c = c, .field = mir_operand_index(rv, o), .skip = 2, .base = o->place, .out = out,
                     .mut = mut ? mut : own_mut, .max = max};
    if (b->locals.data[o->place.local].kind == LOCAL_TEMP) {
        if (!bck_ref_source(b, o->place.local, &w.base))
            return 0;
        w.skip = 3;
    }
    mir_foreach_block(f, bb) {
        mir_foreach_stmt_in(bb, fst) {
            w.mut_borrow = fst->kind == ST_ASSIGN && fst->rv.kind == RV_REF && fst->rv.mut;
            mir_visit_places(fst, visit, &w);
            Place m;    /* m[k] = v: a mutable use of the map m copied from */
            if (bck_map_write_root(f, fst, &m))
                visit(&w, &m, PLACE_WRITE);
        }
        w.mut_borrow = false;
        mir_visit_term_operands(&bb->term, visit_operand, &w);
    }
    /* a place the body moves is captured by value, cut at its first
       dereference (bck_closure_moves): `takeS(bp.a)` captures all of bp */
    Place moved[8];
    int nm = w.whole ? 0 : bck_closure_moves(c, prog, b, st, o, moved, 8);
    for (int i = 0; i < nm && !w.whole; i++) {
        w.writing = false;
        if (moved[i].nproj <= w.base.nproj)
            w.whole = true;
        else
            add_capture(&w, moved[i]);
    }
    return w.whole ? 0 : w.n;
}

MirStmt *bck_capturing_closure(Block *bb, int j, LocalId t, Operand **o) {
    for (int k = j + 1; k < bb->stmts.len; k++) {
        MirStmt *st = &bb->stmts.data[k];
        if (st->kind != ST_ASSIGN || st->rv.kind != RV_CLOSURE)
            continue;
        mir_foreach_operand(&st->rv, a)
            if (a->kind != OPD_CONST && a->place.local == t && a->place.nproj == 0) {
                *o = a;
                return st;
            }
    }
    return NULL;
}
