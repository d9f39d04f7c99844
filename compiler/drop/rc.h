/*
 * rc.h: private to the drop layer: the state of the reference-counting
 * pass over one body (rc.c), what it learns first about uses (uses.c),
 * and which parameters callers lend (lent.c).
 */
#ifndef ML0_DROP_RC_H
#define ML0_DROP_RC_H

#include "drop.h"

#include <stdint.h>

typedef struct Rc {
    Ctx *c;
    Body *b;
    Type *t_bool;
    bool proven;        /* the program passes the borrow checker: a move of a
                           whole variable transfers its value */
    int nlocals;        /* locals before this pass added any */
    LocalId *flag;      /* per local: its drop flag, or -1 */
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
                           never counted */
    LocalId *moved;     /* scratch: the locals one statement moves out of,
                           room for the body's longest operand list + 1 */
    MirProgram *p;
} Rc;

/* uses.c */
bool rc_consuming(Rvalue *rv, int i);       /* operand i is copied into a new home */
bool rc_lent(MirProgram *p, Rvalue *rv, int i);  /* argument i goes to a lent parameter */
bool rc_is_temp(Rc *r, LocalId l);
bool rc_has_place(Rvalue *rv);
void rc_find_uses(Rc *r);

/* lent.c */
void rc_find_lent_params(Ctx *c, MirProgram *p);

#endif
