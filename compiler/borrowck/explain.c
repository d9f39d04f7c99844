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

static const char *place_str(Ctx *c, Body *b, Place p);

/* Does the used place p start with the fields of moved path mp? */
static bool under_path(Place p, MovePath mp) {
    /* a closure's capture (moves.c): the path is (*env)'s projections */
    int off = p.local == 1 && p.nproj > 1 && p.proj[0].kind == PJ_DEREF && p.proj[1].kind == PJ_FIELD &&
              mp.nfields > 0 && mp.proj[0].kind == PJ_FIELD ? 1 : 0;
    if (p.local != mp.local || p.nproj < mp.nfields + off)
        return false;
    for (int i = 0; i < mp.nfields; i++)
        if (p.proj[i + off].kind != mp.proj[i].kind ||
            (mp.proj[i].kind == PJ_FIELD && p.proj[i + off].field != mp.proj[i].field))
            return false;
    return true;
}

/* E0382. rustc names the moved path when the use is at or under it
 * (`*x.b` after `take(x.b)`: "use of moved value: `x.b`"; a longer
 * prefix of the use when that has a move path of its own, cf->named),
 * and the used
 * place when only a part of it was moved ("use of partially moved value:
 * `x`"); a write to a field of a moved value is "assign to part of moved
 * value: `x`" (cf->assign). */
static void explain_use_moved(Ctx *c, Conflict *cf) {
    Body *b = cf->body;
    MoveOut *m = cf->move;
    Local *l = &b->locals.data[m->path.local];
    Place moved = {m->path.local, m->path.nfields, m->path.proj};
    bool partial = !under_path(cf->used, m->path);
    for (int i = 0; i < cf->more_moves.len && !partial; i++)
        partial = !under_path(cf->used, cf->more_moves.data[i]->path);
    Place titled = cf->named > m->path.nfields && l->kind != LOCAL_ENV
                   ? (Place){cf->used.local, cf->named, cf->used.proj} : moved;
    const char *name = l->name ? place_str(c, b, partial ? cf->used : titled)
                       : l->kind == LOCAL_ENV ? place_str(c, b, cf->used)  /* a closure's capture */
                                              : place_name(b, cf->used);
    Diag *d = diag_error_code(c, "E0382", cf->at, "%s of %smoved value: `%s`",
                              cf->assign ? "assign to part" : cf->borrow ? "borrow" : "use", partial ? "partially " : "",
                              name);
    /* the moved path's own type; a partial move says so in a note, as
       rustc, not at the variable (whose type is the whole struct's) */
    Type *t = m->path.nfields ? m->path.proj[m->path.nfields - 1].type : l->type;
    /* a moved field: rustc notes its type, with no label at the variable
       and no suggestion (those are for a moved local) */
    bool field = m->path.nfields > 0 && l->name && l->kind != LOCAL_ENV;
    if (!partial && !field)
        diag_label(c, d, l->span, false,
                   "move occurs because `%s` has type `%s`, which does not implement the `Copy` trait",
                   l->name ? place_str(c, b, moved) : l->kind == LOCAL_ENV ? name : "value", type_name(c, t));
    const char *how = partial ? "partially moved" : "moved";
    for (int i = -1; i < cf->more_moves.len; i++) {
        MoveOut *mv = i < 0 ? m : cf->more_moves.data[i];
        bool in_loop = (cf->loop_moves >> (i + 1) & 1) ||
                       (!before(mv->span, cf->at) && b->blocks.data[mv->block].loop_depth > 0);
        diag_label(c, d, mv->span, false, in_loop ? "value %s here, in previous iteration of loop"
                                                  : "value %s here", how);
    }
    if (!(m->span.lo == cf->at.lo && m->span.file == cf->at.file))
        diag_label(c, d, cf->at, true, "value %s here after %smove",
                   cf->assign ? "partially assigned" : cf->borrow ? "borrowed" : "used", partial ? "partial " : "");
    if (partial || field)
        diag_note(c, d, "%smove occurs because `%s` has type `%s`, which does not implement the `Copy` trait",
                  partial ? "partial " : "", l->name ? place_str(c, b, moved) : "value", type_name(c, t));
    if (t->kind == T_FUNC) {    /* closure_moves.c: a closure that is not Copy */
        diag_note(c, d, "a closure that changes or moves what it captures is not Copy: copying it moves it, "
                        "and one that moves a capture is consumed by a call");
        return;
    }
    if (field)
        return;
    Body *callee = m->call ? callee_of(cf->prog, m->call) : NULL;
    if (callee)
        diag_note(c, d, "consider changing this parameter type in function `%s` to a pointer "
                        "(`*T`) to borrow instead if owning the value isn't necessary", callee->name);
    diag_help(c, d, "consider borrowing here: `&%s`", name);
}

