/*
 * build_order.c: Go's order of evaluation within a statement (gc's order
 * pass, cmd/compile/internal/walk/order.go, as go1.19 does it).
 *
 * The spec fixes only that calls, method calls and (channel) operations
 * happen left to right; when a plain variable is read relative to them is
 * left open. Students see gc's answer, so ml0c gives the same one:
 *
 *   var x = 1; func f() int { x = 5; return 0 }
 *   fmt.Println(x, f(), x)      prints 5 0 5 (gc), not 1 0 5
 *
 * gc first walks each statement's expressions in evaluation order and
 * copies every expression that does work (a call, append, len, a slice
 * expression, a type assertion, a && / || ...) into a temporary, in that
 * order; what is left (variables, fields, *p, a[i], m[k], operators,
 * string concatenation, conversions) is then evaluated where it is used,
 * after all of them. ml0c's builder lowers expressions left to right, and
 * an operand that stays a place (`copy _3`) is already read at its use;
 * what it materialises early (an interface box, an index copied into a
 * temporary, a map lookup) would be read too early. So before lowering a
 * statement's expression, bld_order walks it as gc's order does and
 * lowers each expression order_hoists names into a temporary, recorded
 * against its Expr; the ordinary lowering then finds it (bld_hoisted)
 * instead of lowering it again. A call's own arguments are lowered when
 * the call is, so they are read at the call, after the calls nested in
 * them, as in gc.
 *
 * Where the walk stops: the right operand of && and || is evaluated only
 * sometimes, so a && / || is hoisted whole and its operands ordered when
 * lower_cond reaches them; a func literal's body is its own body.
 * Statements: an assignment orders its left side, then its right side,
 * and hoists a right-hand call too unless the left side is a plain
 * variable (gc's `o.expr(n.Y, n.X)`), so `a[i] = f()` indexes with the i
 * that f left. The entry points of build_expr.c order any expression they
 * are given at depth 0 (B->order_depth), so every statement kind is
 * covered; `defer f(args)` is not a call here (sema made it a closure over
 * its arguments, evaluated one by one), as in gc, where they are copied
 * left to right.
 *
 * Under --borrowck ml0c keeps Rust's order instead, operands strictly
 * left to right as written (rustc's MIR building): the borrow checker must
 * give rustc's verdicts, and `return n, len(n.s)` moves n before len
 * reads it in Rust (E0382), while Go's order would read it first. The
 * program that runs is the one checked, so either order is sound; the
 * two differ only where a call changes what an earlier operand reads,
 * which Rust's rules mostly reject anyway.
 *
 * One more gc rule: an argument converted to an interface whose value the
 * conversion must copy through memory (dataWordFuncName's needsaddr: not
 * pointer-shaped, not a 2/4/8-byte scalar, not a sole string or slice)
 * is copied when met unless it is addressable and not a local variable
 * (isaddrokay): fmt.Println(st, f(), st) with st a local struct prints the
 * old st first, a global struct the new one twice. Applied to call
 * arguments (fmt's too), where the parameter type is known here, the
 * whole conversion is hoisted; everywhere else gc converts (composite
 * literal elements, append's, any(x), return lists and multiple
 * assignment into interfaces: bld_order_to) only the value is copied
 * (copy_early), the conversion made at its use. gc copies a map key the
 * same way (mapKeyTemp: sema/go_mapkey.c) and both operands of a struct
 * or array == (by the left operand's type).
 */
#include "build.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- the rule ----------------------------------------------------------- */

/* Does gc's order copy e into a temporary when it meets it (order.go,
 * expr1's copyExpr cases), rather than leaving it to be evaluated at its
 * use? */
