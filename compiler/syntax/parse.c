/*
 * parse.c: the push driver. It pulls tokens from the lexer and pushes them
 * into the Lemon parser (as SQLite's sqlite3RunParser does), and settles
 * Go's composite-literal ambiguity: after `if` or `for`, the first `{` at
 * the header's own bracket depth opens the body and is pushed as TK_BODY.
 * It also tracks open brackets (syntax_error.c words a list's error by
 * its opener).
 *
 * After a syntax error it goes on as go1.19's parser does, where that is
 * known (syntax_error.c sets p->recover): inside a block it skips to the
 * end of the statement (Go's advance(_Semi, _Rbrace, _Case, _Default)
 * plus the statement keywords), outside functions to the next const,
 * type, var or func, where a fresh engine starts; anywhere else it stops,
 * so no error is reported that Go would not report.
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

static int closer_of(int kind) {
    return kind == TK_LPAREN ? TK_RPAREN : kind == TK_LBRACK ? TK_RBRACK : TK_RBRACE;
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

static void reset_tracking(Driver *dr) {
    dr->p->open.len = 0;
    dr->headers.len = 0;
    dr->typebr.len = 0;
    dr->littype = false;
}

static Token next_token(Driver *dr) {
    Parser *p = dr->p;
    if (p->has_ahead) {
        p->has_ahead = false;
        return p->ahead;
    }
    Token t;
    lex_next(p->lx, &t);
    return t;
}

Token *parse_peek(Parser *p) {
    if (!p->has_ahead) {
        lex_next(p->lx, &p->ahead);
        p->has_ahead = true;
    }
    return &p->ahead;
}

/* Push one token into the engine (with the driver's bookkeeping). */
static void feed(Driver *dr, Token t) {
    Parser *p = dr->p;
    Driver saved = *dr;
    int open = p->open.len;
    track(dr, &t);
    track_littype(dr, &t);
    dr->prev = t.kind;
    p->prev = p->last;
    p->last = t;
    p->recover = REC_NONE;
    if (t.kind == TK_IDENT && !p->open.len && (p->prev.kind == TK_FUNC || p->prev.kind == TK_RPAREN))
        p->func_name = t;
    if (parse_engine_accepts(p->engine, t.kind, NULL, 0) < 0) {
        /* asked before Lemon's default reductions hide where we are; the
         * brackets are as they were before the token */
        dr->headers.len = saved.headers.len;
        dr->typebr.len = saved.typebr.len;
        dr->littype = saved.littype;
        dr->prev = saved.prev;
        p->open.len = open;
        parse_report_syntax_error(p, p->engine);
        return;
    }
    ml0Parse(p->engine, t.kind, t);
}

static bool stmt_keyword(int kind) {   /* Go's stopset */
    switch (kind) {
    case TK_BREAK: case TK_CONST: case TK_CONTINUE: case TK_DEFER: case TK_FALLTHROUGH:
    case TK_FOR: case TK_GOTO: case TK_IF: case TK_RETURN: case TK_SWITCH: case TK_TYPE:
    case TK_VAR:
        return true;
    default:
        return false;
    }
}

static bool decl_keyword(int kind) {
    return kind == TK_CONST || kind == TK_TYPE || kind == TK_VAR || kind == TK_FUNC;
}

/* Skip to a declaration keyword (or EOF) from t and start a fresh engine
 * there: Go's advance(_Const, _Type, _Var, _Func) at the top level. */
static Token restart_at_decl(Driver *dr, Token t) {
    Parser *p = dr->p;
    while (t.kind != 0 && !decl_keyword(t.kind))
        t = next_token(dr);
    ml0ParseFree(p->engine, free);
    p->engine = ml0ParseAlloc(malloc, p);
    reset_tracking(dr);
    return t;
}

/* Carry out p->recover after an error at p->last; returns the token to
 * push next, or kind -1 to stop. */
