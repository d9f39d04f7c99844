/*
 * loans.c: borrows and their lifetimes, non-lexically (rustc's NLL in a
 * small form).
 *
 * A loan is one `&place` / `&mut place` in the MIR, including a reborrow
 * through a dereference (`&*p`, `&(*b).f`), and each variable a closure
 * captures (Rust closures borrow what they capture). The locals that may
 * hold it are found flow-insensitively: the local it is assigned to, and
 * every local that later receives a value read from a holder (copies,
 * aggregates, reborrows, and the results of calls given a holder, by
 * Rust's elision rule). The loan's region is the set of points where a
 * holder is live (used later); a loan stored into the return value or
 * through a parameter or a global must live as long as the function's
 * caller needs it, so its region is every point after it. A loan is *in
 * scope* at a point reachable from where it was issued through points of
 * its region only (rustc's "borrows out of scope" walk): reassigning a
 * reference ends its old loan. Accesses that conflict with an in-scope
 * loan (places_conflict below) become Conflicts for explain.c:
 *   write to a borrowed place            E0506
 *   move out of a borrowed place         E0505
 *   read of a mutably borrowed place     E0503
 *   &mut of a borrowed place             E0499 / E0502
 *   & of a mutably borrowed place        E0502 (println borrows)
 *   StorageDead of a borrowed local      E0597
 *   a loan on a local reaching _0        E0515 (E0373 for a closure)
 *   a write through a shared pointer     E0594
 * Loans through a shared `*T` are not tracked (rustc neither): nothing can
 * invalidate what a shared pointer reaches except through that pointer's
 * own loan, which the holders carry.
 */
#include "borrowck.h"
#include "../lib/lib.h"

#include <stdlib.h>
#include <string.h>

/* ---- place algebra (rustc's places_conflict) ----------------------------- */

/* The type a place has before its projection i. */
static Type *base_type(Body *b, Place p, int i) {
    return i == 0 ? b->locals.data[p.local].type : p.proj[i - 1].type;
}

/* Is rv `iface T(_b, v)` with _b the box of a value lent to a library
 * call (its site's lent_box, mir/build_iface.c)? */
static bool lent_box(Body *b, Rvalue *rv) {
    Operand *bx = &rv->args.data[0];
    if (rv->args.len != 2 || bx->kind == OPD_CONST || bx->place.nproj)
        return false;
    int site = b->locals.data[bx->place.local].init_site;
    return site >= 0 && site < b->sites.len && b->sites.data[site].lent_box;
}

/* Does the place go through a dereference of a shared `*T`? (In a
 * closure body, not counting the environment's own pointers: a borrow of
 * a captured variable, `&(*(*env).x).f`, is tracked like one of a local;
 * bck_capture_len.) */
static bool through_shared(Body *b, Place p) {
    for (int i = bck_capture_len(b, p); i < p.nproj; i++)
        if (p.proj[i].kind == PJ_DEREF) {
            Type *t = base_type(b, p, i);
            if (t->kind == T_PTR && !t->mut)
                return true;
        }
    return false;
}

/* Is the place owned by its local: every dereference is of a Box? (A loan
 * on it dies with the local; `&*b` of a local Box is local data.) */
bool bck_place_owned(Body *b, Place p) {
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PJ_DEREF && base_type(b, p, i)->kind != T_BOX)
            return false;
    return true;
}

/* Does access a to place acc touch what loan place lp borrows? Distinct
 * fields are disjoint; an access to a prefix of the loan's place reaches
 * it, except that overwriting or killing a pointer (shallow) does not
 * touch what it points to; a Box owns its pointee, so overwriting or
 * killing the Box drops it. Two places indexing the same slice overlap
 * whatever follows the index: a slice is a Vec, and `&mut v[0].n` is
 * `&mut IndexMut::index_mut(&mut v, 0).n`, a loan of all of v, so
 * `&v[0].a` (Index's `&v`) conflicts with it (meth seed 936). An
 * array's elements are places (rustc: `a[0].n` and `a[1].a` are
 * disjoint fields after an index). */
static bool places_conflict(Body *b, Place lp, Place acc, BckAccess a) {
    if (lp.local != acc.local)
        return false;
    int n = lp.nproj < acc.nproj ? lp.nproj : acc.nproj;
    for (int i = 0; i < n; i++) {
        Proj *x = &lp.proj[i], *y = &acc.proj[i];
        if (x->kind == PJ_FIELD && y->kind == PJ_FIELD && x->field != y->field)
            return false;
        if ((x->kind == PJ_FIELD) != (y->kind == PJ_FIELD))
            return true;
        if ((x->kind == PJ_INDEX || x->kind == PJ_CONST_INDEX) && base_type(b, lp, i)->kind == T_SLICE)
            return true;
    }
    if (acc.nproj >= lp.nproj)
        return true;
    if (a == ACC_WRITE || a == ACC_DEAD)
        for (int i = acc.nproj; i < lp.nproj; i++)
            if (lp.proj[i].kind == PJ_DEREF && base_type(b, lp, i)->kind != T_BOX)
                return false;
    return true;
}

/* ---- loans and their holders --------------------------------------------- */

Loan bck_new_loan(LoanData *ld, Place p, bool mut, Span sp, int block, int index) {
    Loan l = {0};
    l.place = p;
    l.mut = mut;
    l.span = sp;
    l.block = block;
    l.index = index;
    l.activate = -1;
    l.holders = arena_alloc(&ld->c->arena, (size_t)ld->b->locals.len);
    return l;
}

static bool is_var(Body *b, LocalId l) {
    return b->locals.data[l].kind == LOCAL_USER || b->locals.data[l].kind == LOCAL_ARG;
}

/* Does p name a variable or a field of one, with no dereference: a local
 * of this body, or in a closure body a captured variable (`*(*env).x`,
 * bck_capture_len: what a nested closure captures by reference)? */
static bool var_place(Body *b, Place p) {
    int k = bck_capture_len(b, p);
    if (!k && !is_var(b, p.local))
        return false;
    for (int i = k; i < p.nproj; i++)
        if (p.proj[i].kind == PJ_DEREF)
            return false;
    return true;
}

/* Is local l an immutable binding in the Rust twin: a parameter the
 * body never assigns (`x: &mut i32`)? Locals are `let mut` (ML0's
 * variables are assignable, as the generators' twins write them). A
 * closure writing through a captured `*mut` x holds `*x` by a unique
 * immutable borrow of x only then (E0501, E0500, E0524); with `let mut
 * x` it holds `&mut *x`, a plain mutable borrow (E0502, E0499). */
static bool immutable_binding(Body *b, LocalId l) {
    if (b->locals.data[l].kind != LOCAL_ARG)
        return false;
    mir_foreach_stmt(b, bb, st)
        if (st->kind == ST_ASSIGN && st->place.local == l && st->place.nproj == 0)
            return false;
    return true;
}

/* A place one dereference further: *p. */
static Place deref_of(Ctx *c, Place p, Type *pointee) {
    Place q = p;
    q.proj = arena_alloc(&c->arena, sizeof(Proj) * (size_t)(p.nproj + 1));
    if (p.nproj)
        memcpy(q.proj, p.proj, sizeof(Proj) * (size_t)p.nproj);
    q.proj[p.nproj] = (Proj){.kind = PJ_DEREF, .type = pointee};
    q.nproj = p.nproj + 1;
    return q;
}

/* The type of parameter i (1-based, the receiver first) of the function
 * a call calls, or NULL when unknown. */
static Type *param_type(LoanData *ld, Rvalue *rv, int i) {
    Operand *f = &rv->args.data[0];
    if (f->kind == OPD_CONST && f->c.kind == CONST_FUNC && f->c.func < ld->prog->bodies.len) {
        Body *callee = ld->prog->bodies.data[f->c.func];
        return i <= callee->nargs && i < callee->locals.len ? callee->locals.data[i].type : NULL;
    }
    if (f->type && f->type->kind == T_FUNC && i - 1 < f->type->params.len)
        return f->type->params.data[i - 1];
    return NULL;
}

/* Passing a `*mut T` p reborrows it: `&mut *p` to a `*mut T` parameter,
 * `&*p` to a `*T` one (rustc's implicit reborrow). */
static bool reborrows_mut(LoanData *ld, Rvalue *rv, int i) {
    Type *pt = param_type(ld, rv, i);
    return !pt || pt->kind != T_PTR || pt->mut;
}

bool bck_reborrows_mut(LoanData *ld, Rvalue *rv, int i) { return reborrows_mut(ld, rv, i); }

/* Is p the variable a closure captured by reference as its environment's
 * field a, or a part of it: (*(*_1).a)...? */
static bool is_capture(Place p, int a) {
    return p.local == 1 && p.nproj >= 3 && p.proj[0].kind == PJ_DEREF && p.proj[1].kind == PJ_FIELD &&
           p.proj[1].field == a && p.proj[2].kind == PJ_DEREF;
}

/* Is p an element of a slice captured by value as field a, `(*env).a[i]...`?
 * Writing it is Vec's IndexMut: Rust's closure borrows the slice mutably. */
static bool captured_slice_elem(Place p, int a) {
    if (p.local != 1 || p.nproj < 3 || p.proj[0].kind != PJ_DEREF || p.proj[1].kind != PJ_FIELD ||
        p.proj[1].field != a)
        return false;
    for (int i = 2; i < p.nproj && p.proj[i].kind != PJ_DEREF; i++)
        if ((p.proj[i].kind == PJ_INDEX || p.proj[i].kind == PJ_CONST_INDEX) && p.proj[i - 1].type &&
            p.proj[i - 1].type->kind == T_SLICE)
            return true;
    return false;
}

/* Does closure body f need capture a mutably (FnMut): does it write it,
 * or borrow it mutably (`set(&mut x)`, a `*mut` method on it), or make a
 * closure that does (`func() { y := func() { set(&mut x) }; y() }`: the
 * inner closure's unique borrow of x is the outer one's)? */
static bool closure_writes_depth(LoanData *ld, Body *f, int a, int depth);

static bool closure_writes(LoanData *ld, Body *f, int a) {
    return closure_writes_depth(ld, f, a, 0);
}

/* Is st `_t = &x` of f's capture a, passed to a nested closure that needs
 * x mutably? */
static bool nested_writes(LoanData *ld, Block *bb, MirStmt *st, int a, int depth) {
    if (depth > 4 || st->kind != ST_ASSIGN || st->rv.kind != RV_REF || st->place.nproj ||
        !is_capture(st->rv.place, a) || st->rv.place.nproj != 3)
        return false;
    Operand *o = NULL;
    MirStmt *cl = bck_capturing_closure(bb, mir_stmt_index(bb, st), st->place.local, &o);
    if (!cl || !o || cl->rv.func < 0 || cl->rv.func >= ld->prog->bodies.len)
        return false;
    return closure_writes_depth(ld, ld->prog->bodies.data[cl->rv.func], mir_operand_index(&cl->rv, o), depth + 1);
}

static bool closure_writes_depth(LoanData *ld, Body *f, int a, int depth) {
    mir_foreach_stmt(f, bb, st) {
        if (nested_writes(ld, bb, st, a, depth))
            return true;
        if (st->kind == ST_ASSIGN && captured_slice_elem(st->place, a))
            return true;    /* v[i] = x */
        if (st->kind == ST_ASSIGN && st->rv.kind == RV_REF && st->rv.mut && captured_slice_elem(st->rv.place, a))
            return true;    /* &mut v[i] */
        if (st->kind == ST_ASSIGN && is_capture(st->place, a))
            return true;
        Place m;    /* m[k] = v on a captured map: `m.insert(k, v)` */
        if (bck_map_write_root(f, st, &m) && m.local == 1 && m.nproj >= 2 && m.proj[0].kind == PJ_DEREF &&
            m.proj[1].kind == PJ_FIELD && m.proj[1].field == a)
            return true;
        if (st->kind == ST_ASSIGN && st->rv.kind == RV_REF && st->rv.mut && is_capture(st->rv.place, a))
            return true;
        /* sb.WriteString(s) on a captured Builder: `&mut sb` */
        if (st->kind == ST_ASSIGN && st->rv.kind == RV_REF && is_capture(st->rv.place, a) &&
            bck_lib_mut_receiver(f, bb, mir_stmt_index(bb, st), st))
            return true;
        /* a captured `*mut` passed on to a `*mut` parameter: a reborrow
           `&mut *x` (to a `*T` one it is `&*x`: a read) */
        if (mir_stmt_has_rvalue(st) && st->rv.kind == RV_CALL)
            mir_foreach_operand_from(&st->rv, 1, o) {
                Place q = o->place;
                if (o->kind != OPD_CONST && q.local == 1 && q.nproj >= 2 && q.proj[0].kind == PJ_DEREF &&
                    q.proj[1].kind == PJ_FIELD && q.proj[1].field == a && o->type->kind == T_PTR && o->type->mut &&
                    reborrows_mut(ld, &st->rv, mir_operand_index(&st->rv, o)))
                    return true;
            }
    }
    return false;
}

