/*
 * build_decl.c: the AST of declarations Go writes in groups and inside
 * functions (what grammar actions call; build_ast.c has the rest).
 *
 *   const ( A Color = iota; B; C )   a spec with no `= values` repeats the
 *                                    previous spec's type and values (Go
 *                                    spec "Constant declarations"): the
 *                                    nodes are shared, and each spec records
 *                                    its index in the group, the value of
 *                                    iota, so sema checks them again with it
 *   var ( a int; b = "x" )           inside a function: one S_VAR (S_CONST)
 *                                    statement per spec, in the enclosing
 *                                    block (a group opens no scope)
 *   type T U                         inside a function: an S_TYPE statement
 *   struct { Base; *Log }            an embedded field, named by its type
 */
#include "parser.h"

#include <string.h>

#define A(p) (&(p)->c->arena)

/* `T` or `*T` as a struct field: its name is T's (pkg.T's: T). */
Param embedded_field(Parser *p, TypeExpr *t) {
    TypeExpr *base = t->kind == TE_PTR ? t->u.ptr.elem : t;
    Param f = {0};
    f.name = base->kind == TE_NAME ? base->u.name : NULL;
    const char *dot = f.name ? strchr(f.name, '.') : NULL;
    if (dot)
        f.name = intern_cstr(p->c, dot + 1);
    f.span = base->span;
    f.type = t;
    f.embedded = true;
    return f;
}

TypeExpr *mk_tembedded(Parser *p, Token star, Token name) {
    return mk_tptr(p, star, mk_tname(p, name), false);
}

/* The i-th spec of a group, with an omitted const value list repeated
 * from the last spec that has one. */
Spec spec_repeat(Parser *p, SpecList specs, int i, bool is_const) {
    Spec sp = specs.data[i];
    if (!is_const || sp.values.len || sp.type)
        return sp;
    for (int j = i - 1; j >= 0; j--)
        if (specs.data[j].values.len) {
            sp.type = specs.data[j].type;
            sp.values = specs.data[j].values;
            break;
        }
    return sp;
}

/* var ( ... ) / const ( ... ) as statements: appended to the list. */
StmtList mk_var_group(Parser *p, StmtList l, Token kw, SpecList specs, bool is_const) {
    for (int i = 0; i < specs.len; i++) {
        Spec sp = spec_repeat(p, specs, i, is_const);
        if (!sp.names.len)
            continue;
        Stmt *s = mk_var_stmt(p, kw, sp, is_const);
        s->span.lo = sp.names.data[0].span.lo;
        s->u.var.iota = i;
        vec_push(A(p), &l, s);
    }
    return l;
}

Stmt *mk_type_stmt(Parser *p, Token kw, Token name, TypeExpr *t, bool alias) {
    if (!t)
        return NULL;
    Decl *d = ast_decl(p->c, D_TYPE, span_join(kw.span, t->span));
    d->name = name.v.name;
    d->name_span = name.span;
    d->u.type.type = t;
    d->u.type.alias = alias;
    Stmt *s = ast_stmt(p->c, S_TYPE, d->span);
    s->u.typedecl.decl = d;
    return s;
}
