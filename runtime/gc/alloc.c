/*
 * alloc.c (gc): allocation over Boehm GC. Pointer-free data comes from
 * GC_malloc_atomic (which does not zero, so we do). The initial heap is
 * 8 MiB: with Boehm's tiny default heap a short-lived-allocation loop
 * collects tens of thousands of times (see shared PERF-BASELINES).
 * drop methods become finalizers (they may run late or never, as Go's
 * runtime.SetFinalizer).
 */
#define _POSIX_C_SOURCE 200809L
#include "../core/rt.h"

#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static unsigned long long gc_count;
static struct timespec gc_start;

static double ms_since(struct timespec t0) {
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
}

static void on_event(GC_EventType ev) {
    if (ev == GC_EVENT_START) {
        clock_gettime(CLOCK_MONOTONIC, &gc_start);
    } else if (ev == GC_EVENT_END) {
        gc_count++;
        fprintf(stderr, "gc %llu: %.3f ms, heap %zu KiB, free %zu KiB\n", gc_count,
                ms_since(gc_start), GC_get_heap_size() / 1024, GC_get_free_bytes() / 1024);
    }
}

void rt_alloc_init(void) {
    GC_INIT();
    GC_expand_hp(8 << 20);
    /* Collect when the heap has grown by its own size since the last
       collection (Boehm's default waits for a third: three times the
       collections), as Go's GOGC=100 lets the heap double. */
    if (!getenv("GC_FREE_SPACE_DIVISOR"))
        GC_set_free_space_divisor(1);
    if (rt_stats.gctrace)
        GC_set_on_collection_event(on_event);
}

void *rt_raw_alloc(size_t size, int has_pointers) {
    void *p = has_pointers ? GC_malloc(size) : GC_malloc_atomic(size);
    if (!p)
        rt_fatal("out of memory");
    if (!has_pointers)
        memset(p, 0, size);
    rt_stats.allocs++;
    rt_stats.bytes += size;
    return p;
}

void rt_raw_free(void *p) { (void)p; }

static void run_drop(void *obj, void *fn) {
    void (*drop)(void *) = (void (*)(void *))fn;
    drop(obj);
}

void ml0_register_drop(void *obj, void (*drop)(void *obj)) {
    GC_register_finalizer_no_order(obj, run_drop, (void *)drop, NULL, NULL);
}

void rt_alloc_report(void) {
    if (!rt_stats.allocstats)
        return;
    fprintf(stderr, "allocstats: runtime=gc allocs=%llu bytes=%llu gc_cycles=%zu heap=%zu\n",
            rt_stats.allocs, rt_stats.bytes, (size_t)GC_get_gc_no(), GC_get_heap_size());
}

/* Reference counting is the drop runtime's; here the collector decides. */
void *ml0_alloc_kind(int64_t size, int32_t kind) {
    (void)kind;
    return ml0_alloc(size);
}

void ml0_rc_inc(const void *p) { (void)p; }
void ml0_rc_dec(const void *p) { (void)p; }

void ml0_make_slice_kind(ml0_slice *out, int64_t len, int64_t cap, int64_t elem_size, int32_t kind) {
    ml0_make_slice(out, len, cap, elem_size, kind != 0);
}

void ml0_growslice_rc(ml0_slice *s, int64_t add, int64_t elem_size, int32_t kind,
                      void (*retain)(void *elem)) {
    (void)retain;
    ml0_growslice(s, add, elem_size, kind != 0);
}

void ml0_growslice_consume(ml0_slice *s, int64_t add, int64_t elem_size, int32_t kind,
                           void (*retain)(void *elem)) {
    ml0_growslice_rc(s, add, elem_size, kind, retain);
}

int64_t ml0_copy_rc(void *dst, int64_t dlen, const void *src, int64_t slen, int64_t elem_size,
                    void (*retain)(void *elem), void (*release)(void *elem)) {
    (void)retain;
    (void)release;
    return ml0_copy(dst, dlen, src, slen, elem_size);
}

/* The site's previous object is dead (escape analysis proved its address
 * never outlives an iteration of the site's loop): reuse it, hot in cache,
 * when it is big enough, instead of zeroing a cold new block, which is
 * what Boehm hands out next. */
void ml0_make_slice_reuse(ml0_slice *out, void **slot, int64_t len, int64_t cap,
                          int64_t elem_size, int32_t has_pointers) {
    int64_t n = rt_make_bytes(len, cap, elem_size);
    void *p = *slot;
    if (p && n > 0 && GC_size(p) >= (size_t)n) {
        memset(p, 0, (size_t)n);
        *out = (ml0_slice){p, len, cap};
        return;
    }
    if (p)
        GC_free(p);     /* dead, and too small for this one */
    ml0_make_slice(out, len, cap, elem_size, has_pointers);
    *slot = out->ptr;
}

/* A panic value's box: collected like any object once nothing holds it. */
void *ml0_panic_box(int64_t size) { return rt_raw_alloc((size_t)size, 1); }
