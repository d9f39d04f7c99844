/*
 * bce.c: go1.19's "index bounds check elided" lines of -m.
 *
 * go1.19's walk (walk/expr.go walkIndex) drops the bounds check of a[i]
 * when a is an array (or a pointer to one) or a constant string, i is not
 * a constant, and the index's type and shape prove it below the length
 * (walk/expr.go bounded): an unsigned index of b bits is below 1 << b
 * (h[s[i]] with h a [256]int), and for unsigned operands
 *
 *   i & c, i &^ c   below c + 1 (any signedness for &)
 *   i % c           below c
 *   i / c           b - log2(c) bits
 *   i >> c          b - c bits
 *
 * With -m it says so at the index's '['. Those lines come after every
 * escape line, function by function in source order, in the order go1.19
 * walks them (gc/compile.go enqueueFunc): a function's literals that
 * capture nothing first (functions of their own, nested ones before
 * theirs), then the function, then its closures from a stack, the last
 * met first, each followed by its own (sema_walk_func).
 */
#include "check.h"

#include <string.h>

static bool small_const(Checker *k, Expr *e, int64_t *v) {
    ConstVal cv;
    return e && e->is_const && const_value(k, e, &cv) && cv.kind == CV_INT && const_i64(cv, v);
}

static Expr *unparen(Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    return e;
}

/* walk/expr.go bounded: is 0 <= i < max whatever i's value? With
 * type_only, i is a temporary holding it: only its type counts. */
static bool bounded_as(Checker *k, Expr *i, int64_t max, bool type_only) {
    Type *t = i->type;
    if (!t || !type_is_integer(t) || is_untyped(t))
        return false;
    bool sign = !type_is_unsigned(t);
    int bits = (int)(8 * t->size);
    int64_t v;
    if (small_const(k, i, &v))
        return 0 <= v && v < max;
    i = unparen(i);
    if (i->kind == E_BINARY && !type_only) {
        Expr *x = i->u.binary.x, *y = i->u.binary.y;
        switch (i->u.binary.op) {
        case OP_AND: case OP_ANDNOT: {
            int64_t c = -1;
            if (i->u.binary.op == OP_AND && small_const(k, x, &c)) {
            } else if (small_const(k, y, &c)) {
                if (i->u.binary.op == OP_ANDNOT) {
                    c = ~c;
                    if (!sign && bits < 64)
                        c &= ((int64_t)1 << bits) - 1;
                }
            } else {
                c = -1;
            }
            if (0 <= c && c < max)
                return true;
            break;
        }
        case OP_REM:
            if (!sign && small_const(k, y, &v) && 0 <= v && v <= max)
                return true;
            break;
        case OP_DIV:
            if (!sign && small_const(k, y, &v))
                for (; bits > 0 && v >= 2; v >>= 1)
                    bits--;
            break;
        case OP_SHR:
            if (!sign && small_const(k, y, &v)) {
                if (v > bits)
                    return true;
                bits -= (int)v;
            }
            break;
        default: break;
        }
    }
    return !sign && bits <= 62 && ((int64_t)1 << bits) <= max;
}

static bool bounded(Checker *k, Expr *i, int64_t max) { return bounded_as(k, i, max, false); }

static int bracket_at(Checker *k, Expr *e) {
    SourceFile *f = &k->c->files.data[e->span.file];
    int at = e->u.index.x->span.hi;
    while (at < e->span.hi && f->text[at] != '[')
        at++;
    return at;
}

static int64_t index_len(Checker *k, Expr *e, int64_t len) {
    Expr *x = e->u.index.x;
    ConstVal cv;
    if (len < 0 && x->is_const && const_value(k, x, &cv) && cv.kind == CV_STRING)
        len = cv.s.len;
    return len;
}

void chk_bounds_note(Checker *k, Expr *e, int64_t len) {
    Expr *i = e->u.index.index;
    len = index_len(k, e, len);
    if (len < 0 || i->is_const || !k->fn || !bounded(k, i, len))
        return;
    int at = bracket_at(k, e);
    BceNote n = {k->fn, {e->span.file, at, at + 1}, NULL, 0};
    vec_push(&k->c->arena, &k->s->bce, n);
}

/* append(s, a[i>>4]): go1.19's walkAppend makes each argument safe first
 * (walk/walk.go safeExpr), and an index that is no name or constant goes
 * into a temporary, after which only its type can bound it: the note of
 * a[i>>4] is withdrawn unless i's type alone proves it. Appended to a
 * slice of interfaces (elem), a[i] is the operand of an implicit
 * conversion, and the conversion goes into the temporary whole: a[i] is
 * then walked as it is, its note kept. */
void chk_bounds_append_arg(Checker *k, Expr *arg, Type *elem) {
    Expr *e = unparen(arg);
    if (e->kind != E_INDEX || !e->type || !e->u.index.x->type)
        return;
    if (elem && elem->kind == T_IFACE && e->type->kind != T_IFACE)
        return;
    Type *t = e->u.index.x->type;
    if (t->kind == T_PTR && !t->name)
        t = t->elem;
    int64_t len = index_len(k, e, t->kind == T_ARRAY ? t->len : -1);
    Expr *i = unparen(e->u.index.index);
    if (len < 0 || i->kind == E_NAME || i->is_const || bounded_as(k, i, len, true))
        return;
    int at = bracket_at(k, e);
    for (int j = 0; j < k->s->bce.len; j++)
        if (k->s->bce.data[j].at.file == e->span.file && k->s->bce.data[j].at.lo == at) {
            memmove(&k->s->bce.data[j], &k->s->bce.data[j + 1],
                    sizeof k->s->bce.data[0] * (size_t)(k->s->bce.len - j - 1));
            k->s->bce.len--;
            return;
        }
}

