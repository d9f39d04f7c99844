/*
 * check.h: private to the checker (check_*.c, scope.c, const.c); the
 * sema layer's interface is sema.h.
 *
 * A Checker walks the program once: package declarations are collected
 * first (so order does not matter), types and signatures resolved, then
 * every body checked with a chain of block scopes above the package scope
 * and the universe.
 */
#ifndef ML0_CHECK_H
#define ML0_CHECK_H

#include "sema.h"

typedef struct Scope {
    struct Scope *parent;
    VEC(Symbol *) syms;
} Scope;

/* A compile-time constant value. */
typedef enum { CV_NONE, CV_INT, CV_FLOAT, CV_BOOL, CV_STRING } ConstKind_;
typedef struct ConstVal {
    ConstKind_ kind;
    int64_t i;          /* CV_BOOL; CV_INT/CV_FLOAT: the low 64 bits of n's
                           integer part (exact when const_i64 says so) */
    double f;           /* CV_INT/CV_FLOAT: n rounded to a double */
    Str s;              /* CV_STRING */
    Num n;              /* CV_INT/CV_FLOAT: the exact value (CV_INT: an integer) */
} ConstVal;

/* check_flow.c: jump targets of one function body. */
typedef struct Breakable { Stmt *stmt; Sym label; } Breakable;  /* for, range, switch */
typedef struct LabelDef {
    Sym name;
    Stmt *stmt;                 /* the S_LABELED */
    Stmt *block;                /* the block whose statement list holds it */
    int idx;                    /* its index there */
    bool used;
    bool looping;               /* a goto to it follows it in the source */
} LabelDef;
typedef struct FlowBlock { Stmt *blk; int idx; } FlowBlock; /* idx: statement being checked */
typedef struct Flow {
    VEC(Breakable) brk;         /* enclosing breakable statements, innermost last */
    VEC(LabelDef) labels;       /* every label of the body, collected first */
    VEC(FlowBlock) blocks;      /* enclosing blocks, innermost last */
    Sym pending;                /* label for the next flow_push */
    struct Flow *outer;         /* the enclosing function's (func literals) */
} Flow;

/* autotmp.c: a package-level .autotmp_N, numbered when all globals are
 * checked: in the order of (at, seq). */
typedef struct InitTemp {
    Span at;                    /* the declaration being checked */
    int seq;                    /* the order it was met in */
    Expr *call;                 /* a call's callee temporary, or */
    Var *var;                   /* a result of f(g()), named by x */
    Expr *x;
} InitTemp;

typedef struct Checker {
    Ctx *c;
    SemaInfo *s;
    Symbol **pkg;               /* package scope: open-addressed by name */
    int pkg_cap, pkg_len;
    VEC(Symbol *) universe;
    Scope *scope;               /* innermost block scope, NULL at package level */
    FuncInfo *fn;               /* function being checked */
    int loops;                  /* enclosing loops (break/continue) */
    int labels;                 /* looping labels met so far in the
                                   function (a goto after the label makes
                                   a loop Go counts; LabelDef.looping) */
    int stmt_seq;               /* statements begun so far: names the one
                                   being checked (Var.reassigned_seq) */
    Flow *flow;                 /* the body being checked: labels, jump targets */
    int nlits;                  /* func literals in the current top-level func */
    Span init_at;               /* the global whose initializer is checked */
    VEC(InitTemp) init_temps;   /* package-level .autotmp_N (autotmp.c) */
    int depth;                  /* recursion guard */
    VEC(Symbol *) imports;      /* file scope: one SYM_PACKAGE per import */
    int64_t iota;               /* the const spec being checked: its index in
                                   its group; -1 outside constant declarations */
    Symbol *iota_sym;           /* the universe's iota (its cval holds iota) */
    bool in_lhs;                /* checking an assignment's left side: the
                                   captures it makes wait in lhs_captures */
    VEC(FuncInfo *) lhs_fns;    /* ... (each literal, the var it captures) */
    VEC(Var *) lhs_vars;
    bool has_call;              /* go1.19's hasCallOrRecv: a function call
                                   (or a builtin with a non-constant result)
                                   was checked since builtin_len cleared it;
                                   len(array) is constant only without one */
} Checker;

