/*
 * heap_asan.c (drop): the heap when the program runs under
 * AddressSanitizer (`ml0c --asan`, as the test suite does).
 *
 * Every object is its own malloc block, so the sanitizer sees each one:
 * a use after free, a double free or an overflow past an object is
 * reported, and LeakSanitizer reports what is never freed. Finding an
 * object from an interior pointer goes through a registry: a hash table
 * from each 4 KiB page an object touches to the objects on it. The
 * registry hides its pointers (XOR) so that it never keeps an object
 * reachable in LeakSanitizer's eyes. Slow, and only for testing.
 */
#include "heap.h"

#include <stdlib.h>
#include <string.h>

#define NBUCKETS (1u << 16)
#define HIDE(p) ((uintptr_t)(p) ^ (uintptr_t)0x5a5a5a5a5a5a5a5aull)

typedef struct Entry {
    uintptr_t hidden;       /* the HeapObj, hidden */
    size_t size;            /* usable bytes after the header */
    bool first;             /* the entry of the object's first page */
    struct Entry *next;
} Entry;

static Entry **buckets;

static size_t bucket_of(uintptr_t page) { return (size_t)((page * 0x9E3779B97F4A7C15ull) >> 48) & (NBUCKETS - 1); }

static void registry(HeapObj *o, size_t size, bool add) {
    if (!buckets && !(buckets = calloc(NBUCKETS, sizeof *buckets)))
        rt_fatal("out of memory");
    uintptr_t lo = (uintptr_t)o >> HEAP_PAGE_SHIFT;
    uintptr_t hi = ((uintptr_t)(o + 1) + size - 1) >> HEAP_PAGE_SHIFT;
    for (uintptr_t page = lo; page <= hi; page++) {
        Entry **link = &buckets[bucket_of(page)];
        if (add) {
            Entry *e = malloc(sizeof *e);
            if (!e)
                rt_fatal("out of memory");
            *e = (Entry){HIDE(o), size, page == lo, *link};
            *link = e;
            continue;
        }
        while (*link && (*link)->hidden != HIDE(o))
            link = &(*link)->next;
        if (*link) {
            Entry *e = *link;
            *link = e->next;
            free(e);
        }
    }
}

static Entry *lookup(const void *p) {
    if (!buckets)
        return NULL;
    uintptr_t a = (uintptr_t)p;
    for (Entry *e = buckets[bucket_of(a >> HEAP_PAGE_SHIFT)]; e; e = e->next) {
        uintptr_t o = HIDE(e->hidden);
        if (a >= o && a < o + sizeof(HeapObj) + e->size + (e->size == 0))
            return e;
    }
    return NULL;
}

HeapObj *rt_heap_asan_alloc(size_t size, uint32_t kind) {
    HeapObj *o = calloc(1, sizeof(HeapObj) + size);
    if (!o)
        rt_fatal("out of memory");
    o->rc = 1;
    o->kind = kind;
    registry(o, size, true);
    rt_stats.live_bytes += size;
    rt_stats.bytes += size;
    return o;
}

HeapObj *rt_heap_asan_find(const void *p) {
    Entry *e = lookup(p);
    return e ? (HeapObj *)HIDE(e->hidden) : NULL;
}

size_t rt_heap_asan_size(HeapObj *o) {
    Entry *e = lookup(o);
    return e ? e->size : 0;
}

void rt_heap_asan_free(HeapObj *o) {
    size_t size = rt_heap_asan_size(o);
    rt_stats.live_bytes -= size;
    registry(o, size, false);
    free(o);                /* the sanitizer quarantines it: later uses are reported */
}

void rt_heap_asan_each(void (*fn)(HeapObj *o, size_t size, void *ctx), void *ctx) {
    for (size_t b = 0; buckets && b < NBUCKETS; b++)
        for (Entry *e = buckets[b]; e; e = e->next)
            if (e->first)
                fn((HeapObj *)HIDE(e->hidden), e->size, ctx);
}
