/*
 * ml0test.c: the test runner. One .ml0 file is one test; its expectations
 * live inside it:
 *
 *   // ERROR "re" "re2"      diagnostics expected on this line (errorcheck
 *                            mode, Go's test/run.go convention); a regexp
 *                            sees the whole message, the tab-indented lines
 *                            going on with it too (`\thave (int)`, not the
 *                            quoted source line), with ^ and $ at each of
 *                            its lines; \n and \t are a newline and a tab
 *   // ARGS: -m              extra ml0c flags
 *   /\* OUTPUT:              expected standard output, to the closing
 *   ...                      comment line; OUTPUT(gc) / OUTPUT(drop) apply
 *   *\/                      to one runtime only
 *   /\* STDIN:               the program's standard input, to the closing
 *   ...                      comment line (else it reads /dev/null)
 *   *\/
 *   // EXIT: 2               expected exit status of the program
 *   // STDERR: "re"          the program's stderr must match
 *   // ENV: K=V              set an environment variable for the program
 *   // RUNTIME: gc           run only under that runtime (else skip, 77)
 *   // ERRORCHECK: go        Go's own matching (tests/escape/go): a regexp
 *                            may match several diagnostics on its line, as
 *                            in go1.19's test/run.go (default: one each)
 *   // SKIP: reason          skip
 *   // COMPILE-FAIL          ml0c check must fail cleanly (exit 1, an error)
 *   // LEAKS: reason         under drop, objects may be left unreachable at
 *                            exit (a cycle of counted values)
 *   // MIR: [stage]          golden MIR: `ml0c build --emit=mir[:stage]`
 *                            (under this runtime, with ARGS) must print
 *                            exactly the file NAME.mir beside NAME.ml0;
 *                            ML0_UPDATE_GOLDEN=1 rewrites NAME.mir instead
 *
 * A file with both ERROR lines and an OUTPUT block is checked both ways;
 * with -m in ARGS every decision must be annotated (none for no ERROR).
 *
 * usage: ml0test --ml0c PATH --runtime gc|drop [--keep] [--asan] FILE.ml0
 * --asan builds the program with AddressSanitizer (stack-use-after-return
 * on): a stack decision that lets a pointer outlive its frame is caught.
 * Under --runtime=drop every program runs with ML0DEBUG=leakcheck=1: an
 * object left live at exit and unreachable from the globals fails the
 * test, unless the file says LEAKS; with --asan, LeakSanitizer checks the
 * same (the drop runtime then gives every object its own malloc block).
 * --leaks is kept as a synonym of --asan.
 * Exit 0 pass, 1 fail (with a diff), 77 skip. A compiler that dies by a
 * signal or reports an internal error always fails the test.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { SKIP = 77, MAX_EXP = 4096 };

typedef struct Expect { int line; char *re; bool used; } Expect;

typedef struct Test {
    const char *path, *base, *ml0c, *runtime;
    char *text;
    Expect exp[MAX_EXP];
    int nexp;
    char *args[32];
    int nargs;
    char *output;       /* NULL: unchecked */
    char *input;        /* the STDIN block, or NULL */
    char *stderr_re;
    int exit_code;
    bool compile_fail, keep, asan, leaks, leaks_expected;
    bool go_errorcheck; /* ERRORCHECK: go */
    char *mir_emit;     /* MIR: "--emit=mir" or "--emit=mir:STAGE", or NULL */
} Test;

typedef struct Result { int status; bool signaled; char *out, *err; } Result;

static char *slurp_fd(int fd) {
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (len + 1 >= cap)
            buf = realloc(buf, cap *= 2);
        ssize_t n = read(fd, buf + len, cap - len - 1);
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    buf[len] = 0;
    return buf;
}

static char *read_file(const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return NULL;
    char *s = slurp_fd(fd);
    close(fd);
    return s;
}

