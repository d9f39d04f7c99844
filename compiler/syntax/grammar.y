/*
 * grammar.y: the ML0 grammar for the Lemon LALR(1) parser generator
 * (LANGUAGE.md "Core syntax" and "Rust additions").
 *
 * Actions only call the builders of build_ast.c. Go's composite-literal
 * ambiguity is settled before the parser: in an `if`/`for` header the
 * driver (parse.c) turns the `{` that opens the body into TK_BODY, so
 * `T{` in expressions is always a composite literal. The grammar has no
 * conflicts; the build fails if Lemon reports any.
 */
%include {
#include "syntax/parser.h"
#include <assert.h>
#include <stdlib.h>
#include <string.h>
static void parse_syntax_error(Parser *p, void *parser);
static void parse_stack_overflow(Parser *p);
}

%code {
/* parse.c words the error (go1.19's way) from what the parser accepts. */
static void parse_syntax_error(Parser *p, void *parser) {
    parse_report_syntax_error(p, parser);
}

/* Would the parser shift token `tok` from its present stack? The check
 * replays the reductions `tok` causes (as Bison's LAC does) over the
 * real stack without changing it: popped entries only lower `base`, and
 * pushed ones go to a small overlay. The driver asks before every token,
 * because Lemon's default reductions would otherwise run before an error
 * is seen and leave a stack that no longer says where the error is. On
 * success the symbols below `tok` (bottom first, without the sentinel)
 * go to syms[0..n) (at most max) and n is returned; -1 if `tok` is a
 * syntax error here. */
int parse_engine_accepts(void *engine, int tok, int *syms, int max) {
    yyParser *yyp = engine;
    enum { OVERLAY = 256 };
    YYACTIONTYPE st[OVERLAY];
    YYCODETYPE sym[OVERLAY];
    int base = (int)(yyp->yytos - yyp->yystack);   /* real entries 0..base */
    int top = 0;                                     /* overlay entries 0..top-1 */
    YYACTIONTYPE act = yyp->yytos->stateno;
    for (int steps = 0; steps < 100000; steps++) {
        act = yy_find_shift_action((YYCODETYPE)tok, act);
        if (act >= YY_MIN_REDUCE && act <= YY_MAX_REDUCE) {
            int rule = act - YY_MIN_REDUCE, pop = -yyRuleInfoNRhs[rule];
            int from_overlay = pop < top ? pop : top;
            top -= from_overlay;
            base -= pop - from_overlay;
            if (base < 0 || top >= OVERLAY)
                return -1;
            YYACTIONTYPE under = top ? st[top - 1] : yyp->yystack[base].stateno;
            act = yy_find_reduce_action(under, yyRuleInfoLhs[rule]);
            st[top] = act;
            sym[top++] = yyRuleInfoLhs[rule];
            continue;
        }
        if (act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION) {
            int n = 0;
            for (int i = 1; i <= base && n < max; i++)
                syms[n++] = yyp->yystack[i].major;
            for (int i = 0; i < top && n < max; i++)
                syms[n++] = sym[i];
            return n;
        }
        return -1;
    }
    return -1;
}

/* The symbols on the parser's stack, bottom first, without the sentinel. */
int parse_engine_stack(void *engine, int *syms, int max) {
    yyParser *yyp = engine;
    int n = 0;
    for (yyStackEntry *e = yyp->yystack + 1; e <= yyp->yytos && n < max; e++)
        syms[n++] = e->major;
    return n;
}

int parse_engine_ntoken(void) { return YYNTOKEN; }

/* After a reported error: report the next one too (Lemon would stay
 * quiet for three tokens; the driver's recovery decides instead). */
void parse_engine_rearm(void *engine) {
    ((yyParser *)engine)->yyerrcnt = -1;
}

static void parse_stack_overflow(Parser *p) {
    if (!p->failed)
        diag_error(p->c, p->last.span, "nesting too deep (more than about 1000 levels)");
    p->failed = true;
}
}

%name ml0Parse
%token_prefix TK_
%token_type {Token}
%extra_context {Parser *p}
%start_symbol program

%syntax_error {
    (void)yymajor;
    parse_syntax_error(p, yypParser);
}
%stack_overflow {
    parse_stack_overflow(p);
}
%stack_size 3000

