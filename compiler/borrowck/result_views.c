/*
 * result_views.c: which arguments a function's result may be a view of.
 *
 * `out = append(out, up(x))` keeps what x borrows only if up's result
 * may share storage with x. In Rust the signature says so: the twin of
 * `func up(x string) string { return strings.ToUpper(x) }` is
 * `fn up(x: &str) -> String`, a new value that borrows nothing, while
 * `func tail(p *string) string { return (*p)[1:] }` is
 * `fn tail<'a>(p: &'a String) -> &'a str`, whose result keeps *p
 * borrowed. ML0 writes no lifetimes, so the checker reads them off the
 * body, once per function: the summary says, per parameter, whether the
 * result may be made of it (bck_result_views_arg, asked by loans.c for a
 * direct call of a function whose result holds no references of its own:
 * a string, a slice, a struct of them).
 *
 * The analysis is a flow-insensitive union over the body's assignments
 * of an *origin* per local: the parameters whose storage its value may
 * share. A parameter's origin is itself. Copying, moving, projecting,
 * reslicing or borrowing a place gives the origins of its local; an
 * aggregate, append, closure or interface value the union of its
 * operands, those of a pointer-free type (an int) excepted. A new value has none: a constant, a length, arithmetic, a
 * concatenation or string conversion (they copy the bytes), make, and a
 * library call's string, []string or pointer-free result (the runtime's
 * results are fresh storage: runtime/lib/strings.c). A call of a user
 * function gives the origins of the arguments its own summary names (a
 * least fixpoint over the program, so recursion is fine); any other call
 * (a func value, an interface method, an intrinsic) all of its operands'.
 *
 * Memory is one pseudo-local, MEM: a store into a projection (`*q = v`,
 * `s[i] = v`, `d.f = v`) or any operand of a call (the callee may store
 * it anywhere it reaches; a library function only when it is given a
 * pointer, as errors.As is) adds to it; reading a value that reaches memory (a pointer, slice, map,
 * interface, func or Box, or an addressed local, which a pointer may have
 * written) adds MEM's origins. A string is immutable bytes, so a string
 * local's origins are exactly its assignments'.
 *
 *   func up(x string) string   { return strings.ToUpper(x) }   // {}: fresh
 *   func id(x string) string   { return x }                    // {x}
 *   func tail(p *string) string { return (*p)[1:] }            // {p}
 *   func pick(x string, n int) string { if n > 0 { return "-" }; return x }  // {x}
 */
#include "borrowck.h"

struct ResultViews {
    BitSet *of;     /* per body: its result's origins (bit i: argument i) */
};

/* Does a value of type t reach memory a store may have written? */
static bool reaches_memory(Type *t) {
    switch (t->kind) {
    case T_PTR: case T_SLICE: case T_MAP: case T_IFACE: case T_FUNC: case T_BOX: return true;
    case T_ARRAY: return reaches_memory(t->elem);
    case T_STRUCT:
        for (int i = 0; i < t->fields.len; i++)
            if (reaches_memory(t->fields.data[i].type))
                return true;
        return false;
    default: return false;
    }
}

bool bck_fresh_lib_value(Rvalue *rv) {
    if (rv->kind != RV_CALL || rv->args.data[0].kind != OPD_CONST || rv->args.data[0].c.kind != CONST_EXTERN)
        return false;
    Type *t = rv->type;
    return t && (t->kind == T_STRING || (t->kind == T_SLICE && t->elem->kind == T_STRING) || !type_has_pointers(t));
}

/* Is a value of type t owned in its Rust twin (no reference, closure or
 * trait object in it: a String, a Vec or Box of owned values, a struct
 * of them)? */
static bool owned_twin(Type *t) {
    switch (t->kind) {
    case T_PTR: case T_FUNC: case T_IFACE: return false;
    case T_ARRAY: case T_SLICE: case T_BOX: return owned_twin(t->elem);
    case T_MAP: return owned_twin(t->key) && owned_twin(t->elem);
    case T_STRUCT:
        for (int i = 0; i < t->fields.len; i++)
            if (!owned_twin(t->fields.data[i].type))
                return false;
        return true;
    default: return true;
    }
}

bool bck_result_summarized(MirProgram *p, int f) {
    Body *b = p->bodies.data[f];
    Type *ft = b->fn_type;
    return !b->has_env && ft && ft->result && owned_twin(ft->result);
}

typedef struct Origins {
    Ctx *c;
    MirProgram *prog;
    ResultViews *rv;
    Body *b;
    BitSet *of;         /* per local: bit i, argument i */
    BitSet mem;         /* MEM: what stores may have put in memory */
    bool *addressed;
} Origins;

static bool add(BitSet *dst, const BitSet *src) { return bitset_union(dst, src); }

/* The origins of reading place p into acc. */
static void read_place(Origins *o, Place p, BitSet *acc) {
    add(acc, &o->of[p.local]);
    Type *t = o->b->locals.data[p.local].type;
    if (o->addressed[p.local] || place_has_deref(p) || (t && reaches_memory(t)))
        add(acc, &o->mem);
}

/* A pointer-free value (an int, a struct of ints) shares no storage:
 * `T{s: "a", n: *p}` is no view of p. */
static void read_operand(Origins *o, Operand *op, BitSet *acc) {
    if (op->kind != OPD_CONST && (!op->type || type_has_pointers(op->type)))
        read_place(o, op->place, acc);
}

/* A direct call of a summarized user function: the arguments it names. */
static bool summarized_call(Origins *o, Rvalue *rv, BitSet *acc) {
    Operand *f = &rv->args.data[0];
    if (f->kind != OPD_CONST || f->c.kind != CONST_FUNC || !bck_result_summarized(o->prog, f->c.func))
        return false;
    Body *cb = o->prog->bodies.data[f->c.func];
    if (cb->nargs != rv->args.len - 1)
        return false;
    for (int k = 1; k < rv->args.len; k++)
        if (bitset_get(&o->rv->of[f->c.func], k))
            read_operand(o, &rv->args.data[k], acc);
    return true;
}

