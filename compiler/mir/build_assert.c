/*
 * build_assert.c: interface method calls, type assertions and
 * interface-to-interface conversions -> MIR (LANGUAGE.md "Interfaces";
 * docs/RUNTIME.md "Interfaces" for what codegen makes of them).
 *
 *   s.Area(a)        _r = icall #k(copy s, a)     k: Area's index in s's
 *                                                 method set (the itab slot)
 *   x.(T)            _t = assert T(copy x)        panics as Go on a mismatch
 *   v, ok := x.(T)   _t = assert? T(copy x)       a (T, bool) tuple
 *   case T: (type switch)  _b = assert is T(copy .tag)   a bool
 *   var r Reader = rw  _i = iface Reader(copy rw)  elem: the source interface
 *                                                 (the itab is found at run time)
 *
 * Nothing here allocates: an assertion to a non-pointer type copies the
 * value out of the box (Go's ODOTTYPE loads through the data word).
 */
#include "build.h"

/* s.M(args): a call through s's itab. */
Rvalue lower_icall(Builder *B, Expr *e) {
    Rvalue r = rv_new(RV_ICALL, e->type, e->span);
    r.func = e->u.call.imethod;
    Expr *recv = e->u.call.recv;
    rv_arg(B, &r, lower_operand(B, recv, recv->type));
    lower_call_args(B, &r, e, e->u.call.fn->type);
    return r;
}

/* x.(T), v, ok := x.(T), and a type switch's test. */
Rvalue lower_assert(Builder *B, Expr *e) {
    Rvalue r = rv_new(RV_ASSERT, e->type, e->span);
    r.elem = e->u.assert.target;
    r.amode = e->u.assert.test ? ASSERT_TEST : e->u.assert.comma_ok ? ASSERT_OK : ASSERT_PANIC;
    Expr *x = e->u.assert.x;
    rv_arg(B, &r, lower_operand(B, x, x->type));
    return r;
}

/* An interface value of type `from` as one of type `to` (same data word;
 * the itab or descriptor word is recomputed). */
Operand lower_iface_conv(Builder *B, Expr *e, Type *to) {
    return lower_iface_conv_at(B, e, to, go_pos(B, e));
}

/* lower_iface_conv, go1.19's OCONVIFACE placed at at (-m=2's note). */
Operand lower_iface_conv_at(Builder *B, Expr *e, Type *to, Span at) {
    return lower_iface_conv_as(B, e, to, at, NULL);
}

/* lower_iface_conv_at whose note quotes what (an explicit any(x): Go's
 * OCONVIFACE is the conversion written), or e when what is NULL. */
Operand lower_iface_conv_as(Builder *B, Expr *e, Type *to, Span at, const char *what) {
    Operand o = lower_operand(B, e, e->type);
    if (e->type == to || (type_is_empty_iface(e->type) && type_is_empty_iface(to)))
        return o;
    Rvalue r = rv_new(RV_IFACE, to, e->span);
    r.elem = e->type;
    rv_arg(B, &r, o);
    if (B->c->opt.m_level >= 2 || B->c->opt.explain) {  /* Go's OCONVIFACE: -m=2 notes it */
        IfaceAt ia = {e->span, at, what};
        vec_push(bld_tmp(B), &B->b->iface_at, ia);
    }
    return opd_temp(B, r, e->span);
}
