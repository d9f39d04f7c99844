/*
 * build_ast.c: the builders grammar.y's actions call. Each makes one AST
 * node (ast.h) with its span; the few that check syntax the grammar cannot
 * express (Go's grouped parameters, `Box[T]`, multiple results, the
 * left-hand side of :=) report errors here at the right span.
 */
#include "parser.h"
#include "grammar.h"

#include <string.h>

Span tok_span(Token t) { return t.span; }

static Arena *A(Parser *p) { return &p->c->arena; }

/* ---- expressions ------------------------------------------------------ */

Expr *mk_name(Parser *p, Token t) {
    Expr *e = ast_expr(p->c, E_NAME, t.span);
    e->u.name.name = t.v.name;
    return e;
}

Expr *mk_int(Parser *p, Token t) {
    Expr *e = ast_expr(p->c, E_INT, t.span);
    e->u.ival = t.v.ival;
    return e;
}

Expr *mk_float(Parser *p, Token t) {
    Expr *e = ast_expr(p->c, E_FLOAT, t.span);
    e->u.fval = t.v.fval;
    return e;
}

Expr *mk_string(Parser *p, Token t) {
    Expr *e = ast_expr(p->c, E_STRING, t.span);
    e->u.str = t.v.str;
    return e;
}

Expr *mk_binary(Parser *p, Op op, Expr *x, Expr *y) {
    if (!x || !y)
        return NULL;
    Expr *e = ast_expr(p->c, E_BINARY, span_join(x->span, y->span));
    e->u.binary.op = op;
    e->u.binary.x = x;
    e->u.binary.y = y;
    return e;
}

Expr *mk_unary(Parser *p, Op op, Token at, Expr *x) {
    if (!x)
        return NULL;
    Expr *e = ast_expr(p->c, E_UNARY, span_join(at.span, x->span));
    e->u.unary.op = op;
    e->u.unary.x = x;
    return e;
}

Expr *mk_deref(Parser *p, Token at, Expr *x) {
    if (!x)
        return NULL;
    Expr *e = ast_expr(p->c, E_DEREF, span_join(at.span, x->span));
    e->u.deref.x = x;
    return e;
}

Expr *mk_addr(Parser *p, Token at, Expr *x, bool mut) {
    if (!x)
        return NULL;
    Expr *e = ast_expr(p->c, E_ADDR, span_join(at.span, x->span));
    e->u.addr.x = x;
    e->u.addr.mut = mut;
    return e;
}

Expr *mk_paren(Parser *p, Token lp, Expr *x, Token rp) {
    if (!x)
        return NULL;
    Expr *e = ast_expr(p->c, E_PAREN, span_join(lp.span, rp.span));
    e->u.paren.x = x;
    return e;
}

Expr *mk_field(Parser *p, Expr *x, Token name) {
    if (!x)
        return NULL;
    Expr *e = ast_expr(p->c, E_FIELD, span_join(x->span, name.span));
    e->u.field.x = x;
    e->u.field.name = name.v.name;
    e->u.field.name_lo = name.span.lo;
    e->u.field.index = -1;
    return e;
}

/* pkg.T{...}: a composite literal of a qualified type (strings.Builder{});
 * only `ident.ident` names a type, as in Go. */
Expr *mk_qual_composite(Parser *p, Expr *x, Token name, Token lb, ElemList elems, Token rb) {
    if (!x)
        return NULL;
    if (x->kind != E_NAME) {
        diag_error(p->c, lb.span, "syntax error: unexpected {, expected a type before a composite literal");
        p->failed = true;
        return NULL;
    }
    TypeExpr *te = ast_type(p->c, TE_NAME, span_join(x->span, name.span));
    te->u.name = arena_printf(A(p), "%s.%s", x->u.name.name, name.v.name);
    return mk_composite(p, te, lb, elems, rb);
}

