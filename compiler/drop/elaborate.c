/*
 * elaborate.c: drop elaboration for --runtime=drop: drop flags, drops at
 * each owner's death and, when single ownership is not proven (the
 * program does not pass the borrow checker: Go-style aliasing), reference
 * counting. Every heap object carries a count (runtime/drop/heap.c);
 * this pass makes every reference a local, a field, an element or a
 * global holds count once:
 *
 *   - a value copied into a new home (an assignment, a call argument, a
 *     struct or array literal, an appended element, a heap closure's
 *     capture) is retained first: `retain(place)`;
 *   - fresh values (allocations, call results, &x, s[i:j], append's
 *     result) arrive with their count already taken (codegen);
 *   - a local's value is released at its death, as drop elaboration does
 *     (`drop(x) if flag`), and before it is overwritten;
 *   - a store through a pointer, into an element or into a global
 *     releases the value it overwrites, after the new one is in place;
 *   - a compiler temporary used once is moved into its consumer, or
 *     released right after its last use;
 *   - arguments are owned by the callee, which releases them on return.
 *
 * A heap-cell variable (moved to heap) owns its cell: &x counts a
 * reference to the cell, the variable's death releases its own. A `&T{}`
 * escape analysis kept in the frame holds references too: its contents
 * are released when the frame ends or the allocation is made again (the
 * next loop iteration). At zero the runtime runs the object's glue, which
 * calls its `drop` method and releases its fields. Cycles leak, as Rust's
 * DropPass does; the runtime's exit report finds them.
 */
#include "drop.h"
#include "../borrowck/borrowck.h"
#include "../escape/escape.h"

/* ---- statements -------------------------------------------------------- */

static void push(DropPass *r, MirStmtList *out, MirStmt st) {
    vec_push(&r->c->arena, out, st);
}

static LocalId new_local(DropPass *r, Type *t, Span sp) {
    Local l = {.kind = LOCAL_TEMP, .type = t, .span = sp, .init_site = -1};
    vec_push(&r->c->arena, &r->b->locals, l);
    return r->b->locals.len - 1;
}

static MirStmt assign_use(DropPass *r, Place dst, Type *t, OperandKind k, Place src, Span sp) {
    MirStmt st = {.kind = ST_ASSIGN, .span = sp, .place = dst};
    st.rv.kind = RV_USE;
    st.rv.type = t;
    st.rv.site = st.rv.func = -1;
    Operand o = {.kind = k, .type = t, .place = src, .span = sp};
    vec_push(&r->c->arena, &st.rv.args, o);
    return st;
}

static MirStmt set_flag(DropPass *r, LocalId flag, bool v, Span sp) {
    MirStmt st = {.kind = ST_ASSIGN, .span = sp, .place = place_local(flag)};
    st.rv.kind = RV_USE;
    st.rv.type = r->t_bool;
    st.rv.site = st.rv.func = -1;
    Operand o = {.kind = OPD_CONST, .type = r->t_bool};
    o.c.kind = CONST_BOOL;
    o.c.i = v;
    vec_push(&r->c->arena, &st.rv.args, o);
    return st;
}

static MirStmt drop_place(Place p, LocalId flag, Span sp) {
    return (MirStmt){.kind = ST_DROP, .span = sp, .place = p, .local = flag};
}

/* A user variable whose address is taken but which stays in the frame may
 * be used through a pointer after its block ends (Go allows it within one
 * frame): it is released when the frame ends, or when its declaration
 * runs again, never earlier. */
static bool at_return(DropPass *r, LocalId l) {
    Local *lc = &r->b->locals.data[l];
    return !r->proven && lc->kind == LOCAL_USER && lc->addressed && !r->cell[l];
}

/* Is this store an initialisation of fresh (zeroed) storage? */
static bool init_store(DropPass *r, Place p) {
    return p.nproj >= 1 && p.proj[0].kind == PJ_DEREF && drop_is_temp(r, p.local) &&
           r->b->locals.data[p.local].init_site >= 0;
}

