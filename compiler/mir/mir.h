/*
 * mir.h: the mid-level IR, one header for the mir layer (docs/MIR.md).
 *
 * A Body is one function as a control-flow graph of basic blocks over
 * numbered locals, in the manner of rustc's MIR. Local 0 is the return
 * place; locals 1..nargs are the arguments (for a closure body local 1 is
 * the environment pointer); the rest are user variables and temporaries.
 * Every read, write and borrow names a Place: a local plus projections
 * (deref, field, index). Allocation sites (new, &T{}, box, make, append,
 * concatenation, closures, string conversions) carry an AllocSite that
 * escape analysis decides; an addressed local's Storage is decided the
 * same way. Globals are reached through a CONST_GLOBAL pointer constant.
 *
 * Calls are rvalues inside blocks rather than terminators: no call has a
 * cleanup edge. A panic unwinds only to the frames of functions that
 * defer (Body.has_defer), whose entry branches to a landing block when a
 * panic arrives (mir/build_defer.c, runtime/core/defer.c).
 *
 * Invariants (mir_verify): every block ends in exactly one terminator;
 * every local referenced exists; a user local is StorageLive before use on
 * every path; projection types agree with the local's type.
 */
#ifndef ML0_MIR_H
#define ML0_MIR_H

#include "../sema/sema.h"

typedef int LocalId;
typedef int BlockId;

typedef enum {
#define STMT(k, s) k,
#include "mir_kinds.def"
#undef STMT
    ST__COUNT
} MirStmtKind;

typedef enum {
#define RVALUE(k, s) k,
#include "mir_kinds.def"
#undef RVALUE
    RV__COUNT
} RvalueKind;

typedef enum {
#define TERM(k, s) k,
#include "mir_kinds.def"
#undef TERM
    TM__COUNT
} TermKind;

typedef enum {
#define INTRINSIC(k, s) k,
#include "mir_kinds.def"
#undef INTRINSIC
    IN__COUNT
} IntrinsicKind;

typedef enum {
    LOCAL_RETURN,       /* _0 */
    LOCAL_ARG,          /* parameters (incl. receiver) */
    LOCAL_ENV,          /* closure environment pointer (local 1 of a closure) */
    LOCAL_USER,         /* a named variable */
    LOCAL_TEMP,         /* compiler temporary */
} LocalKind;

typedef enum { STORAGE_STACK, STORAGE_HEAP } Storage;

/* A value lent to a library call (lib_arg_lend): not lent, or borrowed
 * shared (`&x`) or mutably (`&mut x`) for as long as what is made from it
 * is used. */
typedef enum { LEND_NONE, LEND_SHARED, LEND_MUT } LendKind;

typedef struct Local {
    LocalKind kind;
    Type *type;
    Sym name;           /* NULL for temporaries */
    Span span;          /* declaring identifier, or the expression of a temp */
    int scope;          /* index into Body.scopes */
    int loop_depth;     /* loops enclosing the declaration (0 = function level) */
    Var *var;           /* the sema variable, for user locals and args */
    bool addressed;     /* some RV_REF or RV_SLICE of an array borrows it */
    Storage storage;    /* escape analysis: STACK unless it must move to heap
                           (written only in escape/decide.c) */
    struct EscWhy *why; /* what -m says about it and why (escape/decide.c),
                           or NULL */
    int init_site;      /* a temp holding the fresh allocation of this site
                           while it is initialised (&T{...}, box, []T{...}),
                           so stores through it initialise, not escape; -1 */
    LendKind lent;      /* a hidden `~arg` holding an operand of a library
                           call (fmt's, a deferred one's): its one
                           assignment `~arg = move place` lends the place
                           (mir_lends), written only by mir/build_iface.c */
    bool base_temp;     /* a temporary a place is projected from (`*box(1)`,
                           `mk()[0]`, `mk()[1:]`: place_or_temp): in Rust an
                           owned temporary, dropped where its simple statement
                           ends, the point before statement temp_index of
                           block temp_block (stmt_temp), or with the variable
                           of the `:=` / `var` that extends it (let_temp);
                           --borrowck: E0716, E0515 (borrowck/temps.c) */
    bool stmt_temp, let_temp;
    int temp_block, temp_index;
} Local;

