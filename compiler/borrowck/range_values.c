/*
 * range_values.c: the value a range loop yields, as Rust sees it.
 *
 * Go copies each element into the loop variable (`for _, v := range m`);
 * Rust iterates by reference (`for (_, v) in &m`, `for v in &vs`), so v is
 * a `&V`. For a Copy V the two agree (the twin copies: `for &v in &vs`),
 * but a non-Copy V (a slice, a map, a Box, a struct holding one) is only
 * lent: Go's copy shares the element's slice, map or box with the
 * container. So under --borrowck, as in rustc, such a v may be read and
 * reborrowed (`&v[0]` outlives v: loans.c's through_range_value) but not
 * written through:
 *
 *   v[i] = x, &mut v[i], v = append(v, x)   E0596 `*v` (Vec's IndexMut, push)
 *   s.v[i] = x                              E0596 `s.v`
 *   s.Bump() with a `*mut` receiver         E0596 `*s` (autoref `&mut *s`)
 *   inner[k] = x, delete(inner, k)          E0596 `*inner` (maps.c)
 *   s.n = x, *b = x                         E0594 `s.n`, `**b`
 *
 * Under --runtime=drop an accepted write there would change (or free,
 * when append grows it) what the container still owns. Fixed: index the
 * container (`for i := range vs { vs[i][0] = 6 }`), or change a copy and
 * store it back (`m[k] = v2`).
 *
 * Assigning v itself (`v = other`) only rebinds the loop's reference and
 * is left alone, as is `&mut v` written out (a `&mut &V` in Rust).
 */
#include "borrowck.h"

#include <stdio.h>
#include <string.h>

/* Is rv an element of the loop's copy of a slice (`_v = move _t[_i]`,
 * with _t a temporary only ever copied from a slice), or of an array when
 * arrays is set? */
static bool slice_element(Body *b, Rvalue *rv, bool arrays) {
    if (rv->kind != RV_USE || rv->args.data[0].kind == OPD_CONST || rv->args.data[0].place.nproj != 1 ||
        rv->args.data[0].place.proj[0].kind != PJ_INDEX)
        return false;
    LocalId t = rv->args.data[0].place.local;
    Type *tt = b->locals.data[t].type;
    if (b->locals.data[t].kind != LOCAL_TEMP || !(tt->kind == T_SLICE || (arrays && tt->kind == T_ARRAY)))
        return false;
    mir_foreach_stmt(b, tb, d)
        if (d->kind == ST_ASSIGN && d->place.local == t &&
            (d->place.nproj || d->rv.kind != RV_USE || d->rv.args.data[0].kind != OPD_COPY))
            return false;
    return true;
}

/* depth: how many copies (`w := v`, Rust's copy of the `&V`) led here;
 * a cycle of them (`w = v; v = w`) runs out and answers no. */
static bool range_value_at(Body *b, LocalId v, int depth, bool arrays) {
    Local *lc = &b->locals.data[v];
    if (depth > 4 || lc->kind != LOCAL_USER || !lc->type || type_is_copy(lc->type) || lc->type->kind == T_IFACE)
        return false;
    int defs = 0;
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->place.local != v)
            continue;
        Rvalue *rv = &st->rv;
        if (st->place.nproj || (rv->args.len && bck_append_in_place(st, &rv->args.data[0])))
            continue;   /* a write through v: what bck_check_range_writes reports */
        defs++;
        if (rv->kind == RV_INTRINSIC && rv->intrinsic == IN_MAP_VAL)
            continue;
        if (rv->kind == RV_USE && rv->args.data[0].kind != OPD_CONST && rv->args.data[0].place.nproj == 0 &&
            rv->args.data[0].place.local != v && range_value_at(b, rv->args.data[0].place.local, depth + 1, arrays))
            continue;
        if (!slice_element(b, rv, arrays))
            return false;
    }
    return defs > 0;
}

bool bck_range_value(Body *b, LocalId v) { return range_value_at(b, v, 0, false); }

/* Ranging over an array copies it (Go), but the slices, maps and boxes in
 * the copy are the array's: Rust's `for v in &arr` lends them too. (The
 * loop's loan of the array is loans.c's business only for slices.) */
static bool range_ref(Body *b, LocalId v) { return range_value_at(b, v, 0, true); }

/* The first index into a slice in p, or -1 (none before a dereference of
 * anything but v's own reference). */
static int first_slice_index(Body *b, Place p) {
    Type *t = b->locals.data[p.local].type;
    for (int i = 0; i < p.nproj; i++) {
        if ((p.proj[i].kind == PJ_INDEX || p.proj[i].kind == PJ_CONST_INDEX) && t->kind == T_SLICE)
            return i;
        t = p.proj[i].type;
    }
    return -1;
}

