/*
 * decide.c: escape analysis's decisions as records, and their one printer.
 *
 * Every local and allocation site has a Storage; escape analysis is its
 * only writer (esc_decide_body, after each batch). A later pass that needs
 * a frame allocation on the heap (the drop runtime, for a value whose
 * `drop` must run when its last owner dies) asks through esc_require_heap,
 * which records why. What -m, -m=2 and --explain say about a location is
 * its EscWhy: the lines the analysis wrote while its flow graph was alive
 * (the verdict, "moved to heap: x", and the path that forced it), plus the
 * reasons later passes add (esc_note_shared). Nothing is printed while
 * analysing: esc_report, the pipeline's report step after the last pass,
 * prints every record, the verdict line followed by the added reasons:
 *
 *   moved to heap: u (reference counted: shared by p, q)
 *   &T{...} does not escape (heap under --runtime=drop: <why>)
 *
 * Each line says what it is (EscLineKind): a verdict, a note, or a -m=2
 * flow line (header, step, "from" with the position it names), so the
 * report step also writes Go's -json=0,DIR log from the records
 * (write_go_log -> base's diag_write_go_json), never from their text.
 *
 * Invariant: a record's lines are all at its location's span; every line
 * prints in the order it was written (Go's -m order).
 */
#include "escape.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* A batch's lines are order[start, next batch's start); its rank is its
 * component's place in Go's bottom-up order (esc_report_rank). */
typedef struct EscBatchLines { int start, body; } EscBatchLines;

struct EscReport {
    Ctx *c;
    VEC(EscLine *) order;   /* every record's lines, in the order written */
    VEC(EscBatchLines) batches;     /* in the order analysed */
    int *rank;              /* per body: its component's index in Go's
                               order, or NULL (print as written) */
    int nrank;
};

EscReport *esc_report_new(Ctx *c) {
    EscReport *r = arena_alloc(&c->arena, sizeof *r);
    r->c = c;
    return r;
}

static EscWhy *new_why(Ctx *c, Span at) {
    EscWhy *w = arena_alloc(&c->arena, sizeof *w);
    w->at = at;
    return w;
}

/* A record of its own, tied to no location: lines Go prints between the
 * decisions (a self-assignment or a capture while building), which no
 * later pass adds reasons to. */
EscWhy *esc_why_at(Esc *E, Span at) {
    return new_why(E->c, at);
}

/* The record of an analysed location (a local or a site), begun on first
 * use. */
EscWhy *esc_why(Esc *E, EscLoc *l) {
    EscWhy **slot;
    Span at;
    if (l->site >= 0) {
        AllocSite *s = &l->body->sites.data[l->site];
        slot = &s->why;
        at = s->span;
    } else {
        Local *lc = &l->body->locals.data[l->local];
        slot = &lc->why;
        at = lc->span;
    }
    if (!*slot)
        *slot = new_why(E->c, at);
    return *slot;
}

EscLine *esc_say(Esc *E, EscWhy *w, EscLineKind kind, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char buf[512];
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    EscLine *line = arena_alloc(&E->c->arena, sizeof *line);
    if (n < (int)sizeof buf) {
        line->text = arena_strndup(&E->c->arena, buf, (size_t)n);
    } else {
        va_start(ap, fmt);
        char *t = arena_alloc(&E->c->arena, (size_t)n + 1);
        vsnprintf(t, (size_t)n + 1, fmt, ap);
        va_end(ap);
        line->text = t;
    }
    line->kind = kind;
    line->loglen = n - (kind == ESC_HEADER_ESCAPE || kind == ESC_HEADER_LEAK);  /* no ':' */
    line->of = w;
    vec_push(&E->c->arena, &E->report->order, line);
    if (w->last)
        w->last->next = line;
    else
        w->lines = line;
    w->last = line;
    return line;
}

/* The storage decisions of a finished batch's body: the only writes of
 * Local.storage and AllocSite.storage. */
