/*
 * borrowck.h: the ownership and lifetime checker (--borrowck), one header
 * for the borrowck layer. Detection is kept apart from explanation, as
 * rustc_borrowck does: moves.c, loans.c and temps.c record Conflicts;
 * explain.c turns each into a rustc-style error with a code, labelled
 * spans, notes and help.
 *
 * moves.c checks moves (E0382, E0507; drop_types.c E0509), loans.c
 * borrows and their lifetimes (E0499, E0502, E0503, E0505, E0506, E0597,
 * E0515, E0373, E0594; early_borrows.c those of a call's or store's early borrow),
 * temps.c statement temporaries (E0716, E0515), check.c the signature
 * rule (E0106).
 */
#ifndef ML0_BORROWCK_H
#define ML0_BORROWCK_H

#include "../mir/mir.h"

/* Check every body; reports errors into c. */
void bck_check(Ctx *c, MirProgram *p);
/* The global whose address local t of b holds (`_t = const &g`, the MIR
 * builder's way to reach a global), or -1: one table per body
 * (mir_global_temps), made on first use into *table (start it NULL). */
int bck_global_of(Ctx *c, Body *b, int **table, LocalId t);
/* check.c: does the program pass the checker (every Box, slice and string
 * has a single owner)? Asks quietly: reports nothing. */
bool bck_single_owner(Ctx *c, MirProgram *p);

/* ---- moves.c ----------------------------------------------------------- */

/* A local and the field projections that follow it (proj[0..nfields)). */
typedef struct MovePath {
    LocalId local;
    int nfields;
    Proj *proj;
} MovePath;

/* One `move` of a path. */
typedef struct MoveOut {
    MovePath path;
    Span span;          /* the moved operand */
    int block, index;   /* where: statement index in the block */
    MirStmt *stmt;
    Rvalue *call;       /* the call it is an argument of, or NULL */
    Operand *opd;       /* the moving operand of stmt, or NULL (a closure, f()) */
} MoveOut;

typedef struct MoveSites MoveSites;

typedef struct MoveData {
    MirProgram *prog;
    Body *body;
    VEC(MoveOut) outs;
    MoveSites *sites;   /* move_sites.c's predecessors and dominators */
} MoveData;

MovePath bck_path_of(Body *b, Place p);
bool bck_path_prefix(MovePath a, MovePath b);   /* a contains b */

/* ---- move_sites.c ------------------------------------------------------- */
/* The move-outs among cands a use of q at (block, index) reports, as rustc
 * walks back from it (first move on each path, back edges only when no
 * other); back: those found through a loop's back edge. Returns how many. */
int bck_move_sites(Ctx *c, MoveData *md, BitSet *cands, MovePath q, int block, int index,
                   BitSet *found, BitSet *back);

void bck_collect_moves(Ctx *c, MoveData *md);
void bck_check_moves(Ctx *c, MirProgram *p, Body *b);
bool bck_append_in_place(MirStmt *st, Operand *o);
/* The places (of b) that closure st moves out of its capture o, as Rust's
 * by-value capture: up to max into out; returns how many. */
int bck_closure_moves(Ctx *c, MirProgram *prog, Body *b, MirStmt *st, Operand *o, Place *out, int max);

/* Does `move` operand o of st give the value away (not a lend: a library
 * call's, an interface method's, append in place, a `*mut` reborrow)? */
bool bck_really_moves(Body *b, MirStmt *st, Operand *o);

/* ---- body_moves.c ------------------------------------------------------- */
/* One move closure body f makes: at st, operand o moves place itself, or
 * (nested) o is a capture of the closure st makes and place is one of f's
 * places that closure moves in. */
typedef struct BodyMove {
    MirStmt *st;
    Operand *o;
    Place place;
    bool nested;
} BodyMove;
typedef void (*BodyMoveFn)(void *env, const BodyMove *m);
/* Calls fn for each move body f makes, in statement and operand order. */
void bck_body_moves(Ctx *c, MirProgram *prog, Body *f, BodyMoveFn fn, void *env);

/* ---- closure_moves.c ---------------------------------------------------- */
/* Is local f a closure that moves what it captures (FnOnce: a call
 * consumes it)? Some assignment makes one, or copies such a local. */
