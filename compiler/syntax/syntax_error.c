/*
 * syntax_error.c: a syntax error in go1.19's words, and how to go on.
 *
 * go1.19's parser is recursive descent: it knows which production it is
 * in and says so ("syntax error: unexpected else, expecting }",
 * "unexpected i at end of statement", "non-declaration statement outside
 * function body"). ml0c's parser is LALR (Lemon), which at an error knows
 * only its stack. We recover Go's context from two questions to the
 * engine: which tokens would it shift here (parse_engine_accepts, with
 * the reductions replayed), and which symbols would be left below one of
 * them. The rules, first match wins (X is the unexpected token):
 *
 *   X starts nothing ml0c has (chan, go, ...)  -> "... not supported yet"
 *   X is in a type parameter list              -> "type parameters are not
 *        supported yet" (`func F[`, `type S[T any]`, `func (s *S[`)
 *   a , or the list's closer would do           -> "unexpected X in argument
 *        list; possibly missing comma or )" (composite literal, parameter list)
 *   a top-level declaration would start here    -> "non-declaration statement
 *        outside function body"                               (REC_TOP)
 *   a function header waits for its body        -> "unexpected X after top
 *        level declaration"; a newline then `{` is "unexpected semicolon or
 *        newline before {" at the `{`                         (REC_TOP)
 *   ; and } would do, a statement could start   -> "unexpected X, expecting }"
 *        (in a case clause "expecting case or default or }") (REC_FUNC_END
 *        in a function's own block)
 *   ; and } would do after a statement          -> "unexpected X at end of
 *        statement"                                           (REC_STMT)
 *   an if/for/switch body would do               -> "expecting {" (REC_HEADER),
 *        "expecting { after if clause" / "after for clause" past the
 *        header's `;` (REC_BLOCK), "missing { after switch clause" after a
 *        switch's tag (REC_SWITCH_BODY)
 *   `type` without its name                      -> "expecting name" (REC_TYPE_NAME)
 *   `func helper` in a body                      -> "expecting (" (REC_FUNC_LIT)
 *   an operand would do                          -> "expecting expression"
 *   ) closes a parenthesis                       -> "expecting )"
 *   ] or : in an index                           -> "expecting comma, : or ]"
 *   : after case values                          -> "expecting :"
 *   exactly one token would do                   -> "expecting T"
 *
 * Tokens are named as Go's parser names them: a name by its text, a
 * literal as `literal 5`, an operator or keyword bare (`:=`, `else`), a
 * newline, a `;` "semicolon", the end "EOF". Like go1.19 (base.ErrorfAt),
 * a second syntax error on the line of the previous one is not reported,
 * and nothing is reported at EOF after an error.
 */
#include "parser.h"
#include "grammar.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MAXSYMS 4096

/* Go's text for the token: the name, `literal 5`, the operator. */
const char *go_token_text(Parser *p, Token t) {
    SourceFile *f = &p->c->files.data[t.span.file];
    int n = t.span.hi - t.span.lo;
    switch (t.kind) {
    case 0:
        return "EOF";
    case TK_SEMI:
        if (t.v.ival == 1)
            return n > 0 ? "newline" : "EOF";
        return "semicolon";
    case TK_COMMA:
        return "comma";
    case TK_IDENT:
        return t.v.name;
    case TK_INT: case TK_FLOAT: case TK_STRING:
        return arena_printf(&p->c->arena, "literal %.*s", n, f->text + t.span.lo);
    default:
        if (n > 0)
            return arena_printf(&p->c->arena, "%.*s", n, f->text + t.span.lo);
        return token_name(t.kind);
    }
}

/* Go's name for a token it expected (tokstring). */
static const char *go_expected(int kind) {
    switch (kind) {
    case TK_COMMA: return "comma";
    case TK_SEMI: return "semicolon or newline";
    case TK_IDENT: return "name";
    case TK_LPAREN: return "(";
    case TK_RPAREN: return ")";
    case TK_LBRACK: return "[";
    case TK_RBRACK: return "]";
    case TK_LBRACE: case TK_BODY: return "{";
    case TK_RBRACE: return "}";
    case TK_COLON: return ":";
    case TK_DOT: return ".";
    case TK_DEFINE: return ":=";
    case TK_ASSIGN: return "=";
    default: {
        const char *s = token_name(kind);   /* "'else'" -> else */
        if (s[0] == '\'') {
            static char buf[32];
            snprintf(buf, sizeof buf, "%.*s", (int)strlen(s) - 2, s + 1);
            return buf;
        }
        return s;
    }
    }
}

