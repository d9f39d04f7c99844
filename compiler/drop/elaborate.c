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

/* The allocation site a value comes from when it is stack storage escape
 * analysis chose (a make, or a moved box(v) temporary), else -1. */
static int stack_site(Body *b, Rvalue *rv) {
    if (rv->kind == RV_MAKE_SLICE)
        return b->sites.data[rv->site].storage == STORAGE_STACK ? rv->site : -1;
    if (rv->kind == RV_USE && rv->args.data[0].kind == OPD_MOVE && rv->args.data[0].place.nproj == 0) {
        int site = b->locals.data[rv->args.data[0].place.local].init_site;
        if (site >= 0 && b->sites.data[site].storage == STORAGE_STACK)
            return site;
    }
    return -1;
}

/* A variable that receives heap storage on some assignments and frame
 * storage on others could not tell at its death whether to free: its
 * frame allocations are moved to the heap (always safe, rarely needed). A
 * variable that only ever holds frame storage keeps it there (churn). */
static void promote_mixed_sources(Elab *e, bool *own) {
    Body *b = e->b;
    bool *heap_src = arena_alloc(&e->c->arena, (size_t)b->locals.len + 1);
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < b->blocks.len; i++)
            for (int j = 0; j < b->blocks.data[i].stmts.len; j++) {
                MirStmt *st = &b->blocks.data[i].stmts.data[j];
                if (st->kind != ST_ASSIGN || st->place.nproj || !own[st->place.local])
                    continue;
                int site = stack_site(b, &st->rv);
                if (pass == 0 && site < 0 && owning_source(b, &st->rv, own))
                    heap_src[st->place.local] = true;
                if (pass == 1 && site >= 0 && heap_src[st->place.local])
                    b->sites.data[site].storage = STORAGE_HEAP;
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
    promote_mixed_sources(e, own);
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

/* In a program the borrow checker does not accept, a variable whose
 * address is taken may be used through a pointer after its block ends (Go
 * lets `r = &x` outlive x's block within one frame): its drop waits for
 * the function's return, so it never runs before a use. (With ownership
 * proven, no borrow outlives its block and drops stay at scope exit.) */
static bool drop_at_return(Elab *e, LocalId l) {
    return !e->free_owned && e->b->locals.data[l].addressed && e->b->locals.data[l].kind == LOCAL_USER;
}

/* One statement, with the drops and flag updates around it. */
static void elaborate_stmt(Elab *e, void *out, MirStmt *st) {
    if (st->kind == ST_STORAGE_DEAD && droppable(e, st->local) && !drop_at_return(e, st->local))
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
                if (e->flag[l] >= 0 && (b->locals.data[l].kind == LOCAL_ARG || drop_at_return(e, l)))
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

/* ---- owned appends --------------------------------------------------- */

/* Is this store `g = append(g, ...)` (or `g = nil`) on global gi? */
static bool owning_global_store(MirStmt *st, int gi, int *tg) {
    Rvalue *rv = &st->rv;
    if (rv->kind == RV_USE && rv->args.data[0].kind == OPD_CONST && rv->args.data[0].c.kind == CONST_NIL)
        return true;
    if (rv->kind != RV_APPEND)
        return false;
    Operand *a = &rv->args.data[0];
    return a->kind == OPD_MOVE && a->place.nproj == 1 && a->place.proj[0].kind == PJ_DEREF &&
           tg[a->place.local] == gi;
}

/* Slice globals that are only ever grown by appending to themselves own
 * their arrays: growing them frees the old array. */
static bool *owning_globals(Ctx *c, MirProgram *p, int **tgs) {
    int ng = p->sema->globals.len;
    bool *own = arena_alloc(&c->arena, (size_t)ng + 1);
    for (int g = 0; g < ng; g++)
        own[g] = p->sema->globals.data[g].type->kind == T_SLICE && !p->sema->globals.data[g].init;
    for (int i = 0; i < p->bodies.len; i++) {
        Body *b = p->bodies.data[i];
        int *tg = tgs[i];
        for (int k = 0; k < b->blocks.len; k++)
            for (int j = 0; j < b->blocks.data[k].stmts.len; j++) {
                MirStmt *st = &b->blocks.data[k].stmts.data[j];
                if (st->kind != ST_ASSIGN)
                    continue;
                /* a store into g: whole-value stores must be self-appends */
                if (st->place.nproj >= 1 && st->place.proj[0].kind == PJ_DEREF) {
                    int gi = tg[st->place.local];
                    if (gi >= 0 && (st->place.nproj > 1 || !owning_global_store(st, gi, tg)))
                        own[gi] = st->place.nproj > 1 && st->place.proj[1].kind != PJ_FIELD ? own[gi] : false;
                }
                /* a pointer to g held elsewhere, or a slice of it, may alias it */
                if ((st->rv.kind == RV_REF || st->rv.kind == RV_SLICE) && st->rv.place.nproj >= 1) {
                    int gi = tg[st->rv.place.local];
                    if (gi >= 0)
                        own[gi] = false;
                }
            }
    }
    return own;
}

/* Mark appends whose appendee's array belongs to the destination. tg was
 * computed before elaboration added temporaries; it is only indexed by
 * locals of statements elaboration never rewrites (stores into globals). */
static void mark_owned_appends(Body *b, int *tg, bool *owner, bool *gown) {
    for (int k = 0; k < b->blocks.len; k++)
        for (int j = 0; j < b->blocks.data[k].stmts.len; j++) {
            MirStmt *st = &b->blocks.data[k].stmts.data[j];
            if (st->kind != ST_ASSIGN || st->rv.kind != RV_APPEND)
                continue;
            Operand *a = &st->rv.args.data[0];
            if (a->kind != OPD_MOVE)
                continue;
            bool local_self = owner && a->place.nproj == 0 && owner[a->place.local];
            int gi = a->place.nproj == 1 ? tg[a->place.local] : -1;
            bool global_self = gi >= 0 && gown[gi] && st->place.nproj == 1 &&
                               tg[st->place.local] == gi;
            st->rv.owned = local_self || global_self;
        }
}

void drop_elaborate(Ctx *c, MirProgram *p) {
    p->free_boxes = c->opt.borrowck || ownership_proven(c, p);
    if (!p->free_boxes) {
        rc_elaborate(c, p);
        return;
    }
    SemaInfo *s = p->sema;
    int **tgs = arena_alloc(&c->arena, sizeof(int *) * (size_t)(p->bodies.len + 1));
    for (int i = 0; p->free_boxes && i < p->bodies.len; i++)
        tgs[i] = mir_global_temps(c, p->bodies.data[i]);
    bool *gown = p->free_boxes ? owning_globals(c, p, tgs) : NULL;
    for (int i = 0; i < p->bodies.len; i++) {
        Elab e = {c, p->bodies.data[i], NULL, s->t_bool, p->free_boxes, NULL};
        elaborate_body(&e);
        if (gown)
            mark_owned_appends(e.b, tgs[i], e.owner, gown);
    }
}
