/*
 * const.c: compile-time constant evaluation (numbers, bools, strings) for
 * constant declarations, array lengths, indices and overflow checks, with
 * Go's exact arithmetic (const_num.c holds the numbers).
 *
 * Go evaluates a constant expression once, when it is type-checked, with
 * its operands still untyped: `var f float64 = 7 / 2` is 3, because 7 / 2
 * is an untyped integer division; only the result is converted. ml0c does
 * the same: chk_binary and chk_unary call const_fold right after typing a
 * constant operation, which computes its exact value from the operands'
 * values and keeps it in the node (Expr.u.binary.folded / unary.folded).
 * Later retyping (chk_set_untyped giving the whole tree float64) does not
 * change that value; const_value reads it back.
 *
 * The kind of arithmetic comes from the operation's type: integer types
 * (and untyped int) divide truncating and allow % & | ^ &^ << >>; float
 * types divide exactly. Typed floats are rounded to their precision before
 * and after each operation, as go/types rounds typed constants. Untyped
 * integers wider than 512 bits are Go's "constant addition overflow" (and
 * so on for the operator), reported once here at the operator; typed
 * results outside their type are reported by the caller ("overflows int8").
 */
#include "check.h"

#include <math.h>
#include <string.h>

static Arena *ar(Checker *k) { return &k->c->arena; }

ConstVal const_of_num(Checker *k, Num n, bool isfloat) {
    ConstVal v;
    memset(&v, 0, sizeof v);
    v.kind = isfloat ? CV_FLOAT : CV_INT;
    v.n = n;
    if (num_is_int(n) && big_fits_i64(n.num)) {
        v.i = (int64_t)big_low64(n.num);
        v.f = (double)v.i;
    } else {
        v.i = (int64_t)big_low64(num_is_int(n) ? n.num : num_trunc(ar(k), n));
        v.f = num_to_double(ar(k), n);
    }
    return v;
}

bool const_i64(ConstVal v, int64_t *out) {
    if ((v.kind != CV_INT && v.kind != CV_FLOAT) || !num_is_int(v.n) || !big_fits_i64(v.n.num))
        return false;
    *out = v.i;
    return true;
}

const char *const_string(Checker *k, ConstVal v) {
    switch (v.kind) {
    case CV_INT: case CV_FLOAT: return num_string(ar(k), v.n, v.kind == CV_FLOAT);
    case CV_BOOL: return v.i ? "true" : "false";
    case CV_STRING: return arena_printf(ar(k), "\"%.*s\"", v.s.len, v.s.ptr);
    default: return "?";
    }
}

static bool is_num(ConstVal v) { return v.kind == CV_INT || v.kind == CV_FLOAT; }

static bool is_typed_float(Type *t) {
    return t && (t->kind == T_FLOAT || t->kind == T_FLOAT32);
}

/* A typed float constant holds a value of its type's precision. */
static Num round_to(Checker *k, Num n, Type *t) {
    if (!is_typed_float(t))
        return n;
    double f = num_to_double(ar(k), n);
    if (t->kind == T_FLOAT32)
        f = (float)f;
    return isinf(f) ? n : num_from_double(ar(k), f);
}

/* ---- folding ----------------------------------------------------------- */

/* go/types' opName: the operators whose overflow message names them. */
static const char *op_word(Op op, bool unary) {
    switch (op) {
    case OP_ADD: return unary ? "" : "addition ";
    case OP_SUB: return unary ? "" : "subtraction ";
    case OP_XOR: return unary ? "" : "bitwise XOR ";
    case OP_BITNOT: return "bitwise complement ";
    case OP_MUL: return "multiplication ";
    case OP_SHL: return "shift ";
    default: return "";
    }
}

/* Where Go reports a binary operation: its operator. */
static Span op_span(Checker *k, Expr *e) {
    Span s = e->span;
    if (e->kind != E_BINARY)
        return s;
    const char *text = k->c->files.data[s.file].text, *op = ast_op_name(e->u.binary.op);
    for (int i = e->u.binary.x->span.hi; i < e->u.binary.y->span.lo; i++)
        if (strncmp(text + i, op, strlen(op)) == 0) {
            s.lo = i;
            s.hi = i + (int)strlen(op);
            break;
        }
    return s;
}

/* Folding answers: a value, no constant (not an error here), or an
 * overflow already reported. */