/* Token order: ids are fixed here so every layer agrees. */
%token IDENT INT FLOAT STRING.
%token BREAK CONST CONTINUE ELSE FOR FUNC IF RANGE RETURN STRUCT TYPE VAR MUT PACKAGE.
%token LPAREN RPAREN LBRACK RBRACK LBRACE RBRACE BODY COMMA SEMI COLON DOT ELLIPSIS.
%token DEFINE ASSIGN OPASSIGN INC DEC.
%token UNSUPPORTED.
%token MAP.
%token IMPORT INTERFACE.
%token SWITCH CASE DEFAULT GOTO FALLTHROUGH.
%token DEFER.

%nonassoc TYPELOW.
%left LOR.
%left LAND.
%left EQ NE LT LE GT GE.
%left ADD SUB OR XOR.
%left MUL DIV REM SHL SHR AND ANDNOT.
%token NOT.
/* BODY over TYPELOW: `if func() bool {` opens the literal's body, never
 * the `if`'s with a func type for condition (Go's parser, the same) */
%nonassoc LBRACK LPAREN DOT BODY.

/* ======== Program and top-level declarations ======================== */

program ::= toplist.

toplist ::= .
toplist ::= toplist topdecl SEMI.
toplist ::= toplist SEMI.

topdecl ::= PACKAGE IDENT.
topdecl ::= IMPORT importspec.
topdecl ::= IMPORT LPAREN importspecs RPAREN.
topdecl ::= FUNC(K) IDENT(N) LPAREN params(P) RPAREN result(R) block(B).
    { top_func(p, K, N, P, R, B); }
topdecl ::= FUNC(K) LPAREN params(V) RPAREN IDENT(N) LPAREN params(P) RPAREN result(R) block(B).
    { top_method(p, K, V, N, P, R, B); }
topdecl ::= VAR(K) spec(S).               { SpecList l = {0}; vec_push(&p->c->arena, &l, S); top_vars(p, K, l, false); }
topdecl ::= VAR(K) LPAREN specs(L) RPAREN. { top_vars(p, K, L, false); }
topdecl ::= CONST(K) spec(S).             { SpecList l = {0}; vec_push(&p->c->arena, &l, S); top_vars(p, K, l, true); }
topdecl ::= CONST(K) LPAREN specs(L) RPAREN. { top_vars(p, K, L, true); }
topdecl ::= TYPE(K) IDENT(N) type(T).     { top_type(p, K, N, T, false); }
topdecl ::= TYPE(K) IDENT(N) ASSIGN type(T). { top_type(p, K, N, T, true); }
topdecl ::= TYPE LPAREN typespecs RPAREN.
typespecs ::= .
typespecs ::= typespec.
typespecs ::= typespecs SEMI.
typespecs ::= typespecs SEMI typespec.
/* type T U declares a new type; type A = B an alias (LANGUAGE.md "Type aliases") */
typespec ::= IDENT(N) type(T).           { top_type(p, N, N, T, false); }
typespec ::= IDENT(N) ASSIGN type(T).    { top_type(p, N, N, T, true); }
topdecl ::= UNSUPPORTED(T).               { unsupported(p, T, NULL); }

/* import "fmt" | import ( "fmt"; "os" ) | import m "math" (docs/packages.md) */
importspecs ::= .
importspecs ::= importspec.
importspecs ::= importspecs SEMI.
importspecs ::= importspecs SEMI importspec.
importspec ::= STRING(S).                 { top_import(p, NULL, S); }
importspec ::= IDENT(N) STRING(S).        { top_import(p, &N, S); }
importspec ::= DOT(D) STRING.             { unsupported(p, D, "dot imports"); }

/* ======== Parameters, results, var/const specs ======================= */

%type params {PEntryList}
%type plist {PEntryList}
%type param {PEntry}
params(A) ::= .                          { memset(&A, 0, sizeof A); }
params(A) ::= plist(L).                  { A = L; }
params(A) ::= plist(L) COMMA.            { A = L; }
plist(A) ::= param(X).                   { memset(&A, 0, sizeof A); vec_push(&p->c->arena, &A, X); }
plist(A) ::= plist(L) COMMA param(X).    { A = L; vec_push(&p->c->arena, &A, X); }
param(A) ::= IDENT(N) type(T).           { A.name = N; A.has_name = true; A.type = T; }
param(A) ::= ptype(T).                   { memset(&A, 0, sizeof A); A.type = T; }
param(A) ::= IDENT(N) ELLIPSIS(D) type(T). { A.name = N; A.has_name = true; A.type = mk_tvariadic(p, D, T); }
param(A) ::= ELLIPSIS(D) type(T).        { memset(&A, 0, sizeof A); A.type = mk_tvariadic(p, D, T); }

