/*
 * link.c: from an object file to an executable. Finds the runtime library
 * (libml0rt_gc.a or libml0rt_drop.a and the link flags written beside it,
 * ml0rt_<kind>.link) and runs the system C compiler on the object, the
 * library and those flags.
 *
 * Where the runtime is, in order (the first directory holding the library
 * wins):
 *   1. --runtime-dir=DIR;
 *   2. $ORIGIN/../lib/ml0c, $ORIGIN being the directory of the running
 *      ml0c (an installed tree: P/bin/ml0c, P/lib/ml0c/);
 *   3. $ORIGIN/../runtime (a build tree, even one moved elsewhere:
 *      build/compiler/ml0c, build/runtime/);
 *   4. the build tree ml0c was compiled in (ML0_RUNTIME_DIR).
 * The linker is $CC when set (split at spaces, so `CC="ccache gcc"`
 * works), else the C compiler ml0c was built with; clang for --asan.
 */
#define _DEFAULT_SOURCE /* realpath */
#define _POSIX_C_SOURCE 200809L
#include "cg.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef ML0_RUNTIME_DIR
#define ML0_RUNTIME_DIR "."
#endif
#ifndef ML0_CC
#define ML0_CC "cc"
#endif

/* The directory of the running executable, or NULL. */
static const char *exe_dir(Ctx *c) {
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return NULL;
    buf[n] = 0;
    char *slash = strrchr(buf, '/');
    if (!slash)
        return NULL;
    *slash = 0;
    return arena_strdup(&c->arena, buf);
}

/* `dir`, made canonical (no `..`), if it holds the runtime; else NULL. */
static const char *has_runtime(Ctx *c, const char *dir) {
    const char *rt = c->opt.runtime == RT_GC ? "gc" : "drop";
    if (access(arena_printf(&c->arena, "%s/libml0rt_%s.a", dir, rt), R_OK) != 0)
        return NULL;
    char buf[PATH_MAX];
    return realpath(dir, buf) ? arena_strdup(&c->arena, buf) : dir;
}

const char *cg_runtime_dir(Ctx *c) {
    if (c->opt.runtime_dir)
        return c->opt.runtime_dir;
    const char *origin = exe_dir(c);
    if (origin) {
        const char *dir = has_runtime(c, arena_printf(&c->arena, "%s/../lib/ml0c", origin));
        if (!dir)
            dir = has_runtime(c, arena_printf(&c->arena, "%s/../runtime", origin));
        if (dir)
            return dir;
    }
    return ML0_RUNTIME_DIR;
}

const char *cg_tmpdir(void) {
    const char *t = getenv("TMPDIR");
    return t && *t ? t : "/tmp";
}

const char *cg_temp_file(Ctx *c, const char *pattern) {
    char *path = (char *)arena_printf(&c->arena, "%s/%s", cg_tmpdir(), pattern);
    int fd = mkstemp(path);
    if (fd < 0) {
        diag_error(c, NO_SPAN, "cannot create a temporary file in '%s': %s", cg_tmpdir(), strerror(errno));
        return NULL;
    }
    close(fd);
    return path;
}

/* Runs argv and waits. With `said` non-NULL, the command's stdout and
 * stderr are collected into *said (under --diagnostics=json the linker's
 * own words must not land between the JSON lines) instead of shown. */
static bool run_cmd(Ctx *c, char **argv, const char **said) {
    fflush(stdout);
    fflush(stderr);
    int fds[2] = {-1, -1};
    if (said && pipe(fds) != 0)
        said = NULL;
    pid_t pid = fork();
    if (pid < 0) {
        diag_error(c, NO_SPAN, "cannot start the linker: %s", strerror(errno));
        return false;
    }
    if (pid == 0) {
        if (said) {
            dup2(fds[1], 1);
            dup2(fds[1], 2);
            close(fds[0]);
        }
        execvp(argv[0], argv);
        fprintf(stderr, "cannot run '%s': %s\n", argv[0], strerror(errno));
        fflush(stderr);
        _exit(127);
    }
    if (said) {
        close(fds[1]);
        size_t len = 0, cap = 4096;
        char *buf = malloc(cap);
        ssize_t got;
        while (buf && (got = read(fds[0], buf + len, cap - len - 1)) > 0)
            if ((len += (size_t)got) + 1 == cap)
                buf = realloc(buf, cap *= 2);
        close(fds[0]);
        if (buf) {
            buf[len] = 0;
            *said = arena_strdup(&c->arena, buf);
            free(buf);
        }
    }
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

/* Appends the words of `s` (split at blanks, copied) to argv[*n..max). */
static void push_words(Ctx *c, char **argv, int *n, int max, const char *s) {
    char *copy = arena_strdup(&c->arena, s);
    char *save = NULL;
    for (char *tok = strtok_r(copy, " \t\n", &save); tok && *n < max; tok = strtok_r(NULL, " \t\n", &save))
        argv[(*n)++] = tok;
}

/* The link flags the runtime wrote beside itself (ml0rt_<kind>.link). */
static const char *runtime_flags(Ctx *c, const char *dir, const char *rt) {
    static char flags[512];
    strcpy(flags, c->opt.runtime == RT_DROP ? "-lm" : "-lgc -lpthread -ldl -lm");
    FILE *lf = fopen(arena_printf(&c->arena, "%s/ml0rt_%s.link", dir, rt), "r");
    if (lf) {
        if (!fgets(flags, sizeof flags, lf))
            flags[0] = 0;
        fclose(lf);
    }
    return flags;
}

/* $CC -o out obj libml0rt_<rt>.a <flags from ml0rt_<rt>.link> */
bool cg_link(Ctx *c, const char *obj, const char *out) {
    const char *dir = cg_runtime_dir(c);
    const char *rt = c->opt.runtime == RT_GC ? "gc" : "drop";
    const char *lib = arena_printf(&c->arena, "%s/libml0rt_%s.a", dir, rt);
    if (access(lib, R_OK) != 0) {
        diag_error(c, NO_SPAN, "runtime library '%s' not found (install ml0c, build the ml0rt_%s target, "
                   "or name its directory with --runtime-dir=DIR)", lib, rt);
        return false;
    }
    const char *cc = getenv("CC");
    if (!cc || !*cc)
        cc = c->opt.asan ? "clang" : ML0_CC;
    char *argv[72];
    int n = 0;
    push_words(c, argv, &n, 8, cc);
    if (n == 0)
        argv[n++] = (char *)ML0_CC;
    argv[n++] = "-o";
    argv[n++] = (char *)out;
    argv[n++] = (char *)obj;
    argv[n++] = (char *)lib;
    if (c->opt.asan)
        argv[n++] = "-fsanitize=address";
    push_words(c, argv, &n, 70, runtime_flags(c, dir, rt));
    argv[n] = NULL;
    const char *said = NULL;
    if (!run_cmd(c, argv, c->opt.json ? &said : NULL)) {
        Diag *d = diag_error(c, NO_SPAN, "linking '%s' failed", out);
        if (said && *said)
            diag_note(c, d, "%s", said);
        return false;
    }
    return true;
}
