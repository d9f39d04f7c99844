/*
 * quote.c: the expression or statement a -m=2 note quotes, printed as
 * go1.19 prints it (cmd/compile/internal/ir/fmt.go's %v of the node the
 * note hangs on: mir/go_print.c), not as the source spells it:
 *
 *   source                          note
 *   return s[:i], s[i+1:], true     return s[:i], s[i + 1:], true (return)
 *   a := t[len(t)*2/4:]             a := t[len(t) * 2 / 4:] (assign)
 *   p := &xs[((n+1))*2-1]           &xs[(n + 1) * 2 - 1] (address-of)
 *   f([]byte(s))                    f(([]byte)(s)) (call parameter)
 *   d.name (name promoted)          d.Animal.name (dot)
 *
 * A note knows only a span, so the node is found again in the checked
 * AST: from the declarations of the program, down through the children
 * whose spans hold the wanted one (an expression's operands as
 * ast_each_operand gives them, plus what Go's node still has as written:
 * a func literal's body, a method value's x, a call's x.M and the g() of
 * f(g())), to the first (outermost) node whose span is exactly it. That node is printed by go_expr_text or
 * go_stmt_text (as Go prints it while building the graph, its variadic
 * calls not yet packed, for a flow explained then: Esc.early). Sema's implicit nodes share a span with what they wrap
 * (d.Animal of a promoted d.name is at `d`); the outermost one is the
 * node Go's note is about. A span that is no node's (part of a node, the
 * '[' of an index, text the MIR builder made up) quotes the source,
 * composite and func literals elided as Go's printer elides them.
 */
#include "escape.h"

#include <ctype.h>
#include <string.h>

typedef struct Found {
    Expr *e;
    Stmt *s;
    Expr *implicit_addr;    /* sema's implicit &x around e, skipped */
} Found;

static bool holds(Span outer, Span s) { return outer.file == s.file && outer.lo <= s.lo && s.hi <= outer.hi; }
static bool same(Span a, Span b) { return a.file == b.file && a.lo == b.lo && a.hi == b.hi; }

static Found in_stmt(Stmt *st, Span s);
static Found in_expr(Expr *e, Span s);

/* ast_each_operand's callback: search one operand, stop at a find. */
typedef struct Seek {
    Span s;
    Found f;
} Seek;

static bool seek(Expr *operand, void *arg) {
    Seek *k = arg;
    k->f = in_expr(operand, k->s);
    return k->f.e || k->f.s;
}

static Found in_expr(Expr *e, Span s) {
    if (!e || !holds(e->span, s))
        return (Found){NULL, NULL, NULL};
    if (same(e->span, s) && e->kind == E_ADDR && e->u.addr.implicit) {
        Found f = in_expr(e->u.addr.x, s);     /* Go quotes the receiver x */
        f.implicit_addr = e;
        return f;
    }
    if (same(e->span, s))
        return (Found){e, NULL, NULL};
    if (e->kind == E_FUNCLIT) {
        if (e->u.funclit.mv) {      /* a method value x.M: x as Go has it (e.C of a promoted e.Ptr) */
            Found f = in_expr(e->u.funclit.mv->x, s);
            if (f.e || f.s)
                return f;
        }
        return in_stmt(e->u.funclit.body, s);
    }
    if (e->kind == E_CALL) {    /* as written: x.M, not sema's receiver (a defer's temporary) */
        Found f = in_expr(e->u.call.recv ? e->u.call.fn : NULL, s);
        if (!f.e && !f.s)
            f = in_expr(e->u.call.tuple_call, s);       /* f(g()): g() */
        if (f.e || f.s)
            return f;
    }
    Seek k = {s, {NULL, NULL, NULL}};
    ast_each_operand(e, seek, &k);
    return k.f;
}

static Found in_exprs(ExprList *l, Span s) {
    for (int i = 0; i < l->len; i++) {
        Found f = in_expr(l->data[i], s);
        if (f.e || f.s)
            return f;
    }
    return (Found){NULL, NULL, NULL};
}

static Found in_stmts(StmtList *l, Span s) {
    for (int i = 0; i < l->len; i++) {
        Found f = in_stmt(l->data[i], s);
        if (f.e || f.s)
            return f;
    }
    return (Found){NULL, NULL, NULL};
}

/* Return what x found, if it found anything. */
#define TRY(x)                      \
    do {                            \
        Found f_ = (x);             \
        if (f_.e || f_.s)           \
            return f_;              \
    } while (0)

