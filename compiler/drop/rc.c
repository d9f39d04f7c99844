/*
 * rc.c: reference counting for --runtime=drop, when single ownership is
 * not proven (the program does not pass the borrow checker: Go-style
 * aliasing). Every heap object carries a count (runtime/drop/heap.c);
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
 * Rc does; the runtime's exit report finds them.
 */
#include "drop.h"

#include <string.h>

typedef struct Rc {
    Ctx *c;
    Body *b;
    Type *t_bool;
    bool proven;        /* the program passes the borrow checker: a move of a
                           whole variable transfers its value */
    int nlocals;        /* locals before this pass added any */
    LocalId *flag;      /* per local: its drop flag, or -1 */
    bool *cell;         /* per local: lives in a heap cell */
    /* per temporary (single definition, all uses after it in its block) */
    int *ndefs, *def_block, *def_stmt, *nuses, *last_stmt, *last_mentions;
    bool *bad, *last_consuming, *simple;
    int **last_head;    /* per block, per statement: temporaries last used there */
    LocalId *last_next;
    LocalId *stack_owner;   /* per stack site: the local that owns its contents */
    int *global;        /* per local: the global whose address it holds, or -1 */
    uint64_t **last;    /* per block, per statement: operands (by index) that
                           are a variable's last use, so they may move */
    bool *loan;         /* per temporary: read from a place and lent to a call,
                           never counted */
    MirProgram *p;
} Rc;

static bool counted_type(Type *t) { return type_has_pointers(t) || type_needs_drop(t); }

static bool consuming(Rvalue *rv, int i) {
    switch (rv->kind) {
    case RV_USE: case RV_AGGREGATE: return true;
    case RV_CALL: case RV_APPEND: return i >= 1;
    case RV_CLOSURE: return true;
    default: return false;
    }
}

/* Is argument i of this call lent (the callee only reads it)? */
static bool lent(MirProgram *p, Rvalue *rv, int i) {
    if (rv->kind != RV_CALL || i < 1)
        return false;
    Operand *callee = &rv->args.data[0];
    if (callee->kind != OPD_CONST || callee->c.kind != CONST_FUNC)
        return false;
    Body *k = p->bodies.data[callee->c.func];
    return k->borrowed && i <= k->nargs && k->borrowed[i];
}

static bool is_temp(Rc *r, LocalId l) { return l < r->nlocals && r->b->locals.data[l].kind == LOCAL_TEMP; }

/* ---- where temporaries are used ---------------------------------------- */

static void mention(Rc *r, LocalId l, int blk, int stmt, bool whole_consuming) {
    if (!is_temp(r, l))
        return;
    if (blk != r->def_block[l] || stmt <= r->def_stmt[l] || r->ndefs[l] != 1)
        r->bad[l] = true;
    if (r->nuses[l] && r->last_stmt[l] == stmt) {
        r->last_mentions[l]++;
    } else {
        r->last_mentions[l] = 1;
        r->last_consuming[l] = false;
    }
    r->nuses[l]++;
    r->last_stmt[l] = stmt;
    r->last_consuming[l] |= whole_consuming;
}

static void mention_place(Rc *r, Place p, int blk, int stmt, bool whole_consuming) {
    mention(r, p.local, blk, stmt, whole_consuming && p.nproj == 0);
    for (int k = 0; k < p.nproj; k++)
        if (p.proj[k].kind == PJ_INDEX)
            mention(r, p.proj[k].index, blk, stmt, false);
}

static bool rvalue_has_place(Rvalue *rv) {
    return rv->kind == RV_REF || rv->kind == RV_LEN || rv->kind == RV_CAP || rv->kind == RV_SLICE;
}

static void mention_rvalue(Rc *r, Rvalue *rv, int blk, int stmt) {
    if (rvalue_has_place(rv))
        mention_place(r, rv->place, blk, stmt, false);
    for (int i = 0; i < rv->args.len; i++) {
        Operand *o = &rv->args.data[i];
        if (o->kind != OPD_CONST)
            mention_place(r, o->place, blk, stmt, consuming(rv, i) && !lent(r->p, rv, i));
    }
}

