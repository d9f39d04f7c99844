/*
 * fmt_format.c: formatting one operand under the current flags, width
 * and precision, as Go's fmt/format.go does: padding counted in runes,
 * zero padding placed after the sign, %x of strings with the space and
 * # flags, %q through strconv's quoting, floats through ftoa.c with
 * Go's handling of NaN/Inf padding and the # flag's kept zeros.
 */
#include "fmt.h"

#include <string.h>

const char fmt_ldigits[] = "0123456789abcdefx";
const char fmt_udigits[] = "0123456789ABCDEFX";

void fmt_clear_flags(Fmt *f) {
    LibBuf *b = f->buf;
    *f = (Fmt){0};
    f->buf = b;
}

static void write_padding(Fmt *f, int64_t n) {
    lib_pad(f->buf, f->zero ? '0' : ' ', n);
}

void fmt_pad(Fmt *f, const uint8_t *s, int64_t n) {
    if (!f->wid_present || f->wid == 0) {
        lib_put(f->buf, s, (size_t)n);
        return;
    }
    int64_t width = f->wid - lib_rune_count(s, n);
    if (!f->minus) {
        write_padding(f, width);
        lib_put(f->buf, s, (size_t)n);
    } else {
        lib_put(f->buf, s, (size_t)n);
        write_padding(f, width);
    }
}

void fmt_pad_cstr(Fmt *f, const char *s) { fmt_pad(f, (const uint8_t *)s, (int64_t)strlen(s)); }

void fmt_boolean(Fmt *f, bool v) { fmt_pad_cstr(f, v ? "true" : "false"); }

/* Integers are built right to left in tmp; %.3d and %03d both ask for
 * leading zeros (with both, the 0 flag is ignored and padding is
 * spaces); # adds 0b / 0 / 0x prefixes; %O adds 0o. */
