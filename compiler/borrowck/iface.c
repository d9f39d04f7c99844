/*
 * iface.c: interfaces under --borrowck, as Rust's trait objects.
 *
 * An interface holding a value owns it, like Box<dyn Trait>: converting a
 * non-Copy value to an interface moves it in (the MIR's `(*_b) = move x`
 * before `iface T(_b)`), and the interface itself is not Copy, so copying
 * it away moves it (moves.c needs nothing more for that). An interface
 * holding a pointer is a borrow, like &dyn Trait / &mut dyn Trait: the
 * `iface *T(copy _p)` reads a holder of the loan, so loans.c's holders
 * carry the loan into the interface and wherever it goes.
 *
 * What this file decides is which `move` of an interface operand only
 * lends it (Rust's `&self` on a trait object, or `downcast_ref`):
 *   i.M(...)                 a method call through the interface (&self)
 *   x.(T) with T Copy        `*x.downcast_ref::<T>().unwrap()`
 *   v, ok := x.(T), T Copy   `x.downcast_ref::<T>()`
 *   a type switch's test     `x.is::<T>()`
 *   .tag = move x            a type switch's hidden tag, when no case
 *                            binds a non-Copy value out of it
 *   j (any use) where j is a variable that only ever holds shared
 *                            pointers: a `&dyn T`, which is Copy
 *   f(mk) where mk only ever holds pointers, some `*mut T`: passing a
 *                            `&mut dyn T` reborrows it (`k := mk` moves)
 *   f(ks[i]) where ks only ever holds such pointers: `&mut *ks[i]`
 *                            (`k := ks[i]` is E0507)
 * Everything else that moves an interface consumes it: `x.(T)` with T not
 * Copy is `*x.downcast::<T>().unwrap()` (Box<dyn Any>::downcast takes the
 * box by value), and so is a type switch whose cases bind non-Copy values
 * (a chain of `match x.downcast::<T>()`).
 */
#include "borrowck.h"

#include <string.h>

static bool is_iface(Type *t) { return t && t->kind == T_IFACE; }

/* Does assertion rv only look at its operand (downcast_ref / is)? */
static bool assert_lends(Rvalue *rv) {
    if (rv->amode == ASSERT_TEST)
        return true;
    return rv->elem && type_is_copy(rv->elem);
}

/* Is local t a type switch's hidden tag whose every use lends it? */
static bool tag_only_lent(Body *b, LocalId t) {
    const char *name = b->locals.data[t].name;
    if (!name || strcmp(name, ".tag") != 0)
        return false;
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        mir_foreach_operand(&st->rv, o)
            if (o->kind == OPD_MOVE && o->place.local == t &&
                !(st->rv.kind == RV_ASSERT && assert_lends(&st->rv)))
                return false;
    }
    return true;
}

/* What local l of interface type holds: IF_VALUE (or unknown), or only
 * ever a pointer, IF_SHARED (`&dyn T`, every pointer a `*T`) or IF_MUT
 * (`&mut dyn T`, some pointer a `*mut T`). Every whole assignment to l
 * must be a conversion of a pointer (`iface *T(copy _p)`, through the
 * temporary it is built in) or a copy of another such variable. A
 * parameter, an addressed variable (written through a pointer, captured
 * by reference) or anything else is IF_VALUE: it may own a box. */
enum { IF_VALUE, IF_SHARED, IF_MUT };

/* A walk over the definitions of locals: the locals being looked at (a
 * definition cycle, `t = append(v, ...); v = move t`, assumes what it is
 * asking: every value entering the cycle comes from outside it), and a
 * budget after which the answer is the safe one (the value may own). */
typedef struct Walk {
    Body *b;
    LocalId on[12];
    int n, budget;
} Walk;

/* Enter local l; 1 when it is already being looked at, -1 when the walk
 * is too deep or too long, 0 when entered (leave it with w->n--). */
static int enter(Walk *w, LocalId l) {
    for (int i = 0; i < w->n; i++)
        if (w->on[i] == l)
            return 1;
    if (w->n >= (int)(sizeof w->on / sizeof w->on[0]) || --w->budget < 0)
        return -1;
    w->on[w->n++] = l;
    return 0;
}

static int operand_kind(Walk *w, Operand *o);

static int holds_pointer_in(Walk *w, LocalId l);