/* Retain what the statement copies into new homes; note the temporaries
 * it consumes for the last time (they move instead). */
static void retain_operands(DropPass *r, MirStmtList *out, MirStmt *st, int blk, int stmt, LocalId *moved, int *nmoved) {
    Rvalue *rv = &st->rv;
    if (rv->kind == RV_CLOSURE && rv->site >= 0 && r->b->sites.data[rv->site].storage == STORAGE_STACK)
        return;     /* a frame closure borrows its captures */
    if (st->kind == ST_ASSIGN && st->place.nproj == 0 && st->place.local < r->nlocals && r->loan[st->place.local])
        return;     /* a loan: read, lent, never counted */
    mir_foreach_operand(rv, o) {
        int i = mir_operand_index(rv, o);   /* the operand's role (drop_consuming) and bit in last[] */
        if (o->kind == OPD_CONST || !drop_consuming(rv, i) || drop_lent_arg(r->p, rv, i) || !type_needs_release(o->type))
            continue;
        LocalId l = o->place.local;
        bool last_temp_use = r->simple[l] && r->def_block[l] == blk && r->last_stmt[l] == stmt &&
                             r->last_consuming[l] && r->last_mentions[l] == 1;
        /* (an interface the checker lets be copied, a `&dyn T`, is counted) */
        bool owner_move = (r->proven && o->kind == OPD_MOVE && l < r->nlocals && r->flag[l] >= 0 &&
                           !bck_iface_lends(r->b, st, o)) ||
                          (o->place.nproj == 0 && i < 64 && r->last[blk] && (r->last[blk][stmt] >> i & 1) &&
                           r->flag[l] >= 0);
        if (o->place.nproj == 0 && (last_temp_use || owner_move)) {
            o->kind = OPD_MOVE;
            moved[(*nmoved)++] = l;
            continue;
        }
        o->kind = OPD_COPY;
        push(r, out, (MirStmt){.kind = ST_RETAIN, .span = o->span, .place = o->place});
    }
}

static void clear_moved(DropPass *r, MirStmtList *out, LocalId *moved, int nmoved, Span sp) {
    for (int i = 0; i < nmoved; i++) {
        LocalId l = moved[i];
        if (r->flag[l] >= 0)
            push(r, out, set_flag(r, r->flag[l], false, sp));
        else if (l < r->nlocals && r->tflag[l] >= 0)
            push(r, out, set_flag(r, r->tflag[l], false, sp));
    }
}

static bool same_place(DropPass *r, Place a, Place b) {
    bool same_global = a.local < r->nlocals && b.local < r->nlocals && r->global[a.local] >= 0 &&
                       r->global[a.local] == r->global[b.local];
    if ((a.local != b.local && !same_global) || a.nproj != b.nproj)
        return false;
    for (int i = 0; i < a.nproj; i++) {
        Proj *x = &a.proj[i], *y = &b.proj[i];
        if (x->kind != y->kind || (x->kind == PJ_FIELD && x->field != y->field) ||
            (x->kind == PJ_INDEX && x->index != y->index) ||
            (x->kind == PJ_CONST_INDEX && x->const_index != y->const_index))
            return false;
    }
    return true;
}

/* Does the statement give what it moves away before it can unwind? A
 * callee owns its arguments from its entry (its cleanup drops them if it
 * panics) and a panic value owns what it holds, so the caller's flags are
 * cleared before the call; other statements clear them after. */
static bool hands_over_first(Rvalue *rv) {
    return rv->kind == RV_CALL || (rv->kind == RV_INTRINSIC && rv->intrinsic == IN_PANIC);
}

