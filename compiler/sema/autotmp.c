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
 *     its arguments' own; a func literal counts in its own FuncInfo.
 *
 * ml0c's own hidden variables (a switch's .tag, defer and method-value
 * temporaries) are not Go's names and are not counted.
 */
#include "check.h"

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
static bool has_call(Expr *e) {
    if (!e || e->is_const)
        return false;
    switch (e->kind) {
    case E_CALL:
        if (e->u.call.kind == CALL_CONV)
            return e->u.call.args.len && has_call(e->u.call.args.data[0]);
        return !(e->u.call.kind == CALL_BUILTIN && e->u.call.builtin == BI_NEW);
    case E_PAREN: return has_call(e->u.paren.x);
    case E_UNARY: return has_call(e->u.unary.x);
    case E_BINARY: return has_call(e->u.binary.x) || has_call(e->u.binary.y);
    case E_ADDR: return has_call(e->u.addr.x);
    case E_DEREF: return has_call(e->u.deref.x);
    case E_INDEX: return has_call(e->u.index.x) || has_call(e->u.index.index);
    case E_SLICE:
        return has_call(e->u.slice.x) || has_call(e->u.slice.lo) || has_call(e->u.slice.hi) ||
               has_call(e->u.slice.max);
    case E_FIELD: return has_call(e->u.field.x);
    case E_ASSERT: return has_call(e->u.assert.x);
    case E_COMPOSITE:
        for (int i = 0; i < e->u.composite.elems.len; i++)
            if (has_call(e->u.composite.elems.data[i].key) || has_call(e->u.composite.elems.data[i].value))
                return true;
        return false;
    case E_FUNCLIT:
        return e->u.funclit.mv && has_call(e->u.funclit.mv->x);
    default: return false;
    }
}

void chk_call_temps(Checker *k, Expr *e) {
    if (!k->fn || !e->type)
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
    if (callee && has_call(callee) && k->fn->go_dcls < 0xFFFF)
        e->u.call.autotmp = (uint16_t)(++k->fn->go_dcls);  /* .autotmp_N is N + 1 here */
}
