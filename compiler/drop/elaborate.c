/*
 * elaborate.c: drop elaboration for --runtime=drop: decides how the
 * program's heap values are freed, then runs the pass (rc.c).
 *
 * A program that passes the borrow checker (checked here quietly, or by
 * --borrowck itself) has a single owner for every Box, slice and string:
 * a move of a variable transfers the value, and its owner's death frees
 * it (its count never exceeds one). A Go-style program that the checker
 * rejects shares values freely: every copy counts a reference. Values
 * reached only through `*T` pointers, closures and compiler-made copies
 * are counted in both.
 */
#include "drop.h"
#include "../borrowck/borrowck.h"

void drop_elaborate(Ctx *c, MirProgram *p) {
    p->proven = c->opt.borrowck || bck_single_owner(c, p);
    rc_elaborate(c, p, p->proven);
    if (c->opt.m_level)
        rc_notes(c, p, !p->proven);
}
