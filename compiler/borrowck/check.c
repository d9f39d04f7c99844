/*
 * check.c: the borrow checker's entry points: runs each analysis over
 * every body: move checking (moves.c), closures called more than once
 * (closure_moves.c), then loans and their lifetimes
 * (loans.c). bck_check reports what it finds (--borrowck);
 * bck_single_owner only answers whether it finds anything (the drop
 * pass's question), reporting nothing.
 */
#include "borrowck.h"

#include <string.h>

/* Is t `*os.File`? The only files are the runtime's static os.Stdout and
 * os.Stderr, so a `*os.File` is Rust's `&'static File` (`impl Write for
 * &File`): Copy, and a result needs no parameter to borrow from (a
 * pointer to a local os.File is still E0515, loans.c). */
static bool static_file(Type *t) {
    return t && t->kind == T_PTR && !t->mut && t->elem && t->elem->name && strcmp(t->elem->name, "os.File") == 0;
}

/* Does a parameter of type t give Rust's elision a lifetime: a pointer,
 * also inside a Box, slice, array or struct (`Box<&mut u32>`, a struct
 * of `*mut` fields: `Pair<'_>`)? Depth-bounded for recursive types. */
static bool param_lifetime(Type *t, int depth) {
    if (!t || depth > 8)
        return false;
    switch (t->kind) {
    case T_PTR: return true;
    case T_ARRAY: case T_SLICE: case T_BOX: return param_lifetime(t->elem, depth + 1);
    case T_STRUCT:
        for (int i = 0; i < t->fields.len; i++)
            if (param_lifetime(t->fields.data[i].type, depth + 1))
                return true;
        return false;
    default: return false;
    }
}

int bck_global_of(Ctx *c, Body *b, int **table, LocalId t) {
    if (!*table)
        *table = mir_global_temps(c, b);
    return (*table)[t];
}

/* Rust's elision rule: a function returning *T borrows its result from a
 * parameter holding a pointer (`*T`, `Box[*mut T]`); with none, only a
 * pointer into a global is possible (E0106). */
static bool check_signature(Ctx *c, Body *b, bool report) {
    Type *ft = b->fn_type;
    if (!ft || !ft->result || ft->result->kind != T_PTR || b->has_env || static_file(ft->result))
        return true;
    for (int i = 1; i <= b->nargs; i++)
        if (param_lifetime(b->locals.data[i].type, 0))
            return true;
    int *gt = NULL;
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->place.nproj || st->place.local != 0)
            continue;
        Rvalue *rv = &st->rv;
        bool global = (rv->kind == RV_REF && bck_global_of(c, b, &gt, rv->place.local) >= 0) ||
                      (rv->kind == RV_USE && rv->args.data[0].kind != OPD_CONST &&
                       rv->args.data[0].place.nproj == 0 && bck_global_of(c, b, &gt, rv->args.data[0].place.local) >= 0) ||
                      (rv->kind == RV_USE && rv->args.data[0].kind == OPD_CONST &&
                       rv->args.data[0].c.kind == CONST_NIL);
        bool local_ref = rv->kind == RV_REF && !place_has_deref(rv->place) &&
                         b->locals.data[rv->place.local].kind != LOCAL_TEMP;
        if (global || local_ref)
            continue;   /* a reference to a local is E0515's (loans.c) */
        if (!report)
            return false;
        Diag *d = diag_error_code(c, "E0106", b->span, "missing lifetime specifier");
        diag_label(c, d, b->span, true, "`%s` returns a pointer, but it has no pointer parameter "
                   "to borrow it from", b->name);
        diag_help(c, d, "return the value itself, a `Box[T]`, or a pointer to a global");
        return false;
    }
    return true;
}

/* A body whose signature has no lifetime to give its result (E0106)
 * reports that instead of E0515 for what only a lifetime could fix (a
 * reborrow of a local Box, a temporary); E0515 for a plain local stays. */
void bck_check(Ctx *c, MirProgram *p) {
    const ResultViews *views = bck_result_views(c, p);
    for (int i = 0; i < p->bodies.len; i++) {
        Body *b = p->bodies.data[i];
        int before = c->nerrors;
        bool sig_ok = check_signature(c, b, false);
        bck_check_moves(c, p, b);
        bck_check_closure_kinds(c, p, b);
        bck_check_loans(c, p, views, b, !sig_ok);
        if (c->nerrors == before && !sig_ok)
            check_signature(c, b, true);
    }
}

bool bck_single_owner(Ctx *c, MirProgram *p) {
    DiagQuiet q = diag_quiet_begin(c);
    bck_check(c, p);
    return diag_quiet_end(c, q) == 0;
}