typedef enum { PJ_DEREF, PJ_FIELD, PJ_INDEX, PJ_CONST_INDEX } ProjKind;

typedef struct Proj {
    ProjKind kind;
    int field;          /* PJ_FIELD */
    LocalId index;      /* PJ_INDEX: an int local holding the index */
    int64_t const_index;/* PJ_CONST_INDEX */
    Type *type;         /* the type of the place after this projection */
} Proj;

typedef struct Place {
    LocalId local;
    int nproj;
    Proj *proj;         /* arena array of nproj */
} Place;

typedef enum {
    CONST_INT, CONST_FLOAT, CONST_BOOL, CONST_STRING, CONST_NIL,
    CONST_FUNC,         /* a function value: body index, no environment */
    CONST_GLOBAL,       /* the address of global `global` (type *T) */
    CONST_VOID,         /* no value (an absent slice bound, a void result) */
    CONST_EXTERN,       /* a runtime library function (lib/lib.h): ext */
} ConstKind;

typedef struct Const {
    ConstKind kind;
    union {             /* by kind: */
        int64_t i;      /* INT, BOOL */
        double f;       /* FLOAT */
        Str s;          /* STRING */
        int func;       /* FUNC: index into MirProgram.bodies */
        int global;     /* GLOBAL: index into SemaInfo.globals */
        const struct LibMember *ext; /* EXTERN */
    };
} Const;

typedef enum { OPD_COPY, OPD_MOVE, OPD_CONST } OperandKind;

typedef struct Operand {
    OperandKind kind;   /* MOVE for by-value uses of non-Copy types */
    Span span;          /* the source expression (labels in borrow errors) */
    Type *type;
    union {
        Place place;    /* COPY, MOVE */
        Const c;        /* CONST */
    };
} Operand;

typedef VEC(Operand) OperandList;

/* An allocation site: where a heap allocation may happen. */
/* What an allocation site allocates, where a pass must tell them apart
 * (escape's report: append's growth is never reported, a closure's own
 * sites are reported right after it; a slice literal's elements are
 * Go's "slice-literal-element" flows). */
typedef enum SiteKind {
    SITE_VALUE,         /* new, &T{}, make, literals, boxes, conversions */
    SITE_APPEND,        /* append's growth of the backing array */
    SITE_CLOSURE,       /* a func literal's environment */
    SITE_SLICE_LIT,     /* a []T{...} literal's backing array */
    SITE_MAP,           /* make(map[K]V), map[K]V{...}: Go initializes a
                           global's map by code, so -m reports it even in
                           the package initializer */
} SiteKind;

typedef struct AllocSite {
    int id;             /* index in Body.sites */
    SiteKind kind;
    Span span;          /* Go's position for -m (the `&`, `new`, `make`...) */
    const char *desc;   /* Go's rendering: "&Bar{...}", "new(int)",
                           "make([]int, 100)", "func literal", "a + b";
                           set only for -m, --explain and --emit=mir */
    Storage storage;    /* decided by escape analysis; written only in
                           escape/decide.c (esc_require_heap for a
                           later pass's request) */
    struct EscWhy *why; /* what -m says about it and why, with the reasons
                           later passes add (escape/decide.c), or NULL */
    int loop_depth;     /* loops enclosing the allocation */
    bool stmt_temp;     /* a `&T{...}` with non-constant fields that is not
                           the value of a `:=` or `var`: in Rust a temporary
                           that dies at the end of its statement, which is
                           the point before statement temp_index of block
                           temp_block (--borrowck: E0716, E0515) */
    int temp_block, temp_index;
    bool lent_box;      /* an interface's box only lent to a runtime library
                           call, which never keeps it: under --runtime=drop
                           it lives in the frame (docs/packages.md) */
    bool silent;        /* made by the compiler where Go reports nothing
                           (a deferred call's wrapper closure, a box Go
                           does not allocate): -m skips its verdict;
                           written only by bld_site_quiet (site_quiet.c) */
    const char *desc_early; /* a concatenation's desc as go1.19 prints it
                           while building the graph (the calls in it not
                           yet packed: "a" + fmt.Sprint(x)), when it
                           differs; a flow straight to the heap is
                           explained then (report.c) */
    const char *call_desc; /* a variadic call's implicit slice ("...
                           argument"): the call as go1.19 prints it after
                           FixVariadicCall, `f(x, ... argument...)` (-m=2's
                           "call parameter" notes); set with desc */
    bool iface_box;     /* the box of a value converted to an interface:
                           what is stored in it is "interface-converted" */
    bool explicit_conv; /* that conversion written any(x): Go's note quotes
                           the conversion (desc), not x */
    bool variadic;      /* that implicit slice: its elements are Go's
                           "slice-literal-element" flows */
    bool let_temp;      /* such a `&T{...}` extended by its `:=` / `var`: it
                           dies with that variable (--borrowck) */
    bool bounded;       /* escape analysis: heap only for its size (non-
                           constant or too large) and its address never
                           outlives an iteration of its loop, so when the
                           site runs again its last object is dead (the gc
                           runtime reuses it) */
} AllocSite;

