/*
 * closure_stores.c: closures that store a borrow of one capture into
 * another (rustc's closure region requirements).
 *
 *     p := &x
 *     { y := 22; c := func() { p = &y }; c() }
 *     deref(p)        // rustc: E0597, `y` does not live long enough
 *
 * The closure borrows p (mutably) and y; its body stores `&y` into p. In
 * Rust the closure's signature carries a requirement on its creator: the
 * borrow of y must outlive the region of p's type, so from the closure's
 * creation on, p holds the loan of y (y must outlive every later use of
 * p: E0597 at y's death, E0506 at a write of y).
 *
 * A closure body's summary says, per capture a, which captures it may
 * store into a (the variable, a field of it, or what it points to):
 *   ref[a]  bit k: a borrow of capture k itself (`p = &y`, `p = &y.f`,
 *           `p = f(&y)`): in the maker, the closure's loan on y;
 *   copy[a] bit k: capture k's value, a pointer (`p = q`, `p = &q.f` of
 *           a captured `*mut`): in the maker, the loans q holds.
 * Inside the body, locals carry the same two masks (a temporary `_t =
 * &y` then `p = _t`, a call's result given `&y`), found by a small fixed
 * point. A closure made in the body passes its own summary up through
 * the captures it passes on (`func() { c1 := func() { p = &y }; c1() }`
 * stores `&y` into p as well). The maker applies a summary in
 * bck_propagate_holders (loans.c): the captured variable becomes a
 * holder of the loans the masks name.
 *
 * A store into a map (`m[k] = &y`, mapset) stores into m; one through
 * the pointer a capture holds (`*q = &y`, `q.p = &y`: the summary's thru
 * bit) also makes what q may point to a holder (one level, as loans.c's
 * stored_through). Go's by-value capture of y is still a borrow in Rust:
 * its ref bit names the closure's own loan on y. When the maker is itself
 * a closure body and the store goes into one of its captures, a borrow of
 * its own local escapes (E0597 at the local's death, as rustc).
 *
 * What cannot be stored into a capture at all is E0521 ("borrowed data
 * escapes outside of closure"): in a closure body, a `&mut` of a capture
 * (bck_check_capture_stores: FnMut holds it only while it runs), and a
 * borrow of the body's parameter or local (bck_stored_into_capture, asked
 * by loans.c where it would report E0597 or "lifetime may not live long
 * enough").
 *
 * Only captures 0..63 are tracked (a bigger environment stores nothing
 * here); nesting deeper than MAX_DEPTH is not followed.
 */
#include "borrowck.h"

#include <string.h>

enum { MAX_DEPTH = 8, MAX_FIELDS = 64 };

/* Per capture of one closure body: the captures it may store into it. */
typedef struct StoreSummary {
    int n;              /* captures (environment fields), at most 64 */
    uint64_t *ref, *copy;
    uint64_t thru;      /* bit a: some store goes through the pointer capture a
                           holds (`*q = &y`), into what q points to */
} StoreSummary;

struct ClosureStores {
    StoreSummary **by_body;     /* per body of the program, made on first use */
    bool *busy;                 /* being summarized (a cycle stores nothing) */
};

static int env_fields(Body *f) {
    if (!f->has_env || !f->env_type || f->env_type->kind != T_STRUCT)
        return 0;
    int n = f->env_type->fields.len;
    return n > MAX_FIELDS ? MAX_FIELDS : n;
}

/* Does q go through a pointer after its first k projections? (A Box
 * owns its pointee: `&*b` borrows b.) */
static bool has_deref_from(Place q, int k) {
    for (int i = k; i < q.nproj; i++)
        if (q.proj[i].kind == PJ_DEREF && !(i > 0 && q.proj[i - 1].type && q.proj[i - 1].type->kind == T_BOX))
            return true;
    return false;
}