static int holds_pointer(Walk *w, LocalId l) {
    Local *lc = &w->b->locals.data[l];
    if (!is_iface(lc->type) || lc->addressed || (lc->kind != LOCAL_USER && lc->kind != LOCAL_TEMP))
        return IF_VALUE;
    int e = enter(w, l);
    if (e)
        return e > 0 ? IF_SHARED : IF_VALUE;
    int k = holds_pointer_in(w, l);
    w->n--;
    return k;
}

static int holds_pointer_in(Walk *w, LocalId l) {
    Body *b = w->b;
    int kind = IF_SHARED, defs = 0;
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->place.local != l)
            continue;
        if (st->place.nproj)
            return IF_VALUE;
        defs++;
        Rvalue *rv = &st->rv;
        if (rv->kind == RV_IFACE && rv->elem && rv->elem->kind == T_PTR) {
            if (rv->elem->mut)
                kind = IF_MUT;
            continue;
        }
        if (rv->kind != RV_USE || rv->args.data[0].kind == OPD_CONST || rv->args.data[0].place.local == l)
            return IF_VALUE;
        if (rv->args.data[0].place.nproj) {   /* k := ks[i] */
            int from = operand_kind(w, &rv->args.data[0]);
            if (from == IF_VALUE)
                return IF_VALUE;
            if (from == IF_MUT)
                kind = IF_MUT;
            continue;
        }
        int from = holds_pointer(w, rv->args.data[0].place.local);
        if (from == IF_VALUE)
            return IF_VALUE;
        if (from == IF_MUT)
            kind = IF_MUT;
    }
    return defs ? kind : IF_VALUE;
}

/* The most a list of interface operands holds: IF_VALUE as soon as one
 * may own a value, IF_MUT when some is a `&mut dyn T`. */
static int operands_kind(Walk *w, Operand *os, int from, int n) {
    int kind = IF_SHARED;
    for (int i = from; i < n; i++) {
        int k = operand_kind(w, &os[i]);
        if (k == IF_VALUE)
            return IF_VALUE;
        if (k == IF_MUT)
            kind = IF_MUT;
    }
    return kind;
}

/* What the array temporary t (`t = alloc [N]I()` of a slice literal) is
 * filled with (`(*t) = aggregate [N]I(...)`): interfaces holding shared
 * pointers (IF_SHARED), pointers some `*mut` (IF_MUT), or IF_VALUE. */
static int literal_kind(Walk *w, LocalId t) {
    Body *b = w->b;
    int fills = 0, kind = IF_SHARED;
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->place.local != t)
            continue;
        Rvalue *rv = &st->rv;
        if (st->place.nproj == 0 && rv->kind == RV_ALLOC && rv->args.len == 0)
            continue;
        if (st->place.nproj != 1 || st->place.proj[0].kind != PJ_DEREF || rv->kind != RV_AGGREGATE)
            return IF_VALUE;
        kind = operands_kind(w, rv->args.data, 0, rv->args.len);
        if (kind == IF_VALUE)
            return IF_VALUE;
        fills++;
    }
    return fills == 1 ? kind : IF_VALUE;
}

/* What local l, a slice or array of interfaces, holds: only shared-
 * pointer interfaces (IF_SHARED: a `Vec<&dyn T>` / `[&dyn T; N]`, whose
 * elements are Copy), only pointers, some `*mut` (IF_MUT: a `Vec<&mut
 * dyn T>`, whose elements are reborrowed when passed), or IF_VALUE. Every
 * write to l must be: nil; a literal of such elements (an array
 * aggregate, or a slice of a literal's array); `append(l, e...)` of such
 * elements onto l or another such slice; `l[i] = e`; a copy of another
 * such variable. A parameter, an addressed variable or anything else may
 * hold boxes: its elements move (E0507 out of an index). */
static int elems_kind_in(Walk *w, LocalId l);

static int elems_kind(Walk *w, LocalId l) {
    Local *lc = &w->b->locals.data[l];
    if (!lc->type || (lc->type->kind != T_SLICE && lc->type->kind != T_ARRAY) || !is_iface(lc->type->elem) ||
        lc->addressed || (lc->kind != LOCAL_USER && lc->kind != LOCAL_TEMP))
        return IF_VALUE;
    int e = enter(w, l);
    if (e)
        return e > 0 ? IF_SHARED : IF_VALUE;
    int r = elems_kind_in(w, l);
    w->n--;
    return r;
}

/* kind, widened by what k says (IF_VALUE wins, then IF_MUT) */
static int widen(int kind, int k) { return k == IF_VALUE || kind == IF_VALUE ? IF_VALUE : k == IF_MUT ? IF_MUT : kind; }