/* dst = rv, where dst's old value is released after the new one is in. */
static void store(DropPass *r, MirStmtList *out, MirStmt *st, Type *t, LocalId *moved, int nmoved) {
    LocalId nv = new_local(r, t, st->span);
    MirStmt first = *st;
    first.place = place_local(nv);
    push(r, out, first);
    clear_moved(r, out, moved, nmoved, st->span);
    LocalId old = new_local(r, t, st->span);
    push(r, out, assign_use(r, place_local(old), t, OPD_COPY, st->place, st->span));
    push(r, out, assign_use(r, st->place, t, OPD_MOVE, place_local(nv), st->span));
    push(r, out, drop_place(place_local(old), -1, st->span));
}

/* x = rv for a local with a drop flag: _n = rv; drop(x) if fx; x = _n. */
static void overwrite(DropPass *r, MirStmtList *out, MirStmt *st, Type *t, LocalId *moved, int nmoved) {
    LocalId x = st->place.local;
    LocalId nv = new_local(r, t, st->span);
    MirStmt first = *st;
    first.place = place_local(nv);
    push(r, out, first);
    clear_moved(r, out, moved, nmoved, st->span);
    push(r, out, drop_place(place_local(x), r->flag[x], st->span));
    push(r, out, assign_use(r, st->place, t, OPD_MOVE, place_local(nv), st->span));
    push(r, out, set_flag(r, r->flag[x], true, st->span));
}

/* Is st a `&T{}` kept in the frame whose contents it owns? A box lent to
 * a library call (`errors.Is(T{...}, e)`) holds a bitwise copy of a value
 * its scope's `~arg` variable owns: it owns nothing. */
static bool owns_frame_alloc(Body *b, MirStmt *st) {
    Rvalue *rv = &st->rv;
    if (st->kind != ST_ASSIGN || rv->kind != RV_ALLOC || st->place.nproj || rv->site < 0)
        return false;
    AllocSite *site = &b->sites.data[rv->site];
    return site->storage == STORAGE_STACK && !site->lent_box && type_needs_release(rv->elem);
}

/* A `&T{}` kept in the frame: its contents are released when the frame
 * ends or the allocation runs again. */
static void own_stack_alloc(DropPass *r, MirStmtList *out, MirStmt *st, bool before) {
    Rvalue *rv = &st->rv;
    if (!owns_frame_alloc(r->b, st))
        return;
    LocalId h = r->stack_owner[rv->site];
    Proj *pj = arena_alloc(&r->c->arena, sizeof(Proj));
    pj->kind = PJ_DEREF;
    pj->type = rv->elem;
    Place contents = {h, 1, pj};
    if (before) {
        push(r, out, drop_place(contents, r->flag[h], st->span));
        return;
    }
    push(r, out, assign_use(r, place_local(h), st->rv.type, OPD_COPY, st->place, st->span));
    push(r, out, set_flag(r, r->flag[h], true, st->span));
}

/* A statement that makes a counted value and keeps it nowhere: a call's
 * or a method call's result (`s.Name()`), `_ = x` (x retained, or moved
 * at its last use), `_ = T{...}`. The value goes to a temporary released
 * right after. (Intrinsics' results are their own business.) */
static bool discards_value(MirStmt *st) {
    return st->kind == ST_EVAL && st->rv.kind != RV_INTRINSIC && st->rv.type && type_needs_release(st->rv.type);
}

