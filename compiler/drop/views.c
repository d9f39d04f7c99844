/*
 * views.c: variables that only view a value another local keeps alive,
 * never counted (docs/RUNTIME.md, "What makes counting cheap").
 *
 * `for _, s := range shapes { n += s.Area() }` copies each element into
 * s; counting that copy is a retain and a release per element, though
 * the range's own copy of the slice already keeps every element alive.
 * x is a view of its base b when:
 *
 *   - x is an unaddressed local (a variable or a temporary) holding
 *     references, without a drop method (a copy of such a value is a
 *     value of its own);
 *   - every assignment to x is `x = copy P`, P being b itself or a part of
 *     it reached without a pointer (`b[i]`, `b[i].f`; a slice's element
 *     counts: b holds the array); b is an argument, a variable or a
 *     temporary used beyond its own block (so it owns a drop flag and dies
 *     at its scope's end, never right after one use), unaddressed, not a
 *     view itself, and b's value is never copied whole into a new home
 *     (so no last use hands it away);
 *   - x is only read: its whole value is never copied into a new home
 *     (an assignment, a call that owns its argument, an interface, an
 *     append), only read in part, passed to a lent parameter, used as an
 *     interface call's receiver or asserted; nothing is stored into x;
 *   - while x is live (before or after a statement, by backward liveness)
 *     nothing can overwrite what P holds: no store into any place with a
 *     projection (an element, a field, through a pointer) but the
 *     initialisation of a fresh allocation, no assignment to b, no
 *     StorageDead(b), no copy(), append, map write or delete, no call of a
 *     body that may write memory (lent.c's pure bodies), of a func value
 *     or of a library function, no interface call of a method a body of
 *     that name might be that is not pure (or one of the library's
 *     writers), no deferred calls run.
 *
 * Then b's reference keeps x's value alive for as long as x is used, as a
 * caller's reference keeps a lent parameter's: x gets no drop flag, and
 * neither its assignments nor its death count anything. `lent` is NULL
 * before lent.c knows the lent parameters (a use as a lent argument then
 * disqualifies), so lent.c's answer may only grow the set.
 */
#include "drop.h"
#include "../lib/lib.h"

#include <string.h>

static bool is_view_def(Body *b, MirStmt *st, LocalId x, LocalId *base) {
    if (st->kind != ST_ASSIGN || st->place.local != x)
        return false;
    if (st->place.nproj || st->rv.kind != RV_USE || st->rv.args.data[0].kind == OPD_CONST)
        return false;
    Place p = st->rv.args.data[0].place;
    if (place_has_deref(p) || p.local == x)
        return false;
    (void)b;
    *base = p.local;
    return true;
}

/* An interface call: pure when every body that is a method of that name
 * is (the wrappers itabs hold call such a body). */
static bool icall_pure(MirProgram *p, const bool *pure, Rvalue *rv) {
    Type *it = rv->args.data[0].type;
    if (!it || it->kind != T_IFACE || rv->func < 0 || rv->func >= it->imethods.len)
        return false;
    Sym m = it->imethods.data[rv->func].name;
    const char *inames[64];
    int n = it->imethods.len < 64 ? it->imethods.len : 64;
    for (int i = 0; i < n; i++)
        inames[i] = it->imethods.data[i].name;
    if (lib_iface_method_writes(inames, n, m))   /* a library type's writer (packages.def) */
        return false;
    size_t ml = strlen(m);
    for (int i = 0; i < p->bodies.len; i++) {
        const char *n = p->bodies.data[i]->name;
        size_t nl = strlen(n);
        if (nl > ml && n[nl - ml - 1] == '.' && strcmp(n + nl - ml, m) == 0 && !pure[i])
            return false;
    }
    return true;
}

/* May st overwrite memory a view reads (any base's parts)? */
static bool writes(MirProgram *p, const bool *pure, Body *b, MirStmt *st) {
    if (st->kind == ST_ASSIGN && st->place.nproj) {
        Local *d = &b->locals.data[st->place.local];
        bool init = st->place.proj[0].kind == PJ_DEREF && d->kind == LOCAL_TEMP && d->init_site >= 0;
        if (!init)
            return true;
    }
    if (!mir_stmt_has_rvalue(st))
        return false;
    Rvalue *rv = &st->rv;
    switch (rv->kind) {
    case RV_APPEND:
        return true;
    case RV_ICALL:
        return !icall_pure(p, pure, rv);
    case RV_CALL: {
        Operand *callee = &rv->args.data[0];
        return callee->kind != OPD_CONST || callee->c.kind != CONST_FUNC || !pure[callee->c.func];
    }
    case RV_INTRINSIC:
        return rv->intrinsic == IN_COPY || rv->intrinsic == IN_MAP_SET || rv->intrinsic == IN_MAP_DELETE ||
               rv->intrinsic == IN_DEFER_RETURN || rv->intrinsic == IN_DEFER_UNWIND;
    default:
        return false;
    }
}

/* Is base b's value never handed away whole (a copy into a new home that
 * is not a view's own definition)? */
