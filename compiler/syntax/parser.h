/*
 * parser.h: private to the syntax layer: the Parser state shared by the
 * push driver (parse.c), the grammar actions (grammar.y) and the AST
 * builders they call (build_ast.c).
 */
#ifndef ML0_PARSER_H
#define ML0_PARSER_H

#include "syntax.h"

/* An open bracket, for "expected ')' to close '(' at line 3". */
typedef struct Opener { int kind; Span span; } Opener;

/* How the driver goes on after a syntax error, as go1.19's parser does
 * (syntax_error.c decides, parse.c carries it out). */
typedef enum Recovery {
    REC_NONE,       /* no error pending */
    REC_STOP,       /* stop parsing: later errors would not be Go's */
    REC_STMT,       /* "at end of statement": skip to ; } case default or
                       a statement keyword, then go on in the block */
    REC_TOP,        /* outside a function: skip to const type var func,
                       then parse declarations afresh */
    REC_FUNC_END,   /* "expecting }" in a function body: skip one token,
                       the function ends there (Go's funcDecl returns) */
    REC_LIST,       /* in a ( or { list: skip to ) ] } or a statement
                       keyword, go on if it closes the list */
    REC_DROP,       /* drop the token and go on (`for var i = 0; ...`) */
    REC_OPERAND,    /* "expecting expression": skip to ) ] } or a statement
                       keyword; a stand-in operand goes in before it */
    REC_NO_COND,    /* `if {`: a stand-in condition, then the `{` again */
    REC_HEADER,     /* "expecting {" after an if/switch/for header's first
                       statement (Go's want(_Lbrace) in header()): skip the
                       token, then to { } or a statement keyword */
    REC_BLOCK,      /* "expecting { after if clause" (Go's blockStmt): skip
                       to a name, } or a statement keyword, pretend the { */
    REC_SWITCH_BODY,/* "missing { after switch clause": skip to case,
                       default or }, pretend the { */
    REC_TYPE_NAME,  /* `type :=`, `var type`: Go's name() pretends `_`, skips the
                       token; the type follows or is skipped to ; or ) */
    REC_FUNC_LIT,   /* `func helper()` in a body: Go's want(_Lparen)
                       pretends the ( and reads on as a func literal */
    REC_IMPORT_SEMI,/* `import "fmt" x`: want(_Semi) skips the token, then
                       a declaration must follow */
    REC_FOR_SEMI,   /* `for i := 0; i < 3 {`: want(_Semi) skips the token,
                       a post statement follows unless a { does */
    REC_FUNC_NAME,  /* `func 2go()` at the top level: skip to { or ;, the
                       declaration is dropped (Go's funcDeclOrNil) */
} Recovery;

typedef struct Parser {
    Ctx *c;
    int file;
    Program *prog;
    bool failed;            /* a syntax error was reported: no program */
    Token last;             /* the token being pushed (for messages) */
    Token prev;             /* the token pushed before it */
    VEC(Opener) open;       /* unclosed ( [ { */
    Lexer *lx;              /* a syntax error after a garbling lexical
                               one is a cascade and is not reported */
    void *engine;           /* the Lemon parser being fed */
    Recovery recover;       /* set by the error report */
    Span resume;            /* REC_TOP: skip from this token on (else last) */
    int rec_kw;             /* REC_HEADER: the header's if, for or switch */
    int error_line;         /* line of the last syntax error (0: none):
                               go1.19 reports one syntax error per line */
    int nerrors;            /* syntax errors reported */
    Token func_name;        /* the name of the last top-level func */
    Token ahead[16];        /* tokens lexed ahead (parse_peek_at) */
    int nahead;
} Parser;

/* A parameter list entry before Go's grouping rule is applied. */
typedef struct PEntry { Token name; bool has_name; TypeExpr *type; } PEntry;
typedef VEC(PEntry) PEntryList;

/* A var/const spec: names, optional type, optional values. */
typedef struct Spec {
    VEC(Token) names;
    TypeExpr *type;
    ExprList values;
} Spec;
typedef VEC(Spec) SpecList;

typedef VEC(Token) TokenList;

/* parse.c */
Token *parse_peek(Parser *p);       /* the token after p->last */
Token *parse_peek_at(Parser *p, int i);  /* i = 0: parse_peek; i < 16 */

/* syntax_error.c: a syntax error worded as go1.19's parser words it, at
 * its position, and the recovery to use (p->recover) */
void parse_report_syntax_error(Parser *p, void *engine);
bool syntax_error_at(Parser *p, Span at, const char *fmt, ...);
const char *go_token_text(Parser *p, Token t);

/* grammar.y: questions to the Lemon engine */
int parse_engine_accepts(void *engine, int tok, int *syms, int max);
int parse_engine_stack(void *engine, int *syms, int max);
void parse_engine_rearm(void *engine);
int parse_engine_ntoken(void);      /* terminals are 1 .. ntoken-1 */

