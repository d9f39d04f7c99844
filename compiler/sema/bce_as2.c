/*
 * bce_as2.c: the "index bounds check elided" lines of a multiple
 * assignment a, b[i] = x, y: which hold and in what order go1.19 prints
 * them (bce.c makes the notes; this file is its walk of one statement).
 *
 * go1.19's order pass first copies every call of the statement (and
 * every map key it copies, below) into a temporary, the left side's calls then the right side's, each call
 * after the calls among its own operands (order.go: OAS2 orders Lhs then
 * Rhs, a call is copied once its arguments are ordered). Those
 * temporaries' assignments are walked first, so the notes inside a call
 * come first, call by call in that order.
 *
 * Then walk/assign.go ascompatee assigns the elements in order. For
 * element k it first copies into a temporary ("save") each operand an
 * earlier element's assignment may change (affected, below):
 *
 *   on the left, drilling through array elements, parens and fields of a
 *   value: each array element's index; then, at the end of the drill,
 *   x and i of x[i] (slice, map, pointer to array), p of *p and of p.f
 *   then the right side, whole
 *
 * and walks each copy as it is made; then it walks the assignment
 * itself, what was not copied of the left side, then of the right side.
 * So element k's notes come in four runs: inside the saved left operands,
 * inside the saved right side, the rest of the left side, the rest of the
 * right side; and element k's before element k+1's. A saved array index
 * is a temporary by the time walkIndex sees it, which only its type
 * bounds: that element's own note is withdrawn (bce_as2_withdrawn).
 *
 * Whether an operand is saved depends on variables whose address is
 * taken anywhere in the function (go1.19 asks Addrtaken), so sema tags
 * the statement's notes when it checks it (chk_bounds_assign_list) and
 * both questions are answered when the notes are reported, once the
 * function is checked.
 *
 * A map put m[k] = r (or m[k] op= r but for / and %) is ordered the same
 * way, without ascompatee: the order pass's copies first (its calls, and
 * a key mapKeyTemp copies: sema/go_mapkey.c), then r, which mapAssign
 * copies unless a name or a constant (safeMapRHS; of append(m[k], xs...)
 * each x), then the rest, m[k] before r. m[k] /= r copies k before r:
 * check order already.
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

static Expr *unparen(Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    return e;
}

static bool inside(Expr *e, int at) { return e && e->span.lo <= at && at < e->span.hi; }

/* Is the note at `at` the bounds check of e = x[i] itself (its '[')? */
static bool bracket_of(Expr *e, int at) {
    return e->u.index.x->span.hi <= at && at < e->u.index.index->span.lo;
}

static bool array_or_ptr(Type *t) {
    return t && (t->kind == T_ARRAY || (t->kind == T_PTR && t->elem && t->elem->kind == T_ARRAY));
}

static bool is_map_index(Expr *e) {
    e = unparen(e);
    return e->kind == E_INDEX && e->u.index.x->type && e->u.index.x->type->kind == T_MAP;
}

/* m[k] = r, m[k] op= r but for / and %: order's mapAssign (safeMapRHS)
 * copies r first, which m[k] /= r, rewritten m[k] = m[k] / r, does after
 * copying k. */
static bool map_put(Stmt *s) {
    return s->u.assign.lhs.len == 1 && s->u.assign.rhs.len == 1 && is_map_index(s->u.assign.lhs.data[0]) &&
           s->u.assign.op != OP_DIV && s->u.assign.op != OP_REM;
}

/* Tag the notes of the statement just checked, if go1.19 orders them
 * differently from check order: they are the last of the function's
 * notes, inside its span (a function literal's notes, which may come
 * between, are its own). */
void chk_bounds_assign(Checker *k, Stmt *s) {
    ExprList *l = &s->u.assign.lhs, *r = &s->u.assign.rhs;
    bool as2 = s->u.assign.op == OP_NONE && l->len > 1 && r->len == l->len;
    if (!as2 && !map_put(s))
        return;
    for (int j = k->s->bce.len - 1; j >= 0; j--) {
        BceNote *n = &k->s->bce.data[j];
        if (n->fn != k->fn)
            continue;
        if (n->at.file != s->span.file || n->at.lo < s->span.lo || n->at.lo >= s->span.hi)
            break;
        n->as2 = s;
    }
}

