/*
 * arena_pages.c: where arena chunks come from, and the rest of ml0c's
 * process-level speed machinery. arena.c (the bump allocator) only asks
 * for a zeroed chunk of at least n bytes and gives chunks back; this file
 * decides how big they are and how their pages arrive.
 *
 * Two suppliers, one interface (base.h, arena_pages.c section):
 *
 *   plain (built with -DML0C_PLAIN_ARENA=ON): calloc and free, 64 KiB or
 *   the request. Read this one first; it is all an arena needs.
 *
 *   fast (the default): chunks grow with the arena (an eighth of what it
 *   holds or is expected to, up to 32 MiB); big ones are mmap'd with
 *   MAP_POPULATE, one system call faulting all their pages in instead of
 *   one trap a page (a third of a large check's time was page faults);
 *   and an arena with map_ahead set has its next chunk mapped on a helper
 *   thread, as transparent huge pages, while it fills the current one
 *   (never waiting for it). docs/performance.md has the measurements.
 *
 * base_tune_process sets the two process-wide knobs that go with this:
 * malloc's thresholds and a fully buffered stderr.
 */
#define _DEFAULT_SOURCE
#include "base.h"

#include <malloc.h>
#include <stdlib.h>

/* Fully buffered stderr (diag_flush flushes it): unbuffered, each -m
 * line or error was many write calls, most of a run with 100,000.
 * malloc's big blocks come from its heap, grown 16 MiB at a time and
 * never trimmed: its mmap/munmap/brk calls would wait for the arena's
 * helper thread, which holds the address space's lock while it faults
 * pages in (milliseconds each on a VM). Call first thing in main. */
void base_tune_process(void) {
    setvbuf(stderr, NULL, _IOFBF, 1 << 16);
#ifndef ML0C_PLAIN_ARENA
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}

#ifdef ML0C_PLAIN_ARENA

/* ---- the plain supplier ------------------------------------------------ */

enum { CHUNK_MIN = 64 * 1024 };

ArenaChunk *arena_pages_new(Arena *a, size_t size) {
    (void)a;
    size_t cap = size < CHUNK_MIN ? CHUNK_MIN : size;
    ArenaChunk *ch = calloc(1, sizeof(ArenaChunk) + cap);
    if (ch)
        ch->cap = cap;
    return ch;
}

void arena_pages_free(ArenaChunk *ch) { free(ch); }

void arena_pages_stop(Arena *a) { (void)a; }

#else

/* ---- the fast supplier ------------------------------------------------- */

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/mman.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23      /* Linux 5.14; older kernels: EINVAL */
#endif

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

void arena_pages_free(ArenaChunk *ch) {
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
            arena_pages_free(ah->ch);
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
ArenaChunk *arena_pages_new(Arena *a, size_t size) {
    size_t cap = next_cap(a, a->used_total, size);
    ArenaChunk *ch = join_ahead(a);
    if (ch && ch->cap < size) {
        arena_pages_free(ch);
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

/* The arena is being freed: a helper still mapping is told to clean up
 * after itself; a chunk it finished is given back. */
void arena_pages_stop(Arena *a) {
    if (a->ahead) {
        int running = AHEAD_RUNNING;
        if (atomic_compare_exchange_strong(&a->ahead->state, &running, AHEAD_ABANDONED)) {
            pthread_detach(a->ahead->thread);
            a->ahead = NULL;
        }
    }
    ArenaChunk *ahead = join_ahead(a);
    if (ahead)
        arena_pages_free(ahead);
}

#endif
