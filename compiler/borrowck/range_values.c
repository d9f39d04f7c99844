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
 * it, `v.f` through fields (auto-dereferenced), `**b` through a Box. */
static const char *ref_name(Ctx *c, Body *b, Place p) {
    char buf[256];
    const char *name = b->locals.data[p.local].name;
    Type *t = b->locals.data[p.local].type;
    snprintf(buf, sizeof buf, "%s%s", p.nproj && p.proj[0].kind == PJ_FIELD ? "" : "*", name ? name : "value");
    for (int i = 0; i < p.nproj; i++) {
        char tmp[300];
        if (p.proj[i].kind == PJ_FIELD && t->kind == T_STRUCT && p.proj[i].field < t->fields.len)
            snprintf(tmp, sizeof tmp, "%s.%s", buf, t->fields.data[p.proj[i].field].name);
        else if (p.proj[i].kind == PJ_DEREF && !(i + 1 < p.nproj && p.proj[i + 1].kind == PJ_FIELD))
            snprintf(tmp, sizeof tmp, "*%s", buf);
        else if (p.proj[i].kind == PJ_DEREF)
            snprintf(tmp, sizeof tmp, "%s", buf);
        else
            snprintf(tmp, sizeof tmp, "%s[_]", buf);
        snprintf(buf, sizeof buf, "%.250s", tmp);
        t = p.proj[i].type;
    }
    return arena_strdup(&c->arena, buf);
}

static void report(Ctx *c, Body *b, Place p, bool borrow, Span at) {
    const char *x = ref_name(c, b, p);
    const char *v = b->locals.data[p.local].name ? b->locals.data[p.local].name : "value";
    Diag *d = borrow ? diag_error_code(c, "E0596", at, "cannot borrow `%s` as mutable, as it is behind a `&` reference", x)
                     : diag_error_code(c, "E0594", at, "cannot assign to `%s`, which is behind a `&` reference", x);
    diag_label(c, d, at, true, "`%s` is the value of a range loop, a `&` reference (Rust's `for v in &xs`): "
               "the data it refers to cannot be %s", v, borrow ? "borrowed as mutable" : "written");
    diag_help(c, d, "index the container instead (`for i := range xs { xs[i]... }`), "
              "or change a copy and store it back (`m[k] = w`)");
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

void bck_check_range_writes(Ctx *c, Body *b) {
    bool *rv_of = arena_alloc(&c->arena, (size_t)b->locals.len);
    for (LocalId l = 0; l < b->locals.len; l++)
        rv_of[l] = range_ref(b, l);
    mir_foreach_stmt(b, bb, st) {
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
