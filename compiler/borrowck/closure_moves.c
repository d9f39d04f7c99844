/*
 * closure_moves.c: closures a caller may call more than once, and copies
 * of closures that are not Copy.
 *
 * ML0's func value is Rust's `FnMut` closure: whoever holds one may call
 * it again. A closure whose body moves a captured value out (`func() {
 * take(y) }`) can run only once (Rust's FnOnce): it owns y and gives it
 * away. Such a closure is fine where it is certainly called at most once:
 *
 *   - called where it is made, `func() { take(y) }()`, or deferred;
 *   - held in a local f whose uses are calls (each consumes f: moves.c
 *     reports a second call, E0382), copies into other locals (the copy
 *     moves f; the new local is as once as f), and `defer f()`.
 *
 * Anywhere else (passed as an argument, stored in a struct, slice, map or
 * global, returned, captured by another closure) it may run twice, and the
 * second run would move (free) the value again. rustc says so as:
 *
 *   call(func() { take(y) })   E0507 at take(y): "cannot move out of `y`,
 *                              a captured variable in an `FnMut` closure"
 *   f := func() { take(y) }    E0525 at the closure: "expected a closure
 *   call(f)                    that implements the `FnMut` trait, but this
 *                              closure only implements `FnOnce`"
 *
 * (rustc infers a closure written in place of an `FnMut` bound to be one,
 * and then the move is the error; a closure bound to a variable is
 * inferred FnOnce from its body, and then the requirement is.) ML0 has no
 * `Fn` bound: the message always says `FnMut`.
 *
 * Copies: a closure that changes what it captures holds `&mut x` (or a
 * unique `&mut *p`), and one that moves a capture owns it: neither is
 * Copy, so `g := f` and `[]func(){f, f}` move f (E0382 at a later use).
 * Passing f to a function is `&mut f` (the twin's `&mut dyn FnMut()`
 * parameter): no move. A closure that only reads is Copy.
 */
#include "borrowck.h"

#include <string.h>

/* Does body f write, or borrow mutably, what it captures: a write through
 * its environment, a `&mut` of a capture, a map write or a writing library
 * method on one, a captured `*mut` passed on, or a nested closure that
 * does so? A superset of loans.c's FnMut test: erring this way makes a
 * copy a move (a false reject), never a Copy that is not (a false
 * accept). */
static bool body_changes_captures(Body *f, MirProgram *prog, int depth) {
    if (!f->has_env || depth > 4)
        return false;
    mir_foreach_stmt(f, bb, st) {
        if (st->kind == ST_ASSIGN && st->place.local == 1 && st->place.nproj > 0)
            return true;
        if (!mir_stmt_has_rvalue(st))
            continue;
        Rvalue *rv = &st->rv;
        if (rv->kind == RV_REF && rv->place.local == 1 &&
            (rv->mut || bck_lib_mut_receiver(f, bb, mir_stmt_index(bb, st), st)))
            return true;
        Place m;
        if (bck_map_write_root(f, st, &m) && m.local == 1)
            return true;
        if (rv->kind == RV_CALL)
            mir_foreach_operand_from(rv, 1, o)
                if (o->kind != OPD_CONST && o->place.local == 1 && o->type && o->type->kind == T_PTR && o->type->mut)
                    return true;
        if (rv->kind == RV_CLOSURE && rv->func >= 0 && rv->func < prog->bodies.len)
            mir_foreach_operand(rv, o)
                if (o->kind != OPD_CONST && o->place.local == 1 &&
                    body_changes_captures(prog->bodies.data[rv->func], prog, depth + 1))
                    return true;
    }
    return false;
}

/* The first capture of closure statement st (in b) that its closure
 * moves out, or NULL. */
static Operand *moved_capture(Ctx *c, MirProgram *prog, Body *b, MirStmt *st) {
    Place moved[1];
    mir_foreach_operand(&st->rv, o)
        if (bck_closure_moves(c, prog, b, st, o, moved, 1) > 0)
            return o;
    return NULL;
}

/* Does closure statement st (in b) make a closure that moves a capture? */
static bool makes_once(Ctx *c, MirProgram *prog, Body *b, MirStmt *st) {
    return moved_capture(c, prog, b, st) != NULL;
}

/* Is st `l = copy g` / `l = move g` of a whole local g into local l? */
static bool copies_local(MirStmt *st, LocalId l, LocalId *g) {
    if (st->kind != ST_ASSIGN || st->place.local != l || st->place.nproj || st->rv.kind != RV_USE)
        return false;
    Operand *o = &st->rv.args.data[0];
    if (o->kind == OPD_CONST || o->place.nproj)
        return false;
    *g = o->place.local;
    return true;
}

