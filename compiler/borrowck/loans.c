/*
 * loans.c: borrows and their lifetimes, non-lexically (rustc's NLL in a
 * small form).
 *
 * A loan is one `&place` / `&mut place` in the MIR. The locals that may
 * hold it are found flow-insensitively: the local it is assigned to, and
 * every local that later receives a value read from a holder (copies,
 * aggregates, reborrows, and the results of calls given a holder, by
 * Rust's elision rule). A loan is *in scope* at a point when it may have
 * been issued on the way there (forward dataflow) and one of its holders
 * is live there (backward liveness: used later). Accesses that conflict
 * with an in-scope loan become Conflicts for explain.c:
 *   write to a borrowed place            E0506
 *   move out of a borrowed place         E0505
 *   read of a mutably borrowed place     E0503
 *   &mut of a borrowed place             E0499 / E0502
 *   & of a mutably borrowed place        E0502
 *   StorageDead of a borrowed local      E0597
 *   a loan on a local reaching _0        E0515
 *   a write through a shared pointer     E0594
 */
#include "borrowck.h"

#include <string.h>

typedef struct Loan {
    Place place;        /* what is borrowed */
    bool mut;
    Span span;
    int block, index;
    bool *holders;      /* per local */
    bool reported;
} Loan;

typedef struct LoanData {
    Ctx *c;
    MirProgram *prog;
    Body *b;
    VEC(Loan) loans;
    Liveness live;      /* per block: locals live on entry and exit */
} LoanData;

/* ---- place algebra (rustc's places_conflict, simplified) ---------------- */

static bool places_overlap(Place a, Place b) {
    if (a.local != b.local)
        return false;
    int n = a.nproj < b.nproj ? a.nproj : b.nproj;
    for (int i = 0; i < n; i++) {
        Proj *x = &a.proj[i], *y = &b.proj[i];
        if (x->kind == PJ_FIELD && y->kind == PJ_FIELD && x->field != y->field)
            return false;   /* distinct fields are disjoint */
        if (x->kind != y->kind && !(x->kind != PJ_FIELD && y->kind != PJ_FIELD))
            return true;
    }
    return true;
}

/* ---- loans and their holders --------------------------------------------- */

static void collect_loans(LoanData *ld) {
    Body *b = ld->b;
    for (int i = 0; i < b->blocks.len; i++)
        for (int j = 0; j < b->blocks.data[i].stmts.len; j++) {
            MirStmt *st = &b->blocks.data[i].stmts.data[j];
            /* &place, and slicing a local (`s[1:]` borrows all of s) */
            bool slice = st->kind == ST_ASSIGN && st->rv.kind == RV_SLICE &&
                         !place_has_deref(st->rv.place) &&
                         b->locals.data[st->rv.place.local].kind != LOCAL_TEMP;
            if (st->kind != ST_ASSIGN || (st->rv.kind != RV_REF && !slice))
                continue;
            Loan l = {0};
            l.place = st->rv.place;
            l.mut = st->rv.mut;
            l.span = st->rv.span;
            l.block = i;
            l.index = j;
            l.holders = arena_alloc(&ld->c->arena, (size_t)b->locals.len);
            if (st->place.nproj == 0)
                l.holders[st->place.local] = true;
            else if (!place_has_deref(st->place))
                l.holders[st->place.local] = true;   /* stored in a field of a local */
            vec_push(&ld->c->arena, &ld->loans, l);
        }
}

/* Does rv read a value out of a holder of l? */
static bool reads_holder(Loan *l, Rvalue *rv) {
    for (int i = 0; i < rv->args.len; i++) {
        Operand *o = &rv->args.data[i];
        if (o->kind != OPD_CONST && l->holders[o->place.local] && type_has_pointers(o->type))
            return true;
    }
    if (rv->kind == RV_REF && place_has_deref(rv->place) && l->holders[rv->place.local])
        return true;    /* a reborrow &(*p).f */
    if (rv->kind == RV_SLICE && l->holders[rv->place.local])
        return true;
    return false;
}

