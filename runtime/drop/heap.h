/*
 * heap.h: private to the drop runtime: the region heap (heap.c) that
 * reference counting (rc.c) and the leak report (leaks.c) work over.
 * Finding an object from any pointer into it is inline here: it runs on
 * every count change.
 */
#ifndef ML0RT_HEAP_H
#define ML0RT_HEAP_H

#include "../core/rt.h"

#include <stdbool.h>
#include <stdint.h>

#define HEAP_BLOCK_SHIFT 16
#define HEAP_BLOCK ((size_t)1 << HEAP_BLOCK_SHIFT)  /* one size class's block, aligned */
#define HEAP_PAGE_SHIFT 12
#define HEAP_PAGE ((size_t)1 << HEAP_PAGE_SHIFT)    /* large spans: whole pages */
#define HEAP_SMALL_MAX 32768u                       /* larger: a span of pages */
#define HEAP_NCLASSES 75
#define HEAP_DYING (UINT32_C(1) << 30)              /* rc while its glue runs */

/* The header before every object. */
typedef struct HeapObj {
    uint32_t rc;        /* 0: free; references otherwise */
    uint32_t kind;      /* generated glue for what it holds (0: nothing) */
} HeapObj;

typedef struct HeapSpan {   /* a freed span, on the reuse list */
    uint32_t rc, npages;    /* rc stays 0 */
    struct HeapSpan *next;
} HeapSpan;

typedef struct HeapClass {
    uint32_t size;
    uint64_t inv;       /* ceil(2^32 / size): division by multiplication */
} HeapClass;

typedef struct Heap {
    char *base;             /* small half: 64 KiB blocks, then large half */
    size_t size, half;
    size_t small_used, large_used;
    uint8_t *block_class;   /* per small block */
    uint32_t *page_start;   /* per large page: first page of its span */
    uint32_t *span_pages;   /* per span's first page: its length in pages */
    HeapClass cls[HEAP_NCLASSES];
    uint8_t size_class[HEAP_SMALL_MAX / 8 + 1];
    HeapObj *free[HEAP_NCLASSES];
    char *bump[HEAP_NCLASSES], *bump_end[HEAP_NCLASSES];
    HeapSpan *spans;
    bool asan;              /* linked with AddressSanitizer: heap_asan.c */
} Heap;

extern Heap rt_heap;

void *rt_heap_alloc(size_t size, uint32_t kind);     /* zeroed, rc 1 */
void rt_heap_free(HeapObj *o);
size_t rt_heap_obj_size(HeapObj *o);                 /* usable bytes */
void rt_heap_each(void (*fn)(HeapObj *o, size_t size, void *ctx), void *ctx);

/* heap_asan.c: one malloc block an object, for AddressSanitizer */
HeapObj *rt_heap_asan_alloc(size_t size, uint32_t kind);
HeapObj *rt_heap_asan_find(const void *p);
size_t rt_heap_asan_size(HeapObj *o);
void rt_heap_asan_free(HeapObj *o);
void rt_heap_asan_each(void (*fn)(HeapObj *o, size_t size, void *ctx), void *ctx);

/* The object p points into, or NULL when p is not in the heap (the
 * stack, a global, a string literal, nil). */
static inline HeapObj *rt_heap_find(const void *p) {
    Heap *h = &rt_heap;
    if (__builtin_expect(h->asan, 0))
        return rt_heap_asan_find(p);
    uintptr_t off = (uintptr_t)p - (uintptr_t)h->base;
    if (off >= h->size)
        return NULL;
    if (off < h->half) {
        HeapClass *c = &h->cls[h->block_class[off >> HEAP_BLOCK_SHIFT]];
        uintptr_t in = off & (HEAP_BLOCK - 1);
        uintptr_t idx = (uintptr_t)((in * c->inv) >> 32);
        return (HeapObj *)(h->base + (off - in) + idx * c->size);
    }
    size_t page = (off - h->half) >> HEAP_PAGE_SHIFT;
    return (HeapObj *)(h->base + h->half + ((size_t)h->page_start[page] << HEAP_PAGE_SHIFT));
}

#endif
