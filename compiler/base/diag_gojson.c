/*
 * diag_gojson.c: Go's `-json=0,DIR` for escape analysis: the file go1.19's
 * compiler writes with `-gcflags=-json=0,DIR` (cmd/compile/internal/logopt),
 * which gopls and other tools read to annotate heap allocations. One file
 * per source, DIR/main/NAME.json: a header line, then one LSP Diagnostic a
 * line, sorted by position:
 *
 *   {"version":0,"package":"main","goos":"linux","goarch":"amd64",
 *    "gc_version":..,"file":"/abs/path/NAME.ml0"}
 *   {"range":{"start":{"line":6,"character":2},"end":{..same..}},
 *    "severity":3,"code":"escape","source":"go compiler",
 *    "message":"u escapes to heap",
 *    "relatedInformation":[{"location":{"uri":"file:///abs/path/NAME.ml0",
 *       "range":..},"message":"escflow:    flow: ~r0 = &u:"}, ...]}
 *
 * Only heap decisions are logged, as Go does: "X escapes to heap" (code
 * "escape", or "escapes" for a direct store into the heap) and "parameter P leaks to R with derefs=N" (code "leak"), each
 * with its -m=2 flow as relatedInformation. They are read back from the -m=2
 * remarks escape analysis reported (a header ending in ':', then "  flow:"
 * and "    from E (why) at FILE:L:C" lines at the same position); a flow
 * line sits where its first step does, as in Go's explainFlow. Lines and
 * characters are 1-based, as in Go's file. Strings are escaped as Go's
 * encoding/json does (<, > and & as \u003c, \u003e, \u0026).
 */
#define _DEFAULT_SOURCE /* realpath */
#define _POSIX_C_SOURCE 200809L
#include "base.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A string as Go's encoding/json writes it. */
static void go_str(FILE *out, const char *s) {
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem)
        return;
    json_put_string(mem, s, strlen(s));
    fclose(mem);
    for (size_t i = 0; i < len; i++) {
        if (buf[i] == '<' || buf[i] == '>' || buf[i] == '&')
            fprintf(out, "\\u%04x", buf[i]);
        else
            fputc(buf[i], out);
    }
    free(buf);
}

static void put_range(FILE *out, int line, int col) {
    fprintf(out, "{\"start\":{\"line\":%d,\"character\":%d},\"end\":{\"line\":%d,\"character\":%d}}",
            line, col, line, col);
}

typedef struct Pos { int line, col; } Pos;

/* "    from E (why) at FILE:L:C": the text before " at ", and L:C. */
static bool parse_from(const char *msg, int *textlen, Pos *p) {
    const char *at = NULL;
    for (const char *s = strstr(msg, " at "); s; s = strstr(s + 1, " at "))
        at = s;
    if (!at)
        return false;
    const char *colon2 = strrchr(at, ':');
    if (!colon2 || colon2 == at)
        return false;
    const char *colon1 = colon2 - 1;
    while (colon1 > at && *colon1 != ':')
        colon1--;
    if (*colon1 != ':')
        return false;
    p->line = atoi(colon1 + 1);
    p->col = atoi(colon2 + 1);
    *textlen = (int)(at - msg);
    return true;
}

static bool is_header(const char *m) {
    size_t n = strlen(m);
    return n && m[n - 1] == ':' && m[0] != ' ' &&
           (strstr(m, " escapes to heap:") || strncmp(m, "parameter ", 10) == 0);
}

/* The relatedInformation of a header: the flow lines from ds[i] on
 * (omitted when there are none, as encoding/json's omitempty does). */
static void put_flow(Ctx *c, Diag **ds, int i, int n, const char *uri, Pos head, FILE *out) {
    int k = 0;
    for (; i < n && ds[i]->msg[0] == ' '; i++, k++) {
        const char *m = ds[i]->msg;
        Pos p = head;
        int tl = (int)strlen(m);
        if (strncmp(m, "  flow:", 7) == 0) {
            if (i + 1 < n && strncmp(ds[i + 1]->msg, "    from ", 9) == 0)
                parse_from(ds[i + 1]->msg, &(int){0}, &p);
        } else {
            parse_from(m, &tl, &p);
        }
        fprintf(out, "%s{\"location\":{\"uri\":", k ? "," : ",\"relatedInformation\":[");
        go_str(out, uri);
        fputs(",\"range\":", out);
        put_range(out, p.line, p.col);
        fputs("},\"message\":", out);
        go_str(out, arena_printf(&c->arena, "escflow:  %.*s", tl, m));
        fputc('}', out);
    }
    if (k)
        fputc(']', out);
}

