/*
 * diag.c: diagnostics. Passes report errors, warnings and -m remarks into
 * the Ctx; diag_flush sorts them by position (-m remarks alone keep the
 * order they were reported in, as Go prints them) and prints them in one of
 * three layouts:
 *   plain    `file:line:col: error: msg`, Go's related-position lines
 *            (`\tfile:line:col: previous case`), the source line, a caret
 *            line (cproc/chibicc style; remarks are the bare Go -m line);
 *   rustc    `error[E0597]: msg`, ` --> file:line:col`, a numbered gutter
 *            with ^^^ (primary) and --- (secondary) labels, `= note:` and
 *            `= help:` lines: used for diagnostics that carry a code;
 *   json     one object per line in rustc's schema (--diagnostics=json,
 *            diag_json.c).
 * Detection never formats text itself: it records spans and labels here.
 */
#include "base.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* go1.19 (base.ErrorfAt): "only one of multiple equal non-syntax errors
 * per line": a plain error with the last one's text on the last one's line
 * is dropped (`3.14 * r * r` is one "undefined: r"). */
static bool same_as_last(Ctx *c, Diag *d) {
    Diag *l = c->last_error;
    if (!l || d->code || d->span.file < 0 || l->span.file != d->span.file || strcmp(l->msg, d->msg) != 0)
        return false;
    return source_linecol(c, d->span.file, d->span.lo).line == source_linecol(c, l->span.file, l->span.lo).line;
}

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
    if (lv == DIAG_ERROR && !code) {
        if (same_as_last(c, d))
            return d;   /* counted (callers compare counts), never printed */
        c->last_error = d;
    }
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

