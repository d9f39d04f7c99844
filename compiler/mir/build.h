/*
 * build.h: private to the MIR builder (build_*.c); not part of the mir
 * layer's interface (that is mir.h).
 *
 * A Builder lowers one function body at a time. Its vectors grow in a
 * scratch arena; a finished body is copied, exactly sized, into the
 * context arena, and the scratch is reused for the next function. It keeps the block being
 * filled (cur; -1 after a return/break, when following code is
 * unreachable and goes to a fresh block nobody jumps to), the scope stack
 * of live user locals (so scope exits, break, continue and return emit
 * StorageDead in reverse declaration order), and the loop stack.
 */
#ifndef ML0_MIR_BUILD_H
#define ML0_MIR_BUILD_H

#include "mir.h"

typedef struct Loop {
    BlockId brk, cont;      /* break and continue targets (cont -1: a switch) */
    int live_mark;          /* live-stack height at loop entry */
    struct Loop *outer;
    Stmt *stmt;             /* the for/range/switch (sema's jump targets) */
} Loop;

/* build_flow.c: a label's block, and the live-stack height there (-1
 * until the label is lowered: a forward goto computes it, see there). */
typedef struct LabelBlock { Stmt *labeled; BlockId bb; int mark; } LabelBlock;
/* An enclosing block statement and the live-stack heights at its entry
 * and at the start of the statement being lowered in it. */
typedef struct OpenBlock { Stmt *blk; int entry, at; } OpenBlock;

/* FuncInfo* -> body index, for direct calls and function values. */
typedef struct FuncMap {
    FuncInfo **keys;
    int *vals;
    int cap;
} FuncMap;

/* A body named at a source position: the call graph's edges in Go's
 * order (keep_body). */
typedef struct BodyRef { Span at; int body; } BodyRef;

/* build_order.c: an expression evaluated ahead of its statement's other
 * operands (Go's order), and its value. */
typedef struct Hoisted {
    Expr *e;
    Operand o;
    bool iface;             /* e converted to an interface (a call argument) */
    bool used;
    int site_lo, site_hi;   /* the sites made while hoisting it (bld_site_seq) */
} Hoisted;

typedef struct ConvList {
    Expr *const *list;      /* the marked elements (NULL: none) */
    int n;
    bool names_only;        /* only the plain variables among them */
    Span at;
} ConvList;

typedef struct Builder {
    Ctx *c;
    SemaInfo *s;
    MirProgram *mp;
    FuncMap *funcs;
    Body *b;
    FuncInfo *fi;
    BlockId cur;
    int scope;
    int loop_depth;
    Loop *loop;
    Arena *tmp;             /* scratch, reset after each top-level function:
                               the body's growing vectors and operand lists
                               live here until bld_function copies them,
                               exactly sized, into the context arena */
    int depth;              /* bodies being lowered (func literals nest) */
    LocalId *var_local;     /* Var.index -> local, for fi's own vars */
    VEC(LocalId) live;      /* user locals alive, in declaration order */
    int nlits;              /* func literals lowered so far (naming) */
    bool in_if_cond;        /* lowering an if's condition (const_if) */
    VEC(LabelBlock) labels; /* build_flow.c: labels of this body */
    VEC(OpenBlock) blocks;  /* enclosing blocks, innermost last */
    BlockId fall;           /* fallthrough target of the clause being lowered */
    LocalId defer_landed;   /* build_defer.c: defer_enter's result (-1) */
    int concat_site1;       /* site + 1 that the string concatenation being
                               lowered joins, 0 for none: Go's OADDSTR makes
                               a + b + c one allocation */
    VEC(BodyRef) refs;      /* bodies this body names, where (bld_note_ref) */
    VEC(Hoisted) hoisted;   /* build_order.c: this statement's hoisted values */
    int *hoisted_at;        /* open-addressing table: Hoisted index + 1 */
    int hoisted_cap;        /* its size, a power of two (0: none yet) */
    int order_depth;        /* > 0 while lowering inside an ordered expression */
    int early;              /* > 0 while lowering one ahead of its statement */
    VEC(Expr *) early_index;/* index expressions lowered since the last
                               such expression was complete (build_order.c) */
    ConvList conv;          /* go_list_conv: the list whose conversions share a position */
    bool explicit_box;      /* the next box is an explicit conversion's
                               (any(x)): its site's explicit_conv */
    bool cmp_box;           /* the next box is a comparison operand's, which
                               go1.19 does not convert (lower_cmp_to_iface) */
    VEC(int) site_seq;      /* per site of b: its place in -m's order, which
                               is the order the sites would have been made in
                               without hoisting (build_order.c) */
    int site_clock;         /* the next site_seq */
    ExprList init_static;   /* build_init: the operands of the package
                               variable being initialized that go1.19 lays
                               out as static data (mir_note_init_static) */
    int init_stmp;          /* init_plan.c: go1.19's next main..stmp_N */
} Builder;

