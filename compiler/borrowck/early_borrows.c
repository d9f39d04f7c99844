/*
 * early_borrows.c: borrows a statement takes before its later operands
 * are evaluated, against what those operands borrow (E0499, E0502).
 *
 * rustc evaluates a call's operands left to right. A `*mut T` p passed to
 * a `*mut T` parameter (a method's receiver `reg.register(..)`, or any
 * argument `fset(r, ..)`) is the reborrow `&mut *p`, and `v = append(v,
 * x)` is `v.push(x)`, whose autoref is `&mut v`: both two-phase borrows,
 * reserved where the operand is evaluated and activated at the call.
 * While reserved they act as shared borrows: the later operands may read
 * the place (`r.set(get(&r.n))`, `v = append(v, v[0])`), but a mutable
 * borrow of a place under it is E0499 at that borrow, even when it is
 * dead by the call:
 *
 *   reg.register(newTrivialMut(&mut *reg.sessMut))   `*reg.sessMut`
 *   v = append(v, incr(&mut v[0]))                   `v` (IndexMut)
 *   r.set(gm(r)), fset2(r, r)                        `*r` (a reborrow)
 *
 * A store into a slice element, `v[i] = x` (also `v[i] += x`), is Vec's
 * `*v.index_mut(i) = x`: its `&mut v` is taken after the value x and
 * before the index i is evaluated, and it is not two-phase, so an index
 * that reads v is E0502 (`vec[len(vec)-1] = 123`, `v[v[0]] = 1`: rustc's
 * suggest-local-var-for-vector) and one that borrows it mutably E0499;
 * the value may read v (`v[0] = len(v)`), and an array's built-in index
 * borrows nothing first (`a[len(a)-1] = 1`). A mutable borrow of an
 * element, `&mut v[len(v)-1]` (also a `*mut` method's receiver,
 * `v[len(v)-1].setN(1)`), is the same `&mut *v.index_mut(i)`: E0502.
 *
 * The MIR has no statement for such a borrow (a pointer is passed by
 * copy, append takes v itself, the store is one assignment), and the
 * builder lowers the later operands' work into temporaries defined before
 * the statement; so this walks back from each later operand (each index
 * local of the stored place) through the definitions of the temporaries
 * it reads, and the stores into what they are projected from, as moves.c's
 * check_later_temps does for moves. A receiver's autoref `_t = &mut x` is
 * a loan of its own, checked by loans.c's walk.
 */
#include "borrowck.h"

#include <string.h>

/* The place a mutable borrow of p borrows in rustc's terms: up to its
 * first index into a slice (Vec's IndexMut borrows the whole Vec). */
static Place borrowed_part(Body *b, Place p) {
    for (int i = 0; i < p.nproj; i++) {
        Place base = p;
        base.nproj = i;
        if ((p.proj[i].kind == PJ_INDEX || p.proj[i].kind == PJ_CONST_INDEX) &&
            mir_place_type(b, base)->kind == T_SLICE)
            return base;
    }
    return p;
}

static bool overlap(Place a, Place b) { return bck_place_prefix(a, b) || bck_place_prefix(b, a); }

typedef struct Reserved {
    LoanData *ld;
    Block *bb;
    int call;           /* the index of the statement that activates it */
    Place place;        /* `*p`, or v */
    Span span;          /* the reserving operand */
    Span later;         /* the call */
    bool two_phase;     /* reads of the place are fine until the call */
    bool reported;
    MirStmt **done;     /* statements loans.c's walk reported at */
    int ndone;
} Reserved;

static void report(Reserved *r, MirStmt *st, ConflictKind kind, Place used, Span at) {
    for (int i = 0; i < r->ndone; i++)
        if (r->done[i] == st)
            return;     /* one error per borrow: the walk's, with an older loan */
    Conflict cf = {.kind = kind, .prog = r->ld->prog, .body = r->ld->b,
                   .used = used, .at = at};
    cf.loan_place = r->place;
    cf.loan_span = r->span;
    cf.loan_mut = true;
    cf.later = r->later;
    bck_explain(r->ld->c, &cf);
    r->reported = true;
}

/* Is o a `*mut T` operand of call rv passed on as `&mut *o` (index i)? */
static bool mut_reborrow(LoanData *ld, Rvalue *rv, Operand *o) {
    if (rv->kind != RV_CALL || o->kind == OPD_CONST || o == &rv->args.data[0])
        return false;
    Type *t = mir_place_type(ld->b, o->place);
    return t && t->kind == T_PTR && t->mut && bck_reborrows_mut(ld, rv, mir_operand_index(rv, o));
}

static Place deref(LoanData *ld, Place p) {
    Place q = p;
    q.proj = arena_alloc(&ld->c->arena, sizeof(Proj) * (size_t)(p.nproj + 1));
    for (int i = 0; i < p.nproj; i++)
        q.proj[i] = p.proj[i];
    q.proj[p.nproj] = (Proj){.kind = PJ_DEREF, .type = mir_place_type(ld->b, p)->elem};
    q.nproj = p.nproj + 1;
    return q;
}

