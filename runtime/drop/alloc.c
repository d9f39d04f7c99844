/*
 * alloc.c (drop): allocation over the system allocator, no collector.
 * Each block carries a 16-byte header holding its size, so frees keep
 * exact live and peak byte counts for ML0DEBUG=allocstats=1.
 */
#include "../core/rt.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct Header { size_t size; size_t pad; } Header;

void rt_alloc_init(void) {}

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
