/*
 * heap.c (drop): the drop runtime's own heap, no collector.
 *
 * One large reserved range of address space (the region) holds every
 * heap object, so any pointer (an interior one too: &p.f, s[i:]) finds its
 * object in a few instructions, and pointers to the stack, to globals and
 * to static strings are told apart by a range check. That is what
 * reference counting needs (rc.c).
 *
 * The region is cut into 4 KiB pages. Small objects (up to 32 KiB) live
 * in 64 KiB blocks of one size class each (75 classes, about 12% apart);
 * larger ones get a span of whole pages. Per page, the table records the
 * class and where the block or span starts. Every object has an 8-byte
 * header {rc, kind} before it: rc is 0 for a free slot, the reference
 * count otherwise; kind names the generated glue that releases what the
 * object holds when it dies (0: nothing).
 *
 * Freed slots go on a per-class free list; freed spans on a list by page
 * count, their pages handed back to the kernel. Under AddressSanitizer
 * (the program was linked with it) freed slots are poisoned and never
 * reused, so a use after free is reported.
 */
#define _DEFAULT_SOURCE
#include "heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

void __asan_poison_memory_region(void const volatile *addr, size_t size) __attribute__((weak));
void __asan_unpoison_memory_region(void const volatile *addr, size_t size) __attribute__((weak));

Heap rt_heap;

#define BLOCK_PAGES (HEAP_BLOCK >> HEAP_PAGE_SHIFT)

static void poison(void *p, size_t n) {
    if (__asan_poison_memory_region)
        __asan_poison_memory_region(p, n);
}

static void unpoison(void *p, size_t n) {
    if (__asan_unpoison_memory_region)
        __asan_unpoison_memory_region(p, n);
}

static void *reserve(size_t *size) {
    for (size_t s = (size_t)64 << 30; s >= ((size_t)1 << 30); s >>= 1) {
        void *p = mmap(NULL, s, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p != MAP_FAILED) {
            *size = s;
            return p;
        }
    }
    rt_fatal("cannot reserve the heap's address space");
}

/* Size classes: 16..64 by 8, 80..128 by 16, then eight per doubling. */
static void init_classes(Heap *h) {
    int n = 0;
    for (uint32_t s = 16; s <= 64; s += 8)
        h->class_size[n++] = s;
    for (uint32_t s = 80; s <= 128; s += 16)
        h->class_size[n++] = s;
    for (uint32_t base = 128; base < HEAP_SMALL_MAX; base *= 2)
        for (uint32_t k = 1; k <= 8; k++)
            h->class_size[n++] = base + k * (base / 8);
    h->nclasses = n;
    int c = 0;
    for (uint32_t i = 0; i <= HEAP_SMALL_MAX / 8; i++) {
        while (h->class_size[c] < i * 8)
            c++;
        h->size_class[i] = (uint8_t)c;
    }
    for (int i = 0; i < n; i++)
        h->class_inv[i] = ((UINT64_C(1) << 32) + h->class_size[i] - 1) / h->class_size[i];
}

void rt_alloc_init(void) {
    Heap *h = &rt_heap;
    init_classes(h);
    h->base = reserve(&h->size);
    size_t npages = h->size >> HEAP_PAGE_SHIFT;
    size_t tsize = npages * (2 * sizeof(uint32_t) + 1);
    void *t = mmap(NULL, tsize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (t == MAP_FAILED)
        rt_fatal("cannot reserve the heap's page table");
    h->page_start = t;
    h->span_pages = h->page_start + npages;
    h->page_class = (uint8_t *)(h->span_pages + npages);
    h->asan = __asan_poison_memory_region != NULL;
}

/* npages fresh pages from the region's frontier. */
static size_t take_pages(Heap *h, size_t npages) {
    size_t first = h->used >> HEAP_PAGE_SHIFT;
    if (h->used + (npages << HEAP_PAGE_SHIFT) > h->size)
        rt_fatal("out of memory");
    h->used += npages << HEAP_PAGE_SHIFT;
    return first;
}

static void map_pages(Heap *h, size_t first, size_t npages, uint8_t cls) {
    for (size_t i = 0; i < npages; i++) {
        h->page_start[first + i] = (uint32_t)first;
        h->page_class[first + i] = cls;
    }
}

static void new_block(Heap *h, int c) {
    size_t first = take_pages(h, BLOCK_PAGES);
    map_pages(h, first, BLOCK_PAGES, (uint8_t)c);
    char *blk = h->base + (first << HEAP_PAGE_SHIFT);
    poison(blk, HEAP_BLOCK);
    h->bump[c] = blk;
    h->bump_end[c] = blk + (HEAP_BLOCK / h->class_size[c]) * h->class_size[c];
}

static HeapObj *alloc_small(Heap *h, size_t total, uint32_t kind) {
    int c = h->size_class[(total + 7) >> 3];
    uint32_t size = h->class_size[c];
    HeapObj *o = h->free[c];
    if (o) {
        h->free[c] = *(HeapObj **)(o + 1);
        memset(o + 1, 0, size - sizeof(HeapObj));
    } else {
        if (h->bump[c] == h->bump_end[c])
            new_block(h, c);
        o = (HeapObj *)h->bump[c];     /* fresh pages are zero */
        h->bump[c] += size;
    }
    unpoison(o, size);
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
        first = (size_t)((char *)s - h->base) >> HEAP_PAGE_SHIFT;
        memset(s, 0, sizeof *s);
    } else {
        first = take_pages(h, npages);
        map_pages(h, first, npages, HEAP_LARGE);
    }
    h->span_pages[first] = (uint32_t)npages;
    HeapObj *o = (HeapObj *)(h->base + (first << HEAP_PAGE_SHIFT));
    unpoison(o, npages << HEAP_PAGE_SHIFT);
    o->rc = 1;
    o->kind = kind;
    rt_stats.live_bytes += npages << HEAP_PAGE_SHIFT;
    rt_stats.bytes += npages << HEAP_PAGE_SHIFT;
    return o;
}

