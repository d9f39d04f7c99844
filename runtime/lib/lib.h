/*
 * lib.h: private to runtime/lib/, the Go library (ml0lib.h) in C. One
 * section per file. Scratch text is built in a LibBuf (malloc'd, freed
 * by the caller); only results handed to the program are copied into
 * ml0_alloc'd storage (lib_string), so both runtimes own them.
 */
#ifndef ML0_LIB_INTERNAL_H
#define ML0_LIB_INTERNAL_H

#include "../ml0lib.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* buf.c: growable byte buffers, UTF-8, results, output */
typedef struct LibBuf {
    uint8_t *p;
    size_t len, cap;
} LibBuf;
void lib_put(LibBuf *b, const void *p, size_t n);
void lib_putc(LibBuf *b, uint8_t c);
void lib_puts(LibBuf *b, const char *s);
void lib_put_rune(LibBuf *b, int32_t r);
void lib_pad(LibBuf *b, uint8_t c, int64_t n);
void lib_buf_free(LibBuf *b);

#define LIB_RUNE_ERROR 0xFFFD
#define LIB_MAX_RUNE 0x10FFFF
/* Decodes one rune at s (n > 0 bytes); returns its size. Invalid UTF-8
 * decodes as (LIB_RUNE_ERROR, 1), as Go's utf8.DecodeRuneInString. */
int lib_decode_rune(const uint8_t *s, int64_t n, int32_t *r);
int lib_encode_rune(uint8_t *b, int32_t r);   /* b has 4 bytes; returns size */
int lib_rune_len(int32_t r);                  /* bytes; -1 when invalid */
int64_t lib_rune_count(const uint8_t *s, int64_t n);

/* A fresh program-owned string holding p[0:n] ({NULL,0} when n == 0). */
void lib_string(ml0_string *out, const void *p, int64_t n);
/* A fresh []string of n (zeroed) elements, each to be a fresh string the
 * array owns: under --runtime=drop its glue kind (ML0_KIND_RT_STRINGS, or
 * the one ml0_lib_set_string_array_kind set) releases them with it. */
ml0_string *lib_new_strings(ml0_slice *out, int64_t n);
/* Go's panic(msg) for a library misuse: `panic: msg`, exit status 2. */
_Noreturn void lib_panic(const char *msg);
/* Writes to fd 1 (the runtime's stdout buffer) or fd 2 (unbuffered,
 * after flushing stdout). */
void lib_write_fd(int64_t fd, const void *p, size_t n);

/* ftoa.c: strconv.AppendFloat: fmt 'e' 'E' 'f' 'g' 'G' 'b'; prec < 0 is
 * the shortest representation that reads back exactly; bits 32 or 64. */
void lib_format_float(LibBuf *b, double v, char fmt, int prec, int bits);

/* quote.c: strconv's quoting, and unicode's IsPrint (strconv.IsPrint) */
void lib_quote(LibBuf *b, const uint8_t *s, int64_t n, uint8_t quote, bool ascii_only);
void lib_quote_rune(LibBuf *b, int32_t r, bool ascii_only);
bool lib_can_backquote(const uint8_t *s, int64_t n);
bool lib_is_print(int32_t r);

/* unicode.c: the tables behind package unicode, for strings too */
bool lib_is_space(int32_t r);
int32_t lib_to_upper(int32_t r);
int32_t lib_to_lower(int32_t r);
int32_t lib_to_title(int32_t r);
int32_t lib_simple_fold(int32_t r);

/* errors.c: a *fs.PathError "op path: file already closed" (os.c) */
void lib_closed_error(ml0_iface *out, const char *op, const char *path);

/* os.c: ml0_init hands over argv for os.Args */
void lib_set_args(int argc, char **argv);

/* fmtsort.c: a map's key addresses in fmt's order (malloc'd; the
 * caller frees); each value is the map's voff bytes after its key */
void **lib_map_sorted(const ml0_map *m, int64_t *n);

/* fmt_print.c: Sprintf/Sprint/Sprintln into a LibBuf */
void lib_sprintf(LibBuf *b, const uint8_t *format, int64_t flen,
                 const ml0_iface *args, int64_t nargs);
/* os.c: a File's descriptor (bufio.c reads it) */
int64_t lib_file_fd(const ml0_os_File *f);

void lib_sprint(LibBuf *b, const ml0_iface *args, int64_t nargs);
void lib_sprintln(LibBuf *b, const ml0_iface *args, int64_t nargs);

#endif
