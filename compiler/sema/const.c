/*
 * const.c: compile-time constant evaluation (integers, floats, bools,
 * strings) for constant declarations, array lengths, indices and overflow
 * checks. Integer arithmetic is checked for int64 overflow ("constant
 * overflow" rather than silent wrap, as Go's arbitrary-precision constants
 * would overflow any ML0 type anyway).
 */
#include "check.h"

#include <string.h>

static bool overflow(Checker *k, Expr *e) {
    diag_error(k->c, e->span, "constant overflow");
    return false;
}

static bool to_float(ConstVal *v) {
    if (v->kind == CV_INT) {
        v->kind = CV_FLOAT;
        v->f = (double)v->i;
    }
    return v->kind == CV_FLOAT;
}

static bool int_binop(Checker *k, Expr *e, Op op, int64_t a, int64_t b, ConstVal *out) {
    int64_t r = 0;
    out->kind = CV_INT;
    switch (op) {
    case OP_ADD: if (__builtin_add_overflow(a, b, &r)) return overflow(k, e); break;
    case OP_SUB: if (__builtin_sub_overflow(a, b, &r)) return overflow(k, e); break;
    case OP_MUL: if (__builtin_mul_overflow(a, b, &r)) return overflow(k, e); break;
    case OP_DIV: if (b == 0 || (a == INT64_MIN && b == -1)) return false; r = a / b; break;
    case OP_REM: if (b == 0 || b == -1) { if (b == 0) return false; r = 0; } else r = a % b; break;
    case OP_AND: r = a & b; break;
    case OP_OR: r = a | b; break;
    case OP_XOR: r = a ^ b; break;
    case OP_ANDNOT: r = a & ~b; break;
    case OP_SHL:
        if (b < 0 || b >= 63 || (a != 0 && (a > (INT64_MAX >> b) || a < (INT64_MIN >> b))))
            return a == 0 ? (out->i = 0, true) : overflow(k, e);
        r = (int64_t)((uint64_t)a << b);
        break;
    case OP_SHR: r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b; break;
    case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
        out->kind = CV_BOOL;
        r = op == OP_EQ ? a == b : op == OP_NE ? a != b : op == OP_LT ? a < b
            : op == OP_LE ? a <= b : op == OP_GT ? a > b : a >= b;
        break;
    default: return false;
    }
    out->i = r;
    return true;
}

static bool float_binop(Op op, double a, double b, ConstVal *out) {
    out->kind = CV_FLOAT;
    switch (op) {
    case OP_ADD: out->f = a + b; return true;
    case OP_SUB: out->f = a - b; return true;
    case OP_MUL: out->f = a * b; return true;
    case OP_DIV: if (b == 0) return false; out->f = a / b; return true;
    case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
        out->kind = CV_BOOL;
        out->i = op == OP_EQ ? a == b : op == OP_NE ? a != b : op == OP_LT ? a < b
                 : op == OP_LE ? a <= b : op == OP_GT ? a > b : a >= b;
        return true;
    default: return false;
    }
}

static bool binary(Checker *k, Expr *e, ConstVal *out) {
    ConstVal a, b;
    Op op = e->u.binary.op;
    if (!const_value(k, e->u.binary.x, &a) || !const_value(k, e->u.binary.y, &b))
        return false;
    if (a.kind == CV_BOOL && b.kind == CV_BOOL) {
        out->kind = CV_BOOL;
        switch (op) {
        case OP_LAND: out->i = a.i && b.i; return true;
        case OP_LOR: out->i = a.i || b.i; return true;
        case OP_EQ: out->i = a.i == b.i; return true;
        case OP_NE: out->i = a.i != b.i; return true;
        default: return false;
        }
    }
    if (a.kind == CV_STRING && b.kind == CV_STRING) {
        if (op == OP_ADD) {
            char *s = arena_alloc(&k->c->arena, (size_t)(a.s.len + b.s.len) + 1);
            memcpy(s, a.s.ptr, (size_t)a.s.len);
            memcpy(s + a.s.len, b.s.ptr, (size_t)b.s.len);
            out->kind = CV_STRING;
            out->s = (Str){s, a.s.len + b.s.len};
            return true;
        }
        int n = a.s.len < b.s.len ? a.s.len : b.s.len;
        int c = memcmp(a.s.ptr, b.s.ptr, (size_t)n);
        if (c == 0)
            c = (a.s.len > b.s.len) - (a.s.len < b.s.len);
        return int_binop(k, e, op, c, 0, out);
    }
    if (a.kind == CV_INT && b.kind == CV_INT && !(e->type && type_is_float(e->type) && e->type->kind != T_UNTYPED_FLOAT) &&
        !(e->type && e->type->kind == T_UNTYPED_FLOAT && op == OP_DIV)) {
        if (!int_binop(k, e, op, a.i, b.i, out))
            return false;
        return true;        /* typed results are range-checked by chk_binary */
    }
    if (!to_float(&a) || !to_float(&b))
        return false;
    return float_binop(op, a.f, b.f, out);
}

