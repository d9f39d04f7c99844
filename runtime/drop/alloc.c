/*
 * alloc.c (drop): allocation over the system allocator, no collector.
 * Each block carries a 16-byte header holding its size, so frees keep
 * exact live and peak byte counts for ML0DEBUG=allocstats=1.
 */
#define _POSIX_C_SOURCE 200809L
#include "../core/rt.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

typedef struct Header { size_t size; size_t pad; } Header;

/* The main stack's range: a Box that escape analysis kept on the stack
 * is dropped like any other, but never freed. */
static uintptr_t stack_lo, stack_hi;

void rt_alloc_init(void) {
    char here;
    struct rlimit rl;
    uintptr_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < (1u << 30))
        size = (uintptr_t)rl.rlim_cur;
    else if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur == RLIM_INFINITY)
        size = (uintptr_t)1 << 30;
    stack_hi = (uintptr_t)&here + (1u << 16);
    stack_lo = stack_hi - size - (1u << 16);
}

void *rt_raw_alloc(size_t size, int has_pointers) {
    (void)has_pointers;
    Header *h = calloc(1, sizeof(Header) + size);
    if (!h)
        rt_fatal("out of memory");
    h->size = size;
    rt_stats.allocs++;
    rt_stats.bytes += size;
    rt_stats.live_bytes += size;
    if (rt_stats.live_bytes > rt_stats.peak_bytes)
        rt_stats.peak_bytes = rt_stats.live_bytes;
    return h + 1;
}

void rt_raw_free(void *p) {
    if ((uintptr_t)p >= stack_lo && (uintptr_t)p < stack_hi)
        return;     /* a stack value: nothing to free */
    Header *h = (Header *)p - 1;
    rt_stats.frees++;
    rt_stats.live_bytes -= h->size;
    free(h);
}

void ml0_register_drop(void *obj, void (*drop)(void *obj)) {
    (void)obj;
    (void)drop;
}

void rt_alloc_report(void) {
    fprintf(stderr, "allocstats: runtime=drop allocs=%llu frees=%llu bytes=%llu peak_live_bytes=%llu "
            "live_objects=%llu live_bytes=%llu\n", rt_stats.allocs, rt_stats.frees, rt_stats.bytes,
            rt_stats.peak_bytes, rt_stats.allocs - rt_stats.frees, rt_stats.live_bytes);
}
