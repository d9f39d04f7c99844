/*
 * maps.c: maps under --borrowck, as Rust's HashMap<K, V>.
 *
 * The MIR reaches a map through intrinsics whose first operand is the map,
 * often a temporary copy of the variable (`_8 = copy m; mapset(copy _8,
 * k, v)`). The copy is not the access: the intrinsic is, and what it does
 * to the map is what the HashMap method it stands for does:
 *   m[k] = v, m[k] op= v   mapset      m.insert(k, v)      &mut m
 *   delete(m, k)           mapdelete   m.remove(&k)        &mut m
 *   m[k], v, ok := m[k]    mapget(2)   m[&k], m.get(&k)    &m
 *   len(m)                 maplen      m.len()             &m
 *   for k, v := range m    mapnext..   for (k, v) in &m    &m, for the loop
 * So map_root follows a temporary back to the place it copies; the copy
 * itself accesses nothing (bck_map_access says "skip"); the intrinsic
 * accesses the root as shared or mutable. ML0, like Go, has no local
 * mutability (`let mut`): as for slices, a write is a mutable borrow of the
 * variable, never an error by itself.
 *
 * Ranging over a map is a shared loan on the map held by the loop's copy
 * of it (live until the loop ends): inserting or deleting in the loop is
 * E0502, moving the map E0505. A value stored into a map (`m[k] = &x`)
 * makes the map a holder of the value's loans, so the map keeps them
 * (E0506 for `x = 2` while m is used later), and a value read from it
 * holds them again (loans.c's propagation through mapget).
 *
 * Maps of maps: `mm[a][b] = v` writes into a value reached through
 * HashMap's Index, which gives only a shared reference: E0596, as rustc
 * for `mm[&a].insert(b, v)`; reading `mm[a][b]` is fine. So is writing an
 * element of a slice held by a map (`ms[k][0] = v`, Vec's IndexMut:
 * E0596) or through a Box or pointer held by one (`*mb[k] = v`: E0594,
 * an assignment behind a shared reference). A write to a map
 * reached through a shared `*map[K]V` is E0596 too (`p.insert(..)` with
 * p: &HashMap). Go has no `&m[k]`, so neither has ML0; moving a non-Copy
 * value out of `m[k]` is moves.c's E0507.
 */
#include "borrowck.h"

#include <string.h>

struct MapInfo {
    MirStmt **def;      /* per local: its only assignment, or NULL */
    bool *recv;         /* per local: used as a map intrinsic's map */
};

static bool is_map_intrinsic(Rvalue *rv) {
    if (rv->kind != RV_INTRINSIC || rv->args.len == 0)
        return false;
    switch (rv->intrinsic) {
    case IN_MAP_GET: case IN_MAP_GET2: case IN_MAP_SET: case IN_MAP_DELETE:
    case IN_MAP_LEN: case IN_MAP_NEXT: case IN_MAP_KEY: case IN_MAP_VAL:
        return true;
    default:
        return false;
    }
}

static bool writes_map(Rvalue *rv) {
    return rv->intrinsic == IN_MAP_SET || rv->intrinsic == IN_MAP_DELETE;
}

static struct MapInfo *map_info(LoanData *ld) {
    if (ld->maps)
        return ld->maps;
    Body *b = ld->b;
    struct MapInfo *mi = arena_alloc(&ld->c->arena, sizeof *mi);
    mi->def = arena_alloc(&ld->c->arena, sizeof(MirStmt *) * (size_t)b->locals.len);
    mi->recv = arena_alloc(&ld->c->arena, (size_t)b->locals.len);
    bool *many = arena_alloc(&ld->c->arena, (size_t)b->locals.len);
    mir_foreach_stmt(b, bb, st) {
        if (st->kind == ST_ASSIGN && st->place.nproj == 0) {
            LocalId l = st->place.local;
            if (mi->def[l])
                many[l] = true;
            mi->def[l] = st;
        }
        if (mir_stmt_has_rvalue(st) && is_map_intrinsic(&st->rv) && st->rv.args.data[0].kind != OPD_CONST &&
            st->rv.args.data[0].place.nproj == 0)
            mi->recv[st->rv.args.data[0].place.local] = true;
    }
    for (int l = 0; l < b->locals.len; l++)
        if (many[l])
            mi->def[l] = NULL;
    ld->maps = mi;
    return mi;
}

static bool is_temp(Body *b, LocalId l) { return b->locals.data[l].kind == LOCAL_TEMP; }

/* The place a map operand stands for, through temporaries that copy it;
 * *index is the mapget it was read out of (a map inside a map), or NULL. */
