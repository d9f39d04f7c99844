/*
 * addrtaken.c: how go1.19 holds a variable, as later passes ask it.
 *
 * A func literal captures a variable by value when go1.19's escape
 * analysis would (escape.go flowClosure): it is never reassigned after the
 * capture, its address is never taken, and it takes at most 128 bytes (a
 * deferred call's argument, copied into its wrapper, always). Otherwise
 * by reference, which marks the variable Addrtaken as &v does.
 *
 * Addrtaken (or a global, or a heap variable, which needs one of them) is
 * what walk asks before trusting that nothing but a direct assignment
 * changes a variable (walk/assign.go ascompatee, readsMemory).
 */
#include "check.h"

bool sema_capture_byval(const Var *v) {
    if (v->defer_temp)      /* a deferred call's argument: its wrapper's copy */
        return true;
    return !v->reassigned && !v->addressed && type_go_size(v->type) <= 128;
}

bool sema_go_addrtaken(const Var *v) {
    return v->addressed || (v->captured && !sema_capture_byval(v));
}
