/*
 * callgraph.c: the static call graph over bodies and its strongly
 * connected components in bottom-up order (Tarjan's algorithm, iterative so
 * a 100,000-deep call chain cannot overflow the C stack).
 *
 * An edge b -> f exists when b mentions f as a constant (a direct call or a
 * function value) or builds a closure of f; closures and their enclosing
 * body point at each other, so they always share a component, as in Go's
 * ir.VisitFuncsBottomUp.
 */
#include "mir.h"

#include <stdlib.h>

typedef VEC(int) IntVec;

typedef struct Graph {
    Arena *a;
    IntVec *succ;
} Graph;

static void add_edge(Graph *g, int from, int to) {
    if (to >= 0)
        vec_push(g->a, &g->succ[from], to);
}

static void scan_operands(Graph *g, int from, OperandList *ops) {
    for (int i = 0; i < ops->len; i++)
        if (ops->data[i].kind == OPD_CONST && ops->data[i].c.kind == CONST_FUNC)
            add_edge(g, from, ops->data[i].c.func);
}

static void scan_body(Graph *g, Body *b) {
    if (b->parent >= 0) {
        add_edge(g, b->index, b->parent);
        add_edge(g, b->parent, b->index);
    }
    for (int i = 0; i < b->blocks.len; i++) {
        Block *bb = &b->blocks.data[i];
        for (int j = 0; j < bb->stmts.len; j++) {
            MirStmt *st = &bb->stmts.data[j];
            if (st->kind != ST_ASSIGN && st->kind != ST_EVAL)
                continue;
            scan_operands(g, b->index, &st->rv.args);
            if (st->rv.kind == RV_CLOSURE)
                add_edge(g, b->index, st->rv.func);
        }
    }
}

typedef struct Frame { int v, next_edge; } Frame;

SccList mir_bottom_up(Ctx *c, MirProgram *p) {
    int n = p->bodies.len;
    Graph g = {&c->arena, arena_alloc(&c->arena, sizeof(IntVec) * (size_t)(n + 1))};
    for (int i = 0; i < n; i++)
        scan_body(&g, p->bodies.data[i]);
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
            if (f->next_edge < g.succ[v].len) {
                int w = g.succ[v].data[f->next_edge++];
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
