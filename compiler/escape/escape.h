/*
 * escape.h: escape analysis over MIR, one header for the escape layer.
 *
 * esc_analyze decides, for every addressed local and every AllocSite of
 * every Body, whether it lives on the stack or the heap, and reports the
 * decisions as -m remarks. Until the Go algorithm lands (docs/ESCAPE.md),
 * spine.c keeps the spine's conservative rule: everything addressed or
 * allocated goes to the heap.
 */
#ifndef ML0_ESCAPE_H
#define ML0_ESCAPE_H

#include "../mir/mir.h"

void esc_analyze(Ctx *c, MirProgram *p);

#endif