void esc_decide_body(Esc *E, Body *b) {
    EscBody *eb = &E->bodies[b->index];
    for (int i = 0; i < b->locals.len; i++)
        b->locals.data[i].storage = eb->locals[i]->escapes ? STORAGE_HEAP : STORAGE_STACK;
    for (int i = 0; i < b->sites.len; i++) {
        EscLoc *l = eb->sites[i];
        AllocSite *s = &b->sites.data[i];
        s->storage = l->escapes ? STORAGE_HEAP : STORAGE_STACK;
        /* on the heap only for its size, and its address never outlives
           its loop's iteration: the gc runtime reuses its last object */
        s->bounded = l->forced_why && !l->truly && s->loop_depth > 0;
    }
}

void esc_require_heap(Ctx *c, AllocSite *s, const char *why) {
    s->storage = STORAGE_HEAP;
    if (!s->why)
        s->why = new_why(c, s->span);
    s->why->required = why;
}

bool esc_heap_required(const AllocSite *s) { return s->why && s->why->required; }

void esc_note_shared(EscWhy *w, const char *holders) {
    if (w)
        w->shared_by = holders;
}

static bool is_flow_line(EscLineKind k) {
    return k == ESC_HEADER_ESCAPE || k == ESC_HEADER_LEAK || k == ESC_FLOW || k == ESC_FROM;
}

static LineCol line_col(Ctx *c, Span s) { return source_linecol(c, s.file, s.lo); }

/* The lines written from now on are those of the batch holding body. */
void esc_report_batch_begin(EscReport *r, int body) {
    vec_push(&r->c->arena, &r->batches, ((EscBatchLines){r->order.len, body}));
}

/* Go's order of the batches: component k of sccs (mir_bottom_up) is the
 * k-th Go analyses, and prints, since every -m line is flushed as it is
 * written (base.WarnfAt). */
void esc_report_rank(EscReport *r, SccList sccs, int nbodies) {
    r->rank = arena_alloc(&r->c->arena, sizeof *r->rank * (size_t)(nbodies + 1));
    r->nrank = nbodies;
    for (int i = 0; i < nbodies; i++)
        r->rank[i] = -1;
    for (int k = 0; k < sccs.count; k++)
        for (int j = sccs.start[k]; j < sccs.start[k + 1]; j++)
            r->rank[sccs.bodies[j]] = k;
}

static int batch_rank(EscReport *r, int i) {
    int b = r->batches.data[i].body;
    return r->rank && b >= 0 && b < r->nrank ? r->rank[b] : -1;
}

typedef struct EscBatchKey { int rank, index; } EscBatchKey;

static int by_rank(const void *a, const void *b) {
    const EscBatchKey *x = a, *y = b;
    return x->rank != y->rank ? (x->rank > y->rank) - (x->rank < y->rank) : x->index - y->index;
}

/* The lines in Go's order: the streamed analysis (esc_ready) finishes a
 * function as soon as its callees are done, which can be before a batch
 * Go analyses first (f declared first calls h declared last: Go does h,
 * f, then g declared between; the stream does g, h, f). Batches are
 * reordered by rank, stably; the lines within a batch keep their order. */
static EscLine **lines_in_go_order(EscReport *r) {
    EscLine **out = arena_alloc(&r->c->arena, sizeof *out * (size_t)(r->order.len + 1));
    int nb = r->batches.len, n = 0;
    EscBatchKey *idx = arena_alloc(&r->c->arena, sizeof *idx * (size_t)(nb + 1));
    for (int i = 0; i < nb; i++)
        idx[i] = (EscBatchKey){batch_rank(r, i), i};
    qsort(idx, (size_t)nb, sizeof *idx, by_rank);
    int first = nb ? r->batches.data[0].start : r->order.len;
    for (int i = 0; i < first; i++)
        out[n++] = r->order.data[i];
    for (int i = 0; i < nb; i++) {
        int b = idx[i].index;
        int lo = r->batches.data[b].start;
        int hi = b + 1 < nb ? r->batches.data[b + 1].start : r->order.len;
        for (int j = lo; j < hi; j++)
            out[n++] = r->order.data[j];
    }
    return out;
}