/* rustc's rendering of a place: x, u.name, *p, a[_] (an array element), s
 * (a slice element borrows all of the slice, as Vec's Index). */
static const char *place_str(Ctx *c, Body *b, Place p) {
    char buf[256];
    const char *root = b->locals.data[p.local].name;
    snprintf(buf, sizeof buf, "%s", root ? root : "value");
    Type *t = b->locals.data[p.local].type;
    int from = 0;
    bool star = false;
    if (b->locals.data[p.local].kind == LOCAL_ENV && p.nproj >= 2 && p.proj[0].kind == PJ_DEREF &&
        p.proj[1].kind == PJ_FIELD && p.proj[0].type->kind == T_STRUCT) {
        /* (*env).x is the captured x; *(*env).x when captured by reference */
        snprintf(buf, sizeof buf, "%s", p.proj[0].type->fields.data[p.proj[1].field].name);
        from = b->byval && b->byval[p.proj[1].field] ? 2 : 3;
        if (from > p.nproj)
            from = p.nproj;
        t = p.proj[from - 1].type;
        /* a field through a captured pointer x: rustc names the capture's
           deref, `*x.n` (`**x.r` for a Box field's pointee), not `x.n` */
        star = from + 1 < p.nproj && p.proj[from].kind == PJ_DEREF && p.proj[from + 1].kind == PJ_FIELD &&
               t->kind == T_PTR;
    }
    for (int i = from; i < p.nproj; i++) {
        Proj *pj = &p.proj[i];
        char tmp[300];
        switch (pj->kind) {
        case PJ_DEREF:
            if (i + 1 < p.nproj && p.proj[i + 1].kind == PJ_FIELD)
                break;  /* p.f reads better than (*p).f */
            snprintf(tmp, sizeof tmp, "*%s", buf);
            snprintf(buf, sizeof buf, "%.250s", tmp);
            break;
        case PJ_FIELD:
            if (t->kind == T_STRUCT && pj->field < t->fields.len) {
                snprintf(tmp, sizeof tmp, "%s.%s", buf, t->fields.data[pj->field].name);
                snprintf(buf, sizeof buf, "%.250s", tmp);
            }
            break;
        default:
            if (t->kind != T_ARRAY) {     /* a slice element: all of the slice (Vec's Index) */
                i = p.nproj;
                break;
            }
            snprintf(tmp, sizeof tmp, "%s[_]", buf);
            snprintf(buf, sizeof buf, "%.250s", tmp);
            break;
        }
        t = pj->type;
    }
    if (star) {
        char tmp[300];
        snprintf(tmp, sizeof tmp, "*%s", buf);
        snprintf(buf, sizeof buf, "%.250s", tmp);
    }
    return arena_strdup(&c->arena, buf);
}

static void later(Ctx *c, Diag *d, Conflict *cf, const char *what) {
    if (cf->later.file >= 0 && cf->later.hi > 0)
        diag_label(c, d, cf->later, false, "%s", what);
}

static void explain_dead(Ctx *c, Conflict *cf) {
    Body *b = cf->body;
    Local *l = &b->locals.data[cf->loan_place.local];
    Place lp = cf->loan_place;  /* `&s[i]` borrows all of s (Vec's Index) */
    for (int i = 0; i < lp.nproj; i++)
        if (lp.proj[i].kind == PJ_INDEX || lp.proj[i].kind == PJ_CONST_INDEX)
            lp.nproj = i;
    const char *x = place_str(c, b, lp);
    /* a closure's capture stored into another capture: rustc points at
       the use in the closure body (closure_stores.c) */
    bool inner = cf->closure && cf->capture_use.hi > 0;
    Diag *d = diag_error_code(c, "E0597", inner ? cf->capture_use : cf->loan_span, "`%s` does not live long enough", x);
    diag_label(c, d, l->span, false, "binding `%s` declared here", l->name);
    if (inner)
        diag_label(c, d, cf->capture_use, true, "borrowed value does not live long enough");
    diag_label(c, d, cf->loan_span, !inner, cf->closure ? "value captured here"
                                                        : "borrowed value does not live long enough");
    diag_label(c, d, cf->at, false, "`%s` dropped here while still borrowed", l->name);
    later(c, d, cf, "borrow later used here");
}

