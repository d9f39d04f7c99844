/*
 * parse.c: the push driver. It pulls tokens from the lexer and pushes them
 * into the Lemon parser (as SQLite's sqlite3RunParser does), and settles
 * Go's composite-literal ambiguity: after `if` or `for`, the first `{` at
 * the header's own bracket depth opens the body and is pushed as TK_BODY.
 * It also tracks open brackets, so a syntax error at a missing closer can
 * name the opener ("expected ')' to close '(' at line 3").
 *
 * Invariant: parse_program returns NULL iff an error was reported.
 */
#include "parser.h"
#include "grammar.h"

#include <stdlib.h>
#include <string.h>

void *ml0ParseAlloc(void *(*alloc)(size_t), Parser *p);
void ml0ParseFree(void *parser, void (*release)(void *));
void ml0Parse(void *parser, int kind, Token tok);

static const char *describe(Parser *p, Token t) {
    if (t.kind == TK_SEMI && t.v.ival == 1)
        return t.span.hi > t.span.lo ? "newline" : "end of file";
    if (t.kind == TK_IDENT)
        return arena_printf(&p->c->arena, "name %s", t.v.name);
    if (t.kind == TK_INT || t.kind == TK_FLOAT || t.kind == TK_STRING) {
        SourceFile *f = &p->c->files.data[t.span.file];
        int n = t.span.hi - t.span.lo;
        return arena_printf(&p->c->arena, "literal %.*s%s", n > 20 ? 20 : n,
                            f->text + t.span.lo, n > 20 ? "..." : "");
    }
    return token_name(t.kind);
}

static int closer_of(int kind) {
    return kind == TK_LPAREN ? TK_RPAREN : kind == TK_LBRACK ? TK_RBRACK : TK_RBRACE;
}

/* A newline where a list inside ( or { wanted a comma or its closer:
 * go1.19's "unexpected newline in composite literal; possibly missing
 * comma or }" (and "in argument list ... or )"). */
static bool newline_in_list(Parser *p, int *expected, int n) {
    if (!(p->last.kind == TK_SEMI && p->last.v.ival == 1) || !p->open.len || !expected)
        return false;
    int opener = vec_last(&p->open).kind, closer = closer_of(opener);
    bool wants_closer = false;
    for (int i = 0; i < n; i++) {
        if (expected[i] == TK_SEMI)
            return false;
        wants_closer |= expected[i] == closer;
    }
    if (!wants_closer || opener == TK_LBRACK)
        return false;
    diag_error(p->c, p->last.span, "syntax error: unexpected newline in %s; possibly missing comma or %s",
               opener == TK_LBRACE ? "composite literal" : "argument list", opener == TK_LBRACE ? "}" : ")");
    return true;
}

void parse_report_syntax_error(Parser *p, int *expected, int n) {
    if (p->failed)
        return;
    p->failed = true;
    if (p->lx && p->lx->failed)
        return;
    if (newline_in_list(p, expected, n))
        return;
    if (p->last.kind == TK_UNSUPPORTED) {   /* map[...], chan T, interface{} in an expression */
        diag_error(p->c, p->last.span, "%s not supported yet", unsupported_name(p, p->last));
        return;
    }
    char buf[256] = "";
    size_t len = 0;
    for (int i = 0; expected && i < n; i++) {
        const char *name = expected[i] == TK_SEMI ? "newline" : token_name(expected[i]);
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i == 0 ? ", expected " :
                                i == n - 1 ? " or " : ", ", name);
        if (len >= sizeof buf)
            break;
    }
    Diag *d = diag_error(p->c, p->last.span, "syntax error: unexpected %s%s", describe(p, p->last), buf);
    if (p->open.len && expected) {
        Opener *o = &vec_last(&p->open);
        for (int i = 0; i < n; i++)
            if (expected[i] == closer_of(o->kind)) {
                LineCol lc = source_linecol(p->c, o->span.file, o->span.lo);
                diag_note(p->c, d, "to close %s at line %d", token_name(o->kind), lc.line);
                break;
            }
    }
}

typedef struct Driver {
    Parser *p;
    void *engine;
    VEC(int) headers;   /* bracket depth at each open if/for/switch header */
    VEC(bool) typebr;   /* per open '[': it starts an operand ([]T, [N]T, [...]T) */
    int prev;           /* the previous token's kind */
    bool littype;       /* inside `[]T` / `[N]T` just after its ']': a '{'
                           here opens a composite literal, even in a header
                           (Go's ambiguity is only for a bare type name) */
} Driver;

/* Tokens after which a '[' indexes or slices rather than starts a type. */
static bool ends_operand(int kind) {
    switch (kind) {
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_STRING:
    case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
        return true;
    default:
        return false;
    }
}

/* Follow `[`...`]` type literals so their '{' is not taken for a body:
 * `for _, k := range []int{5, 6} {`. */
static void track_littype(Driver *dr, Token *t) {
    Parser *p = dr->p;
    switch (t->kind) {
    case TK_LBRACK: {
        bool starts = dr->littype || !ends_operand(dr->prev);
        vec_push(&p->c->arena, &dr->typebr, starts);
        dr->littype = false;
        break;
    }
    case TK_RBRACK:
        dr->littype = dr->typebr.len && vec_last(&dr->typebr);
        if (dr->typebr.len)
            dr->typebr.len--;
        break;
    case TK_IDENT: case TK_DOT: case TK_MUL:
        break;      /* the element type: []*pkg.T */
    default:
        dr->littype = false;
        break;
    }
}

/* Bracket bookkeeping and the `{` -> TK_BODY rewrite. */
static void track(Driver *dr, Token *t) {
    Parser *p = dr->p;
    switch (t->kind) {
    case TK_IF:
    case TK_FOR:
    case TK_SWITCH:
        vec_push(&p->c->arena, &dr->headers, p->open.len);
        break;
    case TK_LBRACE:
        if (dr->headers.len && vec_last(&dr->headers) == p->open.len && !dr->littype) {
            t->kind = TK_BODY;
            dr->headers.len--;
        }
        /* fallthrough */
    case TK_LPAREN:
    case TK_LBRACK: {
        Opener o = {t->kind == TK_BODY ? TK_LBRACE : t->kind, t->span};
        vec_push(&p->c->arena, &p->open, o);
        break;
    }
    case TK_RPAREN:
    case TK_RBRACK:
    case TK_RBRACE:
        if (p->open.len && closer_of(vec_last(&p->open).kind) == t->kind)
            p->open.len--;
        while (dr->headers.len && vec_last(&dr->headers) > p->open.len)
            dr->headers.len--;  /* a header never outlives its enclosing bracket */
        break;
    default:
        break;
    }
}

Program *parse_program(Ctx *c, int file) {
    Parser p = {0};
    p.c = c;
    p.file = file;
    p.prog = arena_alloc(&c->arena, sizeof(Program));
    p.prog->file = file;
    Lexer lx;
    lex_init(&lx, c, file);
    p.lx = &lx;
    Driver dr = {0};
    dr.p = &p;
    dr.engine = ml0ParseAlloc(malloc, &p);
    for (;;) {
        Token t;
        lex_next(&lx, &t);
        if (dr.prev == 0 && !lx.failed && !syn_package_first(c, file, &t))
            break;              /* a Go file without its package clause */
        track(&dr, &t);
        track_littype(&dr, &t);
        dr.prev = t.kind;
        p.last = t;
        ml0Parse(dr.engine, t.kind, t);
        if (p.failed || t.kind == 0)
            break;
    }
    ml0ParseFree(dr.engine, free);
    if (p.failed || lx.failed || c->nerrors)
        return NULL;
    return p.prog;
}