/* Does closure body f write or mutably borrow the variable it captured by
 * reference as field a (`x = ...`, `&mut x`), not only what x points to? */
static bool closure_writes_var(Body *f, int a) {
    mir_foreach_stmt(f, bb, st) {
        if (st->kind == ST_ASSIGN && is_capture(st->place, a) && st->place.nproj == 3)
            return true;
        if (st->kind == ST_ASSIGN && st->rv.kind == RV_REF && st->rv.mut && is_capture(st->rv.place, a) &&
            st->rv.place.nproj == 3)
            return true;
    }
    return false;
}

/* The call, later in block bb, that temp t (a receiver's `&mut`, made at
 * index j) is passed to: where the two-phase borrow is activated. */
static int activation(Block *bb, int j, LocalId t) {
    for (int k = j + 1; k < bb->stmts.len; k++) {
        MirStmt *st = &bb->stmts.data[k];
        if (!mir_stmt_has_rvalue(st))
            continue;
        mir_foreach_operand(&st->rv, o)
            if (o->kind != OPD_CONST && o->place.local == t)
                return st->rv.kind == RV_CALL ? k : -1;
    }
    return -1;
}

/* Does p index a slice anywhere (`ps[0]`, `w.ps[0].q`, `(*bw).ps[0]`)?
 * A receiver's autoref of such a place is `&mut *v.index_mut(i)`: Vec's
 * IndexMut borrows v mutably before the arguments are evaluated, and that
 * `&mut v` is not two-phase (`ps[0].setN(len(ps))`: E0502, meth seeds). */
static bool indexes_slice(Body *b, Place p) {
    for (int i = 0; i < p.nproj; i++)
        if ((p.proj[i].kind == PJ_INDEX || p.proj[i].kind == PJ_CONST_INDEX) &&
            (i == 0 ? b->locals.data[p.local].type : p.proj[i - 1].type)->kind == T_SLICE)
            return true;
    return false;
}

/* Is `t = &place` (statement st, index j of bb) the receiver sema made
 * for a library method that changes it (lib_arg_lend: strings.Builder's
 * WriteString is `sb.push_str(s)`, `&mut self`)? It is then a two-phase
 * `&mut`, as a method's autoref is. */
bool bck_lib_mut_receiver(Body *b, Block *bb, int j, MirStmt *st) {
    LocalId t = st->place.local;
    if (st->kind != ST_ASSIGN || st->rv.kind != RV_REF || st->rv.mut || st->place.nproj ||
        b->locals.data[t].kind != LOCAL_TEMP)
        return false;
    int k = activation(bb, j, t);
    if (k < 0)
        return false;
    Rvalue *rv = &bb->stmts.data[k].rv;
    Operand *f = &rv->args.data[0];
    return rv->args.len > 1 && f->kind == OPD_CONST && f->c.kind == CONST_EXTERN && f->c.ext &&
           rv->args.data[1].kind != OPD_CONST && rv->args.data[1].place.local == t &&
           rv->args.data[1].place.nproj == 0 && mir_lib_lend(f->c.ext, 0) == LEND_MUT;
}

/* Is `t = &place` (statement st, index j of bb) a library value's
 * address converted, through copies in the block, to an interface with a
 * method that lib_arg_lend says takes that receiver mutably (a
 * strings.Builder as an io.Writer: `fmt.Fprintf(&sb, ...)` is the twin's
 * `write!(&mut sb, ...)`; an os.File stays shared)? It is then a `&mut`. */
static bool lib_iface_mut_ref(Body *b, Block *bb, int j, MirStmt *st) {
    if (st->kind != ST_ASSIGN || st->rv.kind != RV_REF || st->rv.mut || st->place.nproj)
        return false;
    Type *pt = mir_place_type(b, st->rv.place);
    const char *dot = pt && type_lib_methods(pt) && pt->name ? strchr(pt->name, '.') : NULL;
    if (!dot || dot - pt->name >= 16)
        return false;
    char pkg[16];   /* "strings" of "strings.Builder" */
    memcpy(pkg, pt->name, (size_t)(dot - pt->name));
    pkg[dot - pt->name] = 0;
    LocalId t = st->place.local;
    for (int k = j + 1; k < bb->stmts.len; k++) {
        MirStmt *u = &bb->stmts.data[k];
        if (u->kind != ST_ASSIGN || u->place.nproj || u->rv.args.len < 1)
            continue;
        Operand *o = &u->rv.args.data[0];
        if (o->kind == OPD_CONST || o->place.local != t || o->place.nproj)
            continue;
        if (u->rv.kind == RV_USE) {
            t = u->place.local;     /* a copy: follow it */
            continue;
        }
        if (u->rv.kind != RV_IFACE)
            return false;
        Type *it = b->locals.data[u->place.local].type;
        it = it ? type_underlying(it) : NULL;
        if (!it || it->kind != T_IFACE)
            return false;
        for (int m = 0; m < it->imethods.len; m++) {
            const LibMember *lm = lib_method(pkg, dot + 1, it->imethods.data[m].name);
            if (lm && mir_lib_lend(lm, 0) == LEND_MUT)
                return true;
        }
        return false;
    }
    return false;
}

/* Rust 2021 captures the fields a closure's body uses (captures.c): a
 * struct variable's capture is one loan per captured field path that the
 * closure does not move in, mutable where the body writes it (or, for a
 * field holding pointers, wherever the closure writes at all: a `*mut`
 * passed on). A field behind a captured `*mut` or Box is a place too
 * (`(*q).n`: rustc's capture of `q.n`). Into out/mut; returns how many,
 * or -1 to keep the loan of the whole variable (not a struct, a capture
 * of `*x` itself or through a shared `*T`). */
static int narrow_capture(LoanData *ld, MirStmt *st, Operand *o, Place *moved, int nm, bool writes, Place *out,
                          bool *mut, int max) {
    Body *b = ld->b;
    Place caps[8];
    bool cmut[8];
    int n = bck_closure_captures(ld->c, ld->prog, b, st, o, caps, cmut, 8);
    if (n <= 0)
        return -1;
    int r = 0;
    for (int i = 0; i < n; i++) {
        if (caps[i].nproj == 0 || caps[i].proj[caps[i].nproj - 1].kind != PJ_FIELD)
            return -1;
        for (int j = bck_capture_len(b, caps[i]); j < caps[i].nproj; j++) {
            /* through a `*mut` or a Box: rustc captures `(*q).n` too */
            Type *bt = base_type(b, caps[i], j);
            if (caps[i].proj[j].kind != PJ_FIELD &&
                !(caps[i].proj[j].kind == PJ_DEREF && (bt->kind == T_BOX || (bt->kind == T_PTR && bt->mut))))
                return -1;
        }
        bool gone = false;     /* moved in, or holding what is moved in */
        for (int m = 0; m < nm && !gone; m++)
            gone = bck_place_prefix(moved[m], caps[i]) || bck_place_prefix(caps[i], moved[m]);
        if (gone)
            continue;
        if (r >= max)
            return -1;
        out[r] = caps[i];
        mut[r++] = cmut[i] || (writes && type_has_pointers(mir_place_type(b, caps[i])));
    }
    return r;
}

/* Is local v a range loop's value of slice or string type
 * (range_values.c)? In Rust v is a `&Vec` or `&String`, and it holds the
 * loop's loan (bck_propagate_holders). */
static bool range_view(Body *b, LocalId v) {
    Type *t = b->locals.data[v].type;
    return t && (t->kind == T_SLICE || t->kind == T_STRING) && bck_range_value(b, v);
}

/* `&v[i]...` with v a range_view: Rust's `&v[i]` through the `&Vec` v
 * reborrows what the loop borrows, so it may outlive v (the new pointer
 * holds the loop's loan instead: reads_holder's `&h[i]`). Only through a
 * slice: v's own fields or an array in it are v's. */
static bool through_range_value(Body *b, Place p) {
    return p.nproj >= 1 && (p.proj[0].kind == PJ_INDEX || p.proj[0].kind == PJ_CONST_INDEX) &&
           range_view(b, p.local);
}

/* Is rv `iface T(_b, copy P)` formatting a Copy place P for a library
 * call (a lent box), P a variable's or reached through a pointer? */
static bool fmt_copy_operand(Body *b, Rvalue *rv) {
    if (rv->kind != RV_IFACE || !lent_box(b, rv) || rv->args.data[1].kind != OPD_COPY)
        return false;
    Local *v = &b->locals.data[rv->args.data[1].place.local];
    return place_has_deref(rv->args.data[1].place) || (v->kind != LOCAL_TEMP && !v->lent);
}