%type result {TypeExpr *}
result(A) ::= .                          { A = NULL; }
result(A) ::= baretype(T).               { A = T; }
result(A) ::= LPAREN(L) params(P) RPAREN(R). { A = result_list(p, L, P, R); }

%type spec {Spec}
%type specs {SpecList}
%type idlist {TokenList}
spec(A) ::= idlist(L) type(T).           { memset(&A, 0, sizeof A); A.names.data = L.data; A.names.len = L.len; A.names.cap = L.cap; A.type = T; }
spec(A) ::= idlist(L) type(T) ASSIGN exprlist(E). { memset(&A, 0, sizeof A); A.names.data = L.data; A.names.len = L.len; A.names.cap = L.cap; A.type = T; A.values = E; }
spec(A) ::= idlist(L) ASSIGN exprlist(E). { memset(&A, 0, sizeof A); A.names.data = L.data; A.names.len = L.len; A.names.cap = L.cap; A.values = E; }
spec(A) ::= idlist(L).                   { memset(&A, 0, sizeof A); A.names.data = L.data; A.names.len = L.len; A.names.cap = L.cap; }
specs(A) ::= .                           { memset(&A, 0, sizeof A); }
specs(A) ::= spec(S).                    { memset(&A, 0, sizeof A); vec_push(&p->c->arena, &A, S); }
specs(A) ::= specs(L) SEMI.              { A = L; }
specs(A) ::= specs(L) SEMI spec(S).      { A = L; vec_push(&p->c->arena, &A, S); }
idlist(A) ::= IDENT(N).                  { memset(&A, 0, sizeof A); vec_push(&p->c->arena, &A, N); }
idlist(A) ::= idlist(L) COMMA IDENT(N).  { A = L; vec_push(&p->c->arena, &A, N); }

/* ======== Types ======================================================= */

%type type {TypeExpr *}
%type ptype {TypeExpr *}
%type bareptype {TypeExpr *}
%type baretype {TypeExpr *}
%type nontname {TypeExpr *}
%type fields {SpecList}
%type field {Spec}
/* Go's `"(" Type ")"`: a parenthesised type is the type itself
 * (`*(func() int)`, `[](*int)`). A result list `func() (int)` means the
 * same, so results take baretype (never parenthesised) and the grammar
 * stays free of conflicts. */
type(A) ::= ptype(T).                    { A = T; }
type(A) ::= IDENT(N) LBRACK type(T) RBRACK(R). { A = mk_tbox(p, N, T, R); }
ptype(A) ::= bareptype(T).               { A = T; }
ptype(A) ::= LPAREN type(T) RPAREN.      { A = T; }
bareptype(A) ::= IDENT(N). [TYPELOW]     { A = mk_tname(p, N); }
bareptype(A) ::= IDENT(Q) DOT IDENT(N).  { A = mk_iembed(p, &Q, N).type; }
bareptype(A) ::= nontname(T).            { A = T; }
baretype(A) ::= bareptype(T).            { A = T; }
baretype(A) ::= IDENT(N) LBRACK type(T) RBRACK(R). { A = mk_tbox(p, N, T, R); }
nontname(A) ::= MUL(S) type(T).          { A = mk_tptr(p, S, T, false); }
nontname(A) ::= MUL(S) MUT type(T).      { A = mk_tptr(p, S, T, true); }
nontname(A) ::= LBRACK(L) RBRACK type(T). { A = mk_tslice(p, L, T); }
nontname(A) ::= LBRACK(L) expr(N) RBRACK type(T). { A = mk_tarray(p, L, N, T); }
nontname(A) ::= FUNC(K) LPAREN params(P) RPAREN(E) fresult(R). { A = mk_tfunc(p, K, P, R); if (!R) A->span = span_join(A->span, E.span); }
nontname(A) ::= STRUCT(K) LBRACE fields(F) RBRACE(R). { A = mk_tstruct(p, K, F, R); }
nontname(A) ::= MAP(K) LBRACK type(X) RBRACK type(V). { A = mk_tmap(p, K, X, V); }
nontname(A) ::= INTERFACE(K) LBRACE imethods(M) RBRACE(R). { A = mk_tiface(p, K, M, R); }

