/*
 * quote.c: strconv's Quote, QuoteToASCII, QuoteRune and CanBackquote,
 * with Go's escapes: \a \b \f \n \r \t \v, \xhh for control bytes and
 * invalid UTF-8, \uhhhh / \Uhhhhhhhh for non-printable runes (or, in the
 * ASCII-only forms, for every non-ASCII rune).
 */
#include "lib.h"

static const char hex[] = "0123456789abcdef";

static void put_hex(LibBuf *b, const char *prefix, uint32_t v, int digits) {
    lib_puts(b, prefix);
    for (int s = (digits - 1) * 4; s >= 0; s -= 4)
        lib_putc(b, (uint8_t)hex[v >> s & 0xF]);
}

static void escaped_rune(LibBuf *b, int32_t r, uint8_t quote, bool ascii_only) {
    if (r == quote || r == '\\') {
        lib_putc(b, '\\');
        lib_putc(b, (uint8_t)r);
        return;
    }
    if (ascii_only ? r < 0x80 && lib_is_print(r) : lib_is_print(r)) {
        lib_put_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': lib_puts(b, "\\a"); return;
    case '\b': lib_puts(b, "\\b"); return;
    case '\f': lib_puts(b, "\\f"); return;
    case '\n': lib_puts(b, "\\n"); return;
    case '\r': lib_puts(b, "\\r"); return;
    case '\t': lib_puts(b, "\\t"); return;
    case '\v': lib_puts(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7F) {
        put_hex(b, "\\x", (uint32_t)r, 2);
        return;
    }
    if (lib_rune_len(r) < 0)
        r = LIB_RUNE_ERROR;
    if (r < 0x10000)
        put_hex(b, "\\u", (uint32_t)r, 4);
    else
        put_hex(b, "\\U", (uint32_t)r, 8);
}

void lib_quote(LibBuf *b, const uint8_t *s, int64_t n, uint8_t quote, bool ascii_only) {
    lib_putc(b, quote);
    for (int64_t i = 0; i < n;) {
        int32_t r = s[i];
        int w = r < 0x80 ? 1 : lib_decode_rune(s + i, n - i, &r);
        if (w == 1 && r == LIB_RUNE_ERROR)
            put_hex(b, "\\x", s[i], 2);
        else
            escaped_rune(b, r, quote, ascii_only);
        i += w;
    }
    lib_putc(b, quote);
}

void lib_quote_rune(LibBuf *b, int32_t r, bool ascii_only) {
    if (lib_rune_len(r) < 0)
        r = LIB_RUNE_ERROR;
    lib_putc(b, '\'');
    escaped_rune(b, r, '\'', ascii_only);
    lib_putc(b, '\'');
}

bool lib_can_backquote(const uint8_t *s, int64_t n) {
    for (int64_t i = 0; i < n;) {
        int32_t r = s[i];
        int w = r < 0x80 ? 1 : lib_decode_rune(s + i, n - i, &r);
        i += w;
        if (w > 1) {
            if (r == 0xFEFF)
                return false;
            continue;
        }
        if (r == LIB_RUNE_ERROR || (r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            return false;
    }
    return true;
}

void ml0_strconv_Quote(ml0_string *out, const uint8_t *s, int64_t slen) {
    LibBuf b = {0};
    lib_quote(&b, s, slen, '"', false);
    lib_string(out, b.p, (int64_t)b.len);
    lib_buf_free(&b);
}

void ml0_strconv_QuoteToASCII(ml0_string *out, const uint8_t *s, int64_t slen) {
    LibBuf b = {0};
    lib_quote(&b, s, slen, '"', true);
    lib_string(out, b.p, (int64_t)b.len);
    lib_buf_free(&b);
}

void ml0_strconv_QuoteRune(ml0_string *out, int32_t r) {
    LibBuf b = {0};
    lib_quote_rune(&b, r, false);
    lib_string(out, b.p, (int64_t)b.len);
    lib_buf_free(&b);
}