/* RV_ASSERT's forms: x.(T) panicking, v, ok := x.(T), a type switch's test. */
typedef enum { ASSERT_PANIC, ASSERT_OK, ASSERT_TEST } AssertMode;

/* Rvalue and MirStmt are kept small (72 and 112 bytes): a large program
 * has millions of statements, and every pass walks them. */
typedef struct Rvalue {
    RvalueKind kind : 8;
    Op op : 8;          /* UNARY, BINARY */
    IntrinsicKind intrinsic : 8;
    bool mut;           /* REF: &mut */
    bool autoref;       /* REF: a method receiver's implicit `&x` / `&mut x`
                           (Rust's autoref: `&mut` is a two-phase borrow) */
    bool consume;       /* APPEND (drop runtime): `x = append(x, ...)`, the
                           appendee's reference moves into the result */
    uint8_t amode;      /* ASSERT: AssertMode */
    bool spread;        /* APPEND: append(x, y...), args[1] is the slice (or
                           string) whose elements are appended, read only */
    bool slice_conv;    /* REF: (*[N]T)(s), place s[0]: codegen checks
                           len(s) >= N (not the index) and yields s's data
                           pointer; escape flows s itself (Go's OSLICE2ARRPTR),
                           the borrow checker sees the borrow `&s[0]` */
    int range_x;        /* USE: a range statement's value, 1 + the local of
                           the ranged copy (a slice, *[N]T or string; 0:
                           none): Go flows that copy's content into the
                           value whatever the value's type (range-deref) */
    Span span;
    int site;           /* ALLOC, MAKE_SLICE, APPEND, CONCAT, STR_CONV,
                           CLOSURE, SLICE-of-array: AllocSite index, or -1 */
    Type *type;         /* the value's type */
    Place place;        /* REF, LEN, CAP, SLICE */
    OperandList args;   /* operands, in the order documented per kind */
    union {
        Type *elem;     /* ALLOC: the pointee; MAKE_SLICE: element;
                           IFACE: the dynamic type (its descriptor) */
        int func;       /* CLOSURE: body index; ICALL: the method's index */
    };
} Rvalue;

typedef struct MirStmt {
    MirStmtKind kind : 8;
    bool self_assign : 1; /* ASSIGN: Go's isSelfAssign (`b.f = b.f[i:j]`):
                             escape analysis ignores the store; local is
                             its entry in Body.self_assigns */
    bool range_value : 1; /* ASSIGN: a range loop's value read from the
                             range's copy of x (Go's ORANGE; span: the
                             whole statement): -m=2 notes it "for loop
                             (range-deref)" and names the copy {temp} */
    bool blank_value : 1; /* EVAL: `_ = x`, Go's assignment to the blank
                             (escape: a call's results have a hole) */
    LocalId local;      /* STORAGE_LIVE, STORAGE_DEAD; DROP: its drop flag, or -1 */
    Span span;
    Place place;        /* ASSIGN destination; DROP: the value dropped */
    Rvalue rv;          /* ASSIGN, EVAL */
} MirStmt;

