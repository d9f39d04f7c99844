/*
 * diag.c: diagnostics. Passes report errors, warnings and -m remarks into
 * the Ctx; diag_flush sorts them by position (-m remarks alone keep the
 * order they were reported in, as Go prints them) and prints them in one of
 * three layouts:
 *   plain    `file:line:col: error: msg`, the source line, a caret line
 *            (cproc/chibicc style; remarks are the bare Go -m line);
 *   rustc    `error[E0597]: msg`, ` --> file:line:col`, a numbered gutter
 *            with ^^^ (primary) and --- (secondary) labels, `= note:` and
 *            `= help:` lines: used for diagnostics that carry a code;
 *   json     one object per line (--diagnostics=json).
 * Detection never formats text itself: it records spans and labels here.
 */
#include "base.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static Diag *new_diag(Ctx *c, DiagLevel lv, const char *code, Span at,
                      const char *fmt, va_list ap) {
    Diag *d = arena_alloc(&c->arena, sizeof *d);
    d->level = lv;
    d->code = code;
    d->span = at;
    if (lv == DIAG_ERROR)
        c->nerrors++;
    if (c->quiet) {     /* counted, not kept: the caller only asks */
        d->msg = "";
        return d;
    }
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *m = arena_alloc(&c->arena, (size_t)n + 1);
    vsnprintf(m, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    d->msg = m;
    vec_push(&c->arena, &c->diags, d);
    return d;
}

#define DIAG_CTOR(name, lv, code)                                        \
    Diag *name(Ctx *c, Span at, const char *fmt, ...) {                  \
        va_list ap;                                                      \
        va_start(ap, fmt);                                               \
        Diag *d = new_diag(c, lv, code, at, fmt, ap);                    \
        va_end(ap);                                                      \
        return d;                                                        \
    }
DIAG_CTOR(diag_error, DIAG_ERROR, NULL)
DIAG_CTOR(diag_warning, DIAG_WARNING, NULL)

Diag *diag_error_code(Ctx *c, const char *code, Span at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Diag *d = new_diag(c, DIAG_ERROR, code, at, fmt, ap);
    va_end(ap);
    c->ncoded++;
    return d;
}

void diag_remark(Ctx *c, Span at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    new_diag(c, DIAG_REMARK, NULL, at, fmt, ap);
    va_end(ap);
}

void diag_remark_text(Ctx *c, Span at, const char *text) {
    Diag *d = arena_alloc(&c->arena, sizeof *d);
    d->level = DIAG_REMARK;
    d->span = at;
    d->msg = text;
    vec_push(&c->arena, &c->diags, d);
}

static const char *vfmt(Ctx *c, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *m = arena_alloc(&c->arena, (size_t)n + 1);
    vsnprintf(m, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return m;
}

void diag_label(Ctx *c, Diag *d, Span at, bool primary, const char *fmt, ...) {
    if (c->quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    DiagLabel l = {at, vfmt(c, fmt, ap), primary};
    va_end(ap);
    vec_push(&c->arena, &d->labels, l);
}

void diag_note(Ctx *c, Diag *d, const char *fmt, ...) {
    if (c->quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    vec_push(&c->arena, &d->notes, vfmt(c, fmt, ap));
    va_end(ap);
}

void diag_help(Ctx *c, Diag *d, const char *fmt, ...) {
    if (c->quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    vec_push(&c->arena, &d->helps, vfmt(c, fmt, ap));
    va_end(ap);
}

/* ---- quiet sections ---------------------------------------------------- */

/* A pass that asks another a question ("does this program pass the borrow
 * checker?") runs it inside a quiet section: what it reports there is
 * counted (c->nerrors grows, so the asked pass can compare counts as
 * usual), never kept, and the counts are restored at the end. */
DiagQuiet diag_quiet_begin(Ctx *c) {
    c->quiet++;
    return (DiagQuiet){c->nerrors, c->ncoded};
}

int diag_quiet_end(Ctx *c, DiagQuiet q) {
    int n = c->nerrors - q.nerrors;
    c->quiet--;
    c->nerrors = q.nerrors;
    c->ncoded = q.ncoded;
    return n;
}

/* ---- ordering ---------------------------------------------------------- */

typedef struct { Diag *d; int seq; } Ordered;

static int cmp_pos(const void *a, const void *b) {
    const Ordered *x = a, *y = b;
    if (x->d->span.file != y->d->span.file)
        return x->d->span.file - y->d->span.file;
    if (x->d->span.lo != y->d->span.lo)
        return x->d->span.lo - y->d->span.lo;
    /* at one position the -m lines come first: they describe the
       analysis, errors the checks that follow it (the report step runs
       after the borrow checker) */
    if ((x->d->level == DIAG_REMARK) != (y->d->level == DIAG_REMARK))
        return x->d->level == DIAG_REMARK ? -1 : 1;
    return x->seq - y->seq;
}

/* ---- plain layout ------------------------------------------------------ */

static const char *level_name(DiagLevel lv) {
    switch (lv) {
    case DIAG_ERROR: return "error";
    case DIAG_WARNING: return "warning";
    case DIAG_NOTE: return "note";
    case DIAG_REMARK: return "remark";
    }
    return "error";
}

static void put_caret(Ctx *c, Span s) {
    LineCol lc = source_linecol(c, s.file, s.lo);
    int len;
    const char *line = source_line(c, s.file, lc.line, &len);
    fprintf(stderr, "%.*s\n", len, line);
    for (int i = 0; i < lc.col - 1 && i < len; i++)
        fputc(line[i] == '\t' ? '\t' : ' ', stderr);
    int width = s.hi - s.lo;
    if (width < 1 || lc.col - 1 + width > len)
        width = len - (lc.col - 1) > 0 ? len - (lc.col - 1) : 1;
    if (width > 1 && s.hi - s.lo <= 0)
        width = 1;
    fputc('^', stderr);
    for (int i = 1; i < width; i++)
        fputc('~', stderr);
    fputc('\n', stderr);
}

static void print_plain(Ctx *c, Diag *d) {
    if (d->span.file < 0) {
        fprintf(stderr, "ml0c: %s: %s\n", level_name(d->level), d->msg);
        return;
    }
    SourceFile *f = &c->files.data[d->span.file];
    LineCol lc = source_linecol(c, d->span.file, d->span.lo);
    if (d->level == DIAG_REMARK) {
        fprintf(stderr, "%s:%d:%d: %s\n", f->path, lc.line, lc.col, d->msg);
        return;
    }
    bool color = c->opt.color;
    fprintf(stderr, "%s%s:%d:%d: %s%s:%s %s%s\n", color ? "\033[1m" : "", f->path,
            lc.line, lc.col, color ? "\033[1;31m" : "", level_name(d->level),
            color ? "\033[0;1m" : "", d->msg, color ? "\033[0m" : "");
    put_caret(c, d->span);
    for (int i = 0; i < d->notes.len; i++)
        fprintf(stderr, "note: %s\n", d->notes.data[i]);
    for (int i = 0; i < d->helps.len; i++)
        fprintf(stderr, "help: %s\n", d->helps.data[i]);
}

/* ---- rustc layout ------------------------------------------------------ */

static int digits(int n) {
    int d = 1;
    while (n >= 10) {
        n /= 10;
        d++;
    }
    return d;
}

static int cmp_label(const void *a, const void *b) {
    const DiagLabel *x = a, *y = b;
    return x->span.lo - y->span.lo;
}

/* ANSI colours for the rustc layout, only on a terminal (NO_COLOR off). */
static const char *col(Ctx *c, const char *code) { return c->opt.color ? code : ""; }
#define BOLD_RED "\033[1;31m"
#define BOLD_BLUE "\033[1;34m"
#define BOLD "\033[1m"
#define RESET "\033[0m"

/* One source line with one label under it. */
static void put_label(Ctx *c, DiagLabel *l, int gw, int *last_line) {
    LineCol lc = source_linecol(c, l->span.file, l->span.lo);
    int len;
    const char *line = source_line(c, l->span.file, lc.line, &len);
    if (lc.line != *last_line) {
        if (*last_line > 0 && lc.line > *last_line + 1)
            fprintf(stderr, "%s...%s\n", col(c, BOLD_BLUE), col(c, RESET));
        fprintf(stderr, "%s%*d |%s %.*s\n", col(c, BOLD_BLUE), gw, lc.line, col(c, RESET), len, line);
        *last_line = lc.line;
    }
    fprintf(stderr, "%s%*s |%s ", col(c, BOLD_BLUE), gw, "", col(c, RESET));
    for (int i = 0; i < lc.col - 1 && i < len; i++)
        fputc(line[i] == '\t' ? '\t' : ' ', stderr);
    int width = l->span.hi - l->span.lo;
    if (width < 1)
        width = 1;
    if (lc.col - 1 + width > len && len >= lc.col)
        width = len - lc.col + 1;
    fputs(col(c, l->primary ? BOLD_RED : BOLD_BLUE), stderr);
    for (int i = 0; i < width; i++)
        fputc(l->primary ? '^' : '-', stderr);
    if (l->text && l->text[0])
        fprintf(stderr, " %s", l->text);
    fprintf(stderr, "%s\n", col(c, RESET));
}

static void print_rustc(Ctx *c, Diag *d) {
    SourceFile *f = &c->files.data[d->span.file];
    LineCol lc = source_linecol(c, d->span.file, d->span.lo);
    fprintf(stderr, "%s%s[%s]%s%s: %s%s\n", col(c, BOLD_RED), level_name(d->level), d->code,
            col(c, RESET), col(c, BOLD), d->msg, col(c, RESET));
    int maxline = lc.line;
    for (int i = 0; i < d->labels.len; i++) {
        LineCol l = source_linecol(c, d->labels.data[i].span.file,
                                   d->labels.data[i].span.lo);
        if (l.line > maxline)
            maxline = l.line;
    }
    int gw = digits(maxline);
    fprintf(stderr, "%*s%s-->%s %s:%d:%d\n", gw, "", col(c, BOLD_BLUE), col(c, RESET), f->path, lc.line, lc.col);
    fprintf(stderr, "%s%*s |%s\n", col(c, BOLD_BLUE), gw, "", col(c, RESET));
    qsort(d->labels.data, (size_t)d->labels.len, sizeof(DiagLabel), cmp_label);
    int last = 0;
    for (int i = 0; i < d->labels.len; i++)
        put_label(c, &d->labels.data[i], gw, &last);
    if (d->labels.len == 0) {
        DiagLabel l = {d->span, "", true};
        put_label(c, &l, gw, &last);
    }
    if (d->notes.len || d->helps.len)
        fprintf(stderr, "%s%*s |%s\n", col(c, BOLD_BLUE), gw, "", col(c, RESET));
    for (int i = 0; i < d->notes.len; i++)
        fprintf(stderr, "%s%*s =%s %snote%s: %s\n", col(c, BOLD_BLUE), gw, "", col(c, RESET),
                col(c, BOLD), col(c, RESET), d->notes.data[i]);
    for (int i = 0; i < d->helps.len; i++)
        fprintf(stderr, "%s%*s =%s %shelp%s: %s\n", col(c, BOLD_BLUE), gw, "", col(c, RESET),
                col(c, BOLD), col(c, RESET), d->helps.data[i]);
    fputc('\n', stderr);
}

/* ---- json layout ------------------------------------------------------- */

static void json_str(const char *s) {
    fputc('"', stderr);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            fprintf(stderr, "\\%c", ch);
        else if (ch == '\n')
            fputs("\\n", stderr);
        else if (ch < 0x20)
            fprintf(stderr, "\\u%04x", ch);
        else
            fputc(ch, stderr);
    }
    fputc('"', stderr);
}

static void json_span(Ctx *c, Span s, const char *label, bool primary) {
    LineCol a = source_linecol(c, s.file, s.lo);
    LineCol b = source_linecol(c, s.file, s.hi);
    fprintf(stderr, "{\"line\":%d,\"col\":%d,\"end_line\":%d,\"end_col\":%d,"
            "\"primary\":%s,\"label\":", a.line, a.col, b.line, b.col,
            primary ? "true" : "false");
    json_str(label ? label : "");
    fputc('}', stderr);
}

static void print_json(Ctx *c, Diag *d) {
    fprintf(stderr, "{\"level\":\"%s\",\"code\":", level_name(d->level));
    if (d->code)
        json_str(d->code);
    else
        fputs("null", stderr);
    fputs(",\"message\":", stderr);
    json_str(d->msg);
    if (d->span.file >= 0) {
        LineCol lc = source_linecol(c, d->span.file, d->span.lo);
        fputs(",\"file\":", stderr);
        json_str(c->files.data[d->span.file].path);
        fprintf(stderr, ",\"line\":%d,\"col\":%d,\"spans\":[", lc.line, lc.col);
        json_span(c, d->span, "", true);
        for (int i = 0; i < d->labels.len; i++) {
            fputc(',', stderr);
            json_span(c, d->labels.data[i].span, d->labels.data[i].text,
                      d->labels.data[i].primary);
        }
        fputc(']', stderr);
    }
    fputs(",\"notes\":[", stderr);
    for (int i = 0; i < d->notes.len; i++) {
        if (i)
            fputc(',', stderr);
        json_str(d->notes.data[i]);
    }
    fputs("],\"help\":[", stderr);
    for (int i = 0; i < d->helps.len; i++) {
        if (i)
            fputc(',', stderr);
        json_str(d->helps.data[i]);
    }
    fputs("]}\n", stderr);
}

void diag_flush(Ctx *c) {
    int n = c->diags.len;
    if (n == 0)
        return;
    Ordered *o = calloc((size_t)n, sizeof *o);
    if (!o)
        ICE("out of memory");
    for (int i = 0; i < n; i++)
        o[i] = (Ordered){c->diags.data[i], i};
    bool all_remarks = true;
    for (int i = 0; i < n && all_remarks; i++)
        all_remarks = c->diags.data[i]->level == DIAG_REMARK;
    if (!all_remarks)   /* -m lines alone keep their order, as Go prints them */
        qsort(o, (size_t)n, sizeof *o, cmp_pos);
    fflush(stdout);
    int plain_errors = 0;
    for (int i = 0; i < n; i++) {
        Diag *d = o[i].d;
        if (c->opt.json)
            print_json(c, d);
        else if (d->code && d->span.file >= 0)
            print_rustc(c, d);
        else
            print_plain(c, d);
        /* Go's compiler stops after ten errors, saying so at the tenth */
        if (!c->opt.json && !d->code && d->level == DIAG_ERROR && d->span.file >= 0 &&
            ++plain_errors == 10 && i + 1 < n) {
            LineCol lc = source_linecol(c, d->span.file, d->span.lo);
            fprintf(stderr, "%s:%d:%d: too many errors\n", c->files.data[d->span.file].path, lc.line, lc.col);
            break;
        }
    }
    free(o);
    c->diags.len = 0;
    fflush(stderr);
}