/* Go's -json=0,DIR log from the records: one entry per -m=2 header of
 * file 0 (a heap decision), its flow lines as relatedInformation. Go's
 * code: "leak" for a parameter; "escapes" for a decision whose only step
 * is "{heap} = &x" (Go logs that while building the graph, graph.go
 * flow); "escape" for the rest (found while solving, solve.go). A step
 * sits where its first "from" does (Go's explainFlow), else at the
 * decision. */
static void write_go_log(EscReport *r) {
    Ctx *c = r->c;
    GoEscEntry *es = arena_alloc(&c->arena, sizeof *es * (size_t)(r->order.len + 1));
    int n = 0;
    for (int i = 0; i < r->order.len; i++) {
        EscLine *h = r->order.data[i];
        if ((h->kind != ESC_HEADER_ESCAPE && h->kind != ESC_HEADER_LEAK) || h->of->at.file != 0)
            continue;
        LineCol at = line_col(c, h->of->at);
        GoEscEntry *e = &es[n++];
        *e = (GoEscEntry){.lo = h->of->at.lo, .line = at.line, .col = at.col,
                          .message = arena_strndup(&c->arena, h->text, (size_t)h->loglen)};
        int steps = 0, nflow = 0;
        bool heap_addr = false;
        for (EscLine *l = h->next; l && (l->kind == ESC_FLOW || l->kind == ESC_FROM); l = l->next)
            nflow++;
        e->flow = arena_alloc(&c->arena, sizeof *e->flow * (size_t)(nflow + 1));
        for (EscLine *l = h->next; l && (l->kind == ESC_FLOW || l->kind == ESC_FROM); l = l->next) {
            GoEscFlow *f = &e->flow[e->nflow++];
            LineCol p = at;
            if (l->kind == ESC_FROM)
                p = line_col(c, l->from);
            else if (l->next && l->next->kind == ESC_FROM)
                p = line_col(c, l->next->from);
            if (l->kind == ESC_FLOW) {
                heap_addr = steps == 0 && l->heap_addr;
                steps++;
            }
            *f = (GoEscFlow){arena_strndup(&c->arena, l->text, (size_t)l->loglen), p.line, p.col};
        }
        e->code = h->kind == ESC_HEADER_LEAK ? "leak" : steps == 1 && heap_addr ? "escapes" : "escape";
    }
    diag_write_go_json(c, es, n);
}

static int by_position(const void *a, const void *b) {
    Span x = (*(EscLine *const *)a)->of->at, y = (*(EscLine *const *)b)->of->at;
    return x.file != y.file ? x.file - y.file : x.lo - y.lo;
}

/* The report step: the devirtualize pass's lines first, in source order;
 * then every other line in the order written (Go's order), a
 * verdict with the reasons added to its record, the -m=2 lines marked
 * so that diag_flush shows them only when -m=2 was asked; then Go's
 * -json=0,DIR log, when asked, from the same records. */
void esc_report(EscReport *r) {
    Ctx *c = r->c;
    EscLine **first = arena_alloc(&c->arena, sizeof *first * (size_t)(r->order.len + 1));
    int nfirst = 0;
    for (int i = 0; i < r->order.len; i++)
        if (r->order.data[i]->kind == ESC_DEVIRT)
            first[nfirst++] = r->order.data[i];
    qsort(first, (size_t)nfirst, sizeof *first, by_position);     /* one call per position */
    for (int i = 0; i < nfirst; i++)
        diag_remark_text(c, first[i]->of->at, first[i]->text);
    EscLine **lines = lines_in_go_order(r);
    for (int i = 0; i < r->order.len; i++) {
        EscLine *l = lines[i];
        EscWhy *w = l->of;
        if (l->kind == ESC_DEVIRT)
            continue;
        const char *text = l->text;
        bool verdict = l->kind == ESC_VERDICT;
        if (verdict && w->required)
            text = arena_printf(&c->arena, "%s (heap under --runtime=drop: %s)", text, w->required);
        if (verdict && w->shared_by)
            text = arena_printf(&c->arena, "%s (reference counted: shared by %s)", text, w->shared_by);
        if (is_flow_line(l->kind))
            diag_remark_flow(c, w->at, text);
        else
            diag_remark_text(c, w->at, text);
    }
    if (c->opt.go_json_dir && c->files.len && !c->nerrors)
        write_go_log(r);
}