static Place map_root(LoanData *ld, Operand *o, Rvalue **index) {
    struct MapInfo *mi = map_info(ld);
    Place p = o->place;
    *index = NULL;
    for (int guard = 0; guard < 64 && p.nproj == 0 && is_temp(ld->b, p.local); guard++) {
        MirStmt *d = mi->def[p.local];
        if (!d)
            break;
        if (d->rv.kind == RV_INTRINSIC && (d->rv.intrinsic == IN_MAP_GET)) {
            *index = &d->rv;
            break;
        }
        if (d->rv.kind != RV_USE || d->rv.args.data[0].kind == OPD_CONST)
            break;
        p = d->rv.args.data[0].place;
    }
    return p;
}

int bck_map_access(LoanData *ld, MirStmt *st, Operand *o, Place *root, BckAccess *a) {
    Rvalue *rv = &st->rv;
    if (o->kind == OPD_CONST || !o->type || o->type->kind != T_MAP)
        return 0;
    if (is_map_intrinsic(rv) && o == &rv->args.data[0]) {
        Rvalue *index;
        *root = map_root(ld, o, &index);
        *a = writes_map(rv) ? ACC_MUT : ACC_SHARED;
        return 1;
    }
    /* `_t = copy m` for an intrinsic: the intrinsic is the access */
    if (st->kind == ST_ASSIGN && rv->kind == RV_USE && o->kind == OPD_COPY && st->place.nproj == 0 &&
        is_temp(ld->b, st->place.local) && map_info(ld)->recv[st->place.local])
        return 2;
    return 0;
}

/* Where statement d is: its block and index, or block -1. */
static void position_of(Body *b, MirStmt *d, int *block, int *index) {
    *block = *index = -1;
    mir_foreach_block(b, db) {
        mir_foreach_stmt_in(db, s) if (s == d) {
            *block = mir_block_id(b, db);
            *index = mir_stmt_index(db, s);
        }
    }
}

/* The loans a map lends:
 *  - `for k, v := range m`: `_t = copy m` feeding mapnext is a shared
 *    loan of m held by _t for the whole loop (`for (k, v) in &m`);
 *  - `_t = m[k]` (or `m[k]` with `, ok`) of a non-Copy V into a
 *    temporary: a shared loan of m held by _t (HashMap's Index and get
 *    give `&V`), so what is made from it (a method call's result, a
 *    range over an inner map) keeps m borrowed. Moving it into a variable
 *    is E0507 (moves.c); a Copy V is copied out and borrows nothing. */
void bck_map_loans(LoanData *ld) {
    Body *b = ld->b;
    struct MapInfo *mi = map_info(ld);
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st) || st->rv.kind != RV_INTRINSIC || st->rv.args.len == 0 ||
            st->rv.args.data[0].kind == OPD_CONST)
            continue;
        Rvalue *rv = &st->rv;
        if ((rv->intrinsic == IN_MAP_GET || rv->intrinsic == IN_MAP_GET2) && st->kind == ST_ASSIGN &&
            st->place.nproj == 0 && is_temp(b, st->place.local)) {
            Type *v = rv->args.data[0].type->kind == T_MAP ? rv->args.data[0].type->elem : NULL;
            if (!v || type_is_copy(v) || bck_map_entry_update(b, st))
                continue;   /* (m[k] = append(m[k], x): the store is the access) */
            Rvalue *index;
            Place root = map_root(ld, &rv->args.data[0], &index);
            Loan l = bck_new_loan(ld, root, false, rv->span, mir_block_id(b, bb), mir_stmt_index(bb, st));
            l.holders[st->place.local] = true;
            vec_push(&ld->c->arena, &ld->loans, l);
            continue;
        }
        if (rv->intrinsic != IN_MAP_NEXT)
            continue;
        LocalId t = rv->args.data[0].place.local;
        MirStmt *d = mi->def[t];
        if (!is_temp(b, t) || !d || d->rv.kind != RV_USE || d->rv.args.data[0].kind == OPD_CONST)
            continue;
        Operand *o = &d->rv.args.data[0];
        bool dup = false;   /* one loan per loop (mapnext is in its head once) */
        for (int k = 0; k < ld->loans.len && !dup; k++)
            dup = ld->loans.data[k].holders[t] && ld->loans.data[k].place.local == o->place.local;
        int block, index;
        position_of(b, d, &block, &index);
        if (dup || block < 0)
            continue;
        Loan l = bck_new_loan(ld, o->place, false, o->span.hi > 0 ? o->span : d->span, block, index);
        l.holders[t] = true;
        vec_push(&ld->c->arena, &ld->loans, l);
    }
}

