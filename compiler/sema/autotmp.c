/*
 * autotmp.c: the numbers of go1.19's early compiler temporaries, for -m.
 *
 * While go1.19 builds a function's IR (noder, irgen), two rewrites move
 * values into temporaries (typecheck.Temp):
 *
 *   RewriteNonNameCall     a call whose callee holds a call (or len, cap,
 *                          append, make...; new(T) excepted), with a method
 *                          selector peeled: mk().S(), mki().S(), mkf()(3),
 *                          st[len(st)-1].Push(x) become t := <callee>;
 *                          t.S() ...
 *   RewriteMultiValueCall  f(g()) and `return g()` with g returning n
 *                          results: n temporaries (f(g())'s are variables
 *                          sema makes, tuples.c chk_tuple_args)
 *
 * A temporary is named .autotmp_N with N = len(curfn.Dcl), the number of
 * names the function had declared by then, and -m prints the rewritten
 * call: `M.S(.autotmp_3) escapes to heap`. So sema counts declarations in
 * irgen's order (FuncInfo.go_dcls):
 *
 *   - the receiver, the parameters and the results, first; an unnamed or
 *     `_` parameter is no name, an unnamed result is (~r0, ~r1, ...);
 *   - `x, y := e`: e first, then each new non-blank name (a type switch
 *     clause's binding is one, at its clause);
 *   - `var x, y = e` and `for k, v := range e`: the names first, then e;
 *   - a call's temporaries when the call is done: after its callee's and
 *     its arguments' own, the callee's temporary first, then g()'s results
 *     (irgen's Call rewrites the callee, then transformCall the
 *     arguments: mkf()(g()) is .autotmp_2(g()) with g's results in
 *     .autotmp_3, .autotmp_4); a func literal counts in its own FuncInfo.
 *
 * At package level the temporaries belong to go1.19's one InitTodoFunc,
 * numbered in source order (declaration by declaration), while ml0c
 * checks a global when first used (dependency order): each is recorded
 * with the position of the declaration being checked (Checker.init_at)
 * and numbered when every global is checked (chk_number_init_temps).
 *
 * ml0c's own hidden variables (a switch's .tag, defer and method-value
 * temporaries) are not Go's names and are not counted.
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

static bool named(Sym name) { return name && strcmp(name, "_") != 0; }

void chk_go_dcl(Checker *k, int n) {
    if (k->fn)
        k->fn->go_dcls += n;
}

void chk_go_dcl_sig(Checker *k, Param *recv, FuncSig *sig) {
    int n = recv && named(recv->name);
    for (int i = 0; i < sig->params.len; i++)
        n += named(sig->params.data[i].name);
    TypeExpr *r = sig->result;
    if (r && r->kind == TE_TUPLE) {
        for (int i = 0; i < r->u.fields.len; i++) {
            Sym name = r->u.fields.data[i].name;
            n += !name || named(name);
        }
    } else if (r) {
        n++;
    }
    chk_go_dcl(k, n);
}

/* Does e hold a call, as go1.19's ir.Any(callOrChan) sees it? Constants
 * are folded by then; func literal bodies are not walked. */
static bool has_call(Expr *e, void *unused) {
    (void)unused;
    if (!e || e->is_const)
        return false;
    switch (e->kind) {
    case E_CALL:
        if (e->u.call.kind == CALL_CONV)
            return e->u.call.args.len && has_call(e->u.call.args.data[0], NULL);
        return !(e->u.call.kind == CALL_BUILTIN && e->u.call.builtin == BI_NEW);
    case E_FUNCLIT:
        return e->u.funclit.mv && has_call(e->u.funclit.mv->x, NULL);
    default:
        return ast_each_operand(e, has_call, NULL);
    }
}

/* A package-level temporary, numbered later: a call's (call) or a
 * result variable's (v, named by x). */
static void init_temp(Checker *k, Expr *call, Var *v, Expr *x) {
    InitTemp t = {k->init_at, k->init_temps.len, call, v, x};
    vec_push(&k->c->arena, &k->init_temps, t);
}

static Sym autotmp_name(Checker *k, int n) {
    return intern_cstr(k->c, arena_printf(&k->c->arena, ".autotmp_%d", n));
}

/* go1.19's escape analysis runs after irgen declared every name of the
 * function, so the temporaries its goDeferStmt makes (wrapExpr, one per
 * deferred call's argument, in statement order) number after all of
 * them: .autotmp_<go_dcls + k>. */
const char *sema_go_var_name(Ctx *c, Var *v) {
    if (!v->esc_tmp || !v->owner)
        return v->name;
    return arena_printf(&c->arena, ".autotmp_%d", v->owner->go_dcls + v->esc_tmp - 1);
}

/* v, named by x, holds one of g()'s results in f(g()): .autotmp_N. */
void chk_tuple_temp(Checker *k, Var *v, Expr *x) {
    if (!k->fn) {
        v->index = k->s->init_vars.len;     /* a local of the package's init */
        vec_push(&k->c->arena, &k->s->init_vars, v);
        init_temp(k, NULL, v, x);
        return;
    }
    v->name = x->u.name.name = x->u.name.sym->name = autotmp_name(k, k->fn->go_dcls++);
}

static int cmp_init_temp(const void *a, const void *b) {
    const InitTemp *x = a, *y = b;
    if (x->at.file != y->at.file)
        return x->at.file < y->at.file ? -1 : 1;
    if (x->at.lo != y->at.lo)
        return x->at.lo < y->at.lo ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void chk_number_init_temps(Checker *k) {
    if (k->init_temps.len > 1)     /* data is NULL when there are none */
        qsort(k->init_temps.data, (size_t)k->init_temps.len, sizeof(InitTemp), cmp_init_temp);
    for (int i = 0; i < k->init_temps.len; i++) {
        InitTemp *t = &k->init_temps.data[i];
        if (t->call) {
            t->call->u.call.autotmp = (uint16_t)(i < 0xFFFF ? i + 1 : 0xFFFF);
        } else {
            Expr *x = t->x;
            t->var->name = x->u.name.name = x->u.name.sym->name = autotmp_name(k, i);
        }
    }
}

/* The call's callee temporary, if Go makes one (once: before f(g())'s
 * result temporaries, or when the call is done). */
void chk_callee_temp(Checker *k, Expr *e) {
    if (e->u.call.autotmp)
        return;
    Expr *callee = e->u.call.fn;
    switch (e->u.call.kind) {
    case CALL_METHOD: case CALL_IFACE:
        while (callee->kind == E_PAREN)
            callee = callee->u.paren.x;
        if (callee->kind != E_FIELD)
            return;
        callee = callee->u.field.x;     /* the method selector peeled */
        break;
    case CALL_VALUE: break;
    default: callee = NULL; break;
    }
    if (!callee || !has_call(callee, NULL))
        return;
    if (!k->fn) {
        e->u.call.autotmp = 0xFFFF;     /* numbered by chk_number_init_temps */
        init_temp(k, e, NULL, NULL);
    } else if (k->fn->go_dcls < 0xFFFF) {
        e->u.call.autotmp = (uint16_t)(++k->fn->go_dcls);  /* .autotmp_N is N + 1 here */
    }
}

void chk_call_temps(Checker *k, Expr *e) {
    if (e->type)
        chk_callee_temp(k, e);
}
