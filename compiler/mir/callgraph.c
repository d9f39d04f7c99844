/*
 * callgraph.c: the static call graph over bodies and its strongly
 * connected components in bottom-up order (Tarjan's algorithm, iterative so
 * a 100,000-deep call chain cannot overflow the C stack).
 *
 * An edge b -> f exists when b mentions f as a constant (a direct call or a
 * function value) or builds a closure of f; closures and their enclosing
 * body point at each other, so they always share a component, as in Go's
 * ir.VisitFuncsBottomUp. The builder lists each body's edges as it
 * finishes the body (Body.callees), so this never walks the statements.
 *
 * One walk serves two callers: mir_bottom_up over the whole program, and
 * mir_group_components over one function and its func literals (escape
 * analysis, streaming, asks for a group's order as soon as it is built;
 * the order within a component is the one the whole-program walk gives).
 */
#include "mir.h"

#include <stdlib.h>

typedef struct Frame { int v, next_edge; } Frame;

/* The graph Tarjan walks, in its own numbering 0..n-1: every body of p,
 * or one group of bodies, {body} + [first, last), whose edges leaving the
 * group are ignored. */
typedef struct View {
    MirProgram *p;
    int n;
    bool group;
    int body, first, last;
} View;

static int view_body(const View *g, int i) { return !g->group ? i : i == 0 ? g->body : g->first + i - 1; }

static int view_node(const View *g, int b) {
    if (!g->group)
        return b;
    return b == g->body ? 0 : b >= g->first && b < g->last ? b - g->first + 1 : -1;
}

typedef struct Tarjan {
    int *index, *low, *stack;   /* per node; stack of nodes */
    bool *on;
    Frame *call;
    int counter, sp;
    SccList out;                /* components, as body indices */
    int filled;
} Tarjan;

/* Tarjan's algorithm from root, iteratively (a 100,000-deep call chain
 * must not overflow the C stack): each component found is appended to
 * t->out, its members in the order they leave the stack. */
static void tarjan_from(const View *g, Tarjan *t, int root) {
    int depth = 0;
    t->call[depth++] = (Frame){root, 0};
    t->index[root] = t->low[root] = t->counter++;
    t->stack[t->sp++] = root;
    t->on[root] = true;
    while (depth > 0) {
        Frame *f = &t->call[depth - 1];
        int v = f->v;
        Body *bv = g->p->bodies.data[view_body(g, v)];
        if (f->next_edge < bv->callees.len) {
            int w = view_node(g, bv->callees.data[f->next_edge++]);
            if (w < 0)
                continue;
            if (t->index[w] < 0) {
                t->index[w] = t->low[w] = t->counter++;
                t->stack[t->sp++] = w;
                t->on[w] = true;
                t->call[depth++] = (Frame){w, 0};
            } else if (t->on[w] && t->index[w] < t->low[v]) {
                t->low[v] = t->index[w];
            }
            continue;
        }
        if (t->low[v] == t->index[v]) {     /* v roots a component */
            t->out.start[t->out.count++] = t->filled;
            int w;
            do {
                w = t->stack[--t->sp];
                t->on[w] = false;
                t->out.bodies[t->filled++] = view_body(g, w);
            } while (w != v);
        }
        depth--;
        if (depth > 0) {
            int u = t->call[depth - 1].v;
            if (t->low[v] < t->low[u])
                t->low[u] = t->low[v];
        }
    }
    t->out.start[t->out.count] = t->filled;
}

/* Room for a walk over n nodes, from arena a (or malloc when a is NULL). */
static Tarjan tarjan_new(Arena *a, int n, Arena *out) {
    size_t ni = sizeof(int) * (size_t)(n + 1);
    Tarjan t = {0};
    t.index = a ? arena_alloc(a, ni) : malloc(ni);
    t.low = a ? arena_alloc(a, ni) : malloc(ni);
    t.stack = a ? arena_alloc(a, ni) : malloc(ni);
    t.on = a ? arena_alloc(a, (size_t)n + 1) : calloc((size_t)n + 1, 1);
    t.call = a ? arena_alloc(a, sizeof(Frame) * (size_t)(n + 1)) : malloc(sizeof(Frame) * (size_t)(n + 1));
    t.out.start = arena_alloc(out, sizeof(int) * (size_t)(n + 2));
    t.out.bodies = arena_alloc(out, ni);
    for (int i = 0; i < n; i++)
        t.index[i] = -1;
    return t;
}

SccList mir_bottom_up(Ctx *c, MirProgram *p) {
    View g = {.p = p, .n = p->bodies.len};
    Tarjan t = tarjan_new(NULL, g.n, &c->arena);
    for (int root = 0; root < g.n; root++)
        if (t.index[root] < 0)
            tarjan_from(&g, &t, root);
    free(t.index);
    free(t.low);
    free(t.on);
    free(t.stack);
    free(t.call);
    return t.out;
}

SccList mir_group_components(Arena *a, MirProgram *p, int body, int first, int last) {
    View g = {.p = p, .n = last - first + 1, .group = true, .body = body, .first = first, .last = last};
    Tarjan t = tarjan_new(a, g.n, a);
    /* from the function first; then what it never reaches: the wrappers
       sema wrote for a local struct embedding an interface (lowered in
       the body, mentioned only by an itab of that struct), each a
       component after the function's, as the whole-program walk's
       roots in index order give them */
    for (int root = 0; root < g.n; root++)
        if (t.index[root] < 0)
            tarjan_from(&g, &t, root);
    return t.out;
}
