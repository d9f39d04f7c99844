/*
 * arena.c: the bump allocator every compiler phase allocates from.
 *
 * An arena is a list of chunks. A request is carved from the newest chunk
 * by moving a pointer (arena_alloc, inline in base.h); when it does not
 * fit, arena_alloc_slow takes a fresh chunk. Nothing is freed on its own:
 * arena_free releases every chunk at once, at the end of the phase whose
 * lifetime the arena matches (QBE's alloc/freeall), and arena_reset keeps
 * the chunks, zeroed again, for the next function's scratch work.
 *
 * Invariant: the memory between a->cur and a->end is zero. Chunks come
 * zeroed, and arena_reset zeroes what was used before reusing a chunk, so
 * allocations need no memset.
 *
 * Where chunks come from is arena_pages.c's business (arena_pages_new /
 * arena_pages_free): there, and only there, is the speed machinery (huge
 * pages mapped ahead on a helper thread); built with ML0C_PLAIN_ARENA it
 * is calloc and free.
 */
#include "base.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif

/* The newest chunk's fill is a->cur; its ->used is written back whenever
 * the chunk stops being the newest or the arena is reset. */
static void sync_head(Arena *a) {
    if (a->head)
        a->head->used = (size_t)(a->cur - a->head->mem);
}

static void set_head(Arena *a, ArenaChunk *ch) {
    sync_head(a);
    ch->next = a->head;
    a->head = ch;
    a->cur = ch->mem + ch->used;
    a->end = ch->mem + ch->cap;
}

/* The newest chunk is full: take a spare one big enough (left by
 * arena_reset), else a new one, and carve the request from it. */
void *arena_alloc_slow(Arena *a, size_t size) {
    ArenaChunk **sp = &a->spare;
    while (*sp && (*sp)->cap < size)
        sp = &(*sp)->next;
    ArenaChunk *ch;
    if (*sp) {
        ch = *sp;
        *sp = ch->next;
    } else {
        ch = arena_pages_new(a, size);
    }
    if (!ch) {
        fputs("ml0c: fatal error: out of memory\n", stderr);
        exit(3);
    }
    ch->used = 0;
    set_head(a, ch);
    void *p = a->cur;
    a->cur += size;
    a->used_total += size;
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(Arena *a, const char *s) {
    return arena_strndup(a, s, strlen(s));
}

char *arena_printf(Arena *a, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

static void free_chunks(ArenaChunk *ch) {
    while (ch) {
        ArenaChunk *next = ch->next;
        arena_pages_free(ch);
        ch = next;
    }
}

void arena_free(Arena *a) {
    arena_pages_stop(a);
    free_chunks(a->head);
    free_chunks(a->spare);
    a->head = a->spare = NULL;
    a->cur = a->end = NULL;
    a->used_total = 0;
}

void arena_reset(Arena *a) {
#ifdef ARENA_ASAN
    arena_free(a);      /* under ASan a use after the reset is a use after free */
    return;
#endif
    sync_head(a);
    a->cur = a->end = NULL;
    while (a->head) {
        ArenaChunk *ch = a->head;
        a->head = ch->next;
        memset(ch->mem, 0, ch->used);
        ch->used = 0;
        ch->next = a->spare;
        a->spare = ch;
    }
    a->used_total = 0;
}

/* vec_reserve_: grow a VEC's storage to hold `need` elements. Storage
 * that is the newest allocation of the newest chunk grows in place;
 * otherwise it moves (the old block is wasted until the arena is freed).
 * Small first capacities: most lists (call arguments, fields, a block's
 * statements) stay short. */
void vec_reserve_(Arena *a, void **data, int *cap, int need, size_t elem) {
    if (need <= *cap)
        return;
    int ncap = *cap ? *cap * 2 : (elem >= 64 ? 2 : 4);
    while (ncap < need)
        ncap *= 2;
    size_t old = ((size_t)*cap * elem + 15) & ~(size_t)15;
    size_t grown = ((size_t)ncap * elem + 15) & ~(size_t)15;
    if (*data && (unsigned char *)*data + old == a->cur &&
        (size_t)(a->end - a->cur) >= grown - old) {
        a->cur += grown - old;         /* still zero: never handed out */
        a->used_total += grown - old;
        *cap = ncap;
        return;
    }
    void *nd = arena_alloc(a, (size_t)ncap * elem);
    if (*data && *cap)
        memcpy(nd, *data, (size_t)*cap * elem);
    *data = nd;
    *cap = ncap;
}
