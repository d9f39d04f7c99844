/*
 * rc.c (drop): allocation, freeing and reference counting over the
 * region heap.
 *
 * A program the borrow checker accepts frees its values through
 * ml0_free, at their single owner's death. A Go-style program that shares
 * heap values counts references instead: the compiler emits ml0_rc_inc
 * for each new reference and ml0_rc_dec at each reference's death. At
 * zero the object's glue (ml0_drop_kind, generated per program) releases
 * what it holds (running `drop` methods), then the object is freed.
 * Releasing a long chain (a linked list) recurses only so deep; the rest
 * waits on a queue, so no list is too long to free.
 */
#include "heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Generated under --runtime=drop: release what an object of glue kind
 * `kind` holds (size usable bytes at obj). */
void ml0_drop_kind(int32_t kind, void *obj, int64_t size);

void *ml0_alloc_kind(int64_t size, int32_t kind) {
    return rt_heap_alloc(size > 0 ? (size_t)size : 1, (uint32_t)kind);
}

void ml0_register_drop(void *obj, void (*drop)(void *obj)) {
    (void)obj;
    (void)drop;
}

/* ---- counting ---------------------------------------------------------- */

#define MAX_DEPTH 64

static struct {
    int depth;
    HeapObj **queue;
    size_t head, len, cap;
} dying;

/* ML0DEBUG=uafnet=1 drops every increment: a value shared by two
 * references is freed at the first one's death, a deliberate use after
 * free for the soundness net's own test (tests/cli/asan_net.sh). */
void ml0_rc_inc(const void *p) {
    if (rt_stats.uafnet)
        return;
    HeapObj *o = rt_heap_find(p);
    if (o) {
        if (o->rc == 0)
            rt_fatal("reference to a freed object (compiler bug)");
        o->rc++;
    }
}

static void destroy(HeapObj *o) {
    o->rc = HEAP_DYING;     /* references taken and dropped by glue never reach 0 */
    if (o->kind & ML0_KIND_RT) {    /* the runtime's own object: the words its mask names */
        void **words = (void **)(o + 1);
        size_t stride = ML0_KIND_RT_STRIDE(o->kind), n = 1;
        if (o->kind & ML0_KIND_ARRAY)
            n = rt_heap_obj_size(o) / (stride * sizeof(void *));
        for (size_t e = 0; e < n; e++, words += stride)
            for (int w = 0; w < 16; w++)
                if (o->kind >> w & 1)
                    ml0_rc_dec(words[w]);
    } else if (o->kind)     /* kind 0 holds nothing; only arrays' glue needs the size */
        ml0_drop_kind((int32_t)o->kind, o + 1, o->kind & ML0_KIND_ARRAY ? (int64_t)rt_heap_obj_size(o) : 0);
    o->rc = 1;
    rt_heap_free(o);
}

void ml0_rc_dec(const void *p) {
    HeapObj *o = rt_heap_find(p);
    if (!o)
        return;
    if (o->rc == 0)
        rt_fatal("reference to a freed object (compiler bug)");
    if (--o->rc)
        return;
    if (dying.depth >= MAX_DEPTH) {     /* let the outermost destroy it */
        if (dying.len == dying.cap) {
            dying.cap = dying.cap ? dying.cap * 2 : 256;
            dying.queue = realloc(dying.queue, dying.cap * sizeof *dying.queue);
            if (!dying.queue)
                rt_fatal("out of memory");
        }
        dying.queue[dying.len++] = o;
        o->rc = HEAP_DYING;
        return;
    }
    dying.depth++;
    destroy(o);
    if (dying.depth == 1) {     /* the outermost: what deeper ones queued */
        while (dying.head < dying.len)
            destroy(dying.queue[dying.head++]);
        dying.head = dying.len = 0;
    }
    dying.depth--;
}

/* ---- slices with counted elements -------------------------------------- */

void ml0_make_slice_kind(ml0_slice *out, int64_t len, int64_t cap, int64_t elem_size, int32_t kind) {
    ml0_make_slice(out, len, cap, elem_size, 0);
    HeapObj *o = rt_heap_find(out->ptr);
    if (o)
        o->kind = (uint32_t)kind;
}

/* append growth for a shared array: the new array gets its own reference
 * to every element it copies; the old one keeps its own. */
void ml0_growslice_rc(ml0_slice *s, int64_t add, int64_t elem_size, int32_t kind,
                      void (*retain)(void *elem)) {
    void *old = s->ptr;
    ml0_growslice(s, add, elem_size, kind != 0);
    if (s->ptr == old)
        return;
    HeapObj *o = rt_heap_find(s->ptr);
    if (o)
        o->kind = (uint32_t)kind;
    if (retain)
        for (int64_t i = 0; i < s->len; i++)
            retain((char *)s->ptr + i * elem_size);
}

void ml0_growslice_consume(ml0_slice *s, int64_t add, int64_t elem_size, int32_t kind,
                           void (*retain)(void *elem)) {
    void *old = s->ptr;
    ml0_growslice_rc(s, add, elem_size, kind, retain);
    if (s->ptr != old)
        ml0_rc_dec(old);
}

int64_t ml0_copy_rc(void *dst, int64_t dlen, const void *src, int64_t slen, int64_t elem_size,
                    void (*retain)(void *elem), void (*release)(void *elem)) {
    int64_t n = dlen < slen ? dlen : slen;
    for (int64_t i = 0; i < n; i++)
        retain((char *)src + i * elem_size);
    for (int64_t i = 0; i < n; i++)
        release((char *)dst + i * elem_size);
    if (n > 0)
        memmove(dst, src, (size_t)(n * elem_size));
    return n;
}