static void collect_loans(LoanData *ld) {
    Body *b = ld->b;
    mir_foreach_stmt(b, bb, st) {
        int i = mir_block_id(b, bb), j = mir_stmt_index(bb, st);    /* where a loan is issued */
        if (st->kind != ST_ASSIGN)
            continue;
        Rvalue *rv = &st->rv;
        /* `~arg = move s` lending s to a library call (mir/lends.c): `&s`
           (or `&mut s`) held by ~arg and what is made from it */
        LendKind lend = rv->kind == RV_USE ? mir_lends(b, st, &rv->args.data[0]) : LEND_NONE;
        if (lend && b->locals.data[rv->args.data[0].place.local].kind != LOCAL_TEMP) {
            Operand *o = &rv->args.data[0];
            Loan l = bck_new_loan(ld, o->place, lend == LEND_MUT, o->span.hi > 0 ? o->span : st->span, i, j);
            l.untracked = through_shared(b, o->place) || through_range_value(b, o->place);
            l.lent = true;
            l.holders[st->place.local] = true;
            vec_push(&ld->c->arena, &ld->loans, l);
            continue;
        }
        /* a Copy operand of fmt (`_i = iface T(_b, copy x)`, _b a lent box)
           is format_args!'s `&x`: a shared loan held by _i, so until the
           call (`fmt.Println(x, bump(&mut x))` is E0502) */
        if (fmt_copy_operand(b, rv) && st->place.nproj == 0) {
            Operand *o = &rv->args.data[1];
            Loan l = bck_new_loan(ld, o->place, false, o->span.hi > 0 ? o->span : st->span, i, j);
            l.untracked = through_shared(b, o->place) || through_range_value(b, o->place);
            l.lent = true;
            l.holders[st->place.local] = true;
            vec_push(&ld->c->arena, &ld->loans, l);
            continue;
        }
        if (rv->kind == RV_CLOSURE && !place_has_deref(st->place)) {
            /* a captured variable copied into the environment (Go's
               by-value capture) is still a borrow in Rust; one captured
               by reference (`_t = &x` just made) is a mutable borrow
               when the closure writes it (FnMut), spanning the closure */
            Body *f = rv->func >= 0 && rv->func < ld->prog->bodies.len ? ld->prog->bodies.data[rv->func] : NULL;
            if (f && f->fi && f->fi->defer_wrapper)
                continue;   /* `defer g(x)`'s wrapper owns the hidden variables it
                               captures (a `move` closure): what they hold is
                               carried by the closure's value (deferred_holders) */
            mir_foreach_operand(rv, o) {
                int a = mir_operand_index(rv, o);   /* the capture's field in the environment */
                /* a variable (or in a closure body a captured one, passed on
                   to a nested closure), or a temporary `&x` */
                if (o->kind == OPD_CONST || o->place.nproj != bck_capture_len(b, o->place))
                    continue;
                /* a capture the closure moves out is moved into it (moves.c), not borrowed */
                Place moved[8];
                int nm = bck_closure_moves(ld->c, ld->prog, b, st, o, moved, 8);
                bool whole = false;
                for (int m = 0; m < nm; m++)     /* (a nested closure's: all of our capture) */
                    whole = whole || moved[m].nproj == bck_capture_len(b, moved[m]);
                bool writes = f && closure_writes(ld, f, a);
                Place fields[8];
                bool fmut[8];
                int nf = whole ? -1 : narrow_capture(ld, st, o, moved, nm, writes, fields, fmut, 8);
                if (!var_place(b, o->place)) {
                    int nloans = ld->loans.len;
                    for (int k = 0; k < nloans; k++) {
                        Loan *l = &ld->loans.data[k];
                        if (l->holders[o->place.local] && l->block == i && l->index < j &&
                            var_place(b, l->place)) {
                            bool whole_var = l->place.nproj == bck_capture_len(b, l->place);
                            l->closure = true;
                            l->span = rv->span;
                            if (whole || nf == 0)
                                l->untracked = true;
                            /* a range value not assigned in the closure: it captures
                               `*v` (a reborrow through the loop's `&`; writing through
                               it is E0596 below), not v; it holds the loop's loan
                               instead (reads_holder), and may outlive the iteration */
                            if (l->place.nproj == 0 && range_view(b, l->place.local) &&
                                !closure_writes_var(f, a))
                                l->untracked = l->via_range = true;
                            if (writes) {
                                l->mut = true;
                                /* writing through a captured range value: `*v` is behind
                                   the loop's `&` (range_values.c) */
                                if (l->place.nproj == 0 && !closure_writes_var(f, a) &&
                                    bck_range_value(b, l->place.local))
                                    bck_range_report(ld->c, b, l->place, rv->span);
                                /* writing only through a captured `*mut`: `*x` uniquely */
                                Type *vt = whole_var ? mir_place_type(b, l->place) : NULL;
                                if (vt && vt->kind == T_PTR && vt->mut && !closure_writes_var(f, a) &&
                                    !bck_capture_len(b, l->place) && immutable_binding(b, l->place.local))
                                    l->unique = true;
                            }
                            if (nf > 0 && whole_var) {   /* one loan per captured field */
                                Loan whole_loan = *l;
                                for (int q = 0; q < nf; q++) {
                                    Loan fl = whole_loan;
                                    fl.place = fields[q];
                                    fl.mut = fmut[q];
                                    if (q == 0)
                                        ld->loans.data[k] = fl;
                                    else
                                        vec_push(&ld->c->arena, &ld->loans, fl);
                                }
                            }
                        }
                    }
                    continue;
                }
                if (whole || nf == 0)
                    continue;
                /* a shared `*T` captured by value (only read): rustc captures
                   `*p` (its capture analysis truncates a shared borrow of a
                   `&T` to a reborrow of the referent), which may outlive p,
                   so a returned `func() string { return (*p)[1:] }` is
                   fine; the closure holds p's own loans (reads_holder) */
                Type *pt = mir_place_type(b, o->place);
                if (pt->kind == T_PTR && !pt->mut && !writes)
                    continue;
                for (int q = 0; q < (nf > 0 ? nf : 1); q++) {
                    Loan l = bck_new_loan(ld, nf > 0 ? fields[q] : o->place, false, rv->span, i, j);
                    l.closure = true;
                    Type *vt = mir_place_type(b, o->place);
                    /* in a closure body, a nested closure's capture of a
                       captured `*mut` is a plain `&mut` (rustc: its root is
                       the closure's own `&mut self`, not an immutable local) */
                    bool ptr_mut = vt->kind == T_PTR && vt->mut && !bck_capture_len(b, o->place);
                    bool may_unique = ptr_mut && immutable_binding(b, o->place.local);
                    if (nf > 0) {
                        l.mut = fmut[q];
                        /* a field behind the captured `*mut`: held uniquely, as `*x` is
                           (a `let mut x`: by `&mut`), through a copy of x */
                        if (l.mut && ptr_mut)
                            l.unique = may_unique, l.byvalue = true;
                    } else if (writes) {
                        l.mut = true;   /* FnMut: `v[i] = x` on a slice, `*b = x` on a Box */
                        if (ptr_mut)    /* the closure needs `*x` uniquely (or `&mut *x`) */
                            l.unique = may_unique, l.byvalue = true;
                    }
                    l.holders[st->place.local] = true;
                    vec_push(&ld->c->arena, &ld->loans, l);
                }
            }
            continue;
        }
        /* r = f(p) with p a *mut T: the result holds the reborrow of *p
           (elision), which lasts as long as the result is used */
        if (rv->kind == RV_CALL && !place_has_deref(st->place) &&
            type_has_pointers(b->locals.data[st->place.local].type)) {
            mir_foreach_operand_from(rv, 1, o) {
                int a = mir_operand_index(rv, o);   /* the parameter it goes to */
                Type *ot = o->kind == OPD_CONST ? NULL : mir_place_type(b, o->place);
                if (!ot || ot->kind != T_PTR || !ot->mut)
                    continue;
                Loan l = bck_new_loan(ld, deref_of(ld->c, o->place, ot->elem), reborrows_mut(ld, rv, a),
                                  o->span.hi > 0 ? o->span : st->span, i, j);
                l.holders[st->place.local] = true;
                vec_push(&ld->c->arena, &ld->loans, l);
            }
            continue;
        }
        /* `for _, x := range v` copies v's header into a temp: in Rust
           `for x in &v`, a shared borrow of v for the whole loop */
        if (rv->kind == RV_USE && rv->args.data[0].kind == OPD_COPY &&
            rv->args.data[0].type->kind == T_SLICE && st->place.nproj == 0 &&
            b->locals.data[st->place.local].kind == LOCAL_TEMP &&
            (is_var(b, rv->args.data[0].place.local) || bck_capture_len(b, rv->args.data[0].place))) {
            /* (also through a pointer: `for _, x := range b.xs` with b a
               `*mut Bag` is `for x in &b.xs`; through a shared `*T`
               nothing can change it) */
            Operand *o = &rv->args.data[0];
            Loan l = bck_new_loan(ld, o->place, false, o->span.hi > 0 ? o->span : st->span, i, j);
            l.holders[st->place.local] = true;
            l.untracked = through_shared(b, o->place);
            /* over a range value v (a nested loop: `for c in v`, v a `&Vec`):
               a shared reborrow of `*v`, which rustc does not track (its
               ignore_borrow); v's own loan is carried by the copy */
            if (o->place.nproj == 0 && range_view(b, o->place.local))
                l.untracked = l.via_range = true;
            vec_push(&ld->c->arena, &ld->loans, l);
            continue;
        }
        /* &place, and slicing a local (`s[1:]` borrows all of s) */
        bool slice = rv->kind == RV_SLICE && !place_has_deref(rv->place) &&
                     b->locals.data[rv->place.local].kind != LOCAL_TEMP;
        if (rv->kind != RV_REF && !slice)
            continue;
        bool via_iface = rv->kind == RV_REF && !rv->mut && lib_iface_mut_ref(b, bb, j, st);
        bool mut = rv->mut || via_iface || (rv->kind == RV_REF && bck_lib_mut_receiver(b, bb, j, st));
        Loan l = bck_new_loan(ld, rv->place, mut, rv->span, i, j);
        l.lib_iface = via_iface;
        l.via_range = !through_shared(b, rv->place) && through_range_value(b, rv->place);
        l.untracked = through_shared(b, rv->place) || l.via_range;
        if (rv->kind == RV_REF && mut && !via_iface && (rv->autoref || !rv->mut) && st->place.nproj == 0 &&
            !indexes_slice(b, rv->place))
            l.activate = activation(bb, j, st->place.local);
        if (place_has_deref(st->place))
            l.stored = true;    /* `*q = &x`: bck_propagate_holders */
        else
            l.holders[st->place.local] = true;   /* the local, or a field of it */
        vec_push(&ld->c->arena, &ld->loans, l);
    }
}

/* Does the place index into a slice before any dereference? (A slice's
 * elements live where the slice points: `&h[i]` goes through h as `&(*p).f`
 * goes through p.) */
static bool through_slice(Body *b, Place p) {
    for (int i = 0; i < p.nproj && p.proj[i].kind != PJ_DEREF; i++)
        if ((p.proj[i].kind == PJ_INDEX || p.proj[i].kind == PJ_CONST_INDEX) &&
            base_type(b, p, i)->kind == T_SLICE)
            return true;
    return false;
}

/* Is operand o of call rv an argument its callee's result cannot be a
 * view of (result_views.c: `up(x)` of `func up(x string) string { return
 * strings.ToUpper(x) }`, the twin's `fn up(&str) -> String`)? */
static bool not_viewed_arg(LoanData *ld, Rvalue *rv, Operand *o) {
    if (rv->kind != RV_CALL || o == &rv->args.data[0])
        return false;
    Operand *f = &rv->args.data[0];
    if (f->kind != OPD_CONST || f->c.kind != CONST_FUNC || !bck_result_summarized(ld->prog, f->c.func) ||
        ld->prog->bodies.data[f->c.func]->nargs != rv->args.len - 1)
        return false;
    return !bck_result_views_arg(ld->views, f->c.func, mir_operand_index(rv, o));
}

/* The locals rv reads a value out of when they hold a loan: rv reads a
 * value out of a holder of loan l exactly when l->holders[q] for one of
 * them (reads_holder). Into out, room for rv->args.len + 3; returns how
 * many. They do not depend on the loan, so bck_propagate_holders finds
 * them once per statement. */
static int holder_reads(LoanData *ld, Rvalue *rv, LocalId *out) {
    Body *b = ld->b;
    int n = 0;
    if (rv->kind == RV_CONCAT || rv->kind == RV_STR_CONV || bck_fresh_lib_value(rv))
        return 0;   /* a new string or slice, copied: it borrows nothing */
    mir_foreach_operand(rv, o)
        if (o->kind != OPD_CONST && type_has_pointers(o->type) && !not_viewed_arg(ld, rv, o))
            out[n++] = o->place.local;
    if (rv->kind == RV_REF)
        out[n++] = rv->place.local;
                    /* a reborrow &(*p).f, &h[i] into a slice h holding
                       the loan (`&m[k][i]`: m[k] is HashMap's `&V`), or
                       `&x` of a holder x itself: a `&&T` needs what x
                       borrows for as long as it is used ('a: 'b) */
    if (rv->kind == RV_SLICE)
        out[n++] = rv->place.local;
    if (fmt_copy_operand(b, rv)) {     /* fmt's `&*p` of a Copy `*p`: a reborrow */
        Place p = rv->args.data[1].place;
        if (place_has_deref(p) || through_slice(b, p))
            out[n++] = p.local;
    }
    return n;
}

static bool holds_any(const Loan *l, const LocalId *q, int n) {
    for (int i = 0; i < n; i++)
        if (l->holders[q[i]])
            return true;
    return false;
}

/* Does rv read a value out of a holder of l? */
static bool reads_holder(LoanData *ld, Loan *l, Rvalue *rv) {
    LocalId buf[32];
    LocalId *q = rv->args.len + 3 <= 32 ? buf : arena_alloc(&ld->c->arena, sizeof(LocalId) * (size_t)(rv->args.len + 3));
    return holds_any(l, q, holder_reads(ld, rv, q));
}

/* A store through a pointer that reaches past this call: into a global,
 * or through a parameter (or a closure's environment). */
static bool outlives_call(LoanData *ld, MirStmt *st) {
    LocalId d = st->place.local;
    LocalKind k = ld->b->locals.data[d].kind;
    if (k == LOCAL_ARG || k == LOCAL_ENV)
        return true;
    return bck_global_of(ld->c, ld->b, &ld->globals, d) >= 0;    /* a temp holding `const &g` */
}

/* `*q = v` with v holding loan l: *g = v through a global or a parameter
 * makes l outlive the function; through a local pointer, v now lives in
 * q and in whatever local q borrows (one level of points-to). */