/* A `*mut` operand o passed on mutably: does its `&mut *o` hit r? */
static void check_operand(Reserved *r, MirStmt *st, Rvalue *rv, Operand *o, Span fallback) {
    if (r->reported || !mut_reborrow(r->ld, rv, o))
        return;
    Place d = deref(r->ld, o->place);
    if (overlap(d, r->place))
        report(r, st, CONFLICT_TWO_MUT, d, o->span.hi > 0 ? o->span : fallback);
}

/* The statements (before the call) that computed temporary t. */
static void check_temp(Reserved *r, LocalId t, int depth) {
    Body *b = r->ld->b;
    if (r->reported || depth > 6 || b->locals.data[t].kind != LOCAL_TEMP)
        return;
    for (int j = r->call - 1; j >= 0 && !r->reported; j--) {
        MirStmt *d = &r->bb->stmts.data[j];
        if (d->kind != ST_ASSIGN || d->place.local != t ||
            (d->place.nproj && d->place.proj[0].kind != PJ_DEREF))
            continue;
        Rvalue *rv = &d->rv;
        Span at = rv->span.hi > 0 ? rv->span : d->span;
        if (mir_rvalue_has_place(rv)) {     /* &x, &mut x; len(v), v[i:j] */
            Place p = borrowed_part(b, rv->place);
            bool mut = rv->kind == RV_REF && rv->mut;
            if ((mut || !r->two_phase) && overlap(p, r->place))
                report(r, d, mut ? CONFLICT_TWO_MUT : CONFLICT_SHARED_WHILE_MUT, p, at);
        }
        mir_foreach_operand(rv, x) {
            if (!r->two_phase && !r->reported && x->kind == OPD_COPY && !mut_reborrow(r->ld, rv, x) &&
                overlap(borrowed_part(b, x->place), r->place))
                report(r, d, CONFLICT_SHARED_WHILE_MUT, borrowed_part(b, x->place), x->span.hi > 0 ? x->span : at);
            check_operand(r, d, rv, x, d->span);
            if (x->kind != OPD_CONST && !x->place.nproj)
                check_temp(r, x->place.local, depth + 1);
        }
        if (mir_rvalue_has_place(rv))
            check_temp(r, rv->place.local, depth + 1);
        if (!d->place.nproj)
            return;
    }
}

/* The operands of st after `from` (each a value computed before st). */
static void check_later(Reserved *r, MirStmt *st, int from) {
    Rvalue *rv = &st->rv;
    mir_foreach_operand_from(rv, from, o) {
        check_operand(r, st, rv, o, st->span);
        if (o->kind != OPD_CONST && !o->place.nproj)
            check_temp(r, o->place.local, 0);
    }
}

/* `v[i] = x`: the index locals of the stored place from its first slice
 * index on (`m[len(m)-1][0] = 1` indexes m first). */
static void check_index_store(Reserved *r, Place p) {
    Body *b = r->ld->b;
    Place v = borrowed_part(b, p);
    if (v.nproj == p.nproj)
        return;     /* no slice index */
    r->place = v;
    /* the `&mut v` is at the variable the statement starts with */
    const char *name = b->locals.data[v.local].name;
    size_t n = name ? strlen(name) : 0;
    if (n && (size_t)(r->span.hi - r->span.lo) > n && strncmp(source_text(r->ld->c, r->span), name, n) == 0)
        r->span.hi = r->span.lo + (int)n;
    for (int i = v.nproj; i < p.nproj && !r->reported; i++)
        if (p.proj[i].kind == PJ_INDEX)
            check_temp(r, p.proj[i].index, 0);
}

void bck_check_early_borrows(LoanData *ld, MirStmt **reported, int nreported) {
    Body *b = ld->b;
    mir_foreach_block(b, bb) {
        mir_foreach_stmt_in(bb, st) {
            if (!mir_stmt_has_rvalue(st))
                continue;
            Rvalue *rv = &st->rv;
            Reserved r = {ld, bb, mir_stmt_index(bb, st), {0}, st->span, st->span, true, false, reported, nreported};
            if (rv->args.len > 1 && bck_append_in_place(st, &rv->args.data[0])) {
                Operand *v = &rv->args.data[0];
                r.place = v->place;
                r.span = v->span.hi > 0 ? v->span : st->span;
                check_later(&r, st, 1);
                continue;
            }
            if (st->kind == ST_ASSIGN && st->place.nproj) {
                r.two_phase = false;    /* IndexMut's autoref */
                check_index_store(&r, st->place);
                continue;
            }
            if (st->kind == ST_ASSIGN && rv->kind == RV_REF && rv->mut) {
                r.two_phase = false;    /* `&mut v[i]`, a receiver's too: IndexMut */
                r.span = rv->span.hi > 0 ? rv->span : st->span;
                check_index_store(&r, rv->place);
                continue;
            }
            if (rv->kind != RV_CALL)
                continue;
            mir_foreach_operand_from(rv, 1, o) {
                /* a temporary is an autoref (a loan of its own) or a value */
                if (!mut_reborrow(ld, rv, o) || b->locals.data[o->place.local].kind == LOCAL_TEMP)
                    continue;
                r.place = deref(ld, o->place);
                r.span = o->span.hi > 0 ? o->span : st->span;
                check_later(&r, st, mir_operand_index(rv, o) + 1);
                if (r.reported)
                    break;
            }
        }
    }
}
