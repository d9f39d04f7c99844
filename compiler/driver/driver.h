/*
 * driver.h: the ml0c driver's own layer (prefixes cli_ and pipeline_).
 * driver_compile (compile.c) is the pipeline itself.
 * The command line is read here into the Ctx's Options plus a Cli record
 * (which command, the program's arguments for `run`); main.c then runs the
 * pipeline, whose front passes pipeline.c schedules function by function.
 * One section per file, as the other layers' headers are.
 */
#ifndef ML0_DRIVER_H
#define ML0_DRIVER_H

#include "base/base.h"
#include "escape/escape.h"
#include "mir/mir.h"
#include "sema/sema.h"

/* cli.c */
typedef enum { CMD_BUILD, CMD_RUN, CMD_CHECK, CMD_LSP } Command;
typedef enum { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER } ColorChoice;

typedef struct Cli {
    Command cmd;
    char **run_args;    /* after `--` for run */
    int nrun_args;
    bool emit_given;    /* --emit given (run refuses it; check warns) */
    bool opt_given;     /* -O given (check warns) */
    ColorChoice color;  /* --color */
} Cli;

/* Reads argv into c->opt and *cli. Returns 0, or the usage exit status (2)
 * after printing the error; --help and --version print and exit(0). */
int cli_parse(Ctx *c, Cli *cli, int argc, char **argv);
/* The default output path: FILE without .ml0, plus the emit's suffix. */
const char *cli_default_output(Ctx *c);

/* color.c */
/* Reads --color's value into cli->color; false if it is none of
 * auto/always/never. */
bool cli_color_choice(Cli *cli, const char *v);
/* Whether diagnostics on stderr get ANSI colours (flag, then NO_COLOR,
 * CLICOLOR_FORCE, TERM=dumb, then isatty). */
bool cli_use_color(Cli *cli, bool json);

/* pipeline.c: check, lower, verify and escape, streamed per function.
 * Call in this order; each returns its pass's output. */
typedef struct Pipeline {
    Ctx *c;
    MirBuild *mb;
    EscStream *esc;
    int seen;           /* bodies verified and offered so far, past funcs */
    bool verify;        /* run mir_verify (build: always; check: when asked) */
    bool escape;        /* analyze escapes while lowering (not for mir:built) */
} Pipeline;

Pipeline pipeline_begin(Ctx *c, bool gen_code);
/* check (lowering, verifying and analyzing each function as it checks);
 * NULL after errors */
SemaInfo *pipeline_check(Pipeline *pl, Program *ast);
/* lower + verify what is left (the package initializer) */
MirProgram *pipeline_lower(Pipeline *pl, SemaInfo *checked);
/* escape: the components not analyzed yet; the decisions' report */
EscReport *pipeline_escape(Pipeline *pl);
/* frees the passes' scratch, wherever the driver stopped */
void pipeline_end(Pipeline *pl);

/* compile.c: the whole pipeline (parse to link) on c->opt's input, or on
 * a source already loaded into c (source_add). Returns the exit status:
 * 0, or 1 after errors (reported into c; the caller flushes them). Never
 * exits; all its state is in c, so a process may call it again with a new
 * Ctx. gen_code: build (codegen to out) rather than check. */
int driver_compile(Ctx *c, bool gen_code, const char *out);
int driver_compile_file(Ctx *c, int file, bool gen_code, const char *out);

#endif