/* What the assignments before one element have done, as ascompatee
 * tracks it: locals assigned directly, whether memory was written (a
 * global, a variable whose address is taken or that a closure holds, an
 * element or field through a pointer), whether a named result was
 * assigned in a function with defer (then everything is copied). */
typedef struct As2 {
    FuncInfo *fn;
    Var *set[16];
    int nset;
    bool mem, all;
} As2;

/* go1.19's Addrtaken() || !OnStack() for v, used in fn: a variable of an
 * enclosing function is a closure variable (PAUTOHEAP) unless fn is
 * called in place and holds a copy of it (directClosureCall made it a
 * parameter). */
static bool var_in_memory(As2 *a, Var *v) {
    if (v->owner != a->fn)
        return !(a->fn->called_in_place && sema_capture_byval(v));
    return sema_go_addrtaken(v);
}

static Var *var_of(Expr *e) {
    e = unparen(e);
    if (e->kind != E_NAME || !e->u.name.sym || e->u.name.sym->kind != SYM_VAR)
        return NULL;
    return e->u.name.sym->var;
}

static bool affected(As2 *a, Expr *e);

static bool affected_list(As2 *a, ExprList *l) {
    for (int i = 0; i < l->len; i++)
        if (affected(a, l->data[i]))
            return true;
    return false;
}

/* ascompatee's affected: could the assignments so far change e? A node
 * that reads memory (readsMemory: all but variables on the stack whose
 * address is not taken, constants, arithmetic, conversions, field
 * selection) counts once memory was written; a call, len, a slice
 * expression, && and || are temporaries of the order pass by then. */
static bool affected(As2 *a, Expr *e) {
    if (!e || e->is_const)
        return false;
    if (a->all)
        return true;
    switch (e->kind) {
    case E_PAREN: return affected(a, e->u.paren.x);
    case E_NAME: {
        Symbol *sym = e->u.name.sym;
        if (!sym)
            return false;
        if (sym->kind == SYM_GLOBAL)
            return a->mem;
        Var *v = var_of(e);
        if (!v)
            return false;
        for (int i = 0; i < a->nset; i++)
            if (a->set[i] == v)
                return true;
        return a->mem && var_in_memory(a, v);
    }
    case E_CALL:
        if (e->u.call.kind == CALL_CONV && !(e->type && e->type->kind == T_SLICE))
            return affected_list(a, &e->u.call.args);     /* OCONV */
        return false;   /* a temporary (order) */
    case E_SLICE:
        return false;
    case E_ASSERT:
        return affected(a, e->u.assert.x);
    case E_BINARY:
        switch (e->u.binary.op) {
        case OP_LAND: case OP_LOR:
            return false;
        case OP_ADD:
            if (e->type && e->type->kind == T_STRING)   /* OADDSTR */
                return a->mem || affected(a, e->u.binary.x) || affected(a, e->u.binary.y);
            return affected(a, e->u.binary.x) || affected(a, e->u.binary.y);
        case OP_SUB: case OP_MUL: case OP_DIV: case OP_REM: case OP_AND: case OP_OR: case OP_XOR:
        case OP_SHL: case OP_SHR: case OP_ANDNOT:
            return affected(a, e->u.binary.x) || affected(a, e->u.binary.y);
        default:        /* comparisons */
            return a->mem || affected(a, e->u.binary.x) || affected(a, e->u.binary.y);
        }
    case E_UNARY:
        return (e->u.unary.op == OP_NOT && a->mem) || affected(a, e->u.unary.x);
    case E_FIELD:
        return (e->u.field.through_ptr && a->mem) || affected(a, e->u.field.x);
    case E_INDEX:
        return a->mem || affected(a, e->u.index.x) || affected(a, e->u.index.index);
    case E_DEREF:
        return a->mem || affected(a, e->u.deref.x);
    case E_ADDR:
        return a->mem || affected(a, e->u.addr.x);
    case E_COMPOSITE:
        if (a->mem)
            return true;
        for (int i = 0; i < e->u.composite.elems.len; i++)
            if (affected(a, e->u.composite.elems.data[i].value))
                return true;
        return false;
    default:
        return a->mem;
    }
}