/* E0373: a closure that borrows a local is returned. */
static void explain_closure_escapes(Ctx *c, Conflict *cf) {
    Body *b = cf->body;
    const char *name = place_str(c, b, cf->loan_place);
    Diag *d = diag_error_code(c, "E0373", cf->loan_span, "closure may outlive the current function, "
                              "but it borrows `%s`, which is owned by the current function", name);
    diag_label(c, d, cf->loan_span, true, "may outlive borrowed value `%s`", name);
    diag_label(c, d, cf->at, false, "closure is returned here");
    diag_help(c, d, "return a value computed from `%s` instead, or keep the closure in the function", name);
}

/* E0373 "block": y dies while a closure that stored `&y` into p is taken
 * again (closure_stores.c's cause search). rustc points at the closure's
 * parameters (`||`; our `func()`), at y's use in its body, and notes the
 * requirement the store puts on p (cf->later: p in the body). */
static void explain_closure_outlives_block(Ctx *c, Conflict *cf) {
    const char *name = place_str(c, cf->body, cf->loan_place);
    Span sig = cf->loan_span;   /* the closure literal up to its body's `{` */
    if (sig.file >= 0 && sig.file < c->files.len && sig.hi <= c->files.data[sig.file].len) {
        const char *t = c->files.data[sig.file].text;
        int hi = sig.lo;
        while (hi < sig.hi && t[hi] != '{')
            hi++;
        while (hi > sig.lo && t[hi - 1] == ' ')
            hi--;
        if (hi > sig.lo)
            sig.hi = hi;
    }
    Diag *d = diag_error_code(c, "E0373", sig, "closure may outlive the current block, "
                              "but it borrows `%s`, which is owned by the current block", name);
    diag_label(c, d, sig, true, "may outlive borrowed value `%s`", name);
    if (cf->capture_use.hi > 0) {
        Span use = cf->capture_use;     /* `&y`: rustc marks y */
        const char *t = c->files.data[use.file].text;
        while (use.lo < use.hi - 1 && (t[use.lo] == '&' || t[use.lo] == ' '))
            use.lo++;
        diag_label(c, d, use, false, "`%s` is borrowed here", name);
    }
    if (cf->later.hi > 0)
        diag_related(c, d, cf->later, "block requires argument type to outlive `'1`");
    diag_help(c, d, "declare `%s` where it lives as long as what the closure stores it into, "
              "or store a copy (a `Box[T]`) instead", name);
}

static void explain_return_local(Ctx *c, Conflict *cf) {
    Body *b = cf->body;
    if (cf->closure) {
        explain_closure_escapes(c, cf);
        return;
    }
    Local *l = &b->locals.data[cf->loan_place.local];
    const char *what = cf->temporary ? "temporary value" : cf->loan_place.nproj ? "local data"
                       : l->kind == LOCAL_ARG ? "function parameter" : "local variable";
    const char *name = cf->temporary ? "" : place_str(c, b, cf->loan_place);
    const char *q = cf->temporary ? "" : "`";
    const char *sp = cf->temporary ? "" : " ";
    Diag *d;
    if (cf->borrow) {   /* return &x */
        d = diag_error_code(c, "E0515", cf->loan_span, "cannot return reference to %s%s%s%s%s",
                            what, sp, q, name, q);
        diag_label(c, d, cf->loan_span, true, "returns a reference to data owned by the current function");
    } else {            /* p := &x; return p */
        d = diag_error_code(c, "E0515", cf->at, "cannot return value referencing %s%s%s%s%s",
                            what, sp, q, name, q);
        if (cf->temporary)
            diag_label(c, d, cf->loan_span, false, "temporary value created here");
        else
            diag_label(c, d, cf->loan_span, false, "`%s` is borrowed here", name);
        diag_label(c, d, cf->at, true, "returns a value referencing data owned by the current function");
    }
    if (cf->temporary)
        diag_help(c, d, "allocate it with `box(...)` and return the `Box`");
    else
        diag_help(c, d, "return the value itself (`%s`), or allocate it with `box(...)` and return the Box",
                  l->name ? l->name : "value");
}

