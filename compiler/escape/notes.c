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
 * Each note names the subexpression it belongs to, printed as Go prints
 * it (`d.Animal.name` for a promoted `d.name`). A MIR place has no spans
 * of its own, so its projections are matched, from the last, against the
 * checked AST of the expression it was lowered from (quote.c finds it by
 * its span), one node per projection: `h.cells[1]` is the index `[1]`,
 * then the selector `.cells`, then `h`. Sema made Go's implicit
 * selectors explicit (d.name is d.Animal.name); Go reports those at the
 * '.' of the selector written. Where the tree does not have the shape
 * the projections say (an operand the builder made up), no notes are
 * added at all. The outermost projection's note is pushed first, so
 * that, printed newest first, the innermost comes first, as in Go.
 */
#include "escape.h"

static Expr *unparen(Expr *e) {
    while (e && e->kind == E_PAREN)
        e = e->u.paren.x;
    return e;
}

/* The offset of the operator `want` following an operand that ends at
 * from (blanks between), or -1. */
static int operator_after(const char *t, int from, char want) {
    while (t[from] == ' ' || t[from] == '\t' || t[from] == '\n' || t[from] == '\r')
        from++;
    return t[from] == want ? from : -1;
}

typedef struct PNote {
    int at;             /* the operator's offset */
    Expr *x;            /* the subexpression */
    const char *why;
} PNote;

/* Peel one projection (two for s.v through a pointer) off *xp; -1 when
 * the tree does not fit. Returns how many projections it took. */
static int peel(const char *t, Expr **xp, Proj *pj, int i, int from, Type *before, Type *before2, PNote *out) {
    Expr *x = unparen(*xp);
    if (!x || x->span.file < 0)
        return -1;
    *out = (PNote){0, x, NULL};
    if (pj[i].kind == PJ_FIELD) {
        if (x->kind != E_FIELD || !x->u.field.x)
            return -1;
        Expr *in = x->u.field.x;
        out->at = operator_after(t, in->span.hi, '.');
        if (out->at < 0)
            return -1;
        *xp = in;
        if (i - 1 >= from && pj[i - 1].kind == PJ_DEREF && before2 && before2->kind == T_PTR &&
            x->u.field.through_ptr) {
            out->why = "dot of pointer";    /* s.v: Go's ODOTPTR */
            return 2;
        }
        out->why = "dot";
        return 1;
    }
    if (pj[i].kind == PJ_INDEX || pj[i].kind == PJ_CONST_INDEX) {
        if (x->kind != E_INDEX || !x->u.index.x)
            return -1;
        if (before->kind != T_ARRAY && before->kind != T_SLICE && before->kind != T_STRING)
            return -1;
        out->at = operator_after(t, x->u.index.x->span.hi, '[');
        if (out->at < 0)
            return -1;
        out->why = before->kind == T_ARRAY ? "fixed-array-index-of" : "dot of pointer";
        *xp = x->u.index.x;
        return 1;
    }
    if (pj[i].kind == PJ_DEREF && x->kind == E_DEREF) {
        out->at = x->span.lo;
        out->why = "indirection";
        *xp = x->u.deref.x;
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
    Expr *x = esc_expr_at(E, expr);
    if (x && x->kind == E_NAME && x->u.name.sym && x->u.name.sym->kind == SYM_VAR && x->u.name.sym->var &&
        x->u.name.sym->var->esc_tmp && x->u.name.sym->var->esc_val)
        x = x->u.name.sym->var->esc_val;    /* a deferred call's argument: the value it holds */
    if (!x)
        return k;
    int n = pl.nproj - from;
    Type **before = arena_alloc(E->batch, sizeof(Type *) * (size_t)(n + 1));
    before[0] = t;
    for (int i = from; i < pl.nproj; i++)
        before[i - from + 1] = pl.proj[i].type;
    PNote *notes = arena_alloc(E->batch, sizeof(PNote) * (size_t)(n + 1));
    int nn = 0;
    const char *text = E->c->files.data[expr.file].text;
    for (int i = pl.nproj - 1; i >= from;) {
        Type *b2 = i - 1 >= from ? before[i - 1 - from] : NULL;
        int took = peel(text, &x, pl.proj, i, from, before[i - from], b2, &notes[nn]);
        if (took < 0)
            return k;       /* not the shape the projections say */
        nn++;
        i -= took;
    }
    for (int i = 0; i < nn; i++) {
        k = hole_note(E, k, (Span){expr.file, notes[i].at, notes[i].at + 1}, notes[i].why);
        if (k.notes)
            k.notes->what = go_expr_text(E->c, notes[i].x);
    }
    return k;
}