/* The masks of what place q of body f may lend: borrowing it (ref) or
 * reading its value (a pointer). Capture k itself borrowed is ref bit k;
 * read, or borrowed through a pointer it holds, is copy bit k. A local
 * lends what it holds. */
static void place_masks(Body *f, Place q, bool borrow, const uint64_t *lref, const uint64_t *lcopy,
                        uint64_t *r, uint64_t *cp) {
    int k = bck_capture_len(f, q);
    if (k) {
        int a = q.proj[1].field;
        if (a >= MAX_FIELDS)
            return;
        if (borrow && !has_deref_from(q, k))
            *r |= 1ull << a;
        else
            *cp |= 1ull << a;
        return;
    }
    if (f->has_env && q.local == 1)
        return;     /* the environment's own pointers */
    *r |= lref[q.local];
    *cp |= lcopy[q.local];
}

static StoreSummary *summary(Ctx *c, MirProgram *prog, struct ClosureStores *cs, int func, int depth);

/* Where operand o of closure rv (made in f) comes from: the place the
 * closure captured, and whether by reference (`_t = &x`, o is _t). */
static bool capture_source(Body *f, Operand *o, Place *src, bool *byref) {
    if (o->kind == OPD_CONST)
        return false;
    *byref = o->place.nproj == 0 && f->locals.data[o->place.local].kind == LOCAL_TEMP;
    if (*byref)
        return bck_ref_source(f, o->place.local, src);
    *src = o->place;
    return true;
}

/* Body f stores what masks r, cp name into place q (through a pointer
 * when thru, or when q dereferences one after the capture): a capture's
 * summary, or a local's masks. Returns whether a mask grew. */
static bool store_into(Body *f, Place q, uint64_t r, uint64_t cp, bool thru, StoreSummary *s, uint64_t *lref,
                       uint64_t *lcopy) {
    if (!r && !cp)
        return false;
    int k = bck_capture_len(f, q);
    if ((k && q.proj[1].field >= MAX_FIELDS) || (!k && f->has_env && q.local == 1))
        return false;
    uint64_t *tr = k ? &s->ref[q.proj[1].field] : &lref[q.local];
    uint64_t *tc = k ? &s->copy[q.proj[1].field] : &lcopy[q.local];
    uint64_t th = k && (thru || has_deref_from(q, k)) ? s->thru | 1ull << q.proj[1].field : s->thru;
    if ((*tr | r) == *tr && (*tc | cp) == *tc && th == s->thru)
        return false;
    *tr |= r, *tc |= cp;
    s->thru = th;
    return true;
}

/* A closure g made in f: what its summary stores, in f's terms, into the
 * places f passed it as captures (s for f's captures, lref/lcopy for f's
 * locals). A capture g borrows (`_t = &y`, or Go's copy of y, which Rust
 * borrows all the same) lends a borrow of y; one g reads lends y's value.
 * Returns whether a mask grew. */
static bool nested(Ctx *c, MirProgram *prog, struct ClosureStores *cs, Body *f, Rvalue *rv, int depth,
                   StoreSummary *s, uint64_t *lref, uint64_t *lcopy) {
    StoreSummary *gs = summary(c, prog, cs, rv->func, depth + 1);
    if (!gs)
        return false;
    bool grew = false;
    for (int a = 0; a < gs->n && a < rv->args.len; a++) {
        if (!gs->ref[a] && !gs->copy[a])
            continue;
        uint64_t r = 0, cp = 0;
        for (int k = 0; k < gs->n && k < rv->args.len; k++) {
            Place src;
            bool byref;
            if (!capture_source(f, &rv->args.data[k], &src, &byref))
                continue;
            if (gs->ref[a] >> k & 1)
                place_masks(f, src, true, lref, lcopy, &r, &cp);
            if (gs->copy[a] >> k & 1)
                place_masks(f, src, false, lref, lcopy, &r, &cp);
        }
        Place dst;
        bool byref;
        if (capture_source(f, &rv->args.data[a], &dst, &byref))
            grew |= store_into(f, dst, r, cp, gs->thru >> a & 1, s, lref, lcopy);
    }
    return grew;
}