/* x.(T), or x.(type) (T NULL) heading a type switch. */
Expr *mk_assert(Parser *p, Expr *x, Token lp, TypeExpr *t, Token rp) {
    if (!x)
        return NULL;
    Expr *e = ast_expr(p->c, E_ASSERT, span_join(x->span, rp.span));
    e->u.assert.x = x;
    e->u.assert.type = t;
    e->u.assert.lparen = lp.span.lo;
    return e;
}

Expr *mk_index(Parser *p, Expr *x, Expr *index, Token rb) {
    if (!x || !index)
        return NULL;
    Expr *e = ast_expr(p->c, E_INDEX, span_join(x->span, rb.span));
    e->u.index.x = x;
    e->u.index.index = index;
    return e;
}

Expr *mk_slice(Parser *p, Expr *x, Expr *lo, Expr *hi, Expr *max, Token rb) {
    if (!x)
        return NULL;
    Expr *e = ast_expr(p->c, E_SLICE, span_join(x->span, rb.span));
    e->u.slice.x = x;
    e->u.slice.lo = lo;
    e->u.slice.hi = hi;
    e->u.slice.max = max;
    return e;
}

Expr *mk_call(Parser *p, Expr *fn, Token lp, ExprList args, Token rp) {
    if (!fn)
        return NULL;
    Expr *e = ast_expr(p->c, E_CALL, span_join(fn->span, rp.span));
    e->u.call.fn = fn;
    e->u.call.args = args;
    e->u.call.lparen = lp.span.lo;
    return e;
}

Expr *mk_composite(Parser *p, TypeExpr *t, Token lb, ElemList elems, Token rb) {
    Expr *e = ast_expr(p->c, E_COMPOSITE, span_join(t ? t->span : lb.span, rb.span));
    e->u.composite.type = t;
    e->u.composite.elems = elems;
    return e;
}

Expr *mk_elided(Parser *p, Token lb, ElemList elems, Token rb) {
    return mk_composite(p, NULL, lb, elems, rb);
}

Expr *mk_type_expr(Parser *p, TypeExpr *t) {
    Expr *e = ast_expr(p->c, E_TYPE, t->span);
    e->u.type.type = t;
    return e;
}

ElemList elem_push(Parser *p, ElemList l, Expr *key, Expr *value) {
    Elem el = {key, value, -1};
    vec_push(A(p), &l, el);
    return l;
}

/* ---- parameters: Go's grouping rule ----------------------------------- */

/* `a, b int, c string`: when any entry is named, bare entries are names
 * grouped with the next type. */
static ParamList group_params(Parser *p, PEntryList l) {
    ParamList out = {0};
    bool named = false;
    for (int i = 0; i < l.len; i++)
        named |= l.data[i].has_name;
    for (int i = 0; i < l.len; i++) {
        PEntry *en = &l.data[i];
        Param pr = {0};
        if (!named) {
            pr.span = en->type->span;
            pr.type = en->type;
        } else if (en->has_name) {
            pr.name = en->name.v.name;
            pr.span = en->name.span;
            pr.type = en->type;
        } else {
            if (en->type->kind != TE_NAME) {
                diag_error(p->c, en->type->span, "syntax error: mixed named and unnamed parameters");
                continue;
            }
            int j = i + 1;
            while (j < l.len && !l.data[j].has_name)
                j++;
            if (j == l.len) {
                diag_error(p->c, en->type->span, "syntax error: mixed named and unnamed parameters");
                continue;
            }
            pr.name = en->type->u.name;
            pr.span = en->type->span;
            pr.type = l.data[j].type;
        }
        if (pr.type && pr.type->variadic && i + 1 < l.len)
            diag_error(p->c, pr.type->span, "can only use ... with final parameter in list");
        vec_push(A(p), &out, pr);
    }
    return out;
}

Expr *mk_funclit(Parser *p, Token fn, PEntryList params, TypeExpr *result, Stmt *body) {
    Expr *e = ast_expr(p->c, E_FUNCLIT, span_join(fn.span, body->span));
    e->u.funclit.sig.params = group_params(p, params);
    e->u.funclit.sig.result = result;
    e->u.funclit.body = body;
    return e;
}