/* scope.c */
void scope_init_universe(Checker *k);
Symbol *scope_lookup(Checker *k, Sym name);
Symbol *scope_lookup_innermost(Checker *k, Sym name);
Symbol *scope_declare(Checker *k, SymbolKind kind, Sym name, Span at);
void scope_push(Checker *k);
void scope_pop(Checker *k);
Symbol *pkg_lookup(Checker *k, Sym name);

/* packages.c */
bool chk_imports(Checker *k, Program *p);   /* false: an unknown package (sema stops) */
bool chk_package_member(Checker *k, Expr *sel);  /* pkg.Name: rewritten to a name */
Type *chk_member_type(Checker *k, Expr *e);
Type *chk_lib_type(Checker *k, const char *qualified, Span at);  /* "strings.Builder" */
Type *chk_writer_type(Checker *k);                               /* io.Writer */
bool chk_writer_assignable(Checker *k, Expr *e, Type *from, const char *context);
bool chk_is_lib_writer(Checker *k, Type *t);                       /* *os.File, *strings.Builder */
Type *chk_lib_method_call(Checker *k, Expr *e, Expr *sel, Type *rt);  /* sb.WriteString(s) */
void chk_unused_imports(Checker *k, Program *p);

/* unused.c: Go's "declared but not used" (Go files) */
typedef struct StoreMark { Var *var; bool used; } StoreMark;
StoreMark chk_store_begin(Checker *k, Expr *lhs);   /* around checking `x` of x = v */
void chk_store_end(StoreMark m);
void chk_stmt_failed(Checker *k, Stmt *s);
void chk_unused_vars(Checker *k, FuncInfo *fi);
void chk_unused_switch_var(Checker *k, Stmt *s, Var **clause_vars, int n);

/* iface.c */
void iface_universe(Checker *k);
Type *iface_declare(Checker *k, Decl *d);
void iface_resolve(Checker *k, Type *t);
Type *iface_anon(Checker *k, TypeExpr *te);

/* assert.c */
Type *chk_assert(Checker *k, Expr *e);
void chk_mark_assert_ok(Expr *rhs, int nlhs);
void chk_type_switch(Checker *k, Stmt *s);

/* tuples.c */
bool chk_is_tuple(Type *t);
const char *chk_callee_name(Checker *k, Expr *call);
Type *chk_tuple_type(Checker *k, TypeExpr *te);
void chk_declare_results(Checker *k, FuncInfo *fi, TypeExpr *rte);
bool chk_return_tuple(Checker *k, Stmt *s, Type *want);
void chk_tuple_assign(Checker *k, Stmt *s, bool define);
void chk_tuple_var(Checker *k, Stmt *s, Type *declared);
const char *chk_have_type(Checker *k, Type *t);
const char *chk_args_have_want(Checker *k, ExprList *args, Type *ft);
bool chk_tuple_declared(Checker *k, Expr *call, Type *t, Type *declared);
bool chk_tuple_args(Checker *k, Expr *e, Type *ft, const char *fname, Type *t);

/* bce.c */
void chk_bounds_note(Checker *k, Expr *index, int64_t len);
void chk_bounds_append_arg(Checker *k, Expr *arg, Type *elem);
void chk_bounds_assign(Checker *k, Stmt *s);   /* a, b[i] = x, y; m[k] = x (bce_as2.c) */
int bce_as2_order(Arena *scratch, const BceNote **notes, int n);

/* check_stmt.c */
Span chk_define_op(Checker *k, Stmt *s);

/* spell.c */
Type *chk_spelled(Checker *k, TypeExpr *te, Type *t);
Type *chk_te_spelled(Checker *k, TypeExpr *te, Type *t, Symbol *sym);
Type *chk_rune_word(Checker *k);
Type *chk_result_spelled(Checker *k, FuncInfo *fi, Type *t);
Type *chk_expr_spelled(Checker *k, Expr *e);
Type *chk_init_spelled(Checker *k, Expr *e, Type *t);
void chk_spell_var(Checker *k, Var *v, TypeExpr *te);

/* autotmp.c */
void chk_go_dcl(Checker *k, int n);
void chk_go_dcl_sig(Checker *k, Param *recv, FuncSig *sig);
void chk_call_temps(Checker *k, Expr *call);
void chk_callee_temp(Checker *k, Expr *call);
void chk_tuple_temp(Checker *k, Var *v, Expr *x);
ExprList chk_result_temps(Checker *k, Type *t, Span at);        /* var a, b I = f(): f's results' .autotmp_N */
bool chk_tuple_converts(Type *t, Type *declared);
void chk_number_init_temps(Checker *k);