static StoreSummary *summary(Ctx *c, MirProgram *prog, struct ClosureStores *cs, int func, int depth) {
    if (func < 0 || func >= prog->bodies.len || depth > MAX_DEPTH || cs->busy[func])
        return NULL;
    if (cs->by_body[func])
        return cs->by_body[func];
    Body *f = prog->bodies.data[func];
    int n = env_fields(f);
    if (!n)
        return NULL;
    cs->busy[func] = true;
    StoreSummary *s = arena_alloc(&c->arena, sizeof *s);
    s->n = n;
    s->ref = arena_alloc(&c->arena, sizeof(uint64_t) * (size_t)n);
    s->copy = arena_alloc(&c->arena, sizeof(uint64_t) * (size_t)n);
    memset(s->ref, 0, sizeof(uint64_t) * (size_t)n);
    memset(s->copy, 0, sizeof(uint64_t) * (size_t)n);
    size_t nl = (size_t)f->locals.len;
    uint64_t *lref = arena_alloc(&c->arena, sizeof(uint64_t) * nl);
    uint64_t *lcopy = arena_alloc(&c->arena, sizeof(uint64_t) * nl);
    memset(lref, 0, sizeof(uint64_t) * nl);
    memset(lcopy, 0, sizeof(uint64_t) * nl);
    for (bool grew = true; grew;) {
        grew = false;
        mir_foreach_stmt(f, bb, st) {
            Rvalue *rv = &st->rv;
            Place root;     /* m[k] = v: `m.insert(k, v)` stores v into m */
            if (bck_map_write_root(f, st, &root) && rv->kind == RV_INTRINSIC && rv->intrinsic == IN_MAP_SET) {
                uint64_t r = 0, cp = 0;
                mir_foreach_operand_from(rv, 1, o)
                    if (o->kind != OPD_CONST && o->type && type_has_pointers(o->type))
                        place_masks(f, o->place, false, lref, lcopy, &r, &cp);
                grew |= store_into(f, root, r, cp, false, s, lref, lcopy);
                continue;
            }
            if (st->kind != ST_ASSIGN)
                continue;
            if (rv->kind == RV_CLOSURE)
                grew |= nested(c, prog, cs, f, rv, depth, s, lref, lcopy);
            uint64_t r = 0, cp = 0;
            if (rv->kind == RV_REF || rv->kind == RV_SLICE)
                place_masks(f, rv->place, true, lref, lcopy, &r, &cp);
            mir_foreach_operand(rv, o)
                if (o->kind != OPD_CONST && o->type && type_has_pointers(o->type))
                    place_masks(f, o->place, false, lref, lcopy, &r, &cp);
            grew |= store_into(f, st->place, r, cp, false, s, lref, lcopy);
        }
    }
    cs->busy[func] = false;
    cs->by_body[func] = s;
    return s;
}

typedef struct UseFind {
    Body *f;
    int field;
    bool found;
} UseFind;

static void find_use(void *ctx, Place *q, MirPlaceUse use) {
    UseFind *u = ctx;
    (void)use;
    if (bck_capture_len(u->f, *q) && q->proj[1].field == u->field)
        u->found = true;
}

/* Where closure body f uses its capture k, the innermost use when f only
 * passes it on to a closure it makes: rustc's "borrowed value does not
 * live long enough" points there (`p = &y`). NO_SPAN when none. */