/* ---- types ------------------------------------------------------------ */

TypeExpr *mk_tname(Parser *p, Token t) {
    TypeExpr *te = ast_type(p->c, TE_NAME, t.span);
    te->u.name = t.v.name;
    return te;
}

TypeExpr *mk_tbox(Parser *p, Token name, TypeExpr *elem, Token rb) {
    TypeExpr *te = ast_type(p->c, TE_BOX, span_join(name.span, rb.span));
    te->u.elem = elem;
    if (strcmp(name.v.name, "Box") != 0)
        diag_error(p->c, name.span, "generic type %s[...] is not supported yet (only Box[T])", name.v.name);
    return te;
}

TypeExpr *mk_tptr(Parser *p, Token star, TypeExpr *elem, bool mut) {
    TypeExpr *te = ast_type(p->c, TE_PTR, span_join(star.span, elem->span));
    te->u.ptr.elem = elem;
    te->u.ptr.mut = mut;
    return te;
}

TypeExpr *mk_tslice(Parser *p, Token lb, TypeExpr *elem) {
    TypeExpr *te = ast_type(p->c, TE_SLICE, span_join(lb.span, elem->span));
    te->u.elem = elem;
    return te;
}

/* map[K]V (LANGUAGE.md section 10) */
TypeExpr *mk_tmap(Parser *p, Token kw, TypeExpr *key, TypeExpr *val) {
    if (!key || !val)
        return NULL;
    TypeExpr *te = ast_type(p->c, TE_MAP, span_join(kw.span, val->span));
    te->u.map.key = key;
    te->u.map.val = val;
    return te;
}

TypeExpr *mk_tarray(Parser *p, Token lb, Expr *len, TypeExpr *elem) {
    TypeExpr *te = ast_type(p->c, TE_ARRAY, span_join(lb.span, elem->span));
    te->u.array.len = len;
    te->u.array.elem = elem;
    return te;
}

TypeExpr *mk_tfunc(Parser *p, Token fn, PEntryList params, TypeExpr *result) {
    Span sp = fn.span;
    if (result)
        sp = span_join(sp, result->span);
    TypeExpr *te = ast_type(p->c, TE_FUNC, sp);
    te->u.func.params = group_params(p, params);
    te->u.func.result = result;
    return te;
}

TypeExpr *mk_tstruct(Parser *p, Token kw, SpecList fields, Token rb) {
    TypeExpr *te = ast_type(p->c, TE_STRUCT, span_join(kw.span, rb.span));
    for (int i = 0; i < fields.len; i++) {
        if (!fields.data[i].names.len) {    /* embedded: T or *T */
            vec_push(A(p), &te->u.fields, embedded_field(p, fields.data[i].type));
            continue;
        }
        for (int j = 0; j < fields.data[i].names.len; j++) {
            Token n = fields.data[i].names.data[j];
            Param f = {n.v.name, n.span, fields.data[i].type, NULL, false};
            vec_push(A(p), &te->u.fields, f);
        }
    }
    return te;
}

/* `...T`, a variadic final parameter: a []T inside the function. */
TypeExpr *mk_tvariadic(Parser *p, Token dots, TypeExpr *elem) {
    TypeExpr *te = ast_type(p->c, TE_SLICE, span_join(dots.span, elem->span));
    te->u.elem = elem;
    te->variadic = true;
    return te;
}

/* `interface{}`: the empty interface, a name the universe declares (so
 * it cannot be shadowed, unlike its alias `any`); `interface { Area()
 * float64; Shape }`: a TE_IFACE listing methods and embedded names. */
TypeExpr *mk_tiface(Parser *p, Token kw, ParamList methods, Token rb) {
    if (methods.len == 0) {
        TypeExpr *te = ast_type(p->c, TE_NAME, span_join(kw.span, rb.span));
        te->u.name = intern_cstr(p->c, "interface{}");
        return te;
    }
    TypeExpr *te = ast_type(p->c, TE_IFACE, span_join(kw.span, rb.span));
    te->u.fields = methods;
    return te;
}

