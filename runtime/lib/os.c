/*
 * os.c: package os's Args, Exit, Stdout and Stderr. ml0_init records argv
 * (core/stats.c calls lib_set_args); Args builds a fresh []string each
 * call, so the caller owns it under either runtime. Stdout and Stderr are
 * static Files, outside both heaps (never collected, never counted).
 */
#include "lib.h"
#include "../core/rt.h"

#include <stdlib.h>
#include <string.h>

static int saved_argc;
static char **saved_argv;

void lib_set_args(int argc, char **argv) {
    saved_argc = argc;
    saved_argv = argv;
}

void ml0_os_Args(ml0_slice *out) {
    int64_t n = saved_argv ? saved_argc : 0;
    ml0_string *v = lib_new_strings(out, n);
    for (int64_t i = 0; i < n; i++)
        lib_string(&v[i], saved_argv[i], (int64_t)strlen(saved_argv[i]));
}

static ml0_os_File stdout_file = {1}, stderr_file = {2};

ml0_os_File *ml0_os_Stdout(void) { return &stdout_file; }
ml0_os_File *ml0_os_Stderr(void) { return &stderr_file; }

_Noreturn void ml0_os_Exit(int64_t code) {
    rt_flush();
    exit((int)code);
}