/* Does a value of type t hold a borrow in Rust terms (a reference, or a
 * closure, also inside arrays, slices, Boxes and fields)? Strings, slices
 * and Boxes are owned values there. seen is the chain of types being
 * looked into: a type that holds itself (`type Tree []Tree`, `struct{
 * kids []Node }`) adds nothing the second time. */
static bool has_refs_in(Type *t, Type **seen, int n) {
    for (int i = 0; i < n; i++)
        if (seen[i] == t)
            return false;
    if (n == 64)
        return true;    /* deeper than any real type: assume it does */
    seen[n] = t;
    switch (t->kind) {
    case T_PTR: case T_FUNC: return true;
    case T_ARRAY: case T_SLICE: case T_BOX: return has_refs_in(t->elem, seen, n + 1);
    case T_STRUCT:
        for (int i = 0; i < t->fields.len; i++)
            if (has_refs_in(t->fields.data[i].type, seen, n + 1))
                return true;
        return false;
    default: return false;
    }
}

static bool has_refs(Type *t) {
    Type *seen[64];
    return has_refs_in(t, seen, 0);
}

/* What the first dereference of p reaches (`*q` of `(*q).f = v`). A
 * loan o held by q is where q points only when it borrows a place of that
 * type: q = &x. One q holds because `*q = [2]*int{&x}` stored &x into
 * q's pointee does not make q point to x. */
static Type *deref_pointee(Body *b, Place p) {
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PJ_DEREF)
            return p.proj[i].type;
    return NULL;
}

static bool stored_through(LoanData *ld, Loan *l, MirStmt *st) {
    /* a parameter's own data written back into it (`*v = append(*v, x)`)
       keeps its lifetime; an owned value read through it is no borrow */
    if (l->param && (st->place.local == l->place.local || !has_refs(st->rv.type)))
        return false;
    if (outlives_call(ld, st)) {
        bool was = l->escapes;
        l->escapes = true;
        if (!l->stored_at)
            l->stored_at = st;
        return !was;
    }
    LocalId q = st->place.local;
    bool changed = !l->holders[q];
    l->holders[q] = true;
    if (l->lent)
        return changed;     /* a lent value goes only into the call's fresh box,
                               []any or closure, never into another local */
    Type *pointee = deref_pointee(ld->b, st->place);
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *o = &ld->loans.data[k];
        if (o != l && !o->lent && o->holders[q] && !l->holders[o->place.local] &&
            mir_place_type(ld->b, o->place) == pointee) {
            l->holders[o->place.local] = true;
            changed = true;
        }
    }
    return changed;
}

/* defer(move _c, copy _landed): the frame's list keeps the deferred
 * closure _c, and so its loans, until the function's deferred calls run.
 * _landed (defer_enter's result) is read by every defer_return and
 * defer_unwind (mir/build_defer.c), so it is live exactly until then:
 * holding the loans there too gives them Rust's region for a Drop guard
 * declared at the defer. */
static bool deferred_holders(LoanData *ld, Rvalue *rv) {
    if (rv->kind != RV_INTRINSIC || rv->intrinsic != IN_DEFER || rv->args.len != 2 ||
        rv->args.data[0].kind == OPD_CONST)
        return false;
    LocalId c = rv->args.data[0].place.local, landed = rv->args.data[1].place.local;
    bool changed = false;
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *l = &ld->loans.data[k];
        if (l->holders[c] && !l->holders[landed]) {
            l->holders[landed] = true;
            changed = true;
        }
    }
    return changed;
}

void bck_propagate_holders(LoanData *ld) {
    Body *b = ld->b;
    /* per statement (in walk order), the locals it reads holders from */
    int nst = 0;
    mir_foreach_stmt(b, bb, st)
        nst++;
    LocalId **reads = arena_alloc(&ld->c->arena, sizeof(LocalId *) * (size_t)(nst + 1));
    int *nreads = arena_alloc(&ld->c->arena, sizeof(int) * (size_t)(nst + 1));
    int s = 0;
    mir_foreach_stmt(b, bb, st) {
        if (st->kind == ST_ASSIGN) {
            reads[s] = arena_alloc(&ld->c->arena, sizeof(LocalId) * (size_t)(st->rv.args.len + 3));
            nreads[s] = holder_reads(ld, &st->rv, reads[s]);
        }
        s++;
    }
    for (bool changed = true; changed;) {
        changed = false;
        s = -1;
        mir_foreach_stmt(b, bb, st) {
            s++;
            int i = mir_block_id(b, bb), j = mir_stmt_index(bb, st);
            if (st->kind == ST_EVAL) {
                changed |= deferred_holders(ld, &st->rv);
                changed |= bck_map_store_holders(ld, st);
            }
            if (st->kind != ST_ASSIGN)
                continue;
            changed |= bck_closure_store_holders(ld, st, i, j);
            LocalId d = st->place.local;
            if (place_has_deref(st->place)) {
                for (int k = 0; k < ld->loans.len; k++) {
                    Loan *l = &ld->loans.data[k];
                    bool direct = l->stored && l->block == i && l->index == j;
                    if (direct || holds_any(l, reads[s], nreads[s]))
                        changed |= stored_through(ld, l, st);
                }
                continue;
            }
            if (!type_has_pointers(b->locals.data[d].type) || nreads[s] == 0)
                continue;
            for (int k = 0; k < ld->loans.len; k++) {
                Loan *l = &ld->loans.data[k];
                if (!l->holders[d] && holds_any(l, reads[s], nreads[s])) {
                    l->holders[d] = true;
                    changed = true;
                }
            }
        }
    }
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *l = &ld->loans.data[k];
        l->nh = 0;
        for (int i = 0; i < b->locals.len; i++)
            l->nh += l->holders[i];
        l->hlist = arena_alloc(&ld->c->arena, sizeof(LocalId) * (size_t)(l->nh + 1));
        l->nh = 0;
        for (int i = 0; i < b->locals.len; i++)
            if (l->holders[i])
                l->hlist[l->nh++] = i;
        if (l->holders[0])
            l->escapes = true;  /* returned: lives as long as the caller needs */
    }
}

/* Is the loan's region at a point where `live` is live? */
bool bck_loan_live(Loan *l, BitSet *live) {
    if (l->escapes)
        return true;
    for (int i = 0; i < l->nh; i++)
        if (bitset_get(live, l->hlist[i]))
            return true;
    return false;
}

/* Live on entry to each statement of block i (index stmts.len: before
 * the terminator). */
BitSet *bck_block_lives(LoanData *ld, int i) {
    Body *b = ld->b;
    Block *bb = &b->blocks.data[i];
    BitSet *lives = arena_alloc(&ld->c->arena, sizeof(BitSet) * (size_t)(bb->stmts.len + 1));
    BitSet cur = bitset_new(&ld->c->arena, b->locals.len);
    bitset_copy(&cur, &ld->live.out[i]);
    mir_live_term(&cur, &bb->term);
    lives[bb->stmts.len] = bitset_new(&ld->c->arena, b->locals.len);
    bitset_copy(&lives[bb->stmts.len], &cur);
    for (int j = bb->stmts.len - 1; j >= 0; j--) {     /* backward: liveness */
        mir_live_stmt(&cur, &bb->stmts.data[j]);
        lives[j] = bitset_new(&ld->c->arena, b->locals.len);
        bitset_copy(&lives[j], &cur);
    }
    return lives;
}

/* ---- loans in scope (forward, killed where the region ends) -------------- */

/* Per block, the locals live at each point (bck_block_lives), made on
 * first need and kept for the walk: the scope search and the walk ask
 * for the same blocks. */
typedef struct LiveCache {
    LoanData *ld;
    BitSet **lives;
} LiveCache;

static BitSet *lives_of(LiveCache *lc, int i) {
    if (!lc->lives[i])
        lc->lives[i] = bck_block_lives(lc->ld, i);
    return lc->lives[i];
}

/* Does statement st end loan l: a whole new value for, or the death of,
 * the local it borrows from (rustc's kill_borrows_on_place)? */
static bool has_index(Place p) {
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PJ_INDEX || p.proj[i].kind == PJ_CONST_INDEX)
            return true;
    return false;
}

static bool kills(Body *b, MirStmt *st, Loan *l) {
    if (st->kind == ST_STORAGE_DEAD)
        return st->local == l->place.local;
    if (st->kind != ST_ASSIGN || st->place.local != l->place.local ||
        (st->rv.args.len && bck_append_in_place(st, &st->rv.args.data[0])))
        return false;   /* x = append(x, ...) is Vec::push: no new value */
    if (st->place.nproj == 0)
        return true;
    /* an assignment to part of it ends the loans it overlaps for sure
       (rustc's NoOverlap bias: two indices may differ) */
    return !has_index(st->place) && !has_index(l->place) && places_conflict(b, l->place, st->place, ACC_WRITE);
}

/* Is l issued by st itself, a reborrow through the pointer st replaces:
 * `list = &mut list.next[0]` borrows what the old `list` points to, so
 * the new value ends the loan at once (rustc's Borrows effect kills the
 * assigned place's borrows after issuing the statement's own). The new
 * `list` still holds the loans that reached the old one. */
static bool issued_and_replaced(Body *b, MirStmt *st, Loan *l) {
    Place p = l->place;
    return st->kind == ST_ASSIGN && st->place.nproj == 0 && st->place.local == p.local && p.nproj &&
           p.proj[0].kind == PJ_DEREF && b->locals.data[p.local].type->kind == T_PTR && kills(b, st, l);
}

/* What block i does to loan l: kill, it ends l somewhere (a point
 * outside its region, or its place overwritten); gen, it issues l and l
 * is still in scope at its end. */
static void block_effect(LiveCache *lc, int i, Loan *l, bool *kill, bool *gen) {
    Body *b = lc->ld->b;
    Block *bb = &b->blocks.data[i];
    BitSet *lives = lives_of(lc, i);
    int n = bb->stmts.len;
    *kill = *gen = false;
    for (int j = 0; j <= n; j++) {  /* every point: each statement, then the terminator */
        if (!bck_loan_live(l, &lives[j]))
            *kill = true, *gen = false;
        if (j == n)
            break;
        if (kills(b, &bb->stmts.data[j], l))
            *kill = true, *gen = false;
        if (l->block == i && l->index == j && !issued_and_replaced(b, &bb->stmts.data[j], l))
            *gen = true;
    }
}

/* Per block, the loans in scope on entry: a forward "may" analysis with
 * those effects, solved one loan at a time as rustc's borrows out of
 * scope: from the block issuing it, through the successors of every
 * block it leaves in scope (gen, or entered and not killed). Each loan
 * costs the blocks it reaches, not the whole body (the least fixpoint of
 * the block-wise union dataflow is exactly this reachability). */
static BitSet *loans_in_scope(LiveCache *lc) {
    LoanData *ld = lc->ld;
    Body *b = ld->b;
    int nb = b->blocks.len;
    BitSet *entry = arena_alloc(&ld->c->arena, sizeof(BitSet) * (size_t)(nb ? nb : 1));
    for (int i = 0; i < nb; i++)
        entry[i] = bitset_new(&ld->c->arena, ld->loans.len);
    int *stack = arena_alloc(&ld->c->arena, sizeof(int) * (size_t)(2 * nb + 2));
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *l = &ld->loans.data[k];
        bool kill, gen;
        if (l->block < 0 || l->block >= nb)
            continue;
        block_effect(lc, l->block, l, &kill, &gen);
        if (!gen)
            continue;
        int sp = 0;
        BlockId succ[2];
        for (int q = 0, ns = mir_term_succs(&b->blocks.data[l->block].term, succ); q < ns; q++)
            stack[sp++] = succ[q];
        while (sp > 0) {
            int t = stack[--sp];
            if (bitset_get(&entry[t], k))
                continue;
            bitset_set(&entry[t], k);
            block_effect(lc, t, l, &kill, &gen);
            if (kill && !gen)
                continue;
            for (int q = 0, ns = mir_term_succs(&b->blocks.data[t].term, succ); q < ns; q++)
                stack[sp++] = succ[q];
        }
    }
    return entry;
}

/* Loans by the point they name, (block, index or activate): sorted, so
 * a statement finds the loans issued (or activated) there without
 * looking at the others. */
