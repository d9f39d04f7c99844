/*
 * leaks.c (drop): what is still live at exit, and whether it is a leak.
 *
 * An object still live at exit is either reachable from a global (kept on
 * purpose, as keep.ml0's buffers) or leaked: unreachable, as a cycle of
 * counted values is (Rust's Rc leaks them the same way). A mark from the
 * program's globals (the ml0_globals section the compiler puts them in,
 * scanned conservatively) tells them apart. ML0DEBUG=allocstats=1 prints
 * both; ML0DEBUG=leakcheck=1 makes a leak fail the program (exit 23, as
 * LeakSanitizer).
 */
#include "heap.h"

#include <stdio.h>
#include <stdlib.h>

extern char __start_ml0_globals[] __attribute__((weak));
extern char __stop_ml0_globals[] __attribute__((weak));

#define MARK (UINT32_C(1) << 31)

typedef struct Marker {
    HeapObj **stack;
    size_t len, cap;
} Marker;

static void mark_range(Marker *m, const char *lo, const char *hi) {
    for (const char *p = lo; p + sizeof(void *) <= hi; p += sizeof(void *)) {
        HeapObj *o = rt_heap_find(*(void *const *)p);
        if (!o || !o->rc || (o->kind & MARK))
            continue;
        o->kind |= MARK;
        if (m->len == m->cap) {
            m->cap = m->cap ? m->cap * 2 : 256;
            m->stack = realloc(m->stack, m->cap * sizeof *m->stack);
            if (!m->stack)
                rt_fatal("out of memory");
        }
        m->stack[m->len++] = o;
    }
}

typedef struct Tally {
    unsigned long long live, live_bytes, leaked, leaked_bytes;
} Tally;

static void tally(HeapObj *o, size_t size, void *ctx) {
    Tally *t = ctx;
    size += sizeof(HeapObj);
    t->live++;
    t->live_bytes += size;
    if (o->kind & MARK) {
        o->kind &= ~MARK;
    } else {
        t->leaked++;
        t->leaked_bytes += size;
    }
}

static Tally census(void) {
    Marker m = {0};
    if (__start_ml0_globals && __stop_ml0_globals)
        mark_range(&m, __start_ml0_globals, __stop_ml0_globals);
    while (m.len) {
        HeapObj *o = m.stack[--m.len];
        mark_range(&m, (char *)(o + 1), (char *)(o + 1) + rt_heap_obj_size(o));
    }
    free(m.stack);
    Tally t = {0};
    rt_heap_each(tally, &t);
    return t;
}

void rt_alloc_report(void) {
    Tally t = census();
    if (rt_stats.allocstats)
        fprintf(stderr, "allocstats: runtime=drop allocs=%llu frees=%llu bytes=%llu peak_live_bytes=%llu "
                "live_objects=%llu live_bytes=%llu leaked_objects=%llu leaked_bytes=%llu\n",
                rt_stats.allocs, rt_stats.frees, rt_stats.bytes, rt_stats.peak_bytes, t.live,
                t.live_bytes, t.leaked, t.leaked_bytes);
    if (rt_stats.leakcheck && t.leaked) {
        fprintf(stderr, "ml0: %llu objects (%llu bytes) leaked: live at exit and unreachable "
                "from any global (a cycle of reference-counted values?%s)\n", t.leaked, t.leaked_bytes,
                rt_panic_unwound ? " a recovered panic unwound runtime code that held them?" : "");
        exit(23);
    }
}
