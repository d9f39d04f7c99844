/*
 * lexer.re: the ML0 lexer, generated into C by re2c.
 *
 * lex_next returns one token with its span. The source is NUL-terminated:
 * a NUL at the end is end of input, anywhere else an error. Go's semicolon
 * rule is applied here: a newline (or the end of input) after an
 * identifier, a literal, `return`, `break`, `continue`, `)`, `]`, `}`,
 * `++` or `--` yields a TK_SEMI whose v.ival is 1 (an "inserted" one, named
 * "newline" in messages). Number and string bodies are decoded by hand in
 * C, which gives precise messages at precise spans.
 *
 * Invariant: every byte of the input is consumed by exactly one token,
 * skip or error, so the lexer always makes progress.
 */
#include "syntax/syntax.h"
#include "grammar.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void lex_init(Lexer *lx, Ctx *c, int file) {
    SourceFile *f = &c->files.data[file];
    memset(lx, 0, sizeof *lx);
    lx->ctx = c;
    lx->file = file;
    lx->start = f->text;
    lx->cur = f->text;
    lx->lim = f->text + f->len;
}

static Span span_at(Lexer *lx, const char *lo, const char *hi) {
    return (Span){lx->file, (int)(lo - lx->start), (int)(hi - lx->start)};
}

static void lex_error(Lexer *lx, const char *lo, const char *hi, const char *fmt, const char *arg) {
    diag_error(lx->ctx, span_at(lx, lo, hi), fmt, arg);
    lx->failed = true;
    lx->garbled = true;
}

/* go1.19's scanner reports a character outside the language and skips it:
 * the parser goes on (`a > b ? a : b` is two errors). */
static void lex_invalid(Lexer *lx, const char *lo, const char *hi, const char *what) {
    diag_error(lx->ctx, span_at(lx, lo, hi), "%s", what);
    lx->failed = true;
}

static bool needs_semi(int kind) {
    switch (kind) {
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_STRING:
    case TK_RETURN: case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH:
    case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
    case TK_INC: case TK_DEC:
        return true;
    default:
        return false;
    }
}