static void elaborate_stmt(DropPass *r, MirStmtList *out, MirStmt *st, int blk, int stmt) {
    Body *b = r->b;
    switch (st->kind) {
    case ST_STORAGE_LIVE:
        if (r->flag[st->local] >= 0 && at_return(r, st->local))
            push(r, out, drop_place(place_local(st->local), r->flag[st->local], st->span));
        push(r, out, *st);
        if (r->cell[st->local])
            push(r, out, set_flag(r, r->flag[st->local], true, st->span));
        return;
    case ST_STORAGE_DEAD:
        if (r->flag[st->local] >= 0 && !at_return(r, st->local))
            push(r, out, drop_place(place_local(st->local), r->flag[st->local], st->span));
        push(r, out, *st);
        return;
    case ST_ASSIGN:
    case ST_EVAL:
        break;
    default:
        push(r, out, *st);
        return;
    }
    LocalId *moved = r->moved;  /* at most one per operand, plus an append's destination */
    int nmoved = 0;
    MirStmt s = *st;    /* its operands are rewritten (copy/move) in place: the
                           analyses that read the original are done */
    retain_operands(r, out, &s, blk, stmt, moved, &nmoved);
    own_stack_alloc(r, out, &s, true);
    int nclear = nmoved;    /* the flags still to clear after the statement */
    if (hands_over_first(&s.rv)) {
        clear_moved(r, out, moved, nmoved, s.span);
        nclear = 0;
    }
    bool consumed_store = false;
    if (s.kind == ST_ASSIGN && s.rv.kind == RV_APPEND && s.rv.args.data[0].kind != OPD_CONST &&
        same_place(r, s.place, s.rv.args.data[0].place)) {
        /* x = append(x, ...): x's reference moves into the result */
        LocalId x = s.place.local;
        if (s.place.nproj == 0 && !r->cell[x] && r->flag[x] >= 0) {
            s.rv.consume = true;
            moved[nmoved++] = x;
            nclear = nmoved;
        } else if (s.place.nproj > 0 || r->cell[x]) {
            s.rv.consume = true;
            consumed_store = true;
        }
    }
    if (discards_value(&s)) {
        LocalId t = new_local(r, s.rv.type, s.span);     /* a result nobody keeps */
        s.kind = ST_ASSIGN;
        s.place = place_local(t);
        push(r, out, s);
        clear_moved(r, out, moved, nclear, s.span);
        push(r, out, drop_place(place_local(t), -1, s.span));
    } else if (s.kind == ST_EVAL) {
        push(r, out, s);
        clear_moved(r, out, moved, nclear, s.span);
    } else {
        LocalId x = s.place.local;
        Type *t = mir_place_type(b, s.place);
        if (s.place.nproj == 0 && !r->cell[x] && r->flag[x] >= 0) {
            overwrite(r, out, &s, t, moved, nclear);
        } else if ((s.place.nproj > 0 || r->cell[x]) && type_needs_release(t) && !init_store(r, s.place) &&
                   !consumed_store) {
            store(r, out, &s, t, moved, nclear);
        } else {
            push(r, out, s);
            clear_moved(r, out, moved, nclear, s.span);
        }
    }
    own_stack_alloc(r, out, &s, false);
    /* a temporary that a panic must drop until its last use (unwind_temps.c) */
    if (st->kind == ST_ASSIGN && st->place.nproj == 0 && drop_is_temp(r, st->place.local) &&
        r->tflag[st->place.local] >= 0)
        push(r, out, set_flag(r, r->tflag[st->place.local], true, s.span));
    /* single-use temporaries whose last use this was, not as a move */
    for (LocalId l = r->last_head[blk][stmt]; l >= 0; l = r->last_next[l]) {
        bool was_moved = false;
        for (int i = 0; i < nmoved; i++)
            was_moved |= moved[i] == l;
        if (was_moved)
            continue;
        push(r, out, drop_place(place_local(l), r->tflag[l], s.span));
        if (r->tflag[l] >= 0)
            push(r, out, set_flag(r, r->tflag[l], false, s.span));
    }
}

/* ---- bodies ------------------------------------------------------------ */

/* drop(x) if x's flag; for a frame allocation's hidden owner, its contents. */
static void drop_owner(DropPass *r, MirStmtList *out, LocalId l, Span sp) {
    Local *lc = &r->b->locals.data[l];
    if (l >= r->nlocals) {
        Proj *pj = arena_alloc(&r->c->arena, sizeof(Proj));
        pj->kind = PJ_DEREF;
        pj->type = lc->type->elem;
        push(r, out, drop_place((Place){l, 1, pj}, r->flag[l], sp));
    } else {
        push(r, out, drop_place(place_local(l), r->flag[l], sp));
    }
}

