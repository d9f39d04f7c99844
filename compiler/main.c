/*
 * main.c: the ml0c driver. Reads the command line (driver/cli.c), then runs
 * the pipeline as one flat list of passes (QBE's func() style):
 *
 *   load -> parse -> check -> build MIR -> verify -> escape analysis
 *        -> borrow check (--borrowck) -> drop elaboration (--runtime=drop)
 *        -> verify -> LLVM codegen -> link
 *
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
#include <malloc.h>
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

/* Sema hands over each function as it checks it: lower it to MIR, verify
 * (when asked) and offer it to escape analysis with the func literals
 * lowered meanwhile (bodies [seen, len)). */
typedef struct Stream {
    Ctx *c;
    MirBuild *mb;
    EscStream *esc;
    int seen;           /* bodies verified and offered so far, past funcs */
    bool verify;
} Stream;

/* Verify (when asked) the bodies built since the last call, past the
 * functions' own; start escape analysis on the first call. */
static void stream_new_bodies(Stream *st, MirProgram *mp) {
    if (!st->esc) {
        st->esc = esc_begin(st->c, mp);
        st->seen = mp->sema->funcs.len;
    }
    for (int i = st->seen; st->verify && i < mp->bodies.len; i++)
        mir_verify_body(st->c, mp->bodies.data[i], "build");
}

static void stream_body(void *arg, SemaInfo *s, int func) {
    Stream *st = arg;
    mir_lower_func(st->mb, s, func);
    if (st->c->nerrors)
        return;         /* the driver stops after sema; nothing to analyze */
    MirProgram *mp = mir_program(st->mb);
    if (st->verify)
        mir_verify_body(st->c, mp->bodies.data[func], "build");
    stream_new_bodies(st, mp);
    esc_ready(st->esc, func, st->seen, mp->bodies.len);
    st->seen = mp->bodies.len;
}

/* The pipeline, as one flat list of passes. Returns the exit status. */
static int compile(Ctx *c, bool gen_code, const char *out) {
    phase(c, NULL);
    int file = source_load(c, c->opt.input);
    if (file < 0)
        return 1;
    Program *prog = parse_program(c, file);
    phase(c, "parse");
    if (!prog || c->nerrors)
        return 1;
    if (c->opt.emit == EMIT_AST) {
        FILE *f = open_text_out(c, out ? out : "-");
        if (!f)
            return 1;
        ast_dump(c, prog, f);
        if (f != stdout)
            fclose(f);
        return 0;
    }
    /* Each function is lowered to MIR as soon as it checks, and analyzed
     * for escapes as soon as everything it calls is, while its tree and
     * its MIR are in cache (stream_body). The MIR verifier guards code
     * generation; `check` runs it when ML0C_VERIFY_MIR=1 (the test suite
     * always sets it), as rustc validates MIR only on request: it is a
     * check on the compiler, not on the program. */
    const char *v = getenv("ML0C_VERIFY_MIR");
    Stream st = {c, mir_begin(c), NULL, 0, v ? strcmp(v, "0") != 0 : gen_code};
    SemaInfo *s = sema_check(c, prog, stream_body, &st);
    if (!s || c->nerrors)
        return 1;   /* as Go: no -m lines for a wrong program (none printed yet) */
    MirProgram *mp = mir_finish(st.mb, s);
    stream_new_bodies(&st, mp);     /* the package initializer */
    phase(c, "sema+mir");
    EscReport *decisions = esc_finish(st.esc);
    phase(c, "escape");
    if (c->opt.borrowck)
        bck_check(c, mp);
    phase(c, "borrowck");
    if (!c->nerrors && c->opt.runtime == RT_DROP)
        drop_elaborate(c, mp);
    phase(c, "drop");
    esc_report(decisions);
    if (c->nerrors)
        return 1;
    if (c->opt.runtime == RT_DROP && st.verify)
        mir_verify(c, mp, "drop");
    diag_flush(c);
    phase(c, "report");
    if (c->opt.emit == EMIT_MIR) {
        FILE *f = open_text_out(c, out ? out : "-");
        if (!f)
            return 1;
        mir_print(c, mp, f);
        if (f != stdout)
            fclose(f);
        return 0;
    }
    if (!gen_code)
        return 0;
    return cg_emit(c, mp, out) && !c->nerrors ? 0 : 1;
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
    /* stderr fully buffered (diag_flush flushes it): unbuffered, each -m
     * line or error was many write calls, most of a run with 100,000. */
    setvbuf(stderr, NULL, _IOFBF, 1 << 16);
    /* malloc's big blocks from its heap, grown 16 MiB at a time and never
     * trimmed: its mmap/munmap/brk calls would wait for the arena's helper
     * thread, which holds the address space's lock while it faults pages
     * in (milliseconds each on a VM). */
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
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