bool bck_closure_local_once(Ctx *c, MirProgram *prog, Body *b, LocalId f);
/* Is local f a closure that is not Copy: it moves a capture, or writes or
 * `&mut`-borrows one (it holds `&mut x`)? */
bool bck_closure_local_not_copy(Ctx *c, MirProgram *prog, Body *b, LocalId f);
/* Does operand o of st copy such a closure local somewhere other than a
 * call (its callee or an argument: `&mut f`) or a capture: a move of it? */
bool bck_closure_copy_moves(Ctx *c, MirProgram *prog, Body *b, MirStmt *st, Operand *o);
/* E0507 / E0525: a closure moving a capture that may be called again. */
void bck_check_closure_kinds(Ctx *c, MirProgram *p, Body *b);
/* Is closure body f made where it may run again (passed, stored,
 * returned: not a variable, not run once), so that its moves of captures
 * are E0507 "a captured variable in an `FnMut` closure"? */
bool bck_closure_moves_from_fnmut(Ctx *c, MirProgram *p, Body *f);
/* ---- drop_types.c ------------------------------------------------------- */
/* The struct type with a destructor (a `drop()` method) that moving p
 * moves a field out of (`x.f`, `b.f` of a Box), or NULL. */
Type *bck_drop_type_moved_from(Body *b, Place p);
/* E0509: moving a field out of such a value. */
void bck_check_moves_from_drop_types(Ctx *c, MirProgram *p, Body *b);

/* ---- captures.c --------------------------------------------------------- */
/* In a closure body, the length (2 or 3) of p's prefix naming a captured
 * variable (`(*env).a` by value, `*(*env).a` by reference), or 0. */
int bck_capture_len(Body *b, Place p);
/* The place a temporary holding `&place` borrows (its one `t = &place`). */
bool bck_ref_source(Body *b, LocalId t, Place *out);
/* The places (of b) closure st captures through its operand o, as Rust
 * 2021's precise capture (`p.n` for `|| p.n + 1`): up to max into out,
 * and into mut (unless NULL) whether the body writes or `&mut`-borrows
 * each; returns how many, or 0 when it captures the whole variable. */
int bck_closure_captures(Ctx *c, MirProgram *prog, Body *b, MirStmt *st, Operand *o, Place *out, bool *mut,
                         int max);
/* Is a a prefix of b (same local, same fields and dereferences)? */
bool bck_place_prefix(Place a, Place b);
/* The closure made later in bb (after index j) that captures temp t
 * (a by-reference capture `t = &x`), and its operand, or NULL. */
MirStmt *bck_capturing_closure(Block *bb, int j, LocalId t, Operand **o);

/* ---- iface.c ------------------------------------------------------------ */
/* Does this `move` of an interface operand only lend it (a method call's
 * receiver, an assertion to a Copy type, a type switch's test)? */
bool bck_iface_lends(Body *b, MirStmt *st, Operand *o);
/* Is o an element of a slice or array that only holds pointer interfaces,
 * some `*mut` (a `Vec<&mut dyn T>`)? Passing it is `&mut *ks[i]`, which
 * borrows ks mutably (IndexMut). */
bool bck_iface_elem_mut(Body *b, Operand *o);

/* ---- loans.c (library receivers) ----------------------------------------- */
/* Is `t = &place` (statement st, index j of bb) the receiver of a
 * library method that changes it (`sb.WriteString(s)`: `&mut self`)? */
bool bck_lib_mut_receiver(Body *b, Block *bb, int j, MirStmt *st);

/* ---- result_views.c ----------------------------------------------------- */
/* Per function, the arguments its result may share storage with (be a
 * view of): computed once for the program, before the bodies are checked. */
typedef struct ResultViews ResultViews;
ResultViews *bck_result_views(Ctx *c, MirProgram *p);
/* Does the summary decide for calls of body f (a plain function whose
 * result's Rust twin is an owned value: no reference in it)? */
bool bck_result_summarized(MirProgram *p, int f);
/* May body f's result be a view of its argument arg (its local, 1..nargs)? */
bool bck_result_views_arg(const ResultViews *rv, int f, int arg);
/* Is rv a runtime library call whose result is new storage that cannot
 * hold a borrow of its arguments (a string, a []string, a number: the Rust
 * twin's `format!`, `.to_string()`, `.collect()`)? */
bool bck_fresh_lib_value(Rvalue *rv);

