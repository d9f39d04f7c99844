/*
 * main.c: the ml0c command. Reads the command line (driver/cli.c), then runs
 * the pipeline, driver/compile.c's driver_compile (one flat list of passes:
 * load, parse, check, lower, verify, escape, borrowck, drop, report,
 * codegen, link), and for `run` the program it built. Exit
 * status: 0 success, 1 compile errors, 2 usage errors; `run` exits with the
 * program's own status.
 */
#define _POSIX_C_SOURCE 200809L
#include "codegen/codegen.h"
#include "driver/driver.h"
#ifdef ML0C_HAVE_LSP
#include "lsp/lsp.h"
#endif

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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
    int st = driver_compile(c, true, exe);
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
        st = driver_compile(&ctx, cli.cmd == CMD_BUILD, out);
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