void *rt_heap_alloc(size_t size, uint32_t kind) {
    Heap *h = &rt_heap;
    size_t total = size + sizeof(HeapObj);
    HeapObj *o = total <= HEAP_SMALL_MAX ? alloc_small(h, total, kind) : alloc_large(h, total, kind);
    rt_stats.allocs++;
    if (rt_stats.live_bytes > rt_stats.peak_bytes)
        rt_stats.peak_bytes = rt_stats.live_bytes;
    return o + 1;
}

HeapObj *rt_heap_find(const void *p) {
    Heap *h = &rt_heap;
    uintptr_t off = (uintptr_t)p - (uintptr_t)h->base;
    if (off >= h->used)
        return NULL;
    size_t page = off >> HEAP_PAGE_SHIFT;
    uintptr_t start = (uintptr_t)h->page_start[page] << HEAP_PAGE_SHIFT;
    uint8_t c = h->page_class[page];
    if (c == HEAP_LARGE)
        return (HeapObj *)(h->base + start);
    uint64_t idx = ((off - start) * h->class_inv[c]) >> 32;
    return (HeapObj *)(h->base + start + idx * h->class_size[c]);
}

size_t rt_heap_obj_size(HeapObj *o) {
    Heap *h = &rt_heap;
    size_t page = (size_t)((char *)o - h->base) >> HEAP_PAGE_SHIFT;
    uint8_t c = h->page_class[page];
    return (c == HEAP_LARGE ? (size_t)h->span_pages[page] << HEAP_PAGE_SHIFT : h->class_size[c]) -
           sizeof(HeapObj);
}

void rt_heap_free(HeapObj *o) {
    Heap *h = &rt_heap;
    if (o->rc == 0)
        rt_fatal("double free");
    size_t page = (size_t)((char *)o - h->base) >> HEAP_PAGE_SHIFT;
    uint8_t c = h->page_class[page];
    rt_stats.frees++;
    if (c != HEAP_LARGE) {
        uint32_t size = h->class_size[c];
        rt_stats.live_bytes -= size;
        o->rc = 0;
        if (h->asan) {              /* quarantine: never reused */
            poison(o, size);
            return;
        }
        *(HeapObj **)(o + 1) = h->free[c];
        h->free[c] = o;
        return;
    }
    size_t npages = h->span_pages[page];
    o->rc = 0;
    rt_stats.live_bytes -= npages << HEAP_PAGE_SHIFT;
    madvise(o, npages << HEAP_PAGE_SHIFT, MADV_DONTNEED);     /* zero again, memory returned */
    if (h->asan) {
        poison(o, npages << HEAP_PAGE_SHIFT);
        return;
    }
    HeapSpan *s = (HeapSpan *)o;
    s->npages = (uint32_t)npages;
    s->next = h->spans;
    h->spans = s;
}

/* Every live object, for the leak report. Free slots, never-used slots
 * and freed spans all have rc 0. */
void rt_heap_each(void (*fn)(HeapObj *o, size_t size, void *ctx), void *ctx) {
    Heap *h = &rt_heap;
    size_t npages = h->used >> HEAP_PAGE_SHIFT;
    for (size_t pg = 0; pg < npages;) {
        char *start = h->base + (pg << HEAP_PAGE_SHIFT);
        uint8_t c = h->page_class[pg];
        if (c == HEAP_LARGE) {
            HeapObj *o = (HeapObj *)start;
            bool live = h->page_start[pg] == pg && o->rc;
            if (live)
                fn(o, ((size_t)h->span_pages[pg] << HEAP_PAGE_SHIFT) - sizeof(HeapObj), ctx);
            pg += live ? h->span_pages[pg] : 1;
            continue;
        }
        uint32_t size = h->class_size[c];
        for (char *s = start; s + size <= start + HEAP_BLOCK; s += size)
            if (((HeapObj *)s)->rc)
                fn((HeapObj *)s, size - sizeof(HeapObj), ctx);
        pg += BLOCK_PAGES;
    }
}