/* `Area(p P) R` inside an interface: the method's name and signature. */
Param mk_imethod(Parser *p, Token name, Token lp, PEntryList params, TypeExpr *result) {
    Param m = {name.v.name, name.span, mk_tfunc(p, lp, params, result), NULL, false};
    return m;
}

/* An embedded interface `Shape` or `fmt.Stringer`: no name, a TE_NAME. */
Param mk_iembed(Parser *p, Token *pkg, Token name) {
    Param m = {NULL, name.span, mk_tname(p, name), NULL, false};
    if (pkg) {
        m.type->u.name = arena_printf(A(p), "%s.%s", pkg->v.name, name.v.name);
        m.type->span = m.span = span_join(pkg->span, name.span);
    }
    return m;
}

/* `(T)` is one result; `(int, bool)` and `(n int, ok bool)` a tuple
 * (named results are variables of the function). */
TypeExpr *result_list(Parser *p, Token lp, PEntryList list, Token rp) {
    if (list.len == 1 && !list.data[0].has_name)
        return list.data[0].type;
    if (list.len == 0)
        return NULL;
    TypeExpr *te = ast_type(p->c, TE_TUPLE, span_join(lp.span, rp.span));
    te->u.fields = group_params(p, list);
    return te;
}

/* ---- statements ------------------------------------------------------- */

Stmt *mk_block(Parser *p, Token lb, StmtList stmts, Token rb) {
    Stmt *s = ast_stmt(p->c, S_BLOCK, span_join(lb.span, rb.span));
    s->u.block.stmts = stmts;
    s->u.block.rbrace = rb.span;
    return s;
}

StmtList stmt_push(Parser *p, StmtList l, Stmt *s) {
    if (s)
        vec_push(A(p), &l, s);
    return l;
}

Stmt *mk_expr_stmt(Parser *p, Expr *x) {
    if (!x)
        return NULL;
    Stmt *s = ast_stmt(p->c, S_EXPR, x->span);
    s->u.expr.x = x;
    return s;
}

Stmt *mk_incdec(Parser *p, Expr *x, Token op, bool inc) {
    if (!x)
        return NULL;
    Stmt *s = ast_stmt(p->c, S_INCDEC, span_join(x->span, op.span));
    s->u.incdec.x = x;
    s->u.incdec.inc = inc;
    return s;
}

Stmt *mk_assign(Parser *p, ExprList lhs, Token op, ExprList rhs, bool define) {
    if (!lhs.len || !rhs.len || !lhs.data[0] || !vec_last(&rhs))
        return NULL;
    Stmt *s = ast_stmt(p->c, define ? S_DEFINE : S_ASSIGN,
                       span_join(lhs.data[0]->span, vec_last(&rhs)->span));
    s->u.assign.op = OP_NONE;
    s->u.assign.lhs = lhs;
    s->u.assign.rhs = rhs;
    return s;   /* a non-name on the left of := is sema's (check_define) */
}

Stmt *mk_opassign(Parser *p, Expr *x, Token op, Expr *y) {
    if (!x || !y)
        return NULL;
    Stmt *s = ast_stmt(p->c, S_ASSIGN, span_join(x->span, y->span));
    s->u.assign.op = (Op)op.v.ival;
    vec_push(A(p), &s->u.assign.lhs, x);
    vec_push(A(p), &s->u.assign.rhs, y);
    return s;
}

/* Copy a spec's names and their spans into a var statement/decl. */
#define FILL_VAR(p, sp, dst)                                              \
    for (int i_ = 0; i_ < (sp).names.len; i_++) {                         \
        vec_push(A(p), &(dst).names, (sp).names.data[i_].v.name);         \
        vec_push(A(p), &(dst).name_spans, (sp).names.data[i_].span);      \
    }