bool syntax_error_at(Parser *p, Span at, const char *fmt, ...) {
    p->failed = true;
    LineCol lc = source_linecol(p->c, at.file, at.lo);
    if (p->nerrors && lc.line == p->error_line)
        return false;   /* one syntax error per line */
    p->error_line = lc.line;
    p->nerrors++;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diag_error(p->c, at, "syntax error: %s", buf);
    return true;
}

/* Is the parser inside an import spec (`import fmt`, `import ( x )`)? */
static bool in_import_spec(void *engine) {
    int s[64], n = parse_engine_stack(engine, s, 64);
    for (int i = n - 1; i >= 0; i--)
        if (s[i] == TK_IMPORT)
            return true;
    return false;
}

static bool accepts(void *engine, int tok) {
    int syms[1];
    return parse_engine_accepts(engine, tok, syms, 0) >= 0;
}

/* The symbols below `tok` once shifted (top last), or n < 0. */
typedef struct Below { int n; int s[MAXSYMS]; } Below;

static int below(const Below *b, int i) {      /* i = 1: the top */
    return b->n - i >= 0 ? b->s[b->n - i] : -1;
}

static const char *list_context(Parser *p, void *engine, int opener) {
    if (opener == TK_LBRACE)
        return "composite literal";
    static Below b;
    b.n = parse_engine_accepts(engine, TK_COMMA, b.s, MAXSYMS);
    for (int i = 1; i <= b.n; i++)
        if (below(&b, i) == TK_LPAREN) {
            int k = below(&b, i + 1), k2 = below(&b, i + 2);
            if (k == TK_FUNC || (k == TK_IDENT && (k2 == TK_FUNC || k2 == TK_RPAREN)))
                return "parameter list";
            break;
        }
    (void)p;
    return "argument list";
}

static bool is_header(const Below *b, int kw) {
    /* [... IF simple SEMI expr] and [... FOR optsimple SEMI optexpr SEMI optsimple] */
    if (kw == TK_IF)
        return below(b, 2) == TK_SEMI && below(b, 4) == TK_IF;
    return (below(b, 2) == TK_SEMI && below(b, 4) == TK_SEMI && below(b, 6) == TK_FOR) ||
           below(b, 2) == TK_RANGE;    /* a range clause ends the header */
}

/* The if, for or switch whose header is below the top (the nearest one),
 * with the number of `;` of its header in *semis; -1 if none. */
static int header_keyword(const Below *b, int *semis) {
    *semis = 0;
    for (int i = 1; i <= b->n; i++) {
        int s = below(b, i);
        if (s == TK_IF || s == TK_FOR || s == TK_SWITCH)
            return s;
        if (s == TK_SEMI)
            (*semis)++;
        if (s == TK_LBRACE || s == TK_BODY || s == TK_RBRACE || s == TK_LPAREN || s == TK_LBRACK)
            break;
    }
    return -1;
}

/* Go 1.18's type parameters, where the grammar stops on them:
 * `func Map[` (x is the `[`), `func (s *Stack[` (a generic receiver) and
 * `type Stack[T any]` (x is the constraint after the parameter's name, or
 * a `,` of `[K, V any]`; `type A [N]int` never stops there). */
static bool type_params(void *engine, int x) {
    static int s[MAXSYMS];
    int n = parse_engine_stack(engine, s, MAXSYMS);
#define TOP(i) (n - (i) >= 0 ? s[n - (i)] : -1)     /* TOP(1): the top */
    if (x == TK_LBRACK && TOP(1) == TK_IDENT && TOP(2) == TK_FUNC)
        return true;
    if (x == TK_LBRACK && TOP(1) == TK_IDENT) {
        int i = 2;
        if (TOP(i) == TK_MUT)
            i++;
        if (TOP(i) == TK_MUL)
            i++;
        if (TOP(i) == TK_IDENT && TOP(i + 1) == TK_LPAREN && TOP(i + 2) == TK_FUNC)
            return true;
    }
    bool bound = x == TK_IDENT || x == TK_COMMA || x == TK_INTERFACE || x == TK_MUL;
    return bound && TOP(1) == TK_IDENT && TOP(2) == TK_LBRACK && TOP(3) == TK_IDENT && TOP(4) == TK_TYPE;
#undef TOP
}