static Found in_stmt(Stmt *st, Span s) {
    if (!st || !holds(st->span, s))
        return (Found){NULL, NULL, NULL};
    if (same(st->span, s))
        return (Found){NULL, st, NULL};
    switch (st->kind) {
    case S_BLOCK: return in_stmts(&st->u.block.stmts, s);
    case S_EXPR: return in_expr(st->u.expr.x, s);
    case S_VAR: return in_exprs(&st->u.var.values, s);
    case S_DEFINE:
    case S_ASSIGN:
        TRY(in_exprs(&st->u.assign.lhs, s));
        return in_exprs(&st->u.assign.rhs, s);
    case S_INCDEC: return in_expr(st->u.incdec.x, s);
    case S_IF:
        TRY(in_stmt(st->u.if_.init, s));
        TRY(in_expr(st->u.if_.cond, s));
        TRY(in_stmt(st->u.if_.then, s));
        return in_stmt(st->u.if_.els, s);
    case S_FOR:
        TRY(in_stmt(st->u.for_.init, s));
        TRY(in_expr(st->u.for_.cond, s));
        TRY(in_stmt(st->u.for_.post, s));
        return in_stmt(st->u.for_.body, s);
    case S_RANGE:
        TRY(in_expr(st->u.range.key, s));
        TRY(in_expr(st->u.range.value, s));
        TRY(in_expr(st->u.range.x, s));
        return in_stmt(st->u.range.body, s);
    case S_RETURN:
        TRY(in_expr(st->u.ret.x, s));
        return in_exprs(&st->u.ret.list, s);
    case S_SWITCH:
        TRY(in_stmt(st->u.switch_.init, s));
        TRY(in_expr(st->u.switch_.tag, s));
        for (int i = 0; i < st->u.switch_.clauses.len; i++) {
            CaseClause *cl = &st->u.switch_.clauses.data[i];
            TRY(in_exprs(&cl->values, s));
            TRY(in_stmt(cl->body, s));
        }
        return (Found){NULL, NULL, NULL};
    case S_LABELED: return in_stmt(st->u.labeled.stmt, s);
    case S_DEFER:
        for (int i = 0; i < st->u.defer.vals.len; i++) {   /* a receiver's implicit &x, */
            Expr *v = st->u.defer.vals.data[i];            /* hoisted (check_defer.c) */
            if (v->kind == E_ADDR && v->u.addr.implicit && same(v->span, s))
                return in_expr(v, s);
        }
        TRY(in_expr(st->u.defer.tuple, s));    /* defer f(g()): as written */
        TRY(in_expr(st->u.defer.call, s));     /* the call as written first */
        return in_expr(st->u.defer.fn, s);
    default: return (Found){NULL, NULL, NULL};
    }
}

static Found in_decl(Decl *d, Span s) {
    if (!d || d->span.file != s.file)
        return (Found){NULL, NULL, NULL};
    if (d->kind == D_FUNC)
        return in_stmt(d->u.func.body, s);
    if (d->kind == D_VAR)
        return in_exprs(&d->u.var.values, s);
    return (Found){NULL, NULL, NULL};
}

/* The end of the brace group opening at text[i] == '{' (its '}'), or -1;
 * string and rune literals inside are skipped. */
static int group_end(const char *text, int i) {
    int depth = 0;
    for (; text[i]; i++) {
        char q = text[i];
        if (q == '"' || q == '\'' || q == '`') {
            for (i++; text[i] && text[i] != q; i++)
                if (text[i] == '\\' && q != '`' && text[i + 1])
                    i++;
            if (!text[i])
                return -1;
            continue;
        }
        depth += q == '{';
        depth -= q == '}';
        if (depth == 0)
            return i;
    }
    return -1;
}

static bool word_at(const char *text, int i, const char *w) {
    size_t n = strlen(w);
    return strncmp(text + i, w, n) == 0 && (i == 0 || !(isalnum((unsigned char)text[i - 1]) || text[i - 1] == '_')) &&
           !(isalnum((unsigned char)text[i + n]) || text[i + n] == '_');
}

/* Source text as Go's printer would render it, for a span that is no
 * node's: every composite literal
 * elided (`&Bar{...}`, `[]int{}` stays), every func literal `func
 * literal`, as its expression printer does. */
