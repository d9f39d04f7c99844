/*
 * unused.c: Go's "x declared but not used", in Go files only
 * (source_is_go; ML0 allows unused variables, docs/LANGUAGE.md "Go files
 * and ML0 files"). Mirrors go1.19 types2's usage() and lhsVar():
 *
 *   - every reference to a variable marks it used (check_expr.c chk_name),
 *     except the bare (possibly parenthesized) left side of a plain
 *     assignment `x = v`, `x, y = f()`, `for x = range s`: that only
 *     stores (chk_store_begin/end restore the mark around it). `x++`,
 *     `x += 1`, `x.f = 1`, `x[i] = 1` and `*x = 1` all read x, as in Go;
 *   - a variable whose declaration or assignment failed with an error is
 *     marked used, so no follow-on error is added to the first one;
 *   - at the end of each function body (and func literal), each local the
 *     program declared (var, :=, range; not parameters, results, `_` or
 *     hidden variables) that is still unused is reported at its name;
 *   - a type switch's `v := x.(type)` declares one v per clause; Go
 *     reports v once, at the switch, when no clause uses its v (also when
 *     the switch has no clause at all).
 */
#include "check.h"

#include <string.h>

/* The variable a store's left side names bare, or NULL. */
static Var *stored_var(Checker *k, Expr *lhs) {
    while (lhs->kind == E_PAREN)
        lhs = lhs->u.paren.x;
    if (lhs->kind != E_NAME || ast_is_blank(lhs))
        return NULL;
    Symbol *sym = lhs->u.name.sym ? lhs->u.name.sym : scope_lookup(k, lhs->u.name.name);
    return sym && sym->kind == SYM_VAR ? sym->var : NULL;
}

StoreMark chk_store_begin(Checker *k, Expr *lhs) {
    Var *v = stored_var(k, lhs);
    return (StoreMark){v, v && v->used};
}

void chk_store_end(StoreMark m) {
    if (m.var)
        m.var->used = m.used;
}

/* After an error in `x = bad` or `x := bad`: x counts as used. */
void chk_stmt_failed(Checker *k, Stmt *s) {
    if (s->kind == S_VAR) {
        for (int i = 0; i < s->u.var.names.len; i++) {
            Symbol *sym = scope_lookup(k, s->u.var.names.data[i]);
            if (sym && sym->kind == SYM_VAR)
                sym->var->used = true;
        }
        return;
    }
    if (s->kind != S_DEFINE && s->kind != S_ASSIGN)
        return;
    for (int i = 0; i < s->u.assign.lhs.len; i++) {
        Var *v = stored_var(k, s->u.assign.lhs.data[i]);
        if (v)
            v->used = true;
    }
}

static void report(Checker *k, Var *v) {
    diag_error(k->c, v->span, "%s declared but not used", v->name);
}

void chk_unused_vars(Checker *k, FuncInfo *fi) {
    if (!source_is_go(k->c, fi->decl ? fi->decl->span.file : fi->lit->span.file))
        return;
    for (int i = 0; i < fi->vars.len; i++) {
        Var *v = fi->vars.data[i];
        if (v->local && !v->used && strcmp(v->name, "_") != 0)
            report(k, v);
    }
}

/* switch v := x.(type): clause_vars are the v of each clause that
 * declared one (its .tag's ts_vars). */
void chk_unused_switch_var(Checker *k, Stmt *s, Var **clause_vars, int n) {
    bool used = false;
    for (int i = 0; i < n; i++)
        used |= clause_vars[i] && clause_vars[i]->used;
    Expr *bind = s->u.switch_.bind;
    if (!used && source_is_go(k->c, bind->span.file) && strcmp(bind->u.name.name, "_") != 0)
        diag_error(k->c, bind->span, "%s declared but not used", bind->u.name.name);
    for (int i = 0; i < n; i++)     /* reported once, here */
        if (clause_vars[i])
            clause_vars[i]->used = true;
}