/* Loan conflicts, rustc's wording. Each label's %s is the used place x,
 * except the loan label's and E0503's primary, which name the borrowed
 * place (use_loan_name). */
static const struct LoanError {
    ConflictKind kind;
    const char *code, *msg, *loan_label, *primary, *later;
    bool primary_names_loan;
} loan_errors[] = {
    {CONFLICT_ASSIGN_BORROWED, "E0506", "cannot assign to `%s` because it is borrowed",
     "`%s` is borrowed here", "`%s` is assigned to here but it was already borrowed",
     "borrow later used here", false},
    {CONFLICT_MOVE_BORROWED, "E0505", "cannot move out of `%s` because it is borrowed",
     "borrow of `%s` occurs here", "move out of `%s` occurs here", "borrow later used here", false},
    {CONFLICT_USE_BORROWED, "E0503", "cannot use `%s` because it was mutably borrowed",
     "`%s` is borrowed here", "use of borrowed `%s`", "borrow later used here", true},
    {CONFLICT_TWO_MUT, "E0499", "cannot borrow `%s` as mutable more than once at a time",
     "first mutable borrow occurs here", "second mutable borrow occurs here",
     "first borrow later used here", false},
    {CONFLICT_MUT_WHILE_SHARED, "E0502",
     "cannot borrow `%s` as mutable because it is also borrowed as immutable",
     "immutable borrow occurs here", "mutable borrow occurs here", "immutable borrow later used here", false},
    {CONFLICT_UNIQUE_WHILE_BORROWED, "E0500", "closure requires unique access to `%s` but it is already borrowed",
     "borrow occurs here", "closure construction occurs here", "first borrow later used here", false},
    {CONFLICT_BORROW_WHILE_UNIQUE, "E0501",
     "cannot borrow `%s` as immutable because previous closure requires unique access",
     "closure construction occurs here", "second borrow occurs here", "first borrow later used here", false},
    {CONFLICT_MUT_WHILE_UNIQUE, "E0501",
     "cannot borrow `%s` as mutable because previous closure requires unique access",
     "closure construction occurs here", "second borrow occurs here", "first borrow later used here", false},
    {CONFLICT_TWO_UNIQUE, "E0524", "two closures require unique access to `%s` at the same time",
     "first closure is constructed here", "second closure is constructed here",
     "first borrow later used here", false},
    {CONFLICT_SHARED_WHILE_MUT, "E0502",
     "cannot borrow `%s` as immutable because it is also borrowed as mutable",
     "mutable borrow occurs here", "immutable borrow occurs here", "mutable borrow later used here", false},
};

static void explain_loan(Ctx *c, Conflict *cf) {
    for (size_t i = 0; i < sizeof loan_errors / sizeof loan_errors[0]; i++) {
        const struct LoanError *e = &loan_errors[i];
        if (e->kind != cf->kind)
            continue;
        const char *x = place_str(c, cf->body, cf->used);
        const char *lx = place_str(c, cf->body, cf->loan_place);
        /* a closure's unique borrow is of what the captured `*mut` points to;
           E0501 for a plain `&x` names x itself, as rustc does */
        bool unique = cf->kind == CONFLICT_UNIQUE_WHILE_BORROWED || cf->kind == CONFLICT_TWO_UNIQUE ||
                      (cf->kind == CONFLICT_BORROW_WHILE_UNIQUE && cf->by_closure);
        if (unique && mir_place_type(cf->body, cf->used)->kind == T_PTR)
            x = arena_printf(&c->arena, "*%s", x);
        /* what a closure holds uniquely is `*x`, not the captured x */
        if (cf->loan_unique && mir_place_type(cf->body, cf->loan_place)->kind == T_PTR)
            lx = arena_printf(&c->arena, "*%s", lx);
        Diag *d = diag_error_code(c, e->code, cf->at, e->msg, x);
        diag_label(c, d, cf->loan_span, false, e->loan_label, lx);
        diag_label(c, d, cf->at, true, e->primary, e->primary_names_loan ? lx : x);
        later(c, d, cf, e->later);
        return;
    }
}

