/*
 * syntax.h: tokens, the re2c lexer and the Lemon parser, one header for
 * the syntax layer.
 *
 * The lexer (lexer.re) turns a NUL-terminated source into tokens with
 * spans, inserting semicolons by Go's rule. The driver (parse.c) pushes each
 * token into the Lemon parser (grammar.y), whose actions build the AST
 * through ast.h constructors. Token kinds are Lemon's TK_* constants from
 * the generated grammar.h.
 *
 * Invariant: parse_program returns NULL iff it reported at least one error.
 */
#ifndef ML0_SYNTAX_H
#define ML0_SYNTAX_H

#include "../ast/ast.h"

typedef struct Token {
    int kind;           /* TK_* from grammar.h; 0 is end of input */
    Span span;
    union {
        int64_t ival;   /* TK_INT */
        double fval;    /* TK_FLOAT */
        Str str;        /* TK_STRING: decoded bytes */
        Sym name;       /* TK_IDENT */
    } v;
} Token;

typedef struct Lexer {
    Ctx *ctx;
    int file;
    const char *start;  /* text of the file */
    const char *cur;    /* next byte to scan */
    const char *lim;    /* the terminating NUL */
    int last_kind;      /* previous token kind, for semicolon insertion */
    bool failed;        /* a lexical error was reported */
} Lexer;

/* lexer.re */
void lex_init(Lexer *lx, Ctx *c, int file);
void lex_next(Lexer *lx, Token *t);   /* the next token, into *t */

/* token.c */
const char *token_name(int kind);   /* "'('", "identifier", "end of file" */

/* parse.c */
Program *parse_program(Ctx *c, int file);

/* go_file.c: false (reported) when `file` is Go and t, its first token,
 * is not `package` */
bool syn_package_first(Ctx *c, int file, const Token *t);

#endif
