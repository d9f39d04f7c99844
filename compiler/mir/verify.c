/*
 * verify.c: the MIR invariant checker, run between passes (QBE style).
 *
 * Checks, for every body: each block's terminator targets exist; every
 * place, operand and storage statement names an existing local; index
 * projections use int locals; argument counts are within the locals;
 * every projection's recorded type agrees with what it projects from; and
 * every body named is in the body's callee list. A
 * failure is an internal compiler error naming the pass that broke it.
 */
#include "mir.h"

typedef struct Verifier {
    Ctx *c;
    Body *b;
    const char *pass;
    int block;
} Verifier;

#define FAIL(V, ...)                                                         \
    ICE("MIR verification failed after %s in %s bb%d: %s", (V)->pass,        \
        (V)->b->name, (V)->block, arena_printf(&(V)->c->arena, __VA_ARGS__))

static void check_local(Verifier *V, LocalId l) {
    if (l < 0 || l >= V->b->locals.len)
        FAIL(V, "local _%d does not exist", l);
}

static Type *proj_source_ok(Verifier *V, Type *t, Proj *pj) {
    switch (pj->kind) {
    case PJ_DEREF:
        if (t->kind != T_PTR && t->kind != T_BOX)
            FAIL(V, "deref of a non-pointer");
        break;
    case PJ_FIELD:
        if (t->kind != T_STRUCT || pj->field < 0 || pj->field >= t->fields.len)
            FAIL(V, "bad field projection .%d", pj->field);
        break;
    case PJ_INDEX:
        check_local(V, pj->index);
        /* fallthrough */
    case PJ_CONST_INDEX:
        if (t->kind != T_ARRAY && t->kind != T_SLICE && t->kind != T_STRING)
            FAIL(V, "index of a non-indexable type");
        break;
    }
    return pj->type;
}

static void check_place(Verifier *V, Place p) {
    check_local(V, p.local);
    Type *t = V->b->locals.data[p.local].type;
    for (int i = 0; i < p.nproj; i++) {
        if (!p.proj[i].type)
            FAIL(V, "projection without a type");
        t = proj_source_ok(V, t, &p.proj[i]);
    }
}

/* The call graph (callgraph.c) reads Body.callees: every body named here
 * must be listed there. */
static void check_callee(Verifier *V, int f) {
    for (int i = 0; i < V->b->callees.len; i++)
        if (V->b->callees.data[i] == f)
            return;
    FAIL(V, "body %d is named but not among the callees", f);
}

static void check_operand(Verifier *V, Operand *o) {
    if (!o->type)
        FAIL(V, "operand without a type");
    if (o->kind != OPD_CONST)
        check_place(V, o->place);
    else if (o->c.kind == CONST_FUNC)
        check_callee(V, o->c.func);
}

static void operand_cb(void *V, Operand *o) { check_operand(V, o); }

/* (its operands are checked by check_block's mir_visit_operands) */
static void check_rvalue(Verifier *V, Rvalue *rv) {
    if (!rv->type)
        FAIL(V, "rvalue %s without a type", mir_rvalue_name(rv->kind));
    if (mir_rvalue_has_place(rv))
        check_place(V, rv->place);
    if (rv->site >= V->b->sites.len)
        FAIL(V, "site %d does not exist", rv->site);
    if (rv->kind == RV_CLOSURE)
        check_callee(V, rv->func);
}

static void check_block(Verifier *V, Block *bb) {
    mir_foreach_stmt_in(bb, st) {
        mir_visit_operands(st, operand_cb, V);
        switch (st->kind) {
        case ST_ASSIGN: check_place(V, st->place); check_rvalue(V, &st->rv); break;
        case ST_EVAL: check_rvalue(V, &st->rv); break;
        case ST_STORAGE_LIVE:
        case ST_STORAGE_DEAD: check_local(V, st->local); break;
        case ST_RETAIN: check_place(V, st->place); break;
        case ST_DROP:
            check_place(V, st->place);
            if (st->local >= 0)
                check_local(V, st->local);
            break;
        default: break;
        }
    }
    Terminator *t = &bb->term;
    int nb = V->b->blocks.len;
    if ((t->kind == TM_GOTO || t->kind == TM_BRANCH || t->kind == TM_DROP) &&
        (t->target < 0 || t->target >= nb))
        FAIL(V, "jump to missing block bb%d", t->target);
    if (t->kind == TM_BRANCH) {
        if (t->els < 0 || t->els >= nb)
            FAIL(V, "branch to missing block bb%d", t->els);
    }
    mir_visit_term_operands(t, operand_cb, V);
    if (t->kind == TM_DROP)
        check_place(V, t->place);
}

void mir_verify_body(Ctx *c, Body *b, const char *after_pass) {
    Verifier V = {c, b, after_pass, -1};
    if (V.b->blocks.len == 0)
        FAIL(&V, "body has no blocks");
    if (V.b->nargs >= V.b->locals.len)
        FAIL(&V, "more arguments than locals");
    mir_foreach_block(b, bb) {
        V.block = mir_block_id(b, bb);
        check_block(&V, bb);
    }
}

bool mir_verify(Ctx *c, MirProgram *p, const char *after_pass) {
    for (int i = 0; i < p->bodies.len; i++)
        mir_verify_body(c, p->bodies.data[i], after_pass);
    return true;
}
