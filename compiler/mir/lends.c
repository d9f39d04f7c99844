/*
 * lends.c: which operands lend a place to a library call instead of
 * moving it (--borrowck reads it as a borrow, the drop pass as a copy).
 *
 * Rust's println!/format!/write! borrow their operands, and the Rust twin
 * of a strings/strconv/sort call takes `&s` or `&mut xs`; a library call
 * never keeps what it is given (except fmt.Errorf and errors.As:
 * lib_keeps_args). Two shapes in the MIR:
 *
 *   fmt.Println(s)      ~arg = move s       the hidden local the builder
 *                       _b = alloc; _i = iface T(_b, copy ~arg); call ...
 *                       marks lent (build_iface.c): a borrow of s for as
 *                       long as ~arg's value is used (the box, the []any,
 *                       the call, a deferred call's closure)
 *   strings.Contains(s, x)   call extern strings.Contains(move s, ...)
 *                       an argument of a library function: a borrow for
 *                       the call (lib_arg_lend says shared or mutable)
 *
 *   copy(v, w)          copy(move v, move w)
 *                       the twin's `copy(&mut v, &w)` (copy_from_slice):
 *                       v lent mutably, w shared, for the statement
 *
 * Copy values are read, not lent (LEND_NONE).
 */
#include "mir.h"
#include "../lib/lib.h"

static LendKind of_lib(LibLend k) {
    return k == LIB_LENDS_MUT ? LEND_MUT : k == LIB_LENDS ? LEND_SHARED : LEND_NONE;
}

LendKind mir_lends(Body *b, MirStmt *st, Operand *o) {
    if (o->kind == OPD_CONST || !mir_stmt_has_rvalue(st) || type_is_copy(o->type))
        return LEND_NONE;
    Rvalue *rv = &st->rv;
    if (rv->kind == RV_INTRINSIC && rv->intrinsic == IN_COPY)     /* copy(dst, src): the twin's */
        return o == &rv->args.data[0] ? LEND_MUT : LEND_SHARED;   /* copy(&mut dst, &src) */
    if (st->kind == ST_ASSIGN && st->place.nproj == 0 && rv->kind == RV_USE && o == &rv->args.data[0])
        return b->locals.data[st->place.local].lent;
    if (rv->kind != RV_CALL || o == &rv->args.data[0])
        return LEND_NONE;
    Operand *f = &rv->args.data[0];
    if (f->kind != OPD_CONST || f->c.kind != CONST_EXTERN || !f->c.ext)
        return LEND_NONE;
    return of_lib(lib_arg_lend(f->c.ext, mir_operand_index(rv, o) - 1));
}

LendKind mir_lib_lend(const struct LibMember *m, int i) {
    return of_lib(lib_arg_lend(m, i));
}