/* ---- range_values.c ----------------------------------------------------- */
/* Is local v a range loop's value of a non-Copy type (every assignment to
 * it `mapval(..)`, an element of the loop's copy of a slice, or a copy of
 * such a variable)? In Rust it is a `&V` (`for (k, v) in &m`, `for v in
 * &vs`, `let w = v`). */
bool bck_range_value(Body *b, LocalId v);
/* E0596/E0594: writes and `&mut` through such a value (or one ranging
 * over an array), through a pointer to it (`p := &mut v`), and `*mut`
 * methods of an interface value of a range loop (p: the methods). */
void bck_check_range_writes(Ctx *c, MirProgram *p, Body *b);
/* E0596 for a write to a map at root, a range value or a field of one
 * (`inner[k] = v`, `s.m[k] = v`); returns whether it reported. */
bool bck_range_map_write(Ctx *c, Body *b, Place root, Span at);
/* E0596 `*v`: a mutable borrow of what range value p.local refers to
 * (a closure writing through it, loans.c). */
void bck_range_report(Ctx *c, Body *b, Place p, Span at);

/* ---- explain.c --------------------------------------------------------- */

/* ---- loans.c ----------------------------------------------------------- */
/* no_lifetime: the signature is E0106's (check.c): returning a reborrow
 * of local data or a temporary is left to that error. */
void bck_check_loans(Ctx *c, MirProgram *p, const ResultViews *views, Body *b, bool no_lifetime);

/* One borrow: `&place`, `&mut place`, a closure's capture, or (temps.c)
 * a temporary `&T{...}`. */
typedef struct Loan {
    Place place;        /* what is borrowed */
    bool mut;
    Span span;
    int block, index;   /* where it is issued */
    bool *holders;      /* per local: may hold the loan */
    LocalId *hlist;     /* the holders, as a list */
    int nh;
    bool escapes;       /* returned, or stored through a parameter or into a
                           global: lives as long as the caller needs */
    bool untracked;     /* through a shared `*T`: nothing conflicts with it */
    bool via_range;     /* untracked as a reborrow through a range value v's
                           `&` (`&v[i]`, a closure reading v): tracked again
                           when v holds no loop loan (a range over a
                           temporary: rustc's E0716; untrack_range_reborrows) */
    bool closure;       /* a closure's capture of a variable */
    bool lib_iface;     /* `&sb` of a strings.Builder made an io.Writer: `&mut` */
    bool unique;        /* a closure's capture of a `*mut` it writes through
                           or passes on: rustc's unique borrow of `*x` */
    bool byvalue;       /* the closure's environment holds a copy of x (Go's
                           by-value capture), so x itself may die */
    bool param;         /* a pointer parameter's own borrow (check_parameters_escape) */
    int activate;       /* a receiver's two-phase `&mut` (rustc): the index, in
                           its block, of the call that activates it; until
                           then reads and shared borrows of the place are
                           fine. -1 for the others */
    bool lent;          /* a place lent to a library call (mir_lends): its
                           holders hold a view of the value, not a pointer
                           to the place */
    bool stored;        /* issued straight into memory: `*q = &x` */
    MirStmt *stored_at; /* the first store making it outlive the call */
    Span inner;         /* a closure's capture stored into another capture
                           (closure_stores.c): the use in the closure body */
    bool reported;
} Loan;

typedef struct LoanData {
    Ctx *c;
    MirProgram *prog;
    const ResultViews *views;   /* which arguments a call's result may view */
    Body *b;
    VEC(Loan) loans;
    Liveness live;      /* per block: locals live on entry and exit */
    struct MapInfo *maps; /* maps.c's per-body tables, made on first use */
    struct ClosureStores *cstores; /* closure_stores.c's summaries, made on first use */
    int *globals;       /* bck_global_of's table, made on first use */
} LoanData;

/* Kinds of access to a place (rustc's ReadKind/WriteKind, simplified). */
typedef enum { ACC_READ, ACC_WRITE, ACC_MOVE, ACC_SHARED, ACC_MUT, ACC_DEAD } BckAccess;

bool bck_place_owned(Body *b, Place p);
Loan bck_new_loan(LoanData *ld, Place p, bool mut, Span sp, int block, int index);
void bck_propagate_holders(LoanData *ld);
bool bck_loan_live(Loan *l, BitSet *live);
BitSet *bck_block_lives(LoanData *ld, int block);
Span bck_later_use(LoanData *ld, Loan *l, int block, int index);