/* Go's code for a decision: "leak" for a parameter; "escapes" for a
 * variable whose address is stored straight into the heap (Go logs it
 * while building the graph, escape/graph.go flow); "escape" for the rest
 * (found while solving, solve.go). */
static const char *go_code(Diag **ds, int i, int n) {
    if (strncmp(ds[i]->msg, "parameter ", 10) == 0)
        return "leak";
    bool one_flow = i + 1 < n && strncmp(ds[i + 1]->msg, "  flow: {heap} = &", 18) == 0;
    for (int j = i + 2; one_flow && j < n && ds[j]->msg[0] == ' '; j++)
        one_flow = strncmp(ds[j]->msg, "  flow:", 7) != 0;
    return one_flow ? "escapes" : "escape";
}

static bool make_dirs(const char *path) {
    char buf[PATH_MAX];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *p = buf + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            if (mkdir(buf, 0777) != 0 && errno != EEXIST)
                return false;
            *p = '/';
        }
    return mkdir(buf, 0777) == 0 || errno == EEXIST;
}

/* DIR/main/NAME.json for file 0, NAME being its base name without the
 * extension (main.go -> main.json, as Go). */
static FILE *open_log(Ctx *c, const char **abs) {
    SourceFile *f = &c->files.data[0];
    char real[PATH_MAX];
    *abs = realpath(f->path, real) ? arena_strdup(&c->arena, real) : f->path;
    const char *dir = arena_printf(&c->arena, "%s/main", c->opt.go_json_dir);
    const char *dot = strrchr(f->name, '.');
    int n = dot ? (int)(dot - f->name) : (int)strlen(f->name);
    const char *path = arena_printf(&c->arena, "%s/%.*s.json", dir, n, f->name);
    FILE *out = make_dirs(dir) ? fopen(path, "w") : NULL;
    if (!out)
        diag_error(c, NO_SPAN, "cannot write '%s': %s", path, strerror(errno));
    return out;
}

/* Headers in position order (Go sorts its log), ties in report order. */
typedef struct { Diag *d; int at; } Header;

static int cmp_header(const void *a, const void *b) {
    const Header *x = a, *y = b;
    if (x->d->span.lo != y->d->span.lo)
        return x->d->span.lo - y->d->span.lo;
    return x->at - y->at;
}

void diag_write_go_json(Ctx *c, Diag **ds, int n) {
    if (c->files.len == 0 || c->nerrors)
        return;
    const char *abs;
    FILE *out = open_log(c, &abs);
    if (!out)
        return;
    const char *uri = arena_printf(&c->arena, "file://%s", abs);
    fputs("{\"version\":0,\"package\":\"main\",\"goos\":\"linux\",\"goarch\":\"amd64\",\"gc_version\":", out);
    go_str(out, "ml0c " ML0C_VERSION);
    fputs(",\"file\":", out);
    go_str(out, abs);
    fputs("}\n", out);
    Header *hs = arena_alloc(&c->arena, sizeof(Header) * (size_t)(n + 1));
    int nh = 0;
    for (int i = 0; i < n; i++)
        if (ds[i]->level == DIAG_REMARK && ds[i]->span.file == 0 && is_header(ds[i]->msg))
            hs[nh++] = (Header){ds[i], i};
    qsort(hs, (size_t)nh, sizeof *hs, cmp_header);
    for (int k = 0; k < nh; k++) {
        Diag *d = hs[k].d;
        LineCol lc = source_linecol(c, d->span.file, d->span.lo);
        fputs("{\"range\":", out);
        put_range(out, lc.line, lc.col);
        fprintf(out, ",\"severity\":3,\"code\":\"%s\",\"source\":\"go compiler\",\"message\":",
                go_code(ds, hs[k].at, n));
        go_str(out, arena_printf(&c->arena, "%.*s", (int)strlen(d->msg) - 1, d->msg));
        put_flow(c, ds, hs[k].at + 1, n, uri, (Pos){lc.line, lc.col}, out);
        fputs("}\n", out);
    }
    fclose(out);
}

bool diag_is_flow_remark(const Diag *d) {
    return d->level == DIAG_REMARK && (d->msg[0] == ' ' || is_header(d->msg));
}