/* Is the map at root reached through a pointer that outlives the call: a
 * parameter (`(*p)[k] = v` with p *mut map[K]V), a closure's environment,
 * or a global (`gm[k] = v`, through a temporary holding `&gm`)? */
static bool outlives_call(LoanData *ld, Place root) {
    if (!place_has_deref(root))
        return false;
    LocalKind k = ld->b->locals.data[root.local].kind;
    if (k == LOCAL_ARG || k == LOCAL_ENV)
        return true;
    return bck_global_of(ld->c, ld->b, &ld->globals, root.local) >= 0;
}

/* `m[k] = v` with v (or k) holding a loan: m holds it from now on, and so
 * does the temporary copy the insert goes through; a map that outlives
 * the call (a global's, a parameter's) makes the loan outlive it too
 * (E0597 when the borrowed local dies, as for `*q = &x`). */
bool bck_map_store_holders(LoanData *ld, MirStmt *st) {
    Rvalue *rv = &st->rv;
    if (st->kind != ST_EVAL || rv->kind != RV_INTRINSIC || rv->intrinsic != IN_MAP_SET ||
        rv->args.len < 3 || rv->args.data[0].kind == OPD_CONST)
        return false;
    Rvalue *index;
    Place root = map_root(ld, &rv->args.data[0], &index);
    LocalId m = rv->args.data[0].place.local;
    bool changed = false;
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *l = &ld->loans.data[k];
        bool holds = false;
        for (int i = 1; i < 3; i++) {
            Operand *o = &rv->args.data[i];
            holds |= o->kind != OPD_CONST && l->holders[o->place.local] && type_has_pointers(o->type);
        }
        if (!holds)
            continue;
        if (outlives_call(ld, root) && !l->escapes) {
            l->escapes = changed = true;
            if (!l->stored_at)
                l->stored_at = st;
        }
        if (!l->holders[m])
            l->holders[m] = changed = true;
        if (!l->holders[root.local])
            l->holders[root.local] = changed = true;
    }
    return changed;
}

/* The first dereference of a shared `*T` in p, as a place, or -1 (in a
 * closure body, after the captured variable: the environment's own
 * pointers are not the program's, bck_capture_len). */
static int shared_deref_at(Body *b, Place p) {
    int k = bck_capture_len(b, p);
    Type *t = k ? p.proj[k - 1].type : b->locals.data[p.local].type;
    for (int i = k; i < p.nproj; i++) {
        if (p.proj[i].kind == PJ_DEREF && t->kind == T_PTR && !t->mut)
            return i;
        t = p.proj[i].type;
    }
    return -1;
}

/* The mapget whose temporary p is rooted at, when p goes into the value
 * (`_t[0]`, `(*_t)`, `_t.f`), or NULL. */
static Rvalue *into_map_value(LoanData *ld, Place p) {
    MirStmt *d = p.nproj && is_temp(ld->b, p.local) ? map_info(ld)->def[p.local] : NULL;
    return d && d->rv.kind == RV_INTRINSIC && d->rv.intrinsic == IN_MAP_GET ? &d->rv : NULL;
}

/* A write into a value held by a map (`ms[k][0] = v`, `*mb[k] = v`), or a
 * `&mut` of part of it: HashMap's Index gives a shared reference. An
 * element of a slice is reached through Vec's IndexMut, a mutable borrow
 * of the map's value: E0596; a write through a Box or pointer is an
 * assignment behind that reference: E0594. */
static void check_map_value_write(LoanData *ld, MirStmt *st) {
    Ctx *c = ld->c;
    bool borrow = st->kind == ST_ASSIGN && st->rv.kind == RV_REF && st->rv.mut;
    Place p = borrow ? st->rv.place : st->place;
    Rvalue *get = st->kind == ST_ASSIGN ? into_map_value(ld, p) : NULL;
    if (!get)
        return;
    Type *t = ld->b->locals.data[p.local].type;
    for (int i = 0; i < p.nproj && !borrow; i++) {
        borrow = (p.proj[i].kind == PJ_INDEX || p.proj[i].kind == PJ_CONST_INDEX) && t->kind == T_SLICE;
        t = p.proj[i].type;
    }
    const char *map = type_name(c, get->args.data[0].type);
    Diag *d = borrow ? diag_error_code(c, "E0596", st->span, "cannot borrow data in an index of `%s` as mutable", map)
                     : diag_error_code(c, "E0594", st->span, "cannot assign to data in an index of `%s`", map);
    diag_label(c, d, st->span, true, borrow ? "cannot borrow as mutable" : "cannot assign");
    diag_help(c, d, "a map's index gives a shared reference (Rust's `Index`, not `IndexMut`): "
              "change a copy of the value, then store it (`v := m[k]; ...; m[k] = v`)");
}