static Span inner_use(MirProgram *prog, int func, int k, int depth) {
    if (func < 0 || func >= prog->bodies.len || depth > MAX_DEPTH)
        return NO_SPAN;
    Body *f = prog->bodies.data[func];
    mir_foreach_stmt(f, bb, st) {
        Operand *o;
        if (st->kind == ST_ASSIGN && st->rv.kind == RV_CLOSURE) {
            mir_foreach_operand(&st->rv, a) {
                Place src;
                bool byref;
                if (capture_source(f, a, &src, &byref) && bck_capture_len(f, src) && src.proj[1].field == k) {
                    Span sp = inner_use(prog, st->rv.func, mir_operand_index(&st->rv, a), depth + 1);
                    if (sp.hi > 0)
                        return sp;
                }
            }
            continue;
        }
        if (st->kind == ST_ASSIGN && st->place.nproj == 0 && st->rv.kind == RV_REF &&
            f->locals.data[st->place.local].kind == LOCAL_TEMP &&
            bck_capturing_closure(bb, mir_stmt_index(bb, st), st->place.local, &o))
            continue;   /* `_t = &y` passed on to a closure made next */
        UseFind u = {f, k, false};
        mir_visit_places(st, find_use, &u);
        if (u.found)
            return st->rv.span.hi > 0 ? st->rv.span : st->span;
    }
    return NO_SPAN;
}

/* Make local h a holder of every loan local src holds; the use of the
 * capture in the closure body (use) marks the loans of the variable
 * itself (whole: the closure's loan on it). */
static bool hold_as(LoanData *ld, LocalId src, LocalId h, Span use) {
    bool changed = false;
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *l = &ld->loans.data[k];
        if (l->holders[src] && !l->holders[h]) {
            l->holders[h] = true;
            if (use.hi > 0 && l->closure && l->inner.hi == 0)
                l->inner = use;
            changed = true;
        }
    }
    return changed;
}

/* The closure's own loans on Go's by-value capture v (made at the closure,
 * block i, index j): Rust borrows v all the same. */
static bool hold_capture_loans(LoanData *ld, LocalId v, int i, int j, LocalId h, Span use) {
    bool changed = false;
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *l = &ld->loans.data[k];
        if (l->closure && l->block == i && l->index == j && l->place.local == v && !l->holders[h]) {
            l->holders[h] = true;
            if (use.hi > 0 && l->inner.hi == 0)
                l->inner = use;
            changed = true;
        }
    }
    return changed;
}

/* Closure rv (made at block i, index j of a closure body) stores into
 * the body's capture (its field a): the loans it stores of the body's own
 * variables escape. */
static bool escape_into_capture(LoanData *ld, StoreSummary *s, int a, Rvalue *rv, int i, int j) {
    Body *b = ld->b;
    bool changed = false;
    for (int k = 0; k < s->n && k < rv->args.len; k++) {
        Operand *o = &rv->args.data[k];
        Place src;
        bool byref;
        if (!(s->ref[a] >> k & 1) || !capture_source(b, o, &src, &byref) || bck_capture_len(b, src) ||
            src.local == 1)
            continue;
        for (int q = 0; q < ld->loans.len; q++) {
            Loan *l = &ld->loans.data[q];
            bool mine = byref ? l->holders[o->place.local]
                              : l->closure && l->block == i && l->index == j && l->place.local == src.local;
            if (mine && !l->escapes) {
                l->escapes = changed = true;
                if (l->inner.hi == 0)
                    l->inner = inner_use(ld->prog, rv->func, k, 0);
            }
        }
    }
    return changed;
}