static void propagate_holders(LoanData *ld) {
    Body *b = ld->b;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < b->blocks.len; i++)
            for (int j = 0; j < b->blocks.data[i].stmts.len; j++) {
                MirStmt *st = &b->blocks.data[i].stmts.data[j];
                if (st->kind != ST_ASSIGN || place_has_deref(st->place))
                    continue;
                LocalId d = st->place.local;
                if (!type_has_pointers(b->locals.data[d].type))
                    continue;
                for (int k = 0; k < ld->loans.len; k++) {
                    Loan *l = &ld->loans.data[k];
                    if (!l->holders[d] && reads_holder(l, &st->rv)) {
                        l->holders[d] = true;
                        changed = true;
                    }
                }
            }
    }
}

/* ---- loans issued (forward) ---------------------------------------------- */

static void issue_transfer(void *ctx, BitSet *s, Block *bb, int block) {
    LoanData *ld = ctx;
    (void)bb;
    for (int k = 0; k < ld->loans.len; k++)
        if (ld->loans.data[k].block == block)
            bitset_set(s, k);
}

/* ---- checking ------------------------------------------------------------ */

typedef struct Walk {
    LoanData *ld;
    BitSet issued;      /* loans issued so far on some path */
    BitSet live;        /* locals live on entry to the current statement */
    int block, index;
} Walk;

static bool in_scope(Walk *w, int k) {
    Loan *l = &w->ld->loans.data[k];
    /* issued on the way into this block (including by an earlier iteration
       of a loop through it), or earlier in this block */
    bool here = l->block == w->block && l->index < w->index;
    if (!here && !bitset_get(&w->issued, k))
        return false;
    for (int i = 0; i < w->ld->b->locals.len; i++)
        if (l->holders[i] && bitset_get(&w->live, i))
            return true;
    return false;
}

/* The first later use of one of l's holders, for "borrow later used here". */
static Span later_use(LoanData *ld, Loan *l, int block, int index) {
    Body *b = ld->b;
    for (int i = block; i < b->blocks.len; i++) {
        Block *bb = &b->blocks.data[i];
        for (int j = i == block ? index + 1 : 0; j < bb->stmts.len; j++) {
            MirStmt *st = &bb->stmts.data[j];
            if (st->kind != ST_ASSIGN && st->kind != ST_EVAL)
                continue;
            for (int a = 0; a < st->rv.args.len; a++) {
                Operand *o = &st->rv.args.data[a];
                if (o->kind != OPD_CONST && l->holders[o->place.local])
                    return o->span.hi > 0 ? o->span : st->span;
            }
            if (st->kind == ST_ASSIGN && place_has_deref(st->place) && l->holders[st->place.local])
                return st->span;    /* a write through the borrow: *p = v */
        }
    }
    return NO_SPAN;
}

static void conflict(Walk *w, ConflictKind kind, int k, Place p, Span at) {
    Loan *l = &w->ld->loans.data[k];
    if (l->reported)
        return;
    l->reported = true;
    Conflict cf = {.kind = kind, .prog = w->ld->prog, .body = w->ld->b, .used = p, .at = at};
    cf.loan_place = l->place;
    cf.loan_span = l->span;
    cf.loan_mut = l->mut;
    cf.later = later_use(w->ld, l, w->block, w->index);
    bck_explain(w->ld->c, &cf);
}

/* An access to p: kind of access decides which loans conflict. */
typedef enum { ACC_READ, ACC_WRITE, ACC_MOVE, ACC_SHARED, ACC_MUT, ACC_DEAD } Access;

