/*
 * expr_string.c: an expression as go1.19's type checker writes it in its
 * messages (types2 ExprString, that is cmd/compile/internal/syntax's
 * printer in its short form), so `cannot use f(1, 2*3) (value of type
 * int) ...` reads as Go's `cannot use f(1, 2 * 3) ...`:
 *
 *   binary operators   always one blank each side (x * 3 + 1), whatever
 *                      the source's spacing or the depth
 *   parentheses        as written (the tree keeps them: E_PAREN)
 *   composite literal  its type as written and `{…}` (`{}` when empty):
 *                      T{…}, &T{…}, []int{…}
 *   func literal       its signature as written and `{…}`
 *   calls              f(a, b), f(xs...); index x[i]; slice x[i:j],
 *                      x[:j], x[i:j:k]; selector x.f; assertion x.(T)
 *
 * Leaves (names, literals, types) and anything sema rewrote so that the
 * tree no longer shows the source (a call whose arguments are g()'s
 * hidden results, a promoted selector, a method value) print as the
 * source reads, blanks folded (source_text).
 */
#include "check.h"

#include <string.h>

typedef struct { Ctx *c; char *buf; int len, cap; } Str_;

static void put(Str_ *o, const char *s) {
    int n = (int)strlen(s);
    if (o->len + n + 1 > o->cap) {
        int cap = (o->cap ? o->cap * 2 : 64) + n;
        char *nb = arena_alloc(&o->c->arena, (size_t)cap);
        if (o->len)
            memcpy(nb, o->buf, (size_t)o->len);
        o->buf = nb;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, s, (size_t)n + 1);
    o->len += n;
}

static void print(Str_ *o, Expr *e);

static void print_list(Str_ *o, ExprList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i)
            put(o, ", ");
        print(o, l->data[i]);
    }
}

/* func(a int) int {…}: the source up to the body's '{'. */
static void print_funclit(Str_ *o, Expr *e) {
    Stmt *body = e->u.funclit.body;
    const char *text = o->c->files.data[e->span.file].text;
    int hi = body ? body->span.lo : e->span.hi;
    while (hi > e->span.lo && (text[hi - 1] == ' ' || text[hi - 1] == '\t'))
        hi--;
    put(o, source_text(o->c, (Span){e->span.file, e->span.lo, hi}));
    put(o, body && body->u.block.stmts.len ? " {\u2026}" : " {}");
}

static bool rewritten(Expr *e) {
    switch (e->kind) {
    case E_CALL: return e->u.call.tuple_call || e->u.call.autotmp;
    case E_FIELD: return e->u.field.implicit;
    case E_FUNCLIT: return e->u.funclit.mv != NULL;
    case E_ADDR: return e->u.addr.mut;
    default: return false;
    }
}

static void print(Str_ *o, Expr *e) {
    if (!e)
        return;
    if (rewritten(e)) {
        put(o, source_text(o->c, e->span));
        return;
    }
    switch (e->kind) {
    case E_PAREN: put(o, "("); print(o, e->u.paren.x); put(o, ")"); return;
    case E_UNARY: put(o, ast_op_name(e->u.unary.op)); print(o, e->u.unary.x); return;
    case E_ADDR: put(o, "&"); print(o, e->u.addr.x); return;
    case E_DEREF: put(o, "*"); print(o, e->u.deref.x); return;
    case E_BINARY:
        print(o, e->u.binary.x);
        put(o, " ");
        put(o, ast_op_name(e->u.binary.op));
        put(o, " ");
        print(o, e->u.binary.y);
        return;
    case E_CALL:
        print(o, e->u.call.fn);
        put(o, "(");
        print_list(o, &e->u.call.args);
        put(o, e->u.call.spread ? "...)" : ")");
        return;
    case E_INDEX: print(o, e->u.index.x); put(o, "["); print(o, e->u.index.index); put(o, "]"); return;
    case E_SLICE:
        print(o, e->u.slice.x);
        put(o, "[");
        print(o, e->u.slice.lo);
        put(o, ":");
        print(o, e->u.slice.hi);
        if (e->u.slice.max) {
            put(o, ":");
            print(o, e->u.slice.max);
        }
        put(o, "]");
        return;
    case E_FIELD: print(o, e->u.field.x); put(o, "."); put(o, e->u.field.name); return;
    case E_ASSERT:
        print(o, e->u.assert.x);
        put(o, ".(");
        put(o, e->u.assert.type ? source_text(o->c, e->u.assert.type->span) : "type");
        put(o, ")");
        return;
    case E_COMPOSITE:
        if (e->u.composite.type)
            put(o, source_text(o->c, e->u.composite.type->span));
        put(o, e->u.composite.elems.len ? "{\u2026}" : "{}");
        return;
    case E_FUNCLIT: print_funclit(o, e); return;
    default: put(o, source_text(o->c, e->span)); return;   /* names, literals, types */
    }
}

const char *chk_expr_string(Checker *k, Expr *e) {
    Str_ o = {k->c, NULL, 0, 0};
    print(&o, e);
    return o.buf ? o.buf : "";
}
