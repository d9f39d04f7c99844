/*
 * escape.c: the escape-analysis driver (Go's escape.Funcs/Batch). Bodies
 * are analysed in bottom-up batches (strongly connected components of the
 * call graph), so a call to an earlier batch reads the callee's parameter
 * summaries. After each batch: parameter summaries are frozen, every
 * local and allocation site gets its Storage and what -m will say about
 * it (decide.c; printed by esc_report after the last pass). esc_ready
 * runs a function's batch as soon as it is built, when everything it
 * calls is analyzed (its MIR is still in cache); that can be before a
 * batch Go analyses first, so the report is told Go's order of the
 * batches (esc_report_rank) and prints in it.
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
    b->recv_leaks = b->fi && b->fi->recv && eb->nparams > 0 && leaks_heap(eb->param_leaks[0]) == 0;
    esc_decide_body(E, b);
    eb->analyzed = true;
    eb->in_batch = false;
    eb->built = false;
    eb->locals = eb->sites = NULL;      /* in the batch arena */
    eb->single_def = NULL;
    eb->temps = NULL;
    eb->maplit = NULL;
}

static void analyze_batch(Esc *E, int *bodies, int n) {
    E->batch_locs.len = 0;
    esc_report_batch_begin(E->report, bodies[0]);
    /* In Go's order of the batch (the reverse of bodies[]): every body's
     * variables, then each body's sites and flows; the order decides
     * which paths -m=2 explains (the walk takes the newest root first). */
    for (int i = n - 1; i >= 0; i--)
        esc_init_body(E, E->p->bodies.data[bodies[i]]);
    for (int i = n - 1; i >= 0; i--)
        esc_init_sites(E, E->p->bodies.data[bodies[i]]);
    for (int i = n - 1; i >= 0; i--)
        esc_find_devirts(E, E->p->bodies.data[bodies[i]]);
    /* Only the top-level bodies: a func literal's is built where the
     * literal is (flows.c's closure, Go's OCLOSURE walking fn), so what
     * its walk prints comes between its parent's before and after. A
     * literal never reached (dead code) is built after all the rest. */
    for (int i = n - 1; i >= 0; i--) {
        Body *b = E->p->bodies.data[bodies[i]];
        if (b->parent < 0 || !E->bodies[b->parent].in_batch)
            esc_build_body(E, b);
    }
    for (int i = n - 1; i >= 0; i--)
        if (!E->bodies[bodies[i]].built)
            esc_build_body(E, E->p->bodies.data[bodies[i]]);
    for (int i = n - 1; i >= 0; i--)
        esc_list_sites(E, E->p->bodies.data[bodies[i]]);
    for (int i = n - 1; i >= 0; i--)
        if (E->p->bodies.data[bodies[i]]->parent < 0)
            esc_flow_closures(E, E->p->bodies.data[bodies[i]]);
    esc_flow_forced(E);
    esc_walk_all(E);
    if (E->c->opt.m_level || E->c->opt.explain)
        esc_report_batch(E, bodies, n);
    for (int i = 0; i < n; i++)
        finish_body(E, E->p->bodies.data[bodies[i]]);
    esc_batch_forget(E);
}

/* The batch's locations are done with; so are the flows into the heap
 * and blank, which later batches would otherwise walk again, and every
 * list in the batch arena. */
void esc_batch_forget(Esc *E) {
    E->heap.edges.data = E->blank.edges.data = NULL;
    E->heap.edges.len = E->heap.edges.cap = E->blank.edges.len = E->blank.edges.cap = 0;
    E->batch_locs.data = NULL;
    E->batch_locs.len = E->batch_locs.cap = 0;
    E->by_ref.data = NULL;
    E->by_ref.len = E->by_ref.cap = 0;
    E->requotable.data = NULL;
    E->requotable.len = E->requotable.cap = 0;
    E->requotable_in.data = NULL;
    E->requotable_in.len = E->requotable_in.cap = 0;
    E->keys_first.data = NULL;
    E->keys_first.len = E->keys_first.cap = 0;
    arena_reset(E->batch);
}

struct EscStream {
    Esc E;
    Arena scratch, batch;   /* the analysis' own state */
};

/* Room for every body built so far (func literals keep coming). */
static void room_for_bodies(Esc *E) {
    vec_reserve_(E->arena, (void **)&E->bodies, &E->nbodies, E->p->bodies.len + 1, sizeof(EscBody));
}

EscStream *esc_begin(Ctx *c, MirProgram *p) {
    EscStream *st = arena_alloc(&c->arena, sizeof *st);
    Esc *E = &st->E;
    E->c = c;
    E->p = p;
    E->report = esc_report_new(c);
    E->arena = &st->scratch;
    E->batch = &st->batch;
    E->heap.escapes = true;
    E->heap.local = E->blank.local = -1;
    E->heap.site = E->blank.site = -1;
    room_for_bodies(E);
    return st;
}

/* A body's position in the group {body} + [first, last), or -1. */
static int group_index(int b, int body, int first, int last) {
    return b == body ? 0 : b >= first && b < last ? b - first + 1 : -1;
}

void esc_ready(EscStream *st, int body, int first, int last) {
    Esc *E = &st->E;
    room_for_bodies(E);
    /* the group: the function and its func literals (one component) */
    for (int g = first - 1; g < last; g++) {
        Body *b = E->p->bodies.data[g < first ? body : g];
        for (int j = 0; j < b->callees.len; j++) {
            int f = b->callees.data[j];
            if (group_index(f, body, first, last) < 0 && !E->bodies[f].analyzed)
                return;     /* calls something not analyzed yet: wait */
        }
    }
    /* In the order callgraph.c's Tarjan gives the component: -m=2
     * explains the first path the solver finds, which depends on it. */
    int n = last - first + 1;
    SccList scc = mir_group_components(E->batch, E->p, body, first, last);
    if (scc.start[scc.count] != n)
        ICE("escape: func literal of %s not reached from it", E->p->bodies.data[body]->name);
    analyze_batch(E, scc.bodies, n);
}

EscReport *esc_finish(EscStream *st) {
    Esc *E = &st->E;
    room_for_bodies(E);
    SccList sccs = mir_bottom_up(E->c, E->p);
    esc_report_rank(E->report, sccs, E->p->bodies.len);     /* print in Go's order */
    for (int k = 0; k < sccs.count; k++) {
        int *bodies = sccs.bodies + sccs.start[k];
        if (!E->bodies[bodies[0]].analyzed)    /* components are all or none */
            analyze_batch(E, bodies, sccs.start[k + 1] - sccs.start[k]);
    }
    esc_wrappers(E);    /* go1.19's method wrappers, after every function */
    esc_end(st);
    E->p->decided = true;
    return E->report;
}

void esc_end(EscStream *st) {
    if (!st)
        return;
    arena_free(&st->batch);
    arena_free(&st->scratch);
}