typedef struct PointIndex {
    int *order;     /* loan ids by (block, point, id) */
    int *point;     /* the point of each */
    int *start;     /* per block (and one past the last): its first in order */
} PointIndex;

typedef struct PointKey {
    int block, point, id;
} PointKey;

static int point_key_cmp(const void *a, const void *b) {
    const PointKey *x = a, *y = b;
    if (x->block != y->block)
        return x->block < y->block ? -1 : 1;
    if (x->point != y->point)
        return x->point < y->point ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* activate: key on l->activate (loans with one only), else on l->index. */
static PointIndex point_index(LoanData *ld, bool activate) {
    Arena *a = &ld->c->arena;
    int nb = ld->b->blocks.len, n = 0;
    PointKey *keys = arena_alloc(a, sizeof(PointKey) * (size_t)(ld->loans.len + 1));
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *l = &ld->loans.data[k];
        if (l->block < 0 || l->block >= nb || (activate && l->activate < 0))
            continue;
        keys[n++] = (PointKey){l->block, activate ? l->activate : l->index, k};
    }
    qsort(keys, (size_t)n, sizeof *keys, point_key_cmp);
    PointIndex x;
    x.order = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    x.point = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    x.start = arena_alloc(a, sizeof(int) * (size_t)(nb + 2));
    for (int i = 0, blk = 0; i <= n; i++) {
        int kb = i < n ? keys[i].block : nb;
        while (blk <= kb)
            x.start[blk++] = i;
        if (i < n) {
            x.order[i] = keys[i].id;
            x.point[i] = keys[i].point;
        }
    }
    x.start[nb + 1] = n;
    return x;
}

/* The positions [first, *end) of the loans at point (block, j). */
static int at_point(const PointIndex *x, int block, int j, int *end) {
    int lo = x->start[block], hi = x->start[block + 1];
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (x->point[mid] < j)
            lo = mid + 1;
        else
            hi = mid;
    }
    int e = lo;
    while (e < x->start[block + 1] && x->point[e] == j)
        e++;
    *end = e;
    return lo;
}

/* The next loan in s from k on, or -1 (word by word). */
static int next_loan(const BitSet *s, int k) {
    for (int i = k / 64; i < s->nwords; i++) {
        uint64_t m = s->w[i];
        if (i == k / 64)
            m &= ~(uint64_t)0 << (k % 64);
        if (m)
            return i * 64 + __builtin_ctzll(m);
    }
    return -1;
}

/* ---- checking ------------------------------------------------------------ */

/* An error reported: at statement st, the access starting at `at`. */
typedef struct Reported {
    MirStmt *st;
    Span at;
} Reported;

typedef struct Walk {
    LoanData *ld;
    VEC(Reported) reported;     /* the errors so far: statement, access */
    bool no_lifetime;   /* E0106 pending: only plain locals are E0515 */
    BitSet active;      /* loans in scope at the current point */
    int block, index;
    MirStmt *st;        /* the statement being checked */
    bool unique;        /* the access is a closure's unique capture */
    int skip;           /* a loan the access is not checked against, or -1 */
    bool reserving;     /* the access reserves a two-phase borrow: only
                           mutable loans conflict with it yet */
    VEC(Place) unreserved;  /* places whose reservation was an error */
    bool pushing;       /* the access activates `v = append(v, ..)`'s `&mut v` */
    MirStmt *call;      /* the call activating the two-phase loan w.skip,
                           or the call a `*mut` argument is reborrowed for */
    BitSet *after;      /* locals live after the statement being checked */
    PointIndex issued;  /* loans by where they are issued */
    bool operand_index; /* the access is a Copy operand's Vec Index borrow,
                           made before its call in the twin's MIR */
} Walk;

/* The positions [first, *end) in w->issued of the loans issued at the
 * statement being checked. */
static int issued_here(Walk *w, int *end) {
    return at_point(&w->issued, w->block, w->index, end);
}

/* rustc checks no activation of a two-phase borrow of a place whose
 * reservation, anywhere before in the function, was an error (its
 * `reservation_error_reported`, a set of places): record one ... */
static void reservation_failed(Walk *w, Place p) {
    vec_push(&w->ld->c->arena, &w->unreserved, p);
}

/* ... and ask whether p is one. */
static bool activation_skipped(Walk *w, Place p) {
    for (int i = 0; i < w->unreserved.len; i++)
        if (w->unreserved.data[i].nproj == p.nproj && bck_place_prefix(w->unreserved.data[i], p))
            return true;
    return false;
}

/* The first later use of one of l's holders, for "borrow later used here". */
/* The argument x of `len(x)` / `cap(x)` at sp (rustc labels the twin's
 * receiver, `x` of `x.len()`), or sp itself. */
static Span builtin_arg(Ctx *c, Span sp) {
    if (sp.file < 0 || sp.file >= c->files.len || sp.hi > c->files.data[sp.file].len || sp.hi - sp.lo < 6)
        return sp;
    const char *t = c->files.data[sp.file].text + sp.lo;
    if ((strncmp(t, "len(", 4) && strncmp(t, "cap(", 4)) || t[sp.hi - sp.lo - 1] != ')')
        return sp;
    return (Span){.file = sp.file, .lo = sp.lo + 4, .hi = sp.hi - 1};
}

Span bck_later_use(LoanData *ld, Loan *l, int block, int index) {
    Body *b = ld->b;
    for (int i = block; i < b->blocks.len; i++) {  /* from (block, index + 1) on, in block order */
        Block *bb = &b->blocks.data[i];
        for (int j = i == block ? index + 1 : 0; j < bb->stmts.len; j++) {
            MirStmt *st = &bb->stmts.data[j];
            if (st->kind != ST_ASSIGN && st->kind != ST_EVAL)
                continue;
            mir_foreach_operand(&st->rv, o)
                if (o->kind != OPD_CONST && l->holders[o->place.local])
                    return o->span.hi > 0 ? o->span : st->span;
            if (st->rv.kind == RV_REF && l->holders[st->rv.place.local])
                return st->rv.span;
            if ((st->rv.kind == RV_LEN || st->rv.kind == RV_CAP) && l->holders[st->rv.place.local])
                return builtin_arg(ld->c, st->rv.span);     /* len(ps): the twin's ps.len() */
            if (st->kind == ST_ASSIGN && place_has_deref(st->place) && l->holders[st->place.local])
                return st->span;    /* a write through the borrow: *p = v */
        }
    }
    return NO_SPAN;
}

/* Does p go through a pointer held in a field (`*s.p`, `s.p.x`, `*t.s.p`;
 * not a Box, not a closure's capture)? rustc's MIR copies such a pointer
 * into a temporary of its own for each use (CopyForDeref), so the read and
 * the write of `*s.p += 1` are two places: E0503 and E0506 on one line,
 * where `*q += 1` and `s.n += 1` are one error (found by the twins). */
static bool field_pointer_deref(Body *b, Place p) {
    for (int i = bck_capture_len(b, p) + 1; i < p.nproj; i++)
        if (p.proj[i].kind == PJ_DEREF && p.proj[i - 1].kind == PJ_FIELD && base_type(b, p, i)->kind == T_PTR)
            return true;
    return false;
}

/* One error per access, at its first conflicting loan (rustc stops there);
 * a loan outliving its place is reported once per loan. */
static bool conflict(Walk *w, ConflictKind kind, int k, Place p, Span at) {
    Loan *l = &w->ld->loans.data[k];
    if (l->reported)
        return false;
    if (kind == CONFLICT_DOES_NOT_LIVE)
        l->reported = true;
    else {
        /* rustc reports one error per place and source span: `x++` reads
           and writes x in two MIR statements of one span; accesses that
           start apart in one statement are two (`v = append(v, v[0])`
           under a `&mut v[0]`: E0499 at v, E0502 at v[0]) */
        bool twice = kind == CONFLICT_ASSIGN_BORROWED && field_pointer_deref(w->ld->b, p);
        for (int i = 0; i < w->reported.len && w->st->rv.kind != RV_CLOSURE && !twice; i++) {  /* (one per capture) */
            Reported *o = &w->reported.data[i];
            if (o->st->span.file == w->st->span.file && o->st->span.lo == w->st->span.lo &&
                o->st->span.hi == w->st->span.hi && (o->at.hi == 0 || at.hi == 0 || o->at.lo == at.lo))
                return false;
        }
        vec_push(&w->ld->c->arena, &w->reported, ((Reported){w->st, at}));
    }
    Conflict cf = {.kind = kind, .prog = w->ld->prog, .body = w->ld->b, .used = p, .at = at};
    if (kind == CONFLICT_DOES_NOT_LIVE && bck_stored_into_capture(w->ld->b, l->stored_at, &cf.used)) {
        cf.kind = CONFLICT_CLOSURE_ESCAPE;  /* a closure's local stored into a capture */
        cf.at = l->stored_at->span;
    }
    cf.loan_place = l->place;
    cf.loan_span = l->span;
    cf.loan_mut = l->mut;
    cf.closure = l->closure;
    cf.capture_use = l->inner;
    cf.loan_unique = l->unique;
    cf.by_closure = w->st && w->st->rv.kind == RV_CLOSURE;
    cf.later = bck_later_use(w->ld, l, w->block, w->index);
    /* rustc's explanation finds the next capture of the variable stored
       into before a use of it: E0373 (closure_stores.c) */
    if (cf.kind == CONFLICT_DOES_NOT_LIVE && bck_capture_found_first(w->ld, l, w->block, w->index, w->after, &cf.later))
        cf.kind = CONFLICT_CLOSURE_OUTLIVES_BLOCK;
    bck_explain(w->ld->c, &cf);
    return true;
}

static bool access(Walk *w, Place p, BckAccess a, Span at) {
    Body *b = w->ld->b;
    for (int k = next_loan(&w->active, 0); k >= 0; k = next_loan(&w->active, k + 1)) {
        Loan *l = &w->ld->loans.data[k];
        if (l->untracked || k == w->skip || !places_conflict(b, l->place, p, a))
            continue;
        /* activating a two-phase borrow: the mutable loans older than its
           reservation were checked there, the shared ones only now */
        if (w->skip >= 0 && l->mut && !(l->block == w->block && l->index > w->ld->loans.data[w->skip].index))
            continue;
        /* activating a push whose arguments were a loan's last use (push_args.c) */
        if (w->pushing && bck_push_last_read(w->ld, l, w->st, w->after))
            continue;
        /* activating a receiver whose call's Copy operands were a loan's
           last use; a `*mut` argument's `&mut *q` is two-phase too
           (rustc coerces arguments allowing it): a shared loan whose
           last use is a Copy operand of the call is over when the call
           activates it (`q.setN(*q.nGet())`, meth seed 277); a mutable
           one conflicts with the reservation already (E0499) */
        if (w->call && (w->skip >= 0 || !l->mut) && bck_call_last_read(w->ld, l, w->call, w->after))
            continue;
        /* reserving one: it acts as a shared borrow until the call (rustc) */
        if (w->reserving && !l->mut)
            continue;
        /* a reserved two-phase borrow acts as a shared one until its call;
           a Copy operand of that call is read into a temporary before it
           (rustc's MIR), Vec's Index borrow of it too: `p.setN(p.n)` and
           `w.push(w.ps[0].n)` are fine */
        if (l->activate >= 0 && l->block == w->block &&
            (w->index < l->activate ? a == ACC_READ || a == ACC_SHARED
                                    : w->index == l->activate && (a == ACC_READ || (a == ACC_SHARED && w->operand_index))))
            continue;
        bool done = false;
        switch (a) {
        case ACC_READ:
            done = l->mut && conflict(w, l->unique && w->st->rv.kind == RV_CLOSURE ? CONFLICT_BORROW_WHILE_UNIQUE
                                                                                    : CONFLICT_USE_BORROWED, k, p, at);
            break;
        case ACC_WRITE: done = conflict(w, CONFLICT_ASSIGN_BORROWED, k, p, at); break;
        case ACC_MOVE: done = conflict(w, CONFLICT_MOVE_BORROWED, k, p, at); break;
        case ACC_SHARED:    /* `&x` while a closure holds `*x` uniquely: E0501 */
            done = l->mut && conflict(w, l->unique ? CONFLICT_BORROW_WHILE_UNIQUE : CONFLICT_SHARED_WHILE_MUT, k, p, at);
            break;
        case ACC_MUT:
            if (w->unique)
                done = conflict(w, l->unique ? CONFLICT_TWO_UNIQUE : CONFLICT_UNIQUE_WHILE_BORROWED, k, p, at);
            else    /* `&mut *x` while a closure holds `*x` uniquely: E0501 */
                done = conflict(w, l->unique && place_has_deref(p) ? CONFLICT_MUT_WHILE_UNIQUE : l->mut ? CONFLICT_TWO_MUT
                                                                                  : CONFLICT_MUT_WHILE_SHARED, k, p, at);
            break;
        case ACC_DEAD:
            /* a copy of x holds a reborrow of `*x`: x itself may die (the
               loan that made x is what must outlive the closure) */
            if (!l->holders[0] && !l->byvalue)
                conflict(w, CONFLICT_DOES_NOT_LIVE, k, p, at);
            break;
        }
        if (done)
            return true;
    }
    return false;
}