/* check_decl.c */
Type *chk_type(Checker *k, TypeExpr *te);
Var *chk_new_var(Checker *k, Sym name, Span at, Type *t);
void chk_mark_reassigned(Checker *k, Var *v);
void chk_declare_switch_tag(Checker *k, Stmt *s, Span sp, Type *t); /* check_flow.c: a switch's hidden .tag */
void chk_global(Checker *k, Symbol *sym);
void chk_const_decl(Checker *k, Symbol *sym);

/* check_types.c */
Symbol *chk_declare_type(Checker *k, Decl *d);
Type *chk_type_sym(Checker *k, Symbol *sym);
void chk_struct_fields(Checker *k, Type *t, TypeExpr *te);
Type *chk_struct_type(Checker *k, TypeExpr *te);
void chk_named_layout(Type *t);
void chk_local_type(Checker *k, Stmt *s);
Expr *chk_promote(Checker *k, Expr *x, const Selection *sel);
void chk_no_selector(Checker *k, Expr *e, Type *t, SelKind kind);

/* check_expr.c */
Type *chk_expr(Checker *k, Expr *e, Type *hint);
Type *chk_type_of_expr(Checker *k, Expr *e);     /* expr read as a type, or NULL */
bool chk_assignable(Checker *k, Expr *e, Type *to, const char *context);
bool chk_single_value(Checker *k, Expr *e);    /* not f()'s several values, nor none */
/* The same, naming the target as `shown` spells it (rune, not int32). */
bool chk_assignable_as(Checker *k, Expr *e, Type *to, Type *shown, const char *context);
void chk_set_untyped(Checker *k, Expr *e, Type *to);
bool chk_default(Checker *k, Expr *e, const char *context);  /* untyped to its default type */
bool chk_addressable(Expr *e);
const char *chk_describe(Checker *k, Expr *e);
const char *chk_type_word(Checker *k, Expr *e);     /* "untyped string" for "a" */
bool chk_untyped_operand(Checker *k, Expr *u, Type *to); /* b + 300: fits? */
const char *chk_conv_target_name(Checker *k, Type *to); /* interface{M()} */
bool is_untyped(Type *t);
bool chk_equal_supported(Checker *k, Expr *e, Type *t);
/* x == y (any comparison), operands checked; on: a switch's tag as Go
 * prints it when e is a case test `.tag == v`, else NULL */
Type *chk_comparison(Checker *k, Expr *e, const char *on);
Type *default_type(Checker *k, Type *t);

bool chk_elem_value(Checker *k, Elem *el, Type *want, Type *shown, const char *context);   /* a literal's element */
Type *chk_lit_spelled(Checker *k, Expr *e, Type *t);  /* a composite literal's type as spelled */
Type *chk_composite_as(Checker *k, Expr *e, Type *t);

/* check_map.c */
Type *chk_map_type(Checker *k, TypeExpr *te);
Type *chk_map_index(Checker *k, Expr *e, Type *mt);
Type *chk_map_lit(Checker *k, Expr *e, Type *mt);
Type *chk_map_make(Checker *k, Expr *e, Type *mt);
Type *chk_delete(Checker *k, Expr *e);
void chk_builtin_args_used(Checker *k, Expr *e);   /* a builtin call of the wrong arity (check_call.c) */
bool chk_is_map_index(Expr *e);
bool chk_map_field_store(Checker *k, Expr *e);
void chk_mark_comma_ok(Expr *rhs, int nlhs);

/* check_call.c */
Type *chk_call(Checker *k, Expr *e, Type *hint);
bool chk_method_recv(Checker *k, Expr *sel, Method *m, const Selection *path, Expr **recv, bool *addr,
                     bool *deref);

/* check_defer.c */
Expr *chk_var_expr(Checker *k, Var *v, Span sp);   /* a resolved name of v */

/* methval.c: x.M and T.M without a call */
Type *chk_method_value(Checker *k, Expr *e, Type *t);
Type *chk_method_expr(Checker *k, Expr *e, Type *t);
/* return recv.M(w's params) (methval.c): m a method, else the interface
 * method imethod of recv's interface type; built already checked */