static void access(Walk *w, Place p, Access a, Span at) {
    for (int k = 0; k < w->ld->loans.len; k++) {
        Loan *l = &w->ld->loans.data[k];
        if (!places_overlap(l->place, p) || place_has_deref(l->place) != place_has_deref(p))
            continue;
        if (!in_scope(w, k))
            continue;
        switch (a) {
        case ACC_READ: if (l->mut) conflict(w, CONFLICT_USE_BORROWED, k, p, at); break;
        case ACC_WRITE: conflict(w, CONFLICT_ASSIGN_BORROWED, k, p, at); break;
        case ACC_MOVE: conflict(w, CONFLICT_MOVE_BORROWED, k, p, at); break;
        case ACC_SHARED: if (l->mut) conflict(w, CONFLICT_SHARED_WHILE_MUT, k, p, at); break;
        case ACC_MUT: conflict(w, l->mut ? CONFLICT_TWO_MUT : CONFLICT_MUT_WHILE_SHARED, k, p, at); break;
        case ACC_DEAD:
            if (!l->holders[0])
                conflict(w, CONFLICT_DOES_NOT_LIVE, k, p, at);
            break;
        }
    }
}

/* The pointer type dereferenced first in p, or NULL. */
static Type *deref_pointer_type(Body *b, Place p) {
    Type *t = b->locals.data[p.local].type;
    for (int i = 0; i < p.nproj; i++) {
        if (p.proj[i].kind == PJ_DEREF)
            return t;
        t = p.proj[i].type;
    }
    return NULL;
}

static void check_return(Walk *w, MirStmt *st) {
    LoanData *ld = w->ld;
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *l = &ld->loans.data[k];
        if (place_has_deref(l->place) || l->reported)
            continue;
        bool direct = l->block == w->block && l->index == w->index;
        if (!direct && !reads_holder(l, &st->rv))
            continue;
        l->reported = true;
        Span at = st->span;
        if (!direct && st->rv.args.len && st->rv.args.data[0].span.hi > 0)
            at = st->rv.args.data[0].span;
        Conflict cf = {.kind = CONFLICT_RETURN_LOCAL, .prog = ld->prog, .body = ld->b,
                       .used = l->place, .at = at, .borrow = direct};
        cf.loan_place = l->place;
        cf.loan_span = l->span;
        bck_explain(ld->c, &cf);
    }
}

static void check_stmt(Walk *w, MirStmt *st) {
    Body *b = w->ld->b;
    if (st->kind == ST_ASSIGN && st->place.nproj == 0 && st->place.local == 0)
        check_return(w, st);

    if (st->kind == ST_STORAGE_DEAD) {
        access(w, place_local(st->local), ACC_DEAD, st->span);
        return;
    }
    if (st->kind != ST_ASSIGN && st->kind != ST_EVAL)
        return;
    Rvalue *rv = &st->rv;
    for (int i = 0; i < rv->args.len; i++) {
        Operand *o = &rv->args.data[i];
        if (o->kind == OPD_CONST)
            continue;
        Access a = o->kind == OPD_MOVE ? ACC_MOVE : ACC_READ;
        /* s = append(s, ...) grows s in place: an exclusive borrow of s
           (as Vec::push), not a move */
        if (i == 0 && rv->kind == RV_APPEND && st->kind == ST_ASSIGN &&
            o->place.local == st->place.local && o->place.nproj == 0 && st->place.nproj == 0)
            a = ACC_MUT;
        access(w, o->place, a, o->span.hi > 0 ? o->span : st->span);
    }
    if (rv->kind == RV_REF)
        access(w, rv->place, rv->mut ? ACC_MUT : ACC_SHARED, rv->span);
    if (rv->kind == RV_LEN || rv->kind == RV_CAP || rv->kind == RV_SLICE)
        access(w, rv->place, ACC_READ, rv->span);
    if (st->kind == ST_ASSIGN && !place_has_deref(st->place) &&
        !(st->place.nproj == 0 && b->locals.data[st->place.local].kind == LOCAL_TEMP))
        access(w, st->place, ACC_WRITE, st->span);
}