/* ---- multiple assignments ------------------------------------------------ */

/* a, b[i] = x, y: go1.19's walk (walk/assign.go ascompatee) assigns the
 * elements in order, and first copies into a temporary each operand an
 * earlier assignment of the list may change ("save"), among them the
 * index of an array element on the left (a[i], s.a[i], p[i] with p a
 * pointer to an array): walkIndex then sees the temporary, which only its
 * type bounds, and -m says nothing. Here the notes of those indexes are
 * tagged with the statement; whether the index is copied is decided when
 * the function is checked (as2_copies), as walk asks about variables whose
 * address is taken anywhere in it. */
static void tag_note(Checker *k, Expr *e, Stmt *s, int lhs) {
    int at = bracket_at(k, e);
    for (int j = k->s->bce.len - 1; j >= 0; j--) {
        BceNote *n = &k->s->bce.data[j];
        if (n->fn == k->fn && n->at.file == e->span.file && n->at.lo == at) {
            n->as2 = s;
            n->lhs = lhs;
            return;
        }
    }
}

static bool array_or_ptr(Type *t) {
    return t && (t->kind == T_ARRAY || (t->kind == T_PTR && t->elem && t->elem->kind == T_ARRAY));
}

void chk_bounds_assign_list(Checker *k, Stmt *s) {
    ExprList *l = &s->u.assign.lhs;
    for (int i = 0; i < l->len; i++) {
        Expr *e = l->data[i];
        for (;;) {  /* ascompatee's drill: array index, parens, field of a value */
            e = unparen(e);
            if (e->kind == E_INDEX && array_or_ptr(e->u.index.x->type)) {
                tag_note(k, e, s, i);
                if (e->u.index.x->type->kind == T_PTR)
                    break;
                e = e->u.index.x;
            } else if (e->kind == E_FIELD && !e->u.field.through_ptr) {
                e = e->u.field.x;
            } else {
                break;
            }
        }
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

/* Does walk copy the index of n's array element (element n->lhs of the
 * multiple assignment n->as2) before assigning it? */
static bool as2_copies(const BceNote *n) {
    ExprList *l = &n->as2->u.assign.lhs;
    As2 a = {.fn = n->fn};
    for (int i = 0; i < n->lhs; i++)
        assigned(&a, l->data[i]);
    /* find the indexed element the note is about, on element lhs's drill */
    for (Expr *e = l->data[n->lhs];;) {
        e = unparen(e);
        if (e->kind == E_INDEX && array_or_ptr(e->u.index.x->type)) {
            if (e->u.index.x->span.hi <= n->at.lo && n->at.lo < e->span.hi &&
                e->u.index.index->span.lo > n->at.lo)
                return affected(&a, e->u.index.index);
            if (e->u.index.x->type->kind == T_PTR)
                return false;
            e = e->u.index.x;
        } else if (e->kind == E_FIELD && !e->u.field.through_ptr) {
            e = e->u.field.x;
        } else {
            return false;
        }
    }
}

static FuncInfo *top(FuncInfo *f) {
    while (f->parent)
        f = f->parent;
    return f;
}

/* The notes of fn itself, in check order, from note `from` on. */
static void report_own(Ctx *c, SemaInfo *s, FuncInfo *fn, int from) {
    for (int j = from; j < s->bce.len; j++)
        if (s->bce.data[j].fn == fn && !(s->bce.data[j].as2 && as2_copies(&s->bce.data[j])))
            diag_remark_text(c, s->bce.data[j].at, "index bounds check elided");
}

static bool trivial(FuncInfo *lit) { return lit->captures.len == 0; }

/* go1.19's enqueueFunc: fn is walked, then the closures its walk met
 * (fn.Closures) from a stack, so the last one first, each with its own
 * closures after it. A trivial closure (capturing nothing) is no closure
 * there but a function of its own. */
static void walked(FuncInfo *fn, SemaWalkVisit visit, void *arg) {
    visit(arg, fn);
    for (int i = fn->lits.len - 1; i >= 0; i--)
        if (!trivial(fn->lits.data[i]))
            walked(fn->lits.data[i], visit, arg);
}

/* The functions of Target.Decls inside fn, a function of the program: its
 * literals go there as translated, nested ones before theirs, and then fn;
 * those that are not trivial closures are walked in that order. */
static void decls(FuncInfo *fn, SemaWalkVisit visit, void *arg) {
    for (int i = 0; i < fn->lits.len; i++)
        decls(fn->lits.data[i], visit, arg);
    if (!fn->parent || trivial(fn))
        walked(fn, visit, arg);
}

void sema_walk_func(FuncInfo *fn, SemaWalkVisit visit, void *arg) { decls(fn, visit, arg); }

typedef struct BceWalk { Ctx *c; SemaInfo *s; int from; } BceWalk;

static void report_visit(void *arg, FuncInfo *fn) {
    BceWalk *w = arg;
    report_own(w->c, w->s, fn, w->from);
}

void sema_report_bce(Ctx *c, SemaInfo *s) {
    if (c->opt.m_level < 1)
        return;
    for (int i = 0; i < s->bce.len; i++) {
        FuncInfo *t = top(s->bce.data[i].fn);
        bool seen = false;
        for (int j = 0; j < i && !seen; j++)
            seen = top(s->bce.data[j].fn) == t;
        BceWalk w = {c, s, i};
        if (!seen)      /* else t's lines are out already */
            sema_walk_func(t, report_visit, &w);
    }
}
