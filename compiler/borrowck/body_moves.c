/*
 * body_moves.c: the moves a closure's body makes, walked in one place for
 * the two questions asked of them.
 *
 * A body f gives a place away in two ways:
 *
 *   - an operand that really moves it (bck_really_moves: a `move` that is
 *     not a lend, an append in place or a `*mut` reborrow): `take(y)` in
 *     f moves `(*env).y`;
 *   - a closure made in f whose own body moves one of f's places in
 *     (Rust's by-value capture, bck_closure_moves one level down):
 *     `func() { take(y) }()` in f moves `(*env).y` too, at the nested
 *     closure.
 *
 * A closure's operands are copies of what it captures (the MIR builder's
 * lower_funclit), so at one operand it is one or the other. bck_body_moves
 * calls back once a moved place, in statement and operand order, up to 8
 * places a nested closure (bck_closure_moves' limit here).
 *
 * Its two users: moves.c's bck_closure_moves (which of the maker's
 * variables a closure takes by value: the moves of its captures) and
 * closure_moves.c's capture_moves (E0507/E0525: a closure that may run
 * twice moving out of what it captures).
 */
#include "borrowck.h"

void bck_body_moves(Ctx *c, MirProgram *prog, Body *f, BodyMoveFn fn, void *env) {
    mir_foreach_stmt(f, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        mir_foreach_operand(&st->rv, o) {
            BodyMove m = {st, o, o->place, false};
            if (bck_really_moves(f, st, o)) {
                fn(env, &m);
                continue;
            }
            if (st->rv.kind != RV_CLOSURE)
                continue;
            Place moved[8];
            int n = bck_closure_moves(c, prog, f, st, o, moved, 8);
            m.nested = true;
            for (int i = 0; i < n; i++) {
                m.place = moved[i];
                fn(env, &m);
            }
        }
    }
}
