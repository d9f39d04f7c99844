/*
 * build_map.c: lowering map[K]V (LANGUAGE.md section 10) to MIR
 * intrinsics, one per runtime entry (runtime/core/map.c):
 *
 *   make(map[K]V, n)    _m = makemap(n) @site                (IN_MAP_MAKE)
 *   map[K]V{k: v, ...}  _m = makemap(len) @site; mapset(_m, k, v); ...
 *   m[k]                _v = mapget(m, k)           zero value on a miss
 *   v, ok := m[k]       _t = mapget2(m, k)          a (V, bool) tuple
 *   m[k] = v            mapset(m, k, v)             panics on a nil map
 *   m[k] op= v, m[k]++  _c = mapget(m, k); _r = _c op v; mapset(m, k, _r)
 *   delete(m, k)        mapdelete(m, k)
 *   len(m)              maplen(m)
 *   for k, v := range m
 *                       _p = 0
 *                 head: _p = mapnext(m, _p); if _p < 0 goto exit
 *                       k = mapkey(m, _p); v = mapval(m, _p); body; goto head
 *
 * A map index is never a place (Go: not addressable): m[k].f reads a copy.
 * Lookups borrow the map and the key (copies, never moves); mapset takes
 * the key and the value as an insert does (Rust's HashMap::insert moves
 * both), and the map itself by a shared copy. Escape analysis sees keys
 * and values stored into the heap (escape/flows.c), as Go's does.
 */
#include "build.h"

static Expr *unparen(Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    return e;
}

bool is_map_index(Expr *e) {
    e = unparen(e);
    return e->kind == E_INDEX && e->u.index.x->type && e->u.index.x->type->kind == T_MAP;
}

static Operand borrowed(Operand o) {
    if (o.kind == OPD_MOVE)
        o.kind = OPD_COPY;
    return o;
}

static Rvalue map_op(IntrinsicKind k, Type *t, Span sp) {
    Rvalue r = rv_new(RV_INTRINSIC, t, sp);
    r.intrinsic = k;
    return r;
}

/* A value kept in a temporary, so later evaluation cannot change it. */
static Operand snapshot(Builder *B, Operand o, Span sp) {
    if (o.kind == OPD_CONST)
        return o;
    Rvalue u = rv_new(RV_USE, o.type, sp);
    rv_arg(B, &u, o);
    return opd_temp(B, u, sp);
}

/* The key k of m[k] or delete(m, k) as m's key type: converted to an
 * interface key at Go's position (build_iface.c, go_map_key_pos). */
static Operand map_key(Builder *B, Expr *m, Expr *k) {
    Type *kt = m->type->key;
    if (kt->kind == T_IFACE && k->type->kind != T_IFACE)
        return lower_to_iface(B, k, kt, go_map_key_pos(B, m, k));
    return lower_operand(B, k, kt);
}

/* m[k] (or, flagged comma-ok by sema, the (V, bool) of v, ok := m[k]) */
Rvalue lower_map_index(Builder *B, Expr *e) {
    e = unparen(e);
    Expr *x = e->u.index.x;
    Rvalue r = map_op(e->u.index.comma_ok ? IN_MAP_GET2 : IN_MAP_GET, e->type, e->span);
    rv_arg(B, &r, borrowed(lower_operand(B, x, NULL)));
    rv_arg(B, &r, borrowed(map_key(B, x, e->u.index.index)));
    return r;
}

/* The map and key of an assignment's m[k], evaluated before its value. */
MapDst lower_map_dst(Builder *B, Expr *lhs) {
    lhs = unparen(lhs);
    Expr *x = lhs->u.index.x;
    MapDst d;
    d.m = snapshot(B, borrowed(lower_operand(B, x, NULL)), x->span);
    d.k = snapshot(B, map_key(B, x, lhs->u.index.index), lhs->u.index.index->span);
    d.val = x->type->elem;
    return d;
}

/* The span of a tuple assignment's mapset for its target m[k]: from that
 * target to the statement's end, so its notes name this target (Go's
 * "key of map put" quotes `m[k]` at its '['), not the first target. */
Span map_target_span(Expr *lhs, Span stmt) {
    if (lhs->span.file != stmt.file || lhs->span.lo < stmt.lo || lhs->span.lo >= stmt.hi)
        return stmt;
    return (Span){stmt.file, lhs->span.lo, stmt.hi};
}

/* mapset(m, k, v) */
void store_map_dst(Builder *B, MapDst d, Operand v, Span sp) {
    Rvalue r = map_op(IN_MAP_SET, B->s->t_void, sp);
    rv_arg(B, &r, borrowed(d.m));
    rv_arg(B, &r, d.k);
    rv_arg(B, &r, v);
    bld_eval(B, r, sp);
}

/* m[k] = e */
void lower_map_assign(Builder *B, Expr *lhs, Expr *rhs, Span sp) {
    MapDst d = lower_map_dst(B, lhs);
    store_map_dst(B, d, lower_operand(B, rhs, d.val), sp);
}

/* m[k] op= e, m[k]++ (rhs NULL): read once, combine, insert. */
void lower_map_op_assign(Builder *B, Expr *lhs, Op op, Expr *rhs, Span sp) {
    MapDst d = lower_map_dst(B, lhs);
    Type *t = d.val;
    Rvalue get = map_op(IN_MAP_GET, t, sp);
    rv_arg(B, &get, borrowed(d.m));
    rv_arg(B, &get, borrowed(d.k));
    Operand cur = opd_temp(B, get, sp);
    Operand val = rhs ? lower_operand(B, rhs, (op == OP_SHL || op == OP_SHR) ? NULL : t)
                      : opd_const_int(t, 1);
    if (!rhs && type_is_float(t)) {
        val = opd_const(CONST_FLOAT, t);
        val.c.f = 1.0;
    }
    Rvalue r = rv_new(op == OP_ADD && t->kind == T_STRING ? RV_CONCAT : RV_BINARY, t, sp);
    r.op = op;
    rv_arg(B, &r, cur);
    rv_arg(B, &r, val);
    store_map_dst(B, d, opd_temp(B, r, sp), sp);
}

