/*
 * source.c: source files, their line tables, and span -> line/column.
 *
 * A loaded file's text is NUL-terminated (the lexer's sentinel) with a few
 * bytes of padding. Columns count bytes from 1, as Go's compiler does.
 */
#include "base.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

const Span NO_SPAN = {-1, 0, 0};

/* The line table, built on first need (a diagnostic): most runs never
 * ask for a line. */
static void need_lines(Ctx *c, SourceFile *f) {
    if (f->line_starts)
        return;
    int n = 1;
    for (int i = 0; i < f->len; i++)
        n += f->text[i] == '\n';
    f->line_starts = arena_alloc(&c->arena, sizeof(int) * (size_t)n);
    f->nlines = 0;
    f->line_starts[f->nlines++] = 0;
    for (int i = 0; i < f->len; i++)
        if (f->text[i] == '\n')
            f->line_starts[f->nlines++] = i + 1;
}

/* The dialect of a file named `path`: --dialect when given, else Go for
 * a name ending in ".go" (standard input, "<stdin>", is ML0). */
static Dialect dialect_of(Ctx *c, const char *path) {
    if (c->opt.dialect != DIALECT_AUTO)
        return c->opt.dialect;
    size_t n = strlen(path);
    return n > 3 && strcmp(path + n - 3, ".go") == 0 ? DIALECT_GO : DIALECT_ML0;
}

bool source_is_go(Ctx *c, int file) {
    if (file < 0)
        file = 0;
    return file < c->files.len && c->files.data[file].dialect == DIALECT_GO;
}

/* Register text (arena memory with 8 zero bytes after len: the lexer's
 * sentinel) as a file. */
static int add_file(Ctx *c, const char *path, const char *text, int len) {
    SourceFile f = {0};
    f.path = arena_strdup(&c->arena, path);
    const char *slash = strrchr(f.path, '/');
    f.name = slash ? slash + 1 : f.path;
    f.text = text;
    f.len = len;
    f.dialect = dialect_of(c, path);
    vec_push(&c->arena, &c->files, f);
    return c->files.len - 1;
}

int source_add(Ctx *c, const char *path, const char *text, int len) {
    char *buf = arena_alloc(&c->arena, (size_t)len + 8);
    memcpy(buf, text, (size_t)len);
    memset(buf + len, 0, 8);    /* the lexer's sentinel */
    return add_file(c, path, buf, len);
}

/* A diagnostic without a span (so --diagnostics=json renders it too). */
static void load_error(Ctx *c, const char *path, const char *why) {
    diag_error(c, NO_SPAN, "cannot read '%s': %s", path, why);
}

/* `-` is standard input, named <stdin> in diagnostics (as gcc and clang). */
int source_load(Ctx *c, const char *path) {
    bool is_stdin = strcmp(path, "-") == 0;
    struct stat st;
    if (is_stdin ? fstat(0, &st) != 0 : stat(path, &st) != 0) {
        load_error(c, path, strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        load_error(c, path, "is a directory");
        return -1;
    }
    if (st.st_size > (1 << 28)) {
        load_error(c, path, "file too large (limit 256 MiB)");
        return -1;
    }
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    if (!fp) {
        load_error(c, path, strerror(errno));
        return -1;
    }
    /* The compiler's data grows with the source, about 70 bytes a byte of
     * it: expecting half that, the arena's chunks are big from the start
     * (and mapped ahead on the helper thread) without overshooting. */
    c->arena.expect = (size_t)st.st_size * 32;
    /* Read in chunks: st_size is only a hint (pipes, /proc files). */
    size_t cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096, len = 0;
    char *buf = arena_alloc(&c->arena, cap + 8);     /* + the zero sentinel */
    for (;;) {
        if (len == cap) {
            char *nb = arena_alloc(&c->arena, cap * 2 + 8);
            memcpy(nb, buf, len);
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - len, fp);
        len += got;
        if (got == 0)
            break;
        if (len > (1u << 28)) {
            if (!is_stdin)
                fclose(fp);
            load_error(c, path, "file too large (limit 256 MiB)");
            return -1;
        }
    }
    bool bad = ferror(fp);
    if (!is_stdin)
        fclose(fp);
    if (bad) {
        load_error(c, path, "read error");
        return -1;
    }
    return add_file(c, is_stdin ? "<stdin>" : path, buf, (int)len);
}

LineCol source_linecol(Ctx *c, int file, int offset) {
    LineCol lc = {0, 0};
    if (file < 0 || file >= c->files.len)
        return lc;
    SourceFile *f = &c->files.data[file];
    need_lines(c, f);
    int lo = 0, hi = f->nlines - 1;
    while (lo < hi) {   /* last line start <= offset */
        int mid = (lo + hi + 1) / 2;
        if (f->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    lc.line = lo + 1;
    lc.col = offset - f->line_starts[lo] + 1;
    return lc;
}

const char *source_line(Ctx *c, int file, int line, int *len) {
    SourceFile *f = &c->files.data[file];
    need_lines(c, f);
    if (line < 1 || line > f->nlines) {
        *len = 0;
        return "";
    }
    int start = f->line_starts[line - 1];
    int end = start;
    while (end < f->len && f->text[end] != '\n')
        end++;
    if (end > start && f->text[end - 1] == '\r')
        end--;
    *len = end - start;
    return f->text + start;
}

/* The length of the string, raw string or rune literal starting at
 * text[i] (its quote), so that source_text copies it verbatim. */
static int literal_len(const char *text, int i, int hi) {
    char q = text[i];
    int j = i + 1;
    while (j < hi && text[j] != q) {
        if (q != '`' && text[j] == '\\')
            j++;
        j++;
    }
    return (j < hi ? j + 1 : hi) - i;
}

/* Runs of white space fold to one blank, outside literals: go1.19 prints
 * `"a  b" + x` with the literal as written. */
const char *source_text(Ctx *c, Span s) {
    if (s.file < 0)
        return "?";
    SourceFile *f = &c->files.data[s.file];
    char *out = arena_alloc(&c->arena, (size_t)(s.hi > s.lo ? s.hi - s.lo : 0) + 1);
    int n = 0;
    bool space = false;
    int hi = s.hi < f->len ? s.hi : f->len;
    for (int i = s.lo; i < hi; i++) {
        char ch = f->text[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            space = true;
            continue;
        }
        if (space && n)
            out[n++] = ' ';
        space = false;
        if (ch == '"' || ch == '`' || ch == '\'') {
            int len = literal_len(f->text, i, hi);
            memcpy(out + n, f->text + i, (size_t)len);
            n += len;
            i += len - 1;
            continue;
        }
        out[n++] = ch;
    }
    out[n] = 0;
    return out;
}