/* rustc's name for place p of range value v (a `&V`): `*v` for all of
 * it, `v.f` through fields (auto-dereferenced), `**b` through a Box.
 * Rust's place is p's with `derefs` dereferences first (1 for v itself,
 * 2 for a pointer `p := &mut v`, a `&mut &V`, whose own first dereference
 * skip says to drop): a run of dereferences before a field is
 * auto-dereference and not written. */
static const char *ref_name(Ctx *c, Body *b, Place p, int derefs, int skip) {
    char buf[256];
    const char *name = b->locals.data[p.local].name;
    Type *t = b->locals.data[p.local].type;
    snprintf(buf, sizeof buf, "%s", name ? name : "value");
    int pending = derefs;
    for (int i = 0; i < p.nproj; i++) {
        char tmp[300];
        Type *pt = t;
        t = p.proj[i].type;
        if (i < skip)
            continue;
        if (p.proj[i].kind == PJ_DEREF) {
            pending++;
            continue;
        }
        if (p.proj[i].kind == PJ_FIELD && pt->kind == T_STRUCT && p.proj[i].field < pt->fields.len) {
            snprintf(tmp, sizeof tmp, "%s.%s", buf, pt->fields.data[p.proj[i].field].name);
        } else if (pending) {
            snprintf(tmp, sizeof tmp, "(%.*s%.250s)[_]", pending < 8 ? pending : 8, "********", buf);
        } else {
            snprintf(tmp, sizeof tmp, "%.250s[_]", buf);
        }
        pending = 0;
        snprintf(buf, sizeof buf, "%.250s", tmp);
    }
    char out[300];
    snprintf(out, sizeof out, "%.*s%.250s", pending < 8 ? pending : 8, "********", buf);
    return arena_strdup(&c->arena, out);
}

/* vname: the range loop's variable, for the label. */
static void report_as(Ctx *c, Body *b, Place p, int derefs, int skip, const char *vname, bool borrow, Span at) {
    const char *x = ref_name(c, b, p, derefs, skip);
    Diag *d = borrow ? diag_error_code(c, "E0596", at, "cannot borrow `%s` as mutable, as it is behind a `&` reference", x)
                     : diag_error_code(c, "E0594", at, "cannot assign to `%s`, which is behind a `&` reference", x);
    diag_label(c, d, at, true, "`%s` is the value of a range loop, a `&` reference (Rust's `for v in &xs`): "
               "the data it refers to cannot be %s", vname, borrow ? "borrowed as mutable" : "written");
    diag_help(c, d, "index the container instead (`for i := range xs { xs[i]... }`), "
              "or change a copy and store it back (`m[k] = w`)");
}

static const char *local_name(Body *b, LocalId l) {
    return b->locals.data[l].name ? b->locals.data[l].name : "value";
}

static void report(Ctx *c, Body *b, Place p, bool borrow, Span at) {
    report_as(c, b, p, 1, 0, local_name(b, p.local), borrow, at);
}

/* A write under range value v at place p (p.nproj > 0), or a `&mut` of p:
 * through an element of a slice it needs IndexMut (E0596 on the slice),
 * otherwise it assigns behind v (E0594; a `&mut` is E0596). */
static void check_write(Ctx *c, Body *b, Place p, bool borrow, Span at) {
    int i = first_slice_index(b, p);
    if (i >= 0) {
        p.nproj = i;
        borrow = true;
    }
    report(c, b, p, borrow, at);
}

/* ---- pointers to a range value ----------------------------------------
 *
 * `p := &mut v` is Rust's `let p = &mut v`, a `&mut &V`: through it v
 * may be rebound (`*p = w`) and read, but what v refers to is still
 * behind a `&`. So a write under `*p` (`(*p)[0] = 1`, `p.n = 3`), a
 * `&mut` of it, an append to `*p`, and passing p itself where a `*mut V`
 * is wanted (`bump(p)`, `p.Bump()`: the twin's `&mut **p`) are E0596 /
 * E0594 on `**p`, `p.n`. A temporary pointer (`bump(&mut v)`, the twin's
 * `bump(&mut *v)`) is named by v. */

/* The range value (a local of rv_of) pointer p points to: every
 * assignment to p is `&mut v` (not a receiver's autoref, checked where it
 * is made), `&mut *q` or a copy of such a pointer q; -1 otherwise. */
