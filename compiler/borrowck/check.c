/*
 * check.c: entry point of the borrow checker. Not implemented yet: asking
 * for --borrowck reports "not supported yet" at the program's first span.
 */
#include "borrowck.h"

void bck_check(Ctx *c, MirProgram *p) {
    Span at = p->bodies.len ? p->bodies.data[0]->span : NO_SPAN;
    diag_error(c, at, "--borrowck is not supported yet");
}
