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
 * type, var or func, where a fresh engine starts; in an if/switch header
 * or before a block it skips as Go's header() and blockStmt() do and
 * pretends the `{` (zero-width stand-in tokens, pretend()), as Go's want()
 * and name() pretend what they wanted; anywhere else it stops, so no
 * error is reported that Go would not report.
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
    bool typekw;        /* just after `struct`/`interface`: the next '{'
                           opens its fields, never a body */
    VEC(int) typebraces; /* depth of p->open at each open struct/interface
                           '{'; after its '}' a '{' opens a composite
                           literal (Go's pexpr: only a bare type name is
                           ambiguous in a header) */
    bool closed_type;   /* this '}' closed a struct/interface type */
    int funcdepth;      /* depth of p->open at a `func` of a literal type
                           (`[]func(){...}`), -1 if none: the ')' back at
                           that depth ends its parameters */
    VEC(int) funcbodies; /* depth of p->open at each `func` met in a header
                           (not `[]func` of a literal type): the next '{' at
                           that depth opens the literal's body, as in Go's
                           pexpr (`if f := func() int { ... }; f() > 0 {`) */
    bool pretending;    /* feeding a stand-in token: a refusal stops quietly */
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
    case TK_STRUCT: case TK_INTERFACE:
        dr->typekw = true;
        dr->littype = false;
        break;
    case TK_RBRACE:     /* []struct{...}{: a literal */
        dr->littype = dr->closed_type;
        dr->closed_type = false;
        break;
    case TK_FUNC:       /* []func(...){: a literal, after the parameters */
        if (dr->littype)
            dr->funcdepth = p->open.len;
        dr->littype = false;
        break;
    case TK_RPAREN:
        dr->littype = dr->funcdepth >= 0 && dr->funcdepth == p->open.len;
        if (dr->littype)
            dr->funcdepth = -1;
        break;
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
    case TK_FUNC:
        if (dr->headers.len && !dr->littype)
            vec_push(&p->c->arena, &dr->funcbodies, p->open.len);
        break;
    case TK_LBRACE:
        if (dr->funcbodies.len && vec_last(&dr->funcbodies) == p->open.len && !dr->typekw)
            dr->funcbodies.len--;   /* a func literal's body, never the header's */
        else if (dr->headers.len && vec_last(&dr->headers) == p->open.len && !dr->littype && !dr->typekw) {
            t->kind = TK_BODY;
            dr->headers.len--;
        }
        if (dr->typekw)
            vec_push(&p->c->arena, &dr->typebraces, p->open.len + 1);
        dr->typekw = false;
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
        dr->closed_type = false;
        while (dr->typebraces.len && vec_last(&dr->typebraces) > p->open.len) {
            dr->typebraces.len--;
            dr->closed_type = t->kind == TK_RBRACE;
        }
        while (dr->headers.len && vec_last(&dr->headers) > p->open.len)
            dr->headers.len--;  /* a header never outlives its enclosing bracket */
        while (dr->funcbodies.len && vec_last(&dr->funcbodies) > p->open.len)
            dr->funcbodies.len--;   /* nor a func type without a body */
        break;
    default:
        break;
    }
}

static void reset_tracking(Driver *dr) {
    dr->p->open.len = 0;
    dr->headers.len = 0;
    dr->funcbodies.len = 0;
    dr->typebr.len = 0;
    dr->littype = false;
    dr->typekw = false;
    dr->typebraces.len = 0;
    dr->closed_type = false;
    dr->funcdepth = -1;
}

static Token next_token(Driver *dr) {
    Parser *p = dr->p;
    if (p->nahead) {
        Token t = p->ahead[0];
        memmove(p->ahead, p->ahead + 1, (size_t)--p->nahead * sizeof(Token));
        return t;
    }
    Token t;
    lex_next(p->lx, &t);
    return t;
}

Token *parse_peek_at(Parser *p, int i) {
    while (p->nahead <= i)
        lex_next(p->lx, &p->ahead[p->nahead++]);
    return &p->ahead[i];
}