/* May intrinsic rv store what it is given where a later read finds it?
 * Printing and reading a map do not; copy(dst, src) stores src's
 * elements, views only when they hold pointers (`copy(out, b.data)` of
 * ints is a fresh copy). */
static bool intrinsic_stores(Rvalue *rv) {
    switch (rv->intrinsic) {
    case IN_PRINT: case IN_PRINTLN: case IN_NANOTIME: case IN_DECODE_RUNE: case IN_MAP_GET: case IN_MAP_GET2:
    case IN_MAP_DELETE: case IN_MAP_LEN: case IN_MAP_NEXT: case IN_MAP_KEY: case IN_MAP_VAL:
        return false;
    case IN_COPY: {
        Type *src = rv->args.len == 2 ? rv->args.data[1].type : NULL;
        return !src || (src->kind == T_SLICE && type_has_pointers(src->elem));
    }
    default:
        return true;
    }
}

/* The origins of rv into acc; whether it may store its operands into
 * memory (a call the runtime library does not make). */
static bool rvalue_origins(Origins *o, Rvalue *rv, BitSet *acc) {
    switch (rv->kind) {
    case RV_UNARY: case RV_BINARY: case RV_CAST: case RV_LEN: case RV_CAP:
    case RV_CONCAT: case RV_STR_CONV: case RV_MAKE_SLICE:
        return false;
    case RV_REF: case RV_SLICE:
        read_place(o, rv->place, acc);
        return false;
    case RV_CALL:
        if (rv->args.data[0].kind == OPD_CONST && rv->args.data[0].c.kind == CONST_EXTERN) {
            bool writes = false;    /* through a pointer it is given (errors.As's &target) */
            mir_foreach_operand_from(rv, 1, op)
                writes |= op->type && op->type->kind == T_PTR;
            if (!bck_fresh_lib_value(rv))
                mir_foreach_operand(rv, op)
                    read_operand(o, op, acc);
            return writes;
        }
        if (!summarized_call(o, rv, acc))
            mir_foreach_operand(rv, op)
                read_operand(o, op, acc);
        add(acc, &o->mem);
        return true;
    case RV_ICALL: case RV_INTRINSIC:
        mir_foreach_operand(rv, op)
            read_operand(o, op, acc);
        add(acc, &o->mem);
        return rv->kind == RV_ICALL || intrinsic_stores(rv);
    default:    /* USE, AGGREGATE, ALLOC, APPEND, CLOSURE, IFACE, ASSERT */
        mir_foreach_operand(rv, op)
            read_operand(o, op, acc);
        return false;
    }
}

/* One pass over b's statements; whether any origin grew. */
static bool body_pass(Origins *o, BitSet *tmp, BitSet *ops) {
    bool changed = false;
    mir_foreach_stmt(o->b, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        bitset_clear_all(tmp);
        bool stores = rvalue_origins(o, &st->rv, tmp);
        if (stores) {   /* a call: whatever it is given may be stored anywhere */
            bitset_clear_all(ops);
            mir_foreach_operand(&st->rv, op)
                read_operand(o, op, ops);
            changed |= add(&o->mem, ops);
        }
        if (st->kind != ST_ASSIGN)
            continue;
        changed |= add(&o->of[st->place.local], tmp);
        if (st->place.nproj)
            changed |= add(&o->mem, tmp);
    }
    return changed;
}

/* Recomputes body f's summary; whether it grew. */
static bool summarize(Ctx *c, MirProgram *p, ResultViews *rv, int f) {
    Body *b = p->bodies.data[f];
    int n = b->nargs + 1;
    Origins o = {c, p, rv, b, arena_alloc(&c->arena, sizeof(BitSet) * (size_t)b->locals.len), bitset_new(&c->arena, n),
                 arena_alloc(&c->arena, (size_t)b->locals.len)};
    for (LocalId l = 0; l < b->locals.len; l++) {
        o.of[l] = bitset_new(&c->arena, n);
        o.addressed[l] = false;
        if (l >= 1 && l <= b->nargs)
            bitset_set(&o.of[l], l);
    }
    mir_foreach_stmt(b, bb, st)     /* what a pointer may write */
        if (mir_stmt_has_rvalue(st) && (st->rv.kind == RV_REF || st->rv.kind == RV_SLICE) &&
            !place_has_deref(st->rv.place))
            o.addressed[st->rv.place.local] = true;
    BitSet tmp = bitset_new(&c->arena, n), ops = bitset_new(&c->arena, n);
    while (body_pass(&o, &tmp, &ops)) {
    }
    return add(&rv->of[f], &o.of[0]);
}

ResultViews *bck_result_views(Ctx *c, MirProgram *p) {
    ResultViews *rv = arena_alloc(&c->arena, sizeof(ResultViews));
    rv->of = arena_alloc(&c->arena, sizeof(BitSet) * (size_t)(p->bodies.len ? p->bodies.len : 1));
    for (int f = 0; f < p->bodies.len; f++)
        rv->of[f] = bitset_new(&c->arena, p->bodies.data[f]->nargs + 1);
    for (bool changed = true; changed;) {
        changed = false;
        for (int f = 0; f < p->bodies.len; f++)
            if (bck_result_summarized(p, f))
                changed |= summarize(c, p, rv, f);
    }
    return rv;
}

bool bck_result_views_arg(const ResultViews *rv, int f, int arg) { return bitset_get(&rv->of[f], arg); }