typedef struct Terminator {
    TermKind kind;
    bool const_if;      /* BRANCH on a constant, from an `if` condition: Go
                           removes the dead arm before escape analysis */
    Span span;
    Operand cond;       /* BRANCH */
    BlockId target;     /* GOTO, DROP; BRANCH: then */
    BlockId els;        /* BRANCH */
    Place place;        /* DROP */
} Terminator;

/* A block's statements; a pass that rewrites a block builds a new list
 * (passing it as MirStmtList *, not void *) and puts it in place. */
typedef VEC(MirStmt) MirStmtList;

typedef struct Block {
    MirStmtList stmts;
    Terminator term;
    int loop_depth;
} Block;

typedef struct Scope {
    int parent;         /* -1 for the function's outermost scope */
    Span span;
} Scope;

/* A self-assignment as -m reports it: at the '=', the statement's text. */
typedef struct SelfAssign {
    Span at;
    const char *text;
} SelfAssign;

/* A conversion to an interface that allocates nothing (a pointer in the
 * interface word): go1.19's position of it (the OCONVIFACE, -m=2's
 * "interface-converted" note), by the converted expression's span. */
typedef struct IfaceAt {
    Span expr;
    Span at;
    const char *what;   /* an explicit any(x): its text; else NULL (x's) */
} IfaceAt;

/* A call Go quotes otherwise than its source (a method call x.M(a) is
 * (*T).M(x, a) after go1.19's FixMethodCall): -m=2's "call parameter"
 * notes quote text, found by the call's span. */
typedef struct GoCallText {
    Span call;
    const char *text;
} GoCallText;

/* A value the package initializer stores at run time, as go1.19's
 * staticinit leaves it (mir/init_plan.c): -m=2 explains what the value
 * allocates as assigned straight to the package data (the heap), noted
 * `counts = make([]int, 2)` at the variable's name, or
 * `(*int)(main..stmp_0@0) = new(int)` for a dynamic part of a literal laid
 * out as static data. Found by the value's span and type. */
typedef struct InitStore {
    Span value;
    Type *type;
    const char *text;
    Span at;
} InitStore;

typedef struct Body {
    Sym name;           /* symbol name: "main", "User.rename", "main.func1" */
    int index;          /* in MirProgram.bodies */
    FuncInfo *fi;
    Span span;
    int nargs;          /* locals 1..nargs are arguments */
    bool has_env;       /* closure: local 1 is the environment pointer */
    Type *env_type;     /* closure: struct of pointers to captured vars */
    Type *fn_type;      /* T_FUNC as seen by callers (no receiver/env) */
    VEC(Local) locals;
    VEC(Block) blocks;  /* block 0 is the entry */
    VEC(Scope) scopes;
    VEC(AllocSite) sites;
    VEC(SelfAssign) self_assigns; /* statements marked self_assign */
    VEC(IfaceAt) iface_at; /* -m=2, --explain: pointer conversions' positions */
    VEC(GoCallText) call_texts; /* -m=2, --explain: calls Go quotes rewritten */
    VEC(InitStore) init_stores; /* the initializer, -m=2, --explain: its
                                   run-time stores (init_plan.c) */
    VEC(int) callees;   /* bodies it names (calls, function values,
                           closures), as built: the call graph's edges
                           (mir_verify checks the list is complete) */
    bool is_init;       /* the package initializer */
    bool has_defer;     /* defers: a frame record and a landing block
                           (mir/build_defer.c) */
    int parent;         /* closure: the enclosing body's index; else -1 */
    bool *byval;        /* closure: per capture, captured by value (Go's rule:
                           never reassigned nor addressed, <= 128 bytes) */
    bool recv_leaks;    /* escape: a method whose receiver pointer itself
                           outlives the call ("leaking param: f", derefs 0);
                           the drop runtime rejects such a drop method */
    bool *borrowed;     /* --runtime=drop: per local, an argument the callee
                           only reads (callers lend it: no count); or NULL */
} Body;

