/*
 * notes.c: the -m=2 notes of a place's projections, as Go's expr.go adds
 * them while it walks down an expression (mirrors escape/expr.go ODOT,
 * ODOTPTR, ODEREF, OINDEX):
 *
 *   t.p      "dot"                  at the '.'
 *   s.v      "dot of pointer"       at the '.'  (s a pointer: *s then .v)
 *   s[i]     "dot of pointer"       at the '['  (s a slice or string)
 *   a[i]     "fixed-array-index-of" at the '['  (a an array)
 *   *p       "indirection"          at the '*'
 *
 * Each note names the subexpression it belongs to. A MIR place has no
 * spans of its own, so the subexpressions are found by peeling the
 * source text of the whole expression from its end, one projection at a
 * time (`h.cells[1]`: `[1]`, then `.cells`, then `h`). Where the text
 * does not have the shape the projections say (an operand the builder
 * made up), no notes are added at all. The outermost projection's note
 * is pushed first, so that, printed newest first, the innermost comes
 * first, as in Go.
 */
#include "escape.h"

#include <ctype.h>

typedef struct Peel {
    const char *t;      /* the file's text */
    int lo, hi;         /* the current subexpression */
} Peel;

static void trim(Peel *p) {
    while (p->lo < p->hi && isspace((unsigned char)p->t[p->lo]))
        p->lo++;
    while (p->hi > p->lo && isspace((unsigned char)p->t[p->hi - 1]))
        p->hi--;
}

/* The matching opener of the closer at i (')' or ']'), or -1. */
static int opener(const char *t, int lo, int i) {
    int depth = 0;
    for (; i >= lo; i--) {
        depth += t[i] == ')' || t[i] == ']' || t[i] == '}';
        depth -= t[i] == '(' || t[i] == '[' || t[i] == '{';
        if (depth == 0)
            return i;
    }
    return -1;
}

/* (x) -> x, as long as the parentheses wrap it whole. */
static void strip_parens(Peel *p) {
    trim(p);
    while (p->hi - p->lo >= 2 && p->t[p->hi - 1] == ')' && opener(p->t, p->lo, p->hi - 1) == p->lo) {
        p->lo++;
        p->hi--;
        trim(p);
    }
}

typedef struct PNote {
    int at;             /* the operator's offset */
    int lo, hi;         /* the subexpression's text */
    const char *why;
} PNote;

/* Peel one projection (two for s.v through a pointer) off p; -1 when
 * the text does not fit. Returns how many projections it took. */
static int peel(Peel *p, Proj *pj, int i, int from, Type *before, Type *before2, PNote *out) {
    strip_parens(p);
    if (p->hi <= p->lo)
        return -1;
    *out = (PNote){0, p->lo, p->hi, NULL};
    const char *t = p->t;
    if (pj[i].kind == PJ_FIELD) {
        int j = p->hi;
        while (j > p->lo && (isalnum((unsigned char)t[j - 1]) || t[j - 1] == '_'))
            j--;
        while (j > p->lo && isspace((unsigned char)t[j - 1]))
            j--;
        if (j == p->hi || j <= p->lo || t[j - 1] != '.')
            return -1;
        out->at = j - 1;
        p->hi = j - 1;
        if (i - 1 >= from && pj[i - 1].kind == PJ_DEREF && before2 && before2->kind == T_PTR) {
            out->why = "dot of pointer";    /* s.v: Go's ODOTPTR */
            return 2;
        }
        out->why = "dot";
        return 1;
    }
    if (pj[i].kind == PJ_INDEX || pj[i].kind == PJ_CONST_INDEX) {
        if (t[p->hi - 1] != ']')
            return -1;
        int lb = opener(t, p->lo, p->hi - 1);
        if (lb <= p->lo)
            return -1;
        if (before->kind != T_ARRAY && before->kind != T_SLICE && before->kind != T_STRING)
            return -1;
        out->at = lb;
        out->why = before->kind == T_ARRAY ? "fixed-array-index-of" : "dot of pointer";
        p->hi = lb;
        return 1;
    }
    if (pj[i].kind == PJ_DEREF && t[p->lo] == '*') {
        out->at = p->lo;
        out->why = "indirection";
        p->lo++;
        return 1;
    }
    return -1;
}

/* k with the notes of p's projections [from, nproj) whose source is expr;
 * t is the type at from. */
Hole esc_place_notes(Esc *E, Hole k, Place pl, int from, Type *t, Span expr) {
    if (!(E->c->opt.m_level >= 2 || E->c->opt.explain) || pl.nproj <= from || expr.file < 0 ||
        expr.hi <= expr.lo)
        return k;
    int n = pl.nproj - from;
    Type **before = arena_alloc(E->batch, sizeof(Type *) * (size_t)(n + 1));
    before[0] = t;
    for (int i = from; i < pl.nproj; i++)
        before[i - from + 1] = pl.proj[i].type;
    PNote *notes = arena_alloc(E->batch, sizeof(PNote) * (size_t)(n + 1));
    int nn = 0;
    Peel p = {E->c->files.data[expr.file].text, expr.lo, expr.hi};
    for (int i = pl.nproj - 1; i >= from;) {
        Type *b2 = i - 1 >= from ? before[i - 1 - from] : NULL;
        int took = peel(&p, pl.proj, i, from, before[i - from], b2, &notes[nn]);
        if (took < 0)
            return k;       /* not the shape the projections say */
        nn++;
        i -= took;
    }
    for (int i = 0; i < nn; i++) {
        k = hole_note(E, k, (Span){expr.file, notes[i].at, notes[i].at + 1}, notes[i].why);
        if (k.notes)
            k.notes->what = source_text(E->c, (Span){expr.file, notes[i].lo, notes[i].hi});
    }
    return k;
}