static void report(Parser *p, void *engine) {
    Token x = p->last;
    const char *tok = go_token_text(p, x);
    static Below b;
    Opener *o = p->open.len ? &vec_last(&p->open) : NULL;
    int closer = !o ? 0 : o->kind == TK_LPAREN ? TK_RPAREN : o->kind == TK_LBRACK ? TK_RBRACK : TK_RBRACE;
    p->recover = REC_STOP;

    if (x.kind == TK_UNSUPPORTED || p->prev.kind == TK_UNSUPPORTED) {
        /* go, select, chan ...: the construct by name, not a syntax error
         * (also when the token after it is the error, before the grammar
         * action that names it could run) */
        Token u = x.kind == TK_UNSUPPORTED ? x : p->prev;
        p->failed = true;
        diag_error(p->c, u.span, "%s not supported yet", unsupported_name(p, u));
        return;
    }
    if (type_params(engine, x.kind)) {
        p->failed = true;
        diag_error(p->c, x.span, "type parameters are not supported yet (generic functions and types)");
        return;
    }
    /* `[1, 2, 3]` for a slice: Go's array type wants its ] */
    if (x.kind == TK_COMMA && o && o->kind == TK_LBRACK) {
        b.n = parse_engine_accepts(engine, TK_RBRACK, b.s, MAXSYMS);
        for (int i = 1; i <= b.n; i++)
            if (below(&b, i) == TK_LBRACK) {
                int under = below(&b, i + 1);
                if (under >= 0 && under < parse_engine_ntoken()) {
                    syntax_error_at(p, x.span, "unexpected comma; expecting ]");
                    return;
                }
                break;
            }
    }
    /* struct { X int, Y int } */
    if (o && o->kind == TK_LBRACE && accepts(engine, TK_SEMI) && accepts(engine, TK_RBRACE)) {
        b.n = parse_engine_accepts(engine, TK_RBRACE, b.s, MAXSYMS);
        for (int i = 1; i <= b.n; i++)
            if (below(&b, i) == TK_LBRACE) {
                int kw = below(&b, i + 1);
                if (kw == TK_STRUCT || kw == TK_INTERFACE) {
                    syntax_error_at(p, x.span, "unexpected %s in %s type; possibly missing semicolon or newline or }",
                                    tok, kw == TK_STRUCT ? "struct" : "interface");
                    p->recover = REC_LIST;
                    return;
                }
                break;
            }
    }
    /* a list: f(a b), T{1 2}, func(a: int) */
    if (o && o->kind != TK_LBRACK && accepts(engine, TK_COMMA) && accepts(engine, closer) &&
        !accepts(engine, TK_SEMI)) {
        syntax_error_at(p, x.span, "unexpected %s in %s; possibly missing comma or %s", tok,
                        list_context(p, engine, o->kind), go_expected(closer));
        p->recover = REC_LIST;
        return;
    }
    /* outside any declaration */
    b.n = parse_engine_accepts(engine, TK_FUNC, b.s, MAXSYMS);
    if (b.n == 1 && !p->open.len) {
        syntax_error_at(p, x.span, "non-declaration statement outside function body");
        p->recover = REC_TOP;
        return;
    }
    /* `for var i = 0; ...`: Go complains and parses on without the var */
    if (x.kind == TK_VAR && (p->prev.kind == TK_FOR || p->prev.kind == TK_IF ||
                             p->prev.kind == TK_SWITCH) && accepts(engine, TK_IDENT)) {
        syntax_error_at(p, parse_peek(p)->span, "var declaration not allowed in %s initializer",
                        go_expected(p->prev.kind));
        p->recover = REC_DROP;
        return;
    }
    /* after a declaration: `func f(): int {`, `func main()` NEWLINE `{`
     * (Go's function declaration may have no body) */
    b.n = parse_engine_accepts(engine, TK_LBRACE, b.s, MAXSYMS);
    if (!p->open.len && b.n >= 2 && b.s[1] == TK_FUNC) {
        Token *next = parse_peek(p);
        if (x.kind == TK_SEMI && x.v.ival == 1 && next->kind == TK_LBRACE) {
            p->resume = next->span;
            syntax_error_at(p, p->resume, "unexpected semicolon or newline before {");
        } else if (x.kind == TK_SEMI && (next->kind == 0 || next->kind == TK_FUNC ||
                                          next->kind == TK_VAR || next->kind == TK_CONST ||
                                          next->kind == TK_TYPE)) {
            p->failed = true;   /* go1.19's type checker says it, after parsing */
            if (!p->nerrors)
                diag_error(p->c, p->func_name.span, "missing function body");
        } else if (x.kind == TK_SEMI) {
            p->resume = next->span;
            syntax_error_at(p, p->resume, "non-declaration statement outside function body");
        } else {
            p->resume = x.span;
            syntax_error_at(p, x.span, "unexpected %s after top level declaration", tok);
        }
        p->recover = REC_TOP;
        return;
    }
    b.n = parse_engine_accepts(engine, TK_SEMI, b.s, MAXSYMS);
    if (b.n == 2 && !p->open.len) {
        /* `package main x`, `import "fmt" x`: Go's want(_Semi) */
        int s[8], n = parse_engine_stack(engine, s, 8);
        bool pkg = n >= 2 && s[n - 2] == TK_PACKAGE;
        if (pkg || (n >= 2 && s[n - 2] == TK_IMPORT) || (n >= 3 && s[n - 3] == TK_IMPORT)) {
            syntax_error_at(p, x.span, "unexpected %s, expecting semicolon or newline", tok);
            /* Go stops after a bad package clause */
            p->recover = pkg ? REC_STOP : REC_IMPORT_SEMI;
            return;
        }
    }
    if (b.n == 2 && !p->open.len) {
        p->resume = x.span;
        syntax_error_at(p, x.span, "unexpected %s after top level declaration", tok);
        p->recover = REC_TOP;
        return;
    }
    /* in a block */
    if (b.n >= 0 && accepts(engine, TK_RBRACE)) {
        if (accepts(engine, TK_IF)) {
            syntax_error_at(p, x.span, "unexpected %s, expecting %s", tok,
                            accepts(engine, TK_CASE) ? "case or default or }" : "}");
            if (p->open.len == 1 && !accepts(engine, TK_CASE))
                p->recover = REC_FUNC_END;
        } else {
            syntax_error_at(p, x.span, "unexpected %s at end of statement", tok);
            p->recover = REC_STMT;
        }
        return;
    }
    /* an if/for/switch header */
    if (x.kind == TK_BODY && p->prev.kind == TK_IF) {
        syntax_error_at(p, x.span, "missing condition in if statement");
        p->recover = REC_NO_COND;
        return;
    }
    if (x.kind == TK_BODY && p->prev.kind == TK_SEMI) {
        int s[MAXSYMS];
        int n = parse_engine_stack(engine, s, MAXSYMS);
        if (n >= 3 && s[n - 1] == TK_SEMI && s[n - 3] == TK_IF) {
            if (p->prev.v.ival == 1)
                syntax_error_at(p, p->prev.span, "unexpected %s, expecting { after if clause",
                                go_token_text(p, p->prev));
            else
                syntax_error_at(p, p->prev.span, "missing condition in if statement");
            return;
        }
    }
    b.n = parse_engine_accepts(engine, TK_BODY, b.s, MAXSYMS);
    if (b.n >= 3 && below(&b, 1) == TK_SEMI && below(&b, 3) == TK_SWITCH) {
        /* `switch x` NEWLINE `case`: Go wants the tag after the init's `;` */
        syntax_error_at(p, x.span, "unexpected %s, expecting expression", tok);
        p->recover = REC_OPERAND;
        return;
    }
    if (b.n >= 0) {
        int semis, kw = header_keyword(&b, &semis);
        if (kw == TK_SWITCH && semis == 1) {
            /* Go's switchStmt after header(): the tag is done */
            syntax_error_at(p, x.span, "missing { after switch clause");
            p->recover = REC_SWITCH_BODY;
            return;
        }
        const char *after = is_header(&b, TK_IF) ? " after if clause" :
                            is_header(&b, TK_FOR) ? " after for clause" : "";
        syntax_error_at(p, x.span, "unexpected %s, expecting {%s", tok, after);
        if (*after)
            p->recover = REC_BLOCK;     /* Go's blockStmt */
        else if (semis == 0 && kw > 0) {
            p->recover = REC_HEADER;    /* Go's header(): want(_Lbrace) */
            p->rec_kw = kw;
        }
        return;
    }
    /* a header's statement that cannot be followed by its body:
     * `for i := 0, i < 5, i++ {` */
    b.n = parse_engine_accepts(engine, TK_SEMI, b.s, MAXSYMS);
    int semis = 0;
    for (int i = 1; i <= b.n; i++) {
        int s = below(&b, i);
        if (s == TK_FOR || s == TK_IF || s == TK_SWITCH) {
            if (semis == 0)
                syntax_error_at(p, x.span, "unexpected %s, expecting {", tok);
            else {
                syntax_error_at(p, x.span, "unexpected %s, expecting semicolon or newline", tok);
                if (s == TK_FOR && semis == 1)
                    p->recover = REC_FOR_SEMI;  /* Go's want(_Semi) after the condition */
            }
            return;
        }
        if (s == TK_SEMI)
            semis++;
        if (s == TK_LBRACE || s == TK_BODY || s == TK_RBRACE || s == TK_LPAREN || s == TK_LBRACK ||
            s == TK_COLON || s == TK_FUNC)
            break;
    }
    /* `type := "circle"`: Go's name() pretends `_` */
    if ((p->prev.kind == TK_TYPE || p->prev.kind == TK_VAR) && x.kind != TK_IDENT && accepts(engine, TK_IDENT)) {
        syntax_error_at(p, x.span, "unexpected %s, expecting name", tok);
        p->recover = REC_TYPE_NAME;
        return;
    }
    /* `func 2go() {` at the top level: Go's funcDeclOrNil */
    if (p->prev.kind == TK_FUNC && !p->open.len && x.kind != TK_IDENT && accepts(engine, TK_IDENT) &&
        accepts(engine, TK_LPAREN)) {
        syntax_error_at(p, x.span, "unexpected %s, expecting name or (", tok);
        p->recover = REC_FUNC_NAME;
        return;
    }
    /* `func helper() {` in a body: a func literal's ( is wanted */
    if (p->prev.kind == TK_FUNC && x.kind == TK_IDENT && p->open.len && accepts(engine, TK_LPAREN)) {
        syntax_error_at(p, x.span, "unexpected %s, expecting (", tok);
        p->recover = REC_FUNC_LIT;
        return;
    }
    if (accepts(engine, TK_IDENT) && accepts(engine, TK_INT) && accepts(engine, TK_LPAREN)) {
        syntax_error_at(p, x.span, "unexpected %s, expecting expression", tok);
        p->recover = REC_OPERAND;
        return;
    }
    if (o && o->kind == TK_LPAREN && accepts(engine, TK_RPAREN)) {
        syntax_error_at(p, x.span, "unexpected %s, expecting )", tok);
        return;
    }
    if (o && o->kind == TK_LBRACK && accepts(engine, TK_RBRACK) && accepts(engine, TK_COLON)) {
        syntax_error_at(p, x.span, "unexpected %s, expecting comma, : or ]", tok);
        return;
    }
    b.n = parse_engine_accepts(engine, TK_COLON, b.s, MAXSYMS);
    for (int i = 1; i <= b.n && i < 64; i++)
        if (below(&b, i) == TK_CASE) {
            syntax_error_at(p, x.span, "unexpected %s, expecting :", tok);
            return;
        } else if (below(&b, i) == TK_SEMI || below(&b, i) == TK_LBRACE || below(&b, i) == TK_BODY) {
            break;
        }
    int only = 0, count = 0;
    for (int t = 1; t < parse_engine_ntoken(); t++)
        if (accepts(engine, t)) {
            only = t;
            count++;
        }
    if (accepts(engine, TK_STRING) && in_import_spec(engine)) {
        /* `import fmt`: go build reads the imports with go/parser before
           compiling, and stops at its words (errorExpected) */
        const char *found = x.kind == TK_SEMI && x.v.ival == 1 ? "newline"
                          : x.kind == TK_IDENT || x.kind == TK_INT || x.kind == TK_FLOAT ? tok + (x.kind == TK_IDENT ? 0 : strlen("literal "))
                          : arena_printf(&p->c->arena, "'%s'", tok);
        p->failed = true;
        p->nerrors++;
        diag_error(p->c, x.span, "expected 'STRING', found %s", found);
        p->recover = REC_STOP;
    } else if (count == 1) {
        syntax_error_at(p, x.span, "unexpected %s, expecting %s", tok, go_expected(only));
    } else
        syntax_error_at(p, x.span, "unexpected %s", tok);
}

void parse_report_syntax_error(Parser *p, void *engine) {
    p->failed = true;
    if (p->lx && p->lx->garbled) {
        p->recover = REC_STOP;
        return;
    }
    /* go1.19 says nothing at EOF after an error (its parser's p.first) */
    bool at_eof = p->last.kind == 0 || (p->last.kind == TK_SEMI && p->last.v.ival == 1 &&
                                        p->last.span.hi == p->last.span.lo);
    if (at_eof && (p->nerrors || (p->lx && p->lx->failed))) {
        p->recover = REC_STOP;
        return;
    }
    report(p, engine);
}
