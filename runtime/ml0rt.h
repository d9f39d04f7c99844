/*
 * ml0rt.h: the runtime ABI that generated code calls, implemented by both
 * libml0rt_gc.a (Boehm GC) and libml0rt_drop.a (malloc/free).
 *
 * Aggregates never cross this boundary by value: strings are passed as
 * (pointer, length) pairs and slices are returned through out-pointers, so
 * the C ABI and LLVM's lowering can never disagree.
 *
 * Layouts generated code relies on:
 *   string = { const uint8_t *ptr; int64_t len; }          (16 bytes)
 *   slice  = { void *ptr; int64_t len; int64_t cap; }      (24 bytes)
 *   func   = { void *fn; void *env; }                      (16 bytes)
 */
#ifndef ML0RT_H
#define ML0RT_H

#include <stdbool.h>
#include <stdint.h>

typedef struct ml0_string { const uint8_t *ptr; int64_t len; } ml0_string;
typedef struct ml0_slice { void *ptr; int64_t len; int64_t cap; } ml0_slice;

/* Process: generated `main` calls ml0_init first and ml0_exit last. */
void ml0_init(int argc, char **argv);
void ml0_exit(void);                 /* prints ML0DEBUG=allocstats=1 report */

/* Allocation: zeroed memory. atomic = holds no pointers (GC_malloc_atomic). */
void *ml0_alloc(int64_t size);
void *ml0_alloc_atomic(int64_t size);
void ml0_free(void *p);              /* drop runtime frees; gc runtime: no-op */
/* A type with a drop method: gc registers a finalizer calling drop(obj). */
void ml0_register_drop(void *obj, void (*drop)(void *obj));

/* Strings. */
void ml0_concat(ml0_string *out, const uint8_t *a, int64_t alen,
                const uint8_t *b, int64_t blen);
int64_t ml0_string_cmp(const uint8_t *a, int64_t alen,
                       const uint8_t *b, int64_t blen);   /* <0, 0, >0 */
void ml0_bytes_to_string(ml0_string *out, const void *p, int64_t len);
void ml0_string_to_bytes(ml0_slice *out, const uint8_t *p, int64_t len);

/* Slices. make panics like Go on a bad len/cap. growslice makes room for
 * `add` more elements (Go's growth policy), copying the old elements;
 * len is unchanged. copy returns the number of elements copied. */
void ml0_make_slice(ml0_slice *out, int64_t len, int64_t cap,
                    int64_t elem_size, int32_t has_pointers);
void ml0_growslice(ml0_slice *s, int64_t add, int64_t elem_size,
                   int32_t has_pointers);
/* The same, when the slice owns its array (drop runtime: the old array is
 * freed after the copy; gc runtime: identical to ml0_growslice). */
void ml0_growslice_owned(ml0_slice *s, int64_t add, int64_t elem_size,
                         int32_t has_pointers);
int64_t ml0_copy(void *dst, int64_t dlen, const void *src, int64_t slen,
                 int64_t elem_size);

/* print/println pieces (fmt.Println formatting), to standard output. */
void ml0_print_int(int64_t v);
void ml0_print_uint8(uint8_t v);
void ml0_print_bool(int32_t v);
void ml0_print_float(double v);       /* like Go's %v: 1.5, 1e+06, +Inf */
void ml0_print_string(const uint8_t *p, int64_t len);
void ml0_print_pointer(const void *p); /* 0xc000012345, or <nil> */
void ml0_print_space(void);
void ml0_print_newline(void);

/* nanotime(): a monotonic clock in nanoseconds (an ml0 extension). */
int64_t ml0_nanotime(void);

/* Panics: print `panic: ...` (Go's wording) to stderr, exit status 2. */
_Noreturn void ml0_panic_index(int64_t index, int64_t len);
_Noreturn void ml0_panic_slice(int64_t lo, int64_t hi, int64_t cap);
_Noreturn void ml0_panic_nil(void);
_Noreturn void ml0_panic_divide(void);
_Noreturn void ml0_panic_string(const uint8_t *p, int64_t len);
_Noreturn void ml0_panic_int(int64_t v);
_Noreturn void ml0_panic_msg(const char *msg);   /* "runtime error: ..." */

#endif
