/*
 * fmt.h: private to fmt_format.c and fmt_print.c, the two halves of Go's
 * fmt as Go splits them: Fmt formats one operand (padding, signs, bases,
 * precision: Go's fmt/format.go), Printer walks values by their type
 * descriptor and parses the format string (fmt/print.go).
 */
#ifndef ML0_LIB_FMT_H
#define ML0_LIB_FMT_H

#include "lib.h"

typedef struct Fmt {
    LibBuf *buf;
    int64_t wid, prec;
    bool wid_present, prec_present;
    bool minus, plus, sharp, space, zero;
    bool plus_v, sharp_v;   /* %+v, %#v: plus/sharp moved here by 'v' */
} Fmt;

void fmt_clear_flags(Fmt *f);
void fmt_pad(Fmt *f, const uint8_t *s, int64_t n);     /* width in runes */
void fmt_pad_cstr(Fmt *f, const char *s);
void fmt_boolean(Fmt *f, bool v);
/* digits: "0123456789abcdefx" or "0123456789ABCDEFX" */
void fmt_integer(Fmt *f, uint64_t u, int base, bool is_signed, int32_t verb, const char *digits);
void fmt_unicode(Fmt *f, uint64_t u);
void fmt_c(Fmt *f, uint64_t c);
void fmt_qc(Fmt *f, uint64_t c);
void fmt_float(Fmt *f, double v, int size, int32_t verb, int prec);
void fmt_s(Fmt *f, const uint8_t *s, int64_t n);
void fmt_sx(Fmt *f, const uint8_t *s, int64_t n, const char *digits);
void fmt_q(Fmt *f, const uint8_t *s, int64_t n);

extern const char fmt_ldigits[], fmt_udigits[];

#endif
