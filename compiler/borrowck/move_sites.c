/*
 * move_sites.c: which moves an E0382 names, as rustc's get_moved_indexes.
 *
 * moves.c knows which move-outs may have happened before a use (a forward
 * dataflow). rustc reports a narrower set, found by walking backwards from
 * the use: on each path the walk stops at the first move of the used path
 * (or of a prefix of it) and at a write that initialises it again. An
 * edge into a block that dominates the block the walk comes from is a
 * loop's back edge: such edges are followed only when the walk without
 * them found no move and did not reach the function's entry (or the value
 * is a parameter). So a value moved before a loop and again inside it is
 * reported with the move before the loop only (the set is then the same
 * as an earlier use's, and the error is merged with it); one moved only
 * inside the loop is reported with "in previous iteration of loop".
 *
 * Dominators: the iterative data-flow algorithm over a block x block
 * matrix, computed once per body (bodies are small).
 */
#include "borrowck.h"

struct MoveSites {
    int n;
    int **preds;        /* per block: its predecessors */
    int *npreds;
    bool *dom;          /* dom[b * n + d]: d dominates b */
};

static MoveSites *sites_of(Ctx *c, MoveData *md) {
    if (md->sites)
        return md->sites;
    Body *b = md->body;
    int n = b->blocks.len;
    MoveSites *ms = arena_alloc(&c->arena, sizeof *ms);
    ms->n = n;
    ms->npreds = arena_alloc(&c->arena, sizeof(int) * (size_t)(n + 1));
    ms->preds = arena_alloc(&c->arena, sizeof(int *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        BlockId s[2];
        for (int k = 0, ns = mir_term_succs(&b->blocks.data[i].term, s); k < ns; k++)
            ms->npreds[s[k]]++;
    }
    for (int i = 0; i < n; i++) {
        ms->preds[i] = arena_alloc(&c->arena, sizeof(int) * (size_t)(ms->npreds[i] + 1));
        ms->npreds[i] = 0;
    }
    for (int i = 0; i < n; i++) {
        BlockId s[2];
        for (int k = 0, ns = mir_term_succs(&b->blocks.data[i].term, s); k < ns; k++)
            ms->preds[s[k]][ms->npreds[s[k]]++] = i;
    }
    ms->dom = arena_alloc(&c->arena, (size_t)n * (size_t)n + 1);
    for (int i = 0; i < n; i++)
        for (int d = 0; d < n; d++)
            ms->dom[i * n + d] = i == 0 ? d == 0 : true;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 1; i < n; i++)
            for (int d = 0; d < n; d++) {
                if (!ms->dom[i * n + d] || d == i)
                    continue;
                bool all = ms->npreds[i] > 0;
                for (int k = 0; k < ms->npreds[i] && all; k++)
                    all = ms->dom[ms->preds[i][k] * n + d];
                if (!all) {
                    ms->dom[i * n + d] = false;
                    changed = true;
                }
            }
    }
    md->sites = ms;
    return ms;
}

typedef struct Walk {
    MoveData *md;
    BitSet *cands;      /* the move-outs this use may report */
    MovePath q;         /* the used path */
    BitSet *found;
    BitSet *back;       /* found through a back edge */
    bool *visited;
} Walk;

/* Does st initialise the used path or a prefix of it? */
static bool inits(Walk *w, MirStmt *st) {
    if (st->kind == ST_STORAGE_LIVE)
        return st->local == w->q.local;
    if (st->kind != ST_ASSIGN || (st->rv.args.len && bck_append_in_place(st, &st->rv.args.data[0])))
        return false;   /* v = append(v, x) is a push: a use, not a new value */
    MovePath r = bck_path_of(w->md->body, st->place);
    return r.nfields == st->place.nproj && bck_path_prefix(r, w->q);
}

/* Statements [0, end) of block i, backwards: stop at a move or an init. */
static bool scan(Walk *w, int i, int end, bool back) {
    Block *bb = &w->md->body->blocks.data[i];
    for (int j = end - 1; j >= 0; j--) {
        bool moved = false;
        for (int m = 0; m < w->md->outs.len; m++) {
            MoveOut *mo = &w->md->outs.data[m];
            if (mo->block == i && mo->index == j && bitset_get(w->cands, m)) {
                bitset_set(w->found, m);
                if (back)
                    bitset_set(w->back, m);
                moved = true;
            }
        }
        if (moved || inits(w, &bb->stmts.data[j]))
            return true;
    }
    return false;
}

static int count_found(MoveData *md, BitSet *found) {
    int count = 0;
    for (int m = 0; m < md->outs.len; m++)
        count += bitset_get(found, m);
    return count;
}

int bck_move_sites(Ctx *c, MoveData *md, BitSet *cands, MovePath q, int block, int index,
                   BitSet *found, BitSet *back) {
    MoveSites *ms = sites_of(c, md);
    int n = ms->n;
    Walk w = {md, cands, q, found, back, arena_alloc(&c->arena, (size_t)n + 1)};
    bitset_clear_all(found);
    bitset_clear_all(back);
    if (scan(&w, block, index, false))
        return count_found(md, found);
    VEC(int) fwd = {0}, bk = {0};
    bool reached_start = false;
    for (int at = block, first = 1; first || fwd.len; first = 0) {
        if (!first) {
            at = fwd.data[--fwd.len];
            if (w.visited[at])
                continue;
            w.visited[at] = true;
            if (scan(&w, at, md->body->blocks.data[at].stmts.len, false))
                continue;
        }
        if (ms->npreds[at] == 0)
            reached_start = true;
        for (int k = 0; k < ms->npreds[at]; k++) {
            int p = ms->preds[at][k];
            if (ms->dom[p * n + at])    /* at dominates p: a loop's back edge */
                vec_push(&c->arena, &bk, p);
            else
                vec_push(&c->arena, &fwd, p);
        }
    }
    int count = count_found(md, found);
    if (count || (reached_start && md->body->locals.data[q.local].kind != LOCAL_ARG))
        return count;
    while (bk.len) {
        int at = bk.data[--bk.len];
        if (w.visited[at])
            continue;
        w.visited[at] = true;
        if (scan(&w, at, md->body->blocks.data[at].stmts.len, true))
            continue;
        for (int k = 0; k < ms->npreds[at]; k++)
            vec_push(&c->arena, &bk, ms->preds[at][k]);
    }
    return count_found(md, found);
}