bool bck_closure_store_holders(LoanData *ld, MirStmt *st, int i, int j) {
    Body *b = ld->b;
    Rvalue *rv = &st->rv;
    if (st->kind != ST_ASSIGN || rv->kind != RV_CLOSURE)
        return false;
    if (!ld->cstores) {
        struct ClosureStores *cs = arena_alloc(&ld->c->arena, sizeof *cs);
        size_t nb = (size_t)ld->prog->bodies.len;
        cs->by_body = arena_alloc(&ld->c->arena, sizeof(StoreSummary *) * nb);
        cs->busy = arena_alloc(&ld->c->arena, nb);
        memset(cs->by_body, 0, sizeof(StoreSummary *) * nb);
        memset(cs->busy, 0, nb);
        ld->cstores = cs;
    }
    StoreSummary *s = summary(ld->c, ld->prog, ld->cstores, rv->func, 0);
    if (!s)
        return false;
    bool changed = false;
    for (int a = 0; a < s->n && a < rv->args.len; a++) {
        Place dst;
        bool byref;
        if ((!s->ref[a] && !s->copy[a]) || !capture_source(b, &rv->args.data[a], &dst, &byref))
            continue;
        /* into a capture of this body (itself a closure): a borrow of the
           body's own data outlives it (`func() { z := 1; d := func() { p =
           &z }; d() }`: E0597 at z's death); captures stored into
           captures are the summary's (nested above) */
        if (bck_capture_len(b, dst) || (b->has_env && dst.local == 1)) {
            changed |= escape_into_capture(ld, s, a, rv, i, j);
            continue;
        }
        /* the holders: the variable, and through the pointer it holds
           (`*q = &y`) the variables it may point to (one level, as
           loans.c's stored_through) */
        LocalId hs[16];
        int nh = 0;
        hs[nh++] = dst.local;
        Type *dt = mir_place_type(b, dst);
        if (s->thru >> a & 1 && dt && dt->kind == T_PTR)
            for (int k = 0; k < ld->loans.len && nh < 16; k++) {
                Loan *o = &ld->loans.data[k];
                if (o->holders[dst.local] && !o->lent && o->place.nproj == 0 &&
                    mir_place_type(b, o->place) == dt->elem)
                    hs[nh++] = o->place.local;
            }
        for (int k = 0; k < s->n && k < rv->args.len; k++) {
            Operand *o = &rv->args.data[k];
            Place src;
            bool src_byref;
            if (!(s->ref[a] >> k & 1) && !(s->copy[a] >> k & 1))
                continue;
            if (!capture_source(b, o, &src, &src_byref) || bck_capture_len(b, src) || (b->has_env && src.local == 1))
                continue;
            Span use = s->ref[a] >> k & 1 ? inner_use(ld->prog, rv->func, k, 0) : NO_SPAN;
            for (int q = 0; q < nh; q++) {
                if (s->ref[a] >> k & 1)     /* the closure's loan on y: held by _t, or made here */
                    changed |= src_byref ? hold_as(ld, o->place.local, hs[q], use)
                                         : hold_capture_loans(ld, src.local, i, j, hs[q], use);
                if (s->copy[a] >> k & 1)    /* what y holds */
                    changed |= hold_as(ld, src.local, hs[q], NO_SPAN);
            }
        }
    }
    return changed;
}

bool bck_stored_into_capture(Body *b, MirStmt *st, Place *capture) {
    if (!st || !b->has_env)
        return false;
    Place root;     /* m[k] = v into a captured map */
    if (bck_map_write_root(b, st, &root) && bck_capture_len(b, root)) {
        *capture = root;
        return true;
    }
    *capture = st->place;
    return st->kind == ST_ASSIGN && bck_capture_len(b, st->place);
}

/* In a closure body, a `&mut` of one capture stored into another
 * (`func() { pm = &mut y }`): the closure holds y mutably only while it
 * runs (FnMut), so the reborrow escapes: rustc E0521, "a temporary borrow
 * escapes the closure body". (A shared `&y` may: the maker's loan.) */
void bck_check_capture_stores(LoanData *ld) {
    Body *b = ld->b;
    Place cap;
    if (!b->has_env)
        return;
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *l = &ld->loans.data[k];
        if (l->reported || !l->mut || l->untracked || !bck_capture_len(b, l->place) ||
            !bck_stored_into_capture(b, l->stored_at, &cap))
            continue;
        l->reported = true;
        Conflict cf = {.kind = CONFLICT_CLOSURE_ESCAPE, .prog = ld->prog, .body = b, .used = cap,
                       .at = l->stored_at->span, .loan_place = l->place, .loan_span = l->span,
                       .loan_mut = true};
        bck_explain(ld->c, &cf);
    }
}