static bool is_named_result(DropPass *r, LocalId l) {
    FuncInfo *fi = r->b->fi;
    Var *v = l < r->nlocals ? r->b->locals.data[l].var : NULL;
    for (int i = 0; fi && v && i < fi->results.len; i++)
        if (fi->results.data[i] == v)
            return true;
    return false;
}

/* The landing of a function that defers, after its deferred calls ran
 * (before defer_resume): a panic unwound it, so everything it owns dies
 * now, in reverse declaration order, except the named results it
 * returns when a deferred call recovered. */
static void landing_drops(DropPass *r, MirStmtList *out, Span sp) {
    for (LocalId l = r->nown - 1; l > 0; l--) {
        if (r->flag[l] >= 0 && !is_named_result(r, l))
            drop_owner(r, out, l, sp);
        else if (l < r->nlocals && r->tflag[l] >= 0)
            push(r, out, drop_place(place_local(l), r->tflag[l], sp));
    }
}

static void elaborate_body(DropPass *r) {
    Body *b = r->b;
    int n = b->locals.len;
    r->nlocals = n;
    Arena *a = &r->c->arena;
    size_t ni = sizeof(int) * (size_t)(n + 1), nb = (size_t)n + 1;
    r->ndefs = arena_alloc(a, ni);
    r->def_block = arena_alloc(a, ni);
    r->def_stmt = arena_alloc(a, ni);
    r->nuses = arena_alloc(a, ni);
    r->last_stmt = arena_alloc(a, ni);
    r->last_mentions = arena_alloc(a, ni);
    int maxargs = 0;
    mir_foreach_stmt(b, bb, st)
        if (st->rv.args.len > maxargs)
            maxargs = st->rv.args.len;
    r->moved = arena_alloc(a, sizeof(LocalId) * (size_t)(maxargs + 1));
    r->bad = arena_alloc(a, nb);
    r->last_consuming = arena_alloc(a, nb);
    r->simple = arena_alloc(a, nb);
    drop_find_uses(r);
    drop_find_unwind_temps(r);
    /* frame allocations holding references get a hidden owner local; one
       whose `drop` method must run at its last owner's death moves to the heap */
    r->stack_owner = arena_alloc(a, sizeof(LocalId) * (size_t)(b->sites.len + 1));
    mir_foreach_stmt(b, bb, st) {
        AllocSite *site = st->kind == ST_ASSIGN && st->rv.site >= 0 ? &b->sites.data[st->rv.site] : NULL;
        if (site && site->storage == STORAGE_STACK && st->rv.kind == RV_ALLOC && type_needs_drop(st->rv.elem)) {
            esc_require_heap(r->c, site, "its drop method runs when its last owner dies");
        }
        /* a frame array of references: its slices cannot tell when it dies */
        if (site && site->storage == STORAGE_STACK && st->rv.kind == RV_MAKE_SLICE && type_needs_release(st->rv.elem)) {
            esc_require_heap(r->c, site, "its elements are counted references");
        }
        if (owns_frame_alloc(b, st) && !r->stack_owner[st->rv.site])
            r->stack_owner[st->rv.site] = new_local(r, st->rv.type, st->span);
    }
    int nown = b->locals.len;   /* the original locals, then the hidden owners */
    r->nown = nown;
    r->flag = arena_alloc(a, sizeof(LocalId) * (size_t)(nown + 1));
    r->tflag = arena_alloc(a, sizeof(LocalId) * (size_t)(n + 1));
    r->cell = arena_alloc(a, (size_t)nown + 1);
    for (LocalId l = 0; l < nown; l++) {
        Local *lc = &b->locals.data[l];
        r->flag[l] = -1;
        if (l < n)
            r->tflag[l] = r->held[l] ? new_local(r, r->t_bool, lc->span) : -1;
        if (l >= n) {
            r->flag[l] = new_local(r, r->t_bool, lc->span);
            continue;
        }
        r->cell[l] = lc->addressed && lc->storage == STORAGE_HEAP;
        bool lent_param = lc->kind == LOCAL_ARG && b->borrowed && b->borrowed[l];
        bool owner = (lc->kind == LOCAL_USER && !r->loan[l]) || (lc->kind == LOCAL_ARG && !lent_param) ||
                     (lc->kind == LOCAL_TEMP && !r->simple[l] && !r->loan[l]);
        if (!owner || !(r->cell[l] || type_needs_release(lc->type)))
            continue;
        r->flag[l] = new_local(r, r->t_bool, lc->span);
    }
    mir_foreach_block(b, bb) {
        BlockId i = mir_block_id(b, bb);
        MirStmtList out = {0};
        for (LocalId l = 0; i == 0 && l < nown; l++) {
            if (r->flag[l] >= 0)
                push(r, &out, set_flag(r, r->flag[l], b->locals.data[l].kind == LOCAL_ARG, b->span));
            else if (l < n && r->tflag[l] >= 0)
                push(r, &out, set_flag(r, r->tflag[l], false, b->span));
        }
        mir_foreach_stmt_in(bb, st) {   /* the old list; out is the new one */
            if (st->kind == ST_EVAL && st->rv.kind == RV_INTRINSIC && st->rv.intrinsic == IN_DEFER_RESUME)
                landing_drops(r, &out, st->span);
            elaborate_stmt(r, &out, st, i, mir_stmt_index(bb, st));
        }
        if (bb->term.kind == TM_RETURN)
            for (LocalId l = nown - 1; l >= 0; l--) {
                if (l < n && r->tflag[l] >= 0)     /* cleared by now: the cleanup's list */
                    push(r, &out, drop_place(place_local(l), r->tflag[l], bb->term.span));
                if (r->flag[l] < 0)
                    continue;
                Local *lc = &b->locals.data[l];
                if (l >= n || lc->kind == LOCAL_ARG || lc->kind == LOCAL_TEMP || at_return(r, l))
                    drop_owner(r, &out, l, bb->term.span);   /* l >= n: a frame allocation's contents */
            }
        bb->stmts = out;
    }
}

