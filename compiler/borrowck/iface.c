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

static int holds_pointer(Body *b, LocalId l, int depth) {
    Local *lc = &b->locals.data[l];
    if (depth > 8 || !is_iface(lc->type) || lc->addressed ||
        (lc->kind != LOCAL_USER && lc->kind != LOCAL_TEMP))
        return IF_VALUE;
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
        if (rv->kind != RV_USE || rv->args.data[0].kind == OPD_CONST || rv->args.data[0].place.nproj ||
            rv->args.data[0].place.local == l)
            return IF_VALUE;
        int from = holds_pointer(b, rv->args.data[0].place.local, depth + 1);
        if (from == IF_VALUE)
            return IF_VALUE;
        if (from == IF_MUT)
            kind = IF_MUT;
    }
    return defs ? kind : IF_VALUE;
}

bool bck_iface_lends(Body *b, MirStmt *st, Operand *o) {
    if (o->kind != OPD_MOVE || !is_iface(o->type) || !mir_stmt_has_rvalue(st))
        return false;
    Rvalue *rv = &st->rv;
    if (rv->kind == RV_ICALL && o == &rv->args.data[0])
        return true;
    /* a `&dyn T` is Copy; passing a `&mut dyn T` reborrows it */
    if (o->place.nproj == 0 && b->locals.data[o->place.local].kind == LOCAL_USER) {
        int k = holds_pointer(b, o->place.local, 0);
        if (k == IF_SHARED || (k == IF_MUT && rv->kind == RV_CALL && o != &rv->args.data[0]))
            return true;
    }
    if (rv->kind == RV_ASSERT && o == &rv->args.data[0])
        return assert_lends(rv);
    if (st->kind == ST_ASSIGN && rv->kind == RV_USE && st->place.nproj == 0 && o->place.nproj == 0)
        return tag_only_lent(b, st->place.local);
    return false;
}
