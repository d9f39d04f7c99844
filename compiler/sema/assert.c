/*
 * assert.c: type assertions and type switches (Go spec "Type
 * assertions", "Type switches"; LANGUAGE.md "Interfaces").
 *
 *   x.(T)            x an interface; T concrete (must implement x's type:
 *                    else go1.19's "impossible type assertion") or an
 *                    interface. The result is a T; MIR panics on failure.
 *   v, ok := x.(T)   comma_ok: the expression is a (T, bool) tuple, so
 *                    tuples.c spreads it like a call's results.
 *   switch v := x.(type) { case A, B: ... case nil: ... default: ... }
 *       becomes an ordinary switch on a hidden `.tag` holding x, whose
 *       clause conditions are tests `.tag.(A)` (test: a bool, no panic)
 *       or `.tag == nil`; with a binding, each clause starts with a
 *       synthesized `v := .tag.(A)` (one type listed) or `v := .tag`.
 *       MIR and the passes after it see nothing new but the assertion.
 */
#include "check.h"

#include <string.h>

static Type *fail(Expr *e) {
    e->type = NULL;
    return NULL;
}

/* Is T possible as the dynamic type of an interface of type it? */
static bool possible(Checker *k, Expr *at, Type *it, Type *t, const char *what) {
    if (t->kind == T_IFACE)
        return true;
    const char *why = type_missing_method(k->c, t, it);
    if (!why)
        return true;
    diag_error(k->c, at->span, "%s\n\t%s", what, iface_not_impl(k->c, t, it, why));
    return false;
}

static Type *iface_operand(Checker *k, Expr *x) {
    Type *it = chk_expr(k, x, NULL);
    if (it && it->kind != T_IFACE) {
        diag_error(k->c, x->span, "invalid operation: %s is not an interface", chk_describe(k, x));
        return NULL;
    }
    return it;
}

Type *chk_assert(Checker *k, Expr *e) {
    Expr *x = e->u.assert.x;
    if (!e->u.assert.type) {
        diag_error(k->c, e->span, "invalid syntax tree: use of .(type) outside type switch");
        return fail(e);
    }
    Type *it = iface_operand(k, x);
    Type *t = chk_type(k, e->u.assert.type);
    if (!it || !t)
        return fail(e);
    const char *what = arena_printf(&k->c->arena, "impossible type assertion: %s", chk_expr_string(k, e));
    if (!possible(k, e, it, t, what))
        return fail(e);
    e->u.assert.target = t;
    if (e->u.assert.comma_ok) {
        Type *elems[2] = {t, k->s->t_bool};
        return e->type = type_tuple(k->s, elems, 2);
    }
    return e->type = t;
}

/* v, ok := x.(T) (two on the left, one assertion on the right). */
void chk_mark_assert_ok(Expr *rhs, int nlhs) {
    while (rhs && rhs->kind == E_PAREN)
        rhs = rhs->u.paren.x;
    if (rhs && rhs->kind == E_ASSERT && nlhs == 2)
        rhs->u.assert.comma_ok = true;
}

/* ---- type switches --------------------------------------------------- */

static Expr *tag_name(Checker *k, Stmt *s, Span at) {
    Expr *e = ast_expr(k->c, E_NAME, at);
    e->u.name.name = s->u.switch_.tag_var->name;
    e->u.name.sym = s->u.switch_.tag_sym;
    e->type = s->u.switch_.tag_var->type;
    return e;
}

/* `.tag.(T)` as a test (a bool) or as the value (a T). */
static Expr *tag_assert(Checker *k, Stmt *s, Type *t, Span at, bool test) {
    Expr *e = ast_expr(k->c, E_ASSERT, at);
    e->u.assert.x = tag_name(k, s, at);
    TypeExpr *te = ast_type(k->c, TE_NAME, at);
    te->u.name = "";
    te->resolved = t;
    e->u.assert.type = te;
    e->u.assert.target = t;
    e->u.assert.lparen = at.lo;
    e->u.assert.test = test;
    e->type = test ? k->s->t_bool : t;
    return e;
}

static Expr *or_else(Checker *k, Expr *a, Expr *b) {
    if (!a)
        return b;
    Expr *or = ast_expr(k->c, E_BINARY, b->span);
    or->u.binary.op = OP_LOR;
    or->u.binary.x = a;
    or->u.binary.y = b;
    or->type = k->s->t_bool;
    return or;
}

/* One case value: a type T (a test) or nil (.tag == nil). *single gets
 * the type when it is a type, NULL for nil. */