static bool order_hoists(Expr *e) {
    switch (e->kind) {
    case E_CALL:
        if (!e->type || e->type->kind == T_VOID || e->type->tuple)
            return false;
        switch (e->u.call.kind) {
        case CALL_CONV:     /* []byte(s), []rune(s): OSTR2BYTES, OSTR2RUNES */
            return e->type->kind == T_SLICE && e->u.call.args.len == 1 &&
                   e->u.call.args.data[0]->type->kind == T_STRING;
        case CALL_BUILTIN:
            switch (e->u.call.builtin) {
            case BI_LEN: case BI_CAP: case BI_APPEND: case BI_MAKE: case BI_NEW:
            case BI_COPY: case BI_BOX: case BI_RECOVER: case BI_NANOTIME:
                return true;
            default:
                return false;
            }
        default:
            return true;
        }
    case E_SLICE:
        return true;
    case E_ASSERT:
        return e->type && !mir_go_direct_iface(e->type);
    case E_BINARY:
        return e->u.binary.op == OP_LAND || e->u.binary.op == OP_LOR;
    default:
        return false;
    }
}

/* gc's dataWordFuncName(t).needsaddr: converting a t to an interface
 * passes its address to the runtime. */
static bool sole_string_or_slice(Type *t) {
    while ((t->kind == T_STRUCT && !t->tuple && t->fields.len == 1) || (t->kind == T_ARRAY && t->len == 1))
        t = t->kind == T_ARRAY ? t->elem : t->fields.data[0].type;
    return t->kind == T_STRING || t->kind == T_SLICE;
}

static bool conv_needs_addr(Type *t) {
    if (t->kind == T_IFACE || t->kind == T_UNTYPED_NIL || mir_go_direct_iface(t))
        return false;
    int64_t size = type_go_size(t);
    bool ptrs = type_has_pointers(t);
    if ((size == 2 && t->align == 2) || (size == 4 && t->align == 4 && !ptrs) ||
        (size == 8 && t->align == 8 && !ptrs))
        return false;
    return !sole_string_or_slice(t);
}

/* ---- gc's addrTemp outside call arguments ------------------------------ */

/* gc's order copies e when met (addrTemp's copyExpr): a value converted
 * to an interface through memory, a struct or array compared with ==, a
 * map key (sema_go_map_key_copied). A plain copy of its value into a temporary;
 * the conversion, comparison or map operation that uses it comes later,
 * where the lowering would make it anyway, so -m's sites do not move. */
static void addr_temp(Builder *B, Expr *e, int site_lo);

static void conv_copy(Builder *B, Expr *e, Type *want, int site_lo) {
    if (!want || want->kind != T_IFACE || !e->type || e->type->kind == T_IFACE || e->is_const ||
        !conv_needs_addr(e->type))
        return;
    addr_temp(B, e, site_lo);
}

/* ---- -m's order of sites ------------------------------------------------- */

/* go1.19's -m reports allocations in the order its escape analysis meets
 * them, before (and regardless of) the order pass; ml0c reports sites in
 * the order they are made. Hoisting makes some early, so each site gets a
 * sequence number (B->site_seq): the sites made while hoisting an
 * expression (sites lo..hi, including those of expressions hoisted inside
 * it, renumbered when it used them) are renumbered after the others when
 * the ordinary lowering reaches the expression, which is when they would
 * have been made; bld_order_sites sorts each body's sites by it. */
static int by_seq(const void *a, const void *b) {
    const int *x = a, *y = b;
    return (x[0] > y[0]) - (x[0] < y[0]);
}

static void restamp(Builder *B, int lo, int hi) {
    if (hi <= lo)
        return;
    int *pairs = arena_alloc(bld_tmp(B), sizeof(int) * 2 * (size_t)(hi - lo));
    for (int i = lo; i < hi; i++)
        pairs[2 * (i - lo)] = B->site_seq.data[i], pairs[2 * (i - lo) + 1] = i;
    qsort(pairs, (size_t)(hi - lo), 2 * sizeof(int), by_seq);     /* in their current order */
    for (int k = 0; k < hi - lo; k++)
        B->site_seq.data[pairs[2 * k + 1]] = B->site_clock++;
}

