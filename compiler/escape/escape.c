/*
 * escape.c: the escape-analysis driver (Go's escape.Funcs/Batch). Bodies
 * are analysed in bottom-up batches (strongly connected components of the
 * call graph), so a call to an earlier batch reads the callee's parameter
 * summaries. After each batch: parameter summaries are frozen, every
 * addressed local and allocation site gets its Storage, and -m lines are
 * reported.
 */
#include "escape.h"

static void finish_body(Esc *E, Body *b) {
    EscBody *eb = &E->bodies[b->index];
    eb->param_leaks = arena_alloc(E->arena, sizeof(Leaks) * (size_t)(eb->nparams + 1));
    int base = b->has_env ? 2 : 1;
    for (int i = 0; i < eb->nparams; i++) {
        Leaks lk = eb->locals[base + i]->leaks;
        leaks_optimize(&lk);
        eb->param_leaks[i] = lk;
    }
    for (int i = 0; i < b->locals.len; i++) {
        EscLoc *l = eb->locals[i];
        b->locals.data[i].storage = l->escapes ? STORAGE_HEAP : STORAGE_STACK;
    }
    for (int i = 0; i < b->sites.len; i++) {
        EscLoc *l = eb->sites[i];
        b->sites.data[i].storage = l->escapes ? STORAGE_HEAP : STORAGE_STACK;
        b->sites.data[i].heap_why = l->forced_why;
    }
    eb->analyzed = true;
    eb->in_batch = false;
    eb->locals = eb->sites = NULL;      /* in the batch arena */
    eb->single_def = NULL;
}

static void analyze_batch(Esc *E, int *bodies, int n) {
    E->batch_locs.len = 0;
    for (int i = 0; i < n; i++)
        esc_init_body(E, E->p->bodies.data[bodies[i]]);
    for (int i = 0; i < n; i++)
        esc_build_body(E, E->p->bodies.data[bodies[i]]);
    esc_walk_all(E);
    if (E->c->opt.m_level || E->c->opt.explain)
        esc_report_batch(E, bodies, n);
    for (int i = 0; i < n; i++)
        finish_body(E, E->p->bodies.data[bodies[i]]);
    /* The batch's locations are done with; so are the flows into the heap
     * and blank, which later batches would otherwise walk again. */
    E->heap.edges.data = E->blank.edges.data = NULL;
    E->heap.edges.len = E->heap.edges.cap = E->blank.edges.len = E->blank.edges.cap = 0;
    E->batch_locs.data = NULL;
    E->batch_locs.len = E->batch_locs.cap = 0;
    arena_reset(E->batch);
}

void esc_analyze(Ctx *c, MirProgram *p) {
    Arena scratch = {0}, batch = {0};  /* the analysis' own state */
    Esc E = {0};
    E.c = c;
    E.p = p;
    E.arena = &scratch;
    E.batch = &batch;
    E.heap.escapes = true;
    E.heap.local = E.blank.local = -1;
    E.heap.site = E.blank.site = -1;
    E.bodies = arena_alloc(&scratch, sizeof(EscBody) * (size_t)(p->bodies.len + 1));
    SccList sccs = mir_bottom_up(c, p);
    for (int k = 0; k < sccs.count; k++)
        analyze_batch(&E, sccs.bodies + sccs.start[k], sccs.start[k + 1] - sccs.start[k]);
    arena_free(&batch);
    arena_free(&scratch);
}
