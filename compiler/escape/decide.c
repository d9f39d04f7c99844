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
 * Invariant: a record's lines are all at its location's span; every line
 * prints in the order it was written (Go's -m order).
 */
#include "escape.h"

#include <stdarg.h>
#include <string.h>

struct EscReport {
    Ctx *c;
    VEC(EscLine *) order;   /* every record's lines, in the order written */
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

void esc_say(Esc *E, EscWhy *w, bool verdict, const char *fmt, ...) {
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
    line->verdict = verdict;
    line->of = w;
    vec_push(&E->c->arena, &E->report->order, line);
    if (w->last)
        w->last->next = line;
    else
        w->lines = line;
    w->last = line;
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

/* The report step: every line in the order written (Go's order), a
 * verdict with the reasons added to its record. */
void esc_report(EscReport *r) {
    Ctx *c = r->c;
    for (int i = 0; i < r->order.len; i++) {
        EscLine *l = r->order.data[i];
        EscWhy *w = l->of;
        const char *text = l->text;
        if (l->verdict && w->required)
            text = arena_printf(&c->arena, "%s (heap under --runtime=drop: %s)", text, w->required);
        if (l->verdict && w->shared_by)
            text = arena_printf(&c->arena, "%s (reference counted: shared by %s)", text, w->shared_by);
        diag_remark_text(c, w->at, text);
    }
}