/* build.c: bodies, locals, blocks, statements, scopes */
Arena *bld_arena(Builder *B);      /* what outlives the builder */
Arena *bld_tmp(Builder *B);        /* what is copied or dropped at body end */
LocalId bld_temp(Builder *B, Type *t, Span sp);
LocalId bld_user_local(Builder *B, Var *v);
BlockId bld_block(Builder *B);
void bld_goto(Builder *B, BlockId target, Span sp);
void bld_branch(Builder *B, Operand cond, BlockId t, BlockId f, Span sp);
void bld_terminate(Builder *B, TermKind k, Span sp);
void bld_switch_to(Builder *B, BlockId bb);
void bld_assign(Builder *B, Place dst, Rvalue rv, Span sp);
void bld_mark_range_value(Builder *B);
void bld_eval(Builder *B, Rvalue rv, Span sp);
void bld_storage(Builder *B, MirStmtKind k, LocalId l, Span sp);
int bld_scope_enter(Builder *B, Span sp);     /* returns live mark */
void bld_scope_exit(Builder *B, int mark, Span sp);
void bld_kill_to(Builder *B, int mark, Span sp); /* StorageDead, keep list */
int bld_site(Builder *B, Span sp, const char *desc);
bool bld_all_const_elems(Expr *lit);
int bld_body_of(Builder *B, FuncInfo *fi);
/* B's body names `body` (a call's callee, a function value, a func
 * literal) in the expression starting at `at`. */
void bld_note_ref(Builder *B, int body, Span at);
Body *bld_new_body(Builder *B, Sym name, FuncInfo *fi, Span sp);
void bld_function(Builder *outer, FuncInfo *fi, Body *b, Stmt *body);
bool bld_capture_byval(Var *v);

/* build_expr.c */
Rvalue rv_new(RvalueKind k, Type *t, Span sp);
void rv_arg(Builder *B, Rvalue *rv, Operand op);
Operand opd_const_int(Type *t, int64_t v);
Operand opd_const(ConstKind k, Type *t);
Operand opd_place(Builder *B, Place p, Type *t);
Operand opd_copy(Place p, Type *t);
Place place_project(Builder *B, Place base, ProjKind k, int field, LocalId idx, Type *t);
Place lower_place(Builder *B, Expr *e);
Place place_of_var(Builder *B, Var *v);
Place place_or_temp(Builder *B, Expr *e);
void mark_addressed(Builder *B, Place p);
Operand opd_temp(Builder *B, Rvalue rv, Span sp);
Operand lower_operand(Builder *B, Expr *e, Type *want);
Rvalue lower_rvalue(Builder *B, Expr *e, Type *want);
void lower_into(Builder *B, Place dst, Expr *e, Type *want);
void retype_const_use(Rvalue *rv, Type *want);
void lower_cond(Builder *B, Expr *e, BlockId t, BlockId f);
Operand zero_operand(Builder *B, Type *t, Span sp);
Type *concrete_type(Builder *B, Expr *e, Type *want);
const char *expr_desc(Builder *B, Expr *e);

/* go_print.c: expressions and positions as go1.19's -m prints them
 * (go_expr_text: mir.h) */
const char *go_selector_text(Ctx *c, Expr *x, Sym name);   /* x.name, x parenthesized as Go's */
const char *go_assign_text(Ctx *c, ExprList *lhs, ExprList *rhs);
const char *go_op_assign_text(Ctx *c, Expr *lhs, Op op, Expr *rhs);
Span go_expr_pos(Ctx *c, Expr *e);
Span go_conv_pos(Ctx *c, Expr *call, Expr *e);
Span go_last_pos(Builder *B, Expr *e);

/* self_assign.c: Go's isSelfAssign */
bool go_is_self_assign(Expr *dst, Expr *src);

/* build_call.c */
/* T(x) between types of one underlying type, x non-Copy: x, else NULL */
Expr *bld_same_value_conv(Expr *e);
Rvalue lower_call(Builder *B, Expr *e, Type *want);
Rvalue lower_funclit(Builder *B, Expr *e);
/* build_tuple.c */
void lower_named_results(Builder *B, FuncInfo *fi);
bool lower_return_tuple(Builder *B, Stmt *s);
void lower_tuple_assign(Builder *B, Stmt *s, bool define);
void lower_tuple_var(Builder *B, Stmt *s);
void lower_tuple_args(Builder *B, Expr *call);
void lower_global_tuple(Builder *B, int first);
Place global_dst(Builder *B, int i);   /* build.c */
/* build_iface.c */
Operand lower_to_iface(Builder *B, Expr *e, Type *any, Span at);
/* site_quiet.c: is a site one go1.19's -m says nothing about? (the one
 * writer of AllocSite.silent) */
typedef enum { SITE_FOR_CONV, SITE_FOR_METHOD_VALUE, SITE_FOR_METHOD_EXPR, SITE_FOR_DEFER_WRAPPER } SiteFor;
void bld_site_quiet(Builder *B, int site, SiteFor what, Expr *e);
Operand lower_cmp_to_iface(Builder *B, Expr *cmp, Expr *x, Type *any);  /* t == e's t */
void mir_note_init_static(Builder *B, Expr *e);
/* init_plan.c: package variable i's run-time stores (Body.init_stores) */
void mir_plan_init(Builder *B, int global);
Operand lower_to_iface_lent(Builder *B, Expr *e, Type *any, Span at, LendKind lent);
Operand lower_to_iface_as(Builder *B, Expr *e, Type *any, Span at, LendKind lent, const char *desc);
Operand lower_to_iface_held(Builder *B, Expr *e, Type *any, Span at, LendKind lent, LendKind held,
                            const char *desc);