/* An index expression gc's order evaluates ahead of its statement, in the
 * rank-th temporary initialisation of the program (build_order.c). */
typedef struct EarlyIndex { Expr *index; int rank; } EarlyIndex;

typedef struct MirProgram {
    SemaInfo *sema;
    VEC(Body *) bodies; /* sema->funcs in order, then func literals, then init */
    int main_body;
    int init_body;      /* -1 if no global has an initializer */
    VEC(int) user_inits; /* bodies of the func init()s, run after init_body */
    bool proven;        /* --runtime=drop: the program passes the borrow
                           checker, so moves transfer ownership */
    bool decided;       /* escape analysis has written every storage
                           decision (esc_finish) */
    bool counted;       /* --runtime=drop: drops and reference counts were
                           elaborated (drop/elaborate.c) */
    VEC(EarlyIndex) early; /* build_order.c: sorted by index at mir_finish */
} MirProgram;

/* ---- build_*.c --------------------------------------------------------- */
/* One function at a time as sema finishes it: mir_begin, then
 * mir_lower_func as sema_check's body_done hook, then mir_finish (which
 * builds the package initializer). */
typedef struct MirBuild MirBuild;
MirBuild *mir_begin(Ctx *c);
void mir_lower_func(void *mb, SemaInfo *s, int func);
MirProgram *mir_program(MirBuild *mb);     /* so far; NULL before any */
MirProgram *mir_finish(MirBuild *mb, SemaInfo *s);
/* Frees the builder's scratch: after mir_finish, or instead of it when the
 * driver stops early (sema errors). Safe to call twice. */
void mir_end(MirBuild *mb);
/* Was the index expression e evaluated ahead of its statement, as gc's
 * order does (build_order.c)? The place of its temporary among all such
 * (0, 1, ...: the order walk meets them in), or -1. mp is a MirProgram;
 * -m's order of "index bounds check elided" lines asks (sema_report_bce). */
int mir_early_rank(void *mp, Expr *e);

/* ---- print.c ----------------------------------------------------------- */
void mir_print(Ctx *c, MirProgram *p, FILE *out);
void mir_print_body(Ctx *c, Body *b, FILE *out);
const char *mir_rvalue_name(RvalueKind k);

/* ---- verify.c ---------------------------------------------------------- */
bool mir_verify(Ctx *c, MirProgram *p, const char *after_pass);
void mir_verify_body(Ctx *c, Body *b, const char *after_pass);

/* ---- callgraph.c ------------------------------------------------------ */
/* Bodies grouped into strongly connected components of the static call
 * graph (a closure is always in its enclosing body's component), callees'
 * components before callers': Go's VisitFuncsBottomUp order. */
typedef struct SccList {
    int count;          /* number of components */
    int *start;         /* component k is bodies[start[k] .. start[k+1]) */
    int *bodies;        /* body indices, grouped */
} SccList;
SccList mir_bottom_up(Ctx *c, MirProgram *p);
/* The same walk over one group, {body} + bodies [first, last) (a function
 * and its func literals), from body, ignoring edges that leave the group;
 * a group not all reached from body has fewer members in the list. */
SccList mir_group_components(Arena *a, MirProgram *p, int body, int first, int last);

/* ---- dataflow.c -------------------------------------------------------- */
/* A forward "may" analysis (union at joins) over one body. The caller
 * fills entry[0] and supplies the transfer function; after solving,
 * entry[bb] is the state on entry to every block. */
typedef struct Dataflow {
    Body *body;
    int nbits;
    BitSet *entry;                  /* per block */
    void *ctx;
    void (*transfer)(void *ctx, BitSet *state, Block *bb, int block);
} Dataflow;
void mir_dataflow_init(Ctx *c, Dataflow *df, Body *b, int nbits);
void mir_dataflow_solve(Ctx *c, Dataflow *df);

/* ---- liveness.c -------------------------------------------------------- */
/* Backward liveness of whole locals: per block, live on entry and exit. */
typedef struct Liveness {
    BitSet *in, *out;
} Liveness;
Liveness mir_liveness(Ctx *c, Body *b);
void mir_live_stmt(BitSet *live, MirStmt *st);   /* live after st -> live before */
void mir_live_term(BitSet *live, Terminator *t); /* what the terminator reads */