%type fresult {TypeExpr *}
fresult(A) ::= . [TYPELOW]               { A = NULL; }
fresult(A) ::= baretype(T).              { A = T; }
fresult(A) ::= LPAREN(L) params(P) RPAREN(R). { A = result_list(p, L, P, R); }

fields(A) ::= .                          { memset(&A, 0, sizeof A); }
fields(A) ::= field(F).                  { memset(&A, 0, sizeof A); vec_push(&p->c->arena, &A, F); }
fields(A) ::= fields(L) SEMI.            { A = L; }
fields(A) ::= fields(L) SEMI field(F).   { A = L; vec_push(&p->c->arena, &A, F); }
/* interface { Area() float64; fmt.Stringer; Shape } (LANGUAGE.md "Interfaces") */
%type imethods {ParamList}
%type imethod {Param}
imethods(A) ::= .                        { memset(&A, 0, sizeof A); }
imethods(A) ::= imethod(X).              { memset(&A, 0, sizeof A); vec_push(&p->c->arena, &A, X); }
imethods(A) ::= imethods(L) SEMI.        { A = L; }
imethods(A) ::= imethods(L) SEMI imethod(X). { A = L; vec_push(&p->c->arena, &A, X); }
imethod(A) ::= IDENT(N) LPAREN(K) params(P) RPAREN fresult(R). { A = mk_imethod(p, N, K, P, R); }
imethod(A) ::= IDENT(N).                 { A = mk_iembed(p, NULL, N); }
imethod(A) ::= IDENT(Q) DOT IDENT(N).    { A = mk_iembed(p, &Q, N); }

field(A) ::= idlist(L) type(T).          { memset(&A, 0, sizeof A); A.names.data = L.data; A.names.len = L.len; A.names.cap = L.cap; A.type = T; }
field(A) ::= IDENT(N).                   { memset(&A, 0, sizeof A); A.type = mk_tname(p, N); }
field(A) ::= MUL(S) IDENT(N).            { memset(&A, 0, sizeof A); A.type = mk_tembedded(p, S, N); }
/* struct { sort.Interface; *strings.Builder }: a qualified embedded type,
   the field named by its last element */
field(A) ::= IDENT(Q) DOT IDENT(N).      { memset(&A, 0, sizeof A); A.type = mk_iembed(p, &Q, N).type; }
field(A) ::= MUL(S) IDENT(Q) DOT IDENT(N). { memset(&A, 0, sizeof A); A.type = mk_tptr(p, S, mk_iembed(p, &Q, N).type, false); }

/* ======== Blocks and statements ====================================== */

%type block {Stmt *}
%type body {Stmt *}
%type stmtlist {StmtList}
%type stmt {Stmt *}
%type simple {Stmt *}
%type ifstmt {Stmt *}
%type elsepart {Stmt *}
%type forstmt {Stmt *}
%type optsimple {Stmt *}
block(A) ::= LBRACE(L) stmtlist(S) RBRACE(R). { A = mk_block(p, L, S, R); }
body(A) ::= BODY(L) stmtlist(S) RBRACE(R).    { A = mk_block(p, L, S, R); }

stmtlist(A) ::= .                        { memset(&A, 0, sizeof A); }
stmtlist(A) ::= stmt(S).                 { memset(&A, 0, sizeof A); A = stmt_push(p, A, S); }
stmtlist(A) ::= stmtlist(L) SEMI.        { A = L; }
stmtlist(A) ::= stmtlist(L) SEMI stmt(S). { A = stmt_push(p, L, S); }
stmtlist(A) ::= VAR(K) LPAREN specs(G) RPAREN. { memset(&A, 0, sizeof A); A = mk_var_group(p, A, K, G, false); }
stmtlist(A) ::= CONST(K) LPAREN specs(G) RPAREN. { memset(&A, 0, sizeof A); A = mk_var_group(p, A, K, G, true); }
stmtlist(A) ::= stmtlist(L) SEMI VAR(K) LPAREN specs(G) RPAREN. { A = mk_var_group(p, L, K, G, false); }
stmtlist(A) ::= stmtlist(L) SEMI CONST(K) LPAREN specs(G) RPAREN. { A = mk_var_group(p, L, K, G, true); }

