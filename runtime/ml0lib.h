/*
 * ml0lib.h: the Go standard-library functions ml0c provides, implemented
 * in C in runtime/lib/ and linked into both runtimes (libml0rt_gc.a and
 * libml0rt_drop.a). Branch golang binds Go's names to these.
 *
 * The functions are listed in ml0lib.def (an X-macro like ml0rt.def).
 *
 * Naming: Go's pkg.Name is ml0_<pkg>_<Name>; a method T.M is
 * ml0_<pkg>_<T>_<M>. Calling conventions follow ml0rt.h:
 *   - a Go string argument is a (const uint8_t *ptr, int64_t len) pair;
 *   - a slice argument is `const ml0_slice *`;
 *   - `...any` is (const ml0_iface *args, int64_t nargs), an `any` is
 *     `const ml0_iface *` (interface values per ml0type.h);
 *   - every aggregate result (string, slice) goes through an out-pointer,
 *     the first parameter; scalar results are returned;
 *   - bool results are returned as int32_t 0/1; bool arguments likewise;
 *   - a func value argument is its two words (fn, env); the runtime calls
 *     fn(env, args...) as generated code does.
 *
 * Errors are issue 14: a function that returns (T, error) in Go returns
 * T and writes the error's *message* through its first parameter
 * `ml0_string *err` (len 0 = nil error), with Go's text, e.g.
 * `strconv.Atoi: parsing "x": invalid syntax`.
 *
 * Ownership (both runtimes): every non-empty string or slice returned is
 * fresh storage (ml0_alloc_atomic for bytes; ml0_alloc for a []string's
 * array, or ml0_alloc_kind once ml0_lib_set_string_array_kind named its
 * glue kind), never an alias of an argument or of static data, so under
 * --runtime=drop the receiver of a result is its single owner; a
 * []string's elements are each their own fresh string. An empty string
 * is {NULL, 0}; strings.SplitN(s, sep, 0) is the nil slice.
 *
 * Methods: fmt calls a type's String()/Error() wrapper (ml0type.h) with
 * the interface's data word, or, for a value met inside another (a field,
 * an element), with the address of that value in place: a wrapper must
 * copy the receiver, never write through it. fmt never retains an
 * argument after it returns.
 *
 * Output: fmt writes to file descriptor 1 through the runtime's stdout
 * buffer (runtime/core/print.c, the one builtin println uses, so the two
 * interleave in program order). Writes to fd 2 flush that buffer first
 * and are unbuffered, as Go's os.Stderr is. The buffer is flushed at exit,
 * at os.Exit and before a panic message.
 */
#ifndef ML0LIB_H
#define ML0LIB_H

#include "ml0type.h"

/* strings.Builder, laid out as Go's: addr (the copy check: a Builder
 * copied after its first write panics like Go's) and buf. A zero Builder
 * is ready to use. For reference-counting glue, addr is a plain word (the
 * Builder's own address, never a counted reference: counting it would be
 * a self-cycle), while buf holds one reference to its array like any
 * []byte (release it at the Builder's death; under borrowck, ml0_free).
 * String() returns a fresh copy (never aliases buf). */
typedef struct ml0_strings_Builder {
    void *addr;
    ml0_slice buf;
} ml0_strings_Builder;

/* os.File: what os.Stdout and os.Stderr point to (lib/os.c, two static
 * objects, outside the heap: counting ignores them). */
typedef struct ml0_os_File {
    int64_t fd;
} ml0_os_File;

/* bufio.Scanner (lib/bufio.c): made by NewScanner, a counted object of
 * the runtime's kind whose words 0 (the current token's bytes) and 2 (its
 * buffer, unread bytes at [start, end)) it releases itself. split is
 * which of bufio's split functions (0 ScanLines, 1 ScanWords, 2
 * ScanRunes, 3 ScanBytes); state 1 once the File's end was read, 2 when
 * a token did not fit in max bytes (Err is bufio.ErrTooLong). */
typedef struct ml0_bufio_Scanner {
    ml0_string tok;
    uint8_t *buf;
    int64_t start, end, cap;
    ml0_os_File *file;
    int64_t split, state, max;
} ml0_bufio_Scanner;

/* strconv.NumError, laid out as Go's: Func, Num, Err (fields programs
 * name). The parse functions' errors are *NumError values whose
 * descriptor is the runtime's ml0_strconv_NumError_ptr_type: codegen
 * names that symbol for the type *strconv.NumError, so assertions,
 * type switches and errors.As compare equal descriptors (lib/errors.c). */
typedef struct ml0_strconv_NumError {
    ml0_string Func, Num;
    ml0_iface Err;
} ml0_strconv_NumError;
extern const ml0_type ml0_strconv_NumError_ptr_type;

/* The functions, one line each in ml0lib.def (with their documentation). */
#define ML0LIB_ATTR_PLAIN
#define ML0LIB_ATTR_NORETURN _Noreturn
#define ML0LIB_FN(kind, name, attr, c_result, c_params, abi_result, abi_params) \
    ML0LIB_ATTR_##attr c_result name c_params;
#include "ml0lib.def"
#undef ML0LIB_FN

#endif