/* Is argument i (1-based) of call rv, a `*mut T`, passed on as `&mut *p`
 * (its parameter is not a shared `*T`)? */
bool bck_reborrows_mut(LoanData *ld, Rvalue *rv, int i);

/* ---- early_borrows.c ---------------------------------------------------- */
/* E0499: a later operand's `&mut` of a place under a call's reserved
 * two-phase borrow (a `*mut` argument's reborrow, append's `&mut v`);
 * E0502/E0499: an index of `v[i] = x` borrowing v (IndexMut's `&mut v`).
 * Run after loans.c's walk: reported are the statements it reported at,
 * whose borrows are not reported again. */
void bck_check_early_borrows(LoanData *ld, MirStmt **reported, int nreported);
/* ---- visit_order.c ------------------------------------------------------ */
/* b's block ids in rustc's borrowck visiting order (reverse postorder,
 * a branch's then/body side last); b->blocks.len of them. */
int *bck_visit_order(Ctx *c, Body *b);

/* ---- push_args.c -------------------------------------------------------- */
/* Is st `v = append(v, *e)` reading loan l's holders for the last time,
 * only to copy pointer-free values (after: the locals live after st)? Its
 * two-phase `&mut v` is then activated after l's region (rustc). */
bool bck_push_last_read(LoanData *ld, Loan *l, MirStmt *st, BitSet *after);
/* The same for a call activating a receiver's two-phase `&mut` (`p.setN(*p.nGet())`). */
bool bck_call_last_read(LoanData *ld, Loan *l, MirStmt *st, BitSet *after);

/* ---- maps.c ------------------------------------------------------------- */
/* How operand o of st accesses a map: 0 not a map access, 1 the access
 * *a to *root (the variable a temporary copy stands for), 2 none (a copy
 * made for an intrinsic, which is the access). */
int bck_map_access(LoanData *ld, MirStmt *st, Operand *o, Place *root, BckAccess *a);
/* `for k, v := range m` borrows m for the loop; m[k] of a non-Copy V
 * borrows m while the entry is used. */
void bck_map_loans(LoanData *ld);
/* `m[k] = v`: m holds v's loans. Returns whether a holder was added. */
bool bck_map_store_holders(LoanData *ld, MirStmt *st);
/* Is get (`_t = mapget(m, k)` of a slice) the read of `m[k] = append(m[k],
 * x...)`, the same map and key: Rust's `m.entry(k).or_default().push(x)`,
 * one mutable borrow of m at the store (no loan, no move out of m[k])? */
bool bck_map_entry_update(Body *b, MirStmt *get);
/* E0596: writes into a map inside a map, or behind a shared pointer. */
void bck_check_map_writes(LoanData *ld);
/* Is st `m[k] = v` or `delete(m, k)`; root: the place its map operand
 * copies (through temporaries). */
bool bck_map_write_root(Body *b, MirStmt *st, Place *root);

/* ---- closure_stores.c ------------------------------------------------- */
/* st makes a closure whose body stores a borrow of one capture (or the
 * pointer it holds) into another (`func() { p = &y }`): the variable
 * stored into holds those loans from here on (rustc's closure region
 * requirements). st is statement `index` of block `block`. Returns
 * whether a holder was added. */
bool bck_closure_store_holders(LoanData *ld, MirStmt *st, int block, int index);
/* Is st (a loan's stored_at) a closure body's store into one of its
 * captures (into capture: the place stored into)? A borrow of the body's own data stored there escapes the
 * closure: E0521. */
bool bck_stored_into_capture(Body *b, MirStmt *st, Place *capture);
/* E0521: in a closure body, `&mut` of a capture stored into another. */
void bck_check_capture_stores(LoanData *ld);
/* y dies at statement index of block (after: the locals live after it)
 * while loan l, a closure's capture of y stored into a variable p, is in
 * scope: does rustc's cause search find the next capture of p before any
 * other use of p (E0373, "closure may outlive the current block")? note:
 * where the closure body stores into p, for rustc's note. */
bool bck_capture_found_first(LoanData *ld, Loan *l, int block, int index, BitSet *after, Span *note);

/* ---- temps.c ----------------------------------------------------------- */
/* `&T{...}` temporaries that die at the end of their statement: E0716 when
 * still borrowed after it, E0515 when returned. */