stmt(A) ::= simple(S).                   { A = S; }
stmt(A) ::= VAR(K) spec(S).              { A = mk_var_stmt(p, K, S, false); }
stmt(A) ::= CONST(K) spec(S).            { A = mk_var_stmt(p, K, S, true); }
stmt(A) ::= TYPE(K) IDENT(N) type(T).    { A = mk_type_stmt(p, K, N, T, false); }
stmt(A) ::= TYPE(K) IDENT(N) ASSIGN type(T). { A = mk_type_stmt(p, K, N, T, true); }
stmt(A) ::= RETURN(K).                   { A = mk_return(p, K, NULL); }
stmt(A) ::= RETURN(K) exprlist(L).       { A = mk_return_list(p, K, L); }
stmt(A) ::= BREAK(K).                    { A = mk_jump(p, K, S_BREAK, NULL); }
stmt(A) ::= CONTINUE(K).                 { A = mk_jump(p, K, S_CONTINUE, NULL); }
stmt(A) ::= BREAK(K) IDENT(L).           { A = mk_jump(p, K, S_BREAK, &L); }
stmt(A) ::= CONTINUE(K) IDENT(L).        { A = mk_jump(p, K, S_CONTINUE, &L); }
stmt(A) ::= GOTO(K) IDENT(L).            { A = mk_jump(p, K, S_GOTO, &L); }
stmt(A) ::= FALLTHROUGH(K).              { A = mk_jump(p, K, S_FALLTHROUGH, NULL); }
stmt(A) ::= DEFER(K) expr(X).            { A = mk_defer(p, K, X); }
stmt(A) ::= IDENT(L) COLON stmt(S).      { A = mk_labeled(p, L, S); }
stmt(A) ::= switchstmt(S).               { A = S; }
stmt(A) ::= block(B).                    { A = B; }
stmt(A) ::= ifstmt(S).                   { A = S; }
stmt(A) ::= forstmt(S).                  { A = S; }
stmt(A) ::= UNSUPPORTED(T).              { unsupported(p, T, NULL); A = NULL; }

simple(A) ::= expr(X).                   { A = mk_expr_stmt(p, X); }
simple(A) ::= expr(X) INC(T).            { A = mk_incdec(p, X, T, true); }
simple(A) ::= expr(X) DEC(T).            { A = mk_incdec(p, X, T, false); }
simple(A) ::= exprlist(L) ASSIGN(T) exprlist(R). { A = mk_assign(p, L, T, R, false); }
simple(A) ::= exprlist(L) DEFINE(T) exprlist(R). { A = mk_assign(p, L, T, R, true); }
simple(A) ::= expr(X) OPASSIGN(T) expr(Y). { A = mk_opassign(p, X, T, Y); }

/* if [init;] cond { } [else if ... | else { }] */
ifstmt(A) ::= IF(K) expr(C) body(T) elsepart(E). { A = mk_if(p, K, NULL, C, T, E); }
ifstmt(A) ::= IF(K) simple(I) SEMI expr(C) body(T) elsepart(E). { A = mk_if(p, K, I, C, T, E); }
/* `if x = 5 {` and `if x := 5 {`: go1.19's own message, not a bare syntax error */
ifstmt(A) ::= IF exprlist(L) ASSIGN(T) exprlist(R) body elsepart. { assign_as_value(p, L, T, R, false); A = NULL; }
ifstmt(A) ::= IF exprlist(L) DEFINE(T) exprlist(R) body elsepart. { assign_as_value(p, L, T, R, true); A = NULL; }
elsepart(A) ::= .                        { A = NULL; }
elsepart(A) ::= ELSE ifstmt(S).          { A = S; }
elsepart(A) ::= ELSE block(B).           { A = B; }

/* for { } | for cond { } | for init; cond; post { } | for k, v := range x { } */
forstmt(A) ::= FOR(K) body(B).           { A = mk_for(p, K, NULL, NULL, NULL, B); }
forstmt(A) ::= FOR(K) expr(C) body(B).   { A = mk_for(p, K, NULL, C, NULL, B); }
forstmt(A) ::= FOR(K) optsimple(I) SEMI optexpr(C) SEMI optsimple(S) body(B).
    { A = mk_for(p, K, I, C, S, B); }
forstmt(A) ::= FOR(K) exprlist(L) DEFINE RANGE expr(X) body(B). { A = mk_range(p, K, L, true, X, B); }
forstmt(A) ::= FOR(K) exprlist(L) ASSIGN RANGE expr(X) body(B). { A = mk_range(p, K, L, false, X, B); }
forstmt(A) ::= FOR(K) RANGE expr(X) body(B). { ExprList e = {0}; A = mk_range(p, K, e, false, X, B); }
optsimple(A) ::= .                       { A = NULL; }
optsimple(A) ::= simple(S).              { A = S; }
%type optexpr {Expr *}
optexpr(A) ::= .                         { A = NULL; }
optexpr(A) ::= expr(X).                  { A = X; }