/* Run argv with a timeout, input (or /dev/null) as its standard input;
 * capture stdout and stderr through temp files. */
static Result run_in(char **argv, int timeout_s, const char *input) {
    Result r = {0};
    char of[] = "/tmp/ml0test-out-XXXXXX", ef[] = "/tmp/ml0test-err-XXXXXX", inf[] = "/tmp/ml0test-in-XXXXXX";
    int ofd = mkstemp(of), efd = mkstemp(ef);
    int ifd = input ? mkstemp(inf) : open("/dev/null", O_RDONLY);
    if (input) {
        if (write(ifd, input, strlen(input)) < 0)
            perror("ml0test: stdin");
        lseek(ifd, 0, SEEK_SET);
        unlink(inf);
    }
    pid_t pid = fork();
    if (pid == 0) {
        dup2(ofd, 1);
        dup2(efd, 2);
        dup2(ifd, 0);
        execv(argv[0], argv);
        fprintf(stderr, "ml0test: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    close(ifd);
    int st = 0;
    time_t start = time(NULL);
    for (;;) {
        pid_t w = waitpid(pid, &st, WNOHANG);
        if (w == pid)
            break;
        if (time(NULL) - start > timeout_s) {
            kill(pid, SIGKILL);
            waitpid(pid, &st, 0);
            r.status = -1;
            break;
        }
        struct timespec ts = {0, 2000000};
        nanosleep(&ts, NULL);
    }
    if (r.status != -1) {
        r.signaled = WIFSIGNALED(st);
        r.status = r.signaled ? 128 + WTERMSIG(st) : WEXITSTATUS(st);
    }
    lseek(ofd, 0, SEEK_SET);
    lseek(efd, 0, SEEK_SET);
    r.out = slurp_fd(ofd);
    r.err = slurp_fd(efd);
    close(ofd);
    close(efd);
    unlink(of);
    unlink(ef);
    return r;
}

static Result run(char **argv, int timeout_s) { return run_in(argv, timeout_s, NULL); }

/* ---- directives --------------------------------------------------------- */

static char *unquote(const char **p) {
    const char *s = *p;
    while (*s == ' ' || *s == '\t')
        s++;
    if (*s != '"')
        return NULL;
    s++;
    char *out = malloc(strlen(s) + 1);
    int n = 0;
    while (*s && *s != '"' && *s != '\n') {
        if (*s == '\\' && s[1] == '"')
            s++;                /* \" is a quote */
        else if (*s == '\\' && (s[1] == 'n' || s[1] == 't')) {
            out[n++] = s[1] == 'n' ? '\n' : '\t';   /* as in Go's quoted */
            s += 2;                                    /* ERROR strings */
            continue;
        } else if (*s == '\\' && s[1]) {
            out[n++] = *s++;    /* keep regex escapes, \\ (a backslash) too */
        }
        out[n++] = *s++;
    }
    out[n] = 0;
    *p = *s == '"' ? s + 1 : s;
    return out;
}

static void parse_line(Test *t, const char *line, int lineno, const char *end) {
    char buf[4096];
    size_t len = (size_t)(end - line) < sizeof buf - 1 ? (size_t)(end - line) : sizeof buf - 1;
    memcpy(buf, line, len);
    buf[len] = 0;
    const char *e = strstr(buf, "// ERROR ");
    if (e) {
        const char *p = e + 9;
        char *re;
        while ((re = unquote(&p)) && t->nexp < MAX_EXP)
            t->exp[t->nexp++] = (Expect){lineno, re, false};
    }
    const char *d;
    if ((d = strstr(buf, "// ARGS:")) && d == buf) {
        char *s = strdup(d + 8);
        for (char *tok = strtok(s, " \t"); tok && t->nargs < 30; tok = strtok(NULL, " \t"))
            t->args[t->nargs++] = tok;
    }
    if ((d = strstr(buf, "// EXIT:")) && d == buf)
        t->exit_code = atoi(d + 8);
    if ((d = strstr(buf, "// STDERR:")) && d == buf) {
        const char *p = d + 10;
        t->stderr_re = unquote(&p);
    }
    if ((d = strstr(buf, "// RUNTIME:")) && d == buf && !strstr(d, t->runtime))
        exit(SKIP);
    if ((d = strstr(buf, "// SKIP:")) && d == buf)
        exit(SKIP);
    if ((d = strstr(buf, "// ERRORCHECK: go")) && d == buf)
        t->go_errorcheck = true;
    if ((d = strstr(buf, "// ENV:")) && d == buf) {
        char *kv = strdup(d + 7);
        while (*kv == ' ')
            kv++;
        char *eq = strchr(kv, '=');
        if (eq) {
            *eq = 0;
            setenv(kv, eq + 1, 1);   /* for the program (ml0c ignores it) */
        }
    }
    if (strncmp(buf, "// LEAKS:", 9) == 0)
        t->leaks_expected = true;
    if (strncmp(buf, "// COMPILE-FAIL", 15) == 0)
        t->compile_fail = true;
    if (strncmp(buf, "// MIR:", 7) == 0) {
        char stage[64] = "";
        sscanf(buf + 7, " %63s", stage);
        t->mir_emit = malloc(sizeof stage + 16);
        sprintf(t->mir_emit, "--emit=mir%s%s", *stage ? ":" : "", stage);
    }
}

/* The text of the block opened by tag ("/\* STDIN:\n"), or NULL. */
static char *find_block(const char *text, const char *tag) {
    const char *s = strstr(text, tag);
    if (!s)
        return NULL;
    s += strlen(tag);
    const char *e = strstr(s, "\n*/");
    size_t n = e ? (size_t)(e - s) + 1 : 0;
    char *out = malloc(n + 1);
    memcpy(out, s, n);
    out[n] = 0;
    return out;
}

/* The OUTPUT block for this runtime, else the plain one. */
static char *find_output(Test *t) {
    char tag[64];
    snprintf(tag, sizeof tag, "/* OUTPUT(%s):\n", t->runtime);
    const char *s = strstr(t->text, tag);
    if (!s) {
        s = strstr(t->text, "/* OUTPUT:\n");
        if (!s)
            return NULL;
        snprintf(tag, sizeof tag, "/* OUTPUT:\n");
    }
    s += strlen(tag);
    const char *e = strstr(s, "\n*/");
    if (!e && strncmp(s, "*/", 2) == 0)
        e = s - 1;
    if (!e)
        return NULL;
    size_t n = (size_t)(e - s) + 1;
    if (e < s)
        n = 0;
    char *out = malloc(n + 1);
    memcpy(out, s, n);
    out[n] = 0;
    return out;
}

static void parse_directives(Test *t) {
    const char *p = t->text;
    int lineno = 1;
    while (*p) {
        const char *end = strchr(p, '\n');
        if (!end)
            end = p + strlen(p);
        parse_line(t, p, lineno, end);
        p = *end ? end + 1 : end;
        lineno++;
    }
    t->output = find_output(t);
    t->input = find_block(t->text, "/* STDIN:\n");
}

/* ---- checks ------------------------------------------------------------- */

/* lines: REG_NEWLINE, for a diagnostic that continues on tab-indented
   lines: ^ and $ also match at its line ends, . and [^x] stop at them */
static bool search_in(const char *re, const char *text, bool lines) {
    regex_t rx;
    if (regcomp(&rx, re, REG_EXTENDED | REG_NOSUB | (lines ? REG_NEWLINE : 0)) != 0) {
        printf("bad regexp in test: %s\n", re);
        return false;
    }
    bool ok = regexec(&rx, text, 0, NULL, 0) == 0;
    regfree(&rx);
    return ok;
}

static bool search(const char *re, const char *text) { return search_in(re, text, false); }

static bool crashed(Result *r, const char *what) {
    if (r->status == -1) {
        printf("FAIL: %s timed out\n", what);
        return true;
    }
    if (r->signaled || r->status >= 3 || strstr(r->err, "internal compiler error")) {
        printf("FAIL: %s crashed (status %d)\n%s", what, r->status, r->err);
        return true;
    }
    return false;
}

/* Line LN of the test file (without its newline), or NULL. */
static const char *source_line(const Test *t, int ln, int *len) {
    const char *s = t->text;
    for (int i = 1; i < ln && s; i++)
        s = (s = strchr(s, '\n')) ? s + 1 : NULL;
    if (!s || ln < 1)
        return NULL;
    *len = (int)strcspn(s, "\n");
    return s;
}

/* Match diagnostic lines `X:L:C: text` (X ending with the test's name)
 * and rustc headers followed by ` --> X:L:C`. */
static bool errorcheck(Test *t, Result *r) {
    bool ok = true, want_error = false;
    for (int i = 0; i < t->nexp; i++)
        want_error |= strncmp(t->exp[i].re, "error", 5) == 0 || strstr(t->exp[i].re, "E0") != NULL;
    char *save, *prev = NULL;
    for (char *line = strtok_r(r->err, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        int ln = 0, col = 0;
        const char *text = NULL;
        char *hit = strstr(line, t->base);
        if (hit && (hit == line || hit[-1] == '/' || hit[-1] == ' ') &&
            sscanf(hit + strlen(t->base), ":%d:%d:", &ln, &col) == 2) {
            const char *colon = strchr(strchr(hit + strlen(t->base) + 1, ':') + 1, ':');
            text = colon ? colon + 2 : "";
            if (strstr(line, "--> ") && prev)
                text = prev;
            else if (strstr(line, "--> "))
                text = line;
        }
        if (strncmp(line, "error[", 6) == 0 || strncmp(line, "warning[", 8) == 0)
            prev = line;
        /* a line indented by a tab is the previous message's related
           position (Go's `\tx.go:9:7: previous case`), not a message */
        if (!text || (strstr(line, "--> ") == NULL && (line[0] == ' ' || line[0] == '\t')))
            continue;
        /* a Go message goes on over the tab-indented lines after it
           (`\thave (int)`): the regexps see it whole, as go1.19's
           test/run.go joins them (splitOutput) */
        char *whole = NULL;
        if (text != prev && text != line && *save == '\t') {
            int srclen = 0;
            const char *src = source_line(t, ln, &srclen);
            char *end = save;
            while (*end == '\t') {
                size_t k = strcspn(end, "\n");
                if (src && k == (size_t)srclen && memcmp(end, src, k) == 0)
                    break;  /* the quoted source line: the message ended */
                end += k + (end[k] == '\n');
            }
            if (end > save) {
                size_t n = strlen(text), m = (size_t)(end - save);
                whole = malloc(n + m + 2);
                memcpy(whole, text, n);
                whole[n++] = '\n';
                memcpy(whole + n, save, m);
                n += m;
                whole[n - (whole[n - 1] == '\n')] = 0;
                save = end;
                text = whole;
            }
        }
        bool matched = false;
        for (int i = 0; i < t->nexp && !matched; i++)
            if (!t->exp[i].used && t->exp[i].line == ln && search_in(t->exp[i].re, text, true))
                matched = t->exp[i].used = true;
        /* Go's errorcheck: each regexp takes every message on its line
           that it matches (go1.19 prints two identical lines for some
           decisions, and its tests give one regexp for both) */
        for (int i = 0; i < t->nexp && !matched && t->go_errorcheck; i++)
            if (t->exp[i].line == ln && search_in(t->exp[i].re, text, true))
                matched = true;
        /* Go's own errorcheck compiles with -e (no limit): the cut at the
           tenth error need not be expected (tests/sema/too_many_errors and
           tests/cli/json_too_many_errors.sh test it) */
        if (!matched && strcmp(text, "too many errors") != 0) {
            printf("unexpected diagnostic at line %d: %s\n", ln, text);
            ok = false;
        }
        free(whole);
    }
    for (int i = 0; i < t->nexp; i++)
        if (!t->exp[i].used) {
            printf("missing diagnostic at line %d: \"%s\"\n", t->exp[i].line, t->exp[i].re);
            ok = false;
        }
    if (want_error != (r->status == 1)) {
        printf("compiler exit status %d, expected %d\n", r->status, want_error);
        ok = false;
    }
    return ok;
}

static char **argv_for(Test *t, const char *cmd, const char *extra1, const char *extra2) {
    static char *argv[64];
    int n = 0;
    static char rtflag[64];
    snprintf(rtflag, sizeof rtflag, "--runtime=%s", t->runtime);
    argv[n++] = (char *)t->ml0c;
    argv[n++] = (char *)cmd;
    argv[n++] = rtflag;
    for (int i = 0; i < t->nargs; i++)
        argv[n++] = t->args[i];
    argv[n++] = (char *)t->path;
    if (extra1)
        argv[n++] = (char *)extra1;
    if (extra2)
        argv[n++] = (char *)extra2;
    argv[n] = NULL;
    return argv;
}

/* ---- golden MIR ---------------------------------------------------------- */

static bool write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    fputs(text, f);
    return fclose(f) == 0;
}

/* The dump against NAME.mir: on a difference, print `diff -u` of the two
 * (expected first), so a changed pass reads as a change of its output. */
static bool golden_mir(Test *t) {
    size_t n = strlen(t->path);
    char *golden = malloc(n + 8);
    memcpy(golden, t->path, n + 1);
    if (n > 4 && strcmp(golden + n - 4, ".ml0") == 0)
        golden[n - 4] = 0;
    strcat(golden, ".mir");
    t->args[t->nargs++] = t->mir_emit;
    Result r = run(argv_for(t, "build", "-o", "-"), 120);
    t->nargs--;
    if (crashed(&r, "ml0c") || r.status != 0) {
        printf("FAIL: ml0c %s failed (status %d)\n%s", t->mir_emit, r.status, r.err);
        return false;
    }
    const char *update = getenv("ML0_UPDATE_GOLDEN");
    if (update && *update && strcmp(update, "0") != 0) {
        if (!write_file(golden, r.out)) {
            printf("FAIL: cannot write %s\n", golden);
            return false;
        }
        printf("updated %s\n", golden);
        return true;
    }
    char *want = read_file(golden);
    if (!want) {
        printf("FAIL: no %s (ML0_UPDATE_GOLDEN=1 writes it)\n", golden);
        return false;
    }
    if (strcmp(want, r.out) == 0)
        return true;
    char got[] = "/tmp/ml0test-mir-XXXXXX";
    close(mkstemp(got));
    write_file(got, r.out);
    char *argv[] = {"/usr/bin/diff", "-u", golden, got, NULL};
    Result d = run(argv, 30);
    unlink(got);
    printf("FAIL: the MIR differs from %s (ML0_UPDATE_GOLDEN=1 accepts the new one)\n%s", golden, d.out);
    return false;
}

static int run_mode(Test *t) {
    char exe[] = "/tmp/ml0test-exe-XXXXXX";
    int fd = mkstemp(exe);
    close(fd);
    if (t->asan) {  /* instrument the program; catch stack use after return */
        t->args[t->nargs++] = "--asan";
        /* under drop every object is a malloc block LeakSanitizer sees */
        bool lsan = strcmp(t->runtime, "drop") == 0 && !t->leaks_expected;
        setenv("ASAN_OPTIONS", lsan ? "detect_stack_use_after_return=1:detect_leaks=1"
                                    : "detect_stack_use_after_return=1:detect_leaks=0", 1);
    }
    if (strcmp(t->runtime, "drop") == 0 && !t->leaks_expected) {
        const char *old = getenv("ML0DEBUG");
        char *dbg = malloc((old ? strlen(old) : 0) + 16);
        sprintf(dbg, "%s%sleakcheck=1", old ? old : "", old && *old ? "," : "");
        setenv("ML0DEBUG", dbg, 1);
    }
    Result c = run(argv_for(t, "build", "-o", exe), 120);
    if (crashed(&c, "ml0c") || c.status != 0) {
        printf("FAIL: compile failed (status %d)\n%s", c.status, c.err);
        unlink(exe);
        return 1;
    }
    char *argv[2] = {exe, NULL};
    Result r = run_in(argv, 60, t->input);
    if (!t->keep)
        unlink(exe);
    bool ok = true;
    if (r.status == -1 || r.signaled) {
        printf("FAIL: program %s (status %d)\n%s", r.status == -1 ? "timed out" : "died by a signal", r.status, r.err);
        return 1;
    }
    if (r.status != t->exit_code) {
        printf("FAIL: exit status %d, expected %d\nstderr:\n%s", r.status, t->exit_code, r.err);
        ok = false;
    }
    if (t->output && strcmp(t->output, r.out) != 0) {
        printf("FAIL: output differs\n--- expected\n%s--- got\n%s---\n", t->output, r.out);
        ok = false;
    }
    if (t->stderr_re && !search(t->stderr_re, r.err)) {
        printf("FAIL: stderr does not match \"%s\"\n--- got\n%s---\n", t->stderr_re, r.err);
        ok = false;
    }
    return ok ? 0 : 1;
}

int main(int argc, char **argv) {
    static Test t;
    t.runtime = "gc";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--ml0c") == 0 && i + 1 < argc)
            t.ml0c = argv[++i];
        else if (strcmp(argv[i], "--runtime") == 0 && i + 1 < argc)
            t.runtime = argv[++i];
        else if (strcmp(argv[i], "--keep") == 0)
            t.keep = true;
        else if (strcmp(argv[i], "--asan") == 0)
            t.asan = true;
        else if (strcmp(argv[i], "--leaks") == 0)
            t.asan = t.leaks = true;
        else
            t.path = argv[i];
    }
    if (!t.ml0c || !t.path) {
        fprintf(stderr, "usage: ml0test --ml0c PATH --runtime gc|drop [--keep] FILE.ml0\n");
        return 2;
    }
    t.base = strrchr(t.path, '/') ? strrchr(t.path, '/') + 1 : t.path;
    t.text = read_file(t.path);
    if (!t.text) {
        printf("FAIL: cannot read %s\n", t.path);
        return 1;
    }
    parse_directives(&t);
    if (t.compile_fail) {
        Result r = run(argv_for(&t, "check", NULL, NULL), 120);
        if (crashed(&r, "ml0c"))
            return 1;
        if (r.status != 1 || !strstr(r.err, "error")) {
            printf("FAIL: expected a clean compile error (exit 1), got %d\n%s", r.status, r.err);
            return 1;
        }
        return 0;
    }
    if (t.mir_emit) {       /* golden MIR; then the other checks, if any */
        if (!golden_mir(&t))
            return 1;
        if (!t.nexp && !t.output)
            return 0;
    }
    bool m_flag = false;
    for (int i = 0; i < t.nargs; i++)
        m_flag |= strncmp(t.args[i], "-m", 2) == 0;
    if (t.nexp || m_flag) {   /* errorcheck; then run too when an OUTPUT is given */
        Result r = run(argv_for(&t, "check", NULL, NULL), 120);
        if (crashed(&r, "ml0c"))
            return 1;
        if (!errorcheck(&t, &r))
            return 1;
        if (!t.output)
            return 0;
    }
    return run_mode(&t);
}
