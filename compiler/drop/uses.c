/*
 * uses.c: what the reference-counting pass learns about a body before it
 * rewrites it: which compiler temporaries are used once, in their own
 * block (they move into their consumer or are released right after);
 * which temporaries only carry a value to a lent parameter (never
 * counted); and, in Go-style programs, which copies are a variable's last
 * use (backward liveness: they move instead of counting).
 */
#include "drop.h"

bool drop_consuming(Rvalue *rv, int i) {
    switch (rv->kind) {
    case RV_USE: case RV_AGGREGATE: return true;
    case RV_CALL:   /* a runtime library function only reads its arguments */
        return i >= 1 && !(rv->args.data[0].kind == OPD_CONST && rv->args.data[0].c.kind == CONST_EXTERN);
    case RV_APPEND: return i >= 1 && !rv->spread;   /* y... is only read */
    case RV_CLOSURE: return true;
    case RV_IFACE: return i == 0;   /* the interface takes the pointer, box or interface
                                       (a lent box's value, operand 1, is a bitwise copy) */
    case RV_ICALL: return i >= 1;   /* the method owns its arguments (itab.c's wrapper
                                       gives back those the method only borrows) */
    case RV_INTRINSIC:  /* m[k] = v: the map takes the key and the value;
                           defer f: the frame's defer list takes f;
                           panic(v): the panic value keeps v (the frames the panic
                           unwinds drop what they own, v's owner among them) */
        return (rv->intrinsic == IN_MAP_SET && i >= 1) || rv->intrinsic == IN_DEFER ||
               rv->intrinsic == IN_PANIC;
    default: return false;
    }
}

/* Is argument i of this call lent (the callee only reads it)? */
bool drop_lent_arg(MirProgram *p, Rvalue *rv, int i) {
    if (rv->kind != RV_CALL || i < 1)
        return false;
    Operand *callee = &rv->args.data[0];
    if (callee->kind != OPD_CONST || callee->c.kind != CONST_FUNC)
        return false;
    Body *k = p->bodies.data[callee->c.func];
    return k->borrowed && i <= k->nargs && k->borrowed[i];
}

bool drop_is_temp(DropPass *r, LocalId l) { return l < r->nlocals && r->b->locals.data[l].kind == LOCAL_TEMP; }

/* ---- where temporaries are used ---------------------------------------- */

