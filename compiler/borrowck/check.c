/*
 * check.c: the borrow checker's entry point: runs each analysis over
 * every body. Today that is move checking (moves.c); loans and regions
 * come next (see borrowck.h).
 */
#include "borrowck.h"

void bck_check(Ctx *c, MirProgram *p) {
    diag_warning(c, NO_SPAN, "--borrowck checks moves (E0382) only so far; borrow and lifetime "
                             "errors (E0597, E0515, E0499, E0502, ...) are not reported yet");
    for (int i = 0; i < p->bodies.len; i++)
        bck_check_moves(c, p, p->bodies.data[i]);
}