static bool keeps_value(MirProgram *p, Body *b, LocalId base, const bool *cand, bool lent) {
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        Rvalue *rv = &st->rv;
        if (st->kind == ST_ASSIGN && st->place.nproj == 0 && cand[st->place.local] && rv->kind == RV_USE)
            continue;   /* x = copy b: the view's definition */
        mir_foreach_operand(rv, o) {
            int k = mir_operand_index(rv, o);
            if (o->kind != OPD_CONST && o->place.local == base && o->place.nproj == 0 && drop_consuming(rv, k) &&
                !(lent && drop_lent_arg(p, rv, k)))
                return false;
        }
    }
    return true;
}

bool *drop_find_views(Ctx *c, MirProgram *p, Body *b, const bool *pure, bool lent) {
    int n = b->locals.len;
    Arena *a = &c->arena;
    bool *view = arena_alloc(a, (size_t)n + 1);
    LocalId *base = arena_alloc(a, sizeof(LocalId) * (size_t)(n + 1));
    int *nblocks = arena_alloc(a, sizeof(int) * (size_t)(n + 1));     /* temporaries: blocks mentioning them */
    int *lastblk = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    bool any = false;
    for (LocalId l = 0; l < n; l++) {
        Local *lc = &b->locals.data[l];
        base[l] = -1;
        lastblk[l] = -1;
        view[l] = (lc->kind == LOCAL_USER || lc->kind == LOCAL_TEMP) && !lc->addressed &&
                  type_needs_release(lc->type) && !type_needs_drop(lc->type);
        any |= view[l];
    }
    if (!any)
        return view;
    /* definitions, and the uses of a candidate's whole value */
    mir_foreach_block(b, bb) {
        int bi = mir_block_id(b, bb);
        mir_foreach_stmt_in(bb, st) {
            if (st->kind == ST_ASSIGN) {
                LocalId x = st->place.local, bl;
                if (view[x]) {
                    if (!is_view_def(b, st, x, &bl) || (base[x] >= 0 && base[x] != bl))
                        view[x] = false;
                    else
                        base[x] = bl;
                }
            }
            if (!mir_stmt_has_rvalue(st))
                continue;
            Rvalue *rv = &st->rv;
            if (mir_rvalue_has_place(rv) && rv->place.local < n && lastblk[rv->place.local] != bi) {
                lastblk[rv->place.local] = bi;
                nblocks[rv->place.local]++;
            }
            mir_foreach_operand(rv, o) {
                if (o->kind == OPD_CONST)
                    continue;
                LocalId l = o->place.local;
                if (lastblk[l] != bi) {
                    lastblk[l] = bi;
                    nblocks[l]++;
                }
                int k = mir_operand_index(rv, o);
                if (view[l] && o->place.nproj == 0 && drop_consuming(rv, k) && !(lent && drop_lent_arg(p, rv, k)))
                    view[l] = false;
            }
        }
    }
    /* the bases */
    for (LocalId x = 0; x < n; x++) {
        if (!view[x])
            continue;
        LocalId bl = base[x];
        Local *bc = bl >= 0 ? &b->locals.data[bl] : NULL;
        if (!bc || bc->addressed || !(bc->kind == LOCAL_USER || bc->kind == LOCAL_ARG ||
                                      (bc->kind == LOCAL_TEMP && nblocks[bl] > 1)))
            view[x] = false;
    }
    /* a view's base is no view (its value could go first); the inner one
       (the element, not the range's copy of the slice) is what counts */
    bool *is_base = arena_alloc(a, (size_t)n + 1);
    for (LocalId x = 0; x < n; x++)
        if (view[x])
            is_base[base[x]] = true;
    for (LocalId x = 0; x < n; x++)
        view[x] &= !is_base[x];
    bool *cand = arena_alloc(a, (size_t)n + 1);
    memcpy(cand, view, (size_t)n + 1);
    for (LocalId x = 0; x < n; x++)
        if (view[x] && !keeps_value(p, b, base[x], cand, lent))
            view[x] = false;
    /* nothing overwrites a base's parts while its view is live */
    Liveness lv = mir_liveness(c, b);
    BitSet after = bitset_new(a, n), before = bitset_new(a, n);
    mir_foreach_block(b, bb) {
        BlockId i = mir_block_id(b, bb);
        bitset_copy(&after, &lv.out[i]);
        mir_live_term(&after, &bb->term);
        for (int j = bb->stmts.len - 1; j >= 0; j--) {
            MirStmt *st = &bb->stmts.data[j];
            bitset_copy(&before, &after);
            mir_live_stmt(&before, st);
            bool w = writes(p, pure, b, st);
            for (LocalId x = 0; x < n; x++) {
                if (!view[x])
                    continue;
                bool live = bitset_get(&after, x) || bitset_get(&before, x);
                if (!live)
                    continue;
                LocalId bl = base[x];
                bool hits_base = (st->kind == ST_ASSIGN && st->place.local == bl) ||
                                 ((st->kind == ST_STORAGE_DEAD || st->kind == ST_STORAGE_LIVE) && st->local == bl);
                if (w || hits_base)
                    view[x] = false;
            }
            bitset_copy(&after, &before);
        }
    }
    return view;
}