/* make(map[K]V) / make(map[K]V, hint): an allocation site */
Rvalue lower_make_map(Builder *B, Expr *e) {
    Rvalue r = map_op(IN_MAP_MAKE, e->type, e->span);
    r.site = bld_site(B, ast_call_lparen(e), expr_desc(B, e));
    B->b->sites.data[r.site].kind = SITE_MAP;
    if (e->u.call.args.len == 2)
        rv_arg(B, &r, lower_operand(B, e->u.call.args.data[1], B->s->t_int));
    else
        rv_arg(B, &r, opd_const_int(B->s->t_int, 0));
    return r;
}

/* map[K]V{k: v, ...}: a made map, then one insert per element */
Rvalue lower_map_lit(Builder *B, Expr *e) {
    Type *mt = e->type;
    ElemList *el = &e->u.composite.elems;
    Rvalue mk = map_op(IN_MAP_MAKE, mt, e->span);
    mk.site = bld_site(B, go_expr_pos(B->c, e), expr_desc(B, e));
    B->b->sites.data[mk.site].kind = SITE_MAP;
    rv_arg(B, &mk, opd_const_int(B->s->t_int, el->len));
    LocalId m = bld_temp(B, mt, e->span);
    bld_assign(B, place_local(m), mk, e->span);
    for (int i = 0; i < el->len; i++) {
        MapDst d = {opd_copy(place_local(m), mt), {0}, mt->elem};
        bld_order(B, el->data[i].key, false);     /* each entry is Go's m[k] = v */
        bld_order(B, el->data[i].value, true);
        d.k = lower_keyed(B, &el->data[i], el->data[i].key, mt->key);
        store_map_dst(B, d, lower_keyed(B, &el->data[i], el->data[i].value, mt->elem), el->data[i].value->span);
    }
    Rvalue r = rv_new(RV_USE, mt, e->span);
    rv_arg(B, &r, opd_place(B, place_local(m), mt));
    return r;
}

/* delete(m, k) */
Rvalue lower_delete(Builder *B, Expr *e) {
    Expr *m = e->u.call.args.data[0];
    Rvalue r = map_op(IN_MAP_DELETE, B->s->t_void, e->span);
    rv_arg(B, &r, borrowed(lower_operand(B, m, NULL)));
    rv_arg(B, &r, borrowed(map_key(B, m, e->u.call.args.data[1])));
    return r;
}

/* len(m) */
Rvalue lower_map_len(Builder *B, Expr *x, Span sp) {
    Rvalue r = map_op(IN_MAP_LEN, B->s->t_int, sp);
    rv_arg(B, &r, borrowed(lower_operand(B, x, NULL)));
    return r;
}

static void range_read(Builder *B, Place dst, IntrinsicKind k, Type *t, Place m, Type *mt, LocalId pos, Span sp) {
    if (dst.local < 0)
        return;
    Rvalue r = map_op(k, t, sp);
    rv_arg(B, &r, opd_copy(m, mt));
    rv_arg(B, &r, opd_copy(place_local(pos), B->s->t_int));
    bld_assign(B, dst, r, sp);
}

/* for k, v := range m { body }: m evaluated once; a position walks the
 * table (kp, vp: the key and value destinations, local -1 for none). */
void lower_map_range(Builder *B, Stmt *s, Place kp, Place vp) {
    Expr *x = s->u.range.x;
    Type *mt = x->type, *int_t = B->s->t_int;
    Rvalue mv = rv_new(RV_USE, mt, x->span);
    rv_arg(B, &mv, borrowed(lower_operand(B, x, NULL)));
    Place m = opd_temp(B, mv, x->span).place;
    LocalId pos = bld_temp(B, int_t, x->span);
    Rvalue zero = rv_new(RV_USE, int_t, s->span);
    rv_arg(B, &zero, opd_const_int(int_t, 0));
    bld_assign(B, place_local(pos), zero, s->span);
    BlockId head = bld_block(B), body = bld_block(B), exit = bld_block(B);
    bld_goto(B, head, s->span);
    bld_switch_to(B, head);
    Rvalue next = map_op(IN_MAP_NEXT, int_t, s->span);
    rv_arg(B, &next, opd_copy(m, mt));
    rv_arg(B, &next, opd_copy(place_local(pos), int_t));
    bld_assign(B, place_local(pos), next, s->span);
    Rvalue cmp = rv_new(RV_BINARY, B->s->t_bool, s->span);
    cmp.op = OP_GE;     /* true: the body, as every loop (--borrowck's visiting order) */
    rv_arg(B, &cmp, opd_copy(place_local(pos), int_t));
    rv_arg(B, &cmp, opd_const_int(int_t, 0));
    bld_branch(B, opd_temp(B, cmp, s->span), body, exit, s->span);
    bld_switch_to(B, body);
    range_read(B, kp, IN_MAP_KEY, mt->key, m, mt, pos, s->span);
    range_read(B, vp, IN_MAP_VAL, mt->elem, m, mt, pos, s->span);
    if (vp.local >= 0)
        bld_mark_range_value(B);
    lower_loop_body(B, s, s->u.range.body, exit, head);
    if (B->cur >= 0)
        bld_goto(B, head, s->span);
    bld_switch_to(B, exit);
}
