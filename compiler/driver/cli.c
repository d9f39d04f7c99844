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
    "  lsp                   a language server (LSP) on standard input and output\n"
    "FILE '-' reads the program from standard input.\n"
    "\n"
    "flags (a value may follow '=' or a space: --emit=obj, --emit obj, -oFILE):\n"
    "  -o OUT                output path ('-': standard output, for every --emit but exe)\n"
    "  -O0 .. -O3            optimisation level (default -O2)\n"
    "  --emit=KIND           exe (default), obj, asm, llvm, mir or ast;\n"
    "                        mir:built, mir:escape, mir:drop: the MIR after that pass\n"
    "                        (plain mir: after the last one)\n"
    "  --runtime=gc|drop     tracing GC (Boehm, default) or deterministic drops\n"
    "                        (single owners freed at death, shared values counted;\n"
    "                        with -m, says which values are counted)\n"
    "  -m, -m=2              print escape-analysis decisions (Go's -gcflags=-m format)\n"
    "  --borrowck            apply Rust's ownership and borrowing rules\n"
    "  --dialect=go|ml0      the file's rules where Go and ML0 differ (default: Go for\n"
    "                        FILE.go: package clause, unused variables are errors,\n"
    "                        print/println to standard error; ML0 otherwise)\n"
    "  --explain NAME        explain why NAME lives where it lives\n"
    "  --diagnostics=json    one JSON object per diagnostic on standard error (rustc's\n"
    "                        --error-format=json schema)\n"
    "  -json=0,DIR           write Go's escape log (go build -gcflags=-json=0,DIR):\n"
    "                        DIR/main/FILE.json, LSP diagnostics with the -m=2 flows\n"
    "  --color=auto|always|never  colours in diagnostics (auto: on a terminal, unless\n"
    "                        TERM=dumb or NO_COLOR is set non-empty; CLICOLOR_FORCE=1 forces)\n"
    "  -g                    DWARF debug information (gdb: break FILE.ml0:LINE, print x)\n"
    "  -march=native, -mcpu=CPU  tune for this machine or CPU (default: any x86-64)\n"
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
    "environment of ml0c: CC links (default: the C compiler ml0c was built with),\n"
    "TMPDIR holds temporary files, NO_COLOR/CLICOLOR_FORCE/TERM as --color says.\n"
    "ML0C_STATS=1 makes ml0c print each phase's time and memory;\n"
    "ML0C_VERIFY_MIR=1 checks the MIR's invariants under `check` too\n"
    "(`build` always does; =0 turns it off there).\n";

/* A usage error: one line naming the word at fault, then where help is
 * (or one JSON diagnostic under --diagnostics=json). Returns exit status 2. */
static int usage_error(Ctx *c, const char *fmt, const char *arg) {
    char msg[1024];
    snprintf(msg, sizeof msg, fmt, arg);
    if (c->opt.json) {
        Diag *d = diag_error(c, NO_SPAN, "%s", msg);
        diag_help(c, d, "run 'ml0c --help' for usage");
        diag_flush(c);
        return 2;
    }
    fprintf(stderr, "ml0c: error: %s\nrun 'ml0c --help' for usage\n", msg);
    return 2;
}

static bool parse_emit(Options *o, const char *v) {
    static const struct { const char *name; EmitKind kind; MirStage stage; } kinds[] = {
        {"exe", EMIT_EXE, 0}, {"obj", EMIT_OBJ, 0}, {"asm", EMIT_ASM, 0},
        {"llvm", EMIT_LLVM, 0}, {"mir", EMIT_MIR, MIR_STAGE_FINAL}, {"ast", EMIT_AST, 0},
        {"mir:built", EMIT_MIR, MIR_STAGE_BUILT}, {"mir:escape", EMIT_MIR, MIR_STAGE_ESCAPE},
        {"mir:drop", EMIT_MIR, MIR_STAGE_DROP},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(v, kinds[i].name) == 0) {
            o->emit = kinds[i].kind;
            o->mir_stage = kinds[i].stage;
            return true;
        }
    return false;
}

/* A flag with a value, in any of the spellings users bring from clang, go
 * and rustc: `--emit=obj`, `--emit obj`, `-march=native`, and for `-o`
 * also `-oFILE`. Returns 1 and sets *v when argv[*i] is `name`; 0 when it
 * is another flag; -1 when the value is missing. */