static void elaborate_program(Ctx *c, MirProgram *p, bool proven) {
    p->counted = true;
    const bool *pure = drop_find_lent_params(c, p);
    for (int i = 0; i < p->bodies.len; i++) {
        DropPass r = {.c = c, .b = p->bodies.data[i], .t_bool = p->sema->t_bool, .proven = proven, .p = p, .pure = pure};
        elaborate_body(&r);
    }
}

/* Does every Box, slice and string have one owner? --borrowck has said so
 * already (the driver stops on its errors); otherwise ask it quietly. */
/* A drop method runs just before the runtime frees its receiver's value;
 * one that keeps the receiver (in a global, a heap object, a closure kept
 * somewhere) would leave that pointer dangling. The receiver's escape
 * summary says whether it does; such a program is rejected here, by name
 * (the gc runtime, whose collector sees every pointer, accepts it). */
static bool drop_methods_keep_receiver(Ctx *c, MirProgram *p) {
    bool bad = false;
    for (int i = 0; i < p->bodies.len; i++) {
        Body *b = p->bodies.data[i];
        FuncInfo *fi = b->fi;
        if (!b->recv_leaks || !fi->decl || fi->recv->type->kind != T_PTR ||
            fi->recv->type->elem->drop != fi->decl)
            continue;
        const char *r = fi->recv->name;
        diag_error(c, fi->recv->span,
                   "drop method keeps its receiver `%s` (leaking param: %s): under --runtime=drop "
                   "the value is freed when drop returns, so the pointer kept would dangle "
                   "(copy the fields it needs instead)", r, r);
        bad = true;
    }
    return bad;
}

void drop_elaborate(Ctx *c, MirProgram *p) {
    if (drop_methods_keep_receiver(c, p))
        return;
    p->proven = c->opt.borrowck || bck_single_owner(c, p);
    elaborate_program(c, p, p->proven);
    if (c->opt.m_level)
        drop_notes(c, p, !p->proven);
}