static const char *abbreviate(Esc *E, const char *text) {
    if (!strchr(text, '{'))
        return text;
    size_t n = strlen(text);
    char *out = arena_alloc(E->batch, n + 16 * (n / 2 + 1));
    size_t o = 0;
    for (int i = 0; text[i];) {
        char q = text[i];
        if (q == '"' || q == '\'' || q == '`') {       /* copied as written */
            int j = i + 1;
            for (; text[j] && text[j] != q; j++)
                if (text[j] == '\\' && q != '`' && text[j + 1])
                    j++;
            if (text[j])
                j++;
            memcpy(out + o, text + i, (size_t)(j - i));
            o += (size_t)(j - i);
            i = j;
            continue;
        }
        if (word_at(text, i, "interface") || word_at(text, i, "struct")) {
            int j = i;      /* types: kept whole */
            while (text[j] && text[j] != '{')
                j++;
            int e = text[j] ? group_end(text, j) : -1;
            j = e < 0 ? j : e + 1;
            memcpy(out + o, text + i, (size_t)(j - i));
            o += (size_t)(j - i);
            i = j;
            continue;
        }
        if (word_at(text, i, "func")) {
            int j = i + 4, depth = 0;       /* the body's '{' after the signature */
            for (; text[j] && !(depth == 0 && text[j] == '{'); j++) {
                depth += text[j] == '(';
                depth -= text[j] == ')';
                if (word_at(text, j, "interface") || word_at(text, j, "struct")) {
                    while (text[j] && text[j] != '{')
                        j++;
                    int e = text[j] ? group_end(text, j) : -1;
                    if (e < 0)
                        break;
                    j = e;
                }
            }
            int e = text[j] == '{' ? group_end(text, j) : -1;
            if (e > 0) {
                memcpy(out + o, "func literal", 12);
                o += 12;
                i = e + 1;
                continue;
            }
        }
        if (q == '{') {
            int e = group_end(text, i);
            if (e > i + 1) {
                memcpy(out + o, "{...}", 5);
                o += 5;
                i = e + 1;
                continue;
            }
        }
        out[o++] = text[i++];
    }
    out[o] = 0;
    return out;
}

static Found find(Esc *E, Span s) {
    Program *prog = E->p->sema ? E->p->sema->prog : NULL;
    for (int i = 0; s.file >= 0 && s.hi > s.lo && prog && i < prog->decls.len; i++) {
        Found f = in_decl(prog->decls.data[i], s);
        if (f.e || f.s)
            return f;
    }
    return (Found){NULL, NULL, NULL};
}

/* The outermost expression written exactly at s, or NULL. */
Expr *esc_expr_at(Esc *E, Span s) { return find(E, s).e; }

/* The call written exactly at s (the expression of a call statement
 * too), or NULL. */
Expr *esc_call_at(Esc *E, Span s) {
    Found f = find(E, s);
    Expr *x = f.e ? f.e : f.s && f.s->kind == S_EXPR ? f.s->u.expr.x : NULL;
    while (x && x->kind == E_PAREN)
        x = x->u.paren.x;
    return x && x->kind == E_CALL ? x : NULL;
}

/* Is the node at s sema's implicit &x of a library method's receiver? */
bool esc_implicit_addr_at(Esc *E, Span s) { return find(E, s).implicit_addr != NULL; }

/* `var a, b T = x, y` written at s, every name with its own value: the
 * value of v's name (y for b), *first the first name; else NULL. */
Expr *esc_var_value_at(Esc *E, Span s, Var *v, Span *first) {
    Stmt *st = find(E, s).s;
    if (!st || st->kind != S_VAR || st->u.var.values.len != st->u.var.names.len || !st->u.var.name_spans.len)
        return NULL;
    *first = st->u.var.name_spans.data[0];     /* where Go puts each name's OAS */
    for (int i = 0; i < st->u.var.vars.len && i < st->u.var.values.len; i++)
        if (st->u.var.vars.data[i] == v)
            return st->u.var.values.data[i];
    return NULL;
}

/* Is the statement at s `a, b = x, y` (or :=), as many values as names
 * (Go's OAS2, whose flows are noted "assign-pair")? */
bool esc_pair_assign_at(Esc *E, Span s) {
    Stmt *st = find(E, s).s;
    return st && (st->kind == S_ASSIGN || st->kind == S_DEFINE) && st->u.assign.op == OP_NONE &&
           st->u.assign.lhs.len > 1 && st->u.assign.rhs.len == st->u.assign.lhs.len;
}

/* Go's text of the node at s (above), or the source text at s. */
const char *esc_quote(Esc *E, Span s) {
    Found f = find(E, s);
    if (f.e)
        return E->early ? go_expr_text_unfixed(E->c, f.e) : go_expr_text(E->c, f.e);
    if (f.s)
        return go_stmt_text(E->c, f.s, E->early);
    return abbreviate(E, source_text(E->c, s));
}
