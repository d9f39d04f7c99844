/*
 * elaborate.c: drop elaboration for --runtime=drop.
 *
 * A local needs dropping when its type has drop glue: a struct with a
 * `drop` method, a Box[T], or a struct or array holding one. Every such
 * stack local gets a drop flag (a bool temporary, as rustc's drop
 * elaboration uses): set when the local is assigned, cleared when it is
 * moved out. A `drop(x) if flag` statement is inserted before each
 * StorageDead of x (scope exits, break, continue and return all emit
 * those, in reverse declaration order), before an assignment that
 * overwrites x, and for arguments before each return. Constant flags fold
 * away in LLVM.
 *
 * Memory is freed by dropping a Box only when ownership is proven: the
 * program passes the borrow checker's analyses (run here quietly). A
 * Go-style program that aliases Boxes keeps its destructors but does not
 * free Boxes (reference counting is not implemented yet), which is always
 * memory-safe. With ownership proven, a slice or string variable that
 * only ever holds fresh storage (owning_buffers) frees it too. Buffers held
 * by containers, parameters, results, escaped variables and temporaries
 * are not freed yet.
 */
#include "drop.h"
#include "../borrowck/borrowck.h"

typedef struct Elab {
    Ctx *c;
    Body *b;
    LocalId *flag;      /* per local: its drop flag, or -1 */
    Type *t_bool;
    bool free_owned;    /* ownership proven: owned heap data may be freed */
    bool *owner;        /* per local: owns (and frees) heap storage */
} Elab;

/* ---- owned slices and strings ----------------------------------------- */

static bool is_buffer(Type *t) { return t->kind == T_SLICE || t->kind == T_STRING; }

static bool moved_owner(Operand *o, bool *owning) {
    return o->kind == OPD_MOVE && o->place.nproj == 0 && owning[o->place.local];
}

static bool is_nil(Operand *o) { return o->kind == OPD_CONST && o->c.kind == CONST_NIL; }

/* A move of the temporary that holds a fresh heap allocation (box(v)). */
static bool moved_heap_alloc(Body *b, Operand *o) {
    if (o->kind != OPD_MOVE || o->place.nproj)
        return false;
    int site = b->locals.data[o->place.local].init_site;
    return site >= 0 && b->sites.data[site].storage == STORAGE_HEAP;
}

/* Does this value come with fresh heap storage its new owner may free? */
static bool owning_source(Body *b, Rvalue *rv, bool *owning) {
    switch (rv->kind) {
    case RV_MAKE_SLICE:     /* a make escape analysis kept in the frame is not freed */
        return b->sites.data[rv->site].storage == STORAGE_HEAP;
    case RV_STR_CONV:
    case RV_CONCAT:
        return true;
    case RV_APPEND:     /* the result may reuse the appendee's array */
        return moved_owner(&rv->args.data[0], owning) || is_nil(&rv->args.data[0]);
    case RV_USE:
        return moved_owner(&rv->args.data[0], owning) || is_nil(&rv->args.data[0]) ||
               moved_heap_alloc(b, &rv->args.data[0]);
    default:
        return false;
    }
}

/* Box, slice and string variables that only ever receive fresh heap
 * storage (box, make, append of an owner, conversions, concatenation,
 * moves of owners) own it and free it; a sub-slice, a copy, a literal, a
 * call result or storage escape analysis put in a frame makes a variable
 * a non-owner. Shrinks to a fixed point. */
static bool *owning_buffers(Elab *e) {
    Body *b = e->b;
    bool *own = arena_alloc(&e->c->arena, (size_t)b->locals.len + 1);
    for (int l = 0; l < b->locals.len; l++) {
        Local *lc = &b->locals.data[l];
        own[l] = lc->kind == LOCAL_USER && (is_buffer(lc->type) || lc->type->kind == T_BOX) &&
                 !lc->addressed;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < b->blocks.len; i++)
            for (int j = 0; j < b->blocks.data[i].stmts.len; j++) {
                MirStmt *st = &b->blocks.data[i].stmts.data[j];
                if (st->kind != ST_ASSIGN || st->place.nproj || !own[st->place.local])
                    continue;
                if (!owning_source(b, &st->rv, own)) {
                    own[st->place.local] = false;
                    changed = true;
                }
            }
    }
    return own;
}

static void push(Elab *e, void *stmts, MirStmt st) {
    VEC(MirStmt) *v = stmts;
    vec_push(&e->c->arena, v, st);
}

static MirStmt set_flag(Elab *e, LocalId flag, bool v, Span sp) {
    MirStmt st = {.kind = ST_ASSIGN, .span = sp, .place = place_local(flag)};
    st.rv.kind = RV_USE;
    st.rv.type = e->t_bool;
    st.rv.site = st.rv.func = -1;
    Operand o = {.kind = OPD_CONST, .type = e->t_bool};
    o.c.kind = CONST_BOOL;
    o.c.i = v;
    vec_push(&e->c->arena, &st.rv.args, o);
    return st;
}

static MirStmt drop_stmt(Elab *e, LocalId l, LocalId flag, Span sp) {
    return (MirStmt){.kind = ST_DROP, .span = sp, .place = place_local(l), .local = flag,
                     .free = e->owner && e->owner[l]};
}

static bool droppable(Elab *e, LocalId l) { return l >= 0 && e->flag[l] >= 0; }