static Expr *case_test(Checker *k, Stmt *s, Expr *v, Type **single) {
    Type *it = s->u.switch_.tag_var->type;
    Expr *x = v;
    while (x->kind == E_PAREN)
        x = x->u.paren.x;
    *single = NULL;
    if (x->kind == E_NAME && !strcmp(x->u.name.name, "nil") && scope_lookup(k, x->u.name.name) &&
        scope_lookup(k, x->u.name.name)->kind == SYM_NIL) {
        Expr *eq = ast_expr(k->c, E_BINARY, v->span);
        eq->u.binary.op = OP_EQ;
        eq->u.binary.x = tag_name(k, s, v->span);
        Expr *nil = ast_expr(k->c, E_NAME, v->span);
        nil->u.name.name = x->u.name.name;
        nil->u.name.sym = scope_lookup(k, x->u.name.name);
        nil->type = it;
        eq->u.binary.y = nil;
        eq->type = k->s->t_bool;
        return eq;
    }
    Type *t = chk_type_of_expr(k, v);
    if (!t) {
        if (chk_expr(k, v, NULL))
            diag_error(k->c, v->span, "%s is not a type", chk_expr_string(k, v));
        return NULL;
    }
    const char *what = arena_printf(&k->c->arena, "impossible type switch case: %s cannot have dynamic type %s",
                                    chk_describe(k, s->u.switch_.tag), type_name(k->c, t));
    if (!possible(k, v, it, t, what))
        return NULL;
    *single = t;
    return tag_assert(k, s, t, v->span, true);
}

/* `v := .tag.(T)` (or `v := .tag`) first in the clause's block. The
 * clause's v is declared at the clause's colon, as go1.19's types2 does:
 * that is where -m says "moved to heap: v". */
static void bind_in_clause(Checker *k, Stmt *s, CaseClause *cl, Type *t) {
    Expr *bind = s->u.switch_.bind;
    Stmt *def = ast_stmt(k->c, S_DEFINE, bind->span);
    Expr *lhs = ast_expr(k->c, E_NAME, cl->colon);
    lhs->u.name.name = bind->u.name.name;
    vec_push(&k->c->arena, &def->u.assign.lhs, lhs);
    Expr *rhs = t ? tag_assert(k, s, t, bind->span, false) : tag_name(k, s, bind->span);
    vec_push(&k->c->arena, &def->u.assign.rhs, rhs);
    StmtList *body = &cl->body->u.block.stmts;
    vec_push(&k->c->arena, body, def);
    for (int i = body->len - 1; i > 0; i--)
        body->data[i] = body->data[i - 1];
    body->data[0] = def;
}

/* Go rejects a type (or nil) listed twice among a type switch's cases:
 * "duplicate case T in type switch" (nil too), noting the previous one. seen[i]
 * is the type of case value at[i] (NULL: nil). */
static void check_duplicate_type(Checker *k, Type **seen, Expr **at, int n, Type *t, Expr *v) {
    for (int i = 0; i < n; i++) {
        if (seen[i] != t)
            continue;
        Diag *d = diag_error(k->c, v->span, "duplicate case %s in type switch", t ? type_name(k->c, t) : "nil");
        diag_related(k->c, d, at[i]->span, "previous case");
        return;
    }
}

/* switch [init;] [v :=] x.(type) { ... }: s->u.switch_.tag is x.(type). */
void chk_type_switch(Checker *k, Stmt *s) {
    Expr *guard = s->u.switch_.tag;
    Expr *x = guard->u.assert.x;
    Type *it = iface_operand(k, x);
    s->u.switch_.tag = x;       /* MIR evaluates x once into .tag */
    if (!it)
        return;
    chk_declare_switch_tag(k, s, x->span, it);
    s->u.switch_.type_switch = true;
    int nvals = 0, nseen = 0;
    for (int i = 0; i < s->u.switch_.clauses.len; i++)
        nvals += s->u.switch_.clauses.data[i].values.len;
    Type **seen = arena_alloc(&k->c->arena, sizeof(Type *) * (size_t)(nvals + 1));
    Expr **seen_at = arena_alloc(&k->c->arena, sizeof(Expr *) * (size_t)(nvals + 1));
    for (int i = 0; i < s->u.switch_.clauses.len; i++) {
        CaseClause *cl = &s->u.switch_.clauses.data[i];
        Expr *cond = NULL;
        Type *one = NULL;
        int ntypes = 0;
        for (int j = 0; j < cl->values.len; j++) {
            Type *t;
            Expr *test = case_test(k, s, cl->values.data[j], &t);
            if (!test)
                continue;
            check_duplicate_type(k, seen, seen_at, nseen, t, cl->values.data[j]);
            seen[nseen] = t;
            seen_at[nseen++] = cl->values.data[j];
            cond = or_else(k, cond, test);
            one = t;
            ntypes++;
        }
        cl->cond = cond;
        if (s->u.switch_.bind)
            bind_in_clause(k, s, cl, cl->values.len == 1 && ntypes == 1 ? one : NULL);
        StmtList *body = &cl->body->u.block.stmts;
        if (body->len && vec_last(body)->kind == S_FALLTHROUGH)
            diag_error(k->c, vec_last(body)->span, "cannot fallthrough in type switch");
        chk_block(k, cl->body);
        Expr *bound = s->u.switch_.bind && body->len && body->data[0]->kind == S_DEFINE &&
                              body->data[0]->u.assign.lhs.len == 1 ? body->data[0]->u.assign.lhs.data[0] : NULL;
        if (bound && bound->kind == E_NAME && bound->u.name.sym && bound->u.name.sym->var) {
            bound->u.name.sym->var->ts_clause = cl;
            vec_push(&k->c->arena, &s->u.switch_.tag_var->ts_vars, bound->u.name.sym->var);
        }
    }
    if (s->u.switch_.bind)
        chk_unused_switch_var(k, s, s->u.switch_.tag_var->ts_vars.data, s->u.switch_.tag_var->ts_vars.len);
}