/* `var x` with neither type nor value: go1.19's varDecl wants a type at
 * the token after the names (a newline, `)`, `;`: read from the source,
 * since a group is reduced only at its `)`). */
static void var_needs_type(Parser *p, Spec *sp) {
    if (sp->type || sp->values.len || !sp->names.len)
        return;
    Span at = vec_last(&sp->names).span;
    SourceFile *f = &p->c->files.data[at.file];
    int i = at.hi;
    while (i < f->len && (f->text[i] == ' ' || f->text[i] == '\t' || f->text[i] == '\r'))
        i++;
    const char *what = i >= f->len ? "EOF" : f->text[i] == '\n' || f->text[i] == '/' ? "newline" :
                       f->text[i] == ')' ? ")" : f->text[i] == ';' ? "semicolon" : NULL;
    if (f->text[i] == '/')
        i = at.hi;
    if (what)
        syntax_error_at(p, (Span){at.file, i, i + 1}, "unexpected %s, expecting type", what);
    else
        syntax_error_at(p, (Span){at.file, i, i + 1}, "missing type in var declaration");
}

Stmt *mk_var_stmt(Parser *p, Token kw, Spec sp, bool is_const) {
    if (!is_const)
        var_needs_type(p, &sp);
    Span end = sp.values.len ? vec_last(&sp.values)->span
               : sp.type ? sp.type->span : vec_last(&sp.names).span;
    Stmt *s = ast_stmt(p->c, is_const ? S_CONST : S_VAR, span_join(kw.span, end));
    FILL_VAR(p, sp, s->u.var);
    s->u.var.type = sp.type;
    s->u.var.values = sp.values;
    return s;
}

Stmt *mk_return(Parser *p, Token kw, Expr *x) {
    Stmt *s = ast_stmt(p->c, S_RETURN, x ? span_join(kw.span, x->span) : kw.span);
    s->u.ret.x = x;
    return s;
}

/* return a  |  return a, b (Go's multiple results) */
Stmt *mk_return_list(Parser *p, Token kw, ExprList l) {
    if (l.len == 1)
        return mk_return(p, kw, l.data[0]);
    Stmt *s = ast_stmt(p->c, S_RETURN, span_join(kw.span, l.data[l.len - 1]->span));
    s->u.ret.list = l;
    return s;
}

/* break, continue, goto (with an optional label) and fallthrough. */
Stmt *mk_jump(Parser *p, Token kw, StmtKind k, Token *label) {
    Stmt *s = ast_stmt(p->c, k, label ? span_join(kw.span, label->span) : kw.span);
    if (label) {
        s->u.jump.label = label->v.name;
        s->u.jump.label_span = label->span;
    }
    return s;
}

/* defer call: sema checks that it is a call (Go's "expression in defer
 * must be function call") and wraps it (sema/check_defer.c). */
Stmt *mk_defer(Parser *p, Token kw, Expr *call) {
    if (!call)
        return NULL;
    Stmt *s = ast_stmt(p->c, S_DEFER, span_join(kw.span, call->span));
    s->u.defer.call = call;
    return s;
}

/* L: stmt */
Stmt *mk_labeled(Parser *p, Token label, Stmt *inner) {
    if (!inner)
        inner = ast_stmt(p->c, S_EMPTY, label.span);
    Stmt *s = ast_stmt(p->c, S_LABELED, span_join(label.span, inner->span));
    s->u.labeled.label = label.v.name;
    s->u.labeled.label_span = label.span;
    s->u.labeled.stmt = inner;
    return s;
}

Stmt *mk_switch(Parser *p, Token kw, Stmt *init, Expr *tag, CaseList clauses, Token rb) {
    Stmt *s = ast_stmt(p->c, S_SWITCH, span_join(kw.span, rb.span));
    s->u.switch_.init = init;
    s->u.switch_.tag = tag;
    s->u.switch_.clauses = clauses;
    return s;
}

/* `switch x := v.(type) {`: the guard must be a type assertion x.(type)
 * bound to one name. */