Stmt *chk_forward_call(Checker *k, FuncInfo *w, Expr *recv, Method *m, int imethod, Type *ft, int first,
                       bool addr, bool deref, Span sp);
/* iface_promote.c: the methods promoted from embedded interfaces */
void chk_iface_promotions(Checker *k, Program *p);
void chk_iface_promote_type(Checker *k, Type *t);   /* one struct type (a local one where declared) */
/* pkg.F as a value: e becomes a wrapper literal calling it (methval.c) */
Type *chk_lib_func_value(Checker *k, Expr *e, Symbol *sym);
/* expr_string.c: e as go1.19's type checker prints it in messages
 * (types2 ExprString: x * 3 + 1, T{…}, func(a int) int {…}) */
const char *chk_expr_string(Checker *k, Expr *e);
Type *chk_funclit(Checker *k, Expr *e);

/* check_stmt.c */
void chk_body(Checker *k, FuncInfo *fi, Stmt *body);
void chk_block(Checker *k, Stmt *s);
void chk_stmt(Checker *k, Stmt *s);
bool chk_terminates(Stmt *s);

/* check_defer.c */
void chk_defer(Checker *k, Stmt *s);

/* check_flow.c */
void flow_begin(Checker *k, Flow *f, Stmt *body);
void flow_end(Checker *k, Flow *f);
void flow_block_enter(Checker *k, Stmt *blk);
void flow_block_at(Checker *k, int idx);
void flow_block_exit(Checker *k);
void flow_push(Checker *k, Stmt *s);
void flow_pop(Checker *k);
void chk_labeled(Checker *k, Stmt *s);
void chk_branch(Checker *k, Stmt *s);
void chk_goto(Checker *k, Stmt *s);
void chk_switch(Checker *k, Stmt *s);

/* const.c */
bool const_value(Checker *k, Expr *e, ConstVal *out);
bool const_fits(Checker *k, ConstVal v, Type *t);
Expr *const_expr(Checker *k, ConstVal v, Type *t, Span at);
bool const_fold(Checker *k, Expr *e);   /* e's operands checked: fold it once, report overflow */
bool const_i64(ConstVal v, int64_t *out);        /* an integer that fits int64 */
const char *const_string(Checker *k, ConstVal v);  /* as Go prints it in messages */
ConstVal const_of_num(Checker *k, Num n, bool isfloat);

/* const_num.c: BigInt (big_) and Num (num_), see sema.h */
BigInt big_from_u64(Arena *a, uint64_t v);
BigInt big_from_i64(Arena *a, int64_t v);
int big_bitlen(BigInt a);
int big_cmp(BigInt a, BigInt b);
BigInt big_add(Arena *a, BigInt x, BigInt y);
BigInt big_sub(Arena *a, BigInt x, BigInt y);
BigInt big_neg(BigInt x);
BigInt big_mul(Arena *a, BigInt x, BigInt y);
BigInt big_shl(Arena *a, BigInt x, int64_t n);
BigInt big_shr(Arena *a, BigInt x, int64_t n);
void big_divmod(Arena *a, BigInt x, BigInt y, BigInt *q, BigInt *r);
BigInt big_bitop(Arena *a, Op op, BigInt x, BigInt y);
uint64_t big_low64(BigInt x);
bool big_fits_i64(BigInt x);
const char *big_string(Arena *a, BigInt x);
Num num_int(Arena *a, BigInt n);
Num num_i64(Arena *a, int64_t v);
bool num_is_int(Num x);
bool num_add(Arena *a, Num x, Num y, Num *out);
bool num_sub(Arena *a, Num x, Num y, Num *out);
bool num_mul(Arena *a, Num x, Num y, Num *out);
bool num_quo(Arena *a, Num x, Num y, Num *out);
Num num_neg(Num x);
int num_sign(Num x);
int num_cmp(Arena *a, Num x, Num y);
BigInt num_trunc(Arena *a, Num x);
double num_to_double(Arena *a, Num x);
Num num_from_double(Arena *a, double f);
bool num_parse(Arena *a, const char *s, int len, Num *out);
const char *num_string(Arena *a, Num x, bool isfloat);

#endif
