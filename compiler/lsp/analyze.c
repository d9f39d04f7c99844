/*
 * analyze.c: the analyses behind the server. The document's current text is
 * written to a private temporary directory under its own file name, and
 * this ml0c (/proc/self/exe) checks it with --diagnostics=json (rustc's
 * schema, one object a line): errors become LSP Errors, warnings Warnings,
 * and -m's escape decisions Information, all at their primary span (LSP
 * counts lines and characters from 0). Hover runs `check --explain NAME`.
 * Go-to-definition reads the text: the declaration is the first place the
 * name is introduced (func, type, var, const, a parameter, or `:=`).
 */
#define _POSIX_C_SOURCE 200809L
#include "codegen/codegen.h"
#include "lsp/lsp.h"

#include <ctype.h>
#include <fcntl.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* The document's base name, from its URI. */
static const char *base_name(const char *uri) {
    const char *s = strrchr(uri, '/');
    s = s ? s + 1 : uri;
    return *s ? s : "doc.ml0";
}

/* Runs `ml0c check ARGS... FILE` on the text; returns its stderr. */
static char *run_check(LspDoc *d, const char **args, int nargs) {
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/ml0c-lsp-XXXXXX", cg_tmpdir());
    if (!mkdtemp(dir))
        return NULL;
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, base_name(d->uri));
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(d->text ? d->text : "", f);
        fclose(f);
    }
    int fds[2];
    char *out = NULL;
    if (f && pipe(fds) == 0) {
        pid_t pid = fork();
        if (pid == 0) {
            const char *argv[16] = {"ml0c", "check", "--diagnostics=json"};
            int n = 3;
            for (int i = 0; i < nargs && n < 14; i++)
                argv[n++] = args[i];
            argv[n++] = path;
            argv[n] = NULL;
            dup2(fds[1], 2);
            int null = open("/dev/null", O_WRONLY);
            dup2(null, 1);
            close(fds[0]);
            execv("/proc/self/exe", (char **)argv);
            _exit(127);
        }
        close(fds[1]);
        size_t len = 0, cap = 8192;
        out = malloc(cap);
        ssize_t got;
        while (out && (got = read(fds[0], out + len, cap - len - 1)) > 0)
            if ((len += (size_t)got) + 1 == cap)
                out = realloc(out, cap *= 2);
        if (out)
            out[len] = 0;
        close(fds[0]);
        while (pid > 0 && waitpid(pid, NULL, 0) < 0 && errno == EINTR)
            ;
    }
    unlink(path);
    rmdir(dir);
    return out;
}

static cJSON *position(int line, int character) {
    cJSON *p = cJSON_CreateObject();
    cJSON_AddNumberToObject(p, "line", line);
    cJSON_AddNumberToObject(p, "character", character);
    return p;
}

static cJSON *range(int l1, int c1, int l2, int c2) {
    cJSON *r = cJSON_CreateObject();
    cJSON_AddItemToObject(r, "start", position(l1, c1));
    cJSON_AddItemToObject(r, "end", position(l2, c2));
    return r;
}

static int num(const cJSON *o, const char *k) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsNumber(v) ? v->valueint : 0;
}

/* One rustc-schema diagnostic as an LSP one, or NULL (no span). */
static cJSON *to_lsp(const cJSON *d) {
    const cJSON *spans = cJSON_GetObjectItemCaseSensitive(d, "spans"), *sp, *primary = NULL;
    cJSON_ArrayForEach(sp, spans)
        if (!primary && cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(sp, "is_primary")))
            primary = sp;
    const char *level = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(d, "level"));
    const char *msg = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(d, "message"));
    if (!primary || !level || !msg)
        return NULL;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "range", range(num(primary, "line_start") - 1, num(primary, "column_start") - 1,
                                            num(primary, "line_end") - 1, num(primary, "column_end") - 1));
    bool remark = strcmp(level, "note") == 0;
    cJSON_AddNumberToObject(o, "severity", strcmp(level, "error") == 0 ? 1 : remark ? 3 : 2);
    const char *code = cJSON_GetStringValue(
        cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(d, "code"), "code"));
    if (code)
        cJSON_AddStringToObject(o, "code", code);
    cJSON_AddStringToObject(o, "source", remark ? "ml0c escape analysis" : "ml0c");
    cJSON_AddStringToObject(o, "message", msg);
    return o;
}

