/*
 * elaborate.c: drop elaboration. Not implemented yet: --runtime=drop
 * reports "not supported yet".
 */
#include "drop.h"

void drop_elaborate(Ctx *c, MirProgram *p) {
    Span at = p->bodies.len ? p->bodies.data[0]->span : NO_SPAN;
    diag_error(c, at, "--runtime=drop is not supported yet");
}
