/*
 * unwind_temps.c: which compiler temporaries a panic must drop
 * (--runtime=drop; docs/RUNTIME.md, "What a panic drops").
 *
 * A temporary used in its own block only (uses.c's "simple" ones) has no
 * drop flag: it is moved into its consumer or released right after its
 * last use. Between its definition and that use it may be the only owner
 * of a value while something else runs:
 *
 *     _8 = call g();                    _8 owns g's string
 *     _9 = concat string(_2, _3);       _9 owns the concatenation
 *     _12 = call h(_1);                 h panics: _8 and _9 are owned here
 *     _13 = call f(move _8, move _9, copy _12);
 *
 * A panic there unwinds through this frame with _8 and _9 owned by
 * nobody else. Such a temporary gets an unwind flag: set after its
 * definition, cleared when it moves out (before a call, which owns its
 * arguments from its entry) or when it is released after its last use.
 * The frame's cleanup (codegen/unwind.c) or its landing (a function that
 * defers, elaborate.c's landing_drops) drops it when the flag is set, so
 * it is dropped exactly once whichever way the frame ends. The flags cost
 * nothing when no panic happens: each is a constant along every path, so
 * LLVM's SSA construction folds them away, and the drops lie in the
 * cleanup code.
 *
 * A temporary needs a flag when a statement after its definition, up to
 * and including its last use, may unwind. This is decided conservatively
 * from the statement's shape: a call, an intrinsic, a drop (a drop method
 * may panic), or anything reading or writing through a pointer or an
 * index (a nil or bounds check) may; moving locals around, taking an
 * address, allocating and building a value in a local may not.
 */
#include "drop.h"

static bool is_const_def(DropPass *r, LocalId l) {
    Rvalue *def = &r->b->blocks.data[r->def_block[l]].stmts.data[r->def_stmt[l]].rv;
    return def->kind == RV_USE && def->args.data[0].kind == OPD_CONST;
}

static bool never_nil(DropPass *r, LocalId l) {
    return l < r->nlocals && r->simple[l] && (r->b->locals.data[l].init_site >= 0 || is_const_def(r, l));
}


/* Does reaching the place involve a runtime check (a nil check of a
 * deref, a bounds check of an index)? Not the deref of a temporary that
 * holds a fresh allocation (a value being built) or a constant address
 * (a global's). */
static bool checked_place(DropPass *r, Place p) {
    for (int k = 0; k < p.nproj; k++) {
        if (p.proj[k].kind == PJ_INDEX)
            return true;
        if (p.proj[k].kind == PJ_DEREF && !(k == 0 && never_nil(r, p.local)))
            return true;
    }
    return false;
}

static bool may_unwind(DropPass *r, MirStmt *st) {
    switch (st->kind) {
    case ST_STORAGE_LIVE: case ST_STORAGE_DEAD: case ST_NOP: case ST_RETAIN:
        return false;
    case ST_ASSIGN:
        break;
    default:            /* ST_EVAL (a call, an intrinsic), ST_DROP (a drop method) */
        return true;
    }
    switch (st->rv.kind) {
    case RV_USE: case RV_REF: case RV_UNARY: case RV_CAST: case RV_LEN: case RV_CAP:
    case RV_AGGREGATE: case RV_ALLOC: case RV_CONCAT: case RV_STR_CONV: case RV_CLOSURE: case RV_IFACE:
    case RV_APPEND:     /* grows, never panics */
        break;
    case RV_SLICE:      /* a[:] of an array is never out of range */
        mir_foreach_operand(&st->rv, o)
            if (o->kind != OPD_CONST || o->type->kind != T_VOID)
                return true;
        break;
    case RV_MAKE_SLICE: /* make([]T, 3): a small constant length is never out of range */
        mir_foreach_operand(&st->rv, o)
            if (o->kind != OPD_CONST || (o->c.kind == CONST_INT && (o->c.i < 0 || o->c.i > (1 << 20))) ||
                (o->c.kind != CONST_INT && o->type->kind != T_VOID))
                return true;
        break;
    default:            /* calls, intrinsics, division, assertions, make([]T, n) */
        return true;
    }
    if (checked_place(r, st->place) || (mir_rvalue_has_place(&st->rv) && checked_place(r, st->rv.place)))
        return true;
    mir_foreach_operand(&st->rv, o)
        if (o->kind != OPD_CONST && checked_place(r, o->place))
            return true;
    return false;
}

/* Does temporary l own a value while a statement that may unwind runs? */
static bool held_across_unwind(DropPass *r, LocalId l) {
    Body *b = r->b;
    if (!r->simple[l] || r->loan[l] || !r->nuses[l] || !type_needs_release(b->locals.data[l].type))
        return false;
    if (is_const_def(r, l))
        return false;   /* a constant holds no reference */
    Block *bb = &b->blocks.data[r->def_block[l]];
    for (int k = r->def_stmt[l] + 1; k <= r->last_stmt[l] && k < bb->stmts.len; k++)
        if (may_unwind(r, &bb->stmts.data[k]))
            return true;
    return false;
}

void drop_find_unwind_temps(DropPass *r) {
    r->held = arena_alloc(&r->c->arena, (size_t)r->nlocals + 1);
    for (LocalId l = 0; l < r->nlocals; l++)
        r->held[l] = held_across_unwind(r, l);
}
