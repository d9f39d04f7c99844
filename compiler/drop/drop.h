/*
 * drop.h: drop elaboration for --runtime=drop, one header for the drop
 * layer (prefix drop_). It inserts drops, drop flags and reference counts
 * so every heap value is freed when its last owner dies:
 *
 *   elaborate.c  the pass: drop_elaborate asks the borrow checker whether
 *                ownership is single (quietly), then rewrites each body
 *   uses.c       what the pass learns first about a body's uses
 *   lent.c       which parameters callers lend (never counted)
 *   views.c      which variables only view what another keeps alive (a
 *                range value: never counted)
 *   unwind_temps.c  which temporaries a panic must drop (unwind flags)
 *   notes.c      what -m adds about counting ("shared by p, q")
 *
 * A program that passes the borrow checker (checked quietly with
 * bck_single_owner, or by --borrowck itself) has a single owner for every
 * Box, slice and string: a move of a variable transfers the value, and its
 * owner's death frees it (its count never exceeds one). A Go-style
 * program that the checker rejects shares values freely: every copy
 * counts a reference. Values reached only through `*T` pointers, closures
 * and compiler-made copies are counted in both.
 */
#ifndef ML0_DROP_H
#define ML0_DROP_H

#include "../mir/mir.h"

#include <stdint.h>

/* elaborate.c: the pass (sets MirProgram.proven and .counted) */
void drop_elaborate(Ctx *c, MirProgram *p);

/* ---- private to the layer ------------------------------------------------ */

/* The state of the pass over one body (elaborate.c). */
typedef struct DropPass {
    Ctx *c;
    Body *b;
    Type *t_bool;
    bool proven;        /* the program passes the borrow checker: a move of a
                           whole variable transfers its value */
    int nlocals;        /* locals before this pass added any */
    int nown;           /* ...and the hidden owners of frame allocations after them */
    LocalId *flag;      /* per local: its drop flag, or -1 */
    bool *held;         /* per temporary: owns a value while something may
                           panic (unwind_temps.c) */
    LocalId *tflag;     /* per temporary: its unwind flag, or -1 */
    bool *cell;         /* per local: lives in a heap cell */
    /* per temporary (single definition, all uses after it in its block) */
    int *ndefs, *def_block, *def_stmt, *nuses, *last_stmt, *last_mentions;
    bool *bad, *last_consuming, *simple;
    int **last_head;    /* per block, per statement: temporaries last used there */
    LocalId *last_next;
    LocalId *stack_owner;   /* per stack site: the local that owns its contents */
    int *global;        /* per local: the global whose address it holds, or -1 */
    uint64_t **last;    /* per block, per statement: operands (by index) that
                           are a variable's last use, so they may move */
    bool *loan;         /* per temporary: read from a place and lent to a call,
                           never counted; per variable: a view (views.c) */
    const bool *pure;   /* per body: writes no memory (lent.c) */
    LocalId *moved;     /* scratch: the locals one statement moves out of,
                           room for the body's longest operand list + 1 */
    MirProgram *p;
} DropPass;

/* uses.c */
bool drop_consuming(Rvalue *rv, int i);       /* operand i is copied into a new home */
bool drop_lent_arg(MirProgram *p, Rvalue *rv, int i);  /* argument i goes to a lent parameter */
bool drop_is_temp(DropPass *r, LocalId l);
void drop_find_uses(DropPass *r);

/* unwind_temps.c: sets held[] (after drop_find_uses) */
void drop_find_unwind_temps(DropPass *r);

/* lent.c: the lent parameters; returns the pure bodies (write no memory
 * through pointers, call only such bodies), by body index */
bool *drop_find_lent_params(Ctx *c, MirProgram *p);

/* views.c: per local, whether it only views a value its base keeps alive
 * (never counted); lent: the lent parameters are known */
bool *drop_find_views(Ctx *c, MirProgram *p, Body *b, const bool *pure, bool lent);

/* notes.c: -m notes about counting (counted_notes: not proven) */
void drop_notes(Ctx *c, MirProgram *p, bool counted_notes);

#endif