static LocalId range_ptr_at(Body *b, const bool *rv_of, LocalId p, int depth) {
    Local *lc = &b->locals.data[p];
    if (depth > 4 || !lc->type || lc->type->kind != T_PTR || !lc->type->mut)
        return -1;
    LocalId src = -1;
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->place.local != p)
            continue;
        Rvalue *rv = &st->rv;
        if (st->place.nproj)
            continue;   /* a write through p */
        LocalId v = -1;
        if (rv->kind == RV_REF && rv->mut && !rv->autoref && rv->place.nproj == 0 && rv_of[rv->place.local])
            v = rv->place.local;
        else if (rv->kind == RV_REF && rv->mut && rv->place.nproj == 1 && rv->place.proj[0].kind == PJ_DEREF &&
                 rv->place.local != p)
            v = range_ptr_at(b, rv_of, rv->place.local, depth + 1);
        else if (rv->kind == RV_USE && rv->args.data[0].kind != OPD_CONST && rv->args.data[0].place.nproj == 0 &&
                 rv->args.data[0].place.local != p)
            v = range_ptr_at(b, rv_of, rv->args.data[0].place.local, depth + 1);
        if (v < 0)
            return -1;
        src = v;
    }
    return src;
}

/* A write or `&mut` at place q under pointer p (q.proj[0] a dereference)
 * to range value v. */
static void check_ptr_write(Ctx *c, Body *b, Place q, LocalId v, bool borrow, Span at) {
    int i = first_slice_index(b, q);
    if (i >= 0) {
        q.nproj = i;
        borrow = true;
    }
    if (b->locals.data[q.local].name) {
        report_as(c, b, q, 2, 1, local_name(b, v), borrow, at);
        return;
    }
    Place pv = q;   /* a temporary: Rust's `&mut *v`, named by v */
    pv.local = v;
    report_as(c, b, pv, 1, 1, local_name(b, v), borrow, at);
}

static bool under_ptr(const LocalId *ptr_of, Place q) {
    return ptr_of[q.local] >= 0 && q.nproj && q.proj[0].kind == PJ_DEREF;
}

static void check_ptr_uses(Ctx *c, Body *b, const LocalId *ptr_of, MirStmt *st) {
    Rvalue *rv = &st->rv;
    if (st->kind == ST_ASSIGN && under_ptr(ptr_of, st->place) && st->place.nproj > 1) {
        check_ptr_write(c, b, st->place, ptr_of[st->place.local], false, st->span);
        return;
    }
    if (!mir_stmt_has_rvalue(st))
        return;
    if (rv->kind == RV_REF && rv->mut && under_ptr(ptr_of, rv->place) && (rv->place.nproj > 1 || rv->autoref)) {
        check_ptr_write(c, b, rv->place, ptr_of[rv->place.local], true, rv->span);
    } else if (rv->kind == RV_APPEND && rv->args.data[0].kind != OPD_CONST && under_ptr(ptr_of, rv->args.data[0].place)) {
        Operand *o = &rv->args.data[0];     /* *p = append(*p, x): (**p).push(x) */
        check_ptr_write(c, b, o->place, ptr_of[o->place.local], true, st->span);
    } else if (rv->kind == RV_CALL || rv->kind == RV_ICALL) {
        for (int i = 1; i < rv->args.len; i++) {
            Operand *o = &rv->args.data[i];     /* bump(p): bump(&mut **p) */
            if (o->kind != OPD_CONST && o->place.nproj == 0 && ptr_of[o->place.local] >= 0) {
                Proj deref = {.kind = PJ_DEREF, .type = b->locals.data[o->place.local].type->elem};
                Place q = {.local = o->place.local, .nproj = 1, .proj = &deref};
                check_ptr_write(c, b, q, ptr_of[o->place.local], true, o->span);
            }
        }
    }
}

/* ---- interface values of a range loop ---------------------------------
 *
 * `for _, k := range ks` over a slice of interfaces is `for k in &ks`: k
 * is a `&Box<dyn T>` or a `&&mut dyn T`, so a method the twin's trait
 * takes `&mut self` (some implementing type has a `*mut` receiver) is
 * E0596 on `**k`, and so is passing k on as a `&mut dyn T` (`show(*k)`:
 * rustc's reborrow `&mut **k`) when ks holds `*mut` pointers. */

enum { IRV_NO, IRV_VALUE, IRV_MUT };

/* Is k (of interface type) a range loop's value over a slice or array
 * (IRV_MUT when its elements are `&mut dyn T`), or a copy of one? */
static int iface_range_value(Body *b, LocalId k, int depth) {
    Local *lc = &b->locals.data[k];
    if (depth > 4 || lc->kind != LOCAL_USER || !lc->type || lc->type->kind != T_IFACE)
        return IRV_NO;
    int kind = IRV_MUT, defs = 0;
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->place.local != k)
            continue;
        Rvalue *rv = &st->rv;
        if (st->place.nproj || rv->kind != RV_USE || rv->args.data[0].kind == OPD_CONST)
            return IRV_NO;
        defs++;
        Operand *o = &rv->args.data[0];
        int from;
        if (o->place.nproj == 0 && o->place.local != k)
            from = iface_range_value(b, o->place.local, depth + 1);
        else if (slice_element(b, rv, true))
            from = bck_iface_elem_mut(b, o) ? IRV_MUT : IRV_VALUE;
        else
            return IRV_NO;
        if (from == IRV_NO)
            return IRV_NO;
        if (from == IRV_VALUE)
            kind = IRV_VALUE;
    }
    return defs ? kind : IRV_NO;
}