static int flag_value(int argc, char **argv, int *i, const char *name, const char **v) {
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n) != 0)
        return 0;
    if (a[n] && n == 2) {               /* -oFILE, as cc */
        *v = a + n;
        return 1;
    }
    if (a[n] == '=') {
        *v = a + n + 1;
        return 1;
    }
    if (a[n])
        return 0;
    if (*i + 1 >= argc)
        return -1;
    *v = argv[++*i];
    return 1;
}

/* The flags that take a value. Returns 1 if argv[*i] was one of them (and
 * stores it), 0 if not, or a usage exit status (>= 2). */
static int parse_valued(Ctx *c, Cli *cli, int argc, char **argv, int *i) {
    Options *o = &c->opt;
    static const char *names[] = {"-o", "--explain", "--emit", "--runtime", "--runtime-dir",
                                  "--color", "--diagnostics", "-mcpu", "-march", "--dialect"};
    const char *a = argv[*i], *v = NULL;
    size_t k = 0;
    int r = 0;
    for (; k < sizeof names / sizeof names[0]; k++)
        if ((r = flag_value(argc, argv, i, names[k], &v)) != 0)
            break;
    if (r == 0)
        return 0;
    if (r < 0)
        return usage_error(c, "flag '%s' needs an argument", a);
    switch (k) {
    case 0: o->output = v; break;
    case 1: o->explain = v; break;
    case 2:
        if (!parse_emit(o, v))
            return usage_error(c, "unknown --emit kind '%s' (exe, obj, asm, llvm, mir, mir:built, "
                               "mir:escape, mir:drop, ast)", v);
        cli->emit_given = true;
        break;
    case 3:
        if (strcmp(v, "gc") == 0)
            o->runtime = RT_GC;
        else if (strcmp(v, "drop") == 0)
            o->runtime = RT_DROP;
        else
            return usage_error(c, "unknown runtime '%s' (gc or drop)", v);
        break;
    case 4: o->runtime_dir = v; break;
    case 5:
        if (!cli_color_choice(cli, v))
            return usage_error(c, "unknown --color choice '%s' (auto, always or never)", v);
        break;
    case 6:
        if (strcmp(v, "json") == 0)
            o->json = true;
        else if (strcmp(v, "human") != 0)
            return usage_error(c, "unknown --diagnostics form '%s' (human or json)", v);
        break;
    case 9:
        if (strcmp(v, "go") == 0)
            o->dialect = DIALECT_GO;
        else if (strcmp(v, "ml0") == 0)
            o->dialect = DIALECT_ML0;
        else
            return usage_error(c, "unknown --dialect '%s' (go or ml0)", v);
        break;
    default: o->cpu = v; break;     /* -mcpu / -march */
    }
    return 1;
}

/* One flag at argv[*i]; returns 0 or a usage exit status. */
static int parse_flag(Ctx *c, Cli *cli, int argc, char **argv, int *i) {
    Options *o = &c->opt;
    const char *a = argv[*i];
    int r = parse_valued(c, cli, argc, argv, i);
    if (r > 1)
        return r;
    if (r == 1)
        return 0;
    if (strncmp(a, "-O", 2) == 0 && a[2] >= '0' && a[2] <= '3' && !a[3]) {
        o->opt_level = a[2] - '0';
        cli->opt_given = true;
    } else if (strcmp(a, "-m") == 0) {
        o->m_level++;
    } else if (strncmp(a, "-m=", 3) == 0 && a[3] >= '0' && a[3] <= '9' && !a[4]) {
        o->m_level = a[3] - '0';
    } else if (strcmp(a, "--borrowck") == 0) {
        o->borrowck = true;
    } else if (strcmp(a, "--asan") == 0) {
        o->asan = true;
    } else if (strncmp(a, "-json=0,", 8) == 0 && a[8]) {
        o->go_json_dir = a + 8;     /* Go's -gcflags=-json=0,DIR */
    } else if (strcmp(a, "-g") == 0) {
        o->debug = true;
    } else {
        return usage_error(c, "unknown flag '%s'", a);
    }
    return 0;
}

