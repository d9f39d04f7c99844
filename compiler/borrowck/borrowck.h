/*
 * borrowck.h: the ownership and lifetime checker (--borrowck), one header
 * for the borrowck layer. Detection is kept apart from explanation, as
 * rustc_borrowck does: moves.c (use after move) and loans.c (loans and
 * their lifetimes) record Conflicts; explain.c turns each into a
 * rustc-style error with a code, labelled spans, notes and help (E0382,
 * E0499, E0502, E0503, E0505, E0506, E0507, E0515, E0594, E0597, E0716;
 * check.c adds E0106 for a pointer result with nothing to borrow from).
 */
#ifndef ML0_BORROWCK_H
#define ML0_BORROWCK_H

#include "../mir/mir.h"

/* check.c: check every body; reports errors into c. */
void bck_check(Ctx *c, MirProgram *p);
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
} MoveOut;

typedef struct MoveData {
    MirProgram *prog;
    Body *body;
    VEC(MoveOut) outs;
} MoveData;

void bck_collect_moves(Ctx *c, MoveData *md);
void bck_check_moves(Ctx *c, MirProgram *p, Body *b);

/* ---- explain.c --------------------------------------------------------- */

/* ---- loans.c ----------------------------------------------------------- */
void bck_check_loans(Ctx *c, MirProgram *p, Body *b);

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
    CONFLICT_WRITE_SHARED,      /* E0594 */
    CONFLICT_MOVE_FROM_BORROW,  /* E0507 */
    CONFLICT_TEMPORARY,         /* E0716 */
} ConflictKind;

typedef struct Conflict {
    ConflictKind kind;
    MirProgram *prog;
    Body *body;
    MoveOut *move;      /* USE_MOVED: the (first) move */
    VEC(MoveOut *) more_moves; /* USE_MOVED: other moves reaching the use */
    Place used;         /* the place used */
    Span at;            /* where it is used */
    bool borrow;        /* the use is a borrow (&x, println) */
    Place loan_place;   /* loans: the borrowed place */
    Span loan_span;     /* loans: the `&` */
    bool loan_mut;
    Span later;         /* loans: a later use of the borrow, or NO_SPAN */
} Conflict;

void bck_explain(Ctx *c, Conflict *cf);

#endif
