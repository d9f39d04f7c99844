/*
 * ast_walk.c: an expression's operands, in the order Go evaluates them
 * (ast_each_operand).
 *
 * The operands of an expression are the expressions whose values it is
 * made of:
 *
 *   (x)  -x  &x  *x  x.f  x.(T)       x
 *   x op y                            x, then y
 *   x[i]                              x, then i
 *   x[lo:hi:max]                      x, lo, hi, max (those written)
 *   T{k: v, ...}                      each element's key, then its value
 *                                     (an index or a map key; a struct
 *                                     field's name is no operand)
 *   f(args)  x.M(args)                the function value or receiver, then
 *                                     the arguments; a conversion T(x) and
 *                                     a builtin have no function operand,
 *                                     and make's or new's type is none
 *
 * Names, literals and function literals have none (a literal's body is
 * its own function; what a method value x.M evaluates is the caller's
 * business). Passes that walk expressions write rules only for the kinds
 * they treat specially and let this walk the rest, so a new kind of
 * expression is taught once, here: mir/build_order.c (gc's order),
 * mir/build_iface.c (Go's positions, may_borrow), sema/autotmp.c
 * (has_call).
 *
 * fn is called on each operand (never NULL) until it returns true;
 * ast_each_operand then returns true (an "is there one" question),
 * else false.
 */
#include "ast.h"

static bool visit(Expr *x, AstOperandFn fn, void *arg) {
    return x && fn(x, arg);
}

static bool call_operands(Expr *e, AstOperandFn fn, void *arg) {
    CallKind kind = e->u.call.kind;
    if (kind != CALL_CONV && kind != CALL_BUILTIN &&
        visit(e->u.call.recv ? e->u.call.recv : e->u.call.fn, fn, arg))
        return true;
    for (int i = 0; i < e->u.call.args.len; i++) {
        if (i == 0 && kind == CALL_BUILTIN && e->u.call.type_arg)
            continue;   /* make([]T, n), new(T): the type */
        if (visit(e->u.call.args.data[i], fn, arg))
            return true;
    }
    return false;
}

static bool composite_operands(Expr *e, AstOperandFn fn, void *arg) {
    for (int i = 0; i < e->u.composite.elems.len; i++) {
        Elem *el = &e->u.composite.elems.data[i];
        if ((el->field < 0 && visit(el->key, fn, arg)) || visit(el->value, fn, arg))
            return true;
    }
    return false;
}

bool ast_each_operand(Expr *e, AstOperandFn fn, void *arg) {
    switch (e->kind) {
    case E_PAREN: return visit(e->u.paren.x, fn, arg);
    case E_UNARY: return visit(e->u.unary.x, fn, arg);
    case E_ADDR: return visit(e->u.addr.x, fn, arg);
    case E_DEREF: return visit(e->u.deref.x, fn, arg);
    case E_FIELD: return visit(e->u.field.x, fn, arg);
    case E_ASSERT: return visit(e->u.assert.x, fn, arg);
    case E_BINARY: return visit(e->u.binary.x, fn, arg) || visit(e->u.binary.y, fn, arg);
    case E_INDEX: return visit(e->u.index.x, fn, arg) || visit(e->u.index.index, fn, arg);
    case E_SLICE:
        return visit(e->u.slice.x, fn, arg) || visit(e->u.slice.lo, fn, arg) || visit(e->u.slice.hi, fn, arg) ||
               visit(e->u.slice.max, fn, arg);
    case E_COMPOSITE: return composite_operands(e, fn, arg);
    case E_CALL: return call_operands(e, fn, arg);
    default: return false;
    }
}
