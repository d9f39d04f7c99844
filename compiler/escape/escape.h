/*
 * escape.h: escape analysis over MIR, one header for the escape layer
 * (docs/escape-analysis.md). It mirrors Go's cmd/compile/internal/escape:
 *
 *   graph.c   locations, edges, holes and the flow verb (graph.go)
 *   flows.c   MIR statements and rvalues -> flows (expr.go, assign.go)
 *   notes.c   -m=2 notes of a place's projections (dot, indirection...)
 *   quote.c   what a note quotes: the node at its span, printed as Go's
 *   temps.c   MIR temporaries evaluated where they are read, as Go's
 *             expression trees are
 *   call.c    call sites: callee summaries or direct flows (call.go)
 *   solve.c   walk_all / walk_one / outlives (solve.go)
 *   leaks.c   per-parameter leak summaries (leaks.go)
 *   report.c  -m / -m=2 lines and --explain, in Go's wording
 *   decide.c  the decisions: Storage, and each location's record of what
 *             -m says about it; esc_report prints them all and writes
 *             Go's -json=0,DIR log from them
 *   escape.c  the driver: bottom-up batches over the call graph
 *
 * A location is abstract storage: every MIR local, every allocation site,
 * and the pseudo-locations heap and blank. An edge dst <- (src, derefs)
 * says "dst = (*)^derefs src" (derefs -1 is &src). Solving walks back from
 * each location with the minimum derefs; a location whose address reaches
 * the heap or a location that outlives it escapes. Every edge carries notes
 * (where and why), which is what -m=2 prints.
 */
#ifndef ML0_ESCAPE_H
#define ML0_ESCAPE_H

#include "../mir/mir.h"

/* The public entry points: decide storage for every body, report -m,
 * while the MIR is being built. esc_ready is told each function as it is
 * lowered (with the func literals appended meanwhile, bodies [first,
 * last)) and analyzes it at once if everything it calls is analyzed
 * already (that group is then a component of the call graph, in bottom-up
 * order); esc_finish analyzes what is left in Go's order. The results are
 * those of analyzing every component in Go's order. */
typedef struct EscStream EscStream;
typedef struct EscReport EscReport;
EscStream *esc_begin(Ctx *c, MirProgram *p);
void esc_ready(EscStream *st, int body, int first, int last);
EscReport *esc_finish(EscStream *st);
/* Frees the analysis' own arenas: esc_finish does, and the driver calls it
 * when it stops before esc_finish (a process may compile again). */
void esc_end(EscStream *st);

/* decide.c: the decision records (mir.h's Local.why, AllocSite.why).
 * Escape analysis writes Storage; a later pass may only ask for the heap
 * (esc_require_heap, which records why) and add reasons to what -m says
 * (esc_note_shared). esc_report prints -m, -m=2 and --explain from the
 * records, once, after the last pass. */
typedef struct EscWhy EscWhy;

/* What a line is, which is what the report step needs to know about it:
 * -m shows verdicts and notes; -m=2 adds the flow lines (header, steps);
 * Go's -json=0,DIR log holds the heap decisions with their flows. */
typedef enum EscLineKind {
    ESC_VERDICT,            /* the decision itself ("moved to heap: x"),
                               where added reasons go */
    ESC_NOTE,               /* an --explain sentence, or a note written
                               while building (capture, self-assignment) */
    ESC_DEVIRT,             /* "devirtualizing s.M to T": Go's devirtualize
                               pass runs over every function before escape
                               analysis, so these print first, in source
                               order */
    ESC_HEADER_ESCAPE,      /* -m=2 "x escapes to heap:" */
    ESC_HEADER_LEAK,        /* -m=2 "parameter p leaks to r with derefs=n:" */
    ESC_FLOW,               /* -m=2 "  flow: dst = &src:", one step */
    ESC_FROM,               /* -m=2 "    from E (why) at FILE:L:C" */
    ESC_CYCLE,              /* -m=2 "  warning: truncated explanation due
                               to assignment cycle; ...": a path that comes
                               back to a location it passed (Go's
                               explainPath, golang.org/issue/35518) */
} EscLineKind;

typedef struct EscLine {
    const char *text;
    EscLineKind kind;
    int loglen;             /* the part Go's log shows: a header without
                               its ':', a from line without " at FILE:L:C" */
    Span from;              /* ESC_FROM: the position it names */
    bool heap_addr;         /* ESC_FLOW: "{heap} = &src" (dst the heap) */
    bool at_build;          /* ESC_HEADER_ESCAPE: said while building the
                               graph (esc_explain_flow: &src flowing into
                               a location that escapes already) */
    EscWhy *of;             /* the record it belongs to */
    struct EscLine *next;   /* the record's next line */
} EscLine;

