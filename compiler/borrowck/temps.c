/*
 * temps.c: statement temporaries (E0716, E0515).
 *
 * Under --borrowck a `&T{...}` with a non-constant field is what Rust
 * makes of it: a temporary owned by the enclosing statement, dropped at
 * its end, unless the statement is a `:=` / `var` whose value it is (a
 * `let` extends it to the variable's scope). A literal of constants is
 * promoted to static data and is no temporary at all. The MIR builder
 * marks each such allocation site (AllocSite.stmt_temp) with the point
 * where its statement ends; here each one becomes a loan on the
 * allocation, its holders are found as for any loan (loans.c), and:
 *   a holder is live where the statement ends      E0716
 *   it reaches the return value                    E0515
 * So no `&T{...}` outlives its scope in a program the checker accepts:
 * a heap value that does is a `Box[T]`.
 *
 *   q = &T{a: n}            // E0716 if q is used later
 *   n := name(&User{...})   // E0716 if n is used later
 *   return &Node{v, head}   // E0515: cannot return reference to temporary value
 * A temporary a `:=` extends dies with its variable instead: E0716 when
 * still borrowed there, E0515 when returned.
 */
#include "borrowck.h"

/* The statement `t = alloc ... @site`: its block and index, or -1. */
static bool find_alloc(Body *b, int site, int *block, int *index, LocalId *t) {
    mir_foreach_stmt(b, bb, st)
        if (st->kind == ST_ASSIGN && st->rv.kind == RV_ALLOC && st->rv.site == site &&
            st->place.nproj == 0) {
            *block = mir_block_id(b, bb), *index = mir_stmt_index(bb, st), *t = st->place.local;
            return true;
        }
    return false;
}

/* The return statement reading a holder of l, or NULL. */
static MirStmt *returning(Body *b, Loan *l, bool *direct) {
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->place.local != 0 || st->place.nproj)
            continue;
        if (st->rv.kind == RV_REF && l->holders[st->rv.place.local]) {
            *direct = false;
            return st;
        }
        mir_foreach_operand(&st->rv, o)
            if (o->kind != OPD_CONST && l->holders[o->place.local]) {
                *direct = o->place.local == l->place.local && o->place.nproj == 0;
                return st;
            }
    }
    return NULL;
}

/* The temporary whose loan is l (span: its expression) dies before
 * statement index of block: E0716 when a holder is live there, E0515 when
 * one reaches the return value. */
static void check_one(LoanData *tl, Loan *l, Span span, int block, int index, bool no_lifetime) {
    Body *b = tl->b;
    if (l->holders[0]) {
        if (no_lifetime)
            return;     /* E0106's (check.c) */
        bool direct = false;
        MirStmt *st = returning(b, l, &direct);
        if (l->block >= 0 && l->block < b->blocks.len && l->index < b->blocks.data[l->block].stmts.len) {
            MirStmt *ls = &b->blocks.data[l->block].stmts.data[l->index];   /* `return &*box(1)`: the borrow itself */
            Operand *o = st && st->rv.kind == RV_USE && st->rv.args.len ? &st->rv.args.data[0] : NULL;
            if (ls->kind == ST_ASSIGN && ls->place.local == 0 && !ls->place.nproj)
                st = ls;
            direct = direct || st == ls ||
                     (o && o->kind != OPD_CONST && !o->place.nproj && ls->kind == ST_ASSIGN && !ls->place.nproj &&
                      ls->rv.kind == RV_REF && o->place.local == ls->place.local &&
                      b->locals.data[o->place.local].kind == LOCAL_TEMP);
        }
        Conflict cf = {.kind = CONFLICT_RETURN_LOCAL, .prog = tl->prog, .body = b, .temporary = true,
                       .used = l->place, .at = st ? st->span : span, .borrow = direct};
        cf.loan_place = l->place;
        cf.loan_span = span;
        bck_explain(tl->c, &cf);
        l->reported = true;
        return;
    }
    if (block < 0 || block >= b->blocks.len)
        return;     /* the statement ended the block (unreachable after it) */
    BitSet *lives = bck_block_lives(tl, block);
    if (!bck_loan_live(l, &lives[index]))
        return;
    Block *bb = &b->blocks.data[block];
    Conflict cf = {.kind = CONFLICT_TEMPORARY, .prog = tl->prog, .body = b, .used = l->place,
                   .at = index > 0 ? bb->stmts.data[index - 1].span : span};
    cf.loan_span = span;
    cf.later = bck_later_use(tl, l, block, index - 1);
    bck_explain(tl->c, &cf);
    l->reported = true;
}