static Token recover(Driver *dr) {
    Parser *p = dr->p;
    Token stop = {.kind = -1};
    Token t = p->last;
    if (t.kind == TK_BODY)
        t.kind = TK_LBRACE;     /* the driver tells it apart again */
    switch (p->recover) {
    case REC_STMT:
        while (t.kind != 0 && t.kind != TK_SEMI && t.kind != TK_RBRACE && t.kind != TK_CASE &&
               t.kind != TK_DEFAULT && !stmt_keyword(t.kind))
            t = next_token(dr);
        parse_engine_rearm(p->engine);
        if (t.kind != 0 && t.kind != TK_SEMI && t.kind != TK_RBRACE) {
            Token semi = {.kind = TK_SEMI, .span = {t.span.file, t.span.lo, t.span.lo}};
            feed(dr, semi);     /* Go's stmtList goes on without the `;` */
            if (p->recover != REC_NONE)
                return stop;
        }
        return t;
    case REC_TOP:
        if (p->resume.hi > p->resume.lo && p->resume.lo > p->last.span.lo)
            t = next_token(dr);     /* the token peeked at */
        return restart_at_decl(dr, t);
    case REC_DROP:
        return next_token(dr);
    case REC_OPERAND:
        while (t.kind != 0 && t.kind != TK_RPAREN && t.kind != TK_RBRACK && t.kind != TK_RBRACE &&
               !stmt_keyword(t.kind))
            t = next_token(dr);
        /* fallthrough */
    case REC_NO_COND: {
        /* Go's parser goes on with a bad expression (BadExpr) here */
        Token bad = {.kind = TK_IDENT, .span = {t.span.file, t.span.lo, t.span.lo}};
        bad.v.name = intern(p->c, "_", 1);
        parse_engine_rearm(p->engine);
        feed(dr, bad);
        return p->recover != REC_NONE ? stop : t;
    }
    case REC_LIST: {
        /* Go's list(): advance(_Rparen, _Rbrack, _Rbrace) and the
         * statement keywords; only the list's own closer goes on */
        int closer = p->open.len ? closer_of(vec_last(&p->open).kind) : -1;
        while (t.kind != 0 && t.kind != TK_RPAREN && t.kind != TK_RBRACK && t.kind != TK_RBRACE &&
               !stmt_keyword(t.kind))
            t = next_token(dr);
        parse_engine_rearm(p->engine);
        return t.kind == closer ? t : stop;
    }
    case REC_FUNC_END:
        /* Go's want(_Rbrace) skipped this token and funcDecl returned;
         * its top level wants `;` and then a declaration */
        t = next_token(dr);
        if (t.kind == TK_SEMI) {
            t = next_token(dr);
            if (t.kind != 0 && !decl_keyword(t.kind))
                syntax_error_at(p, t.span, "non-declaration statement outside function body");
        } else if (t.kind != 0) {
            syntax_error_at(p, t.span, "unexpected %s after top level declaration", go_token_text(p, t));
        }
        return restart_at_decl(dr, t);
    default:
        return stop;
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
    p.engine = ml0ParseAlloc(malloc, &p);
    Token t = next_token(&dr);
    if (!lx.failed && !syn_package_first(c, file, &t)) {
        ml0ParseFree(p.engine, free);
        return NULL;            /* a Go file without its package clause */
    }
    for (;;) {
        Span at = t.span;
        int kind = t.kind;
        feed(&dr, t);
        if (p.recover != REC_NONE) {
            t = recover(&dr);
            /* no progress (the error is at the token recovery resumed
             * at) or Go's limit of ten: stop */
            if (t.kind < 0 || p.nerrors >= 10 || (kind != 0 && t.span.lo == at.lo && t.kind == kind))
                break;
            continue;
        }
        if (kind == 0 || (p.failed && !p.nerrors))
            break;      /* an error of a grammar action (unsupported ...) */
        t = next_token(&dr);
    }
    ml0ParseFree(p.engine, free);
    if (p.failed || lx.failed || c->nerrors)
        return NULL;
    return p.prog;
}
