/*
 * drop.h: drop elaboration for --runtime=drop, one header for the drop
 * layer: inserts drops, drop flags and reference counts so every heap
 * value is freed when its last owner dies.
 */
#ifndef ML0_DROP_H
#define ML0_DROP_H

#include "../mir/mir.h"

void drop_elaborate(Ctx *c, MirProgram *p);
/* rc.c: the pass; proven: the program passes the borrow checker */
void rc_elaborate(Ctx *c, MirProgram *p, bool proven);
/* notes.c: -m lines about counting */
void rc_notes(Ctx *c, MirProgram *p, bool counted_notes);

#endif