/* A let-extended temporary dies with its variable: the first user local
 * given a value read from the allocation's temp t. */
static LocalId let_variable(Body *b, LocalId t, int block, int index) {
    Block *bb = &b->blocks.data[block];
    for (int j = index + 1; j < bb->stmts.len; j++) {     /* the statements after the allocation */
        MirStmt *st = &bb->stmts.data[j];
        if (st->kind != ST_ASSIGN || st->place.nproj || b->locals.data[st->place.local].kind != LOCAL_USER)
            continue;
        mir_foreach_operand(&st->rv, o)
            if (o->kind != OPD_CONST && o->place.local == t)
                return st->place.local;
    }
    return -1;
}

/* `q := &T{...}`: E0515 when returned, E0716 when still borrowed where q
 * dies (the end of its block). */
static void check_let(LoanData *tl, Loan *l, Span span, int block, int index, LocalId v, bool no_lifetime) {
    Body *b = tl->b;
    if (l->holders[0]) {
        if (!no_lifetime)
            check_one(tl, l, span, block, index, no_lifetime);
        return;
    }
    mir_foreach_block(b, bb) {
        BlockId i = mir_block_id(b, bb);
        BitSet *lives = NULL;
        mir_foreach_stmt_in(bb, st) {
            int j = mir_stmt_index(bb, st);     /* lives[j]: live on entry to st */
            if (st->kind != ST_STORAGE_DEAD || st->local != v)
                continue;
            if (!lives)
                lives = bck_block_lives(tl, i);
            if (!bck_loan_live(l, &lives[j]))
                continue;
            Conflict cf = {.kind = CONFLICT_TEMPORARY, .prog = tl->prog, .body = b, .used = l->place,
                           .at = st->span};
            cf.loan_span = span;
            cf.later = bck_later_use(tl, l, i, j);
            bck_explain(tl->c, &cf);
            l->reported = true;
            return;
        }
    }
}

/* Does place p, rooted at a base temporary, borrow the temporary itself
 * (its Box's pointee, its slice's elements, its fields), not what a
 * pointer in it points to? */
static bool borrows_temp(Body *b, Place p) {
    for (int i = 0; i < p.nproj; i++) {
        Type *t = i == 0 ? b->locals.data[p.local].type : p.proj[i - 1].type;
        if (p.proj[i].kind == PJ_DEREF && t->kind == T_PTR)
            return false;
    }
    return true;
}

/* Does base temporary t own what it holds? Not when its value is a view
 * in the twin: `m[k]` (HashMap's `&V`), the result of a call that may be
 * a view of a pointer argument (`items(&s)`, `fn items(&S) -> &[i64]`:
 * result_views.c), a function value's or method's given pointers. */
static bool owned_temp(LoanData *ld, LocalId t) {
    Body *b = ld->b;
    for (int hops = 0; hops < 8; hops++) {
        MirStmt *def = NULL;
        mir_foreach_stmt(b, bb, st)
            if (st->kind == ST_ASSIGN && !st->place.nproj && st->place.local == t)
                def = st;
        if (!def)
            return true;
        Rvalue *rv = &def->rv;
        if (rv->kind == RV_USE && rv->args.data[0].kind != OPD_CONST && !rv->args.data[0].place.nproj &&
            b->locals.data[rv->args.data[0].place.local].kind == LOCAL_TEMP) {
            t = rv->args.data[0].place.local;   /* `_4 = move _3` */
            continue;
        }
        if (rv->kind == RV_INTRINSIC)
            return rv->intrinsic != IN_MAP_GET && rv->intrinsic != IN_MAP_GET2;
        if (rv->kind != RV_CALL && rv->kind != RV_ICALL)
            return true;
        Operand *f = &rv->args.data[0];
        bool summarized = rv->kind == RV_CALL && f->kind == OPD_CONST && f->c.kind == CONST_FUNC &&
                          bck_result_summarized(ld->prog, f->c.func) &&
                          ld->prog->bodies.data[f->c.func]->nargs == rv->args.len - 1;
        for (int k = 1; k < rv->args.len; k++) {
            Operand *o = &rv->args.data[k];
            if (o->kind == OPD_CONST || !type_has_pointers(o->type) || !o->type || o->type->kind != T_PTR)
                continue;
            if (!summarized || bck_result_views_arg(ld->views, f->c.func, k))
                return false;
        }
        return true;
    }
    return true;
}

