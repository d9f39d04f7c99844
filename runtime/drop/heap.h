/*
 * heap.h: private to the drop runtime: the region heap (heap.c) that
 * reference counting (rc.c) and the leak report (leaks.c) work over.
 */
#ifndef ML0RT_HEAP_H
#define ML0RT_HEAP_H

#include "../core/rt.h"

#include <stdbool.h>
#include <stdint.h>

#define HEAP_PAGE_SHIFT 12
#define HEAP_PAGE ((size_t)1 << HEAP_PAGE_SHIFT)
#define HEAP_BLOCK ((size_t)64 << 10)         /* one size class's block */
#define HEAP_SMALL_MAX 32768u                 /* larger: a span of pages */
#define HEAP_NCLASSES 75
#define HEAP_LARGE 255                        /* page_class of span pages */
#define HEAP_DYING (UINT32_C(1) << 30)        /* rc while its glue runs */

/* The header before every object. */
typedef struct HeapObj {
    uint32_t rc;        /* 0: free; references otherwise */
    uint32_t kind;      /* generated glue for what it holds (0: nothing) */
} HeapObj;

typedef struct HeapSpan {   /* a freed span, on the reuse list */
    uint32_t rc, npages;    /* rc stays 0 */
    struct HeapSpan *next;
} HeapSpan;

typedef struct Heap {
    char *base;
    size_t size, used;
    uint32_t *page_start;   /* per page: first page of its block or span */
    uint32_t *span_pages;   /* per span's first page: its length in pages */
    uint8_t *page_class;    /* per page: size class, or HEAP_LARGE */
    uint32_t class_size[HEAP_NCLASSES];
    uint64_t class_inv[HEAP_NCLASSES];   /* ceil(2^32 / size): division by multiply */
    uint8_t size_class[HEAP_SMALL_MAX / 8 + 1];
    int nclasses;
    HeapObj *free[HEAP_NCLASSES];
    char *bump[HEAP_NCLASSES], *bump_end[HEAP_NCLASSES];
    HeapSpan *spans;
    bool asan;              /* linked with AddressSanitizer: poison, never reuse */
} Heap;

extern Heap rt_heap;

void *rt_heap_alloc(size_t size, uint32_t kind);     /* zeroed, rc 1 */
HeapObj *rt_heap_find(const void *p);                /* NULL: not in the heap */
size_t rt_heap_obj_size(HeapObj *o);                 /* usable bytes */
void rt_heap_free(HeapObj *o);
void rt_heap_each(void (*fn)(HeapObj *o, size_t size, void *ctx), void *ctx);

#endif
