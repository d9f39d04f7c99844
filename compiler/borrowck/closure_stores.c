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

#include <ctype.h>
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

/* ---- rustc's cause search: E0373 ("may outlive the current block") or E0597
 *
 *     for i := 0; i < 3; i++ {
 *         y := i
 *         c := func() { p = &y }   // rustc: E0373, the capture of p comes first
 *         c()
 *     }
 *     return *p                    // (a `while` with nothing between: E0597)
 *
 * When y dies still borrowed through p (a closure stored `&y` into p),
 * rustc explains why the borrow is live: a breadth-first walk of its MIR
 * from y's death (find_use), through the points of p's region, to the
 * first statement using p. A plain use (`*p` after the loop) gives E0597
 * with "borrow later used here"; the next iteration's capture of p by the
 * closure gives E0373 (the closure "may outlive the current block", the
 * requirement it puts on p noted). The walk here is the same over our MIR,
 * with each point weighted by the statements rustc's MIR has for it, so
 * that the first use found is rustc's:
 *   StorageLive of a variable   2 (with rustc's FakeRead of the `let`)
 *   a capture `_t = &p`          1, after the closure's StorageLive and the
 *                                capture temporary's (2 more for the
 *                                first capture, 1 for the others), and 2
 *                                more for each capture by value before it
 *                                (Go's copy is a borrow in Rust, with its
 *                                StorageLive and assignment)
 *   a print or println           5 before its arguments, 38 in all for
 *                                one argument and 9 more for each other
 *                                (rustc's println! expansion)
 *   a range loop's value         0 (rustc binds it on the loop's edge)
 *   any other statement, goto    1
 * and at a loop's condition, what rustc's lowering adds on each side of
 * its switch: a `for i in a..b` or `for v in &s` (our three-clause for or
 * range loop, its variable dying at the exit) 7 on the way out (a false
 * edge, the loop's unit value, the iterator temporaries' deaths) and 2
 * into the body (binding i);
 * a `while` 6 out and 1 in. A tie goes to the exit (rustc's switch lists
 * it first): E0597. Assigning p whole, or its StorageLive/Dead, ends a
 * path (rustc's Def). The walk starts only when every holder of the loan
 * live at y's death is a variable a closure stored into (the closure itself
 * live there is what rustc finds first: E0597).
 */

enum { CS_INF = 1 << 29 };

/* How local h is touched at statement st of bb (index j): 0 not, 1 a use,
 * 2 a closure's capture of it, 3 a Def (assigned whole, storage). */
static int touch(Body *b, Block *bb, int j, LocalId h) {
    MirStmt *st = &bb->stmts.data[j];
    if (st->kind == ST_STORAGE_LIVE || st->kind == ST_STORAGE_DEAD)
        return st->local == h ? 3 : 0;
    if (!mir_stmt_has_rvalue(st))
        return 0;
    Operand *o;
    if (st->kind == ST_ASSIGN && st->rv.kind == RV_REF && st->rv.place.local == h && st->place.nproj == 0 &&
        b->locals.data[st->place.local].kind == LOCAL_TEMP && bck_capturing_closure(bb, j, st->place.local, &o))
        return 2;
    bool use = false;
    mir_foreach_operand(&st->rv, a)
        use |= a->kind != OPD_CONST && a->place.local == h;
    if (use && st->rv.kind == RV_CLOSURE)
        return 2;   /* Go's by-value capture: a borrow in Rust */
    if (use || (mir_rvalue_has_place(&st->rv) && st->rv.place.local == h))
        return 1;
    if (st->kind == ST_ASSIGN && st->place.local == h)
        return st->place.nproj ? 1 : 3;
    return 0;
}

/* Is st a print or println with arguments (rustc's println!)? */
static bool prints(MirStmt *st) {
    return mir_stmt_has_rvalue(st) && st->rv.kind == RV_INTRINSIC &&
           (st->rv.intrinsic == IN_PRINT || st->rv.intrinsic == IN_PRINTLN) && st->rv.args.len;
}