void bck_check_temporaries(LoanData *ld, bool no_lifetime);
/* Is t a statement temporary a place was projected from (`*box(1)`,
 * `mks()[0]`) that owns its value, so its borrows are temps.c's? */
bool bck_base_temp(LoanData *ld, LocalId t);

typedef enum {
    CONFLICT_USE_MOVED,         /* E0382 */
    CONFLICT_DOES_NOT_LIVE,     /* E0597 */
    CONFLICT_RETURN_LOCAL,      /* E0515 */
    CONFLICT_ASSIGN_BORROWED,   /* E0506 */
    CONFLICT_MOVE_BORROWED,     /* E0505 */
    CONFLICT_USE_BORROWED,      /* E0503 */
    CONFLICT_TWO_MUT,           /* E0499 */
    CONFLICT_MUT_WHILE_SHARED,  /* E0502 */
    CONFLICT_SHARED_WHILE_MUT,  /* E0502 */
    CONFLICT_UNIQUE_WHILE_BORROWED, /* E0500 */
    CONFLICT_BORROW_WHILE_UNIQUE,   /* E0501: as immutable */
    CONFLICT_MUT_WHILE_UNIQUE,      /* E0501: as mutable */
    CONFLICT_TWO_UNIQUE,        /* E0524 */
    CONFLICT_WRITE_SHARED,      /* E0594 */
    CONFLICT_BORROW_MUT_SHARED, /* E0596 */
    CONFLICT_MOVE_FROM_BORROW,  /* E0507 */
    CONFLICT_MOVE_FROM_INDEX,   /* E0507 (slice), E0508 (array) */
    CONFLICT_MOVE_FROM_MAP,     /* E0507: out of m[k] (HashMap's Index) */
    CONFLICT_MOVE_FROM_STATIC,  /* E0507: out of a global (a Rust static item) */
    CONFLICT_MOVE_FROM_DROP,    /* E0509: a field out of a type with a destructor */
    CONFLICT_TEMPORARY,         /* E0716 */
    CONFLICT_ESCAPE_FNMUT,      /* (no code) a closure returning a `&mut` of its capture */
    CONFLICT_MOVE_FROM_CAPTURE, /* E0507: a capture moved out in an FnMut closure */
    CONFLICT_CLOSURE_ONCE,      /* E0525: an FnOnce closure where FnMut is needed */
    CONFLICT_CLOSURE_ESCAPE,    /* E0521: a closure storing a borrow of its parameter
                                   or local into a capture (used: the capture) */
    CONFLICT_CLOSURE_OUTLIVES_BLOCK, /* E0373: a closure storing a borrow of a dying
                                   local into a capture it takes again later
                                   (later: the store in its body) */
} ConflictKind;

typedef struct Conflict {
    ConflictKind kind;
    MirProgram *prog;
    Body *body;
    MoveOut *move;      /* USE_MOVED: the (first) move */
    VEC(MoveOut *) more_moves; /* USE_MOVED: other moves reaching the use */
    uint64_t loop_moves; /* USE_MOVED: bit 0 the move, bit i+1 more_moves[i]:
                           reached through a loop's back edge */
    Place used;         /* the place used */
    Span at;            /* where it is used */
    bool borrow;        /* the use is a borrow (&x, println) */
    bool assign;        /* USE_MOVED: the use assigns to part of the moved value */
    int named;          /* USE_MOVED: the first `named` projections of used
                           are rustc's move_path_closest_to, named by the
                           title when longer than the moved path (0: that) */
    Place loan_place;   /* loans: the borrowed place */
    Span loan_span;     /* loans: the `&` */
    bool loan_mut;
    Span later;         /* loans: a later use of the borrow, or NO_SPAN */
    bool closure;       /* the loan is a closure's capture */
    Span capture_use;   /* ... its use in the closure body, when known */
    bool loan_unique;   /* ... of `*x` uniquely (rustc names `*x`) */
    bool by_closure;    /* the conflicting access is a closure's capture */
    bool temporary;     /* the loan is a statement temporary */
    Type *map;          /* MOVE_FROM_MAP: the map's type */
    Sym global;         /* MOVE_FROM_STATIC: the global's name */
} Conflict;

void bck_explain(Ctx *c, Conflict *cf);

#endif
