/*
 * main.c: the ml0c driver. Reads the command line (driver/cli.c), then runs
 * the pipeline as one flat list of passes (QBE's func() style), compile():
 *
 *   load -> parse -> check -> lower -> verify -> escape
 *        -> borrowck (--borrowck) -> drop (--runtime=drop) -> report (-m)
 *        -> verify -> codegen -> link
 *
 * check, lower, verify and escape run function by function, interleaved
 * (driver/pipeline.c); --emit=mir:STAGE prints the MIR after a stage.
 * The driver stops after the first phase that reports an error. Exit
 * status: 0 success, 1 compile errors, 2 usage errors; `run` exits with the
 * program's own status.
 */
#define _POSIX_C_SOURCE 200809L
#include "borrowck/borrowck.h"
#include "codegen/codegen.h"
#include "driver/driver.h"
#include "drop/drop.h"
#include "escape/escape.h"
#ifdef ML0C_HAVE_LSP
#include "lsp/lsp.h"
#endif
#include "mir/mir.h"
#include "sema/sema.h"
#include "syntax/syntax.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

static FILE *open_text_out(Ctx *c, const char *path) {
    if (!path || strcmp(path, "-") == 0)
        return stdout;
    FILE *f = fopen(path, "w");
    if (!f)
        diag_error(c, NO_SPAN, "cannot write '%s': %s", path, strerror(errno));
    return f;
}

/* ML0C_STATS=1: each phase's time and the arena's growth, to stderr. */
static void phase(Ctx *c, const char *name) {
    static struct timespec last;
    static size_t last_bytes;
    if (!getenv("ML0C_STATS"))
        return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (name && last.tv_sec)
        fprintf(stderr, "ml0c: %-8s %7.1f ms %8.1f MiB\n", name,
                (double)(now.tv_sec - last.tv_sec) * 1e3 + (double)(now.tv_nsec - last.tv_nsec) / 1e6,
                (double)(c->arena.used_total - last_bytes) / (1 << 20));
    last = now;
    last_bytes = c->arena.used_total;
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

/* The pipeline, one pass a line; the driver stops after the first pass
 * that reports an error. check, lower, verify and escape are scheduled
 * function by function (driver/pipeline.c says how); their results are
 * those of running each over the whole program in turn. Returns the exit
 * status. */
static int compile(Ctx *c, bool gen_code, const char *out) {
    phase(c, NULL);
    int file = source_load(c, c->opt.input);                        /* load */
    if (file < 0)
        return 1;
    Program *ast = parse_program(c, file);                          /* parse */
    phase(c, "parse");
    if (!ast || c->nerrors)
        return 1;
    if (c->opt.emit == EMIT_AST)
        return emit_ast(c, ast, out);
    Pipeline pl = pipeline_begin(c, gen_code);
    SemaInfo *checked = pipeline_check(&pl, ast);                   /* check */
    if (!checked)
        return 1;   /* as Go: no -m lines for a wrong program (none printed yet) */
    MirProgram *mir = pipeline_lower(&pl, checked);                 /* lower, verify */
    phase(c, "sema+mir");
    if (dump_after(c, MIR_STAGE_BUILT))
        return emit_mir(c, mir, out);
    EscReport *decisions = pipeline_escape(&pl);                    /* escape */
    phase(c, "escape");
    if (c->opt.borrowck)
        bck_check(c, mir);                                          /* borrowck */
    phase(c, "borrowck");
    if (!c->nerrors && c->opt.runtime == RT_DROP && !dump_after(c, MIR_STAGE_ESCAPE))
        drop_elaborate(c, mir);                                     /* drop */
    phase(c, "drop");
    esc_report(decisions);                                          /* -m, --explain */
    if (c->nerrors)
        return 1;
    if (mir->counted && pl.verify)
        mir_verify(c, mir, "drop");                                 /* verify */
    diag_flush(c);
    phase(c, "report");
    if (dump_after(c, MIR_STAGE_ESCAPE) || dump_after(c, MIR_STAGE_DROP))
        return emit_mir(c, mir, out);
    if (!gen_code)
        return 0;
    return cg_emit(c, mir, out) && !c->nerrors ? 0 : 1;             /* codegen, link */
}

static int run_program(const char *exe, char **args, int nargs) {
    char **argv = calloc((size_t)nargs + 2, sizeof(char *));
    argv[0] = (char *)exe;
    for (int i = 0; i < nargs; i++)
        argv[i + 1] = args[i];
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "ml0c: error: cannot start '%s': %s\n", exe, strerror(errno));
        free(argv);
        return 1;
    }
    if (pid == 0) {
        execv(exe, argv);
        fprintf(stderr, "ml0c: error: cannot run '%s': %s\n", exe, strerror(errno));
        fflush(stderr);
        _exit(127);
    }
    free(argv);
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    if (WIFSIGNALED(st))
        return 128 + WTERMSIG(st);
    return WEXITSTATUS(st);
}

static int cmd_run(Ctx *c, Cli *cli) {
    char *dir = (char *)arena_printf(&c->arena, "%s/ml0c-run-XXXXXX", cg_tmpdir());
    if (!mkdtemp(dir)) {
        fprintf(stderr, "ml0c: error: cannot create a temporary directory in '%s': %s\n", cg_tmpdir(),
                strerror(errno));
        return 1;
    }
    const char *exe = arena_printf(&c->arena, "%s/prog", dir);
    int st = compile(c, true, exe);
    diag_flush(c);
    if (st == 0)
        st = run_program(exe, cli->run_args, cli->nrun_args);
    unlink(exe);
    rmdir(dir);
    return st;
}

int main(int argc, char **argv) {
    base_tune_process();   /* stderr buffering, malloc thresholds (base/arena_pages.c) */
    Ctx ctx;
    ctx_init(&ctx);
    Cli cli = {0};
    int st = cli_parse(&ctx, &cli, argc, argv);
    if (st) {
        ctx_free(&ctx);
        return st;
    }
    if (cli.cmd == CMD_LSP) {
#ifdef ML0C_HAVE_LSP
        st = lsp_main(&ctx);
#else
        fprintf(stderr, "ml0c: error: this ml0c was built without cJSON: no 'lsp' command\n");
        st = 2;
#endif
    } else if (cli.cmd == CMD_RUN) {
        ctx.opt.emit = EMIT_EXE;
        st = cmd_run(&ctx, &cli);
    } else {
        const char *out = ctx.opt.output;
        if (!out && cli.cmd == CMD_BUILD && ctx.opt.emit != EMIT_MIR && ctx.opt.emit != EMIT_AST)
            out = cli_default_output(&ctx);
        st = compile(&ctx, cli.cmd == CMD_BUILD, out);
    }
    diag_flush(&ctx);
    if (ctx.ncoded && !ctx.opt.json) {   /* rustc's closing line for borrow errors */
        const char *base = strrchr(ctx.opt.input, '/');
        fprintf(stderr, "%serror%s: could not compile `%s` due to %d previous error%s\n",
                ctx.opt.color ? "\033[1;31m" : "", ctx.opt.color ? "\033[0m" : "",
                base ? base + 1 : ctx.opt.input, ctx.nerrors, ctx.nerrors == 1 ? "" : "s");
    }
    ctx_free(&ctx);
    return st;
}