cJSON *lsp_diagnostics(LspDoc *d) {
    const char *args[2] = {"-m", "--borrowck"};
    char *out = run_check(d, args, d->borrowck ? 2 : 1);
    cJSON *list = cJSON_CreateArray();
    for (char *line = out, *nl; line && *line; line = nl ? nl + 1 : NULL) {
        nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        cJSON *j = cJSON_Parse(line);
        cJSON *o = j ? to_lsp(j) : NULL;
        if (o)
            cJSON_AddItemToArray(list, o);
        cJSON_Delete(j);
        if (!nl)
            break;
    }
    free(out);
    return list;
}

/* ---- the identifier under the cursor ----------------------------------- */

static const char *line_at(const char *text, int line) {
    for (int i = 0; text && i < line; i++) {
        text = strchr(text, '\n');
        if (text)
            text++;
    }
    return text;
}

static bool ident_char(char ch) { return isalnum((unsigned char)ch) || ch == '_'; }

static char *word_at(LspDoc *d, int line, int character) {
    const char *l = line_at(d->text, line);
    if (!l)
        return NULL;
    int len = (int)(strchr(l, '\n') ? strchr(l, '\n') - l : (long)strlen(l));
    if (character > len)
        return NULL;
    int a = character, b = character;
    while (a > 0 && ident_char(l[a - 1]))
        a--;
    while (b < len && ident_char(l[b]))
        b++;
    if (a == b || isdigit((unsigned char)l[a]))
        return NULL;
    char *w = malloc((size_t)(b - a) + 1);
    memcpy(w, l + a, (size_t)(b - a));
    w[b - a] = 0;
    return w;
}

char *lsp_hover(LspDoc *d, int line, int character) {
    char *w = word_at(d, line, character);
    if (!w)
        return NULL;
    const char *args[2] = {"--explain", w};
    char *out = run_check(d, args, 2);
    size_t cap = 256, len = 0;
    char *text = calloc(1, cap);
    for (char *ln = out, *nl; ln && *ln; ln = nl ? nl + 1 : NULL) {
        nl = strchr(ln, '\n');
        if (nl)
            *nl = 0;
        cJSON *j = cJSON_Parse(ln);
        const char *lv = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(j, "level"));
        const char *m = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(j, "message"));
        if (lv && m && strcmp(lv, "note") == 0) {
            size_t n = strlen(m);
            while (len + n + 2 >= cap)
                text = realloc(text, cap *= 2);
            len += (size_t)sprintf(text + len, "%s%s", len ? "\n" : "", m);
        }
        cJSON_Delete(j);
        if (!nl)
            break;
    }
    free(out);
    free(w);
    if (len == 0) {
        free(text);
        return NULL;
    }
    return text;
}

/* ---- go to definition ---------------------------------------------------- */

/* Whether the occurrence of w at s (inside line l) introduces it. */
static bool introduces(const char *l, const char *s, size_t n) {
    static const char *kw[] = {"func ", "type ", "var ", "const "};
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++) {
        size_t k = strlen(kw[i]);
        if (s - l >= (long)k && strncmp(s - k, kw[i], k) == 0)
            return true;
    }
    if (s - l >= 2 && strncmp(s - 2, ") ", 2) == 0 && strncmp(l, "func (", 6) == 0)
        return true;                            /* a method name */
    const char *after = s + n;
    while (*after == ' ' || *after == ',' || ident_char(*after))
        after++;
    if (strncmp(after, ":=", 2) == 0)
        return true;
    /* a parameter: inside the parentheses of a func header, before a type */
    const char *func = strstr(l, "func");
    const char *open = func ? strchr(func, '(') : NULL;
    const char *close = open ? strchr(open, ')') : NULL;
    return open && s > open && (!close || s < close) && s[n] == ' ';
}

cJSON *lsp_definition(LspDoc *d, int line, int character) {
    char *w = word_at(d, line, character);
    if (!w)
        return NULL;
    size_t n = strlen(w);
    cJSON *loc = NULL;
    int ln = 0;
    for (const char *l = d->text; l && *l && !loc; ln++) {
        const char *end = strchr(l, '\n');
        for (const char *s = strstr(l, w); s && (!end || s < end); s = strstr(s + 1, w)) {
            if ((s > l && ident_char(s[-1])) || ident_char(s[n]))
                continue;
            if (introduces(l, s, n)) {
                loc = cJSON_CreateObject();
                cJSON_AddStringToObject(loc, "uri", d->uri);
                cJSON_AddItemToObject(loc, "range", range(ln, (int)(s - l), ln, (int)(s - l + (long)n)));
                break;
            }
        }
        l = end ? end + 1 : NULL;
    }
    free(w);
    return loc;
}