static int elems_kind_in(Walk *w, LocalId l) {
    Body *b = w->b;
    int defs = 0, kind = IF_SHARED;
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->place.local != l)
            continue;
        defs++;
        Rvalue *rv = &st->rv;
        if (st->place.nproj == 1 && (st->place.proj[0].kind == PJ_INDEX || st->place.proj[0].kind == PJ_CONST_INDEX)) {
            if (rv->kind != RV_USE)
                return IF_VALUE;
            kind = widen(kind, operand_kind(w, &rv->args.data[0]));
            if (kind == IF_VALUE)
                return IF_VALUE;
            continue;
        }
        if (st->place.nproj)
            return IF_VALUE;
        switch (rv->kind) {
        case RV_USE: {
            Operand *o = &rv->args.data[0];
            if (o->kind == OPD_CONST ? o->c.kind != CONST_NIL : o->place.nproj != 0)
                return IF_VALUE;
            if (o->kind != OPD_CONST && o->place.local != l)
                kind = widen(kind, elems_kind(w, o->place.local));
            break;
        }
        case RV_AGGREGATE:
            kind = widen(kind, operands_kind(w, rv->args.data, 0, rv->args.len));
            break;
        case RV_APPEND: {
            Operand *o = &rv->args.data[0];
            if (rv->spread || o->kind == OPD_CONST || o->place.nproj)
                return IF_VALUE;
            if (o->place.local != l)
                kind = widen(kind, elems_kind(w, o->place.local));
            kind = widen(kind, operands_kind(w, rv->args.data, 1, rv->args.len));
            break;
        }
        case RV_SLICE:
            if (rv->place.nproj != 1 || rv->place.proj[0].kind != PJ_DEREF)
                return IF_VALUE;
            kind = widen(kind, literal_kind(w, rv->place.local));
            break;
        default:
            return IF_VALUE;
        }
        if (kind == IF_VALUE)
            return IF_VALUE;
    }
    return defs > 0 ? kind : IF_VALUE;
}

/* What operand o holds: a variable or temporary (holds_pointer), or an
 * element of a slice or array (elems_kind). */
static int operand_kind(Walk *w, Operand *o) {
    if (o->kind == OPD_CONST || !is_iface(o->type))
        return IF_VALUE;
    if (o->place.nproj == 0)
        return holds_pointer(w, o->place.local);
    if (o->place.nproj == 1 && (o->place.proj[0].kind == PJ_INDEX || o->place.proj[0].kind == PJ_CONST_INDEX))
        return elems_kind(w, o->place.local);
    return IF_VALUE;
}

bool bck_iface_lends(Body *b, MirStmt *st, Operand *o) {
    if (o->kind != OPD_MOVE || !is_iface(o->type) || !mir_stmt_has_rvalue(st))
        return false;
    Rvalue *rv = &st->rv;
    if (rv->kind == RV_ICALL && o == &rv->args.data[0])
        return true;
    /* a `&dyn T` is Copy; passing a `&mut dyn T` reborrows it */
    if (o->place.nproj == 0 && b->locals.data[o->place.local].kind == LOCAL_USER) {
        Walk w = {.b = b, .budget = 128};
        int k = holds_pointer(&w, o->place.local);
        if (k == IF_SHARED || (k == IF_MUT && rv->kind == RV_CALL && o != &rv->args.data[0]))
            return true;
    }
    /* an element of a `Vec<&dyn T>` is Copy: `show(ks[1])`, `k := ks[0]`;
       one of a `Vec<&mut dyn T>` is reborrowed when passed (`&mut *ks[0]`) */
    Walk w = {.b = b, .budget = 128};
    if (o->place.nproj == 1) {
        int k = operand_kind(&w, o);
        if (k == IF_SHARED || (k == IF_MUT && rv->kind == RV_CALL && o != &rv->args.data[0]))
            return true;
    }
    if (rv->kind == RV_ASSERT && o == &rv->args.data[0])
        return assert_lends(rv);
    if (st->kind == ST_ASSIGN && rv->kind == RV_USE && st->place.nproj == 0 && o->place.nproj == 0)
        return tag_only_lent(b, st->place.local);
    return false;
}

bool bck_iface_elem_mut(Body *b, Operand *o) {
    Walk w = {.b = b, .budget = 128};
    return o->kind != OPD_CONST && o->place.nproj == 1 && operand_kind(&w, o) == IF_MUT;
}
