/*
 * ast.c: AST constructors (arena-allocated, zeroed, kind and span set)
 * and the kind/operator name tables, generated from ast_kinds.def.
 */
#include "ast.h"

#include <string.h>

static const char *expr_names[] = {
#define EXPR_KIND(k, s) s,
#include "ast_kinds.def"
#undef EXPR_KIND
};

static const char *stmt_names[] = {
#define STMT_KIND(k, s) s,
#include "ast_kinds.def"
#undef STMT_KIND
};

static const char *op_names[] = {   /* ORDER Op */
    "?", "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "&&", "||",
    "==", "!=", "<", "<=", ">", ">=", "!", "-", "+", "^",
};

Expr *ast_expr(Ctx *c, ExprKind k, Span s) {
    Expr *e = arena_alloc(&c->arena, sizeof *e);
    e->kind = k;
    e->span = s;
    return e;
}

Stmt *ast_stmt(Ctx *c, StmtKind k, Span s) {
    Stmt *st = arena_alloc(&c->arena, sizeof *st);
    st->kind = k;
    st->span = s;
    return st;
}

Decl *ast_decl(Ctx *c, DeclKind k, Span s) {
    Decl *d = arena_alloc(&c->arena, sizeof *d);
    d->kind = k;
    d->span = s;
    return d;
}

TypeExpr *ast_type(Ctx *c, TypeExprKind k, Span s) {
    TypeExpr *t = arena_alloc(&c->arena, sizeof *t);
    t->kind = k;
    t->span = s;
    return t;
}

const char *ast_expr_kind_name(ExprKind k) { return k < E__COUNT ? expr_names[k] : "?"; }
const char *ast_stmt_kind_name(StmtKind k) { return k < S__COUNT ? stmt_names[k] : "?"; }
const char *ast_op_name(Op op) { return op < OP__COUNT ? op_names[op] : "?"; }

bool ast_is_blank(Expr *e) {
    return e->kind == E_NAME && e->u.name.name && e->u.name.name[0] == '_' && !e->u.name.name[1];
}

Span ast_call_lparen(Expr *e) {
    return (Span){e->span.file, e->u.call.lparen, e->u.call.lparen + 1};
}

Span ast_field_name_span(Expr *e) {
    int lo = e->u.field.name_lo;
    return (Span){e->span.file, lo, lo + (int)strlen(e->u.field.name)};
}
