/*
 * arena.c: the bump allocator every compiler phase allocates from.
 *
 * Memory comes in chunks of at least 64 KiB; a request is carved from the
 * newest chunk, or from a fresh chunk sized to fit. Nothing is freed on its
 * own: arena_free releases every chunk at once, at the end of the phase
 * whose lifetime the arena matches (QBE's alloc/freeall).
 *
 * Chunks come zeroed from the kernel (mmap) or calloc, and arena memory is
 * never handed out twice without arena_reset zeroing it again, so
 * allocations need no memset. Big chunks are
 * mapped with MAP_POPULATE: one system call faults all their pages in,
 * instead of one trap a page (a third of a large check's time was page
 * faults); an arena with map_ahead set has the next one mapped on a
 * second thread, as transparent huge pages, while it fills the current
 * one (never waiting for it).
 */
#define _DEFAULT_SOURCE
#include "base.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/mman.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23      /* Linux 5.14; older kernels: EINVAL */
#endif

#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif

struct ArenaChunk {
    ArenaChunk *next;
    size_t used, cap;
    size_t mapped;      /* bytes mmap'd, or 0 when calloc'd */
    _Alignas(16) unsigned char mem[];
};

enum { CHUNK_MIN = 64 * 1024, HUGE_PAGE = 2 * 1024 * 1024, CHUNK_MAX = 32 * 1024 * 1024 };
/* (HUGE_PAGE: big chunks are whole multiples of 2 MiB) */

/* The size of the next chunk, once the arena holds `held` bytes: it
 * grows with the arena (an eighth of what it holds or is expected to, up
 * to 32 MiB), so a large program needs few of them. */
static size_t next_cap(Arena *a, size_t held, size_t size) {
    size_t cap = (held > a->expect ? held : a->expect) / 8;
    cap = cap < CHUNK_MIN ? CHUNK_MIN : cap > CHUNK_MAX ? CHUNK_MAX : cap;
    return cap < size ? size : cap;
}

/* mapped bytes of 2 MiB-aligned memory offered as transparent huge pages
 * and faulted in now, or NULL. Fewer, larger pages make the compiler's
 * own memory accesses miss the TLB less and the exit's unmapping
 * cheaper; but the kernel may compact memory to find them, so this runs
 * only on the helper thread (measured in the main thread, it was slower). */