void bld_order_sites(Builder *B, Body *b) {
    int n = b->sites.len;
    bool sorted = true;
    for (int i = 1; i < n && sorted; i++)
        sorted = B->site_seq.data[i - 1] < B->site_seq.data[i];
    if (sorted)
        return;
    int *pairs = arena_alloc(bld_tmp(B), sizeof(int) * 2 * (size_t)n);
    for (int i = 0; i < n; i++)
        pairs[2 * i] = B->site_seq.data[i], pairs[2 * i + 1] = i;
    qsort(pairs, (size_t)n, 2 * sizeof(int), by_seq);
    int *to = arena_alloc(bld_tmp(B), sizeof(int) * (size_t)n);
    AllocSite *old = arena_alloc(bld_tmp(B), sizeof(AllocSite) * (size_t)n);
    memcpy(old, b->sites.data, sizeof(AllocSite) * (size_t)n);
    for (int i = 0; i < n; i++) {
        to[pairs[2 * i + 1]] = i;
        b->sites.data[i] = old[pairs[2 * i + 1]];
        b->sites.data[i].id = i;
        B->site_seq.data[i] = i;
    }
    mir_foreach_stmt(b, bb, st)
        if (mir_stmt_has_rvalue(st) && st->rv.site >= 0)
            st->rv.site = to[st->rv.site];
    for (int i = 0; i < b->locals.len; i++)
        if (b->locals.data[i].init_site >= 0)
            b->locals.data[i].init_site = to[b->locals.data[i].init_site];
}

/* ---- the record of hoisted expressions ---------------------------------- */

/* The table from (Expr, iface) to its Hoisted entry: a statement may hoist
 * tens of thousands of calls ([]int{f(1), f(2), ...}), so no list search. */
static unsigned slot_of(Expr *e, bool iface, int cap) {
    uintptr_t h = (uintptr_t)e >> 3;
    h = (h ^ (h >> 17)) * 0x9E3779B1u + iface;
    return (unsigned)h & (unsigned)(cap - 1);
}

static Hoisted *find(Builder *B, Expr *e, bool iface) {
    if (!B->hoisted.len)
        return NULL;
    for (unsigned i = slot_of(e, iface, B->hoisted_cap);; i = (i + 1) & (unsigned)(B->hoisted_cap - 1)) {
        int at = B->hoisted_at[i];
        if (!at)
            return NULL;
        Hoisted *h = &B->hoisted.data[at - 1];
        if (h->e == e && h->iface == iface)
            return h;
    }
}

static void table_put(Builder *B, int index) {
    Hoisted *h = &B->hoisted.data[index];
    unsigned i = slot_of(h->e, h->iface, B->hoisted_cap);
    while (B->hoisted_at[i])
        i = (i + 1) & (unsigned)(B->hoisted_cap - 1);
    B->hoisted_at[i] = index + 1;
}

static void table_add(Builder *B, int index) {
    if (2 * (index + 1) > B->hoisted_cap) {     /* keep it at most half full */
        int cap = B->hoisted_cap ? 2 * B->hoisted_cap : 64;
        while (2 * (index + 1) > cap)
            cap *= 2;
        B->hoisted_at = arena_alloc(bld_tmp(B), sizeof(int) * (size_t)cap);
        memset(B->hoisted_at, 0, sizeof(int) * (size_t)cap);
        B->hoisted_cap = cap;
        for (int i = 0; i < index; i++)
            table_put(B, i);
    }
    table_put(B, index);
}

bool bld_hoisted(Builder *B, Expr *e, bool iface, Operand *o) {
    if (!B->hoisted.len)
        return false;
    Hoisted *h = find(B, e, iface);
    if (!h)
        return false;
    *o = h->o;
    if (h->used && o->kind == OPD_MOVE)     /* lowered twice: read again */
        o->kind = OPD_COPY;
    if (!h->used)
        restamp(B, h->site_lo, h->site_hi);
    h->used = true;
    return true;
}