/* `_0 = ...` reading a loan on data this function owns: E0515 (E0373
 * for a closure's capture). */
static void check_return(Walk *w, MirStmt *st) {
    LoanData *ld = w->ld;
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *l = &ld->loans.data[k];
        if (!l->reported && l->mut && !l->untracked && bck_capture_len(ld->b, l->place) &&
            ((l->block == w->block && l->index == w->index) || reads_holder(ld, l, &st->rv))) {
            /* a closure returning `&mut x` of its capture x: FnMut's escape */
            l->reported = true;
            Conflict cf = {.kind = CONFLICT_ESCAPE_FNMUT, .prog = ld->prog, .body = ld->b, .used = l->place,
                           .at = st->span, .loan_place = l->place, .loan_span = l->span};
            bck_explain(ld->c, &cf);
            continue;
        }
        if (l->reported || !bck_place_owned(ld->b, l->place) || (w->no_lifetime && l->place.nproj) ||
            (ld->b->locals.data[l->place.local].stmt_temp && bck_base_temp(ld, l->place.local)))
            continue;   /* (returning a borrow of a statement temporary is temps.c's) */
        if (l->untracked && l->via_range)
            continue;   /* a reborrow through a range value: the loop's loan is the one returned */
        bool direct = l->block == w->block && l->index == w->index;
        if (!direct && (!reads_holder(ld, l, &st->rv) || !type_has_pointers(ld->b->locals.data[0].type)))
            continue;   /* an `int` (or pointer-free struct) result holds no borrow: `return f(&x)` */
        l->reported = true;
        /* `return &x` as an interface (`_t = &x; _0 = iface *T(copy _t)`)
           is rustc's `return &x` coerced to `&dyn Trait` */
        MirStmt *conv = w->index > 0 ? &ld->b->blocks.data[w->block].stmts.data[w->index - 1] : NULL;
        bool coerced = conv && conv->kind == ST_ASSIGN && conv->rv.kind == RV_IFACE && conv->place.nproj == 0 &&
                       st->rv.kind == RV_USE && st->rv.args.data[0].kind != OPD_CONST &&
                       st->rv.args.data[0].place.local == conv->place.local &&
                       l->block == w->block && l->index == w->index - 2;
        Span at = coerced ? l->span : st->span;
        if (!direct && !coerced && st->rv.args.len && st->rv.args.data[0].span.hi > 0)
            at = st->rv.args.data[0].span;
        Conflict cf = {.kind = CONFLICT_RETURN_LOCAL, .prog = ld->prog, .body = ld->b,
                       .used = l->place, .at = at, .borrow = (direct || coerced) && !l->closure};
        cf.loan_place = l->place;
        cf.loan_span = l->span;
        cf.closure = l->closure;
        bck_explain(ld->c, &cf);
    }
}

/* The projection index of p's first index into a slice, or -1. */
static int slice_index_at(Body *b, Place p) {
    for (int i = 0; i < p.nproj; i++) {
        if (p.proj[i].kind == PJ_DEREF && base_type(b, p, i)->kind != T_BOX &&
            !(base_type(b, p, i)->kind == T_PTR && base_type(b, p, i)->mut && is_var(b, p.local)))
            return -1;  /* behind a shared pointer (or a closure's capture):
                           the pointer's loan covers it. A Box owns its
                           contents (`bw.ps[0]` indexes bw's), and through a
                           `*mut []T` variable `(*ps)[i]` is Vec's Index or
                           IndexMut on `*ps` (meth seeds 61, 74, 81) */
        if ((p.proj[i].kind == PJ_INDEX || p.proj[i].kind == PJ_CONST_INDEX) &&
            base_type(b, p, i)->kind == T_SLICE)
            return i;
    }
    return -1;
}

/* Is variable x (a local, or a captured one: var_place) captured
 * uniquely by the closure made here? */
static bool unique_capture(Walk *w, Place x) {
    for (int e, q = issued_here(w, &e); q < e; q++) {
        Loan *l = &w->ld->loans.data[w->issued.order[q]];
        if (l->closure && l->unique && bck_place_prefix(x, l->place))
            return true;
    }
    return false;
}

/* Is variable x captured mutably (FnMut) by the closure made here? */
static bool mut_capture(Walk *w, Place x) {
    for (int e, q = issued_here(w, &e); q < e; q++) {
        Loan *l = &w->ld->loans.data[w->issued.order[q]];
        if (l->closure && l->mut && bck_place_prefix(x, l->place) &&
            l->place.nproj == x.nproj)
            return true;
    }
    return false;
}

/* Does the statement being checked reserve a two-phase borrow (a `*mut`
 * receiver's autoref, activated at its call)? */
static bool reserves(Walk *w) {
    for (int e, q = issued_here(w, &e); q < e; q++) {
        Loan *l = &w->ld->loans.data[w->issued.order[q]];
        if (l->activate >= 0)
            return true;
    }
    return false;
}

/* Is the borrow made here exclusive? `&mut x`, and also the `&x` a
 * closure that writes x captures it by (its loan says so: FnMut), and a
 * writing library method's receiver (`sb.WriteString(s)`). */
static bool ref_is_mut(Walk *w, Rvalue *rv) {
    for (int e, q = issued_here(w, &e); q < e; q++) {
        Loan *l = &w->ld->loans.data[w->issued.order[q]];
        if ((l->closure || l->lib_iface || l->activate >= 0))
            return l->mut;
    }
    return rv->mut;
}

/* The `&x` a closure capturing x by reference is built from borrows what
 * the closure's loans made here say (collect_loans): the fields it
 * captures (Rust 2021), shared or mutable, or nothing when it moves all
 * of x in (then the closure's move is the access: E0505 while x is
 * borrowed). Of variable x when by is not NULL (a by-value capture's
 * operand: a local, or a captured variable passed on to a nested
 * closure). Returns false when no closure loan was made here. */
static bool access_captures(Walk *w, const Place *by, BckAccess shared, Span at) {
    bool any = false;
    for (int e, q = issued_here(w, &e); q < e; q++) {
        Loan *l = &w->ld->loans.data[w->issued.order[q]];
        if (!l->closure ||
            (by && (!bck_place_prefix(*by, l->place) || l->place.nproj == by->nproj)))
            continue;
        any = true;
        if (!l->untracked) {
            w->unique = l->unique;  /* a field behind a captured `*mut` (E0524, E0500) */
            access(w, l->place, l->mut ? ACC_MUT : shared, at);
            w->unique = false;
        }
    }
    return any;
}

/* `v = append(v, v...)` (also `s.v`): the twin `v.extend_from_slice(&v[..])`
 * borrows v for the call while its `&mut v` is activated: E0502; `w :=
 * append(v, v...)` moves v while the spread borrows it: E0505, as for a
 * spread of a view made before (`v[1:]`, a loan of its own). Reports
 * kind, returns whether it did. */
static bool self_spread(Walk *w, MirStmt *st, Operand *o, Span at, ConflictKind kind) {
    Rvalue *rv = &st->rv;
    if (rv->kind != RV_APPEND || !rv->spread || rv->args.len < 2 || o != &rv->args.data[0])
        return false;
    Operand *sp = &rv->args.data[1];
    if (sp->kind == OPD_CONST || !places_conflict(w->ld->b, sp->place, o->place, ACC_MUT))
        return false;
    vec_push(&w->ld->c->arena, &w->reported, ((Reported){st, NO_SPAN}));
    Conflict cf = {.kind = kind, .prog = w->ld->prog, .body = w->ld->b, .used = o->place, .at = at,
                   .later = NO_SPAN};
    cf.loan_place = sp->place;
    cf.loan_span = sp->span.hi > 0 ? sp->span : st->span;
    bck_explain(w->ld->c, &cf);
    return true;
}

/* rustc evaluates a call's operands in order: a `*mut` argument p before
 * a closure argument is reborrowed (`&mut *p`, two-phase) before the
 * closure is made, though the MIR makes the closure first. A closure
 * needing part of `*p` uniquely (a write through the captured p) conflicts
 * with that reservation: E0500 at the closure (`f.foo(func(a *int) {
 * f.n[*a] = true })`); the call, which activates the reborrow, is E0501
 * (found there, against the closure's loan). */
static void closure_after_reborrow(Walk *w, MirStmt *st) {
    LoanData *ld = w->ld;
    Body *b = ld->b;
    Block *bb = &b->blocks.data[w->block];
    if (st->kind != ST_ASSIGN || st->place.nproj || b->locals.data[st->place.local].kind != LOCAL_TEMP)
        return;
    int k = activation(bb, w->index, st->place.local);
    if (k < 0)
        return;
    Rvalue *call = &bb->stmts.data[k].rv;
    mir_foreach_operand_from(call, 1, o) {
        if (o->kind != OPD_CONST && o->place.local == st->place.local)
            break;  /* operands after the closure are made after it */
        Type *ot = o->kind == OPD_CONST ? NULL : mir_place_type(b, o->place);
        if (!ot || ot->kind != T_PTR || !ot->mut || !reborrows_mut(ld, call, mir_operand_index(call, o)))
            continue;
        Place res = deref_of(ld->c, o->place, ot->elem);
        for (int e, q = issued_here(w, &e); q < e; q++) {
            Loan *l = &ld->loans.data[w->issued.order[q]];
            if (!l->closure || !l->unique || l->untracked ||
                !places_conflict(b, res, l->place, ACC_MUT))
                continue;
            Conflict cf = {.kind = CONFLICT_UNIQUE_WHILE_BORROWED, .prog = ld->prog, .body = b,
                           .used = l->place, .at = st->rv.span.hi > 0 ? st->rv.span : st->span};
            cf.loan_place = res;
            cf.loan_span = o->span.hi > 0 ? o->span : bb->stmts.data[k].span;
            cf.loan_mut = true;
            cf.later = call->args.data[0].span.hi > 0 ? call->args.data[0].span : bb->stmts.data[k].span;
            cf.by_closure = true;
            bck_explain(ld->c, &cf);
            return;
        }
    }
}

