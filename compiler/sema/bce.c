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
 * met first, each followed by its own (sema_walk_func). A multiple
 * assignment's notes are ordered, and some withdrawn, by bce_as2.c.
 *
 * Within a statement, walk follows gc's order pass, which has already
 * moved some expressions into temporaries initialised before the
 * statement (a call that is not the statement itself, an interface
 * conversion through memory of a value that is no addressable non-local:
 * mir/build_order.c owns that rule). walk walks those initialisations
 * first, in the order order made them (inner before outer), then the
 * statement:
 *
 *   x := a[i&1] + g(b[j&1])     b's note (in t1 := g(b[j&1])), then a's
 *
 * So a statement's notes come in the order of the temporaries their index
 * is evaluated in, then the rest in check order.
 */
#include "check.h"

#include <limits.h>
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
    BceNote n = {k->fn, {e->span.file, at, at + 1}, e, k->stmt_seq, NULL};
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

static FuncInfo *top(FuncInfo *f) {
    while (f->parent)
        f = f->parent;
    return f;
}

typedef struct BceWalk { Ctx *c; SemaInfo *s; int from; SemaEarlyRank early; void *arg; } BceWalk;

/* Do notes a and b belong to one statement's lines: the same multiple
 * assignment, or the same other statement? */
static bool same_group(const BceNote *a, const BceNote *b) {
    return a->as2 ? b->as2 == a->as2 : !b->as2 && b->stmt == a->stmt;
}

/* fn's notes of note j's statement, from j on, in check order; *last is
 * the index of the last. */
static int group_of(BceWalk *w, FuncInfo *fn, int j, const BceNote ***out, int *last) {
    SemaInfo *s = w->s;
    int cnt = 0;
    *last = j;
    for (int i = j; i < s->bce.len; i++)
        if (s->bce.data[i].fn == fn) {
            if (!same_group(&s->bce.data[j], &s->bce.data[i]))
                break;
            *last = i;
            cnt++;
        }
    const BceNote **group = arena_alloc(&w->c->arena, sizeof(BceNote *) * (size_t)cnt);
    cnt = 0;
    for (int i = j; i <= *last; i++)
        if (s->bce.data[i].fn == fn)
            group[cnt++] = &s->bce.data[i];
    *out = group;
    return cnt;
}

/* A statement's notes (not a multiple assignment's): those evaluated
 * ahead of it first, by their temporary, then the rest in check order. */
static void early_first(BceWalk *w, const BceNote **notes, int cnt) {
    int *rank = arena_alloc(&w->c->arena, sizeof(int) * (size_t)cnt);
    for (int i = 0; i < cnt; i++) {
        int r = w->early ? w->early(w->arg, notes[i]->index) : -1;
        rank[i] = r < 0 ? INT_MAX : r;
    }
    for (int a = 1; a < cnt; a++)       /* insertion sort: stable, and few */
        for (int b = a; b > 0 && rank[b - 1] > rank[b]; b--) {
            int r = rank[b]; rank[b] = rank[b - 1]; rank[b - 1] = r;
            const BceNote *n = notes[b]; notes[b] = notes[b - 1]; notes[b - 1] = n;
        }
}

/* The notes of fn itself, statement by statement, from note `from` on;
 * those of a multiple assignment in go1.19's order for it (bce_as2.c). */
static void report_own(BceWalk *w, FuncInfo *fn) {
    SemaInfo *s = w->s;
    for (int j = w->from; j < s->bce.len; j++) {
        if (s->bce.data[j].fn != fn)
            continue;
        const BceNote **group;
        int last, cnt = group_of(w, fn, j, &group, &last);
        if (group[0]->as2)
            cnt = bce_as2_order(&w->c->arena, group, cnt);
        else
            early_first(w, group, cnt);
        for (int i = 0; i < cnt; i++)
            diag_remark_text(w->c, group[i]->at, "index bounds check elided");
        j = last;
    }
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

static void report_visit(void *arg, FuncInfo *fn) { report_own(arg, fn); }

void sema_report_bce(Ctx *c, SemaInfo *s, SemaEarlyRank early, void *arg) {
    if (c->opt.m_level < 1)
        return;
    for (int i = 0; i < s->bce.len; i++) {
        FuncInfo *t = top(s->bce.data[i].fn);
        bool seen = false;
        for (int j = 0; j < i && !seen; j++)
            seen = top(s->bce.data[j].fn) == t;
        BceWalk w = {c, s, i, early, arg};
        if (!seen)      /* else t's lines are out already */
            sema_walk_func(t, report_visit, &w);
    }
}