static void record(Builder *B, Expr *e, bool iface, Operand o, int site_lo) {
    Hoisted h = {e, o, iface, false, site_lo, B->b->sites.len};
    vec_push(bld_tmp(B), &B->hoisted, h);
    table_add(B, B->hoisted.len - 1);
}

/* ---- -m's order of index notes ------------------------------------------ */

/* go1.19's walk meets an index in the initialisation of the temporary it
 * was evaluated into (walk walks those before the statement), so its
 * "index bounds check elided" comes with that temporary's, in the order
 * the temporaries were made: an inner one before the one that uses it.
 * The index expressions lowered while making one are ranked when it is
 * complete. */
void bld_order_index(Builder *B, Expr *e) {
    if (B->early)
        vec_push(bld_tmp(B), &B->early_index, e);
}

static void early_begin(Builder *B) {
    B->order_depth++;
    B->early++;
}

static void early_end(Builder *B) {
    B->order_depth--;
    B->early--;
    for (int i = 0; i < B->early_index.len; i++) {
        EarlyIndex x = {B->early_index.data[i], B->mp->early.len};
        vec_push(bld_arena(B), &B->mp->early, x);
    }
    B->early_index.len = 0;
}

static int by_index(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)((const EarlyIndex *)a)->index, y = (uintptr_t)((const EarlyIndex *)b)->index;
    return (x > y) - (x < y);
}

void bld_order_finish(MirProgram *mp) {
    if (mp->early.len)
        qsort(mp->early.data, (size_t)mp->early.len, sizeof(EarlyIndex), by_index);
}

int mir_early_rank(void *arg, Expr *e) {
    MirProgram *mp = arg;
    EarlyIndex key = {e, 0};
    EarlyIndex *x = mp->early.len ? bsearch(&key, mp->early.data, (size_t)mp->early.len, sizeof(EarlyIndex), by_index)
                                  : NULL;
    return x ? x->rank : -1;
}

static void hoist(Builder *B, Expr *e, int site_lo) {
    early_begin(B);
    Operand o = opd_temp(B, lower_rvalue(B, e, NULL), e->span);
    early_end(B);
    o.span = e->span;
    record(B, e, false, o, site_lo);
}

/* A map literal of constant entries (gc's isStaticCompositeLiteral) is
 * left where it is; any other is built when met (gc's order rewrites it
 * into m := make(...); m[k1] = v1; ..., each ordered as an assignment). */
static bool map_lit_static(Expr *e) {
    for (int i = 0; i < e->u.composite.elems.len; i++) {
        Elem *el = &e->u.composite.elems.data[i];
        if ((el->key && !el->key->is_const) || !el->value->is_const)
            return false;
    }
    return true;
}

static void copy_early(Builder *B, Expr *e, int site_lo) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    if (e->is_const || find(B, e, false) || find(B, e, true))
        return;
    hoist(B, e, site_lo);
}

/* gc's addrTemp: copied unless isaddrokay. */
static void addr_temp(Builder *B, Expr *e, int site_lo) {
    if (!sema_go_addr_ok(e))
        copy_early(B, e, site_lo);
}

/* ---- the walk ------------------------------------------------------------ */

static void walk(Builder *B, Expr *e, bool hoist_self);