/* build_ast.c: what grammar actions call */
Span tok_span(Token t);
Expr *mk_name(Parser *p, Token t);
Expr *mk_int(Parser *p, Token t);
Expr *mk_float(Parser *p, Token t);
Expr *mk_string(Parser *p, Token t);
Expr *mk_binary(Parser *p, Op op, Expr *x, Expr *y);
Expr *mk_unary(Parser *p, Op op, Token at, Expr *x);
Expr *mk_deref(Parser *p, Token at, Expr *x);
Expr *mk_addr(Parser *p, Token at, Expr *x, bool mut);
Expr *mk_paren(Parser *p, Token lp, Expr *x, Token rp);
Expr *mk_field(Parser *p, Expr *x, Token name);
Expr *mk_index(Parser *p, Expr *x, Expr *index, Token rb);
Expr *mk_slice(Parser *p, Expr *x, Expr *lo, Expr *hi, Expr *max, Token rb);
Expr *mk_call(Parser *p, Expr *fn, Token lp, ExprList args, Token rp);
Expr *mk_composite(Parser *p, TypeExpr *t, Token lb, ElemList elems, Token rb);
Expr *mk_qual_composite(Parser *p, Expr *x, Token name, Token lb, ElemList elems, Token rb);
Expr *mk_type_expr(Parser *p, TypeExpr *t);
Expr *mk_funclit(Parser *p, Token fn, PEntryList params, TypeExpr *result, Stmt *body);
ElemList elem_push(Parser *p, ElemList l, Expr *key, Expr *value);
Expr *mk_elided(Parser *p, Token lb, ElemList elems, Token rb);

TypeExpr *mk_tname(Parser *p, Token t);
TypeExpr *mk_tbox(Parser *p, Token name, TypeExpr *elem, Token rb);
TypeExpr *mk_tptr(Parser *p, Token star, TypeExpr *elem, bool mut);
TypeExpr *mk_tslice(Parser *p, Token lb, TypeExpr *elem);
TypeExpr *mk_tarray(Parser *p, Token lb, Expr *len, TypeExpr *elem);
TypeExpr *mk_tmap(Parser *p, Token kw, TypeExpr *key, TypeExpr *val);
TypeExpr *mk_tfunc(Parser *p, Token fn, PEntryList params, TypeExpr *result);
TypeExpr *mk_tstruct(Parser *p, Token kw, SpecList fields, Token rb);
Expr *mk_assert(Parser *p, Expr *x, Token lp, TypeExpr *t, Token rp);
Stmt *mk_type_switch(Parser *p, Token kw, Stmt *init, ExprList lhs, Expr *guard, CaseList clauses, Token rb);
TypeExpr *mk_tiface(Parser *p, Token kw, ParamList methods, Token rb);
Param mk_imethod(Parser *p, Token name, Token lp, PEntryList params, TypeExpr *result);
Param mk_iembed(Parser *p, Token *pkg, Token name);
TypeExpr *mk_tvariadic(Parser *p, Token dots, TypeExpr *elem);
TypeExpr *result_list(Parser *p, Token lp, PEntryList list, Token rp);

Stmt *mk_block(Parser *p, Token lb, StmtList stmts, Token rb);
Stmt *mk_expr_stmt(Parser *p, Expr *x);
Stmt *mk_incdec(Parser *p, Expr *x, Token op, bool inc);
Stmt *mk_assign(Parser *p, ExprList lhs, Token op, ExprList rhs, bool define);
Stmt *mk_opassign(Parser *p, Expr *x, Token op, Expr *y);
Stmt *mk_var_stmt(Parser *p, Token kw, Spec s, bool is_const);
Stmt *mk_return(Parser *p, Token kw, Expr *x);
Stmt *mk_return_list(Parser *p, Token kw, ExprList l);
Stmt *mk_jump(Parser *p, Token kw, StmtKind k, Token *label);
Stmt *mk_labeled(Parser *p, Token label, Stmt *s);
Stmt *mk_defer(Parser *p, Token kw, Expr *call);
Stmt *mk_switch(Parser *p, Token kw, Stmt *init, Expr *tag, CaseList clauses, Token rb);
CaseClause mk_clause(Parser *p, Token kw, ExprList values, bool is_default, Token colon,
                     StmtList body);
Stmt *mk_if(Parser *p, Token kw, Stmt *init, Expr *cond, Stmt *then, Stmt *els);
Stmt *mk_for(Parser *p, Token kw, Stmt *init, Expr *cond, Stmt *post, Stmt *body);
Stmt *mk_range(Parser *p, Token kw, ExprList lhs, bool define, Expr *x, Stmt *body);
StmtList stmt_push(Parser *p, StmtList l, Stmt *s);

void top_func(Parser *p, Token kw, Token name, PEntryList params, TypeExpr *result, Stmt *body);
void top_method(Parser *p, Token kw, PEntryList recv, Token name, PEntryList params,
                TypeExpr *result, Stmt *body);
void top_vars(Parser *p, Token kw, SpecList specs, bool is_const);
void top_type(Parser *p, Token kw, Token name, TypeExpr *t, bool alias);

/* build_decl.c: declarations Go allows inside groups and functions */
Param embedded_field(Parser *p, TypeExpr *t);
Spec spec_repeat(Parser *p, SpecList specs, int i, bool is_const);
StmtList mk_var_group(Parser *p, StmtList l, Token kw, SpecList specs, bool is_const);
Stmt *mk_type_stmt(Parser *p, Token kw, Token name, TypeExpr *t, bool alias);
TypeExpr *mk_tembedded(Parser *p, Token star, Token name);
void top_import(Parser *p, Token *alias, Token path);
void unsupported(Parser *p, Token t, const char *what);
const char *unsupported_name(Parser *p, Token t);   /* "maps are" */
void assign_as_value(Parser *p, ExprList lhs, Token op, ExprList rhs, bool define);

#endif