static void explain_write_shared(Ctx *c, Conflict *cf) {
    const char *x = place_str(c, cf->body, cf->used);
    Diag *d = diag_error_code(c, "E0594", cf->at, "cannot assign to `%s`, which is behind a `*T` pointer", x);
    diag_label(c, d, cf->at, true, "`%s` is a `*T` pointer, so the data it refers to cannot be written", x);
    diag_help(c, d, "consider changing this to be a mutable pointer: `*mut T` (and borrow with `&mut`)");
}

static void explain_borrow_mut_shared(Ctx *c, Conflict *cf) {
    const char *x = place_str(c, cf->body, cf->used);
    Diag *d = diag_error_code(c, "E0596", cf->at, "cannot borrow `%s` as mutable, as it is behind a `*T` pointer", x);
    diag_label(c, d, cf->at, true, "`%s` is behind a `*T` pointer, so the data it refers to cannot be borrowed as mutable", x);
    diag_help(c, d, "consider changing this to be a mutable pointer: `*mut T` (and borrow with `&mut`)");
}

static void explain_move_from_borrow(Ctx *c, Conflict *cf) {
    const char *x = place_str(c, cf->body, cf->used);
    Type *t = mir_place_type(cf->body, cf->used);
    Diag *d = diag_error_code(c, "E0507", cf->at, "cannot move out of `%s` which is behind a %s pointer",
                              x, cf->loan_mut ? "`*mut T`" : "shared `*T`");
    diag_label(c, d, cf->at, true, "move occurs because `%s` has type `%s`, which does not implement the `Copy` trait",
               x, type_name(c, t));
    diag_help(c, d, "consider borrowing here: `&%s`", x);
}

static void explain_move_from_index(Ctx *c, Conflict *cf) {
    const char *x = place_str(c, cf->body, cf->used);
    Type *t = mir_place_type(cf->body, cf->used);
    Type *whole = mir_place_type(cf->body, cf->loan_place);
    Diag *d;
    if (whole->kind == T_ARRAY)
        d = diag_error_code(c, "E0508", cf->at, "cannot move out of type `%s`, a non-copy array",
                            type_name(c, whole));
    else
        d = diag_error_code(c, "E0507", cf->at, "cannot move out of index of `%s`", type_name(c, whole));
    diag_label(c, d, cf->at, true, "move occurs because `%s` has type `%s`, which does not implement the `Copy` trait",
               x, type_name(c, t));
    diag_help(c, d, "consider borrowing here: `&%s`", x);
}

/* rustc: `test(BAR)`, `take(BAR.v)` of a static item. cf->used is
 * `(*_t).f...` with _t holding the global's address. */
static void explain_move_from_static(Ctx *c, Conflict *cf) {
    Type *t = mir_place_type(cf->body, cf->used);
    const char *x = cf->global;
    Type *st = cf->used.nproj ? cf->used.proj[0].type : NULL;
    for (int i = 1; i < cf->used.nproj && st; i++) {
        Proj *pj = &cf->used.proj[i];
        if (pj->kind != PJ_FIELD || st->kind != T_STRUCT || pj->field >= st->fields.len)
            break;
        x = arena_printf(&c->arena, "%s.%s", x, st->fields.data[pj->field].name);
        st = pj->type;
    }
    Diag *d = cf->used.nproj <= 1
                  ? diag_error_code(c, "E0507", cf->at, "cannot move out of static item `%s`", cf->global)
                  : diag_error_code(c, "E0507", cf->at, "cannot move out of `%s` as `%s` is a static item", x,
                                    cf->global);
    diag_label(c, d, cf->at, true, "move occurs because `%s` has type `%s`, which does not implement the `Copy` trait",
               x, type_name(c, t));
    diag_help(c, d, "consider borrowing here: `&%s`", x);
}

/* rustc: `let y = x.f;` of a struct that implements Drop. */
static void explain_move_from_drop(Ctx *c, Conflict *cf) {
    Type *t = mir_place_type(cf->body, cf->used);
    const char *x = place_str(c, cf->body, cf->used);
    Diag *d = diag_error_code(c, "E0509", cf->at, "cannot move out of type `%s`, which implements the `Drop` trait",
                              type_name(c, bck_drop_type_moved_from(cf->body, cf->used)));
    diag_label(c, d, cf->at, true, "move occurs because `%s` has type `%s`, which does not implement the `Copy` trait",
               x, type_name(c, t));
    diag_note(c, d, "its destructor (`drop()`) reads every field, so none may be moved out of it");
    diag_help(c, d, "consider borrowing here: `&%s`", x);
}