/* switch [init;] [tag] { case v1, v2: ... default: ... }
 * (LANGUAGE.md grows toward Go: Go spec "Expression switches") */
%type switchstmt {Stmt *}
%type clauses {CaseList}
%type clause {CaseClause}
switchstmt(A) ::= SWITCH(K) BODY clauses(C) RBRACE(R).  { A = mk_switch(p, K, NULL, NULL, C, R); }
switchstmt(A) ::= SWITCH(K) expr(X) BODY clauses(C) RBRACE(R).  { A = mk_switch(p, K, NULL, X, C, R); }
switchstmt(A) ::= SWITCH(K) simple(I) SEMI BODY clauses(C) RBRACE(R).  { A = mk_switch(p, K, I, NULL, C, R); }
switchstmt(A) ::= SWITCH(K) simple(I) SEMI expr(X) BODY clauses(C) RBRACE(R).  { A = mk_switch(p, K, I, X, C, R); }
/* switch [init;] [x :=] v.(type) { case int, string: ... case nil: ... } (Go spec "Type switches") */
switchstmt(A) ::= SWITCH(K) exprlist(L) DEFINE expr(X) BODY clauses(C) RBRACE(R).  { A = mk_type_switch(p, K, NULL, L, X, C, R); }
switchstmt(A) ::= SWITCH(K) simple(I) SEMI exprlist(L) DEFINE expr(X) BODY clauses(C) RBRACE(R).  { A = mk_type_switch(p, K, I, L, X, C, R); }
clauses(A) ::= .                         { memset(&A, 0, sizeof A); }
clauses(A) ::= clauses(L) clause(X).     { A = L; vec_push(&p->c->arena, &A, X); }
clause(A) ::= CASE(K) exprlist(E) COLON(C) stmtlist(S). { A = mk_clause(p, K, E, false, C, S); }
clause(A) ::= DEFAULT(K) COLON(C) stmtlist(S). { ExprList e = {0}; A = mk_clause(p, K, e, true, C, S); }

/* ======== Expressions ================================================= */

%type expr {Expr *}
%type unary {Expr *}
%type primary {Expr *}
%type operand {Expr *}
%type exprlist {ExprList}
%type args {ExprList}
%type littype {TypeExpr *}
%type elems {ElemList}
%type elemlist {ElemList}

expr(A) ::= unary(X).                    { A = X; }
expr(A) ::= expr(X) LOR expr(Y).         { A = mk_binary(p, OP_LOR, X, Y); }
expr(A) ::= expr(X) LAND expr(Y).        { A = mk_binary(p, OP_LAND, X, Y); }
expr(A) ::= expr(X) EQ expr(Y).          { A = mk_binary(p, OP_EQ, X, Y); }
expr(A) ::= expr(X) NE expr(Y).          { A = mk_binary(p, OP_NE, X, Y); }
expr(A) ::= expr(X) LT expr(Y).          { A = mk_binary(p, OP_LT, X, Y); }
expr(A) ::= expr(X) LE expr(Y).          { A = mk_binary(p, OP_LE, X, Y); }
expr(A) ::= expr(X) GT expr(Y).          { A = mk_binary(p, OP_GT, X, Y); }
expr(A) ::= expr(X) GE expr(Y).          { A = mk_binary(p, OP_GE, X, Y); }
expr(A) ::= expr(X) ADD expr(Y).         { A = mk_binary(p, OP_ADD, X, Y); }
expr(A) ::= expr(X) SUB expr(Y).         { A = mk_binary(p, OP_SUB, X, Y); }
expr(A) ::= expr(X) OR expr(Y).          { A = mk_binary(p, OP_OR, X, Y); }
expr(A) ::= expr(X) XOR expr(Y).         { A = mk_binary(p, OP_XOR, X, Y); }
expr(A) ::= expr(X) MUL expr(Y).         { A = mk_binary(p, OP_MUL, X, Y); }
expr(A) ::= expr(X) DIV expr(Y).         { A = mk_binary(p, OP_DIV, X, Y); }
expr(A) ::= expr(X) REM expr(Y).         { A = mk_binary(p, OP_REM, X, Y); }
expr(A) ::= expr(X) SHL expr(Y).         { A = mk_binary(p, OP_SHL, X, Y); }
expr(A) ::= expr(X) SHR expr(Y).         { A = mk_binary(p, OP_SHR, X, Y); }
expr(A) ::= expr(X) AND expr(Y).         { A = mk_binary(p, OP_AND, X, Y); }
expr(A) ::= expr(X) ANDNOT expr(Y).      { A = mk_binary(p, OP_ANDNOT, X, Y); }