static void walk_args(Builder *B, Expr *call, Type *fnt) {
    ExprList *args = &call->u.call.args;
    bool variadic = fnt && fnt->kind == T_FUNC && fnt->variadic && !call->u.call.spread;
    int fixed = variadic ? fnt->params.len - 1 : args->len;
    for (int i = 0; i < args->len; i++) {
        Expr *a = args->data[i];
        if (i == 0 && call->u.call.kind == CALL_BUILTIN && call->u.call.type_arg)
            continue;   /* make/new's type */
        int a_lo = B->b->sites.len;
        walk(B, a, true);
        Type *want = NULL;
        if (fnt && fnt->kind == T_FUNC)
            want = i < fixed ? (i < fnt->params.len ? fnt->params.data[i] : NULL)
                             : fnt->params.data[fixed]->elem;
        if (!fnt) {     /* append's elements, any(x), delete's key */
            if (call->u.call.kind == CALL_CONV)
                conv_copy(B, a, call->type, a_lo);
            else if (call->u.call.kind == CALL_BUILTIN && call->u.call.builtin == BI_APPEND && i > 0 &&
                     !call->u.call.spread && args->data[0]->type && args->data[0]->type->kind == T_SLICE)
                conv_copy(B, a, args->data[0]->type->elem, a_lo);
            else if (call->u.call.kind == CALL_BUILTIN && call->u.call.builtin == BI_DELETE && i == 1 &&
                     args->data[0]->type && args->data[0]->type->kind == T_MAP &&
                     sema_go_map_key_copied(args->data[0]->type, a))
                copy_early(B, a, a_lo);
            continue;
        }
        if (!want || want->kind != T_IFACE || a->is_const || !a->type || a->type->kind == T_IFACE ||
            find(B, a, false) || find(B, a, true) || !conv_needs_addr(a->type) || sema_go_addr_ok(a))
            continue;
        early_begin(B);
        Operand o = lower_iface_arg(B, call, i, want);
        early_end(B);
        record(B, a, true, o, a_lo);    /* with the sites of what was hoisted inside it */
    }
}

static void walk_call(Builder *B, Expr *e) {
    Type *fnt = NULL;
    switch (e->u.call.kind) {
    case CALL_FUNC:
    case CALL_METHOD:
        if (e->u.call.recv)
            walk(B, e->u.call.recv, true);
        fnt = e->u.call.func->u.func.info->type;
        break;
    case CALL_VALUE:
        walk(B, e->u.call.fn, true);
        fnt = e->u.call.fn->type;
        break;
    case CALL_EXTERN:
        fnt = e->u.call.fn->type;
        break;
    case CALL_IFACE:
        walk(B, e->u.call.recv, true);
        break;
    default:
        break;
    }
    if (e->u.call.tuple_call)   /* f(g()): g's results are f's arguments */
        return;
    walk_args(B, e, fnt);
}

static bool walk_operand(Expr *x, void *B) {
    walk(B, x, true);
    return false;
}