static void mention(DropPass *r, LocalId l, int blk, int stmt, bool whole_consuming) {
    if (!drop_is_temp(r, l))
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

static void mention_place(DropPass *r, Place p, int blk, int stmt, bool whole_consuming) {
    mention(r, p.local, blk, stmt, whole_consuming && p.nproj == 0);
    for (int k = 0; k < p.nproj; k++)
        if (p.proj[k].kind == PJ_INDEX)
            mention(r, p.proj[k].index, blk, stmt, false);
}

static void mention_rvalue(DropPass *r, Rvalue *rv, int blk, int stmt) {
    if (mir_rvalue_has_place(rv))
        mention_place(r, rv->place, blk, stmt, false);
    mir_foreach_operand(rv, o) {
        int i = mir_operand_index(rv, o);   /* the operand's role in drop_consuming */
        if (o->kind != OPD_CONST)
            mention_place(r, o->place, blk, stmt, drop_consuming(rv, i) && !drop_lent_arg(r->p, rv, i));
    }
}

static void find_temp_uses(DropPass *r) {
    Body *b = r->b;
    mir_foreach_stmt(b, bb, st) {
        if (st->kind == ST_ASSIGN && st->place.nproj == 0 && drop_is_temp(r, st->place.local)) {
            LocalId l = st->place.local;
            if (r->ndefs[l]++ == 0) {
                r->def_block[l] = mir_block_id(b, bb);
                r->def_stmt[l] = mir_stmt_index(bb, st);
            }
        }
    }
    mir_foreach_block(b, bb) {  /* uses are recorded by (block, statement index) */
        BlockId i = mir_block_id(b, bb);
        mir_foreach_stmt_in(bb, st) {
            int j = mir_stmt_index(bb, st);
            if (st->kind == ST_ASSIGN && st->place.nproj > 0)
                mention_place(r, st->place, i, j, false);
            if (mir_stmt_has_rvalue(st))
                mention_rvalue(r, &st->rv, i, j);
        }
        if (bb->term.kind == TM_BRANCH && bb->term.cond.kind != OPD_CONST)
            mention_place(r, bb->term.cond.place, i, bb->stmts.len, false);
    }
    for (LocalId l = 0; l < r->nlocals; l++)
        r->simple[l] = drop_is_temp(r, l) && r->ndefs[l] == 1 && !r->bad[l] && !b->locals.data[l].addressed;
}

static bool harmless(DropPass *r, MirStmt *st) {
    if (st->kind != ST_ASSIGN || st->place.nproj)
        return false;
    LocalId d = st->place.local;
    if (type_needs_release(r->b->locals.data[d].type) && !(d < r->nlocals && r->simple[d]))
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
static void find_loans(DropPass *r) {
    Body *b = r->b;
    r->loan = arena_alloc(&r->c->arena, (size_t)r->nlocals + 1);
    mir_foreach_stmt(b, bb, st) {
        Rvalue *rv = &st->rv;
        if (!mir_stmt_has_rvalue(st) || rv->kind != RV_CALL)
            continue;
        int i = mir_block_id(b, bb), j = mir_stmt_index(bb, st);
        mir_foreach_operand_from(rv, 1, o) {
            if (o->kind == OPD_CONST || o->place.nproj || !drop_lent_arg(r->p, rv, mir_operand_index(rv, o)))
                continue;
            LocalId l = o->place.local;
            if (!r->simple[l] || r->def_block[l] != i || r->nuses[l] != 1 || r->last_stmt[l] != j)
                continue;
            MirStmt *def = &bb->stmts.data[r->def_stmt[l]];
            if (def->rv.kind != RV_USE || def->rv.args.data[0].kind == OPD_CONST)
                continue;
            bool ok = true;     /* the statements between the copy and the call */
            for (int k = r->def_stmt[l] + 1; k < j && ok; k++)
                ok = harmless(r, &bb->stmts.data[k]);
            r->loan[l] = ok;
        }
    }
}

/* ---- last uses of variables (Go-style programs) ------------------------ */

/* A variable whose value is copied for the last time (it is dead after
 * the statement) hands its reference over instead of counting a new one.
 * Backward liveness over whole variables; only unaddressed user variables
 * qualify (no pointer can read them later). */
static bool candidate(DropPass *r, LocalId l) {
    Local *lc = &r->b->locals.data[l];
    return l < r->nlocals && lc->kind == LOCAL_USER && !lc->addressed && type_needs_release(lc->type);
}

static void find_var_last_uses(DropPass *r) {
    Body *b = r->b;
    Arena *a = &r->c->arena;
    int nb = b->blocks.len;
    r->last = arena_alloc(a, sizeof(uint64_t *) * (size_t)(nb + 1));
    if (r->proven)
        return;     /* moves already transfer */
    Liveness lv = mir_liveness(r->c, b);
    BitSet live = bitset_new(a, b->locals.len);
    mir_foreach_block(b, bb) {
        BlockId i = mir_block_id(b, bb);
        r->last[i] = arena_alloc(a, sizeof(uint64_t) * (size_t)(bb->stmts.len + 1));
        bitset_copy(&live, &lv.out[i]);
        mir_live_term(&live, &bb->term);
        for (int j = bb->stmts.len - 1; j >= 0; j--) {     /* backward: liveness */
            MirStmt *st = &bb->stmts.data[j];
            Rvalue *rv = &st->rv;
            if (mir_stmt_has_rvalue(st) && rv->args.len <= 64) {
                mir_foreach_operand(rv, o) {
                    int k = mir_operand_index(rv, o);   /* its bit in last[i][j] */
                    if (o->kind == OPD_CONST || o->place.nproj || !candidate(r, o->place.local) ||
                        !drop_consuming(rv, k) || drop_lent_arg(r->p, rv, k) || bitset_get(&live, o->place.local))
                        continue;
                    int mentions = 0;   /* read once in this statement, as this operand */
                    mir_foreach_operand(rv, m)
                        mentions += m->kind != OPD_CONST && m->place.local == o->place.local;
                    if (mir_rvalue_has_place(rv) && rv->place.local == o->place.local)
                        mentions++;
                    if (st->kind == ST_ASSIGN && st->place.nproj && st->place.local == o->place.local)
                        mentions++;
                    if (mentions == 1)
                        r->last[i][j] |= UINT64_C(1) << k;
                }
            }
            mir_live_stmt(&live, st);
        }
    }
}

static void index_last_uses(DropPass *r) {
    Body *b = r->b;
    r->last_head = arena_alloc(&r->c->arena, sizeof(int *) * (size_t)(b->blocks.len + 1));
    r->last_next = arena_alloc(&r->c->arena, sizeof(LocalId) * (size_t)(r->nlocals + 1));
    mir_foreach_block(b, bb) {
        int ns = bb->stmts.len + 1;     /* one list per statement, and the terminator */
        int *heads = r->last_head[mir_block_id(b, bb)] = arena_alloc(&r->c->arena, sizeof(int) * (size_t)ns);
        for (int j = 0; j < ns; j++)
            heads[j] = -1;
    }
    for (LocalId l = 0; l < r->nlocals; l++) {
        if (!r->simple[l] || !type_needs_release(b->locals.data[l].type) || r->loan[l])
            continue;
        Rvalue *def = &b->blocks.data[r->def_block[l]].stmts.data[r->def_stmt[l]].rv;
        if (def->kind == RV_USE && def->args.data[0].kind == OPD_CONST)
            continue;   /* a constant (a global's address, nil, a literal) holds no reference */
        int at = r->nuses[l] ? r->last_stmt[l] : r->def_stmt[l];
        r->last_next[l] = r->last_head[r->def_block[l]][at];
        r->last_head[r->def_block[l]][at] = l;
    }
}


/* Everything elaborate.c needs to know about a body's uses, before it rewrites
 * a statement. */
void drop_find_uses(DropPass *r) {
    find_temp_uses(r);
    r->global = mir_global_temps(r->c, r->b);
    find_loans(r);
    if (r->pure) {  /* views: read, never counted (views.c) */
        bool *v = drop_find_views(r->c, r->p, r->b, r->pure, true);
        for (LocalId l = 0; l < r->nlocals; l++)
            r->loan[l] |= v[l];
    }
    find_var_last_uses(r);
    index_last_uses(r);
}
