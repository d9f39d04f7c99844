/*
 * explain.c: conflicts -> rustc-style errors. Each error carries rustc's
 * code and wording, a primary label at the offending use, secondary labels
 * at the declaration and at the move, and a note or help with a fix where
 * one is known (diag.c renders the layout).
 */
#include "borrowck.h"

#include <string.h>

static const char *place_name(Body *b, Place p) {
    return b->locals.data[p.local].name ? b->locals.data[p.local].name : "value";
}

static bool before(Span a, Span b) { return a.file == b.file && a.lo < b.lo; }

/* The callee of a call rvalue, if it is a known function. */
static Body *callee_of(MirProgram *p, Rvalue *call) {
    Operand *f = &call->args.data[0];
    if (f->kind == OPD_CONST && f->c.kind == CONST_FUNC)
        return p->bodies.data[f->c.func];
    return NULL;
}

static void explain_use_moved(Ctx *c, Conflict *cf) {
    Body *b = cf->body;
    MoveOut *m = cf->move;
    Local *l = &b->locals.data[m->path.local];
    const char *name = place_name(b, cf->used);
    Diag *d = diag_error_code(c, "E0382", cf->at, "%s of moved value: `%s`",
                              cf->borrow ? "borrow" : "use", name);
    Type *t = m->path.nfields ? m->path.proj[m->path.nfields - 1].type : l->type;
    diag_label(c, d, l->span, false,
               "move occurs because `%s` has type `%s`, which does not implement the `Copy` trait",
               l->name, type_name(c, t));
    bool in_loop = !before(m->span, cf->at);
    diag_label(c, d, m->span, false, in_loop ? "value moved here, in previous iteration of loop"
                                             : "value moved here");
    if (!(m->span.lo == cf->at.lo && m->span.file == cf->at.file))
        diag_label(c, d, cf->at, true, cf->borrow ? "value borrowed here after move"
                                                  : "value used here after move");
    Body *callee = m->call ? callee_of(cf->prog, m->call) : NULL;
    if (callee)
        diag_note(c, d, "consider changing this parameter type in function `%s` to a pointer "
                        "(`*T`) to borrow instead if owning the value isn't necessary", callee->name);
    diag_help(c, d, "consider borrowing here: `&%s`", name);
}

void bck_explain(Ctx *c, Conflict *cf) {
    switch (cf->kind) {
    case CONFLICT_USE_MOVED: explain_use_moved(c, cf); break;
    }
}