static bool is_result(FuncInfo *fn, Var *v) {
    for (int i = 0; i < fn->results.len; i++)
        if (fn->results.data[i] == v)
            return true;
    return false;
}

/* The element's assignment, as ascompatee records it after saving. */
static void assigned(As2 *a, Expr *lhs) {
    Expr *e = lhs;
    for (;;) {
        e = unparen(e);
        if (e->kind == E_INDEX && e->u.index.x->type && e->u.index.x->type->kind == T_ARRAY)
            e = e->u.index.x;
        else if (e->kind == E_FIELD && !e->u.field.through_ptr)
            e = e->u.field.x;
        else
            break;
    }
    if (e->kind != E_NAME || !e->u.name.sym) {
        if (!(e->kind == E_NAME && e->u.name.name && strcmp(e->u.name.name, "_") == 0))
            a->mem = true;      /* an element, *p, p.f: memory */
        return;
    }
    if (e->u.name.sym->kind == SYM_GLOBAL) {
        a->mem = true;
        return;
    }
    Var *v = var_of(e);
    if (!v)
        return;     /* _ */
    if (v->owner == a->fn && is_result(a->fn, v) && a->fn->has_defer)
        a->all = true;
    else if (var_in_memory(a, v) || v->owner != a->fn)
        a->mem = true;
    else if (a->nset < (int)(sizeof a->set / sizeof a->set[0]))
        a->set[a->nset++] = v;
    else
        a->all = true;      /* a long list: as good as anything */
}

/* Where the note at `at`, inside left side l, stands in ascompatee's
 * walk of its element: 'w' withdrawn (the index of an array element
 * saved), 's' inside a saved operand, 'l' walked with the assignment. */
static char lhs_part(As2 *a, Expr *l, int at) {
    for (Expr *e = l;;) {
        e = unparen(e);
        if (e->kind == E_INDEX && e->u.index.x->type && e->u.index.x->type->kind == T_ARRAY) {
            if (affected(a, e->u.index.index)) {
                if (bracket_of(e, at))
                    return 'w';
                if (inside(e->u.index.index, at))
                    return 's';
            }
            e = e->u.index.x;
        } else if (e->kind == E_FIELD && !e->u.field.through_ptr) {
            e = e->u.field.x;
        } else if (e->kind == E_INDEX) {    /* slice, map, pointer to array */
            bool arr = array_or_ptr(e->u.index.x->type);
            if (affected(a, e->u.index.index) && arr && bracket_of(e, at))
                return 'w';
            if ((inside(e->u.index.x, at) && affected(a, e->u.index.x)) ||
                (inside(e->u.index.index, at) && affected(a, e->u.index.index)))
                return 's';
            return 'l';
        } else if (e->kind == E_DEREF) {
            return inside(e->u.deref.x, at) && affected(a, e->u.deref.x) ? 's' : 'l';
        } else if (e->kind == E_FIELD) {     /* p.f through a pointer */
            return inside(e->u.field.x, at) && affected(a, e->u.field.x) ? 's' : 'l';
        } else {
            return 'l';
        }
    }
}

/* ---- the order pass's calls ------------------------------------------- */

/* A call the order pass copies into a temporary in a multiple assignment
 * or a map put: calls of functions, methods and function values, and
 * append. */
static bool copied_call(Expr *e) {
    if (e->kind != E_CALL)
        return false;
    switch (e->u.call.kind) {
    case CALL_CONV: return false;
    case CALL_BUILTIN: return e->u.call.builtin == BI_APPEND;
    default: return true;
    }
}

typedef struct Calls { int at, count, found; } Calls;