bool const_value(Checker *k, Expr *e, ConstVal *out) {
    if (!e || !e->is_const)
        return false;
    switch (e->kind) {
    case E_INT: out->kind = CV_INT; out->i = e->u.ival; return true;
    case E_FLOAT: out->kind = CV_FLOAT; out->f = e->u.fval; return true;
    case E_STRING: out->kind = CV_STRING; out->s = e->u.str; return true;
    case E_PAREN: return const_value(k, e->u.paren.x, out);
    case E_NAME: {
        Symbol *s = e->u.name.sym;
        if (!s)
            return false;
        if (s->kind == SYM_TRUE || s->kind == SYM_FALSE) {
            out->kind = CV_BOOL;
            out->i = s->kind == SYM_TRUE;
            return true;
        }
        return s->kind == SYM_CONST && s->cval && const_value(k, s->cval, out);
    }
    case E_UNARY: {
        if (!const_value(k, e->u.unary.x, out))
            return false;
        switch (e->u.unary.op) {
        case OP_NEG:
            if (out->kind == CV_INT) {
                if (out->i == INT64_MIN)
                    return overflow(k, e);
                out->i = -out->i;
            } else {
                out->f = -out->f;
            }
            return true;
        case OP_NOT: out->i = !out->i; return true;
        case OP_BITNOT: out->i = ~out->i; if (e->type && e->type->kind == T_BYTE) out->i &= 0xff; return true;
        default: return true;
        }
    }
    case E_BINARY: return binary(k, e, out);
    case E_CALL:    /* constant conversion T(c) */
        if (e->u.call.kind != CALL_CONV || !const_value(k, e->u.call.args.data[0], out))
            return false;
        if (type_is_float(e->type))
            return to_float(out);
        if (type_is_integer(e->type) && out->kind == CV_FLOAT) {
            out->kind = CV_INT;
            out->i = (int64_t)out->f;
        }
        return true;
    default: return false;
    }
}

/* Does v fit t's range (Go: "constant 256 overflows byte")? Constants are
 * int64 here, so uint64 values above MaxInt64 are out of reach. */
bool const_fits(ConstVal v, Type *t) {
    int bits = type_int_bits(t);
    if (!bits)
        return true;
    double lo, hi;      /* [lo, hi] */
    if (type_is_unsigned(t)) {
        lo = 0;
        hi = bits == 64 ? 1.8446744073709552e19 : (double)((1ULL << bits) - 1);
    } else {
        lo = bits == 64 ? -9.2233720368547758e18 : -(double)(1LL << (bits - 1));
        hi = bits == 64 ? 9.2233720368547758e18 : (double)((1LL << (bits - 1)) - 1);
    }
    if (v.kind == CV_INT)
        return (double)v.i >= lo && (bits == 64 || (double)v.i <= hi);
    return v.f >= lo && (bits == 64 ? v.f < hi : v.f <= hi);
}

/* A literal expression holding v, for a constant's uses (Symbol.cval). */
Expr *const_expr(Checker *k, ConstVal v, Type *t, Span at) {
    Expr *e;
    switch (v.kind) {
    case CV_INT:
        e = ast_expr(k->c, E_INT, at);
        e->u.ival = v.i;
        break;
    case CV_FLOAT:
        e = ast_expr(k->c, E_FLOAT, at);
        e->u.fval = v.f;
        break;
    case CV_STRING:
        e = ast_expr(k->c, E_STRING, at);
        e->u.str = v.s;
        break;
    default: {
        e = ast_expr(k->c, E_NAME, at);
        e->u.name.name = intern_cstr(k->c, v.i ? "true" : "false");
        for (int i = 0; i < k->universe.len; i++)
            if (k->universe.data[i]->name == e->u.name.name)
                e->u.name.sym = k->universe.data[i];
        break;
    }
    }
    e->type = t;
    e->is_const = true;
    return e;
}