bool bck_base_temp(LoanData *ld, LocalId t) {
    Local *l = &ld->b->locals.data[t];
    return l->base_temp && (l->stmt_temp || l->let_temp) && owned_temp(ld, t);    /* temp_block -1: ended by a return */
}

/* The variable a let-extended base temporary lives as long as: the first
 * user variable after the borrow holding it. */
static LocalId let_holder(Body *b, Loan *l) {
    Block *bb = &b->blocks.data[l->block];
    for (int j = l->index; j < bb->stmts.len; j++) {
        MirStmt *st = &bb->stmts.data[j];
        if (st->kind == ST_ASSIGN && !st->place.nproj && b->locals.data[st->place.local].kind == LOCAL_USER &&
            l->holders[st->place.local])
            return st->place.local;
    }
    return -1;
}

void bck_check_temporaries(LoanData *ld, bool no_lifetime) {
    Body *b = ld->b;
    LoanData tl = {ld->c, ld->prog, ld->views, b, {0}, ld->live, NULL, NULL, NULL};
    VEC(int) sites = {0};   /* per loan: its AllocSite, or -1 - the base temporary */
    for (int k = 0; k < b->sites.len; k++) {
        int block, index;
        LocalId t;
        if (!(b->sites.data[k].stmt_temp || b->sites.data[k].let_temp) || !find_alloc(b, k, &block, &index, &t))
            continue;
        Loan l = {0};
        l.place = place_local(t);
        l.span = b->sites.data[k].span;
        l.block = block;
        l.index = index;
        l.activate = -1;
        l.holders = arena_alloc(&ld->c->arena, (size_t)b->locals.len);
        l.holders[t] = true;
        vec_push(&ld->c->arena, &tl.loans, l);
        vec_push(&ld->c->arena, &sites, k);
    }
    /* `&*box(1)`, `&mk()[0]`, `mk()[1:]`, `box(..).m()`'s receiver: each
       borrow of a base temporary is a loan, held by where it is assigned
       (stored through a pointer: `*pp = &*box(1)`) */
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || (st->rv.kind != RV_REF && st->rv.kind != RV_SLICE) ||
            !bck_base_temp(ld, st->rv.place.local) || !borrows_temp(b, st->rv.place))
            continue;
        Loan l = {0};
        l.place = st->rv.place;
        l.mut = st->rv.kind == RV_REF && st->rv.mut;
        l.span = b->locals.data[st->rv.place.local].span;
        l.block = mir_block_id(b, bb);
        l.index = mir_stmt_index(bb, st);
        l.activate = -1;
        l.holders = arena_alloc(&ld->c->arena, (size_t)b->locals.len);
        if (place_has_deref(st->place))
            l.stored = true;
        else
            l.holders[st->place.local] = true;
        vec_push(&ld->c->arena, &tl.loans, l);
        vec_push(&ld->c->arena, &sites, -1 - st->rv.place.local);
    }
    if (tl.loans.len == 0)
        return;
    bck_propagate_holders(&tl);
    for (int i = 0; i < tl.loans.len; i++) {
        Loan *l = &tl.loans.data[i];
        if (sites.data[i] < 0) {    /* one error per temporary, as rustc */
            LocalId t = -1 - sites.data[i];
            Local *tv = &b->locals.data[t];
            bool done = false;
            for (int k = 0; k < i; k++)
                done = done || (sites.data[k] == sites.data[i] && tl.loans.data[k].reported);
            if (done)
                continue;
            if (tv->stmt_temp) {
                check_one(&tl, l, tv->span, tv->temp_block, tv->temp_index, no_lifetime);
                continue;
            }
            LocalId v = let_holder(b, l);
            if (v >= 0)
                check_let(&tl, l, tv->span, tv->temp_block, tv->temp_index, v, no_lifetime);
            continue;
        }
        AllocSite *site = &b->sites.data[sites.data[i]];
        if (site->stmt_temp) {
            check_one(&tl, l, site->span, site->temp_block, site->temp_index, no_lifetime);
            continue;
        }
        LocalId v = let_variable(b, l->place.local, l->block, l->index);
        if (v >= 0)
            check_let(&tl, l, site->span, site->temp_block, site->temp_index, v, no_lifetime);
    }
}
