/*
 * drop_types.c: no moving out of a value whose type has a destructor
 * (E0509).
 *
 * A struct with a `func (x *mut T) drop()` method is a Rust type that
 * implements `Drop`: its destructor runs on the whole value and reads
 * every field, so no field may be moved out of it (`y := x.f` of a
 * string field: rustc E0509 "cannot move out of type `S`, which
 * implements the `Drop` trait"). Copying a Copy field is fine, and so is
 * moving the whole value (its destructor moves with it). The move path is
 * walked as moves.c builds it: fields, and dereferences of Boxes (a Box
 * owns its contents: `b.f` of a `Box[S]` is E0509 too); a field reached
 * through a pointer or an index is E0507's (moves.c). As in rustc, such a
 * move is an error, not a move-out: the value stays whole (moves.c's
 * add_moveout leaves it out), so a later use of it is no E0382.
 * A capture moved in a closure that may run again is E0507's alone
 * (closure_moves.c): rustc's move is then out of a captured variable of
 * an `FnMut` closure, a place behind a reference, whatever its type.
 */
#include "borrowck.h"

Type *bck_drop_type_moved_from(Body *b, Place p) {
    Type *t = b->locals.data[p.local].type;
    int from = bck_capture_len(b, p);   /* a closure's capture: from the variable on */
    if (from)
        t = p.proj[from - 1].type;
    for (int i = from; i < p.nproj && t; i++) {
        Proj *pj = &p.proj[i];
        if (pj->kind == PJ_FIELD && t->kind == T_STRUCT && t->drop)
            return t;
        if (pj->kind != PJ_FIELD && !(pj->kind == PJ_DEREF && t->kind == T_BOX))
            return NULL;
        t = pj->type;
    }
    return NULL;
}

void bck_check_moves_from_drop_types(Ctx *c, MirProgram *p, Body *b) {
    bool fnmut = b->has_env && bck_closure_moves_from_fnmut(c, p, b);
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        mir_foreach_operand(&st->rv, o) {
            if (o->kind != OPD_MOVE || type_is_copy(o->type) || !bck_really_moves(b, st, o))
                continue;
            LocalKind k = b->locals.data[o->place.local].kind;
            if ((k != LOCAL_USER && k != LOCAL_ARG && !bck_capture_len(b, o->place)) ||
                (fnmut && bck_capture_len(b, o->place)) || !bck_drop_type_moved_from(b, o->place))
                continue;
            Conflict cf = {.kind = CONFLICT_MOVE_FROM_DROP, .prog = p, .body = b, .used = o->place,
                           .at = o->span.hi > 0 ? o->span : st->span};
            bck_explain(c, &cf);
        }
    }
}