static void find_temp_uses(Rc *r) {
    Body *b = r->b;
    for (int i = 0; i < b->blocks.len; i++)
        for (int j = 0; j < b->blocks.data[i].stmts.len; j++) {
            MirStmt *st = &b->blocks.data[i].stmts.data[j];
            if (st->kind == ST_ASSIGN && st->place.nproj == 0 && is_temp(r, st->place.local)) {
                LocalId l = st->place.local;
                if (r->ndefs[l]++ == 0) {
                    r->def_block[l] = i;
                    r->def_stmt[l] = j;
                }
            }
        }
    for (int i = 0; i < b->blocks.len; i++) {
        Block *bb = &b->blocks.data[i];
        for (int j = 0; j < bb->stmts.len; j++) {
            MirStmt *st = &bb->stmts.data[j];
            if (st->kind == ST_ASSIGN && st->place.nproj > 0)
                mention_place(r, st->place, i, j, false);
            if (st->kind == ST_ASSIGN || st->kind == ST_EVAL)
                mention_rvalue(r, &st->rv, i, j);
        }
        if (bb->term.kind == TM_BRANCH && bb->term.cond.kind != OPD_CONST)
            mention_place(r, bb->term.cond.place, i, bb->stmts.len, false);
    }
    for (LocalId l = 0; l < r->nlocals; l++)
        r->simple[l] = is_temp(r, l) && r->ndefs[l] == 1 && !r->bad[l] && !b->locals.data[l].addressed;
}

/* ---- statements -------------------------------------------------------- */

static void push(Rc *r, void *stmts, MirStmt st) {
    VEC(MirStmt) *v = stmts;
    vec_push(&r->c->arena, v, st);
}

static LocalId new_local(Rc *r, Type *t, Span sp) {
    Local l = {.kind = LOCAL_TEMP, .type = t, .span = sp, .init_site = -1};
    vec_push(&r->c->arena, &r->b->locals, l);
    return r->b->locals.len - 1;
}

static MirStmt assign_use(Rc *r, Place dst, Type *t, OperandKind k, Place src, Span sp) {
    MirStmt st = {.kind = ST_ASSIGN, .span = sp, .place = dst};
    st.rv.kind = RV_USE;
    st.rv.type = t;
    st.rv.site = st.rv.func = -1;
    Operand o = {.kind = k, .type = t, .place = src, .span = sp};
    vec_push(&r->c->arena, &st.rv.args, o);
    return st;
}