static void check_stmt(Walk *w, MirStmt *st) {
    Body *b = w->ld->b;
    if (st->kind == ST_ASSIGN && st->place.nproj == 0 && st->place.local == 0)
        check_return(w, st);

    if (st->kind == ST_STORAGE_DEAD) {
        access(w, place_local(st->local), ACC_DEAD, st->span);
        return;
    }
    if (st->kind != ST_ASSIGN && st->kind != ST_EVAL)
        return;
    Rvalue *rv = &st->rv;
    bool print = rv->kind == RV_INTRINSIC && (rv->intrinsic == IN_PRINT || rv->intrinsic == IN_PRINTLN);
    mir_foreach_operand(rv, o) {
        int i = mir_operand_index(rv, o);   /* a call's argument i > 0 goes to parameter i */
        if (o->kind == OPD_CONST)
            continue;
        Span at = o->span.hi > 0 ? o->span : st->span;
        BckAccess a = o->kind == OPD_MOVE ? ACC_MOVE : print ? ACC_SHARED : ACC_READ;
        if (a == ACC_READ && rv->kind == RV_CALL && i == 0)
            a = ACC_SHARED;     /* calling f borrows it (Fn::call takes &self) */
        if (a == ACC_READ && rv->kind == RV_CLOSURE)
            a = ACC_SHARED;     /* a closure reading x captures `&x` (E0502, not E0503) */
        /* s = append(s, ...) grows s in place: an exclusive borrow of s
           (as Vec::push), not a move */
        if (bck_append_in_place(st, o)) {
            /* Vec::push's `&mut v` is two-phase: reserved (checked
               against mutable borrows: E0499) before activated (E0502) */
            w->reserving = true;
            bool done = access(w, o->place, ACC_MUT, at);
            w->reserving = false;
            if (done)
                reservation_failed(w, o->place);
            else if (activation_skipped(w, o->place))
                continue;
            w->pushing = true;
            if (!done)
                done = access(w, o->place, ACC_MUT, at);
            w->pushing = false;
            if (!done)
                self_spread(w, st, o, at, CONFLICT_MUT_WHILE_SHARED);
            continue;
        }
        if (a == ACC_MOVE && bck_iface_lends(b, st, o)) {
            a = ACC_SHARED;     /* i.M() borrows i (iface.c) */
            if (rv->kind == RV_CALL && i > 0 && bck_iface_elem_mut(b, o)) {
                Place v = o->place;     /* f(ks[i]): `&mut *ks[i]`, IndexMut on ks */
                v.nproj = 0;
                access(w, v, ACC_MUT, at);
                continue;
            }
        }
        /* a Copy operand of fmt (`iface T(_b, copy x)` with _b a lent
           box) is read through format_args!'s `&x` too */
        if (a == ACC_READ && rv->kind == RV_IFACE && i == 1 && lent_box(b, rv))
            a = ACC_SHARED;
        LendKind lend = a == ACC_MOVE || a == ACC_READ ? mir_lends(b, st, o) : LEND_NONE;
        if (lend)               /* fmt.Println(s): &s; sort.Ints(xs): &mut xs */
            a = lend == LEND_MUT ? ACC_MUT : ACC_SHARED;
        Place mp;
        BckAccess ma;
        int how = bck_map_access(w->ld, st, o, &mp, &ma);
        if (how) {              /* m[k] = v mutably borrows m, m[k] shares it (maps.c) */
            if (how == 1)
                access(w, mp, ma, at);
            continue;
        }
        /* v[i] on a slice is Vec's Index: a shared borrow of v (moving the
           element out of a variable's slice is moves.c's E0507, from
           behind that borrow: no move of v) */
        if ((a == ACC_READ || (a == ACC_MOVE && is_var(b, o->place.local))) && slice_index_at(b, o->place) >= 0) {
            Place v = o->place;
            v.nproj = slice_index_at(b, o->place);
            /* a Copy operand's `Index::index(&v, i)` is evaluated before
               the call, while its receiver's `&mut` is only reserved:
               `w.push(w.ps[0].n)` is fine (meth seed 1497) */
            w->operand_index = a == ACC_READ;
            access(w, v, ACC_SHARED, at);
            w->operand_index = false;
            continue;
        }
        /* a closure that moves what it captures moves it in (moves.c) */
        if (rv->kind == RV_CLOSURE) {
            Place moved[8];
            int nm = bck_closure_moves(w->ld->c, w->ld->prog, b, st, o, moved, 8);
            bool whole = false;
            for (int m = 0; m < nm; m++) {
                access(w, moved[m], ACC_MOVE, rv->span.hi > 0 ? rv->span : st->span);
                whole = whole || moved[m].nproj == bck_capture_len(b, moved[m]);
            }
            if (whole)
                continue;
            /* moving fields of a value Go captured by value: the closure
               takes those, and borrows only what its loans say (clos
               seed 103: not all of p while `&mut p.n` is live) */
            Type *ct = mir_place_type(b, o->place);
            if (nm > 0 && ct->kind != T_PTR && var_place(b, o->place) &&
                o->place.nproj == bck_capture_len(b, o->place)) {
                access_captures(w, &o->place, ACC_SHARED, at);
                continue;
            }
        }
        /* a closure capturing fields of a struct borrows those (Rust 2021) */
        bool var = rv->kind == RV_CLOSURE && var_place(b, o->place) && o->place.nproj == bck_capture_len(b, o->place);
        if (var && access_captures(w, &o->place, ACC_SHARED, at))
            continue;
        /* a closure capturing a `*mut` it writes through borrows it uniquely */
        if (var && unique_capture(w, o->place)) {
            w->unique = true;
            access(w, o->place, ACC_MUT, at);
            w->unique = false;
            continue;
        }
        /* a closure writing what it captured by value borrows it mutably */
        if (var && mut_capture(w, o->place)) {
            access(w, o->place, ACC_MUT, at);
            continue;
        }
        /* passing a *mut T reborrows it: &mut *p */
        Type *ot = mir_place_type(b, o->place);
        if (i > 0 && rv->kind == RV_CALL && ot->kind == T_PTR && ot->mut) {
            w->call = st;   /* (two-phase: Copy operands are read before the call) */
            access(w, deref_of(w->ld->c, o->place, ot->elem),
                   reborrows_mut(w->ld, rv, i) ? ACC_MUT : ACC_SHARED, at);
            w->call = NULL;
            continue;
        }
        if (a == ACC_MOVE && self_spread(w, st, o, at, CONFLICT_MOVE_BORROWED))
            continue;
        access(w, o->place, a, at);
    }
    if (rv->kind == RV_CLOSURE)
        closure_after_reborrow(w, st);
    if (rv->kind == RV_REF && !access_captures(w, NULL, ACC_SHARED, rv->span)) {
        w->reserving = reserves(w);
        if (access(w, rv->place, ref_is_mut(w, rv) ? ACC_MUT : ACC_SHARED, rv->span) && w->reserving)
            reservation_failed(w, rv->place);
        w->reserving = false;
    }
    if (rv->kind == RV_LEN || rv->kind == RV_CAP)   /* v.len() borrows v */
        access(w, rv->place, ACC_SHARED, rv->span);
    if (rv->kind == RV_SLICE)
        access(w, rv->place, ACC_READ, rv->span);
    if (st->kind == ST_ASSIGN && slice_index_at(b, st->place) >= 0) {
        Place v = st->place;    /* v[i] = x is IndexMut: a mutable borrow of v */
        v.nproj = slice_index_at(b, st->place);
        access(w, v, ACC_MUT, st->span);
    } else if (st->kind == ST_ASSIGN && !(rv->args.len && bck_append_in_place(st, &rv->args.data[0])) &&
               !(st->place.nproj == 0 && b->locals.data[st->place.local].kind == LOCAL_TEMP))
        access(w, st->place, ACC_WRITE, st->span);
}

/* Does place p go through a shared `*T` the program wrote (not the
 * closure environment's own pointers: `(*env).x` is the captured value,
 * `*(*env).x` the captured variable when it is captured by reference)?
 * Writing there is E0594, borrowing it mutably E0596. Temporaries are
 * the lowering's, not the program's. */
static bool behind_shared(Body *b, Place p) {
    LocalKind lk = b->locals.data[p.local].kind;
    int from = 0;
    if (lk == LOCAL_ENV) {
        if (p.nproj < 2 || p.proj[0].kind != PJ_DEREF || p.proj[1].kind != PJ_FIELD)
            return false;
        from = 2;
        if (!(b->byval && b->byval[p.proj[1].field]))
            from = 3;   /* the capture pointer itself */
    } else if (lk != LOCAL_USER && lk != LOCAL_ARG)
        return false;
    for (int i = from; i < p.nproj; i++)
        if (p.proj[i].kind == PJ_DEREF) {
            Type *t = base_type(b, p, i);
            if (t->kind == T_PTR && !t->mut)
                return true;
        }
    return false;
}

/* E0596: a writing library method (bck_lib_mut_receiver) called on a
 * shared `*T` (`p := &sb; p.WriteString(s)`, a `sb *strings.Builder`
 * parameter: the twin's `&mut *p`), or on a field behind one (`q.sb`). */
static bool lib_recv_behind_shared(Ctx *c, MirProgram *p, Body *b, MirStmt *st) {
    Rvalue *rv = &st->rv;
    if (!mir_stmt_has_rvalue(st) || rv->kind != RV_CALL || rv->args.len < 2)
        return false;
    Operand *f = &rv->args.data[0], *r = &rv->args.data[1];
    if (f->kind != OPD_CONST || f->c.kind != CONST_EXTERN || !f->c.ext || mir_lib_lend(f->c.ext, 0) != LEND_MUT ||
        r->kind == OPD_CONST || r->place.nproj || !r->type || r->type->kind != T_PTR || r->type->mut)
        return false;
    Place used;
    LocalKind lk = b->locals.data[r->place.local].kind;
    if (lk == LOCAL_USER || lk == LOCAL_ARG) {
        used = deref_of(c, r->place, r->type->elem);
    } else if (!bck_ref_source(b, r->place.local, &used) || !behind_shared(b, used)) {
        return false;
    }
    Conflict cf = {.kind = CONFLICT_BORROW_MUT_SHARED, .prog = p, .body = b, .used = used,
                   .at = r->span.hi > 0 ? r->span : st->span};
    bck_explain(c, &cf);
    return true;
}

/* E0594: a store through a shared `*T`; E0596: `&mut` of a place behind
 * one. */
static void check_shared_writes(Ctx *c, MirProgram *p, Body *b) {
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN && st->kind != ST_EVAL)
            continue;
        if (st->kind == ST_ASSIGN && place_has_deref(st->place) && behind_shared(b, st->place)) {
            /* in a closure, rustc reports the capture: the closure borrows
               the place mutably where it is made (E0596) */
            bool env = b->locals.data[st->place.local].kind == LOCAL_ENV;
            Conflict cf = {.kind = env ? CONFLICT_BORROW_MUT_SHARED : CONFLICT_WRITE_SHARED, .prog = p,
                           .body = b, .used = st->place, .at = env ? b->span : st->span};
            bck_explain(c, &cf);
        } else if (st->kind == ST_ASSIGN && st->rv.kind == RV_REF && st->rv.mut && behind_shared(b, st->rv.place)) {
            Conflict cf = {.kind = CONFLICT_BORROW_MUT_SHARED, .prog = p, .body = b,
                           .used = st->rv.place, .at = st->rv.span};
            bck_explain(c, &cf);
        } else if (lib_recv_behind_shared(c, p, b, st)) {
            continue;
        } else if (mir_stmt_has_rvalue(st)) {
            mir_foreach_operand(&st->rv, o)     /* sort.Ints(p.xs) with p a *T: `&mut` behind `&` */
                if (mir_lends(b, st, o) == LEND_MUT && behind_shared(b, o->place)) {
                    Conflict cf = {.kind = CONFLICT_BORROW_MUT_SHARED, .prog = p, .body = b,
                                   .used = o->place, .at = o->span.hi > 0 ? o->span : st->span};
                    bck_explain(c, &cf);
                }
        }
    }
}

/* A pointer parameter (or what is read through it) stored where it
 * outlives the call: into a global, or through another parameter. Rust's
 * elided lifetimes forbid it ("lifetime may not live long enough"): the
 * caller's borrow may end right after the call. The drop runtime relies
 * on it: a destructor that keeps `self` in a global frees what it keeps.
 * A closure's parameter stored into a variable it captures (`x = y`,
 * `ls = append(ls, y)`) is rustc's E0521, "borrowed data escapes outside
 * of closure". */