/* E0596: inserting into or deleting from a map reached through another
 * map's index, or through a shared pointer; E0596/E0594: writing into a
 * value held by a map (check_map_value_write). */
void bck_check_map_writes(LoanData *ld) {
    Ctx *c = ld->c;
    Body *b = ld->b;
    mir_foreach_stmt(b, bb, st) {
        check_map_value_write(ld, st);
        Rvalue *rv = &st->rv;
        if (!mir_stmt_has_rvalue(st) || !is_map_intrinsic(rv) || !writes_map(rv) ||
            rv->args.data[0].kind == OPD_CONST)
            continue;
        Rvalue *index;
        Place root = map_root(ld, &rv->args.data[0], &index);
        if (index) {
            Diag *d = diag_error_code(c, "E0596", st->span, "cannot borrow data in an index of `%s` as mutable",
                                      type_name(c, index->args.data[0].type));
            diag_label(c, d, st->span, true, "cannot borrow as mutable");
            diag_help(c, d, "a map's index gives a shared reference (Rust's `Index`, not `IndexMut`): "
                      "build the inner map first, then store it (`inner[k] = v; %s = inner`)",
                      "m[key]");
            continue;
        }
        if (bck_range_map_write(c, b, root, st->span))
            continue;   /* `for _, inner := range mm { inner[k] = v }`: inner is a `&HashMap` */
        int at = shared_deref_at(b, root);
        if (at < 0 || b->locals.data[root.local].kind == LOCAL_TEMP)
            continue;
        Place p = root;
        p.nproj = at + 1;
        const char *name = b->locals.data[root.local].name;
        /* in a closure, the captured p: rustc reports the capture, where
           the closure is made (as loans.c's check_shared_writes) */
        Span sp = st->span;
        if (bck_capture_len(b, root)) {
            name = root.proj[0].type->fields.data[root.proj[1].field].name;
            sp = b->span;
        }
        Diag *d = diag_error_code(c, "E0596", sp, "cannot borrow `*%s` as mutable, as it is behind a `&` reference",
                                  name ? name : "value");
        diag_label(c, d, sp, true, "`%s` is a `*T` pointer, so the data it refers to cannot be borrowed as mutable",
                   name ? name : "value");
        diag_help(c, d, "consider changing this to be a mutable pointer: `*mut %s`",
                  type_name(c, p.proj[at].type));
    }
}

/* ---- m[k] = append(m[k], x): Rust's m.entry(k).or_default().push(x) ---- */

/* The only assignment to temporary t, or NULL. */
static MirStmt *only_def(Body *b, LocalId t) {
    MirStmt *d = NULL;
    mir_foreach_stmt(b, bb, st)
        if (st->kind == ST_ASSIGN && st->place.local == t) {
            if (d || st->place.nproj)
                return NULL;
            d = st;
        }
    return d;
}

/* The variable (or constant) operand o stands for, through temporaries
 * that copy or move it. */
static Operand root_operand(Body *b, Operand o) {
    for (int guard = 0; guard < 16 && o.kind != OPD_CONST && o.place.nproj == 0 && is_temp(b, o.place.local);
         guard++) {
        MirStmt *d = only_def(b, o.place.local);
        if (!d || d->rv.kind != RV_USE)
            break;
        o = d->rv.args.data[0];
    }
    return o;
}

static bool same_operand(Body *b, Operand x, Operand y) {
    x = root_operand(b, x);
    y = root_operand(b, y);
    if (x.kind == OPD_CONST || y.kind == OPD_CONST) {
        if (x.kind != OPD_CONST || y.kind != OPD_CONST || x.c.kind != y.c.kind)
            return false;
        switch (x.c.kind) {
        case CONST_INT: case CONST_BOOL: return x.c.i == y.c.i;
        case CONST_STRING:
            return x.c.s.len == y.c.s.len && (x.c.s.len == 0 || memcmp(x.c.s.ptr, y.c.s.ptr, (size_t)x.c.s.len) == 0);
        default: return false;
        }
    }
    return x.place.nproj == 0 && y.place.nproj == 0 && x.place.local == y.place.local;
}

