/*
 * dataflow.c: a generic forward dataflow solver over a body's CFG, with
 * union as the join (a "may" analysis: maybe-moved, loans-maybe-live).
 * A worklist of blocks is iterated until no entry state changes; the
 * states only grow, so it terminates.
 */
#include "mir.h"

#include <stdlib.h>

void mir_dataflow_init(Ctx *c, Dataflow *df, Body *b, int nbits) {
    df->body = b;
    df->nbits = nbits;
    df->entry = arena_alloc(&c->arena, sizeof(BitSet) * (size_t)b->blocks.len);
    for (int i = 0; i < b->blocks.len; i++)
        df->entry[i] = bitset_new(&c->arena, nbits);
}

static void propagate(Dataflow *df, BitSet *out, BlockId to, int *queue, int *qn, bool *queued) {
    if (bitset_union(&df->entry[to], out) && !queued[to]) {
        queued[to] = true;
        queue[(*qn)++] = to;
    }
}

void mir_dataflow_solve(Ctx *c, Dataflow *df) {
    Body *b = df->body;
    int n = b->blocks.len;
    int *queue = malloc(sizeof(int) * (size_t)(n + 1));
    bool *queued = calloc((size_t)n + 1, 1);
    int qn = 0;
    for (int i = n - 1; i >= 0; i--) {
        queue[qn++] = i;
        queued[i] = true;
    }
    BitSet state = bitset_new(&c->arena, df->nbits);
    while (qn > 0) {
        int bb = queue[--qn];
        queued[bb] = false;
        bitset_copy(&state, &df->entry[bb]);
        Block *blk = &b->blocks.data[bb];
        df->transfer(df->ctx, &state, blk, bb);
        BlockId succ[2];
        for (int k = 0, ns = mir_term_succs(&blk->term, succ); k < ns; k++)
            propagate(df, &state, succ[k], queue, &qn, queued);
    }
    free(queue);
    free(queued);
}