struct EscWhy {
    Span at;                /* every line's position: the location's */
    EscLine *lines, *last;  /* in the order the analysis wrote them */
    const char *required;   /* esc_require_heap: why the heap, or NULL */
    const char *shared_by;  /* esc_note_shared: "p, q", or NULL */
};

void esc_require_heap(Ctx *c, AllocSite *s, const char *why);
bool esc_heap_required(const AllocSite *s);
void esc_note_shared(EscWhy *w, const char *holders);
void esc_report(EscReport *r);
/* The batches' order (escape.c): lines written after batch_begin belong
 * to body's batch; esc_report prints the batches in the order of their
 * components in sccs (Go's), whatever order they were analysed in. */
void esc_report_batch_begin(EscReport *r, int body);
void esc_report_rank(EscReport *r, SccList sccs, int nbodies);
/* The method wrappers' lines (wrappers.c) are written after every batch's
 * and printed after walk's lines, as go1.19 does (its dumpdata). */
void esc_report_wrappers_begin(EscReport *r);
void esc_report_wrappers(EscReport *r);

/* ---- graph.c ----------------------------------------------------------- */

typedef struct EscNote {
    Span where;
    const char *why;        /* "address-of", "assign", "call parameter", ... */
    const char *what;       /* the expression, or NULL: the source at where */
    const char *const *what_ref;    /* else an allocation site's description,
                                       read when printed: a devirtualized call
                                       found later requotes it (call.c) */
    struct EscNote *next;
} EscNote;

typedef struct EscLoc EscLoc;

typedef struct EscEdge {
    EscLoc *src;
    int derefs;             /* >= -1 */
    EscNote *notes;
} EscEdge;

/* leaks.c: slot 0 is the heap, slot 1+i result i; each holds derefs+1,
 * 0 meaning no flow, saturating at 255 (Go's leaks encoding; a result
 * past Go's numEscResults counts as the heap). */
enum { ESC_RESULTS = 7 };
typedef struct Leaks { uint8_t slot[1 + ESC_RESULTS]; } Leaks;

struct EscLoc {
    Body *body;             /* owning function; NULL for heap and blank
                               and a method wrapper's locations */
    LocalId local;          /* the local it stands for, or -1 */
    int site;               /* the allocation site, or -1 */
    int loop_depth;
    bool escapes;           /* heap-allocated (the heap itself: true) */
    bool is_param;          /* a parameter of body */
    bool is_result;         /* body's result place _0, or one result */
    int result_index;       /* is_result: which result; -1 for _0 itself
                               (all of them) */
    struct EscLoc **fields; /* a tuple of results (a multi-result call's
                               temporary; _0 of a multi-result body): one
                               location per element, where element k is
                               stored and read; NULL otherwise */
    int nfields;
    bool go_temp;           /* a MIR temporary Go has as an unnamed
                               location, printed {temp} in -m=2 paths (a
                               range loop's copy of x) */
    bool hidden;            /* an element of a tuple temporary: not Go's, so
                               -m=2 steps over it as over a MIR temporary */
    const char *name;       /* a variable only Go has (`return f()`'s
                               .autotmp_N), or NULL */
    int param_index;        /* is_param: position among the parameters */
    Span at;                /* body NULL (a method wrapper's, wrappers.c):
                               where -m=2 places its lines */
    const char *forced_why; /* heap regardless of flows: why */
    bool dead;              /* a site in code Go's deadcode removes */
    bool transient;         /* Go's transient: an allocation site, a tee or
                               a MIR temporary (an expression in Go), until
                               its address reaches a root that is not one;
                               then it is walked again as a root */
    bool truly;             /* forced: would escape anyway (its address
                               reaches something that outlives it) */
    VEC(EscEdge) edges;     /* incoming */
    Leaks leaks;            /* is_param: where its value leaks */
    EscEdge direct;         /* has_direct: the flow that sent it to the heap
                               at once (src = the heap-like destination) */
    bool has_direct;
    bool explained;         /* its -m=2 path has been recorded */
    uint32_t pathgen;       /* report.c: on the path being explained */
    VEC(const char *) why;  /* -m=2 lines explaining the decision */
    /* walk scratch */
    int derefs;
    uint32_t walkgen;
    EscLoc *dst;            /* next step towards the walk's root */
    int dst_edge;
    bool queued;
    bool listed;            /* in Esc.batch_locs (esc_list_loc) */
};

typedef struct Hole {
    EscLoc *dst;
    int derefs;
    EscNote *notes;
} Hole;

/* temps.c: a temporary assigned once and read once, evaluated where it is
 * read (def and its initialising stores), or def NULL. */