enum { FOLD_NONE = 0, FOLD_OK = 1, FOLD_OVERFLOW = -1 };

static int overflow(Checker *k, Expr *e, Op op, bool unary) {
    diag_error(k->c, op_span(k, e), "constant %soverflow", op_word(op, unary));
    return FOLD_OVERFLOW;
}

static Num *keep(Checker *k, Num n) {
    Num *p = arena_alloc(ar(k), sizeof *p);
    *p = n;
    return p;
}

/* a op b on integers; false: not a constant (division by zero). */
static bool int_op(Checker *k, Op op, BigInt a, BigInt b, BigInt *out) {
    BigInt q, r;
    switch (op) {
    case OP_ADD: *out = big_add(ar(k), a, b); return true;
    case OP_SUB: *out = big_sub(ar(k), a, b); return true;
    case OP_MUL: *out = big_mul(ar(k), a, b); return true;
    case OP_DIV: case OP_REM:
        if (!b.len)
            return false;
        big_divmod(ar(k), a, b, &q, &r);
        *out = op == OP_DIV ? q : r;
        return true;
    case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT:
        *out = big_bitop(ar(k), op, a, b);
        return true;
    default: return false;
    }
}

static bool float_op(Checker *k, Op op, Num a, Num b, Num *out) {
    switch (op) {
    case OP_ADD: return num_add(ar(k), a, b, out);
    case OP_SUB: return num_sub(ar(k), a, b, out);
    case OP_MUL: return num_mul(ar(k), a, b, out);
    case OP_DIV: return num_sign(b) && num_quo(ar(k), a, b, out);
    default: return false;
    }
}

/* x << s, x >> s: x an integer value (1.0 << 3 is 8), s >= 0. */
static int shift_op(Checker *k, Expr *e, ConstVal a, ConstVal b, Num *out) {
    int64_t s;
    if (!num_is_int(a.n) || !const_i64(b, &s) || s < 0)
        return false;
    if (e->u.binary.op == OP_SHR) {
        *out = num_int(ar(k), big_shr(ar(k), a.n.num, s > 100000 ? 100000 : s));
        return FOLD_OK;
    }
    if (a.n.num.len && big_bitlen(a.n.num) + s > 512 + 64)
        return overflow(k, e, OP_SHL, false);
    *out = num_int(ar(k), big_shl(ar(k), a.n.num, s));
    return FOLD_OK;
}

static int fold_binary(Checker *k, Expr *e, Num *out) {
    ConstVal a, b;
    Op op = e->u.binary.op;
    Type *t = e->type;
    if (!const_value(k, e->u.binary.x, &a) || !const_value(k, e->u.binary.y, &b) || !is_num(a) || !is_num(b))
        return false;
    if (op == OP_SHL || op == OP_SHR)
        return shift_op(k, e, a, b, out);
    if (!type_is_float(t)) {
        BigInt r;
        if (!num_is_int(a.n) || !num_is_int(b.n) || !int_op(k, op, a.n.num, b.n.num, &r))
            return false;
        *out = num_int(ar(k), r);
        return FOLD_OK;
    }
    if (!float_op(k, op, round_to(k, a.n, t), round_to(k, b.n, t), out))
        return num_sign(b.n) || op != OP_DIV ? overflow(k, e, op, false) : FOLD_NONE;
    *out = round_to(k, *out, t);
    return FOLD_OK;
}

static int fold_unary(Checker *k, Expr *e, Num *out) {
    ConstVal a;
    Type *t = e->type;
    if (!const_value(k, e->u.unary.x, &a) || !is_num(a))
        return false;
    switch (e->u.unary.op) {
    case OP_NEG: *out = num_neg(a.n); return FOLD_OK;
    case OP_PLUS: *out = a.n; return FOLD_OK;
    case OP_BITNOT: {
        if (!num_is_int(a.n))
            return false;
        BigInt m1 = big_from_i64(ar(k), -1), r;
        if (type_is_unsigned(t))   /* ^x flips the type's bits: x ^ (1<<bits - 1) */
            m1 = big_sub(ar(k), big_shl(ar(k), big_from_u64(ar(k), 1), type_int_bits(t)),
                         big_from_u64(ar(k), 1));
        r = big_bitop(ar(k), OP_XOR, a.n.num, m1);
        *out = num_int(ar(k), r);
        return FOLD_OK;
    }
    default: return FOLD_NONE;
    }
}