/* ---- visit: walking a body (macros and inline functions) ------------- */
/* The loops every pass writes, written once. Blocks and statements:
 *
 *   mir_foreach_block(b, bb) { ... }        Block *bb over b's blocks, in order
 *   mir_foreach_stmt(b, bb, st) { ... }     every MirStmt *st, block by block
 *   mir_foreach_stmt_in(bb, st) { ... }     the statements of one block
 *   mir_foreach_operand(rv, o) { ... }      Operand *o over an rvalue's args
 *   mir_foreach_operand_from(rv, 1, o)      ... skipping the first (a callee)
 *
 * mir_block_id(b, bb), mir_stmt_index(bb, st) and mir_operand_index(rv, o)
 * give the numbers back.
 * (mir_foreach_stmt is two nested loops: `break` leaves the block only.)
 * The body must not gain blocks, nor the block statements, during the walk
 * (a pass that rewrites a block builds a new statement list beside it).
 * They are macros so the hot loops (keep_body, codegen) stay plain loops. */
/* (an empty vector's data may be NULL, and NULL + 0 is undefined in C) */
#define mir_foreach_block(b, bb) \
    for (Block *bb = (b)->blocks.data, *bb##_end_ = (b)->blocks.len ? bb + (b)->blocks.len : bb; bb < bb##_end_; bb++)
#define mir_foreach_stmt_in(bb, st) \
    for (MirStmt *st = (bb)->stmts.data, *st##_end_ = (bb)->stmts.len ? st + (bb)->stmts.len : st; st < st##_end_; st++)
#define mir_foreach_stmt(b, bb, st) mir_foreach_block(b, bb) mir_foreach_stmt_in(bb, st)
#define mir_foreach_operand(rv, o) \
    for (Operand *o = (rv)->args.data, *o##_end_ = (rv)->args.len ? o + (rv)->args.len : o; o < o##_end_; o++)
/* Operand *o over an rvalue's args from index first on (a call's
 * arguments after its callee, append's values after the appendee). */
#define mir_foreach_operand_from(rv, first, o) \
    for (Operand *o = (rv)->args.len ? (rv)->args.data + ((rv)->args.len < (first) ? (rv)->args.len : (first)) : (rv)->args.data, \
                 *o##_end_ = (rv)->args.len ? (rv)->args.data + (rv)->args.len : o; o < o##_end_; o++)
#define mir_block_id(b, bb) ((BlockId)((bb) - (b)->blocks.data))
#define mir_operand_index(rv, o) ((int)((o) - (rv)->args.data))
#define mir_stmt_index(bb, st) ((int)((st) - (bb)->stmts.data))

/* The blocks a terminator may jump to, into succ[0..1]; returns how many
 * (GOTO and DROP: target; BRANCH: target then els; RETURN, UNREACHABLE:
 * none). A pass walks the control-flow graph with
 *   BlockId succ[2]; for (int k = 0, n = mir_term_succs(t, succ); k < n; k++) */
static inline int mir_term_succs(const Terminator *t, BlockId succ[2]) {
    switch (t->kind) {
    case TM_GOTO:
    case TM_DROP: succ[0] = t->target; return 1;
    case TM_BRANCH: succ[0] = t->target; succ[1] = t->els; return 2;
    default: return 0;
    }
}

/* Does this rvalue name a place of its own (Rvalue.place) besides its
 * operands? REF borrows it; LEN and CAP read its header; SLICE borrows the
 * array or reads the slice it reslices. */
static inline bool mir_rvalue_has_place(const Rvalue *rv) {
    return rv->kind == RV_REF || rv->kind == RV_LEN || rv->kind == RV_CAP || rv->kind == RV_SLICE;
}

/* Does this statement carry an rvalue (ASSIGN, EVAL)? */
static inline bool mir_stmt_has_rvalue(const MirStmt *st) {
    return st->kind == ST_ASSIGN || st->kind == ST_EVAL;
}

/* Every operand a statement or terminator reads, in order: an ASSIGN's or
 * EVAL's rvalue arguments; a BRANCH's condition. */
typedef void MirOperandFn(void *ctx, Operand *o);
static inline void mir_visit_operands(MirStmt *st, MirOperandFn *fn, void *ctx) {
    if (mir_stmt_has_rvalue(st))
        mir_foreach_operand(&st->rv, o)
            fn(ctx, o);
}
static inline void mir_visit_term_operands(Terminator *t, MirOperandFn *fn, void *ctx) {
    if (t->kind == TM_BRANCH)
        fn(ctx, &t->cond);
}

/* Every place a statement names, with what the statement does to it, in
 * this order: the ASSIGN's destination (PLACE_WRITE), the places of the
 * rvalue's non-constant operands (PLACE_READ, a copy or move), the
 * rvalue's own place (PLACE_BORROW: REF, LEN, CAP, SLICE), and the place
 * a RETAIN or DROP statement counts (PLACE_RETAIN, PLACE_DROP). A DROP's
 * flag and the STORAGE_ statements name locals, not places: not visited. */
typedef enum { PLACE_WRITE, PLACE_READ, PLACE_BORROW, PLACE_RETAIN, PLACE_DROP } MirPlaceUse;
typedef void MirPlaceFn(void *ctx, Place *p, MirPlaceUse use);
static inline void mir_visit_places(MirStmt *st, MirPlaceFn *fn, void *ctx) {
    if (st->kind == ST_RETAIN || st->kind == ST_DROP) {
        fn(ctx, &st->place, st->kind == ST_RETAIN ? PLACE_RETAIN : PLACE_DROP);
        return;
    }
    if (!mir_stmt_has_rvalue(st))
        return;
    if (st->kind == ST_ASSIGN)
        fn(ctx, &st->place, PLACE_WRITE);
    mir_foreach_operand(&st->rv, o)
        if (o->kind != OPD_CONST)
            fn(ctx, &o->place, PLACE_READ);
    if (mir_rvalue_has_place(&st->rv))
        fn(ctx, &st->rv.place, PLACE_BORROW);
}

/* ---- util.c ------------------------------------------------------------ */
Type *mir_place_type(Body *b, Place p);
bool place_is_local(Place p);           /* no projections */
bool place_has_deref(Place p);          /* reached through a pointer */
/* Go's types.IsDirectIface: a pointer, map or func, or a struct of one
 * field / array of one element that is; Go keeps such a value in the
 * interface's data word (ml0c boxes the last three; escape analysis and
 * -m follow Go: no allocation reported, no dereference on assertion). */
bool mir_go_direct_iface(Type *t);
/* Per local: the global whose address a temporary holds (`_t = const &g`),
 * or -1 (for every non-temporary too). */
int *mir_global_temps(Ctx *c, Body *b);
Place place_local(LocalId l);
/* lends.c: does operand o of st lend a place to a library call (`~arg =
 * move s` of a hidden lent local, a library function's argument) rather
 * than move it? LEND_NONE for a move, a read, or a Copy value. */
LendKind mir_lends(Body *b, MirStmt *st, Operand *o);
/* How library function m takes its argument i (lib_arg_lend). */
LendKind mir_lib_lend(const struct LibMember *m, int i);

/* go1.19's %v of an expression, as its -m lines print it (go_print.c;
 * escape/ quotes a deferred call's wrapper call with it). */
const char *go_expr_text(Ctx *c, Expr *e);
/* go1.19's %v of a statement (`a := t[len(t) * 2:]`): escape/'s notes;
 * unfixed: before escape analysis packs the variadic calls in it. */
const char *go_stmt_text(Ctx *c, Stmt *s, bool unfixed);
/* the same before escape analysis packs the variadic calls in it */
const char *go_expr_text_unfixed(Ctx *c, Expr *e);
/* go1.19's %v of a case clause (`case T: x = v; n += 1`); bound: a type
 * switch's, whose first statement (sema's binding) Go has not. */
const char *go_case_text(Ctx *c, CaseClause *cl, bool bound);

#endif