/* rustc: `let x = m[&k];` of a non-Copy V moves out of HashMap's Index. */
static void explain_move_from_map(Ctx *c, Conflict *cf) {
    Type *t = mir_place_type(cf->body, cf->used);
    Diag *d = diag_error_code(c, "E0507", cf->at, "cannot move out of index of `%s`", type_name(c, cf->map));
    diag_label(c, d, cf->at, true, "move occurs because value has type `%s`, which does not implement the `Copy` trait",
               type_name(c, t));
    diag_help(c, d, "consider borrowing here: `&%s`", source_text(c, cf->at));
}

static void explain_temporary(Ctx *c, Conflict *cf) {
    Diag *d = diag_error_code(c, "E0716", cf->loan_span, "temporary value dropped while borrowed");
    diag_label(c, d, cf->loan_span, true, "creates a temporary value which is freed while still in use");
    Span end = cf->at;
    end.lo = end.hi > end.lo ? end.hi - 1 : end.lo;
    diag_label(c, d, end, false, "temporary value is freed at the end of this statement");
    later(c, d, cf, "borrow later used here");
    diag_help(c, d, "consider using `:=` to create a longer lived value");
}

/* rustc: a closure that mutably borrows what it captures is FnMut; a
 * reference to its capture may not outlive one call (no code). */
static void explain_escape_fnmut(Ctx *c, Conflict *cf) {
    Diag *d = diag_error(c, cf->at, "captured variable cannot escape `FnMut` closure body");
    diag_label(c, d, cf->loan_span, false, "`%s` is borrowed mutably here", place_str(c, cf->body, cf->loan_place));
    diag_label(c, d, cf->at, true, "returns a reference to a captured variable which escapes the closure body");
    diag_note(c, d, "a closure that changes what it captures only has access to it while it runs: the "
              "reference cannot escape the call");
    diag_help(c, d, "return a copy of the value, or pass the variable to the closure as a `*mut` parameter");
}

/* The captured variable a place of closure body b starts at: its name. */
static const char *capture_name(Ctx *c, Body *b, Place p) {
    Place root = p;
    root.nproj = p.nproj < 2 ? p.nproj : 2;
    return place_str(c, b, root);
}

/* rustc: a move of a capture (cf->used, in closure body cf->body) in a
 * closure that may be called again; cf->loan_span the closure, cf->later
 * the captured variable's declaration. A field path is "a captured
 * variable" itself; under a Box's dereference rustc names the variable. */
static void explain_move_from_capture(Ctx *c, Conflict *cf) {
    const char *x = place_str(c, cf->body, cf->used);
    const char *v = capture_name(c, cf->body, cf->used);
    bool deref = false;     /* past the capture itself: `*b` of a captured Box */
    for (int i = bck_capture_len(cf->body, cf->used); i < cf->used.nproj; i++)
        deref |= cf->used.proj[i].kind == PJ_DEREF;
    Type *t = mir_place_type(cf->body, cf->used);
    Diag *d = deref ? diag_error_code(c, "E0507", cf->at, "cannot move out of `%s`, as `%s` is a captured variable "
                                      "in an `FnMut` closure", x, v)
                    : diag_error_code(c, "E0507", cf->at, "cannot move out of `%s`, a captured variable in an "
                                      "`FnMut` closure", x);
    if (cf->later.hi > 0)
        diag_label(c, d, cf->later, false, "captured outer variable");
    diag_label(c, d, cf->loan_span, false, "captured by this `FnMut` closure");
    diag_label(c, d, cf->at, true, "move occurs because `%s` has type `%s`, which does not implement the `Copy` trait",
               x, type_name(c, t));
    diag_help(c, d, "`Fn` and `FnMut` closures require captured values to be able to be consumed multiple times, "
              "but `FnOnce` closures may consume them only once");
}

/* rustc: a closure bound to a variable is FnOnce (it moves a capture,
 * cf->later in its body cf->body), and a use of the variable (cf->loan_span)
 * needs one it may call again. */