/* rustc's statements for point (bb, j) of our MIR: those before it
 * (arrive: a capture's StorageLives) and it with those after (leave: a
 * variable's StorageLive, with its `let`'s FakeRead). */
static int arrive(Body *b, Block *bb, int j) {
    if (j == bb->stmts.len)
        return 0;
    MirStmt *st = &bb->stmts.data[j];
    if (prints(st))
        return 5;   /* format_args!'s temporaries before its first argument */
    Operand *o;
    if (st->kind == ST_ASSIGN && st->rv.kind == RV_REF && st->place.nproj == 0 &&
        b->locals.data[st->place.local].kind == LOCAL_TEMP) {
        MirStmt *cl = bck_capturing_closure(bb, j, st->place.local, &o);
        if (!cl)
            return 0;
        /* rustc: StorageLive(c), then per capture StorageLive(t), t = &x;
           ours has no statement for a by-value capture (an operand) */
        int byval = 0;
        bool first = true;
        for (Operand *a = cl->rv.args.data; a < o; a++) {
            bool temp = a->kind != OPD_CONST && a->place.nproj == 0 &&
                        b->locals.data[a->place.local].kind == LOCAL_TEMP;
            if (temp)
                first = false, byval = 0;
            else
                byval++;
        }
        return 1 + (first ? 1 : 0) + 2 * byval;
    }
    return 0;
}

static int leave(Body *b, Block *bb, int j) {
    MirStmt *st = j < bb->stmts.len ? &bb->stmts.data[j] : NULL;
    if (st && st->range_value)
        return 0;   /* the loop's binding: counted on its edge */
    if (st && prints(st))
        return 24 + 9 * st->rv.args.len;    /* println!: 38 points for one argument, 9 more each */
    return st && st->kind == ST_STORAGE_LIVE && b->locals.data[st->local].kind == LOCAL_USER ? 2 : 1;
}

/* What rustc's loop lowering adds on the edge from branch block hb into
 * its successor s (see above); 0 for a branch that is no loop's. */
static int loop_edge(Ctx *c, Body *b, Block *hb, BlockId s) {
    Terminator *t = &hb->term;
    if (t->kind != TM_BRANCH)
        return 0;
    Block *body = &b->blocks.data[t->target], *exit = &b->blocks.data[t->els];
    if (body->loop_depth <= exit->loop_depth)
        return 0;
    /* a three-clause for: its variable, declared on the condition's line,
       dies first thing at the exit */
    bool three = false;
    if (exit->stmts.len && exit->stmts.data[0].kind == ST_STORAGE_DEAD && t->span.hi > 0) {
        Local *v = &b->locals.data[exit->stmts.data[0].local];
        three = v->span.hi > 0 && v->span.file == t->span.file &&
                source_linecol(c, v->span.file, v->span.lo).line == source_linecol(c, t->span.file, t->span.lo).line;
    }
    if (s == t->els)
        return three ? 7 : 6;
    return three ? 2 : 1;
}

/* The place stored into, in closure body f, by the statement that holds
 * the capture's use `inner` (`p = &y`): rustc's note points at `p`. */
static Span stored_place(Ctx *c, MirProgram *prog, Loan *l, Body *b) {
    if (l->inner.hi == 0)
        return NO_SPAN;
    for (int fi = 0; fi < prog->bodies.len; fi++) {
        Body *f = prog->bodies.data[fi];
        if (!f->has_env || f == b)
            continue;
        mir_foreach_stmt(f, bb, st) {
            if (st->kind != ST_ASSIGN || !bck_capture_len(f, st->place) || st->span.file != l->inner.file ||
                st->span.lo >= l->inner.lo || st->span.hi < l->inner.hi)
                continue;
            const char *text = c->files.data[st->span.file].text;
            int hi = st->span.lo;  /* the stored place's text: `p`, `s.r`, `*q` */
            while (hi < l->inner.lo && text[hi] && (isalnum((unsigned char)text[hi]) || strchr("_.*", text[hi])))
                hi++;
            if (hi > st->span.lo)
                return (Span){.file = st->span.file, .lo = st->span.lo, .hi = hi};
        }
    }
    return NO_SPAN;
}

