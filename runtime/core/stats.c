/*
 * stats.c: ML0DEBUG (comma-separated key=value, like Go's GODEBUG) and
 * the allocation counters both runtimes keep. The counters are plain
 * integers: ML0 programs are single-threaded.
 */
#define _POSIX_C_SOURCE 200809L
#include "rt.h"

#include <time.h>

#include <stdlib.h>
#include <string.h>

RtStats rt_stats;

void rt_read_debug_env(void) {
    const char *env = getenv("ML0DEBUG");
    if (!env)
        return;
    const char *p = env;
    while (*p) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n > 11 && strncmp(p, "allocstats=", 11) == 0)
            rt_stats.allocstats = atoi(p + 11);
        else if (n > 10 && strncmp(p, "leakcheck=", 10) == 0)
            rt_stats.leakcheck = atoi(p + 10);
        else if (n > 7 && strncmp(p, "uafnet=", 7) == 0)
            rt_stats.uafnet = atoi(p + 7);
        else if (n > 8 && strncmp(p, "gctrace=", 8) == 0)
            rt_stats.gctrace = atoi(p + 8);
        p += n + (end ? 1 : 0);
    }
}

void lib_set_args(int argc, char **argv);   /* lib/os.c: os.Args */

void ml0_init(int argc, char **argv) {
    lib_set_args(argc, argv);
    rt_read_debug_env();
    rt_alloc_init();
    rt_stack_guard_init();
}

int64_t ml0_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void ml0_exit(void) {
    rt_flush();
    if (rt_stats.allocstats || rt_stats.leakcheck)
        rt_alloc_report();
}