static void explain_closure_once(Ctx *c, Conflict *cf) {
    Diag *d = diag_error_code(c, "E0525", cf->at, "expected a closure that implements the `FnMut` trait, but this "
                              "closure only implements `FnOnce`");
    diag_label(c, d, cf->at, true, "this closure implements `FnOnce`, not `FnMut`");
    diag_label(c, d, cf->later, false, "closure is `FnOnce` because it moves the variable `%s` out of its environment",
               capture_name(c, cf->body, cf->used));
    if (cf->loan_span.hi > 0)
        diag_label(c, d, cf->loan_span, false, "the requirement to implement `FnMut` derives from here");
    diag_note(c, d, "a func value may be called more than once: a closure that gives a captured value away can run "
              "only once, so it can only be called, deferred or moved to another variable");
}

/* E0521: in a closure body, a borrow of a parameter's data or of a
 * local stored into a captured variable (used), which outlives the call.
 * rustc names the variable as declared outside the closure. */
static void explain_closure_escape(Ctx *c, Conflict *cf) {
    Body *b = cf->body;
    Local *l = &b->locals.data[cf->loan_place.local];
    const char *name = l->name ? l->name : "value";
    Diag *d = diag_error_code(c, "E0521", cf->at, "borrowed data escapes outside of closure");
    Type *env = b->env_type;
    int a = cf->used.nproj >= 2 && cf->used.proj[1].kind == PJ_FIELD ? cf->used.proj[1].field : -1;
    if (env && env->kind == T_STRUCT && a >= 0 && a < env->fields.len && env->fields.data[a].span.hi > 0)
        diag_label(c, d, env->fields.data[a].span, false, "`%s` declared here, outside of the closure body",
                   env->fields.data[a].name);
    if (bck_capture_len(b, cf->loan_place)) {  /* `&mut y` of a capture y */
        diag_label(c, d, cf->at, true, "a temporary borrow escapes the closure body here");
        if (env && a >= 0 && a < env->fields.len)
            diag_help(c, d, "`%s` is declared outside the closure, so any data borrowed inside the closure "
                      "cannot be stored into it", env->fields.data[a].name);
        return;
    }
    if (l->kind == LOCAL_ARG) {
        diag_label(c, d, l->span, false, "`%s` is a reference that is only valid in the closure body", name);
        diag_label(c, d, cf->at, true, "`%s` escapes the closure body here", name);
    } else {
        diag_label(c, d, cf->loan_span, false, "borrow is only valid in the closure body");
        diag_label(c, d, cf->at, true, "reference to `%s` escapes the closure body here", name);
    }
    diag_help(c, d, "store a value the captured variable can own (a `Box[T]` or a copy) instead");
}

void bck_explain(Ctx *c, Conflict *cf) {
    switch (cf->kind) {
    case CONFLICT_USE_MOVED: explain_use_moved(c, cf); break;
    case CONFLICT_DOES_NOT_LIVE: explain_dead(c, cf); break;
    case CONFLICT_CLOSURE_ESCAPE: explain_closure_escape(c, cf); break;
    case CONFLICT_CLOSURE_OUTLIVES_BLOCK: explain_closure_outlives_block(c, cf); break;
    case CONFLICT_RETURN_LOCAL: explain_return_local(c, cf); break;
    case CONFLICT_WRITE_SHARED: explain_write_shared(c, cf); break;
    case CONFLICT_BORROW_MUT_SHARED: explain_borrow_mut_shared(c, cf); break;
    case CONFLICT_MOVE_FROM_BORROW: explain_move_from_borrow(c, cf); break;
    case CONFLICT_MOVE_FROM_INDEX: explain_move_from_index(c, cf); break;
    case CONFLICT_MOVE_FROM_MAP: explain_move_from_map(c, cf); break;
    case CONFLICT_MOVE_FROM_STATIC: explain_move_from_static(c, cf); break;
    case CONFLICT_MOVE_FROM_DROP: explain_move_from_drop(c, cf); break;
    case CONFLICT_TEMPORARY: explain_temporary(c, cf); break;
    case CONFLICT_ESCAPE_FNMUT: explain_escape_fnmut(c, cf); break;
    case CONFLICT_MOVE_FROM_CAPTURE: explain_move_from_capture(c, cf); break;
    case CONFLICT_CLOSURE_ONCE: explain_closure_once(c, cf); break;
    default: explain_loan(c, cf); break;
    }
}