/* Number the copies the order pass makes, in its order (a call after
 * those among its operands; a map index's key, when mapKeyTemp copies it,
 * after the calls in the map and the key), and find the innermost holding
 * the note at `at` (the first numbered that holds it). */
static void numbered(Calls *c, Expr *e) {
    if (c->found < 0 && inside(e, c->at))
        c->found = c->count;
    c->count++;
}

static bool number_calls(Expr *e, void *arg) {
    Calls *c = arg;
    ast_each_operand(e, number_calls, c);
    if (copied_call(e))
        numbered(c, e);
    else if (e->kind == E_INDEX && is_map_index(e) && sema_go_map_key_copied(e->u.index.x->type, e->u.index.index))
        numbered(c, e->u.index.index);
    return false;
}

/* safeMapRHS: r goes into a temporary unless a name or a constant (of
 * append(m[k], xs...), each appended value). Does that copy hold `at`? */
static bool map_rhs_copied(Expr *r, int at) {
    Expr *e = unparen(r);
    if (e->kind == E_CALL && e->u.call.kind == CALL_BUILTIN && e->u.call.builtin == BI_APPEND) {
        for (int i = 1; i < e->u.call.args.len; i++) {
            Expr *a = unparen(e->u.call.args.data[i]);
            if (inside(a, at))
                return !a->is_const && a->kind != E_NAME;
        }
        return false;
    }
    return !e->is_const && e->kind != E_NAME && inside(e, at);
}

/* ---- the statement's order ---------------------------------------------- */

/* The rank of the note at `at` in go1.19's walk of s (smaller first; the
 * same rank keeps check order); -1: withdrawn. */
static int walk_rank(FuncInfo *fn, Stmt *s, int at) {
    ExprList *l = &s->u.assign.lhs, *r = &s->u.assign.rhs;
    Calls c = {at, 0, -1};
    for (int i = 0; i < l->len; i++)
        number_calls(l->data[i], &c);
    for (int i = 0; i < r->len; i++)
        number_calls(r->data[i], &c);
    int ncalls = c.count;
    bool in_call = c.found >= 0;
    if (l->len == 1) {      /* a map put: order's copies, r, then the rest */
        if (in_call)
            return c.found;
        return ncalls + (map_rhs_copied(r->data[0], at) ? 0 : 1);
    }
    As2 a = {.fn = fn};
    for (int i = 0; i < l->len && i < r->len; i++) {
        if (inside(l->data[i], at)) {
            char p = lhs_part(&a, l->data[i], at);
            if (p == 'w')
                return -1;
            if (in_call)
                return c.found;
            return ncalls + 4 * i + (p == 's' ? 0 : 2);
        }
        if (inside(r->data[i], at)) {
            if (in_call)
                return c.found;
            return ncalls + 4 * i + (affected(&a, r->data[i]) ? 1 : 3);
        }
        assigned(&a, l->data[i]);
    }
    return in_call ? c.found : ncalls + 4 * l->len;
}

typedef struct Ranked { const BceNote *n; int rank, seq; } Ranked;

static int by_rank(const void *x, const void *y) {
    const Ranked *a = x, *b = y;
    if (a->rank != b->rank)
        return a->rank < b->rank ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* notes[0..n): one statement's notes (of one function) in check order;
 * rewritten in go1.19's order, the withdrawn left out; returns how many
 * are left. */
int bce_as2_order(Arena *scratch, const BceNote **notes, int n) {
    if (n == 0)
        return 0;
    Ranked *rk = arena_alloc(scratch, sizeof(Ranked) * (size_t)n);
    int m = 0;
    for (int i = 0; i < n; i++) {
        int rank = walk_rank(notes[i]->fn, notes[i]->as2, notes[i]->at.lo);
        if (rank >= 0)
            rk[m++] = (Ranked){notes[i], rank, i};
    }
    qsort(rk, (size_t)m, sizeof rk[0], by_rank);
    for (int i = 0; i < m; i++)
        notes[i] = rk[i].n;
    return m;
}