/* E0594: a store through a shared `*T` held in a named variable. */
static void check_shared_writes(Ctx *c, MirProgram *p, Body *b) {
    for (int i = 0; i < b->blocks.len; i++)
        for (int j = 0; j < b->blocks.data[i].stmts.len; j++) {
            MirStmt *st = &b->blocks.data[i].stmts.data[j];
            if (st->kind != ST_ASSIGN || !place_has_deref(st->place))
                continue;
            Type *pt = deref_pointer_type(b, st->place);
            LocalKind lk = b->locals.data[st->place.local].kind;
            if (pt && pt->kind == T_PTR && !pt->mut && (lk == LOCAL_USER || lk == LOCAL_ARG)) {
                Conflict cf = {.kind = CONFLICT_WRITE_SHARED, .prog = p, .body = b,
                               .used = st->place, .at = st->span};
                bck_explain(c, &cf);
            }
        }
}

/* E0716: `x = &T{...}` whose temporary dies with the statement while x
 * is still going to be used. */
static void check_temporaries(LoanData *ld) {
    Body *b = ld->b;
    for (int i = 0; i < b->blocks.len; i++) {
        Block *bb = &b->blocks.data[i];
        BitSet live = bitset_new(&ld->c->arena, b->locals.len);
        bitset_copy(&live, &ld->live.out[i]);
        mir_live_term(&live, &bb->term);
        for (int j = bb->stmts.len - 1; j >= 0; j--) {     /* live is live-after j */
            MirStmt *st = &bb->stmts.data[j];
            Operand *o = st->kind == ST_ASSIGN && st->rv.kind == RV_USE ? &st->rv.args.data[0] : NULL;
            int site = o && o->kind != OPD_CONST && o->place.nproj == 0
                       ? b->locals.data[o->place.local].init_site : -1;
            if (site >= 0 && b->sites.data[site].stmt_temp && st->place.nproj == 0 &&
                bitset_get(&live, st->place.local)) {
                Loan l = {.place = o->place, .span = b->sites.data[site].span, .block = i, .index = j};
                l.holders = arena_alloc(&ld->c->arena, (size_t)b->locals.len);
                l.holders[st->place.local] = true;
                Conflict cf = {.kind = CONFLICT_TEMPORARY, .prog = ld->prog, .body = b,
                               .used = st->place, .at = st->span};
                cf.loan_span = l.span;
                cf.later = later_use(ld, &l, i, j);
                bck_explain(ld->c, &cf);
            }
            mir_live_stmt(&live, st);
        }
    }
}

void bck_check_loans(Ctx *c, MirProgram *p, Body *b) {
    check_shared_writes(c, p, b);
    LoanData ld = {c, p, b, {0}, {0}};
    ld.live = mir_liveness(c, b);   /* once: temporaries and loans both read it */
    check_temporaries(&ld);
    collect_loans(&ld);
    if (ld.loans.len == 0)
        return;
    propagate_holders(&ld);
    Dataflow df = {0};
    mir_dataflow_init(c, &df, b, ld.loans.len);
    df.ctx = &ld;
    df.transfer = issue_transfer;
    mir_dataflow_solve(c, &df);
    Walk w = {&ld, bitset_new(&c->arena, ld.loans.len), bitset_new(&c->arena, b->locals.len), 0, 0};
    for (int i = 0; i < b->blocks.len; i++) {
        Block *bb = &b->blocks.data[i];
        w.block = i;
        bitset_copy(&w.issued, &df.entry[i]);
        /* live-after for each statement: walk backward once, then forward */
        BitSet *lives = arena_alloc(&c->arena, sizeof(BitSet) * (size_t)(bb->stmts.len + 1));
        BitSet cur = bitset_new(&c->arena, b->locals.len);
        bitset_copy(&cur, &ld.live.out[i]);
        mir_live_term(&cur, &bb->term);
        for (int j = bb->stmts.len - 1; j >= 0; j--) {
            /* live on entry to statement j: a holder the statement itself
               overwrites no longer carries the old loan */
            mir_live_stmt(&cur, &bb->stmts.data[j]);
            lives[j] = bitset_new(&c->arena, b->locals.len);
            bitset_copy(&lives[j], &cur);
        }
        for (int j = 0; j < bb->stmts.len; j++) {
            w.index = j;
            bitset_copy(&w.live, &lives[j]);
            check_stmt(&w, &bb->stmts.data[j]);
        }
    }
}