void diag_remark_flow(Ctx *c, Span at, const char *text) {
    diag_remark_text(c, at, text);
    c->diags.data[c->diags.len - 1]->flow = true;
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

void diag_related(Ctx *c, Diag *d, Span at, const char *fmt, ...) {
    if (c->quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    DiagLabel l = {at, vfmt(c, fmt, ap), false};
    va_end(ap);
    vec_push(&c->arena, &d->related, l);
}

/* The related positions under a message, Go's way: a tab, the position as
 * the primary one is printed, the text. */
static void put_related(Ctx *c, Diag *d, FILE *out) {
    for (int i = 0; i < d->related.len; i++) {
        DiagLabel *l = &d->related.data[i];
        LineCol lc = source_linecol(c, l->span.file, l->span.lo);
        fprintf(out, "\t%s:%d:%d: %s\n", c->files.data[l->span.file].path, lc.line, lc.col, l->text);
    }
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

static void put_caret(Ctx *c, Span s, FILE *out) {
    LineCol lc = source_linecol(c, s.file, s.lo);
    int len;
    const char *line = source_line(c, s.file, lc.line, &len);
    fprintf(out, "%.*s\n", len, line);
    for (int i = 0; i < lc.col - 1 && i < len; i++)
        fputc(line[i] == '\t' ? '\t' : ' ', out);
    int width = s.hi - s.lo;
    if (width < 1 || lc.col - 1 + width > len)
        width = len - (lc.col - 1) > 0 ? len - (lc.col - 1) : 1;
    if (width > 1 && s.hi - s.lo <= 0)
        width = 1;
    fputc('^', out);
    for (int i = 1; i < width; i++)
        fputc('~', out);
    fputc('\n', out);
}

void diag_render_plain(Ctx *c, Diag *d, FILE *out) {
    if (span_is_autogenerated(d->span) && d->level == DIAG_REMARK) {
        fprintf(out, "<autogenerated>:1: %s\n", d->msg);
        return;
    }
    if (d->span.file < 0) {
        fprintf(out, "ml0c: %s: %s\n", level_name(d->level), d->msg);
        return;
    }
    SourceFile *f = &c->files.data[d->span.file];
    LineCol lc = source_linecol(c, d->span.file, d->span.lo);
    if (d->level == DIAG_REMARK) {
        fprintf(out, "%s:%d:%d: %s\n", f->path, lc.line, lc.col, d->msg);
        return;
    }
    bool color = c->opt.color;
    fprintf(out, "%s%s:%d:%d: %s%s:%s %s%s\n", color ? "\033[1m" : "", f->path,
            lc.line, lc.col, color ? "\033[1;31m" : "", level_name(d->level),
            color ? "\033[0;1m" : "", d->msg, color ? "\033[0m" : "");
    put_related(c, d, out);
    put_caret(c, d->span, out);
    for (int i = 0; i < d->notes.len; i++)
        fprintf(out, "note: %s\n", d->notes.data[i]);
    for (int i = 0; i < d->helps.len; i++)
        fprintf(out, "help: %s\n", d->helps.data[i]);
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
static void put_label(Ctx *c, DiagLabel *l, int gw, int *last_line, FILE *out) {
    LineCol lc = source_linecol(c, l->span.file, l->span.lo);
    int len;
    const char *line = source_line(c, l->span.file, lc.line, &len);
    if (lc.line != *last_line) {
        if (*last_line > 0 && lc.line > *last_line + 1)
            fprintf(out, "%s...%s\n", col(c, BOLD_BLUE), col(c, RESET));
        fprintf(out, "%s%*d |%s %.*s\n", col(c, BOLD_BLUE), gw, lc.line, col(c, RESET), len, line);
        *last_line = lc.line;
    }
    fprintf(out, "%s%*s |%s ", col(c, BOLD_BLUE), gw, "", col(c, RESET));
    for (int i = 0; i < lc.col - 1 && i < len; i++)
        fputc(line[i] == '\t' ? '\t' : ' ', out);
    int width = l->span.hi - l->span.lo;
    if (width < 1)
        width = 1;
    if (lc.col - 1 + width > len && len >= lc.col)
        width = len - lc.col + 1;
    fputs(col(c, l->primary ? BOLD_RED : BOLD_BLUE), out);
    for (int i = 0; i < width; i++)
        fputc(l->primary ? '^' : '-', out);
    if (l->text && l->text[0])
        fprintf(out, " %s", l->text);
    fprintf(out, "%s\n", col(c, RESET));
}

void diag_render_rustc(Ctx *c, Diag *d, FILE *out) {
    SourceFile *f = &c->files.data[d->span.file];
    LineCol lc = source_linecol(c, d->span.file, d->span.lo);
    fprintf(out, "%s%s[%s]%s%s: %s%s\n", col(c, BOLD_RED), level_name(d->level), d->code,
            col(c, RESET), col(c, BOLD), d->msg, col(c, RESET));
    int maxline = lc.line;
    for (int i = 0; i < d->labels.len; i++) {
        LineCol l = source_linecol(c, d->labels.data[i].span.file,
                                   d->labels.data[i].span.lo);
        if (l.line > maxline)
            maxline = l.line;
    }
    int gw = digits(maxline);
    fprintf(out, "%*s%s-->%s %s:%d:%d\n", gw, "", col(c, BOLD_BLUE), col(c, RESET), f->path, lc.line, lc.col);
    fprintf(out, "%s%*s |%s\n", col(c, BOLD_BLUE), gw, "", col(c, RESET));
    qsort(d->labels.data, (size_t)d->labels.len, sizeof(DiagLabel), cmp_label);
    int last = 0;
    for (int i = 0; i < d->labels.len; i++)
        put_label(c, &d->labels.data[i], gw, &last, out);
    if (d->labels.len == 0) {
        DiagLabel l = {d->span, "", true};
        put_label(c, &l, gw, &last, out);
    }
    if (d->notes.len || d->helps.len || d->related.len)
        fprintf(out, "%s%*s |%s\n", col(c, BOLD_BLUE), gw, "", col(c, RESET));
    for (int i = 0; i < d->related.len; i++) {
        DiagLabel *l = &d->related.data[i];
        LineCol rl = source_linecol(c, l->span.file, l->span.lo);
        fprintf(out, "%s%*s =%s %snote%s: %s:%d:%d: %s\n", col(c, BOLD_BLUE), gw, "", col(c, RESET),
                col(c, BOLD), col(c, RESET), c->files.data[l->span.file].path, rl.line, rl.col, l->text);
    }
    for (int i = 0; i < d->notes.len; i++)
        fprintf(out, "%s%*s =%s %snote%s: %s\n", col(c, BOLD_BLUE), gw, "", col(c, RESET),
                col(c, BOLD), col(c, RESET), d->notes.data[i]);
    for (int i = 0; i < d->helps.len; i++)
        fprintf(out, "%s%*s =%s %shelp%s: %s\n", col(c, BOLD_BLUE), gw, "", col(c, RESET),
                col(c, BOLD), col(c, RESET), d->helps.data[i]);
    fputc('\n', out);
}

/* The human layout of one diagnostic: rustc's for coded ones, else plain. */
void diag_render(Ctx *c, Diag *d, FILE *out) {
    if (d->code && d->span.file >= 0)
        diag_render_rustc(c, d, out);
    else
        diag_render_plain(c, d, out);
}

/* Whether d is printed: -json=0,DIR raises the -m level to get the flows
 * it logs, and the lines the user did not ask for are not shown. */
static bool shown(Ctx *c, Diag *d) {
    if (d->level != DIAG_REMARK || c->opt.m_asked >= c->opt.m_level)
        return true;
    return c->opt.m_asked > 0 && !d->flow;
}

/* go1.19's last line when it gives up: `file:line:col: too many errors`. */
const char *diag_too_many_line(Ctx *c, Span at) {
    LineCol lc = source_linecol(c, at.file, at.lo);
    const char *path = c->files.data[at.file].path;
    int n = snprintf(NULL, 0, "%s:%d:%d: too many errors\n", path, lc.line, lc.col);
    char *m = arena_alloc(&c->arena, (size_t)n + 1);
    snprintf(m, (size_t)n + 1, "%s:%d:%d: too many errors\n", path, lc.line, lc.col);
    return m;
}

void diag_flush(Ctx *c) {
    int n = c->diags.len;
    if (n == 0 && !c->opt.go_json_dir)
        return;
    Ordered *o = calloc((size_t)n + 1, sizeof *o);
    Diag **sorted = calloc((size_t)n + 1, sizeof *sorted);
    if (!o || !sorted)
        ICE("out of memory");
    for (int i = 0; i < n; i++)
        o[i] = (Ordered){c->diags.data[i], i};
    bool all_remarks = true;
    for (int i = 0; i < n && all_remarks; i++)
        all_remarks = c->diags.data[i]->level == DIAG_REMARK;
    if (!all_remarks)   /* -m lines alone keep their order, as Go prints them */
        qsort(o, (size_t)n, sizeof *o, cmp_pos);
    for (int i = 0; i < n; i++)
        sorted[i] = o[i].d;
    if (c->opt.go_json_dir && c->files.len && !c->nerrors)
        diag_write_go_json(c, NULL, 0); /* no report step ran: an empty log */
    fflush(stdout);
    int plain_errors = 0;
    for (int i = 0; i < n; i++) {
        Diag *d = sorted[i];
        if (!shown(c, d))
            continue;
        if (c->opt.json)
            diag_render_json(c, d, stderr);
        else
            diag_render(c, d, stderr);
        /* Go's compiler stops at the tenth error, saying so, also when
           it is the last one (base.ErrorfAt); the JSON form stops at the
           same one, with the same line as a last entry */
        if (!d->code && d->level == DIAG_ERROR && d->span.file >= 0 && ++plain_errors == 10) {
            if (c->opt.json)
                diag_json_too_many(c, d->span, stderr);
            else
                fputs(diag_too_many_line(c, d->span), stderr);
            break;
        }
    }
    free(o);
    free(sorted);
    c->diags.len = 0;
    fflush(stderr);
}