static void check_parameters_escape(LoanData *ld) {
    Body *b = ld->b;
    LoanData pl = {ld->c, ld->prog, ld->views, b, {0}, ld->live, NULL, NULL, NULL};
    for (int i = 1; i <= b->nargs && i < b->locals.len; i++) {
        if (b->locals.data[i].kind != LOCAL_ARG || !has_refs(b->locals.data[i].type))
            continue;
        Loan l = bck_new_loan(ld, place_local(i), false, b->locals.data[i].span, 0, -1);
        l.param = true;
        l.holders[i] = true;
        vec_push(&ld->c->arena, &pl.loans, l);
    }
    if (pl.loans.len == 0)
        return;
    bck_propagate_holders(&pl);
    for (int k = 0; k < pl.loans.len; k++) {
        Loan *l = &pl.loans.data[k];
        if (!l->stored_at)
            continue;
        Place cap;
        if (bck_stored_into_capture(b, l->stored_at, &cap)) {    /* E0521 */
            Conflict cf = {.kind = CONFLICT_CLOSURE_ESCAPE, .prog = ld->prog, .body = b,
                           .used = cap, .at = l->stored_at->span, .loan_place = l->place, .loan_span = l->span};
            bck_explain(ld->c, &cf);
            continue;
        }
        const char *name = b->locals.data[l->place.local].name;
        Diag *d = diag_error(ld->c, l->stored_at->span, "lifetime may not live long enough");
        diag_label(ld->c, d, l->span, false, "`%s` is a pointer parameter: it lives only as long as "
                   "its caller's borrow", name ? name : "value");
        diag_label(ld->c, d, l->stored_at->span, true, "storing it here requires it to outlive the call");
        diag_help(ld->c, d, "store a value the function owns (a `Box[T]` or a copy) instead");
    }
}

/* The temporary a range value v iterates over (`_t = call mk(); _c =
 * copy _t; v = move _c[i]`), or -1. */
static LocalId range_temp(Body *b, LocalId v) {
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->place.local != v || st->place.nproj || st->rv.kind != RV_USE ||
            st->rv.args.data[0].kind == OPD_CONST || st->rv.args.data[0].place.nproj != 1)
            continue;
        LocalId c = st->rv.args.data[0].place.local;
        mir_foreach_stmt(b, cb, d) {
            if (d->kind != ST_ASSIGN || d->place.local != c || d->place.nproj || d->rv.kind != RV_USE ||
                d->rv.args.data[0].kind == OPD_CONST)
                continue;
            Place src = d->rv.args.data[0].place;
            if (b->locals.data[src.local].kind == LOCAL_TEMP && !place_has_deref(src))
                return src.local;
        }
    }
    return -1;
}

/* The span of the expression temporary t holds (its `t = ...`). */
static Span temp_expr(Body *b, LocalId t) {
    mir_foreach_stmt(b, bb, st)
        if (st->kind == ST_ASSIGN && st->place.local == t && st->place.nproj == 0)
            return st->rv.span.hi > 0 ? st->rv.span : st->span;
    return b->locals.data[t].span;
}

/* A reborrow l through range value v of a loop over a temporary (`for _,
 * v := range mk()`, the twin's `for v in &mk()`): the temporary lives as
 * long as the loop, so l is free inside it (untracked, as over a
 * variable) but dies with it: still used after the loop, rustc's E0716 at
 * the range expression; returned, E0515 (a temporary value). Once per
 * loop (one temporary, one borrow in the twin). */
static void check_range_temp(LoanData *ld, Loan *l, LocalId t, bool *done) {
    Body *b = ld->b;
    LocalId v = l->place.local;
    if (done[v])
        return;
    Span expr = temp_expr(b, t);
    if (l->holders[0]) {
        mir_foreach_stmt(b, bb, st) {
            bool direct = mir_block_id(b, bb) == l->block && mir_stmt_index(bb, st) == l->index;
            if (st->kind != ST_ASSIGN || st->place.local != 0 || st->place.nproj ||
                !(direct || reads_holder(ld, l, &st->rv)))
                continue;
            done[v] = l->reported = true;
            Conflict cf = {.kind = CONFLICT_RETURN_LOCAL, .prog = ld->prog, .body = b, .temporary = true,
                           .used = place_local(t), .at = direct ? l->span : st->span};
            mir_foreach_operand(&st->rv, o)     /* rustc's span: the returned expression */
                if (!direct && o->kind != OPD_CONST && l->holders[o->place.local] && o->span.hi > 0) {
                    cf.at = o->span;
                    break;
                }
            cf.loan_place = place_local(t);
            cf.loan_span = expr;
            bck_explain(ld->c, &cf);
            return;
        }
    }
    mir_foreach_block(b, bb) {
        BlockId i = mir_block_id(b, bb);
        BitSet *lives = NULL;
        mir_foreach_stmt_in(bb, st) {
            int j = mir_stmt_index(bb, st);     /* the loop's end: v's StorageDead */
            if (st->kind != ST_STORAGE_DEAD || st->local != v)
                continue;
            if (!lives)
                lives = bck_block_lives(ld, i);
            if (!bck_loan_live(l, &lives[j]))
                continue;
            done[v] = l->reported = true;
            Conflict cf = {.kind = CONFLICT_TEMPORARY, .prog = ld->prog, .body = b, .used = place_local(t),
                           .at = st->span};
            cf.loan_span = expr;
            cf.later = bck_later_use(ld, l, i, j);
            bck_explain(ld->c, &cf);
            return;
        }
    }
}

/* A reborrow through a range value v is untracked when v holds the
 * loop's loan (a range over a variable: `for v in &vs`) or the loop
 * ranges over a temporary, which lives as long as the loop
 * (check_range_temp). */
static void untrack_range_reborrows(LoanData *ld) {
    bool *done = NULL;
    for (int k = 0; k < ld->loans.len; k++) {
        Loan *l = &ld->loans.data[k];
        if (!l->via_range)
            continue;
        LocalId t = range_temp(ld->b, l->place.local);
        bool held = t < 0;
        for (int q = 0; q < ld->loans.len && !held; q++)
            held = q != k && !ld->loans.data[q].via_range && ld->loans.data[q].holders[l->place.local] &&
                   ld->loans.data[q].place.local != l->place.local;
        l->untracked = true;
        if (held)
            continue;
        if (!done)
            done = arena_alloc(&ld->c->arena, (size_t)ld->b->locals.len);
        check_range_temp(ld, l, t, done);
    }
}

/* copy(v, v): the twin's copy(&mut v, &v) borrows v shared while its
 * `&mut v` is live for the call: E0502. */
static void check_copy_self(LoanData *ld) {
    mir_foreach_stmt(ld->b, bb, st) {
        Rvalue *rv = &st->rv;
        if (!mir_stmt_has_rvalue(st) || rv->kind != RV_INTRINSIC || rv->intrinsic != IN_COPY || rv->args.len != 2)
            continue;
        Operand *d = &rv->args.data[0], *s = &rv->args.data[1];
        if (d->kind == OPD_CONST || s->kind == OPD_CONST || !places_conflict(ld->b, d->place, s->place, ACC_SHARED))
            continue;
        Conflict cf = {.kind = CONFLICT_SHARED_WHILE_MUT, .prog = ld->prog, .body = ld->b, .used = s->place,
                       .at = s->span.hi > 0 ? s->span : st->span};
        cf.loan_place = d->place;
        cf.loan_span = d->span.hi > 0 ? d->span : st->span;
        cf.loan_mut = true;
        cf.later = st->span;
        bck_explain(ld->c, &cf);
    }
}

void bck_check_loans(Ctx *c, MirProgram *p, const ResultViews *views, Body *b, bool no_lifetime) {
    check_shared_writes(c, p, b);
    bck_check_range_writes(c, p, b);
    LoanData ld = {c, p, views, b, {0}, {0}, NULL, NULL, NULL};
    ld.live = mir_liveness(c, b);   /* once: temporaries and loans both read it */
    bck_check_temporaries(&ld, no_lifetime);
    check_parameters_escape(&ld);
    bck_check_map_writes(&ld);
    check_copy_self(&ld);
    collect_loans(&ld);
    bck_map_loans(&ld);
    if (ld.loans.len == 0) {    /* no loan: only a self spread can conflict */
        Walk w = {&ld, {0}, no_lifetime, bitset_new(&c->arena, 0), 0, 0, NULL, false, -1, false, {0}, false, NULL, NULL, {0}, false};
        mir_foreach_stmt(b, bb, st)
            if (st->kind == ST_ASSIGN && st->rv.kind == RV_APPEND && st->rv.args.len) {
                Operand *o = &st->rv.args.data[0];
                w.st = st;
                if (bck_append_in_place(st, o) || o->kind == OPD_MOVE)
                    self_spread(&w, st, o, o->span.hi > 0 ? o->span : st->span,
                                bck_append_in_place(st, o) ? CONFLICT_MUT_WHILE_SHARED : CONFLICT_MOVE_BORROWED);
            }
        bck_check_early_borrows(&ld, NULL, 0);
        return;
    }
    bck_propagate_holders(&ld);
    bck_check_capture_stores(&ld);
    untrack_range_reborrows(&ld);
    LiveCache lc = {&ld, arena_alloc(&c->arena, sizeof(BitSet *) * (size_t)(b->blocks.len + 1))};
    BitSet *entry = loans_in_scope(&lc);
    Walk w = {&ld, {0}, no_lifetime, bitset_new(&c->arena, ld.loans.len), 0, 0, NULL, false, -1, false, {0}, false, NULL, NULL,
              point_index(&ld, false), false};
    PointIndex activated = point_index(&ld, true);
    /* the loans on each local (what a write or StorageDead of it kills) */
    int *on_start = arena_alloc(&c->arena, sizeof(int) * (size_t)(b->locals.len + 2));
    int *on = arena_alloc(&c->arena, sizeof(int) * (size_t)(ld.loans.len + 1));
    for (int k = 0; k < ld.loans.len; k++)
        on_start[ld.loans.data[k].place.local + 1]++;
    for (int i = 0; i < b->locals.len; i++)
        on_start[i + 1] += on_start[i];
    for (int k = 0, *fill = arena_alloc(&c->arena, sizeof(int) * (size_t)(b->locals.len + 1)); k < ld.loans.len; k++) {
        LocalId x = ld.loans.data[k].place.local;
        on[on_start[x] + fill[x]++] = k;
    }
    int *order = bck_visit_order(c, b);  /* rustc's order: which errors it reports can depend on it */
    for (int oi = 0; oi < b->blocks.len; oi++) {
        BlockId i = order[oi];
        Block *bb = &b->blocks.data[i];
        w.block = i;
        bitset_copy(&w.active, &entry[i]);
        BitSet *lives = lives_of(&lc, i);
        mir_foreach_stmt_in(bb, st) {
            int j = w.index = mir_stmt_index(bb, st);
            for (int k = next_loan(&w.active, 0); k >= 0; k = next_loan(&w.active, k + 1))  /* the region ends here */
                if (!bck_loan_live(&ld.loans.data[k], &lives[j]))
                    bitset_clear(&w.active, k);
            w.st = st;
            w.after = &lives[j + 1];
            check_stmt(&w, w.st);
            for (int e, q = at_point(&activated, i, j, &e); q < e; q++) {  /* a two-phase borrow activated here */
                int k = activated.order[q];
                Loan *l = &ld.loans.data[k];
                if (bitset_get(&w.active, k) && !activation_skipped(&w, l->place)) {
                    /* one error per borrow: none when its reservation had one */
                    w.st = &b->blocks.data[l->block].stmts.data[l->index];
                    w.skip = k;
                    w.call = st;
                    access(&w, l->place, ACC_MUT, l->span.hi > 0 ? l->span : st->span);
                    w.skip = -1;
                    w.call = NULL;
                    w.st = st;
                }
            }
            if (st->kind == ST_STORAGE_DEAD || st->kind == ST_ASSIGN) {    /* kills: only loans on its local */
                LocalId x = st->kind == ST_STORAGE_DEAD ? st->local : st->place.local;
                for (int q = on_start[x]; q < on_start[x + 1]; q++)
                    if (kills(b, st, &ld.loans.data[on[q]]))
                        bitset_clear(&w.active, on[q]);
            }
            for (int e, q = issued_here(&w, &e); q < e; q++)
                if (!issued_and_replaced(b, st, &ld.loans.data[w.issued.order[q]]))
                    bitset_set(&w.active, w.issued.order[q]);
        }
    }
    /* after the walk: a borrow it reported is not reported again (rustc
       reports one conflict per borrow, with the older loan) */
    MirStmt **done = arena_alloc(&c->arena, sizeof *done * (size_t)(w.reported.len + 1));
    for (int i = 0; i < w.reported.len; i++)
        done[i] = w.reported.data[i].st;
    bck_check_early_borrows(&ld, done, w.reported.len);
}
