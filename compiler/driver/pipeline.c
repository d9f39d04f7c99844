/*
 * pipeline.c: how the front of the pipeline is scheduled. main.c's
 * compile() names the passes in order (check, lower, verify, escape, ...);
 * this file is the one place that knows they are interleaved:
 *
 *   sema_check ──each function as it checks──> mir_lower_func
 *                                                 └─> mir_verify_body
 *                                                 └─> esc_ready (analyzes
 *                                                     the function's call-
 *                                                     graph component once
 *                                                     all it calls is done)
 *
 * Each function is lowered to MIR as soon as it checks, and analyzed for
 * escapes as soon as everything it calls is, while its tree and its MIR
 * are in cache (on a 500k-line program that is most of the front end's
 * speed). The results are those of running each pass over the whole
 * program in turn: pipeline_lower finishes lowering (the package
 * initializer), pipeline_escape analyzes what is left in call-graph order.
 *
 * The MIR verifier guards code generation; `check` runs it when
 * ML0C_VERIFY_MIR=1 (the test suite always sets it), as rustc validates
 * MIR only on request: it is a check on the compiler, not on the program.
 * --emit=mir:built turns the streamed escape analysis off, so the MIR it
 * prints is the builder's alone.
 */
#include "driver.h"

#include <stdlib.h>
#include <string.h>

/* Verify (when asked) the bodies built since the last call, past the
 * functions' own; start escape analysis on the first call. */
static void stream_new_bodies(Pipeline *pl, MirProgram *mp) {
    if (!pl->esc) {
        pl->esc = esc_begin(pl->c, mp);
        pl->seen = mp->sema->funcs.len;
    }
    for (int i = pl->seen; pl->verify && i < mp->bodies.len; i++)
        mir_verify_body(pl->c, mp->bodies.data[i], "build");
}

/* sema_check's hook: function `func` has checked cleanly. */
static void stream_body(void *arg, SemaInfo *s, int func) {
    Pipeline *pl = arg;
    mir_lower_func(pl->mb, s, func);
    if (pl->c->nerrors)
        return;         /* the driver stops after sema; nothing to analyze */
    MirProgram *mp = mir_program(pl->mb);
    if (pl->verify)
        mir_verify_body(pl->c, mp->bodies.data[func], "build");
    stream_new_bodies(pl, mp);
    if (pl->escape)
        esc_ready(pl->esc, func, pl->seen, mp->bodies.len);
    pl->seen = mp->bodies.len;
}

Pipeline pipeline_begin(Ctx *c, bool gen_code) {
    const char *v = getenv("ML0C_VERIFY_MIR");
    Pipeline pl = {.c = c, .mb = mir_begin(c)};
    pl.verify = v ? strcmp(v, "0") != 0 : gen_code;
    pl.escape = !(c->opt.emit == EMIT_MIR && c->opt.mir_stage == MIR_STAGE_BUILT);
    return pl;
}

SemaInfo *pipeline_check(Pipeline *pl, Program *ast) {
    SemaInfo *s = sema_check(pl->c, ast, stream_body, pl);
    return s && !pl->c->nerrors ? s : NULL;
}

MirProgram *pipeline_lower(Pipeline *pl, SemaInfo *checked) {
    MirProgram *mp = mir_finish(pl->mb, checked);
    stream_new_bodies(pl, mp);      /* the package initializer */
    return mp;
}

EscReport *pipeline_escape(Pipeline *pl) { return esc_finish(pl->esc); }

void pipeline_end(Pipeline *pl) {
    esc_end(pl->esc);
    mir_end(pl->mb);
}