Token *parse_peek(Parser *p) { return parse_peek_at(p, 0); }

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
        dr->funcbodies.len = saved.funcbodies.len;
        dr->typebr.len = saved.typebr.len;
        dr->littype = saved.littype;
        dr->typekw = saved.typekw;
        dr->typebraces.len = saved.typebraces.len;
        dr->closed_type = saved.closed_type;
        dr->funcdepth = saved.funcdepth;
        dr->prev = saved.prev;
        p->open.len = open;
        if (dr->pretending) {
            p->recover = REC_STOP;
            return;
        }
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
    while (t.kind != 0 && !decl_keyword(t.kind) && t.kind != TK_IMPORT)
        t = next_token(dr);
    ml0ParseFree(p->engine, free);
    p->engine = ml0ParseAlloc(malloc, p);
    reset_tracking(dr);
    return t;
}

/* Feed a zero-width stand-in `kind` (a `_` for a name) where t starts, as
 * Go's parser pretends a token it wanted; false if the engine refused it. */
static bool pretend(Driver *dr, int kind, Token t) {
    Parser *p = dr->p;
    Token s = {.kind = kind, .span = {t.span.file, t.span.lo, t.span.lo}};
    if (kind == TK_IDENT)
        s.v.name = intern(p->c, "_", 1);
    parse_engine_rearm(p->engine);
    dr->pretending = true;
    feed(dr, s);
    dr->pretending = false;
    return p->recover == REC_NONE;
}

/* Go's typeOrNil would start a type at this token. */
static bool starts_type(int kind) {
    switch (kind) {
    case TK_IDENT: case TK_MUL: case TK_FUNC: case TK_LBRACK: case TK_MAP: case TK_STRUCT:
    case TK_INTERFACE: case TK_LPAREN: case TK_UNSUPPORTED:
        return true;
    default:
        return false;
    }
}

static Token skip_to(Driver *dr, Token t, const int *follow, int n) {
    for (;;) {
        if (t.kind == 0 || stmt_keyword(t.kind))
            return t;
        for (int i = 0; i < n; i++)
            if (t.kind == follow[i])
                return t;
        t = next_token(dr);
    }
}

/* `func helper(params) {` where a statement is: Go's want(_Lparen)
 * pretended the `(` after skipping the name, and its parameter list then
 * reads helper's `(params)` as one parenthesized type, so a body follows
 * as a func literal's; but `()` is a type missing, the `{` then ends the
 * list, which skips to a ) ] } or statement keyword (the ) is taken). */
