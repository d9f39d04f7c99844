/*
 * borrowck.h: the ownership and lifetime checker (--borrowck), one header
 * for the borrowck layer. Detection (moves, loans, regions) is kept apart
 * from explanation (explain.c), as rustc_borrowck does.
 */
#ifndef ML0_BORROWCK_H
#define ML0_BORROWCK_H

#include "../mir/mir.h"

/* Check every body; reports errors into c. */
void bck_check(Ctx *c, MirProgram *p);

#endif