/* ---- UTF-8 ----------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at p (< lim), or 0 if invalid. */
static int utf8_len(const unsigned char *p, const unsigned char *lim, uint32_t *cp) {
    unsigned c = p[0];
    int n;
    uint32_t v, min;
    if (c < 0x80) { *cp = c; return 1; }
    if ((c & 0xE0) == 0xC0) { n = 2; v = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { n = 3; v = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { n = 4; v = c & 0x07; min = 0x10000; }
    else return 0;
    if (lim - p < n)
        return 0;
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

static void put_utf8(char *out, int *n, uint32_t cp) {
    if (cp < 0x80) {
        out[(*n)++] = (char)cp;
    } else if (cp < 0x800) {
        out[(*n)++] = (char)(0xC0 | (cp >> 6));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out[(*n)++] = (char)(0xE0 | (cp >> 12));
        out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else {
        out[(*n)++] = (char)(0xF0 | (cp >> 18));
        out[(*n)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    }
}

/* ---- comments --------------------------------------------------------- */

/* After the comment opener: skip to the closing; returns whether it held a newline. */
static bool skip_block_comment(Lexer *lx, const char *open) {
    const char *p = lx->cur;
    bool nl = false;
    while (p < lx->lim) {
        if (p[0] == '*' && p[1] == '/') {
            lx->cur = p + 2;
            return nl;
        }
        uint32_t cp;
        int n = utf8_len((const unsigned char *)p, (const unsigned char *)lx->lim, &cp);
        if (n == 0) {
            lex_error(lx, p, p + 1, "invalid UTF-8 encoding%s", "");
            n = 1;
        } else if (cp == 0) {
            lex_error(lx, p, p + 1, "invalid NUL character%s", "");
        }
        nl |= *p == '\n';
        p += n;
    }
    lex_error(lx, open, open + 2, "comment not terminated%s", "");
    lx->cur = lx->lim;
    return nl;
}

static void skip_line_comment(Lexer *lx) {
    const char *p = lx->cur;
    while (p < lx->lim && *p != '\n') {
        uint32_t cp;
        int n = utf8_len((const unsigned char *)p, (const unsigned char *)lx->lim, &cp);
        if (n == 0) {
            lex_error(lx, p, p + 1, "invalid UTF-8 encoding%s", "");
            n = 1;
        } else if (cp == 0) {
            lex_error(lx, p, p + 1, "invalid NUL character%s", "");
        }
        p += n;
    }
    lx->cur = p;
}

/* ---- numbers ---------------------------------------------------------- */

static int digit_value(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return 99;
}

/* An integer literal in [lo, hi): Go's forms, with _ between digits. */
static void lex_int(Lexer *lx, const char *lo, const char *hi, Token *t) {
    const char *p = lo;
    int base = 10;
    if (hi - lo > 1 && p[0] == '0') {
        char b = p[1] | 0x20;
        if (b == 'x') { base = 16; p += 2; }
        else if (b == 'b') { base = 2; p += 2; }
        else if (b == 'o') { base = 8; p += 2; }
        else { base = 8; p += 1; }
    }
    uint64_t v = 0;
    bool any = false, overflow = false, prev_us = base != 10 && p > lo + 1;
    for (; p < hi; p++) {
        if (*p == '_') {
            if (prev_us && p != lo + 2) {
                lex_error(lx, lo, hi, "'_' must separate successive digits%s", "");
                return;
            }
            prev_us = true;
            continue;
        }
        int d = digit_value(*p);
        if (d >= base) {
            lex_error(lx, lo, hi, "invalid digit in number literal '%s'",
                      arena_strndup(&lx->ctx->arena, lo, (size_t)(hi - lo)));
            return;
        }
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            overflow = true;
        v = v * (uint64_t)base + (uint64_t)d;
        any = true;
        prev_us = false;
    }
    if (!any || prev_us) {
        lex_error(lx, lo, hi, "invalid number literal '%s'",
                  arena_strndup(&lx->ctx->arena, lo, (size_t)(hi - lo)));
        return;
    }
    /* wider than int64: sema reads the literal's text exactly (-1 says so) */
    t->v.ival = overflow || v > (uint64_t)INT64_MAX ? -1 : (int64_t)v;
}

static void lex_float(Lexer *lx, const char *lo, const char *hi, Token *t) {
    char *buf = arena_alloc(&lx->ctx->arena, (size_t)(hi - lo) + 1);
    int n = 0;
    for (const char *p = lo; p < hi; p++)
        if (*p != '_')
            buf[n++] = *p;
    buf[n] = 0;
    char *end;
    errno = 0;
    t->v.fval = strtod(buf, &end);
    if (*end)
        lex_error(lx, lo, hi, "invalid number literal '%s'", buf);
}

/* ---- strings ---------------------------------------------------------- */

static int hex_escape(Lexer *lx, const char *p, int ndigits, uint32_t *out) {
    uint32_t v = 0;
    for (int i = 0; i < ndigits; i++) {
        int d = digit_value(p[i]);
        if (d >= 16)
            return 0;
        v = v * 16 + (uint32_t)d;
    }
    *out = v;
    return 1;
}

/* One escape after the backslash at p; appends to out; returns its length
 * (not counting the backslash), or 0 after reporting an error. */
static int lex_escape(Lexer *lx, const char *p, char quote, char *out, int *n) {
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\";
    for (const char *s = simple; *s; s += 2)
        if (*p == s[0]) {
            out[(*n)++] = s[1];
            return 1;
        }
    if (*p == quote) {
        out[(*n)++] = quote;
        return 1;
    }
    uint32_t v;
    if (*p == 'x' && hex_escape(lx, p + 1, 2, &v)) {
        out[(*n)++] = (char)v;
        return 3;
    }
    if ((*p == 'u' && hex_escape(lx, p + 1, 4, &v)) || (*p == 'U' && hex_escape(lx, p + 1, 8, &v))) {
        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
            lex_error(lx, p - 1, p + (*p == 'u' ? 5 : 9), "escape sequence is invalid Unicode code point%s", "");
            return 0;
        }
        put_utf8(out, n, v);
        return *p == 'u' ? 5 : 9;
    }
    if (p[0] >= '0' && p[0] <= '7' && p[1] >= '0' && p[1] <= '7' && p[2] >= '0' && p[2] <= '7') {
        v = (uint32_t)((p[0] - '0') * 64 + (p[1] - '0') * 8 + (p[2] - '0'));
        if (v > 255) {
            lex_error(lx, p - 1, p + 3, "octal escape value > 255%s", "");
            return 0;
        }
        out[(*n)++] = (char)v;
        return 3;
    }
    lex_error(lx, p - 1, p + 1, "unknown escape sequence%s", "");
    return 0;
}

/* After the opening quote at open: a "..." string or a '.' rune. */
static void lex_quoted(Lexer *lx, const char *open, char quote, Token *t) {
    const char *p = lx->cur;
    char *out = arena_alloc(&lx->ctx->arena, (size_t)(lx->lim - p) * 2 + 8);
    int n = 0;
    for (;;) {
        if (p < lx->lim && *p == '\n') {   /* go1.19: at the newline, and the literal ends there */
            lex_invalid(lx, p, p, quote == '"' ? "newline in string" : "newline in rune literal");
            break;
        }
        if (p >= lx->lim) {
            lex_error(lx, open, p, quote == '"' ? "string literal not terminated%s"
                                                 : "rune literal not terminated%s", "");
            break;
        }
        if (*p == quote) {
            p++;
            break;
        }
        if (*p == '\\') {
            int k = lex_escape(lx, p + 1, quote, out, &n);
            p += 1 + (k ? k : 1);
            continue;
        }
        uint32_t cp;
        int k = utf8_len((const unsigned char *)p, (const unsigned char *)lx->lim, &cp);
        if (k == 0 || cp == 0) {
            lex_error(lx, p, p + 1, k ? "invalid NUL character%s" : "invalid UTF-8 encoding%s", "");
            k = 1;
        }
        memcpy(out + n, p, (size_t)k);
        n += k;
        p += k;
    }
    lx->cur = p;
    if (quote == '"') {
        t->v.str = (Str){out, n};
        return;
    }
    uint32_t cp = 0;
    int k = n ? utf8_len((const unsigned char *)out, (const unsigned char *)out + n, &cp) : 0;
    if (n == 0 && p > open + 1 && p[-1] == '\'')      /* go1.19's words, at its positions */
        lex_invalid(lx, p - 1, p, "empty rune literal or unescaped '");
    else if (n == 0 || (k != n && !(n == 1)))
        lex_invalid(lx, open, p, n ? "more than one character in rune literal" : "invalid rune literal");
    t->v.ival = n == 1 ? (unsigned char)out[0] : (int64_t)cp;
}

static void lex_raw(Lexer *lx, const char *open, Token *t) {
    const char *p = lx->cur;
    char *out = arena_alloc(&lx->ctx->arena, (size_t)(lx->lim - p) + 1);
    int n = 0;
    while (p < lx->lim && *p != '`') {
        uint32_t cp;
        int k = utf8_len((const unsigned char *)p, (const unsigned char *)lx->lim, &cp);
        if (k == 0 || cp == 0) {
            lex_error(lx, p, p + 1, k ? "invalid NUL character%s" : "invalid UTF-8 encoding%s", "");
            k = 1;
        }
        for (int i = 0; i < k; i++)
            if (p[i] != '\r')
                out[n++] = p[i];
        p += k;
    }
    if (p >= lx->lim) {
        lex_error(lx, open, open + 1, "raw string literal not terminated%s", "");
        lx->cur = lx->lim;
    } else {
        lx->cur = p + 1;
    }
    t->v.str = (Str){out, n};
}

#define CUR ((const char *)YYCURSOR)

/* ---- the scanner ------------------------------------------------------ */

/* Tokens are written in place (*t), not returned by value: building a
 * struct field by field and then copying it whole stalls the CPU's store
 * forwarding, which was a fifth of the lexer's time. */
static int make(Lexer *lx, int kind, const char *lo, Token *t) {
    t->kind = kind;
    t->span = span_at(lx, lo, lx->cur);
    t->v.ival = 0;
    return kind;
}

static int op_assign(Lexer *lx, const char *lo, Op op, Token *t) {
    make(lx, TK_OPASSIGN, lo, t);
    t->v.ival = op;
    return TK_OPASSIGN;
}

/* The next token, before semicolon insertion. */
static int scan(Lexer *lx, Token *t) {
    for (;;) {
        const char *lo = lx->cur;
        const unsigned char *YYCURSOR = (const unsigned char *)lx->cur, *YYMARKER = YYCURSOR;
        (void)YYMARKER;
        /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;

        dig = [0-9];
        exp = [eE] [+-]? dig [0-9_]*;
        ident = [a-zA-Z_] [a-zA-Z_0-9]*;

        "\x00" {
            lx->cur = CUR;
            if (lo >= lx->lim) { lx->cur = lx->lim; return make(lx, 0, lx->lim, t); }
            lex_error(lx, lo, CUR, "invalid NUL character%s", "");
            continue;
        }
        [ \t\r]+ { lx->cur = CUR; continue; }
        "\n" { lx->cur = CUR; return make(lx, -1, lo, t); }
        "//" { lx->cur = CUR; skip_line_comment(lx); continue; }
        "/*" {
            lx->cur = CUR;
            if (skip_block_comment(lx, lo)) return make(lx, -1, lo, t);
            continue;
        }
        /* Keywords are rules of their own: the longest match wins, and
         * of equally long ones the first, so `format` is an identifier. */
        "break" { lx->cur = CUR; return make(lx, TK_BREAK, lo, t); }
        "const" { lx->cur = CUR; return make(lx, TK_CONST, lo, t); }
        "continue" { lx->cur = CUR; return make(lx, TK_CONTINUE, lo, t); }
        "else" { lx->cur = CUR; return make(lx, TK_ELSE, lo, t); }
        "for" { lx->cur = CUR; return make(lx, TK_FOR, lo, t); }
        "func" { lx->cur = CUR; return make(lx, TK_FUNC, lo, t); }
        "if" { lx->cur = CUR; return make(lx, TK_IF, lo, t); }
        "range" { lx->cur = CUR; return make(lx, TK_RANGE, lo, t); }
        "return" { lx->cur = CUR; return make(lx, TK_RETURN, lo, t); }
        "struct" { lx->cur = CUR; return make(lx, TK_STRUCT, lo, t); }
        "type" { lx->cur = CUR; return make(lx, TK_TYPE, lo, t); }
        "var" { lx->cur = CUR; return make(lx, TK_VAR, lo, t); }
        "mut" { lx->cur = CUR; return make(lx, TK_MUT, lo, t); }
        "package" { lx->cur = CUR; return make(lx, TK_PACKAGE, lo, t); }
        "import" { lx->cur = CUR; return make(lx, TK_IMPORT, lo, t); }
        "interface" { lx->cur = CUR; return make(lx, TK_INTERFACE, lo, t); }
        "switch" { lx->cur = CUR; return make(lx, TK_SWITCH, lo, t); }
        "case" { lx->cur = CUR; return make(lx, TK_CASE, lo, t); }
        "default" { lx->cur = CUR; return make(lx, TK_DEFAULT, lo, t); }
        "goto" { lx->cur = CUR; return make(lx, TK_GOTO, lo, t); }
        "fallthrough" { lx->cur = CUR; return make(lx, TK_FALLTHROUGH, lo, t); }
        "defer" { lx->cur = CUR; return make(lx, TK_DEFER, lo, t); }
        "map" { lx->cur = CUR; return make(lx, TK_MAP, lo, t); }
        "go" | "select" | "chan" {
            lx->cur = CUR;
            return make(lx, TK_UNSUPPORTED, lo, t);
        }
        ident {
            lx->cur = CUR;
            make(lx, TK_IDENT, lo, t);
            t->v.name = intern(lx->ctx, lo, (size_t)(CUR - lo));
            return TK_IDENT;
        }
        /* Floats come first: `1e3` also matches the integer rule, with
         * the same length, and the first of equally long matches wins. */
        dig [0-9_]* "." [0-9_]* exp? | "." dig [0-9_]* exp? | dig [0-9_]* exp
        | "0" [xX] [0-9a-fA-F_]* ("." [0-9a-fA-F_]*)? [pP] [+-]? dig [0-9_]* {
            lx->cur = CUR;
            make(lx, TK_FLOAT, lo, t);
            lex_float(lx, lo, CUR, t);
            return TK_FLOAT;
        }
        dig [0-9a-zA-Z_]* {
            lx->cur = CUR;
            make(lx, TK_INT, lo, t);
            lex_int(lx, lo, CUR, t);
            return TK_INT;
        }
        ["] { lx->cur = CUR; make(lx, TK_STRING, lo, t); lex_quoted(lx, lo, '"', t); t->span = span_at(lx, lo, lx->cur); return TK_STRING; }
        ['] { lx->cur = CUR; make(lx, TK_INT, lo, t); lex_quoted(lx, lo, '\'', t); t->span = span_at(lx, lo, lx->cur); return TK_INT; }
        [`] { lx->cur = CUR; make(lx, TK_STRING, lo, t); lex_raw(lx, lo, t); t->span = span_at(lx, lo, lx->cur); return TK_STRING; }

        "(" { lx->cur = CUR; return make(lx, TK_LPAREN, lo, t); }
        ")" { lx->cur = CUR; return make(lx, TK_RPAREN, lo, t); }
        "[" { lx->cur = CUR; return make(lx, TK_LBRACK, lo, t); }
        "]" { lx->cur = CUR; return make(lx, TK_RBRACK, lo, t); }
        "{" { lx->cur = CUR; return make(lx, TK_LBRACE, lo, t); }
        "}" { lx->cur = CUR; return make(lx, TK_RBRACE, lo, t); }
        "," { lx->cur = CUR; return make(lx, TK_COMMA, lo, t); }
        ";" { lx->cur = CUR; return make(lx, TK_SEMI, lo, t); }
        ":" { lx->cur = CUR; return make(lx, TK_COLON, lo, t); }
        "." { lx->cur = CUR; return make(lx, TK_DOT, lo, t); }
        "..." { lx->cur = CUR; return make(lx, TK_ELLIPSIS, lo, t); }
        ":=" { lx->cur = CUR; return make(lx, TK_DEFINE, lo, t); }
        "=" { lx->cur = CUR; return make(lx, TK_ASSIGN, lo, t); }
        "++" { lx->cur = CUR; return make(lx, TK_INC, lo, t); }
        "--" { lx->cur = CUR; return make(lx, TK_DEC, lo, t); }
        "+" { lx->cur = CUR; return make(lx, TK_ADD, lo, t); }
        "-" { lx->cur = CUR; return make(lx, TK_SUB, lo, t); }
        "*" { lx->cur = CUR; return make(lx, TK_MUL, lo, t); }
        "/" { lx->cur = CUR; return make(lx, TK_DIV, lo, t); }
        "%" { lx->cur = CUR; return make(lx, TK_REM, lo, t); }
        "&" { lx->cur = CUR; return make(lx, TK_AND, lo, t); }
        "|" { lx->cur = CUR; return make(lx, TK_OR, lo, t); }
        "^" { lx->cur = CUR; return make(lx, TK_XOR, lo, t); }
        "<<" { lx->cur = CUR; return make(lx, TK_SHL, lo, t); }
        ">>" { lx->cur = CUR; return make(lx, TK_SHR, lo, t); }
        "&^" { lx->cur = CUR; return make(lx, TK_ANDNOT, lo, t); }
        "&&" { lx->cur = CUR; return make(lx, TK_LAND, lo, t); }
        "||" { lx->cur = CUR; return make(lx, TK_LOR, lo, t); }
        "==" { lx->cur = CUR; return make(lx, TK_EQ, lo, t); }
        "!=" { lx->cur = CUR; return make(lx, TK_NE, lo, t); }
        "<" { lx->cur = CUR; return make(lx, TK_LT, lo, t); }
        "<=" { lx->cur = CUR; return make(lx, TK_LE, lo, t); }
        ">" { lx->cur = CUR; return make(lx, TK_GT, lo, t); }
        ">=" { lx->cur = CUR; return make(lx, TK_GE, lo, t); }
        "!" { lx->cur = CUR; return make(lx, TK_NOT, lo, t); }
        "+=" { lx->cur = CUR; return op_assign(lx, lo, OP_ADD, t); }
        "-=" { lx->cur = CUR; return op_assign(lx, lo, OP_SUB, t); }
        "*=" { lx->cur = CUR; return op_assign(lx, lo, OP_MUL, t); }
        "/=" { lx->cur = CUR; return op_assign(lx, lo, OP_DIV, t); }
        "%=" { lx->cur = CUR; return op_assign(lx, lo, OP_REM, t); }
        "&=" { lx->cur = CUR; return op_assign(lx, lo, OP_AND, t); }
        "|=" { lx->cur = CUR; return op_assign(lx, lo, OP_OR, t); }
        "^=" { lx->cur = CUR; return op_assign(lx, lo, OP_XOR, t); }
        "<<=" { lx->cur = CUR; return op_assign(lx, lo, OP_SHL, t); }
        ">>=" { lx->cur = CUR; return op_assign(lx, lo, OP_SHR, t); }
        "&^=" { lx->cur = CUR; return op_assign(lx, lo, OP_ANDNOT, t); }
        "<-" { lx->cur = CUR; return make(lx, TK_UNSUPPORTED, lo, t); }

        [\x80-\xff] {
            uint32_t cp;
            int n = utf8_len((const unsigned char *)lo, (const unsigned char *)lx->lim, &cp);
            if (n == 0) {
                lx->cur = lo + 1;
                lex_invalid(lx, lo, lo + 1, "invalid UTF-8 encoding");
            } else {
                lx->cur = lo + n;
                char buf[64];
                snprintf(buf, sizeof buf, "invalid character U+%04X '%.*s'", (unsigned)cp, n, lo);
                lex_invalid(lx, lo, lo + n, buf);
            }
            continue;
        }
        * {
            lx->cur = CUR;
            char buf[64];
            unsigned char ch = (unsigned char)*lo;
            if (ch >= 0x20 && ch < 0x7f)
                snprintf(buf, sizeof buf, "invalid character U+%04X '%c'", ch, ch);
            else
                snprintf(buf, sizeof buf, "invalid character U+%04X", ch);
            lex_invalid(lx, lo, CUR, buf);
            continue;
        }
        */
    }
}

void lex_next(Lexer *lx, Token *t) {
    for (;;) {
        int kind = scan(lx, t);
        if (kind == -1) {               /* a newline */
            if (needs_semi(lx->last_kind)) {
                t->kind = TK_SEMI;
                t->v.ival = 1;
                lx->last_kind = TK_SEMI;
                return;
            }
            continue;
        }
        if (kind == 0 && needs_semi(lx->last_kind)) {
            t->kind = TK_SEMI;          /* end of input ends the statement */
            t->v.ival = 1;
            lx->last_kind = TK_SEMI;
            return;
        }
        lx->last_kind = kind;
        return;
    }
}