/* Some assignment to f makes a closure with property once (moves a
 * capture) or !once (changes or moves one), or copies a local that is. */
static bool local_is(Ctx *c, MirProgram *prog, Body *b, LocalId f, bool once, int depth) {
    if (depth > 4 || b->locals.data[f].kind == LOCAL_ENV)
        return false;
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->place.local != f || st->place.nproj)
            continue;
        LocalId g;
        if (copies_local(st, f, &g) && g != f && local_is(c, prog, b, g, once, depth + 1))
            return true;
        if (st->rv.kind != RV_CLOSURE)
            continue;
        if (makes_once(c, prog, b, st))
            return true;
        if (once)
            continue;
        if (st->rv.func >= 0 && st->rv.func < prog->bodies.len &&
            body_changes_captures(prog->bodies.data[st->rv.func], prog, 0))
            return true;
        mir_foreach_operand(&st->rv, o) {   /* it captures a closure that is not Copy: calls it by `&mut` */
            Place v = o->place;
            if (o->kind == OPD_CONST || v.nproj ||
                (b->locals.data[v.local].kind == LOCAL_TEMP && !bck_ref_source(b, v.local, &v)))
                continue;
            if (v.nproj == 0 && v.local != f && b->locals.data[v.local].type &&
                b->locals.data[v.local].type->kind == T_FUNC && local_is(c, prog, b, v.local, false, depth + 1))
                return true;
        }
    }
    return false;
}

bool bck_closure_local_once(Ctx *c, MirProgram *prog, Body *b, LocalId f) {
    return local_is(c, prog, b, f, true, 0);
}

bool bck_closure_local_not_copy(Ctx *c, MirProgram *prog, Body *b, LocalId f) {
    return local_is(c, prog, b, f, false, 0);
}

static bool is_callee(MirStmt *st, Operand *o) {
    return mir_stmt_has_rvalue(st) && st->rv.kind == RV_CALL && o == &st->rv.args.data[0];
}

static bool is_call_arg(MirStmt *st, Operand *o) {
    return mir_stmt_has_rvalue(st) && st->rv.kind == RV_CALL && o != &st->rv.args.data[0];
}

bool bck_closure_copy_moves(Ctx *c, MirProgram *prog, Body *b, MirStmt *st, Operand *o) {
    if (o->kind == OPD_CONST || o->place.nproj || !o->type || o->type->kind != T_FUNC)
        return false;
    LocalKind k = b->locals.data[o->place.local].kind;
    if ((k != LOCAL_USER && k != LOCAL_ARG) || is_callee(st, o) || is_call_arg(st, o) ||
        st->rv.kind == RV_CLOSURE || st->rv.kind == RV_BINARY)
        return false;   /* a call, `&mut f` to a parameter, a capture, `f != nil` */
    return bck_closure_local_not_copy(c, prog, b, o->place.local);
}

/* ---- where a once-only closure goes ------------------------------------- */

/* Is every use of the closure value in local l one that calls it at most
 * once per value (see the header)? If not, *at is the first other use. */
static bool used_once(Body *b, LocalId l, int depth, Span *at) {
    if (depth > 4)
        return false;
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        mir_foreach_operand(&st->rv, o) {
            if (o->kind == OPD_CONST || o->place.local != l)
                continue;
            if (o->place.nproj == 0 && (is_callee(st, o) || st->rv.kind == RV_BINARY ||
                                        (st->rv.kind == RV_INTRINSIC && st->rv.intrinsic == IN_DEFER &&
                                         o == &st->rv.args.data[0])))
                continue;
            LocalId g;
            if (copies_local(st, st->place.local, &g) && g == l && o->place.nproj == 0) {
                LocalKind dk = b->locals.data[st->place.local].kind;
                if (dk == LOCAL_USER || dk == LOCAL_ARG ||
                    (dk == LOCAL_TEMP && used_once(b, st->place.local, depth + 1, at)))
                    continue;   /* g := f: moves.c moves f; g's own uses are checked as f's */
                if (dk == LOCAL_TEMP)
                    return false;
            }
            *at = o->span.hi > 0 ? o->span : st->span;
            return false;
        }
    }
    return true;
}

/* The user locals a once-only closure is copied into (g := f), whose uses
 * are checked too: the first use of f or of a copy that escapes. */