Stmt *mk_type_switch(Parser *p, Token kw, Stmt *init, ExprList lhs, Expr *guard, CaseList clauses, Token rb) {
    if (!guard || p->failed)
        return NULL;
    if (lhs.len != 1 || lhs.data[0]->kind != E_NAME || guard->kind != E_ASSERT || guard->u.assert.type) {
        diag_error(p->c, guard->span, "syntax error: %s := %s used as value", source_text(p->c, lhs.data[0]->span),
                   source_text(p->c, guard->span));
        p->failed = true;
        return NULL;
    }
    Stmt *s = mk_switch(p, kw, init, guard, clauses, rb);
    s->u.switch_.bind = lhs.data[0];
    return s;
}

/* A clause's statements become one block: its own scope, from the
 * keyword to the last statement. */
CaseClause mk_clause(Parser *p, Token kw, ExprList values, bool is_default, Token colon,
                     StmtList body) {
    CaseClause cl = {0};
    cl.values = values;
    cl.is_default = is_default;
    cl.span = kw.span;
    cl.colon = colon.span;
    Span sp = kw.span;
    if (body.len)
        sp = span_join(sp, vec_last(&body)->span);
    cl.body = ast_stmt(p->c, S_BLOCK, sp);
    cl.body->u.block.stmts = body;
    cl.body->u.block.rbrace = (Span){-1, 0, 0};
    return cl;
}

Stmt *mk_if(Parser *p, Token kw, Stmt *init, Expr *cond, Stmt *then, Stmt *els) {
    Stmt *s = ast_stmt(p->c, S_IF, span_join(kw.span, (els ? els : then)->span));
    s->u.if_.init = init;
    s->u.if_.cond = cond;
    s->u.if_.then = then;
    s->u.if_.els = els;
    return s;
}

Stmt *mk_for(Parser *p, Token kw, Stmt *init, Expr *cond, Stmt *post, Stmt *body) {
    Stmt *s = ast_stmt(p->c, S_FOR, span_join(kw.span, body->span));
    s->u.for_.init = init;
    s->u.for_.cond = cond;
    s->u.for_.post = post;
    s->u.for_.body = body;
    return s;
}

Stmt *mk_range(Parser *p, Token kw, ExprList lhs, bool define, Expr *x, Stmt *body) {
    Stmt *s = ast_stmt(p->c, S_RANGE, span_join(kw.span, body->span));
    s->u.range.extra = lhs.len > 2 ? lhs.data[2] : NULL;
    s->u.range.key = lhs.len > 0 ? lhs.data[0] : NULL;
    s->u.range.value = lhs.len > 1 ? lhs.data[1] : NULL;
    s->u.range.define = define;
    s->u.range.x = x;
    s->u.range.body = body;
    return s;   /* a non-name to declare is sema's (check_range) */
}

/* ---- top level -------------------------------------------------------- */

static Decl *func_decl(Parser *p, Token kw, Token name, PEntryList params, TypeExpr *result,
                       Stmt *body) {
    Decl *d = ast_decl(p->c, D_FUNC, span_join(kw.span, body->span));
    d->name = name.v.name;
    d->name_span = name.span;
    d->u.func.sig.params = group_params(p, params);
    d->u.func.sig.result = result;
    d->u.func.body = body;
    vec_push(A(p), &p->prog->decls, d);
    return d;
}

void top_func(Parser *p, Token kw, Token name, PEntryList params, TypeExpr *result, Stmt *body) {
    func_decl(p, kw, name, params, result, body);
}

void top_method(Parser *p, Token kw, PEntryList recv, Token name, PEntryList params,
                TypeExpr *result, Stmt *body) {
    Decl *d = func_decl(p, kw, name, params, result, body);
    ParamList r = group_params(p, recv);
    if (r.len != 1) {
        diag_error(p->c, kw.span, "method has %s receivers", r.len ? "multiple" : "no");
        return;
    }
    d->u.func.recv = arena_alloc(A(p), sizeof(Param));
    *d->u.func.recv = r.data[0];
}

