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
 * memory-safe. Slices, strings, escaped variables and temporaries are not
 * freed yet.
 */
#include "drop.h"
#include "../borrowck/borrowck.h"

static bool needs_drop(Type *t) {
    switch (t->kind) {
    case T_BOX: return true;
    case T_ARRAY: return t->len > 0 && needs_drop(t->elem);
    case T_STRUCT:
        if (t->drop)
            return true;
        for (int i = 0; i < t->fields.len; i++)
            if (needs_drop(t->fields.data[i].type))
                return true;
        return false;
    default: return false;
    }
}

typedef struct Elab {
    Ctx *c;
    Body *b;
    LocalId *flag;      /* per local: its drop flag, or -1 */
    Type *t_bool;
} Elab;

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

static MirStmt drop_stmt(LocalId l, LocalId flag, Span sp) {
    return (MirStmt){.kind = ST_DROP, .span = sp, .place = place_local(l), .local = flag};
}

static bool droppable(Elab *e, LocalId l) { return l >= 0 && e->flag[l] >= 0; }

/* One statement, with the drops and flag updates around it. */
static void elaborate_stmt(Elab *e, void *out, MirStmt *st) {
    if (st->kind == ST_STORAGE_DEAD && droppable(e, st->local))
        push(e, out, drop_stmt(st->local, e->flag[st->local], st->span));
    bool assigns = st->kind == ST_ASSIGN && st->place.nproj == 0 && droppable(e, st->place.local);
    if (assigns)    /* the old value dies when it is overwritten */
        push(e, out, drop_stmt(st->place.local, e->flag[st->place.local], st->span));
    push(e, out, *st);
    if (st->kind == ST_ASSIGN || st->kind == ST_EVAL)
        for (int i = 0; i < st->rv.args.len; i++) {
            Operand *o = &st->rv.args.data[i];
            /* moving x, or a part of x, ends x's ownership (a partly moved
               value is not dropped: what is left leaks, safely) */
            if (o->kind == OPD_MOVE && droppable(e, o->place.local))
                push(e, out, set_flag(e, e->flag[o->place.local], false, st->span));
        }
    if (assigns)
        push(e, out, set_flag(e, e->flag[st->place.local], true, st->span));
}

static void elaborate_body(Elab *e) {
    Body *b = e->b;
    int nlocals = b->locals.len;
    e->flag = arena_alloc(&e->c->arena, sizeof(LocalId) * (size_t)nlocals);
    bool any = false;
    for (int l = 0; l < nlocals; l++) {
        Local *lc = &b->locals.data[l];
        bool own = (lc->kind == LOCAL_USER || lc->kind == LOCAL_ARG) &&
                   !(lc->addressed && lc->storage == STORAGE_HEAP) && needs_drop(lc->type);
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
                    push(e, &out, drop_stmt(l, e->flag[l], bb->term.span));
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
        Elab e = {c, p->bodies.data[i], NULL, s->t_bool};
        elaborate_body(&e);
    }
}