static void *map_huge(size_t mapped) {
    char *raw = mmap(NULL, mapped + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return NULL;
    char *p = (char *)(((uintptr_t)raw + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    if (p > raw)
        munmap(raw, (size_t)(p - raw));
    if (raw + HUGE_PAGE > p)
        munmap(p + mapped, (size_t)(raw + HUGE_PAGE - p));
    madvise(p, mapped, MADV_HUGEPAGE);
    if (madvise(p, mapped, MADV_POPULATE_WRITE) != 0)       /* Linux < 5.14 */
        for (size_t i = 0; i < mapped; i += 4096)
            ((volatile char *)p)[i] = 0;
    return p;
}

/* How a big chunk's pages come: huge and faulted in now (the helper
 * thread), faulted in now (MAP_POPULATE), or on first touch (a chunk that
 * tides the compiler over while the helper is still at work: a page fault
 * does not wait for the helper's hold on the address space, an mmap with
 * MAP_POPULATE does). */
typedef enum { MAP_HUGE_NOW, MAP_NOW, MAP_LAZY } MapHow;

static ArenaChunk *map_chunk(size_t cap, MapHow how) {
    ArenaChunk *ch;
    size_t mapped = 0;
    if (cap + sizeof(ArenaChunk) >= HUGE_PAGE) {
        mapped = (cap + sizeof(ArenaChunk) + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
        if (how == MAP_HUGE_NOW) {
            ch = map_huge(mapped);
        } else {
            ch = mmap(NULL, mapped, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | (how == MAP_NOW ? MAP_POPULATE : 0), -1, 0);
            if (ch == MAP_FAILED)
                ch = NULL;
        }
        cap = mapped - sizeof(ArenaChunk);
    } else {
        ch = calloc(1, sizeof(ArenaChunk) + cap);
    }
    if (ch) {
        ch->cap = cap;
        ch->mapped = mapped;
    }
    return ch;
}

static void unmap_chunk(ArenaChunk *ch) {
    if (ch->mapped)
        munmap(ch, ch->mapped);
    else
        free(ch);
}

/* Mapping the next big chunk ahead, on another thread: faulting in and
 * zeroing fresh pages was a third of a large check's time, and it does
 * not have to wait for the compiler to need them. */
struct ArenaAhead {
    pthread_t thread;
    size_t cap;
    ArenaChunk *ch;
    atomic_int state;       /* AHEAD_RUNNING, _DONE, or _ABANDONED */
};

enum { AHEAD_RUNNING, AHEAD_DONE, AHEAD_ABANDONED };

static void *map_ahead(void *arg) {
    struct ArenaAhead *ah = arg;
    ah->ch = map_chunk(ah->cap, MAP_HUGE_NOW);
    int running = AHEAD_RUNNING;
    if (!atomic_compare_exchange_strong(&ah->state, &running, AHEAD_DONE)) {
        if (ah->ch)         /* the arena was freed meanwhile: clean up */
            unmap_chunk(ah->ch);
        free(ah);
    }
    return NULL;
}

/* The chunk mapped ahead if the helper is done, else NULL (never waits:
 * the kernel may be compacting memory for it). */
static ArenaChunk *join_ahead(Arena *a) {
    struct ArenaAhead *ah = a->ahead;
    if (!ah || atomic_load(&ah->state) != AHEAD_DONE)
        return NULL;
    pthread_join(ah->thread, NULL);
    ArenaChunk *ch = ah->ch;
    free(ah);
    a->ahead = NULL;
    return ch;
}

static void start_ahead(Arena *a, size_t cap) {
    struct ArenaAhead *ah = calloc(1, sizeof *ah);
    if (!ah)
        return;
    ah->cap = cap;
    if (pthread_create(&ah->thread, NULL, map_ahead, ah) != 0) {
        free(ah);
        return;
    }
    a->ahead = ah;
}

/* A new chunk: the one mapped ahead if it is ready (never waiting for
 * it: the kernel may be compacting memory for it), else one mapped now;
 * then the next is started ahead. */
static ArenaChunk *new_chunk(Arena *a, size_t size) {
    size_t cap = next_cap(a, a->used_total, size);
    ArenaChunk *ch = join_ahead(a);
    if (ch && ch->cap < size) {
        unmap_chunk(ch);
        ch = NULL;
    }
    if (!ch && a->ahead)    /* the helper is still at work: a small chunk */
        ch = map_chunk(size > HUGE_PAGE ? size : HUGE_PAGE - sizeof(ArenaChunk), MAP_LAZY);
    else if (!ch)
        ch = map_chunk(cap, MAP_NOW);
    if (ch && a->map_ahead && ch->mapped && !a->ahead) {
        size_t after = next_cap(a, a->used_total + ch->cap, 0);
        if (after + sizeof(ArenaChunk) >= HUGE_PAGE)
            start_ahead(a, after);
    }
    return ch;
}

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

void *arena_alloc_slow(Arena *a, size_t size) {
    ArenaChunk **sp = &a->spare;
    while (*sp && (*sp)->cap < size)
        sp = &(*sp)->next;
    ArenaChunk *ch;
    if (*sp) {
        ch = *sp;
        *sp = ch->next;
    } else {
        ch = new_chunk(a, size);
    }
    if (!ch) {
        fputs("ml0c: fatal error: out of memory\n", stderr);
        exit(3);
    }
    ch->used = 0;
    set_head(a, ch);
    void *p = a->cur;       /* zero: chunks start zeroed, nothing is reused */
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
        unmap_chunk(ch);
        ch = next;
    }
}

void arena_free(Arena *a) {
    if (a->ahead) {         /* still mapping: leave it to clean up after itself */
        int running = AHEAD_RUNNING;
        if (atomic_compare_exchange_strong(&a->ahead->state, &running, AHEAD_ABANDONED)) {
            pthread_detach(a->ahead->thread);
            a->ahead = NULL;
        }
    }
    ArenaChunk *ahead = join_ahead(a);
    if (ahead)
        unmap_chunk(ahead);
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
