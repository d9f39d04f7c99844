/*
 * fuzz_target.c: the libFuzzer harness (built with -DML0C_FUZZ=ON and
 * clang's -fsanitize=fuzzer,address,undefined; scripts/fuzz.sh runs it).
 *
 * Each input is a source file. It is compiled three times, each in a fresh
 * Ctx, through the driver's own pipeline (driver_compile_file), exactly as
 * the command line would, without ever leaving the process:
 *
 *   1. `check -m=2 --borrowck`             (gc: escape decisions with their
 *                                           -m=2 flows, quoted as Go quotes
 *                                           them, and the wrappers; borrowck)
 *   2. `check --borrowck --runtime=drop`   (drop elaboration of a program
 *                                           the checker accepts: no counts)
 *   3. `build --runtime=drop --emit=llvm -O0 -o /dev/null`
 *                                          (counted drop elaboration, then
 *                                           LLVM IR, verified, not linked)
 *
 * with the MIR verifier on (ML0C_VERIFY_MIR=1). A bad input must end in
 * errors and exit status 1; anything else is a finding: a crash or
 * sanitizer report, a hang (-timeout), a leak (LeakSanitizer: each Ctx is
 * freed after its run), or an internal compiler error, which aborts here
 * (ML0C_ICE_ABORT) so that libFuzzer saves the input and its stack.
 * Status 0 or 1 is all the harness checks; diagnostics go to stderr
 * (scripts/fuzz.sh closes it with -close_fd_mask).
 */
#define _POSIX_C_SOURCE 200809L
#include "driver/driver.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    setenv("ML0C_VERIFY_MIR", "1", 1);
    setenv("ML0C_ICE_ABORT", "1", 1);
    return 0;
}

typedef struct Run {
    RuntimeKind runtime;
    bool borrowck;
    int m_level;
    bool gen_code;      /* LLVM IR to /dev/null */
} Run;

static const Run runs[] = {
    {RT_GC, true, 2, false},
    {RT_DROP, true, 0, false},
    {RT_DROP, false, 0, true},
};

static int compile_once(const Run *r, const uint8_t *data, size_t size) {
    Ctx c;
    ctx_init(&c);
    c.arena.map_ahead = false;
    c.opt.input = "fuzz.ml0";
    c.opt.runtime = r->runtime;
    c.opt.borrowck = r->borrowck;
    c.opt.m_level = c.opt.m_asked = r->m_level;
    c.opt.opt_level = 0;
    c.opt.emit = r->gen_code ? EMIT_LLVM : EMIT_EXE;
    int file = source_add(&c, "fuzz.ml0", (const char *)data, (int)size);
    int st = driver_compile_file(&c, file, r->gen_code, "/dev/null");
    diag_flush(&c);
    ctx_free(&c);
    return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > (1 << 20))
        return -1;      /* not a source file worth the time; not in the corpus */
    for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
        int st = compile_once(&runs[i], data, size);
        if (st != 0 && st != 1)
            abort();
        if (st != 0 && i == 0)
            break;      /* rejected by check: the others would stop there too */
    }
    return 0;
}
