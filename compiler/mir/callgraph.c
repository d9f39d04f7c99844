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
 */
#include "mir.h"

#include <stdlib.h>

typedef struct Frame { int v, next_edge; } Frame;

SccList mir_bottom_up(Ctx *c, MirProgram *p) {
    int n = p->bodies.len;
    int *index = malloc(sizeof(int) * (size_t)(n + 1));
    int *low = malloc(sizeof(int) * (size_t)(n + 1));
    bool *on = calloc((size_t)n + 1, 1);
    int *stack = malloc(sizeof(int) * (size_t)(n + 1));
    Frame *call = malloc(sizeof(Frame) * (size_t)(n + 1));
    SccList out = {0, arena_alloc(&c->arena, sizeof(int) * (size_t)(n + 2)),
                   arena_alloc(&c->arena, sizeof(int) * (size_t)(n + 1))};
    int counter = 0, sp = 0, filled = 0;
    for (int i = 0; i < n; i++)
        index[i] = -1;
    for (int root = 0; root < n; root++) {
        if (index[root] >= 0)
            continue;
        int depth = 0;
        call[depth++] = (Frame){root, 0};
        index[root] = low[root] = counter++;
        stack[sp++] = root;
        on[root] = true;
        while (depth > 0) {
            Frame *f = &call[depth - 1];
            int v = f->v;
            Body *bv = p->bodies.data[v];
            if (f->next_edge < bv->callees.len) {
                int w = bv->callees.data[f->next_edge++];
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    stack[sp++] = w;
                    on[w] = true;
                    call[depth++] = (Frame){w, 0};
                } else if (on[w] && index[w] < low[v]) {
                    low[v] = index[w];
                }
                continue;
            }
            if (low[v] == index[v]) {       /* v roots a component */
                out.start[out.count++] = filled;
                int w;
                do {
                    w = stack[--sp];
                    on[w] = false;
                    out.bodies[filled++] = w;
                } while (w != v);
            }
            depth--;
            if (depth > 0) {
                int u = call[depth - 1].v;
                if (low[v] < low[u])
                    low[u] = low[v];
            }
        }
    }
    out.start[out.count] = filled;
    free(index);
    free(low);
    free(on);
    free(stack);
    free(call);
    return out;
}