/* e's value for a library call that lends it (build_iface.c) */
Operand lower_lent_value(Builder *B, Expr *e, LendKind lend);
void lower_call_args(Builder *B, Rvalue *rv, Expr *call, Type *fnt);
Rvalue lower_extern_call(Builder *B, Expr *e);
Span go_pos(Builder *B, Expr *e);
Operand lower_keyed(Builder *B, Elem *el, Expr *x, Type *want);  /* k: v elements */
/* The elements of a statement's list (append's arguments, `return a, b`,
 * `a, b = x, y`) whose implicit conversions to an interface go1.19 places
 * at one position: go_list_conv marks them (returns the previous marks,
 * to give back to go_list_conv_end), go_want_conv_pos answers for one. */
ConvList go_list_conv(Builder *B, Expr *const *xs, int n, Expr *const *ys, int m, bool names_only);
void go_list_conv_end(Builder *B, ConvList saved);
Span go_want_conv_pos(Builder *B, Expr *e);
Span go_var_conv_pos(Builder *B, Stmt *var);  /* var a, b I = x, y: its conversions */
Span go_assign_conv_pos(Builder *B, Expr *lhs, Expr *rhs);  /* lhs = rhs */
Span go_arg_conv_pos(Builder *B, Expr *call, Expr *const *args, int i);  /* f(..., x) to ...any */
Span go_map_key_pos(Builder *B, Expr *m, Expr *key);  /* m[k] with an interface key */

/* build_order.c: Go's order of evaluation (gc's order pass) */
void bld_order(Builder *B, Expr *e, bool hoist_self);
void bld_order_list(Builder *B, ExprList *l, bool hoist_self);
void bld_order_to(Builder *B, Expr *e, bool hoist_self, Type *want);
bool bld_order_plain_lhs(Expr *lhs);
bool bld_hoisted(Builder *B, Expr *e, bool iface, Operand *o);
void bld_order_index(Builder *B, Expr *e);  /* an a[i] is being lowered */
void bld_order_finish(MirProgram *mp);      /* mir_early_rank's table */
void bld_order_done(Builder *B);
void bld_order_sites(Builder *B, Body *b);
Operand lower_iface_arg(Builder *B, Expr *call, int i, Type *any);   /* build_iface.c */

/* build_assert.c */
Rvalue lower_icall(Builder *B, Expr *e);
Rvalue lower_assert(Builder *B, Expr *e);
Operand lower_iface_conv(Builder *B, Expr *e, Type *to);
Operand lower_iface_conv_at(Builder *B, Expr *e, Type *to, Span at);
Operand lower_iface_conv_as(Builder *B, Expr *e, Type *to, Span at, const char *what);
/* build_defer.c */
void lower_defer_entry(Builder *B, Span sp);
void lower_defer_exit(Builder *B, Span sp);
bool lower_defer_return(Builder *B, Stmt *s);
void lower_defer(Builder *B, Stmt *s);
Rvalue lower_recover(Builder *B, Expr *e);

/* build_map.c: map[K]V (intrinsics IN_MAP_*) */
typedef struct MapDst {
    Operand m, k;       /* an assignment's m[k], evaluated first */
    Type *val;          /* the map's value type */
} MapDst;
bool is_map_index(Expr *e);
Rvalue lower_map_index(Builder *B, Expr *e);
MapDst lower_map_dst(Builder *B, Expr *lhs);
void store_map_dst(Builder *B, MapDst d, Operand v, Span sp);
Span map_target_span(Expr *lhs, Span stmt);  /* a tuple assignment's m[k] target: its mapset's span */
void lower_map_assign(Builder *B, Expr *lhs, Expr *rhs, Span sp);
void lower_map_op_assign(Builder *B, Expr *lhs, Op op, Expr *rhs, Span sp);
Rvalue lower_make_map(Builder *B, Expr *e);
Rvalue lower_map_lit(Builder *B, Expr *e);
Rvalue lower_delete(Builder *B, Expr *e);
Rvalue lower_map_len(Builder *B, Expr *x, Span sp);
void lower_map_range(Builder *B, Stmt *s, Place kp, Place vp);

/* build_flow.c */
void lower_switch(Builder *B, Stmt *s);
void lower_labeled(Builder *B, Stmt *s);
void lower_goto(Builder *B, Stmt *s);
void lower_fallthrough(Builder *B, Stmt *s);
void lower_branch(Builder *B, Stmt *s);
void lower_loop_body(Builder *B, Stmt *loop, Stmt *body, BlockId brk, BlockId cont);

/* build_stmt.c */
void lower_block(Builder *B, Stmt *s);
void lower_stmt(Builder *B, Stmt *s);
void lower_body(Builder *B, Stmt *body);

#endif