typedef struct EscTemp {
    MirStmt *def;
    MirStmt **inits;        /* (*_t) = v stores initialising def's site */
    int ninits;
    bool done;              /* evaluated (at its read, or after the body) */
    bool busy;              /* being evaluated */
    bool lookup_key;        /* read only as a map lookup's key: evaluated
                               there (Go's OINDEXMAP discards it in place);
                               a key read by a put too (m[k] op= v) is
                               evaluated by the put alone */
} EscTemp;

typedef struct EscBody {
    EscLoc **locals;        /* per local (while in the batch) */
    EscLoc **sites;         /* per allocation site (while in the batch) */
    int nparams;
    Leaks *param_leaks;     /* summaries, once analyzed */
    bool analyzed;
    bool in_batch;          /* part of the batch being analyzed */
    bool built;             /* its flows are built (esc_build_body) */
    bool closure_called;    /* a closure called directly (Go ClosureCalled) */
    EscLoc **results;       /* a multi-result function: one location per
                               result (Go's ~r0, ~r1 or named results), which
                               `_0 = (a, b)` and `_0.i = v` store into */
    int nresults;           /* 0 for one result or none */
    EscTemp *temps;         /* per local (while in the batch) */
    bool *maplit;           /* per local: a temporary holding a map literal
                               (temps.c; while in the batch) */
    Rvalue **single_def;    /* per local: its only assignment, or NULL
                               (while in the batch, once asked for) */
} EscBody;

/* call.c: one devirtualized s.M(...) in the text of body (the innermost
 * function or func literal holding it): Go rewrote the call before
 * escape analysis, so every quote of a node holding it there reads
 * owner.M(recv, args). */
typedef struct EscDevirt {
    int body;
    const char *s, *owner, *recv;
    Sym mname;
} EscDevirt;

typedef struct Esc {
    Ctx *c;
    MirProgram *p;
    Arena *arena;               /* what outlives a batch: summaries */
    Arena *batch;               /* the batch's graph, reset after each */
    EscLoc heap, blank;
    VEC(EscLoc *) batch_locs;   /* locations of the batch being solved */
    EscBody *bodies;            /* per body index */
    int nbodies;                /* room in bodies (func literals keep coming) */
    uint32_t walkgen;
    uint32_t pathgen;           /* report.c explain_path's visits */
    bool forcing;               /* the flow being added is a forced one */
    int loop_depth;             /* loop depth of the block whose flows are
                                   being built (Go's e.loopDepth): where a
                                   tee's temporary lives */
    VEC(Var *) by_ref;          /* -m=2: variables a closure of the batch
                                   captured by reference so far (Go's
                                   addrtaken, set by that capture's flow) */
    VEC(EscNote *) requotable;  /* -m=2: notes quoting a deferred call's
                                   argument (`.autotmp_N = s.M()`), which a
                                   devirtualized s.M found later requotes
                                   (call.c requote); their bodies beside */
    VEC(Body *) requotable_in;
    EscReport *report;          /* the records, in report order */
    VEC(Rvalue *) keys_first;   /* mapsets of a multiple assignment whose key
                                   flowed before its first store (flows.c
                                   multi_assign_keys) */
    Rvalue *stmt_call;          /* the call being built that is a statement
                                   of its own (Go's e.call(nil, n): no hole
                                   for its results; call.c results_hole) */
    bool early;                 /* explaining a flow while the graph is
                                   built (esc_explain_flow): notes quote
                                   calls as written, before Go's
                                   FixVariadicCall */
    VEC(EscDevirt) devirts;     /* the devirtualized calls s.M(args)
                                   found so far (call.c): every note
                                   quoting text around one reads it
                                   T.M(s.(T), args) */
} Esc;

/* Text quoted by a note at where, with the devirtualized calls of where's
 * body written as Go's (E->early: as before Go's FixMethodCall). */
const char *esc_devirt_requote(Esc *E, const char *text, Span where);
/* Records b's devirtualized calls before its flows are built. */
void esc_find_devirts(Esc *E, Body *b);

/* A variable of ml0c's own that Go has not (`~arg`, a value lent to a
 * runtime library call until the scope ends): -m=2 steps over it. */
static inline bool esc_hidden_var(const Local *l) { return l->kind == LOCAL_USER && l->name && l->name[0] == '~'; }

EscLoc *esc_new_loc(Esc *E, Body *b, LocalId local, int site, int loop_depth);
EscLoc *esc_new_unlisted_loc(Esc *E, Body *b, LocalId local, int site, int loop_depth);
void esc_list_loc(Esc *E, EscLoc *l);
Hole hole_of(EscLoc *l);
Hole hole_shift(Esc *E, Hole k, int delta, Span where, const char *why);
Hole hole_note(Esc *E, Hole k, Span where, const char *why);
Hole esc_heap_hole(Esc *E);
Hole esc_blank_hole(Esc *E);
void esc_flow(Esc *E, Hole k, EscLoc *src);
Hole esc_tee(Esc *E, Hole *ks, int n, Body *b);
Hole esc_tee_at(Esc *E, Hole *ks, int n, Body *b, int depth);
bool esc_contains_closure(Esc *E, Body *outer, Body *inner);