unary(A) ::= primary(X).                 { A = X; }
unary(A) ::= SUB(T) unary(X).            { A = mk_unary(p, OP_NEG, T, X); }
unary(A) ::= ADD(T) unary(X).            { A = mk_unary(p, OP_PLUS, T, X); }
unary(A) ::= NOT(T) unary(X).            { A = mk_unary(p, OP_NOT, T, X); }
unary(A) ::= XOR(T) unary(X).            { A = mk_unary(p, OP_BITNOT, T, X); }
unary(A) ::= MUL(T) unary(X).            { A = mk_deref(p, T, X); }
unary(A) ::= AND(T) unary(X).            { A = mk_addr(p, T, X, false); }
unary(A) ::= AND(T) MUT unary(X).        { A = mk_addr(p, T, X, true); }
/* `*mut T` in an expression is a type (`mut` starts no expression):
 * the conversion `(*mut [N]T)(s)`, `(*mut int)(nil)`; `*T` stays a
 * dereference that sema reads as a type when T names one */
unary(A) ::= MUL(S) MUT type(T).         { A = mk_type_expr(p, mk_tptr(p, S, T, true)); }

primary(A) ::= operand(X).               { A = X; }
primary(A) ::= primary(X) DOT IDENT(N).  { A = mk_field(p, X, N); }
primary(A) ::= primary(X) DOT IDENT(N) LBRACE(L) elems(E) RBRACE(R). { A = mk_qual_composite(p, X, N, L, E, R); }
primary(A) ::= primary(X) DOT LPAREN(L) type(T) RPAREN(R). { A = mk_assert(p, X, L, T, R); }
primary(A) ::= primary(X) DOT LPAREN(L) TYPE RPAREN(R). { A = mk_assert(p, X, L, NULL, R); }
primary(A) ::= primary(X) LBRACK expr(I) RBRACK(R). { A = mk_index(p, X, I, R); }
primary(A) ::= primary(X) LBRACK optexpr(L) COLON optexpr(H) RBRACK(R). { A = mk_slice(p, X, L, H, NULL, R); }
primary(A) ::= primary(X) LBRACK optexpr(L) COLON expr(H) COLON expr(M) RBRACK(R). { A = mk_slice(p, X, L, H, M, R); }
primary(A) ::= primary(X) LPAREN(L) args(E) RPAREN(R). { A = mk_call(p, X, L, E, R); }
primary(A) ::= primary(X) LPAREN(L) exprlist(E) ELLIPSIS RPAREN(R). { A = mk_call(p, X, L, E, R); if (A) A->u.call.spread = true; }
primary(A) ::= primary(X) LPAREN(L) exprlist(E) ELLIPSIS COMMA RPAREN(R). { A = mk_call(p, X, L, E, R); if (A) A->u.call.spread = true; }

operand(A) ::= INT(T).                   { A = mk_int(p, T); }
operand(A) ::= FLOAT(T).                 { A = mk_float(p, T); }
operand(A) ::= STRING(T).                { A = mk_string(p, T); }
operand(A) ::= IDENT(T).                 { A = mk_name(p, T); }
operand(A) ::= LPAREN(L) expr(X) RPAREN(R). { A = mk_paren(p, L, X, R); }
operand(A) ::= IDENT(T) LBRACE(L) elems(E) RBRACE(R). { A = mk_composite(p, mk_tname(p, T), L, E, R); }
operand(A) ::= littype(T) LBRACE(L) elems(E) RBRACE(R). { A = mk_composite(p, T, L, E, R); }
operand(A) ::= littype(T).               { A = mk_type_expr(p, T); }
/* a func type as an operand, Go's `(func(int) int)(f)` and `func() int(x)`:
 * followed by `{` (or the header's body) it is a func literal instead */
operand(A) ::= FUNC(K) LPAREN params(P) RPAREN(E) fresult(R). [TYPELOW]
    { TypeExpr *t = mk_tfunc(p, K, P, R); if (!R) t->span = span_join(t->span, E.span); A = mk_type_expr(p, t); }