/* x = rv where x owns something: the new value is computed into a
 * temporary first (rv may read or move x's old value), then the old value
 * is dropped if it is still owned, then x takes the new one:
 *     _t = rv; <moves clear flags>; drop(x) if fx; x = move _t; fx = true */
static void elaborate_overwrite(Elab *e, void *out, MirStmt *st) {
    LocalId x = st->place.local;
    Local t = {.kind = LOCAL_TEMP, .type = e->b->locals.data[x].type, .span = st->span, .init_site = -1};
    vec_push(&e->c->arena, &e->b->locals, t);
    LocalId tmp = e->b->locals.len - 1;
    MirStmt first = *st;
    first.place = place_local(tmp);
    push(e, out, first);
    for (int i = 0; i < st->rv.args.len; i++) {
        Operand *o = &st->rv.args.data[i];
        if (o->kind == OPD_MOVE && droppable(e, o->place.local))
            push(e, out, set_flag(e, e->flag[o->place.local], false, st->span));
    }
    push(e, out, drop_stmt(e, x, e->flag[x], st->span));
    MirStmt assign = {.kind = ST_ASSIGN, .span = st->span, .place = place_local(x)};
    assign.rv.kind = RV_USE;
    assign.rv.type = t.type;
    assign.rv.site = assign.rv.func = -1;
    Operand mv = {.kind = OPD_MOVE, .type = t.type, .place = place_local(tmp), .span = st->span};
    vec_push(&e->c->arena, &assign.rv.args, mv);
    push(e, out, assign);
    push(e, out, set_flag(e, e->flag[x], true, st->span));
}

/* One statement, with the drops and flag updates around it. */
static void elaborate_stmt(Elab *e, void *out, MirStmt *st) {
    if (st->kind == ST_STORAGE_DEAD && droppable(e, st->local))
        push(e, out, drop_stmt(e, st->local, e->flag[st->local], st->span));
    if (st->kind == ST_ASSIGN && st->place.nproj == 0 && droppable(e, st->place.local)) {
        elaborate_overwrite(e, out, st);
        return;
    }
    push(e, out, *st);
    if (st->kind == ST_ASSIGN || st->kind == ST_EVAL)
        for (int i = 0; i < st->rv.args.len; i++) {
            Operand *o = &st->rv.args.data[i];
            /* moving x, or a part of x, ends x's ownership (a partly moved
               value is not dropped: what is left leaks, safely) */
            if (o->kind == OPD_MOVE && droppable(e, o->place.local))
                push(e, out, set_flag(e, e->flag[o->place.local], false, st->span));
        }
}

static void elaborate_body(Elab *e) {
    Body *b = e->b;
    int nlocals = b->locals.len;
    e->flag = arena_alloc(&e->c->arena, sizeof(LocalId) * (size_t)nlocals);
    bool *buffers = e->free_owned ? owning_buffers(e) : NULL;
    e->owner = buffers;
    bool any = false;
    for (int l = 0; l < nlocals; l++) {
        Local *lc = &b->locals.data[l];
        bool own = (lc->kind == LOCAL_USER || lc->kind == LOCAL_ARG) &&
                   !(lc->addressed && lc->storage == STORAGE_HEAP) &&
                   (type_needs_drop(lc->type) || (buffers && buffers[l]));
        e->flag[l] = -1;
        if (!own)
            continue;
        Local f = {.kind = LOCAL_TEMP, .type = e->t_bool, .span = lc->span, .init_site = -1};
        vec_push(&e->c->arena, &b->locals, f);
        e->flag[l] = b->locals.len - 1;
        any = true;
    }
    if (!any)
        return;
    for (int i = 0; i < b->blocks.len; i++) {
        Block *bb = &b->blocks.data[i];
        VEC(MirStmt) out = {0};
        if (i == 0)
            for (int l = 0; l < nlocals; l++)
                if (e->flag[l] >= 0)
                    push(e, &out, set_flag(e, e->flag[l], b->locals.data[l].kind == LOCAL_ARG, b->span));
        for (int j = 0; j < bb->stmts.len; j++)
            elaborate_stmt(e, &out, &bb->stmts.data[j]);
        if (bb->term.kind == TM_RETURN)
            for (int l = nlocals - 1; l >= 0; l--)
                if (e->flag[l] >= 0 && b->locals.data[l].kind == LOCAL_ARG)
                    push(e, &out, drop_stmt(e, l, e->flag[l], bb->term.span));
        bb->stmts.data = out.data;
        bb->stmts.len = out.len;
        bb->stmts.cap = out.cap;
    }
}

/* Does the program pass the borrow checker? Checked quietly. */
static bool ownership_proven(Ctx *c, MirProgram *p) {
    int ndiags = c->diags.len, nerrors = c->nerrors, ncoded = c->ncoded;
    bck_check(c, p);
    bool clean = c->nerrors == nerrors;
    c->diags.len = ndiags;
    c->nerrors = nerrors;
    c->ncoded = ncoded;
    return clean;
}

void drop_elaborate(Ctx *c, MirProgram *p) {
    p->free_boxes = c->opt.borrowck || ownership_proven(c, p);
    SemaInfo *s = p->sema;
    for (int i = 0; i < p->bodies.len; i++) {
        Elab e = {c, p->bodies.data[i], NULL, s->t_bool, p->free_boxes, NULL};
        elaborate_body(&e);
    }
}
