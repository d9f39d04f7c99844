/*
 * heap.c (drop): the drop runtime's own heap, no collector.
 *
 * One large reserved range of address space (the region) holds every
 * heap object, so any pointer (an interior one too: &p.f, s[i:]) finds its
 * object in a few instructions, and pointers to the stack, to globals and
 * to static strings are told apart by a range check. That is what
 * reference counting needs (rc.c).
 *
 * The region's first half holds small objects (up to 32 KiB) in 64 KiB
 * aligned blocks of one size class each (75 classes, about 12% apart):
 * the block is the pointer's high bits, the slot a multiplication away.
 * The second half holds larger objects, each in a span of 4 KiB pages,
 * found through a per-page table. Every object has an 8-byte header
 * {rc, kind} before it: rc is 0 for a free slot, the reference count
 * otherwise; kind names the generated glue that releases what the object
 * holds when it dies (0: nothing).
 *
 * Freed slots go on a per-class free list; freed spans on a list by page
 * count, their pages handed back to the kernel. Under AddressSanitizer
 * (the program was linked with it) heap_asan.c takes over: one malloc
 * block an object, so the sanitizer sees every use after free and
 * LeakSanitizer every leak.
 */
#define _DEFAULT_SOURCE
#include "heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

void __asan_poison_memory_region(void const volatile *addr, size_t size) __attribute__((weak));

Heap rt_heap;