void fmt_integer(Fmt *f, uint64_t u, int base, bool is_signed, int32_t verb, const char *digits) {
    bool negative = is_signed && (int64_t)u < 0;
    if (negative)
        u = -u;
    int64_t prec = 0;
    if (f->prec_present) {
        prec = f->prec;
        if (prec == 0 && u == 0) {  /* %.0d of 0 prints nothing but padding */
            bool old = f->zero;
            f->zero = false;
            write_padding(f, f->wid);
            f->zero = old;
            return;
        }
    } else if (f->zero && f->wid_present) {
        prec = f->wid;
        if (negative || f->plus || f->space)
            prec--;     /* room for the sign */
    }
    int64_t size = 70 + (prec > 0 ? prec : 0);
    uint8_t small[80];
    LibBuf big = {0};
    uint8_t *tmp = small;
    if (size > (int64_t)sizeof small) {
        lib_pad(&big, 0, size);
        tmp = big.p;
    }
    int64_t i = size;
    do {
        tmp[--i] = (uint8_t)digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    while (i > 0 && prec > size - i)
        tmp[--i] = '0';
    if (f->sharp) {
        switch (base) {
        case 2: tmp[--i] = 'b'; tmp[--i] = '0'; break;
        case 8: if (tmp[i] != '0') tmp[--i] = '0'; break;
        case 16: tmp[--i] = (uint8_t)digits[16]; tmp[--i] = '0'; break;
        }
    }
    if (verb == 'O') {
        tmp[--i] = 'o';
        tmp[--i] = '0';
    }
    if (negative)
        tmp[--i] = '-';
    else if (f->plus)
        tmp[--i] = '+';
    else if (f->space)
        tmp[--i] = ' ';
    bool old = f->zero;     /* zeros were placed above, as precision */
    f->zero = false;
    fmt_pad(f, tmp + i, size - i);
    f->zero = old;
    lib_buf_free(&big);
}

/* %U: U+0041, and with # also the character: U+0041 'A' */
void fmt_unicode(Fmt *f, uint64_t u) {
    LibBuf t = {0};
    int64_t prec = f->prec_present && f->prec > 4 ? f->prec : 4;
    char hexd[20];
    int n = 0;
    uint64_t v = u;
    do {
        hexd[n++] = fmt_udigits[v & 0xF];
        v >>= 4;
    } while (v);
    lib_puts(&t, "U+");
    lib_pad(&t, '0', prec - n);
    while (n)
        lib_putc(&t, (uint8_t)hexd[--n]);
    if (f->sharp && u <= LIB_MAX_RUNE && lib_is_print((int32_t)u)) {
        lib_puts(&t, " '");
        lib_put_rune(&t, (int32_t)u);
        lib_putc(&t, '\'');
    }
    bool old = f->zero;
    f->zero = false;
    fmt_pad(f, t.p, (int64_t)t.len);
    f->zero = old;
    lib_buf_free(&t);
}

void fmt_c(Fmt *f, uint64_t c) {
    int32_t r = c > LIB_MAX_RUNE ? LIB_RUNE_ERROR : (int32_t)c;
    uint8_t e[4];
    fmt_pad(f, e, lib_encode_rune(e, r));
}

void fmt_qc(Fmt *f, uint64_t c) {
    int32_t r = c > LIB_MAX_RUNE ? LIB_RUNE_ERROR : (int32_t)c;
    LibBuf t = {0};
    lib_quote_rune(&t, r, f->plus);
    fmt_pad(f, t.p, (int64_t)t.len);
    lib_buf_free(&t);
}

/* The # flag: force a decimal point and, for %g/%v, keep the zeros up
 * to the precision (6 by default), before any exponent. */
static void sharp_float(LibBuf *num, int32_t verb, int prec) {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
        digits = prec == -1 ? 6 : prec;
    uint8_t tail[8];
    size_t ntail = 0;
    bool has_point = false, nonzero = false;
    for (size_t i = 1; i < num->len; i++) {
        uint8_t c = num->p[i];
        if (c == '.') {
            has_point = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
            ntail = num->len - i;
            memcpy(tail, num->p + i, ntail);
            num->len = i;
            break;
        } else {
            if (c != '0')
                nonzero = true;
            if (nonzero)
                digits--;
        }
    }
    if (!has_point) {
        if (num->len == 2 && num->p[1] == '0')
            digits--;
        lib_putc(num, '.');
    }
    lib_pad(num, '0', digits);
    lib_put(num, tail, ntail);
}

void fmt_float(Fmt *f, double v, int size, int32_t verb, int prec) {
    if (f->prec_present)
        prec = (int)f->prec;
    LibBuf num = {0};
    lib_putc(&num, '+');        /* room for a sign, as Go's intbuf[:1] */
    lib_format_float(&num, v, (char)(verb == 'v' ? 'g' : verb), prec, size);
    uint8_t *s = num.p;
    int64_t n = (int64_t)num.len;
    if (s[1] == '-' || s[1] == '+') {
        s++;
        n--;
    }
    if (f->space && s[0] == '+' && !f->plus)
        s[0] = ' ';
    if (s[1] == 'I' || s[1] == 'N') {   /* no zero padding for Inf, NaN */
        bool old = f->zero;
        f->zero = false;
        if (s[1] == 'N' && !f->space && !f->plus) {
            s++;
            n--;
        }
        fmt_pad(f, s, n);
        f->zero = old;
        lib_buf_free(&num);
        return;
    }
    if (f->sharp && verb != 'b') {
        LibBuf t = {0};
        lib_put(&t, s, (size_t)n);
        lib_buf_free(&num);
        sharp_float(&t, verb, prec);
        num = t;
        s = num.p;
        n = (int64_t)num.len;
    }
    if (f->plus || s[0] != '+') {
        if (f->zero && f->wid_present && f->wid > n) {
            lib_putc(f->buf, s[0]);
            write_padding(f, f->wid - n);
            lib_put(f->buf, s + 1, (size_t)(n - 1));
        } else {
            fmt_pad(f, s, n);
        }
    } else {
        fmt_pad(f, s + 1, n - 1);
    }
    lib_buf_free(&num);
}

/* Precision cuts a string to that many runes. */
static int64_t truncated(const Fmt *f, const uint8_t *s, int64_t n) {
    if (!f->prec_present)
        return n;
    int64_t left = f->prec;
    for (int64_t i = 0; i < n;) {
        if (left-- == 0)
            return i;
        int32_t r;
        i += s[i] < 0x80 ? 1 : lib_decode_rune(s + i, n - i, &r);
    }
    return n;
}

void fmt_s(Fmt *f, const uint8_t *s, int64_t n) { fmt_pad(f, s, truncated(f, s, n)); }

/* %x of a string or []byte: precision counts bytes; ' ' separates
 * bytes (each with its own 0x under #); # alone prefixes one 0x. */
void fmt_sx(Fmt *f, const uint8_t *s, int64_t n, const char *digits) {
    int64_t length = n;
    if (f->prec_present && f->prec < length)
        length = f->prec;
    int64_t width = 2 * length;
    if (width > 0) {
        if (f->space) {
            if (f->sharp)
                width *= 2;
            width += length - 1;
        } else if (f->sharp) {
            width += 2;
        }
    } else {
        if (f->wid_present)
            write_padding(f, f->wid);
        return;
    }
    if (f->wid_present && f->wid > width && !f->minus)
        write_padding(f, f->wid - width);
    LibBuf *b = f->buf;
    if (f->sharp) {
        lib_putc(b, '0');
        lib_putc(b, (uint8_t)digits[16]);
    }
    for (int64_t i = 0; i < length; i++) {
        if (f->space && i > 0) {
            lib_putc(b, ' ');
            if (f->sharp) {
                lib_putc(b, '0');
                lib_putc(b, (uint8_t)digits[16]);
            }
        }
        lib_putc(b, (uint8_t)digits[s[i] >> 4]);
        lib_putc(b, (uint8_t)digits[s[i] & 0xF]);
    }
    if (f->wid_present && f->wid > width && f->minus)
        write_padding(f, f->wid - width);
}

void fmt_q(Fmt *f, const uint8_t *s, int64_t n) {
    n = truncated(f, s, n);
    LibBuf t = {0};
    if (f->sharp && lib_can_backquote(s, n)) {
        lib_putc(&t, '`');
        lib_put(&t, s, (size_t)n);
        lib_putc(&t, '`');
    } else {
        lib_quote(&t, s, n, '"', f->plus);
    }
    fmt_pad(f, t.p, (int64_t)t.len);
    lib_buf_free(&t);
}