static Token recover_func_lit(Driver *dr, Token t) {
    Parser *p = dr->p;
    Token stop = {.kind = -1};
    t = next_token(dr);
    if (t.kind != TK_LPAREN)
        return stop;
    int i = 0;
    for (; i < 12; i++) {
        int k = parse_peek_at(p, i)->kind;
        if (k != TK_IDENT && k != TK_COMMA && k != TK_DOT && k != TK_MUL && k != TK_ELLIPSIS)
            break;
    }
    if (parse_peek_at(p, i)->kind != TK_RPAREN)
        return stop;
    if (!pretend(dr, TK_LPAREN, t) || !pretend(dr, TK_RPAREN, t))
        return stop;
    for (int j = 0; j <= i; j++)
        t = next_token(dr);         /* the parameters and the ) */
    t = next_token(dr);
    if (i > 0)
        return t;
    static const int closers[] = {TK_RPAREN, TK_RBRACK, TK_RBRACE};
    t = skip_to(dr, t, closers, 3);
    if (t.kind == TK_RPAREN)
        t = next_token(dr);
    /* a func type without result or body: an empty literal stands in
     * (ml0c has no func types as values) */
    if (t.kind == 0 || t.kind == TK_LBRACE || starts_type(t.kind) ||
        !pretend(dr, TK_LBRACE, t) || !pretend(dr, TK_RBRACE, t))
        return stop;
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
        if (t.kind == closer)
            return t;
        /* Go's list() ends there without its closer */
        return t.kind != 0 && closer > 0 && pretend(dr, closer, t) ? t : stop;
    }
    case REC_HEADER: {
        static const int follow[] = {TK_LBRACE, TK_RBRACE};
        if (t.kind != 0)
            t = next_token(dr);     /* want's advance() takes the token */
        t = skip_to(dr, t, follow, 2);
        if (t.kind == TK_LBRACE) {
            if (p->rec_kw == TK_FOR)
                syntax_error_at(p, t.span, "unexpected {, expecting for loop condition");
            return t;               /* the body's { */
        }
        if (t.kind == 0 || p->rec_kw == TK_FOR || (p->rec_kw == TK_SWITCH && t.kind != TK_RBRACE))
            return stop;
        /* Go parses a condition at the } or keyword (a bad operand); the
         * body's blockStmt then takes a } or starts there */
        syntax_error_at(p, t.span, "unexpected %s, expecting expression", go_token_text(p, t));
        if (!pretend(dr, TK_SEMI, t) || !pretend(dr, TK_IDENT, t) || !pretend(dr, TK_LBRACE, t))
            return stop;
        return t;
    }
    case REC_BLOCK: {
        static const int follow[] = {TK_IDENT, TK_RBRACE};
        t = skip_to(dr, t, follow, 2);
        return t.kind != 0 && pretend(dr, TK_LBRACE, t) ? t : stop;
    }
    case REC_SWITCH_BODY: {
        static const int follow[] = {TK_CASE, TK_DEFAULT, TK_RBRACE};
        t = skip_to(dr, t, follow, 3);
        if (t.kind == 0 || stmt_keyword(t.kind))
            return stop;
        return pretend(dr, TK_LBRACE, t) ? t : stop;
    }
    case REC_TYPE_NAME: {
        bool var = p->prev.kind == TK_VAR;  /* else type */
        if (t.kind == 0)
            return stop;
        t = next_token(dr);         /* name()'s advance() */
        if (!pretend(dr, TK_IDENT, t))
            return stop;
        if (starts_type(t.kind) || (var && t.kind == TK_ASSIGN))
            return t;
        if (var)
            return stop;    /* varDecl's type_() recovers otherwise */
        if (t.kind != 0)
            syntax_error_at(p, t.span, "unexpected %s in type declaration", go_token_text(p, t));
        while (t.kind != 0 && t.kind != TK_SEMI && t.kind != TK_RPAREN && !(p->open.len && stmt_keyword(t.kind)))
            t = next_token(dr);     /* advance(_Semi, _Rparen) */
        return t.kind != 0 && pretend(dr, TK_IDENT, t) ? t : stop;
    }
    case REC_IMPORT_SEMI:
        if (t.kind == 0)
            return stop;
        t = next_token(dr);         /* want's advance() */
        if (t.kind != 0 && !decl_keyword(t.kind) && t.kind != TK_IMPORT)
            syntax_error_at(p, t.span, "non-declaration statement outside function body");
        return restart_at_decl(dr, t);
    case REC_FOR_SEMI:
        if (t.kind == 0)
            return stop;
        t = next_token(dr);         /* want's advance() */
        return t.kind != 0 && pretend(dr, TK_SEMI, t) ? t : stop;
    case REC_FUNC_NAME:
        /* advance(_Lbrace, _Semi); then the top level wants its `;` */
        while (t.kind != 0 && t.kind != TK_LBRACE && t.kind != TK_SEMI)
            t = next_token(dr);
        if (t.kind == TK_LBRACE) {
            syntax_error_at(p, t.span, "unexpected { after top level declaration");
        } else if (t.kind == TK_SEMI) {
            t = next_token(dr);
            if (t.kind != 0 && !decl_keyword(t.kind) && t.kind != TK_IMPORT)
                syntax_error_at(p, t.span, "non-declaration statement outside function body");
        }
        return restart_at_decl(dr, t);
    case REC_FUNC_LIT:
        return recover_func_lit(dr, t);
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
    dr.funcdepth = -1;
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
