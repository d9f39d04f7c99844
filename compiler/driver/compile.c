/*
 * compile.c: the pipeline as one flat list of passes (QBE's func() style),
 * driver_compile():
 *
 *   load -> parse -> check -> lower -> verify -> escape
 *        -> borrowck (--borrowck) -> drop (--runtime=drop) -> report (-m)
 *        -> verify -> codegen -> link
 *
 * check, lower, verify and escape run function by function, interleaved
 * (pipeline.c); --emit=mir:STAGE prints the MIR after a stage. The driver
 * stops after the first phase that reports an error and returns the exit
 * status (0 success, 1 compile errors). It never exits the process and
 * keeps no state outside the Ctx, so one process may compile many programs
 * in turn, each in its own Ctx (main.c compiles one; the libFuzzer harness,
 * tests/fuzz/fuzz_target.c, compiles thousands).
 */
#define _POSIX_C_SOURCE 200809L
#include "borrowck/borrowck.h"
#include "codegen/codegen.h"
#include "driver.h"
#include "drop/drop.h"
#include "syntax/syntax.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static FILE *open_text_out(Ctx *c, const char *path) {
    if (!path || strcmp(path, "-") == 0)
        return stdout;
    FILE *f = fopen(path, "w");
    if (!f)
        diag_error(c, NO_SPAN, "cannot write '%s': %s", path, strerror(errno));
    return f;
}

/* ML0C_STATS=1: each phase's time and the arena's growth, to stderr. The
 * last phase's end lives in the caller's Stats, not in a static. */
typedef struct Stats {
    bool on;
    struct timespec last;
    size_t last_bytes;
} Stats;

static void phase(Ctx *c, Stats *st, const char *name) {
    if (!st->on)
        return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (name)
        fprintf(stderr, "ml0c: %-8s %7.1f ms %8.1f MiB\n", name,
                (double)(now.tv_sec - st->last.tv_sec) * 1e3 + (double)(now.tv_nsec - st->last.tv_nsec) / 1e6,
                (double)(c->arena.used_total - st->last_bytes) / (1 << 20));
    st->last = now;
    st->last_bytes = c->arena.used_total;
}

/* --emit=ast and --emit=mir: print and stop. */
static int emit_ast(Ctx *c, Program *ast, const char *out) {
    FILE *f = open_text_out(c, out ? out : "-");
    if (!f)
        return 1;
    ast_dump(c, ast, f);
    if (f != stdout)
        fclose(f);
    return 0;
}

static int emit_mir(Ctx *c, MirProgram *mir, const char *out) {
    diag_flush(c);      /* the -m lines so far come first */
    FILE *f = open_text_out(c, out ? out : "-");
    if (!f)
        return 1;
    mir_print(c, mir, f);
    if (f != stdout)
        fclose(f);
    return 0;
}

/* Is --emit=mir asking for the MIR after this stage? */
static bool dump_after(Ctx *c, MirStage stage) {
    if (c->opt.emit != EMIT_MIR)
        return false;
    if (c->opt.mir_stage == MIR_STAGE_FINAL)    /* after the last pass that runs */
        return stage == (c->opt.runtime == RT_DROP ? MIR_STAGE_DROP : MIR_STAGE_ESCAPE);
    return c->opt.mir_stage == stage;
}

/* The passes after parsing, one a line; returns the exit status. */
static int run_passes(Ctx *c, Stats *st, Pipeline *pl, Program *ast, bool gen_code, const char *out) {
    SemaInfo *checked = pipeline_check(pl, ast);                    /* check */
    if (!checked)
        return 1;   /* as Go: no -m lines for a wrong program (none printed yet) */
    MirProgram *mir = pipeline_lower(pl, checked);                  /* lower, verify */
    phase(c, st, "sema+mir");
    if (dump_after(c, MIR_STAGE_BUILT))
        return emit_mir(c, mir, out);
    EscReport *decisions = pipeline_escape(pl);                     /* escape */
    phase(c, st, "escape");
    if (c->opt.borrowck)
        bck_check(c, mir);                                          /* borrowck */
    phase(c, st, "borrowck");
    if (!c->nerrors && c->opt.runtime == RT_DROP && !dump_after(c, MIR_STAGE_ESCAPE))
        drop_elaborate(c, mir);                                     /* drop */
    phase(c, st, "drop");
    esc_report(decisions);                                          /* -m, --explain */
    sema_report_bce(c, checked, mir_early_rank, mir);                /* -m: walk's lines */
    esc_report_wrappers(decisions);                                 /* -m=2: method wrappers' */
    if (c->nerrors)
        return 1;
    if (mir->counted && pl->verify)
        mir_verify(c, mir, "drop");                                 /* verify */
    diag_flush(c);
    phase(c, st, "report");
    if (dump_after(c, MIR_STAGE_ESCAPE) || dump_after(c, MIR_STAGE_DROP))
        return emit_mir(c, mir, out);
    if (!gen_code)
        return 0;
    return cg_emit(c, mir, out) && !c->nerrors ? 0 : 1;             /* codegen, link */
}

/* The pipeline from an already loaded source file. */
int driver_compile_file(Ctx *c, int file, bool gen_code, const char *out) {
    Stats st = {.on = getenv("ML0C_STATS") != NULL};
    phase(c, &st, NULL);
    Program *ast = parse_program(c, file);                          /* parse */
    phase(c, &st, "parse");
    if (!ast || c->nerrors)
        return 1;
    if (c->opt.emit == EMIT_AST)
        return emit_ast(c, ast, out);
    Pipeline pl = pipeline_begin(c, gen_code);
    int status = run_passes(c, &st, &pl, ast, gen_code, out);
    pipeline_end(&pl);
    return status;
}

int driver_compile(Ctx *c, bool gen_code, const char *out) {
    int file = source_load(c, c->opt.input);                        /* load */
    return file < 0 ? 1 : driver_compile_file(c, file, gen_code, out);
}
