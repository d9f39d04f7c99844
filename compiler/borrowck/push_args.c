/*
 * push_args.c: a loan whose last use is an argument of `v = append(v, *e)`.
 *
 * `v = append(v, x)` is Rust's `v.push(x)`, whose `&mut v` is two-phase:
 * reserved before the arguments are evaluated (loans.c checks it against
 * the mutable loans of v there: E0499) and activated at the call (against
 * the shared ones: E0502). rustc copies `*e` into a temporary before the
 * call, so `e := &v[0]; v = append(v, *e)` with e not used after is out of
 * its region at the activation and accepted. ML0's MIR makes the append
 * one statement, where e is still live; the loan counts as ended when
 *   - none of its holders is live after the statement and it is neither
 *     returned nor stored (its region ends with this statement);
 *   - the statement reads every holder only to copy a pointer-free value
 *     through it (`copy (*e)`, `copy (*e).n` of an int): the appended
 *     value holds no borrow, so v does not come to hold the loan;
 *   - v is not a holder itself.
 * `v = append(v, e)` of a pointer, `append(v, *e)` with e used later, and
 * a live `&mut v[0]` (the reservation's E0499) stay errors, as in rustc.
 *
 * The same holds for a method's two-phase receiver (bck_call_last_read):
 * `p.setN(*p.nGet())` copies the int out before the call activates `&mut
 * p`, so the shared loan of the nGet call is over (a false reject, meth
 * seeds); `p.addN(p.nGet())`-like passing of the pointer itself stays
 * E0502.
 */
#include "borrowck.h"

/* Does st read l's holders only to copy pointer-free values through them,
 * with no holder live after it? */
static bool last_read(LoanData *ld, Loan *l, MirStmt *st, BitSet *after) {
    Body *b = ld->b;
    Rvalue *rv = &st->rv;
    if (l->escapes || l->stored || l->holders[st->place.local] || bck_loan_live(l, after))
        return false;
    bool read = false;
    mir_foreach_operand(rv, o) {
        if (o->kind == OPD_CONST || !l->holders[o->place.local])
            continue;
        if (o->kind != OPD_COPY || !place_has_deref(o->place) || type_has_pointers(mir_place_type(b, o->place)))
            return false;
        read = true;
    }
    return read;
}

bool bck_push_last_read(LoanData *ld, Loan *l, MirStmt *st, BitSet *after) {
    Rvalue *rv = &st->rv;
    if (st->kind != ST_ASSIGN || rv->kind != RV_APPEND || !rv->args.len || !bck_append_in_place(st, &rv->args.data[0]))
        return false;
    return last_read(ld, l, st, after);
}

bool bck_call_last_read(LoanData *ld, Loan *l, MirStmt *st, BitSet *after) {
    if (!mir_stmt_has_rvalue(st) || st->rv.kind != RV_CALL)
        return false;
    return last_read(ld, l, st, after);
}