/* A warning about the command line itself (plain or JSON). */
static void cli_warning(Ctx *c, const char *flag, const char *cmd, const char *why) {
    diag_warning(c, NO_SPAN, "flag '%s' does nothing with '%s' (%s)", flag, cmd, why);
}

/* Flags the chosen command ignores are said to do nothing, as clang's
 * "argument unused during compilation": `check -o x` is most likely a
 * user who expected a file. */
static void warn_unused_flags(Ctx *c, Cli *cli) {
    Options *o = &c->opt;
    if (cli->cmd == CMD_CHECK) {
        const char *why = "it generates no code";
        if (o->output)
            cli_warning(c, "-o", "check", "it writes no file");
        if (cli->opt_given)
            cli_warning(c, "-O", "check", why);
        if (cli->emit_given && o->emit != EMIT_MIR && o->emit != EMIT_AST)
            cli_warning(c, "--emit", "check", why);
        if (o->asan)
            cli_warning(c, "--asan", "check", why);
        if (o->debug)
            cli_warning(c, "-g", "check", why);
        if (o->cpu)
            cli_warning(c, "-march/-mcpu", "check", why);
    }
    if (cli->cmd == CMD_RUN && o->output)
        cli_warning(c, "-o", "run", "the program is built in a temporary directory; use build -o");
    if (cli->cmd != CMD_RUN && cli->run_args)
        cli_warning(c, "--", cli->cmd == CMD_BUILD ? "build" : "check", "arguments go to the program under run");
    if (o->runtime_dir && cli->cmd == CMD_CHECK)
        cli_warning(c, "--runtime-dir", "check", "nothing is linked");
}

static int parse_command(Ctx *c, Cli *cli, const char *cmd) {
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
    else if (strcmp(cmd, "lsp") == 0)
        cli->cmd = CMD_LSP;
    else
        return usage_error(c, "unknown command '%s' (build, run or check)", cmd);
    return 0;
}

int cli_parse(Ctx *c, Cli *cli, int argc, char **argv) {
    /* --diagnostics=json first, so even a usage error before it is JSON. */
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
        if (strcmp(argv[i], "--diagnostics=json") == 0 ||
            (strcmp(argv[i], "--diagnostics") == 0 && i + 1 < argc && strcmp(argv[i + 1], "json") == 0))
            c->opt.json = true;
    if (argc < 2)
        return usage_error(c, "%s", "no command given (build, run or check)");
    int st = parse_command(c, cli, argv[1]);
    if (st)
        return st;
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
            st = parse_flag(c, cli, argc, argv, &i);
            if (st)
                return st;
        } else if (c->opt.input) {
            return usage_error(c, "more than one input file ('%s')", a);
        } else {
            c->opt.input = a;       /* `-` alone: standard input */
        }
    }
    c->opt.color = cli_use_color(cli, c->opt.json);
    if (cli->cmd == CMD_LSP)
        return 0;                   /* the documents come over the protocol */
    c->opt.m_asked = c->opt.m_level;
    if (c->opt.go_json_dir && c->opt.m_level < 2)
        c->opt.m_level = 2;         /* the log holds the -m=2 flows */
    if (!c->opt.input)
        return usage_error(c, "%s", "no input file");
    if (cli->cmd == CMD_RUN && cli->emit_given && c->opt.emit != EMIT_EXE)
        return usage_error(c, "%s", "run cannot be combined with --emit");
    if (cli->cmd == CMD_BUILD && c->opt.emit == EMIT_EXE && c->opt.output && strcmp(c->opt.output, "-") == 0)
        return usage_error(c, "%s", "an executable cannot go to standard output (-o -); use --emit=obj, asm or llvm");
    if (c->opt.emit == EMIT_MIR && c->opt.mir_stage == MIR_STAGE_DROP && c->opt.runtime != RT_DROP)
        return usage_error(c, "%s", "--emit=mir:drop needs --runtime=drop (drop elaboration runs only there)");
    warn_unused_flags(c, cli);
    return 0;
}

/* The default output path: FILE without .ml0, plus the emit's suffix. */
const char *cli_default_output(Ctx *c) {
    const char *in = c->opt.input;
    if (strcmp(in, "-") == 0)           /* standard input: as cc, a.out (a.o, a.s...) */
        in = c->opt.emit == EMIT_EXE ? "a.out.ml0" : "a.ml0";
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
