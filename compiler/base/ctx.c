/*
 * ctx.c: the one compilation context. A Ctx owns the run's arena, the
 * interned strings, the loaded sources and the collected diagnostics; it is
 * the only mutable state of a compilation.
 */
#include "base.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void ctx_init(Ctx *c) {
    memset(c, 0, sizeof *c);
    c->arena.map_ahead = true;      /* the run's arena grows the most */
    c->opt.opt_level = 2;
    c->opt.emit = EMIT_EXE;
    c->opt.runtime = RT_GC;
}

void ctx_free(Ctx *c) {
    free(c->syms.slots);
    arena_free(&c->arena);
}

_Noreturn void base_ice(const char *file, int line, const char *fmt, ...) {
    fflush(stdout);
    fprintf(stderr, "ml0c: internal compiler error: ");
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n  (at %s:%d; please report this bug)\n", file, line);
    if (getenv("ML0C_ICE_ABORT"))   /* the fuzz harness: a finding, with its stack */
        abort();
    exit(4);
}