bool bck_capture_found_first(LoanData *ld, Loan *l, int block, int index, BitSet *after, Span *note) {
    Body *b = ld->b;
    if (!l->closure || l->inner.hi == 0 || !after)
        return false;
    /* the holders live after y's death: variables stored into, no closure */
    LocalId hs[16];
    int nh = 0;
    for (int h = 0; h < b->locals.len; h++) {
        if (!l->holders[h] || !bitset_get(after, h))
            continue;
        Type *t = b->locals.data[h].type;
        if (b->locals.data[h].kind != LOCAL_USER || (t && t->kind == T_FUNC) || nh == 16)
            return false;
        hs[nh++] = h;
    }
    if (!nh)
        return false;
    /* points: block i's statements then its terminator, numbered from base[i] */
    int *base = arena_alloc(&ld->c->arena, sizeof(int) * (size_t)(b->blocks.len + 1));
    base[0] = 0;
    for (int i = 0; i < b->blocks.len; i++)
        base[i + 1] = base[i] + b->blocks.data[i].stmts.len + 1;
    int np = base[b->blocks.len];
    int *dist = arena_alloc(&ld->c->arena, sizeof(int) * (size_t)np);
    bool *done = arena_alloc(&ld->c->arena, (size_t)np);
    for (int q = 0; q < np; q++)
        dist[q] = CS_INF, done[q] = false;
    /* the walk starts after the death (rustc's StorageDead uses nothing) */
    dist[base[block] + index + 1] = 0;
    int best = CS_INF, found = 0;
    for (;;) {  /* Dijkstra by increasing cost; bodies are small */
        int q = -1;
        for (int k = 0; k < np; k++)
            if (!done[k] && dist[k] < CS_INF && (q < 0 || dist[k] < dist[q]))
                q = k;
        if (q < 0 || dist[q] > best)
            break;
        done[q] = true;
        int i = 0;
        while (base[i + 1] <= q)
            i++;
        int j = q - base[i];
        Block *bb = &b->blocks.data[i];
        int how = 0;
        static const int rank[] = {0, 3, 2, 1};     /* a use, a capture, a Def */
        if (j < bb->stmts.len)
            for (int k = 0; k < nh; k++) {
                int t = touch(b, bb, j, hs[k]);
                how = rank[t] > rank[how] ? t : how;
            }
        else if (bb->term.kind == TM_BRANCH && bb->term.cond.kind != OPD_CONST)
            for (int k = 0; k < nh; k++)
                how = bb->term.cond.place.local == hs[k] ? 1 : how;
        if (how == 1 || how == 2) {     /* a use: a plain one wins a tie */
            if (dist[q] < best || (dist[q] == best && how == 1))
                found = how;
            best = dist[q];
            continue;
        }
        if (how == 3)
            continue;
        int w = leave(b, bb, j);
        if (j < bb->stmts.len) {
            int d = dist[q] + w + arrive(b, bb, j + 1);
            if (d < dist[q + 1])
                dist[q + 1] = d;
            continue;
        }
        BlockId succ[2];
        for (int k = 0, n = mir_term_succs(&bb->term, succ); k < n; k++) {
            int s = base[succ[k]];
            int d = dist[q] + w + loop_edge(ld->c, b, bb, succ[k]) + arrive(b, &b->blocks.data[succ[k]], 0);
            if (d < dist[s])
                dist[s] = d;
        }
    }
    if (found != 2)
        return false;
    *note = stored_place(ld->c, ld->prog, l, b);
    return true;
}