static void *map(size_t size) {
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* Size classes: 16..64 by 8, 80..128 by 16, then eight per doubling. */
static void init_classes(Heap *h) {
    int n = 0;
    for (uint32_t s = 16; s <= 64; s += 8)
        h->cls[n++].size = s;
    for (uint32_t s = 80; s <= 128; s += 16)
        h->cls[n++].size = s;
    for (uint32_t base = 128; base < HEAP_SMALL_MAX; base *= 2)
        for (uint32_t k = 1; k <= 8; k++)
            h->cls[n++].size = base + k * (base / 8);
    int c = 0;
    for (uint32_t i = 0; i <= HEAP_SMALL_MAX / 8; i++) {
        while (h->cls[c].size < i * 8)
            c++;
        h->size_class[i] = (uint8_t)c;
    }
    for (int i = 0; i < n; i++)
        h->cls[i].inv = ((UINT64_C(1) << 32) + h->cls[i].size - 1) / h->cls[i].size;
}

void rt_alloc_init(void) {
    Heap *h = &rt_heap;
    init_classes(h);
    for (size_t s = (size_t)64 << 30; s >= ((size_t)1 << 30) && !h->base; s >>= 1) {
        /* over-reserve one block so the region can start block-aligned */
        char *p = map(s + HEAP_BLOCK);
        if (!p)
            continue;
        h->base = (char *)(((uintptr_t)p + HEAP_BLOCK - 1) & ~(uintptr_t)(HEAP_BLOCK - 1));
        h->size = s;
    }
    if (!h->base)
        rt_fatal("cannot reserve the heap's address space");
    h->half = h->size / 2;
    size_t nblocks = h->half >> HEAP_BLOCK_SHIFT, npages = h->half >> HEAP_PAGE_SHIFT;
    h->block_class = map(nblocks);
    h->page_start = map(npages * sizeof(uint32_t) * 2);
    if (!h->block_class || !h->page_start)
        rt_fatal("cannot reserve the heap's tables");
    h->span_pages = h->page_start + npages;
    h->asan = __asan_poison_memory_region != NULL;    /* the sanitizer's runtime is linked in */
}

static void new_block(Heap *h, int c) {
    if (h->small_used + HEAP_BLOCK > h->half)
        rt_fatal("out of memory");
    char *blk = h->base + h->small_used;
    h->block_class[h->small_used >> HEAP_BLOCK_SHIFT] = (uint8_t)c;
    h->small_used += HEAP_BLOCK;
    h->bump[c] = blk;
    h->bump_end[c] = blk + (HEAP_BLOCK / h->cls[c].size) * h->cls[c].size;
}

static HeapObj *alloc_small(Heap *h, size_t total, uint32_t kind) {
    /* A reused slot is zeroed as far as anything will read it: the bytes
       asked for, or the whole slot when glue will walk its elements. */
    int c = h->size_class[(total + 7) >> 3];
    uint32_t size = h->cls[c].size;
    HeapObj *o = h->free[c];
    if (o) {
        h->free[c] = *(HeapObj **)(o + 1);
        size_t n = kind ? size - sizeof(HeapObj) : total - sizeof(HeapObj);
        if (size <= 128) {      /* small: inline, a call to memset costs more */
            uint64_t *q = (uint64_t *)(o + 1);
            for (size_t i = 0; i < (n + 7) / 8; i++)
                q[i] = 0;
        } else {
            memset(o + 1, 0, n);
        }
    } else {
        if (h->bump[c] == h->bump_end[c])
            new_block(h, c);
        o = (HeapObj *)h->bump[c];     /* fresh pages are zero */
        h->bump[c] += size;
    }
    o->rc = 1;
    o->kind = kind;
    rt_stats.live_bytes += size;
    rt_stats.bytes += size;
    return o;
}

static HeapObj *alloc_large(Heap *h, size_t total, uint32_t kind) {
    size_t npages = (total + HEAP_PAGE - 1) >> HEAP_PAGE_SHIFT;
    size_t first;
    HeapSpan **link = &h->spans;
    while (*link && (*link)->npages != npages)
        link = &(*link)->next;
    if (*link) {                    /* a freed span of the same size: zero, as the kernel gave it back */
        HeapSpan *s = *link;
        *link = s->next;
        first = (size_t)((char *)s - (h->base + h->half)) >> HEAP_PAGE_SHIFT;
        memset(s, 0, sizeof *s);
    } else {
        if (h->large_used + (npages << HEAP_PAGE_SHIFT) > h->size - h->half)
            rt_fatal("out of memory");
        first = h->large_used >> HEAP_PAGE_SHIFT;
        h->large_used += npages << HEAP_PAGE_SHIFT;
        for (size_t i = 0; i < npages; i++)
            h->page_start[first + i] = (uint32_t)first;
    }
    h->span_pages[first] = (uint32_t)npages;
    HeapObj *o = (HeapObj *)(h->base + h->half + (first << HEAP_PAGE_SHIFT));
    o->rc = 1;
    o->kind = kind;
    rt_stats.live_bytes += npages << HEAP_PAGE_SHIFT;
    rt_stats.bytes += npages << HEAP_PAGE_SHIFT;
    return o;
}

void *rt_heap_alloc(size_t size, uint32_t kind) {
    Heap *h = &rt_heap;
    size_t total = size + sizeof(HeapObj);
    HeapObj *o = h->asan ? rt_heap_asan_alloc(size, kind)
                 : total <= HEAP_SMALL_MAX ? alloc_small(h, total, kind) : alloc_large(h, total, kind);
    rt_stats.allocs++;
    if (rt_stats.live_bytes > rt_stats.peak_bytes)
        rt_stats.peak_bytes = rt_stats.live_bytes;
    return o + 1;
}

void *rt_raw_alloc(size_t size, int has_pointers) {
    (void)has_pointers;
    return rt_heap_alloc(size, 0);
}

void rt_raw_free(void *p) {
    HeapObj *o = rt_heap_find(p);
    if (o)                  /* a value escape analysis kept on the stack is not freed */
        rt_heap_free(o);
}

static size_t large_page(Heap *h, HeapObj *o) {
    return (size_t)((char *)o - (h->base + h->half)) >> HEAP_PAGE_SHIFT;
}

size_t rt_heap_obj_size(HeapObj *o) {
    Heap *h = &rt_heap;
    if (h->asan)
        return rt_heap_asan_size(o);
    size_t off = (size_t)((char *)o - h->base);
    size_t bytes = off < h->half ? h->cls[h->block_class[off >> HEAP_BLOCK_SHIFT]].size
                                 : (size_t)h->span_pages[large_page(h, o)] << HEAP_PAGE_SHIFT;
    return bytes - sizeof(HeapObj);
}

void rt_heap_free(HeapObj *o) {
    Heap *h = &rt_heap;
    if (o->rc == 0)
        rt_fatal("double free");
    o->rc = 0;
    rt_stats.frees++;
    if (h->asan) {
        rt_heap_asan_free(o);
        return;
    }
    size_t off = (size_t)((char *)o - h->base);
    if (off < h->half) {
        int c = h->block_class[off >> HEAP_BLOCK_SHIFT];
        uint32_t size = h->cls[c].size;
        rt_stats.live_bytes -= size;
        *(HeapObj **)(o + 1) = h->free[c];
        h->free[c] = o;
        return;
    }
    size_t npages = h->span_pages[large_page(h, o)];
    rt_stats.live_bytes -= npages << HEAP_PAGE_SHIFT;
    madvise(o, npages << HEAP_PAGE_SHIFT, MADV_DONTNEED);     /* zero again, memory returned */
    HeapSpan *s = (HeapSpan *)o;
    s->npages = (uint32_t)npages;
    s->next = h->spans;
    h->spans = s;
}

/* Every live object, for the leak report. Free slots, never-used slots
 * and freed spans all have rc 0. */
void rt_heap_each(void (*fn)(HeapObj *o, size_t size, void *ctx), void *ctx) {
    Heap *h = &rt_heap;
    if (h->asan) {
        rt_heap_asan_each(fn, ctx);
        return;
    }
    for (size_t off = 0; off < h->small_used; off += HEAP_BLOCK) {
        char *start = h->base + off;
        uint32_t size = h->cls[h->block_class[off >> HEAP_BLOCK_SHIFT]].size;
        for (char *s = start; s + size <= start + HEAP_BLOCK; s += size)
            if (((HeapObj *)s)->rc)
                fn((HeapObj *)s, size - sizeof(HeapObj), ctx);
    }
    size_t npages = h->large_used >> HEAP_PAGE_SHIFT;
    for (size_t pg = 0; pg < npages;) {
        HeapObj *o = (HeapObj *)(h->base + h->half + (pg << HEAP_PAGE_SHIFT));
        bool live = h->page_start[pg] == pg && o->rc;
        if (live)
            fn(o, ((size_t)h->span_pages[pg] << HEAP_PAGE_SHIFT) - sizeof(HeapObj), ctx);
        pg += live ? h->span_pages[pg] : 1;
    }
}