static bool local_used_once(Body *b, LocalId f, int depth, Span *at) {
    if (!used_once(b, f, 0, at))
        return false;
    if (depth > 4)
        return true;
    mir_foreach_stmt(b, bb, st) {
        LocalId g;
        if (copies_local(st, st->place.local, &g) && g == f && st->place.local != f &&
            (b->locals.data[st->place.local].kind == LOCAL_USER || b->locals.data[st->place.local].kind == LOCAL_ARG) &&
            !local_used_once(b, st->place.local, depth + 1, at))
            return false;
    }
    return true;
}

/* The moves of captured values in closure body f (bck_body_moves): an
 * operand that moves a non-Copy place of a capture (its variable, fields
 * of it, a Box's contents), and nested closures that move one in (at the
 * nested closure, as rustc). The first is kept (E0525); with report each
 * is explained (E0507). */
typedef struct Report {
    Ctx *c;
    Body *f;
    bool report;
    Conflict cf;
    bool found;         /* E0525: the first move found: */
    Place first;
    Span first_at;
} Report;

static void capture_move(void *env, const BodyMove *m) {
    Report *r = env;
    Body *f = r->f;
    MirStmt *st = m->st;
    if (!bck_capture_len(f, m->o->place) || (!m->nested && type_is_copy(m->o->type)))
        return;
    if (!bck_capture_len(f, m->place) || bck_path_of(f, m->place).nfields + 1 != m->place.nproj)
        return;     /* through a pointer or an index: E0507 of its own */
    Span at = m->o->span.hi > 0 ? m->o->span : st->span;
    if (m->nested)
        at = st->rv.span.hi > 0 ? st->rv.span : st->span;
    if (!r->found) {
        r->found = true;
        r->first = m->place;
        r->first_at = at;
    }
    if (!r->report)
        return;
    Conflict cf = r->cf;
    cf.body = f;
    cf.used = m->place;
    cf.at = at;
    bck_explain(r->c, &cf);
}

/* The variable of the maker's body closure operand o captures (for
 * "captured outer variable"). */
static Span captured_decl(Body *b, Operand *o) {
    Place base = o->place;
    if (b->locals.data[base.local].kind == LOCAL_TEMP && !bck_ref_source(b, base.local, &base))
        return (Span){0};
    return b->locals.data[base.local].span;
}

/* Closure statement st (in b), whose closure moves a capture (the
 * caller has asked makes_once or moved_capture): is it fine (run at most
 * once: *local is false) or bound to a variable (*local is true, *at the
 * use that may run it again: E0525), or else made where it may run again
 * (its moves are E0507)? Returns whether an error is due. */
static bool once_misused(Body *b, MirStmt *st, bool *local, Span *at) {
    LocalKind dk = b->locals.data[st->place.local].kind;
    *local = st->place.nproj == 0 && (dk == LOCAL_USER || dk == LOCAL_ARG);   /* a variable */
    return !(st->place.nproj == 0 && (*local ? local_used_once(b, st->place.local, 0, at)
                                             : dk == LOCAL_TEMP && used_once(b, st->place.local, 0, at)));
}

bool bck_closure_moves_from_fnmut(Ctx *c, MirProgram *p, Body *f) {
    for (int i = 0; i < p->bodies.len; i++) {
        Body *b = p->bodies.data[i];
        mir_foreach_stmt(b, bb, st) {
            if (st->kind != ST_ASSIGN || st->rv.kind != RV_CLOSURE || st->rv.func < 0 ||
                st->rv.func >= p->bodies.len || p->bodies.data[st->rv.func] != f)
                continue;
            bool local;
            Span at = {0};
            return makes_once(c, p, b, st) && once_misused(b, st, &local, &at) && !local;
        }
    }
    return false;
}

void bck_check_closure_kinds(Ctx *c, MirProgram *p, Body *b) {
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->rv.kind != RV_CLOSURE || st->rv.func < 0 || st->rv.func >= p->bodies.len)
            continue;
        Operand *mover = moved_capture(c, p, b, st);
        if (!mover)
            continue;
        Body *f = p->bodies.data[st->rv.func];
        Span at = {0};
        bool local;
        if (!once_misused(b, st, &local, &at))
            continue;
        Span made = st->rv.span.hi > 0 ? st->rv.span : st->span;
        Report r = {c, f, !local, {.kind = CONFLICT_MOVE_FROM_CAPTURE, .prog = p, .body = f, .loan_span = made},
                    false, {0}, {0}};
        r.cf.later = captured_decl(b, mover);
        bck_body_moves(c, p, f, capture_move, &r);
        if (!local || !r.found)
            continue;
        Conflict cf = {.kind = CONFLICT_CLOSURE_ONCE, .prog = p, .body = f, .at = made, .loan_span = at,
                       .used = r.first, .later = r.first_at};
        bck_explain(c, &cf);
    }
}