void top_vars(Parser *p, Token kw, SpecList specs, bool is_const) {
    for (int i = 0; i < specs.len; i++) {
        if (!is_const)
            var_needs_type(p, &specs.data[i]);
        Spec sp = spec_repeat(p, specs, i, is_const);
        Decl *d = ast_decl(p->c, is_const ? D_CONST : D_VAR, span_join(kw.span, vec_last(&sp.names).span));
        d->name = sp.names.data[0].v.name;
        d->name_span = sp.names.data[0].span;
        FILL_VAR(p, sp, d->u.var);
        d->u.var.type = sp.type;
        d->u.var.values = sp.values;
        d->u.var.iota = i;
        d->u.var.implicit = i > 0 && !specs.data[i].values.len && sp.values.len;
        vec_push(A(p), &p->prog->decls, d);
    }
}

void top_type(Parser *p, Token kw, Token name, TypeExpr *t, bool alias) {
    if (!t)
        return;     /* an unsupported type, already reported */
    Decl *d = ast_decl(p->c, D_TYPE, span_join(kw.span, t->span));
    d->name = name.v.name;
    d->name_span = name.span;
    d->u.type.type = t;
    d->u.type.alias = alias;
    vec_push(A(p), &p->prog->decls, d);
}

/* import "a/b" binds b (or the alias); sema resolves the path. */
void top_import(Parser *p, Token *alias, Token path) {
    Import im = {0};
    im.path = intern(p->c, path.v.str.ptr, (size_t)path.v.str.len);
    const char *slash = strrchr(im.path, '/');
    im.name = alias ? alias->v.name : slash ? intern_cstr(p->c, slash + 1) : im.path;
    im.span = path.span;
    vec_push(A(p), &p->prog->imports, im);
}

/* What a reserved Go keyword ml0c does not implement is called in
 * messages: "maps are not supported yet", never "unexpected token". */
const char *unsupported_name(Parser *p, Token t) {
    static const struct { const char *kw, *what; } names[] = {
        {"map", "maps are"}, {"chan", "channels are"}, {"<-", "channel operations are"},
        {"go", "goroutines are"}, {"select", "select statements are"},
        {"interface", "interfaces with methods are"},
    };
    SourceFile *f = &p->c->files.data[t.span.file];
    int n = t.span.hi - t.span.lo;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if ((int)strlen(names[i].kw) == n && memcmp(f->text + t.span.lo, names[i].kw, (size_t)n) == 0)
            return names[i].what;
    return arena_printf(A(p), "'%.*s' is", n, f->text + t.span.lo);
}

void unsupported(Parser *p, Token t, const char *what) {
    if (p->failed)
        return;
    if (!what) {
        diag_error(p->c, t.span, "%s not supported yet", unsupported_name(p, t));
    } else {
        diag_error(p->c, t.span, "%s is not supported yet", what);
    }
    p->failed = true;
}

/* `if x = 5 {`: Go reports "cannot use assignment (x) = (5) as value"
 * (and "cannot use x := 5 as value"), at the assignment. */
void assign_as_value(Parser *p, ExprList lhs, Token op, ExprList rhs, bool define) {
    if (!lhs.len || !rhs.len || !lhs.data[0] || !vec_last(&lhs) || !rhs.data[0] || !vec_last(&rhs))
        return;
    Span l = span_join(lhs.data[0]->span, vec_last(&lhs)->span);
    Span r = span_join(rhs.data[0]->span, vec_last(&rhs)->span);
    const char *ls = source_text(p->c, l), *rs = source_text(p->c, r);
    /* a syntax error like the parser's own: the parse goes on (as Go's) */
    if (define)
        syntax_error_at(p, op.span, "cannot use %s := %s as value", ls, rs);
    else
        syntax_error_at(p, op.span, "cannot use assignment (%s) = (%s) as value", ls, rs);
}
