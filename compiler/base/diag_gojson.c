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
 * The flow: escape analysis keeps its decisions as records (EscWhy, one
 * EscLine a line, each line saying what it is: a verdict, a -m=2 header
 * "x escapes to heap:" or "parameter p leaks to r with derefs=n:", a flow
 * step, a "from" note and the position it names). Its report step
 * (esc_report, escape/decide.c) turns the heap decisions of file 0 into
 * plain GoEscEntry values (base.h: position, Go's code "escape", "escapes"
 * or "leak", message, flow lines with their positions) and calls
 * diag_write_go_json once. This file only formats them: it knows no
 * escape type and reads no message text. Only heap decisions are logged,
 * as Go does. Lines and characters are 1-based, as in Go's file. Strings
 * are escaped as Go's encoding/json does (<, > and & as \u003c, \u003e,
 * \u0026).
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

/* Entries in position order (Go sorts its log), ties in report order. */
typedef struct { const GoEscEntry *e; int at; } Ordered;

static int cmp_entry(const void *a, const void *b) {
    const Ordered *x = a, *y = b;
    if (x->e->lo != y->e->lo)
        return x->e->lo - y->e->lo;
    return x->at - y->at;
}

/* The relatedInformation of an entry (omitted when it has no flow, as
 * encoding/json's omitempty does). */
static void put_flow(Ctx *c, const GoEscEntry *e, const char *uri, FILE *out) {
    for (int k = 0; k < e->nflow; k++) {
        fputs(k ? "," : ",\"relatedInformation\":[", out);
        fputs("{\"location\":{\"uri\":", out);
        go_str(out, uri);
        fputs(",\"range\":", out);
        put_range(out, e->flow[k].line, e->flow[k].col);
        fputs("},\"message\":", out);
        go_str(out, arena_printf(&c->arena, "escflow:  %s", e->flow[k].text));
        fputc('}', out);
    }
    if (e->nflow)
        fputc(']', out);
}

void diag_write_go_json(Ctx *c, const GoEscEntry *es, int n) {
    if (!c->opt.go_json_dir || c->files.len == 0 || c->nerrors)
        return;
    const char *abs;
    FILE *out = open_log(c, &abs);
    c->opt.go_json_dir = NULL;          /* written once, after the analyses */
    if (!out)
        return;
    const char *uri = arena_printf(&c->arena, "file://%s", abs);
    fputs("{\"version\":0,\"package\":\"main\",\"goos\":\"linux\",\"goarch\":\"amd64\",\"gc_version\":", out);
    go_str(out, "ml0c " ML0C_VERSION);
    fputs(",\"file\":", out);
    go_str(out, abs);
    fputs("}\n", out);
    Ordered *os = arena_alloc(&c->arena, sizeof *os * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        os[i] = (Ordered){&es[i], i};
    qsort(os, (size_t)n, sizeof *os, cmp_entry);
    for (int k = 0; k < n; k++) {
        const GoEscEntry *e = os[k].e;
        fputs("{\"range\":", out);
        put_range(out, e->line, e->col);
        fprintf(out, ",\"severity\":3,\"code\":\"%s\",\"source\":\"go compiler\",\"message\":", e->code);
        go_str(out, e->message);
        put_flow(c, e, uri, out);
        fputs("}\n", out);
    }
    fclose(out);
}
