/*
 * cli.c: the command line, read into the Ctx's Options. The grammar is
 * `ml0c COMMAND [FLAGS] FILE [-- ARGS]`; flags may come before or after
 * the file. Every mistake is a usage error (exit status 2) that names the
 * offending word and points at --help; --help and --version answer and
 * exit at once. Nothing here touches the source: it only fills Options.
 */
#include "codegen/codegen.h"
#include "driver/driver.h"

#include <llvm/Config/llvm-config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
    "usage: ml0c <command> [flags] FILE.ml0\n"
    "\n"
    "commands:\n"
    "  build FILE [-o OUT]   compile FILE to an executable (default: FILE without .ml0)\n"
    "  run FILE [-- ARGS]    compile FILE and run it; exits with the program's status\n"
    "  check FILE            type-check and analyse FILE without generating code\n"
    "\n"
    "flags:\n"
    "  -o OUT                output path ('-' for standard output with text emits)\n"
    "  -O0 .. -O3            optimisation level (default -O2)\n"
    "  --emit=KIND           exe (default), obj, asm, llvm, mir or ast\n"
    "  --runtime=gc|drop     tracing GC (Boehm, default) or deterministic drops\n"
    "                        (single owners freed at death, shared values counted;\n"
    "                        with -m, says which values are counted)\n"
    "  -m, -m=2              print escape-analysis decisions (Go's -gcflags=-m format)\n"
    "  --borrowck            apply Rust's ownership and borrowing rules\n"
    "  --explain NAME        explain why NAME lives where it lives\n"
    "  --diagnostics=json    one JSON object per diagnostic, on standard error\n"
    "  --asan                instrument the generated program with AddressSanitizer\n"
    "  --runtime-dir=DIR     take libml0rt_{gc,drop}.a from DIR (default: ../lib/ml0c\n"
    "                        beside the ml0c executable, else its build tree)\n"
    "  --print-runtime-dir   show where the runtime libraries are taken from\n"
    "  -h, --help            show this help\n"
    "  --version             show the version (and the LLVM it was built with)\n"
    "\n"
    "environment of generated programs (ML0DEBUG=a=1,b=1):\n"
    "  allocstats=1          heap statistics at exit (drop: live and leaked objects)\n"
    "  leakcheck=1           drop runtime: exit 23 if anything leaked (a cycle)\n"
    "  gctrace=1             gc runtime: one line per collection\n"
    "ML0C_STATS=1 makes ml0c print each phase's time and memory;\n"
    "ML0C_VERIFY_MIR=1 checks the MIR's invariants under `check` too\n"
    "(`build` always does; =0 turns it off there).\n";

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, "ml0c: error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nrun 'ml0c --help' for usage\n");
    return 2;
}

static bool parse_emit(Options *o, const char *v) {
    static const struct { const char *name; EmitKind kind; } kinds[] = {
        {"exe", EMIT_EXE}, {"obj", EMIT_OBJ}, {"asm", EMIT_ASM},
        {"llvm", EMIT_LLVM}, {"mir", EMIT_MIR}, {"ast", EMIT_AST},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(v, kinds[i].name) == 0) {
            o->emit = kinds[i].kind;
            return true;
        }
    return false;
}

/* One flag at argv[*i]; returns 0 or a usage exit status. */
static int parse_flag(Ctx *c, Cli *cli, int argc, char **argv, int *i) {
    Options *o = &c->opt;
    const char *a = argv[*i];
    if (strcmp(a, "-o") == 0 || strcmp(a, "--explain") == 0) {
        if (*i + 1 >= argc)
            return usage_error("flag '%s' needs an argument", a);
        const char *v = argv[++*i];
        if (a[1] == 'o')
            o->output = v;
        else
            o->explain = v;
    } else if (strncmp(a, "-O", 2) == 0 && a[2] >= '0' && a[2] <= '3' && !a[3]) {
        o->opt_level = a[2] - '0';
    } else if (strncmp(a, "--emit=", 7) == 0) {
        if (!parse_emit(o, a + 7))
            return usage_error("unknown --emit kind '%s' (exe, obj, asm, llvm, mir, ast)", a + 7);
        cli->emit_given = true;
    } else if (strncmp(a, "--runtime=", 10) == 0) {
        if (strcmp(a + 10, "gc") == 0)
            o->runtime = RT_GC;
        else if (strcmp(a + 10, "drop") == 0)
            o->runtime = RT_DROP;
        else
            return usage_error("unknown runtime '%s' (gc or drop)", a + 10);
    } else if (strcmp(a, "-m") == 0) {
        o->m_level++;
    } else if (strncmp(a, "-m=", 3) == 0 && a[3] >= '0' && a[3] <= '9' && !a[4]) {
        o->m_level = a[3] - '0';
    } else if (strcmp(a, "--borrowck") == 0) {
        o->borrowck = true;
    } else if (strcmp(a, "--diagnostics=json") == 0) {
        o->json = true;
    } else if (strcmp(a, "--asan") == 0) {
        o->asan = true;
    } else if (strncmp(a, "--runtime-dir=", 14) == 0) {
        o->runtime_dir = a + 14;
    } else {
        return usage_error("unknown flag '%s'", a);
    }
    return 0;
}

int cli_parse(Ctx *c, Cli *cli, int argc, char **argv) {
    if (argc < 2)
        return usage_error("%s", "no command given (build, run or check)");
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_text, stdout);
        exit(0);
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("ml0c version %s (LLVM %s)\n", ML0C_VERSION, LLVM_VERSION_STRING);
        exit(0);
    }
    if (strcmp(cmd, "--print-runtime-dir") == 0) {
        printf("%s\n", cg_runtime_dir(c));
        exit(0);
    }
    if (strcmp(cmd, "build") == 0)
        cli->cmd = CMD_BUILD;
    else if (strcmp(cmd, "run") == 0)
        cli->cmd = CMD_RUN;
    else if (strcmp(cmd, "check") == 0)
        cli->cmd = CMD_CHECK;
    else
        return usage_error("unknown command '%s' (build, run or check)", cmd);
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            cli->run_args = argv + i + 1;
            cli->nrun_args = argc - i - 1;
            break;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            exit(0);
        }
        if (a[0] == '-' && a[1]) {
            int st = parse_flag(c, cli, argc, argv, &i);
            if (st)
                return st;
        } else if (c->opt.input) {
            return usage_error("more than one input file ('%s')", a);
        } else {
            c->opt.input = a;
        }
    }
    if (!c->opt.input)
        return usage_error("%s", "no input file");
    if (cli->cmd == CMD_RUN && cli->emit_given && c->opt.emit != EMIT_EXE)
        return usage_error("%s", "run cannot be combined with --emit");
    return 0;
}

/* The default output path: FILE without .ml0, plus the emit's suffix. */
const char *cli_default_output(Ctx *c) {
    const char *in = c->opt.input;
    const char *base = strrchr(in, '/');
    base = base ? base + 1 : in;
    size_t n = strlen(base);
    if (n > 4 && strcmp(base + n - 4, ".ml0") == 0)
        n -= 4;
    static const char *suffix[] = {"", ".o", ".s", ".ll", "", ""}; /* ORDER EmitKind */
    const char *s = arena_printf(&c->arena, "%.*s%s", (int)n, base, suffix[c->opt.emit]);
    if (strcmp(s, base) == 0)   /* no .ml0 suffix: do not overwrite the source */
        s = arena_printf(&c->arena, "%s.out", s);
    return s;
}