/* How many statements of b name local l (in a place or an operand). */
static int mentions(Body *b, LocalId l) {
    int n = 0;
    mir_foreach_stmt(b, bb, st) {
        if (st->kind == ST_ASSIGN && st->place.local == l)
            n++;
        if (!mir_stmt_has_rvalue(st))
            continue;
        mir_foreach_operand(&st->rv, o)
            n += o->kind != OPD_CONST && o->place.local == l;
        n += mir_rvalue_has_place(&st->rv) && st->rv.place.local == l;
    }
    mir_foreach_block(b, bb)
        n += bb->term.kind == TM_BRANCH && bb->term.cond.kind != OPD_CONST && bb->term.cond.place.local == l;
    return n;
}

/* The statement after st in its block that names temporary t, or NULL. */
static MirStmt *next_use(Body *b, MirStmt *st, LocalId t) {
    mir_foreach_block(b, bb) {
        mir_foreach_stmt_in(bb, s) {
            if (s != st)
                continue;
            for (MirStmt *n = s + 1; n < bb->stmts.data + bb->stmts.len; n++) {
                if (!mir_stmt_has_rvalue(n))
                    continue;
                mir_foreach_operand(&n->rv, o)
                    if (o->kind != OPD_CONST && o->place.local == t)
                        return n;
            }
            return NULL;
        }
    }
    return NULL;
}

/* Is the variable operand o stands for never addressed, and not assigned
 * between statements from and to (of one block)? */
static bool unchanged(Body *b, Operand o, MirStmt *from, MirStmt *to) {
    o = root_operand(b, o);
    if (o.kind == OPD_CONST)
        return true;
    if (b->locals.data[o.place.local].addressed)
        return false;
    for (MirStmt *s = from + 1; s < to; s++)
        if (s->kind == ST_ASSIGN && s->place.local == o.place.local)
            return false;
    return true;
}

bool bck_map_entry_update(Body *b, MirStmt *get) {
    if (get->kind != ST_ASSIGN || get->rv.kind != RV_INTRINSIC || get->rv.intrinsic != IN_MAP_GET ||
        get->place.nproj || !is_temp(b, get->place.local) || get->rv.args.len < 2 ||
        get->rv.args.data[0].kind == OPD_CONST || !get->rv.type || get->rv.type->kind != T_SLICE)
        return false;
    LocalId t = get->place.local;
    MirStmt *app = next_use(b, get, t);
    if (!app || app->kind != ST_ASSIGN || app->rv.kind != RV_APPEND || app->place.nproj ||
        !is_temp(b, app->place.local) || app->rv.args.data[0].kind != OPD_MOVE ||
        app->rv.args.data[0].place.local != t || app->rv.args.data[0].place.nproj || mentions(b, t) != 2)
        return false;
    LocalId u = app->place.local;
    MirStmt *set = next_use(b, app, u);
    if (!set || set->kind != ST_EVAL || set->rv.kind != RV_INTRINSIC || set->rv.intrinsic != IN_MAP_SET ||
        set->rv.args.len < 3 || set->rv.args.data[2].kind != OPD_MOVE || set->rv.args.data[2].place.local != u ||
        set->rv.args.data[2].place.nproj || mentions(b, u) != 2)
        return false;
    /* the same map and the same key (a constant, or one variable that
       nothing can change in between) */
    return same_operand(b, get->rv.args.data[0], set->rv.args.data[0]) &&
           same_operand(b, get->rv.args.data[1], set->rv.args.data[1]) &&
           unchanged(b, get->rv.args.data[0], get, set) && unchanged(b, get->rv.args.data[1], get, set);
}

/* Is st a write into a map (`m[k] = v`, `delete(m, k)`), and which place
 * does its map operand copy (through the lowering's temporaries)? For a
 * closure's body (captures.c, loans.c): a write into a captured map is a
 * mutable use of the capture (the twin's `m.insert(k, v)` borrows m
 * mutably: FnMut), though the MIR only reads the map's header. */
bool bck_map_write_root(Body *b, MirStmt *st, Place *root) {
    Rvalue *rv = &st->rv;
    if (!mir_stmt_has_rvalue(st) || !is_map_intrinsic(rv) || !writes_map(rv) || rv->args.data[0].kind == OPD_CONST)
        return false;
    Place p = rv->args.data[0].place;
    for (int guard = 0; guard < 64 && p.nproj == 0 && is_temp(b, p.local); guard++) {
        MirStmt *d = only_def(b, p.local);
        if (!d || d->rv.kind != RV_USE || d->rv.args.data[0].kind == OPD_CONST)
            break;
        p = d->rv.args.data[0].place;
    }
    *root = p;
    return true;
}