static void walk(Builder *B, Expr *e, bool hoist_self) {
    if (!e || e->is_const || find(B, e, false))
        return;
    int lo = B->b->sites.len;
    switch (e->kind) {
    case E_PAREN:
        walk(B, e->u.paren.x, hoist_self);
        return;
    case E_UNARY: case E_ADDR: case E_DEREF: case E_FIELD: case E_ASSERT: case E_SLICE:
        ast_each_operand(e, walk_operand, B);   /* each in turn, hoisted as met */
        break;
    case E_BINARY: {
        if (e->u.binary.op == OP_LAND || e->u.binary.op == OP_LOR)
            break;      /* hoisted whole; lower_cond orders its operands */
        Expr *x = e->u.binary.x, *y = e->u.binary.y;
        bool eq = e->u.binary.op == OP_EQ || e->u.binary.op == OP_NE;
        walk(B, x, true);
        int y_lo = B->b->sites.len;
        walk(B, y, true);
        /* a struct or array compared by address (gc orders x == y by x's
           type: `t == i` copies both, `i == t` neither) */
        if (eq && x->type && (x->type->kind == T_STRUCT || x->type->kind == T_ARRAY)) {
            addr_temp(B, x, lo);
            addr_temp(B, y, y_lo);
        }
        break;
    }
    case E_INDEX:
        walk(B, e->u.index.x, true);
        int k_lo = B->b->sites.len;
        walk(B, e->u.index.index, true);
        if (e->u.index.x->type && e->u.index.x->type->kind == T_MAP &&
            sema_go_map_key_copied(e->u.index.x->type, e->u.index.index))
            copy_early(B, e->u.index.index, k_lo);
        break;
    case E_COMPOSITE:
        if (e->type && e->type->kind == T_MAP) {    /* built when met, entry by entry */
            if (hoist_self && !map_lit_static(e))
                hoist(B, e, lo);
            return;
        }
        for (int i = 0; i < e->u.composite.elems.len; i++) {
            Elem *el = &e->u.composite.elems.data[i];
            int v_lo = B->b->sites.len;
            walk(B, el->value, true);
            Type *t = e->type, *want = NULL;
            if (t && t->kind == T_STRUCT) {
                int f = el->key ? el->field : i;
                want = f >= 0 && f < t->fields.len ? t->fields.data[f].type : NULL;
            } else if (t && (t->kind == T_ARRAY || t->kind == T_SLICE)) {
                want = t->elem;
            }
            conv_copy(B, el->value, want, v_lo);
        }
        break;
    case E_FUNCLIT:
        if (e->u.funclit.mv && e->u.funclit.mv->var)   /* x.M: x evaluated now */
            walk(B, e->u.funclit.mv->recv, true);
        return;
    case E_CALL:
        walk_call(B, e);
        break;
    default:
        return;
    }
    if (hoist_self && order_hoists(e))
        hoist(B, e, lo);
}

/* ---- entry points -------------------------------------------------------- */

void bld_order(Builder *B, Expr *e, bool hoist_self) {
    if (B->c->opt.borrowck)
        return;     /* Rust's order: strictly left to right (see above) */
    B->order_depth++;
    walk(B, e, hoist_self);
    B->order_depth--;
}

/* e is then converted to want (an assignment's or return's implicit
 * conversion to an interface, which gc orders as part of e). */
void bld_order_to(Builder *B, Expr *e, bool hoist_self, Type *want) {
    if (B->c->opt.borrowck)
        return;
    B->order_depth++;
    int lo = B->b->sites.len;
    walk(B, e, hoist_self);
    conv_copy(B, e, want, lo);
    B->order_depth--;
}

void bld_order_list(Builder *B, ExprList *l, bool hoist_self) {
    for (int i = 0; i < l->len; i++)
        bld_order(B, l->data[i], hoist_self);
}

/* Is the left side of an assignment a plain variable (gc's ONAME), so a
 * call on the right is assigned to it directly rather than through a
 * temporary? */
bool bld_order_plain_lhs(Expr *lhs) {
    while (lhs->kind == E_PAREN)
        lhs = lhs->u.paren.x;
    return lhs->kind == E_NAME;
}

/* The end of a statement: everything hoisted was used. */
void bld_order_done(Builder *B) {
    for (int i = 0; i < B->hoisted.len; i++)
        if (!B->hoisted.data[i].used)
            ICE("an expression evaluated ahead of its statement was never used");
    int n = B->hoisted.len;
    if (n && n >= B->hoisted_cap / 8) {
        memset(B->hoisted_at, 0, sizeof(int) * (size_t)B->hoisted_cap);
    } else if (n) {     /* a few entries in a big table: find their slots, then clear them */
        int *slots = arena_alloc(bld_tmp(B), sizeof(int) * (size_t)n);
        for (int k = 0; k < n; k++) {
            Hoisted *h = &B->hoisted.data[k];
            unsigned i = slot_of(h->e, h->iface, B->hoisted_cap);
            while (B->hoisted_at[i] != k + 1)
                i = (i + 1) & (unsigned)(B->hoisted_cap - 1);
            slots[k] = (int)i;
        }
        for (int k = 0; k < n; k++)
            B->hoisted_at[slots[k]] = 0;
    }
    B->hoisted.len = 0;
}
