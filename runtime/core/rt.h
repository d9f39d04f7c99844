/*
 * rt.h: private to the runtime: the allocation interface each runtime
 * flavour implements (gc/alloc.c over Boehm GC, drop/alloc.c over malloc),
 * and the shared statistics and output buffer of core/.
 */
#ifndef ML0RT_INTERNAL_H
#define ML0RT_INTERNAL_H

#include "../ml0rt.h"

#include <stddef.h>

/* gc/alloc.c or drop/alloc.c */
void rt_alloc_init(void);
void rt_stack_guard_init(void);   /* stackguard.c: Go's "fatal error: stack overflow" */
void *rt_raw_alloc(size_t size, int has_pointers);   /* zeroed, never NULL */
void rt_raw_free(void *p);
void rt_alloc_report(void);     /* at exit, with allocstats or leakcheck set */

/* core/slice.c: the bytes make(len, cap) of elem_size needs; panics like
 * Go's makeslice on a bad len or cap */
int64_t rt_make_bytes(int64_t len, int64_t cap, int64_t elem_size);

/* core/sizeclass.c: go1.19's roundupsize, the bytes Go's malloc gives a
 * request of size bytes (a size class, or whole pages past 32 KiB) */
int64_t rt_roundupsize(int64_t size);

/* core/stats.c: ML0DEBUG settings and counters */
typedef struct RtStats {
    int allocstats, gctrace, leakcheck;
    int uafnet;     /* drop: ml0_rc_inc does nothing (the sanitizer net's test) */
    unsigned long long allocs, frees, bytes, live_bytes, peak_bytes;
} RtStats;
extern RtStats rt_stats;
void rt_read_debug_env(void);

/* core/defer.c: a panic with one of Go's runtime.Error values (sigline:
 * the [signal ...] line a nil dereference prints, or NULL). */
enum { RT_ERR_STRING, RT_ERR_BOUNDS, RT_ERR_PLAIN, RT_ERR_ASSERT };
_Noreturn void rt_panic_error(int kind, const char *text, const char *sigline);

/* core/defer.c: fn(a, b), stopping a panic in it (fmt's catchPanic):
 * returns 1 with the panic's value in *value when fn panicked */
struct ml0_iface;
int rt_call_catching(void (*fn)(void *, void *), void *a, void *b, struct ml0_iface *value);

/* core/defer.c: set once a recovered panic has unwound frames (whose
 * values the drop runtime then never dropped: drop/leaks.c says so
 * instead of failing the leak check) */
extern int rt_panic_unwound;

/* core/print.c */
void rt_flush(void);
void rt_out(const void *p, size_t n);   /* append to the stdout buffer */
_Noreturn void rt_fatal(const char *msg);
size_t rt_format_float(char *b, double v);  /* Go's print(float64): 14 bytes */

#endif
