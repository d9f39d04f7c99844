/*
 * diag_json.c: --diagnostics=json, one diagnostic per line in exactly the
 * schema of rustc's --error-format=json, so the tools that read rustc
 * (cargo's `Diagnostic` type, editors, graders, rust-analyzer's flycheck)
 * read ml0c unchanged:
 *
 *   {"$message_type":"diagnostic","message":..,"code":{"code":"E0382",
 *    "explanation":..}|null,"level":"error"|"warning"|"note",
 *    "spans":[{"file_name","byte_start","byte_end","line_start","line_end",
 *              "column_start","column_end","is_primary",
 *              "text":[{"text","highlight_start","highlight_end"}],
 *              "label","suggested_replacement","suggestion_applicability",
 *              "expansion"}],
 *    "children":[{..same without $message_type, "rendered":null}],
 *    "rendered":"the human rendering"}
 *
 * Byte offsets count from 0, lines and columns from 1, and column_end is
 * one past the last byte, as rustc's. Each span appears once: the
 * diagnostic's own span is added as the primary one only when no label
 * already is. Notes and help lines become children; a related position
 * (Go's `\tfile:line:col: previous case` line) is a child note with that
 * one span, first among the children. -m decisions have
 * level "note". Where the human form stops at the tenth error with Go's
 * `file:line:col: too many errors`, the JSON stops too, with that line as
 * a last entry (level "error", no code, the tenth error's span), as rustc
 * closes with an "aborting due to N previous errors" entry. Strings are escaped so the output is valid JSON whatever
 * the bytes in a file name or a source line.
 */
#define _POSIX_C_SOURCE 200809L
#include "base.h"

#include <stdlib.h>
#include <string.h>

/* Length of the UTF-8 sequence at s (at most n bytes), 0 if invalid. */
static int utf8_len(const unsigned char *s, size_t n) {
    int len = s[0] < 0x80 ? 1 : (s[0] >> 5) == 6 ? 2 : (s[0] >> 4) == 14 ? 3 : (s[0] >> 3) == 30 ? 4 : 0;
    if (len == 0 || (size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((len == 2 && s[0] < 0xC2) || (len == 3 && s[0] == 0xE0 && s[1] < 0xA0) ||
        (len == 3 && s[0] == 0xED && s[1] >= 0xA0) || (len == 4 && s[0] == 0xF0 && s[1] < 0x90) ||
        (len == 4 && s[0] > 0xF4) || (len == 4 && s[0] == 0xF4 && s[1] >= 0x90))
        return 0;               /* overlong, surrogate, or past U+10FFFF */
    return len;
}

void json_put_string(FILE *out, const char *str, size_t n) {
    const unsigned char *s = (const unsigned char *)str;
    fputc('"', out);
    for (size_t i = 0; i < n;) {
        unsigned char ch = s[i];
        int len = utf8_len(s + i, n - i);
        if (len == 0) {
            fputs("\\ufffd", out);      /* not UTF-8: the replacement character */
            i++;
            continue;
        }
        if (ch == '"' || ch == '\\')
            fprintf(out, "\\%c", ch);
        else if (ch == '\n')
            fputs("\\n", out);
        else if (ch == '\t')
            fputs("\\t", out);
        else if (ch < 0x20 || ch == 0x7f)
            fprintf(out, "\\u%04x", ch);
        else
            fwrite(s + i, 1, (size_t)len, out);
        i += (size_t)len;
    }
    fputc('"', out);
}

static void put_str(FILE *out, const char *s) {
    if (s)
        json_put_string(out, s, strlen(s));
    else
        fputs("null", out);
}

/* What each code means, in a sentence (rustc's --explain has pages). */
static const char *explanation(const char *code) {
    static const char *const table[][2] = {
        {"E0106", "A reference in a function's result needs to say which parameter it borrows from; "
                  "ML0 infers it, and reports this when no parameter can be the source."},
        {"E0382", "A value was used after it was moved elsewhere; after a move only the new owner may use it."},
        {"E0499", "A value was borrowed exclusively (&mut) twice at the same time."},
        {"E0502", "A value was borrowed exclusively while a shared borrow of it was still in use, or the reverse."},
        {"E0503", "A value was used while an exclusive borrow of it was still in use."},
        {"E0505", "A value was moved out while a borrow of it was still in use."},
        {"E0506", "A value was assigned to while a borrow of it was still in use."},
        {"E0507", "A value was moved out of a place behind a borrow, which does not own it."},
        {"E0515", "A function returned a reference to a value owned by the function itself, which dies on return."},
        {"E0594", "A place was assigned through a shared borrow, which allows only reads."},
        {"E0597", "A borrow was still in use after the value it borrows went out of scope."},
        {"E0716", "A temporary value was dropped at the end of its statement while a borrow of it was still in use."},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i][0], code) == 0)
            return table[i][1];
    return NULL;
}

static void put_code(FILE *out, const char *code) {
    if (!code) {
        fputs("null", out);
        return;
    }
    fputs("{\"code\":", out);
    put_str(out, code);
    fputs(",\"explanation\":", out);
    put_str(out, explanation(code));
    fputc('}', out);
}