/* Fold the constant operation e (its operands checked, its type set):
 * false after reporting an overflow, or when it is not one (bool and
 * string operations are evaluated on demand by const_value). */
bool const_fold(Checker *k, Expr *e) {
    if (!e->is_const || !type_is_numeric(e->type))
        return true;
    Num n;
    bool unary = e->kind == E_UNARY;
    int r = unary ? fold_unary(k, e, &n) : fold_binary(k, e, &n);
    if (r != FOLD_OK)
        return r == FOLD_NONE;
    if (e->type->kind == T_UNTYPED_INT && big_bitlen(n.num) > 512) {
        overflow(k, e, unary ? e->u.unary.op : e->u.binary.op, unary);
        return false;
    }
    if (unary)
        e->u.unary.folded = keep(k, n);
    else
        e->u.binary.folded = keep(k, n);
    return true;
}

/* ---- reading values ---------------------------------------------------- */

static bool compare(Op op, int c, ConstVal *out) {
    out->kind = CV_BOOL;
    switch (op) {
    case OP_EQ: out->i = c == 0; return true;
    case OP_NE: out->i = c != 0; return true;
    case OP_LT: out->i = c < 0; return true;
    case OP_LE: out->i = c <= 0; return true;
    case OP_GT: out->i = c > 0; return true;
    case OP_GE: out->i = c >= 0; return true;
    default: return false;
    }
}

/* Bool, string and comparison operations (numbers come folded). */
static bool binary(Checker *k, Expr *e, ConstVal *out) {
    ConstVal a, b;
    Op op = e->u.binary.op;
    if (!const_value(k, e->u.binary.x, &a) || !const_value(k, e->u.binary.y, &b))
        return false;
    memset(out, 0, sizeof *out);
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
            char *s = arena_alloc(ar(k), (size_t)(a.s.len + b.s.len) + 1);
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
        return compare(op, c, out);
    }
    if (is_num(a) && is_num(b)) {
        Type *t = e->u.binary.x->type;  /* typed float operands compare rounded */
        return compare(op, num_cmp(ar(k), round_to(k, a.n, t), round_to(k, b.n, t)), out);
    }
    return false;
}

/* An E_INT or E_FLOAT: small integers in ival; wider ones (the lexer
 * leaves -1) and every float literal are read exactly from their text. */
static bool literal(Checker *k, Expr *e, ConstVal *out) {
    bool isfloat = e->kind == E_FLOAT;
    if (!e->u.exact && !isfloat && e->u.ival >= 0) {
        *out = const_of_num(k, num_i64(ar(k), e->u.ival), false);
        return true;
    }
    if (!e->u.exact) {
        Num n;
        const char *text = k->c->files.data[e->span.file].text + e->span.lo;
        if (!num_parse(ar(k), text, e->span.hi - e->span.lo, &n)) {
            /* Go keeps any literal exactly; ml0c stops at 16384 bits per
               part: said once, by name, and the literal reads as 0 after */
            diag_error(k->c, e->span, "constant %.*s is too large: ml0c's exact constants stop at 16384 bits",
                       e->span.hi - e->span.lo > 40 ? 40 : e->span.hi - e->span.lo, text);
            n = num_i64(ar(k), 0);
        }
        e->u.exact = keep(k, n);
    }
    *out = const_of_num(k, *e->u.exact, isfloat);
    return true;
}

/* T(c): integers from integral floats, floats rounded to T. */
static bool conversion(Checker *k, Expr *e, ConstVal *out) {
    if (e->u.call.kind != CALL_CONV || !const_value(k, e->u.call.args.data[0], out))
        return false;
    if (!is_num(*out) || !type_is_numeric(e->type))
        return true;
    if (type_is_float(e->type))
        *out = const_of_num(k, round_to(k, out->n, e->type), true);
    else if (num_is_int(out->n))
        *out = const_of_num(k, out->n, false);
    else
        return false;
    return true;
}

/* A constant len(x)/cap(x) (check_call.c builtin_len made it one): the
 * length of the constant string, or of the array type. */