operand(A) ::= FUNC(K) LPAREN params(P) RPAREN fresult(R) block(B). { A = mk_funclit(p, K, P, R, B); }
operand(A) ::= FUNC(K) LPAREN params(P) RPAREN fresult(R) body(B).  { A = mk_funclit(p, K, P, R, B); }

littype(A) ::= LBRACK(L) RBRACK type(T). { A = mk_tslice(p, L, T); }
littype(A) ::= LBRACK(L) expr(N) RBRACK type(T). { A = mk_tarray(p, L, N, T); }
littype(A) ::= LBRACK(L) ELLIPSIS RBRACK type(T). { A = mk_tarray(p, L, NULL, T); }
littype(A) ::= STRUCT(K) LBRACE fields(F) RBRACE(R). { A = mk_tstruct(p, K, F, R); }
littype(A) ::= MAP(K) LBRACK type(X) RBRACK type(V). { A = mk_tmap(p, K, X, V); }
/* interface{}(x), any's spelled-out form: a conversion, never a literal
   (sema rejects `interface{}{}` as go1.19 does) */
littype(A) ::= INTERFACE(K) LBRACE imethods(M) RBRACE(R). { A = mk_tiface(p, K, M, R); }

exprlist(A) ::= expr(X).                 { memset(&A, 0, sizeof A); vec_push(&p->c->arena, &A, X); }
exprlist(A) ::= exprlist(L) COMMA expr(X). { A = L; vec_push(&p->c->arena, &A, X); }
args(A) ::= .                            { memset(&A, 0, sizeof A); }
args(A) ::= exprlist(L).                 { A = L; }
args(A) ::= exprlist(L) COMMA.           { A = L; }

elems(A) ::= .                           { memset(&A, 0, sizeof A); }
elems(A) ::= elemlist(L).                { A = L; }
elems(A) ::= elemlist(L) COMMA.          { A = L; }
elemlist(A) ::= expr(V).                 { memset(&A, 0, sizeof A); A = elem_push(p, A, NULL, V); }
elemlist(A) ::= expr(K) COLON expr(V).   { memset(&A, 0, sizeof A); A = elem_push(p, A, K, V); }
elemlist(A) ::= LBRACE(L) elems(E) RBRACE(R). { memset(&A, 0, sizeof A); A = elem_push(p, A, NULL, mk_elided(p, L, E, R)); }
elemlist(A) ::= expr(K) COLON LBRACE(L) elems(E) RBRACE(R). { memset(&A, 0, sizeof A); A = elem_push(p, A, K, mk_elided(p, L, E, R)); }
elemlist(A) ::= elemlist(X) COMMA expr(V). { A = elem_push(p, X, NULL, V); }
elemlist(A) ::= elemlist(X) COMMA expr(K) COLON expr(V). { A = elem_push(p, X, K, V); }
elemlist(A) ::= elemlist(X) COMMA LBRACE(L) elems(E) RBRACE(R). { A = elem_push(p, X, NULL, mk_elided(p, L, E, R)); }
elemlist(A) ::= elemlist(X) COMMA expr(K) COLON LBRACE(L) elems(E) RBRACE(R). { A = elem_push(p, X, K, mk_elided(p, L, E, R)); }
/* an elided composite key: map[P]string{{1, 2}: "a"} */
elemlist(A) ::= LBRACE(L) elems(E) RBRACE(R) COLON expr(V). { memset(&A, 0, sizeof A); A = elem_push(p, A, mk_elided(p, L, E, R), V); }
elemlist(A) ::= LBRACE(L) elems(E) RBRACE(R) COLON LBRACE(L2) elems(E2) RBRACE(R2). { memset(&A, 0, sizeof A); A = elem_push(p, A, mk_elided(p, L, E, R), mk_elided(p, L2, E2, R2)); }
elemlist(A) ::= elemlist(X) COMMA LBRACE(L) elems(E) RBRACE(R) COLON expr(V). { A = elem_push(p, X, mk_elided(p, L, E, R), V); }
elemlist(A) ::= elemlist(X) COMMA LBRACE(L) elems(E) RBRACE(R) COLON LBRACE(L2) elems(E2) RBRACE(R2). { A = elem_push(p, X, mk_elided(p, L, E, R), mk_elided(p, L2, E2, R2)); }