/* The source lines a span covers, each with the highlighted columns. */
static void put_span_text(Ctx *c, Span s, LineCol a, LineCol b, FILE *out) {
    fputc('[', out);
    for (int line = a.line; line <= b.line; line++) {
        int len;
        const char *text = source_line(c, s.file, line, &len);
        if (!text)
            break;
        int hs = line == a.line ? a.col : 1;
        int he = line == b.line ? b.col : len + 1;
        fputs(line == a.line ? "{\"text\":" : ",{\"text\":", out);
        json_put_string(out, text, (size_t)len);
        fprintf(out, ",\"highlight_start\":%d,\"highlight_end\":%d}", hs, he);
    }
    fputc(']', out);
}

static void put_span(Ctx *c, Span s, const char *label, bool primary, FILE *out) {
    LineCol a = source_linecol(c, s.file, s.lo);
    LineCol b = source_linecol(c, s.file, s.hi > s.lo ? s.hi : s.lo);
    fputs("{\"file_name\":", out);
    put_str(out, c->files.data[s.file].path);
    fprintf(out, ",\"byte_start\":%d,\"byte_end\":%d,\"line_start\":%d,\"line_end\":%d,"
            "\"column_start\":%d,\"column_end\":%d,\"is_primary\":%s,\"text\":",
            s.lo, s.hi > s.lo ? s.hi : s.lo, a.line, b.line, a.col, b.col, primary ? "true" : "false");
    put_span_text(c, s, a, b, out);
    fputs(",\"label\":", out);
    put_str(out, label && *label ? label : NULL);
    fputs(",\"suggested_replacement\":null,\"suggestion_applicability\":null,\"expansion\":null}", out);
}

static void put_spans(Ctx *c, Diag *d, FILE *out) {
    fputc('[', out);
    if (d->span.file < 0) {
        fputc(']', out);
        return;
    }
    bool has_primary = false;
    for (int i = 0; i < d->labels.len; i++)
        has_primary |= d->labels.data[i].primary;
    int n = 0;
    if (!has_primary) {
        put_span(c, d->span, NULL, true, out);
        n++;
    }
    for (int i = 0; i < d->labels.len; i++) {
        DiagLabel *l = &d->labels.data[i];
        if (l->span.file < 0)
            continue;
        if (n++)
            fputc(',', out);
        put_span(c, l->span, l->text, l->primary, out);
    }
    fputc(']', out);
}

static void put_child(FILE *out, const char *level, const char *msg) {
    fputs("{\"message\":", out);
    put_str(out, msg);
    fprintf(out, ",\"code\":null,\"level\":\"%s\",\"spans\":[],\"children\":[],\"rendered\":null}", level);
}

/* A related position: a child note with its one span, as rustc writes a
 * note that points somewhere ("previous case"). */
static void put_related_child(Ctx *c, DiagLabel *l, FILE *out) {
    fputs("{\"message\":", out);
    put_str(out, l->text);
    fputs(",\"code\":null,\"level\":\"note\",\"spans\":[", out);
    put_span(c, l->span, NULL, true, out);
    fputs("],\"children\":[],\"rendered\":null}", out);
}

static const char *json_level(DiagLevel lv) {
    switch (lv) {
    case DIAG_ERROR: return "error";
    case DIAG_WARNING: return "warning";
    case DIAG_NOTE: return "note";
    case DIAG_REMARK: return "note";
    }
    return "error";
}

/* The human rendering, as rustc's "rendered" (no colours). */
static void put_rendered(Ctx *c, Diag *d, FILE *out) {
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem) {
        fputs("null", out);
        return;
    }
    bool color = c->opt.color;
    c->opt.color = false;
    diag_render(c, d, mem);
    c->opt.color = color;
    fclose(mem);
    json_put_string(out, buf, len);
    free(buf);
}

void diag_render_json(Ctx *c, Diag *d, FILE *out) {
    fputs("{\"$message_type\":\"diagnostic\",\"message\":", out);
    put_str(out, d->msg);
    fputs(",\"code\":", out);
    put_code(out, d->code);
    fprintf(out, ",\"level\":\"%s\",\"spans\":", json_level(d->level));
    put_spans(c, d, out);
    fputs(",\"children\":[", out);
    int n = 0;
    for (int i = 0; i < d->related.len; i++, n++) {
        if (n)
            fputc(',', out);
        put_related_child(c, &d->related.data[i], out);
    }
    for (int i = 0; i < d->notes.len; i++, n++) {
        if (n)
            fputc(',', out);
        put_child(out, "note", d->notes.data[i]);
    }
    for (int i = 0; i < d->helps.len; i++, n++) {
        if (n)
            fputc(',', out);
        put_child(out, "help", d->helps.data[i]);
    }
    fputs("],\"rendered\":", out);
    put_rendered(c, d, out);
    fputs("}\n", out);
}

void diag_json_too_many(Ctx *c, Span at, FILE *out) {
    fputs("{\"$message_type\":\"diagnostic\",\"message\":\"too many errors\",\"code\":null,"
          "\"level\":\"error\",\"spans\":[", out);
    put_span(c, at, NULL, true, out);
    fputs("],\"children\":[],\"rendered\":", out);
    put_str(out, diag_too_many_line(c, at));
    fputs("}\n", out);
}