static bool len_value(Checker *k, Expr *e, ConstVal *out) {
    if (e->u.call.kind != CALL_BUILTIN || (e->u.call.builtin != BI_LEN && e->u.call.builtin != BI_CAP))
        return false;
    Expr *x = e->u.call.args.data[0];
    Type *t = x->type;
    int64_t n;
    if (t && t->kind == T_STRING) {
        if (!const_value(k, x, out) || out->kind != CV_STRING)
            return false;
        n = out->s.len;
    } else if (t && (t->kind == T_ARRAY || (t->kind == T_PTR && t->elem->kind == T_ARRAY))) {
        n = t->kind == T_ARRAY ? t->len : t->elem->len;
    } else {
        return false;
    }
    *out = const_of_num(k, num_i64(ar(k), n), false);
    return true;
}

static bool folded(Checker *k, Expr *e, const Num *n, ConstVal *out) {
    if (!n)
        return false;
    *out = const_of_num(k, *n, type_is_float(e->type));
    return true;
}

bool const_value(Checker *k, Expr *e, ConstVal *out) {
    if (!e || !e->is_const)
        return false;
    switch (e->kind) {
    case E_INT: case E_FLOAT: return literal(k, e, out);
    case E_STRING:
        memset(out, 0, sizeof *out);
        out->kind = CV_STRING;
        out->s = e->u.str;
        return true;
    case E_PAREN: return const_value(k, e->u.paren.x, out);
    case E_NAME: {
        Symbol *s = e->u.name.sym;
        if (!s)
            return false;
        if (s->kind == SYM_TRUE || s->kind == SYM_FALSE) {
            memset(out, 0, sizeof *out);
            out->kind = CV_BOOL;
            out->i = s->kind == SYM_TRUE;
            return true;
        }
        return s->kind == SYM_CONST && s->cval && const_value(k, s->cval, out);
    }
    case E_UNARY:
        if (e->u.unary.op == OP_NOT) {
            if (!const_value(k, e->u.unary.x, out) || out->kind != CV_BOOL)
                return false;
            out->i = !out->i;
            return true;
        }
        return folded(k, e, e->u.unary.folded, out);
    case E_BINARY:
        if (e->u.binary.folded)
            return folded(k, e, e->u.binary.folded, out);
        return binary(k, e, out);
    case E_CALL: return e->u.call.kind == CALL_BUILTIN ? len_value(k, e, out) : conversion(k, e, out);
    default: return false;
    }
}

/* Does v fit t (Go: "constant 256 overflows byte")? Integers must be
 * integral and in range; floats must not round to infinity. */
bool const_fits(Checker *k, ConstVal v, Type *t) {
    if (!is_num(v))
        return true;
    int bits = type_int_bits(t);
    if (bits) {
        if (!num_is_int(v.n))
            return false;
        BigInt x = v.n.num;
        if (type_is_unsigned(t))
            return !x.neg && big_bitlen(x) <= bits;
        return big_bitlen(x) < bits ||
               (x.neg && big_cmp(x, big_neg(big_shl(ar(k), big_from_u64(ar(k), 1), bits - 1))) == 0);
    }
    if (is_typed_float(t)) {
        double f = num_to_double(ar(k), v.n);
        return !isinf(t->kind == T_FLOAT32 ? (float)f : f);
    }
    return true;
}

/* A literal expression holding v, for a constant's uses (Symbol.cval). */
Expr *const_expr(Checker *k, ConstVal v, Type *t, Span at) {
    Expr *e;
    switch (v.kind) {
    case CV_INT:
        e = ast_expr(k->c, E_INT, at);
        e->u.ival = v.i;
        e->u.exact = keep(k, v.n);
        break;
    case CV_FLOAT:
        e = ast_expr(k->c, E_FLOAT, at);
        e->u.fval = v.f;
        e->u.exact = keep(k, v.n);
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

/* ---- for MIR ----------------------------------------------------------- */

bool sema_const_number(Ctx *c, SemaInfo *s, Expr *e, Type *t, int64_t *bits, double *f) {
    Checker k;
    memset(&k, 0, sizeof k);
    k.c = c;
    k.s = s;
    ConstVal v;
    if (t && t->kind == T_BOOL && e->kind == E_BINARY && type_is_numeric(e->u.binary.x->type) &&
        const_value(&k, e, &v) && v.kind == CV_BOOL) {  /* 1 << 100 > 5 */
        *bits = v.i;
        return true;
    }
    if (!t || !type_is_numeric(t) || !const_value(&k, e, &v) || !is_num(v))
        return false;
    if (type_is_float(t)) {
        *f = num_to_double(ar(&k), v.n);
        if (t->kind == T_FLOAT32)
            *f = (float)*f;
    } else {
        *bits = v.i;
    }
    return true;
}