/* ---- flows.c ----------------------------------------------------------- */
void esc_init_body(Esc *E, Body *b);
void esc_init_sites(Esc *E, Body *b);
void esc_list_sites(Esc *E, Body *b);
void esc_find_single_defs(Esc *E, Body *b, EscBody *eb);
Body *esc_wrapped_method(Esc *E, Body *f);   /* the method a wrapper calls */
void esc_build_body(Esc *E, Body *b);
void esc_flow_closures(Esc *E, Body *b);
void esc_flow_forced(Esc *E);
void esc_operand(Esc *E, Body *b, Hole k, Operand *o);

/* ---- notes.c ----------------------------------------------------------- */
Hole esc_place_notes(Esc *E, Hole k, Place p, int from, Type *t, Span expr);

/* ---- quote.c ----------------------------------------------------------- */
/* What a note quotes at s: the node written there as go1.19 prints it. */
const char *esc_quote(Esc *E, Span s);
Expr *esc_expr_at(Esc *E, Span s);  /* the outermost expression at s, or NULL */
Expr *esc_call_at(Esc *E, Span s);  /* the call at s (a call statement's too) */
bool esc_implicit_addr_at(Esc *E, Span s);  /* sema's &x of a library method's receiver */
Expr *esc_var_value_at(Esc *E, Span s, Var *v, Span *first);  /* var a, b = x, y: b's y */
bool esc_pair_assign_at(Esc *E, Span s);    /* a, b = x, y */

/* ---- temps.c ----------------------------------------------------------- */
void esc_find_temps(Esc *E, Body *b);
bool esc_stmt_deferred(Esc *E, Body *b, MirStmt *st);

/* ---- call.c ------------------------------------------------------------ */
void esc_call(Esc *E, Body *b, Hole k, Rvalue *rv);
Body *esc_static_callee(Esc *E, Body *b, Operand *callee);
void esc_icall(Esc *E, Body *b, Hole k, Rvalue *rv);
/* `defer s.M(args)` devirtualized (go1.19 does so before it wraps the
 * call): the wrapper f's capture k is M's receiver (s.(T)...), not s.
 * Its Go position (the selector's '.') and width; false when capture k
 * is no such receiver. */
bool esc_defer_recv_capture(Esc *E, Body *f, int k, Span *at, int *width);
/* The store of s into such a capture's hidden variable l of b: k with
 * Go's steps of `.autotmp_N = s.(T)...` (dot, dot of pointer, address-of,
 * indirection: their dereferences and notes); *done false (k as is) when
 * l is no such variable. */
Hole esc_defer_recv_hole(Esc *E, Body *b, LocalId l, Hole k, bool *done);

/* ---- escape.c ---------------------------------------------------------- */
void esc_batch_forget(Esc *E);  /* after a batch is solved: its state goes */

/* ---- wrappers.c -------------------------------------------------------- */
void esc_wrappers(Esc *E);

/* ---- solve.c ----------------------------------------------------------- */
void esc_walk_all(Esc *E);

/* ---- leaks.c ----------------------------------------------------------- */
int leaks_heap(Leaks l);
int leaks_result(Leaks l, int i);
int leaks_any_result(Leaks l);  /* the shortest of them, or -1 */
void leaks_add_heap(Leaks *l, int derefs);
void leaks_add_result(Leaks *l, int i, int derefs);
void leaks_optimize(Leaks *l);
bool leaks_empty(Leaks l);

/* ---- decide.c ---------------------------------------------------------- */
EscReport *esc_report_new(Ctx *c);
EscWhy *esc_why(Esc *E, EscLoc *l);
EscWhy *esc_why_at(Esc *E, Span at);
EscLine *esc_say(Esc *E, EscWhy *w, EscLineKind kind, const char *fmt, ...);
void esc_decide_body(Esc *E, Body *b);

/* ---- report.c ---------------------------------------------------------- */
void esc_report_batch(Esc *E, int *bodies, int n);
void esc_explain_escape(Esc *E, EscLoc *root, EscLoc *src);
void esc_explain_leak(Esc *E, EscLoc *root, EscLoc *param, int derefs);
void esc_explain_direct(Esc *E, EscLoc *src);
void esc_explain_flow(Esc *E, EscLoc *src, EscEdge e);

#endif