static MirStmt set_flag(Rc *r, LocalId flag, bool v, Span sp) {
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
static bool at_return(Rc *r, LocalId l) {
    Local *lc = &r->b->locals.data[l];
    return !r->proven && lc->kind == LOCAL_USER && lc->addressed && !r->cell[l];
}

/* Is this store an initialisation of fresh (zeroed) storage? */
static bool init_store(Rc *r, Place p) {
    return p.nproj >= 1 && p.proj[0].kind == PJ_DEREF && is_temp(r, p.local) &&
           r->b->locals.data[p.local].init_site >= 0;
}

/* Retain what the statement copies into new homes; note the temporaries
 * it consumes for the last time (they move instead). */
static void retain_operands(Rc *r, void *out, MirStmt *st, int blk, int stmt, LocalId *moved, int *nmoved) {
    Rvalue *rv = &st->rv;
    if (rv->kind == RV_CLOSURE && rv->site >= 0 && r->b->sites.data[rv->site].storage == STORAGE_STACK)
        return;     /* a frame closure borrows its captures */
    if (st->kind == ST_ASSIGN && st->place.nproj == 0 && st->place.local < r->nlocals && r->loan[st->place.local])
        return;     /* a loan: read, lent, never counted */
    for (int i = 0; i < rv->args.len; i++) {
        Operand *o = &rv->args.data[i];
        if (o->kind == OPD_CONST || !consuming(rv, i) || lent(r->p, rv, i) || !counted_type(o->type))
            continue;
        LocalId l = o->place.local;
        bool last_temp_use = r->simple[l] && r->def_block[l] == blk && r->last_stmt[l] == stmt &&
                             r->last_consuming[l] && r->last_mentions[l] == 1;
        bool owner_move = (r->proven && o->kind == OPD_MOVE && l < r->nlocals && r->flag[l] >= 0) ||
                          (o->place.nproj == 0 && r->last[blk] && (r->last[blk][stmt] >> i & 1) &&
                           r->flag[l] >= 0);
        if (o->place.nproj == 0 && (last_temp_use || owner_move) && *nmoved < 64) {
            o->kind = OPD_MOVE;
            moved[(*nmoved)++] = l;
            continue;
        }
        o->kind = OPD_COPY;
        push(r, out, (MirStmt){.kind = ST_RETAIN, .span = o->span, .place = o->place});
    }
}

static void clear_moved(Rc *r, void *out, LocalId *moved, int nmoved, Span sp) {
    for (int i = 0; i < nmoved; i++)
        if (r->flag[moved[i]] >= 0)
            push(r, out, set_flag(r, r->flag[moved[i]], false, sp));
}

static bool same_place(Rc *r, Place a, Place b) {
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

/* dst = rv, where dst's old value is released after the new one is in. */
static void store(Rc *r, void *out, MirStmt *st, Type *t, LocalId *moved, int nmoved) {
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
static void overwrite(Rc *r, void *out, MirStmt *st, Type *t, LocalId *moved, int nmoved) {
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

/* A `&T{}` kept in the frame: its contents are released when the frame
 * ends or the allocation runs again. */
static void own_stack_alloc(Rc *r, void *out, MirStmt *st, bool before) {
    Rvalue *rv = &st->rv;
    if (st->kind != ST_ASSIGN || rv->kind != RV_ALLOC || st->place.nproj || rv->site < 0 ||
        r->b->sites.data[rv->site].storage != STORAGE_STACK || !counted_type(rv->elem))
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

static void rc_stmt(Rc *r, void *out, MirStmt *st, int blk, int stmt) {
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
    LocalId moved[64];
    int nmoved = 0;
    MirStmt s = *st;
    /* operands are rewritten (copy/move): work on a private copy of them */
    s.rv.args.data = arena_alloc(&r->c->arena, sizeof(Operand) * (size_t)(s.rv.args.len + 1));
    for (int i = 0; i < s.rv.args.len; i++)
        s.rv.args.data[i] = st->rv.args.data[i];
    s.rv.args.cap = s.rv.args.len;
    if (s.rv.args.len <= 64)
        retain_operands(r, out, &s, blk, stmt, moved, &nmoved);
    own_stack_alloc(r, out, &s, true);
    bool consumed_store = false;
    if (s.kind == ST_ASSIGN && s.rv.kind == RV_APPEND && s.rv.args.data[0].kind != OPD_CONST &&
        same_place(r, s.place, s.rv.args.data[0].place) && nmoved < 64) {
        /* x = append(x, ...): x's reference moves into the result */
        LocalId x = s.place.local;
        if (s.place.nproj == 0 && !r->cell[x] && r->flag[x] >= 0) {
            s.rv.consume = true;
            moved[nmoved++] = x;
        } else if (s.place.nproj > 0 || r->cell[x]) {
            s.rv.consume = true;
            consumed_store = true;
        }
    }
    if (s.kind == ST_EVAL && s.rv.kind == RV_CALL && counted_type(s.rv.type)) {
        LocalId t = new_local(r, s.rv.type, s.span);     /* a result nobody keeps */
        s.kind = ST_ASSIGN;
        s.place = place_local(t);
        push(r, out, s);
        clear_moved(r, out, moved, nmoved, s.span);
        push(r, out, drop_place(place_local(t), -1, s.span));
    } else if (s.kind == ST_EVAL) {
        push(r, out, s);
        clear_moved(r, out, moved, nmoved, s.span);
    } else {
        LocalId x = s.place.local;
        Type *t = mir_place_type(b, s.place);
        if (s.place.nproj == 0 && !r->cell[x] && r->flag[x] >= 0) {
            overwrite(r, out, &s, t, moved, nmoved);
        } else if ((s.place.nproj > 0 || r->cell[x]) && counted_type(t) && !init_store(r, s.place) &&
                   !consumed_store) {
            store(r, out, &s, t, moved, nmoved);
        } else {
            push(r, out, s);
            clear_moved(r, out, moved, nmoved, s.span);
        }
    }
    own_stack_alloc(r, out, &s, false);
    /* single-use temporaries whose last use this was, not as a move */
    for (LocalId l = r->last_head[blk][stmt]; l >= 0; l = r->last_next[l]) {
        bool was_moved = false;
        for (int i = 0; i < nmoved; i++)
            was_moved |= moved[i] == l;
        if (!was_moved)
            push(r, out, drop_place(place_local(l), -1, s.span));
    }
}

/* Nothing between a loan's read and its call may free what it read. */
static bool harmless(Rc *r, MirStmt *st) {
    if (st->kind != ST_ASSIGN || st->place.nproj)
        return false;
    LocalId d = st->place.local;
    if (counted_type(r->b->locals.data[d].type) && !(d < r->nlocals && r->simple[d]))
        return false;
    switch (st->rv.kind) {
    case RV_USE: case RV_UNARY: case RV_BINARY: case RV_CAST: case RV_LEN: case RV_CAP: case RV_REF:
        return true;
    default:
        return false;
    }
}

/* `_t = copy place; ...; f(_t)` where f only reads its parameter: the
 * place keeps the value alive through the call, so _t need not count. */
static void find_loans(Rc *r) {
    Body *b = r->b;
    r->loan = arena_alloc(&r->c->arena, (size_t)r->nlocals + 1);
    for (int i = 0; i < b->blocks.len; i++) {
        Block *bb = &b->blocks.data[i];
        for (int j = 0; j < bb->stmts.len; j++) {
            Rvalue *rv = &bb->stmts.data[j].rv;
            if ((bb->stmts.data[j].kind != ST_ASSIGN && bb->stmts.data[j].kind != ST_EVAL) || rv->kind != RV_CALL)
                continue;
            for (int a = 1; a < rv->args.len; a++) {
                Operand *o = &rv->args.data[a];
                if (o->kind == OPD_CONST || o->place.nproj || !lent(r->p, rv, a))
                    continue;
                LocalId l = o->place.local;
                if (!r->simple[l] || r->def_block[l] != i || r->nuses[l] != 1 || r->last_stmt[l] != j)
                    continue;
                MirStmt *def = &bb->stmts.data[r->def_stmt[l]];
                if (def->rv.kind != RV_USE || def->rv.args.data[0].kind == OPD_CONST)
                    continue;
                bool ok = true;
                for (int k = r->def_stmt[l] + 1; k < j && ok; k++)
                    ok = harmless(r, &bb->stmts.data[k]);
                r->loan[l] = ok;
            }
        }
    }
}

/* ---- last uses of variables (Go-style programs) ------------------------ */

/* A variable whose value is copied for the last time (it is dead after
 * the statement) hands its reference over instead of counting a new one.
 * Backward liveness over whole variables; only unaddressed user variables
 * qualify (no pointer can read them later). */
static bool candidate(Rc *r, LocalId l) {
    Local *lc = &r->b->locals.data[l];
    return l < r->nlocals && lc->kind == LOCAL_USER && !lc->addressed && counted_type(lc->type);
}

static void gen_place(BitSet *live, Place p) {
    bitset_set(live, p.local);
    for (int k = 0; k < p.nproj; k++)
        if (p.proj[k].kind == PJ_INDEX)
            bitset_set(live, p.proj[k].index);
}

/* Before-statement liveness from after-statement liveness. */
static void live_step(MirStmt *st, BitSet *live) {
    if (st->kind != ST_ASSIGN && st->kind != ST_EVAL)
        return;
    if (st->kind == ST_ASSIGN && st->place.nproj == 0)
        bitset_clear(live, st->place.local);
    else if (st->kind == ST_ASSIGN)
        gen_place(live, st->place);
    Rvalue *rv = &st->rv;
    if (rvalue_has_place(rv))
        gen_place(live, rv->place);
    for (int i = 0; i < rv->args.len; i++)
        if (rv->args.data[i].kind != OPD_CONST)
            gen_place(live, rv->args.data[i].place);
}

static void term_live(Terminator *t, BitSet *live) {
    if (t->kind == TM_BRANCH && t->cond.kind != OPD_CONST)
        gen_place(live, t->cond.place);
}

static int successors(Terminator *t, int *out) {
    switch (t->kind) {
    case TM_GOTO: case TM_DROP: out[0] = t->target; return 1;
    case TM_BRANCH: out[0] = t->target; out[1] = t->els; return 2;
    default: return 0;
    }
}

static void find_var_last_uses(Rc *r) {
    Body *b = r->b;
    Arena *a = &r->c->arena;
    int nb = b->blocks.len, n = r->nlocals;
    r->last = arena_alloc(a, sizeof(uint64_t *) * (size_t)(nb + 1));
    if (r->proven)
        return;     /* moves already transfer */
    BitSet *in = arena_alloc(a, sizeof(BitSet) * (size_t)(nb + 1));
    for (int i = 0; i < nb; i++)
        in[i] = bitset_new(a, n);
    BitSet live = bitset_new(a, n);
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = nb - 1; i >= 0; i--) {
            Block *bb = &b->blocks.data[i];
            bitset_clear_all(&live);
            int succ[2], ns = successors(&bb->term, succ);
            for (int k = 0; k < ns; k++)
                bitset_union(&live, &in[succ[k]]);
            term_live(&bb->term, &live);
            for (int j = bb->stmts.len - 1; j >= 0; j--)
                live_step(&bb->stmts.data[j], &live);
            changed |= bitset_union(&in[i], &live);
        }
    }
    for (int i = 0; i < nb; i++) {
        Block *bb = &b->blocks.data[i];
        r->last[i] = arena_alloc(a, sizeof(uint64_t) * (size_t)(bb->stmts.len + 1));
        bitset_clear_all(&live);
        int succ[2], ns = successors(&bb->term, succ);
        for (int k = 0; k < ns; k++)
            bitset_union(&live, &in[succ[k]]);
        term_live(&bb->term, &live);
        for (int j = bb->stmts.len - 1; j >= 0; j--) {
            MirStmt *st = &bb->stmts.data[j];
            Rvalue *rv = &st->rv;
            if ((st->kind == ST_ASSIGN || st->kind == ST_EVAL) && rv->args.len <= 64) {
                for (int k = 0; k < rv->args.len; k++) {
                    Operand *o = &rv->args.data[k];
                    if (o->kind == OPD_CONST || o->place.nproj || !candidate(r, o->place.local) ||
                        !consuming(rv, k) || lent(r->p, rv, k) || bitset_get(&live, o->place.local))
                        continue;
                    int mentions = 0;   /* read once in this statement, as this operand */
                    for (int m = 0; m < rv->args.len; m++)
                        mentions += rv->args.data[m].kind != OPD_CONST && rv->args.data[m].place.local == o->place.local;
                    if (rvalue_has_place(rv) && rv->place.local == o->place.local)
                        mentions++;
                    if (st->kind == ST_ASSIGN && st->place.nproj && st->place.local == o->place.local)
                        mentions++;
                    if (mentions == 1)
                        r->last[i][j] |= UINT64_C(1) << k;
                }
            }
            live_step(st, &live);
        }
    }
}

static void index_last_uses(Rc *r) {
    Body *b = r->b;
    r->last_head = arena_alloc(&r->c->arena, sizeof(int *) * (size_t)(b->blocks.len + 1));
    r->last_next = arena_alloc(&r->c->arena, sizeof(LocalId) * (size_t)(r->nlocals + 1));
    for (int i = 0; i < b->blocks.len; i++) {
        int ns = b->blocks.data[i].stmts.len + 1;
        r->last_head[i] = arena_alloc(&r->c->arena, sizeof(int) * (size_t)ns);
        for (int j = 0; j < ns; j++)
            r->last_head[i][j] = -1;
    }
    for (LocalId l = 0; l < r->nlocals; l++) {
        if (!r->simple[l] || !counted_type(b->locals.data[l].type) || r->loan[l])
            continue;
        Rvalue *def = &b->blocks.data[r->def_block[l]].stmts.data[r->def_stmt[l]].rv;
        if (def->kind == RV_USE && def->args.data[0].kind == OPD_CONST)
            continue;   /* a constant (a global's address, nil, a literal) holds no reference */
        int at = r->nuses[l] ? r->last_stmt[l] : r->def_stmt[l];
        r->last_next[l] = r->last_head[r->def_block[l]][at];
        r->last_head[r->def_block[l]][at] = l;
    }
}

/* ---- bodies ------------------------------------------------------------ */

static void rc_body(Rc *r) {
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
    r->bad = arena_alloc(a, nb);
    r->last_consuming = arena_alloc(a, nb);
    r->simple = arena_alloc(a, nb);
    find_temp_uses(r);
    r->global = mir_global_temps(r->c, b);
    find_loans(r);
    find_var_last_uses(r);
    index_last_uses(r);
    /* frame allocations holding references get a hidden owner local; one
       whose `drop` method must run at its last owner's death moves to the heap */
    r->stack_owner = arena_alloc(a, sizeof(LocalId) * (size_t)(b->sites.len + 1));
    for (int i = 0; i < b->blocks.len; i++)
        for (int j = 0; j < b->blocks.data[i].stmts.len; j++) {
            MirStmt *st = &b->blocks.data[i].stmts.data[j];
            AllocSite *site = st->kind == ST_ASSIGN && st->rv.site >= 0 ? &b->sites.data[st->rv.site] : NULL;
            if (site && site->storage == STORAGE_STACK && st->rv.kind == RV_ALLOC && type_needs_drop(st->rv.elem)) {
                site->storage = STORAGE_HEAP;
                rc_note_moved(r->c, site, "its drop method runs when its last owner dies");
            }
            /* a frame array of references: its slices cannot tell when it dies */
            if (site && site->storage == STORAGE_STACK && st->rv.kind == RV_MAKE_SLICE && counted_type(st->rv.elem)) {
                site->storage = STORAGE_HEAP;
                rc_note_moved(r->c, site, "its elements are counted references");
            }
            if (st->kind == ST_ASSIGN && st->rv.kind == RV_ALLOC && st->rv.site >= 0 &&
                b->sites.data[st->rv.site].storage == STORAGE_STACK && counted_type(st->rv.elem) &&
                !r->stack_owner[st->rv.site])
                r->stack_owner[st->rv.site] = new_local(r, st->rv.type, st->span);
        }
    int nown = b->locals.len;   /* the original locals, then the hidden owners */
    r->flag = arena_alloc(a, sizeof(LocalId) * (size_t)(nown + 1));
    r->cell = arena_alloc(a, (size_t)nown + 1);
    for (LocalId l = 0; l < nown; l++) {
        Local *lc = &b->locals.data[l];
        r->flag[l] = -1;
        if (l >= n) {
            r->flag[l] = new_local(r, r->t_bool, lc->span);
            continue;
        }
        r->cell[l] = lc->addressed && lc->storage == STORAGE_HEAP;
        bool lent_param = lc->kind == LOCAL_ARG && b->borrowed && b->borrowed[l];
        bool owner = lc->kind == LOCAL_USER || (lc->kind == LOCAL_ARG && !lent_param) ||
                     (lc->kind == LOCAL_TEMP && !r->simple[l] && !r->loan[l]);
        if (!owner || !(r->cell[l] || counted_type(lc->type)))
            continue;
        r->flag[l] = new_local(r, r->t_bool, lc->span);
    }
    for (int i = 0; i < b->blocks.len; i++) {
        Block *bb = &b->blocks.data[i];
        VEC(MirStmt) out = {0};
        if (i == 0)
            for (LocalId l = 0; l < nown; l++)
                if (r->flag[l] >= 0)
                    push(r, &out, set_flag(r, r->flag[l], b->locals.data[l].kind == LOCAL_ARG, b->span));
        for (int j = 0; j < bb->stmts.len; j++)
            rc_stmt(r, &out, &bb->stmts.data[j], i, j);
        if (bb->term.kind == TM_RETURN)
            for (LocalId l = nown - 1; l >= 0; l--) {
                if (r->flag[l] < 0)
                    continue;
                Local *lc = &b->locals.data[l];
                if (l >= n) {   /* a frame allocation's contents */
                    Proj *pj = arena_alloc(a, sizeof(Proj));
                    pj->kind = PJ_DEREF;
                    pj->type = lc->type->elem;
                    push(r, &out, drop_place((Place){l, 1, pj}, r->flag[l], bb->term.span));
                } else if (lc->kind == LOCAL_ARG || lc->kind == LOCAL_TEMP || at_return(r, l)) {
                    push(r, &out, drop_place(place_local(l), r->flag[l], bb->term.span));
                }
            }
        bb->stmts.data = out.data;
        bb->stmts.len = out.len;
        bb->stmts.cap = out.cap;
    }
}

/* ---- lent parameters --------------------------------------------------- */

/* Does the body write through a pointer, or call what might? (Writes
 * through pointers are what could free a value a caller lent.) */
static bool writes_memory(Body *b, bool *pure) {
    for (int i = 0; i < b->blocks.len; i++)
        for (int j = 0; j < b->blocks.data[i].stmts.len; j++) {
            MirStmt *st = &b->blocks.data[i].stmts.data[j];
            if (st->kind != ST_ASSIGN && st->kind != ST_EVAL)
                continue;
            if (st->kind == ST_ASSIGN && place_has_deref(st->place) &&
                !(b->locals.data[st->place.local].kind == LOCAL_TEMP &&
                  b->locals.data[st->place.local].init_site >= 0))
                return true;
            Rvalue *rv = &st->rv;
            if (rv->kind == RV_INTRINSIC && rv->intrinsic == IN_COPY)
                return true;
            if (rv->kind == RV_CALL) {
                Operand *callee = &rv->args.data[0];
                if (callee->kind != OPD_CONST || callee->c.kind != CONST_FUNC || !pure[callee->c.func])
                    return true;
            }
        }
    return false;
}

/* A parameter the body only reads: never copied whole into a new home,
 * never assigned, never addressed, never in a heap cell. */
static bool only_read(MirProgram *p, Body *b, LocalId a) {
    Local *lc = &b->locals.data[a];
    if (lc->addressed)
        return false;
    for (int i = 0; i < b->blocks.len; i++)
        for (int j = 0; j < b->blocks.data[i].stmts.len; j++) {
            MirStmt *st = &b->blocks.data[i].stmts.data[j];
            if (st->kind != ST_ASSIGN && st->kind != ST_EVAL)
                continue;
            if (st->kind == ST_ASSIGN && st->place.local == a && st->place.nproj == 0)
                return false;
            Rvalue *rv = &st->rv;
            if (rv->kind == RV_REF && rv->place.local == a && !place_has_deref(rv->place))
                return false;
            for (int k = 0; k < rv->args.len; k++) {
                Operand *o = &rv->args.data[k];
                if (o->kind != OPD_CONST && o->place.local == a && o->place.nproj == 0 &&
                    consuming(rv, k) && !lent(p, rv, k))
                    return false;
            }
        }
    return true;
}

static void find_lent_params(Ctx *c, MirProgram *p) {
    int n = p->bodies.len;
    bool *pure = arena_alloc(&c->arena, (size_t)n + 1);
    bool *as_value = arena_alloc(&c->arena, (size_t)n + 1);
    for (int i = 0; i < n; i++) {
        Body *b = p->bodies.data[i];
        pure[i] = true;
        for (int k = 0; k < b->blocks.len; k++)
            for (int j = 0; j < b->blocks.data[k].stmts.len; j++) {
                Rvalue *rv = &b->blocks.data[k].stmts.data[j].rv;
                for (int a = 0; a < rv->args.len; a++) {
                    Operand *o = &rv->args.data[a];
                    if (o->kind == OPD_CONST && o->c.kind == CONST_FUNC && !(rv->kind == RV_CALL && a == 0))
                        as_value[o->c.func] = true;     /* called through a func value: owns its args */
                }
            }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; i++)
            if (pure[i] && writes_memory(p->bodies.data[i], pure)) {
                pure[i] = false;
                changed = true;
            }
    }
    /* any release may run a drop method: one that writes memory could
       free what a caller lent, so then nothing is lent */
    for (int i = 0; i < n; i++) {
        Body *b = p->bodies.data[i];
        size_t len = strlen(b->name);
        if (len > 5 && strcmp(b->name + len - 5, ".drop") == 0 && !pure[i])
            return;
    }
    /* parameters lent to pure bodies; a parameter passed on to another
       body's lent parameter is still only read, so iterate */
    for (int i = 0; i < n; i++) {
        Body *b = p->bodies.data[i];
        if (!pure[i] || as_value[i] || b->has_env || !b->nargs)
            continue;
        b->borrowed = arena_alloc(&c->arena, (size_t)b->nargs + 2);
        for (LocalId a = 1; a <= b->nargs; a++)     /* a value whose drop method runs is the callee's */
            b->borrowed[a] = counted_type(b->locals.data[a].type) && !type_needs_drop(b->locals.data[a].type);
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; i++) {
            Body *b = p->bodies.data[i];
            for (LocalId a = 1; b->borrowed && a <= b->nargs; a++)
                if (b->borrowed[a] && !only_read(p, b, a)) {
                    b->borrowed[a] = false;
                    changed = true;
                }
        }
    }
}

void rc_elaborate(Ctx *c, MirProgram *p, bool proven) {
    p->counted = true;
    find_lent_params(c, p);
    for (int i = 0; i < p->bodies.len; i++) {
        Rc r = {.c = c, .b = p->bodies.data[i], .t_bool = p->sema->t_bool, .proven = proven, .p = p};
        rc_body(&r);
    }
}
