/*
 * check.c: the borrow checker's entry point: runs each analysis over
 * every body: move checking (moves.c), then loans and their lifetimes
 * (loans.c).
 */
#include "borrowck.h"

void bck_check(Ctx *c, MirProgram *p) {
    for (int i = 0; i < p->bodies.len; i++) {
        bck_check_moves(c, p, p->bodies.data[i]);
        bck_check_loans(c, p, p->bodies.data[i]);
    }
}