/* Does type t (or *t) have every method of interface i? */
static bool implements(Type *t, Type *i) {
    for (int m = 0; m < i->imethods.len; m++) {
        bool found = false;
        for (int k = 0; k < t->methods.len && !found; k++)
            found = strcmp(t->methods.data[k].name, i->imethods.data[m].name) == 0;
        if (!found)
            return false;
    }
    return true;
}

/* Does the Rust twin's trait take method m of interface i as `&mut self`:
 * has some type implementing i a `*mut` receiver for it? */
static bool iface_method_mut(MirProgram *p, Type *i, int m) {
    if (!i || i->kind != T_IFACE || m < 0 || m >= i->imethods.len)
        return false;
    const char *name = i->imethods.data[m].name;
    for (int k = 0; k < p->bodies.len; k++) {
        Body *mb = p->bodies.data[k];
        FuncInfo *fi = mb ? mb->fi : NULL;
        if (!fi || !fi->recv || !fi->recv->type || fi->recv->type->kind != T_PTR || !fi->recv->type->mut ||
            !fi->decl || !mb->name)
            continue;
        const char *dot = strrchr(mb->name, '.');
        if (dot && strcmp(dot + 1, name) == 0 && implements(fi->recv->type->elem, i))
            return true;
    }
    return false;
}

static void report_iface(Ctx *c, Body *b, Operand *o) {
    Proj deref = {.kind = PJ_DEREF, .type = o->type};
    Place q = {.local = o->place.local, .nproj = 1, .proj = &deref};
    report(c, b, q, true, o->span);     /* rustc: `**k` */
}

static void check_iface_uses(Ctx *c, MirProgram *p, Body *b, const int *irv, MirStmt *st) {
    if (!mir_stmt_has_rvalue(st))
        return;
    Rvalue *rv = &st->rv;
    if (rv->kind == RV_ICALL) {
        Operand *o = &rv->args.data[0];     /* k.M() with M `&mut self` */
        if (o->kind != OPD_CONST && o->place.nproj == 0 && irv[o->place.local] != IRV_NO &&
            iface_method_mut(p, o->type, rv->func))
            report_iface(c, b, o);
    }
    if (rv->kind != RV_CALL || (rv->args.data[0].kind == OPD_CONST && rv->args.data[0].c.kind == CONST_EXTERN))
        return;
    for (int i = 1; i < rv->args.len; i++) {
        Operand *o = &rv->args.data[i];     /* show(k): show(&mut **k) */
        if (o->kind != OPD_CONST && o->place.nproj == 0 && irv[o->place.local] == IRV_MUT)
            report_iface(c, b, o);
    }
}

void bck_check_range_writes(Ctx *c, MirProgram *p, Body *b) {
    bool *rv_of = arena_alloc(&c->arena, (size_t)b->locals.len);
    for (LocalId l = 0; l < b->locals.len; l++)
        rv_of[l] = range_ref(b, l);
    LocalId *ptr_of = arena_alloc(&c->arena, sizeof(LocalId) * (size_t)b->locals.len);
    for (LocalId l = 0; l < b->locals.len; l++)
        ptr_of[l] = range_ptr_at(b, rv_of, l, 0);
    int *irv = arena_alloc(&c->arena, sizeof(int) * (size_t)b->locals.len);
    for (LocalId l = 0; l < b->locals.len; l++)
        irv[l] = iface_range_value(b, l, 0);
    mir_foreach_stmt(b, bb, st) {
        check_ptr_uses(c, b, ptr_of, st);
        check_iface_uses(c, p, b, irv, st);
        if (st->kind != ST_ASSIGN)
            continue;
        Rvalue *rv = &st->rv;
        if (rv_of[st->place.local] && st->place.nproj) {
            check_write(c, b, st->place, false, st->span);
        } else if (rv_of[st->place.local] && rv->args.len && bck_append_in_place(st, &rv->args.data[0])) {
            report(c, b, st->place, true, st->span);   /* v = append(v, x): v.push(x) */
        } else if (rv->kind == RV_REF && rv->mut && rv_of[rv->place.local] &&
                   (rv->place.nproj || rv->autoref)) {
            check_write(c, b, rv->place, true, rv->span);
        }
    }
}

bool bck_range_map_write(Ctx *c, Body *b, Place root, Span at) {
    for (int i = 0; i < root.nproj; i++)
        if (root.proj[i].kind != PJ_FIELD)
            return false;
    if (!range_ref(b, root.local))
        return false;
    report(c, b, root, true, at);   /* inner[k] = v, s.m[k] = v: `&mut *inner`, `&mut s.m` */
    return true;
}
