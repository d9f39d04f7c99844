/*
 * solve.c: solving the escape graph, mirroring Go's escape/solve.go.
 *
 * walk_all keeps a LIFO worklist of roots (every location and the heap).
 * walk_one(root) is Bellman-Ford over incoming edges computing, for every
 * location that reaches root, the minimum number of dereferences on the
 * way. A location whose address (derefs < 0) reaches a root that outlives
 * it escapes; a parameter whose value reaches such a root records a leak.
 * A location that newly escapes is queued again as a root; escaping
 * happens once per location, so the total work is linear in walks.
 */
#include "escape.h"

#include <stdlib.h>

/* Does root outlive other? (Go's batch.outlives) */
static bool outlives(Esc *E, EscLoc *root, EscLoc *other) {
    if (root->escapes)
        return true;
    if (root->is_result) {
        /* a directly called closure may return outer storage */
        EscBody *rb = root->body ? &E->bodies[root->body->index] : NULL;
        if (rb && root->body->has_env && rb->closure_called &&
            esc_contains_closure(E, other->body, root->body))
            return false;
        return true;
    }
    if (root->body == other->body && root->loop_depth < other->loop_depth)
        return true;
    return esc_contains_closure(E, root->body, other->body);
}

/* Is the named result that root stands for moved to the heap? Go's
 * result location is that variable, so a value returned goes to the
 * heap; ml0c's `return v` writes _0 directly, hence this question. */
static bool named_result_escapes(Esc *E, EscLoc *root) {
    Body *b = root->body;
    int k = root->result_index >= 0 ? root->result_index : 0;
    if (!b || !b->fi || k >= b->fi->results.len ||
        (root->result_index < 0 && E->bodies[b->index].nresults > 0))
        return false;
    Var *v = b->fi->results.data[k];
    for (int j = 0; j < b->locals.len; j++)
        if (b->locals.data[j].var == v)
            return E->bodies[b->index].locals[j]->escapes;
    return false;
}

/* Go's leakTo: to a result of param's own function that stays on the
 * stack, a result leak (_0 of a multi-result body: to each of them);
 * anywhere else, including a named result moved to the heap (Go's
 * #44614), the heap. */
static void leak_to(Esc *E, EscLoc *param, EscLoc *root, int derefs) {
    if (!root->escapes && root->is_result && root->body == param->body &&
        !named_result_escapes(E, root)) {
        int n = root->body ? E->bodies[root->body->index].nresults : 0;
        if (root->result_index >= 0 || n == 0)
            leaks_add_result(&param->leaks, root->result_index >= 0 ? root->result_index : 0, derefs);
        for (int k = 0; root->result_index < 0 && k < n; k++)
            leaks_add_result(&param->leaks, k, derefs);
    } else {
        leaks_add_heap(&param->leaks, derefs);
    }
}

typedef VEC(EscLoc *) LocStack;

static void walk_one(Esc *E, EscLoc *root, LocStack *todo, LocStack *queue) {
    uint32_t gen = ++E->walkgen;
    root->walkgen = gen;
    root->derefs = 0;
    root->dst = NULL;
    todo->len = 0;
    vec_push(E->batch, todo, root);
    while (todo->len > 0) {
        EscLoc *l = todo->data[--todo->len];
        int derefs = l->derefs;
        bool address_of = derefs < 0;
        if (address_of) {
            derefs = 0;     /* root = &l; l = x: x's address does not flow */
            if (!root->transient && l->transient) {
                l->transient = false;   /* walked again, as Go does */
                if (!l->queued) {
                    l->queued = true;
                    vec_push(E->batch, queue, l);
                }
            }
        }
        if (outlives(E, root, l)) {
            if (l->is_param) {
                /* also when l itself moved to the heap (Go's leakTo): a
                   parameter whose address is returned leaks its value */
                leak_to(E, l, root, derefs);
                /* Go explains a leak each time a walk finds it */
                if (E->c->opt.m_level >= 2 && !l->escapes && !E->c->opt.explain)
                    esc_explain_leak(E, root, l, derefs);
            }
            if (address_of && !l->escapes) {
                l->escapes = true;
                if (E->c->opt.m_level >= 2 || E->c->opt.explain)
                    esc_explain_escape(E, root, l);
                if (!l->queued) {
                    l->queued = true;
                    vec_push(E->batch, queue, l);
                }
                continue;
            }
        }
        for (int i = 0; i < l->edges.len; i++) {
            EscEdge *e = &l->edges.data[i];
            if (e->src->escapes) {
                /* a forced allocation whose address reaches a root that
                   outlives it would escape anyway */
                if (e->src->forced_why && !e->src->truly && derefs + e->derefs < 0 &&
                    outlives(E, root, e->src))
                    e->src->truly = true;
                continue;
            }
            int d = derefs + e->derefs;
            if (e->src->walkgen != gen || e->src->derefs > d) {
                e->src->walkgen = gen;
                e->src->derefs = d;
                e->src->dst = l;
                e->src->dst_edge = i;
                vec_push(E->batch, todo, e->src);
            }
        }
    }
}

void esc_walk_all(Esc *E) {
    LocStack queue = {0}, todo = {0};
    for (int i = 0; i < E->batch_locs.len; i++) {
        E->batch_locs.data[i]->queued = true;
        vec_push(E->batch, &queue, E->batch_locs.data[i]);
    }
    E->heap.queued = true;
    vec_push(E->batch, &queue, &E->heap);
    while (queue.len > 0) {
        EscLoc *root = queue.data[--queue.len];
        root->queued = false;
        walk_one(E, root, &todo, &queue);
    }
}
