/*
 * drop.h: drop elaboration for --runtime=drop, one header for the drop
 * layer: inserts Drop terminators and drop flags so every owned heap value
 * is freed when its owner dies.
 */
#ifndef ML0_DROP_H
#define ML0_DROP_H

#include "../mir/mir.h"

void drop_elaborate(Ctx *c, MirProgram *p);
/* rc.c: reference counting where ownership is not proven */
void rc_elaborate(Ctx *c, MirProgram *p);

#endif
