/*
 * lib.h: the standard packages ml0c knows (fmt, math, strings, ...), one
 * header for the lib layer (docs/packages.md).
 *
 * A package is a table of members written once in packages.def: constants
 * (math.Pi) and functions. A function is an `extern` binding to a C
 * function of the runtime library (runtime/ml0lib.h, `ml0_<pkg>_<Name>`),
 * with its signature in Go syntax and its escape summary: what Go's export
 * data says each parameter leaks (read off go1.19's `-m -l` on callers).
 * Sema turns the signature into types when a program first names the
 * member; escape analysis reads the leaks as it reads an analyzed callee's;
 * codegen calls the C symbol through the runtime ABI. Nothing here depends
 * on sema: the layer is a read-only table and two lookups.
 */
#ifndef ML0_LIB_H
#define ML0_LIB_H

#include "../base/base.h"

typedef enum { LIB_FUNC, LIB_CONST_INT, LIB_CONST_RUNE, LIB_CONST_FLOAT, LIB_VAR } LibKind;

typedef struct LibMember {
    const char *pkg;        /* "fmt" */
    const char *name;       /* "Println" */
    LibKind kind;
    const char *sig;        /* LIB_FUNC: "(a ...any) (n int)"; LIB_VAR: its type */
    const char *leaks;      /* LIB_FUNC: per parameter, space separated:
                               "-" none, "h0" leaks to the heap, "h1" its
                               content leaks to the heap, "r0" flows to
                               result 0 (level 0), "r0,r1" to both */
    const char *csym;       /* the runtime's C function or variable */
    const char *value;      /* LIB_CONST_INT/RUNE/FLOAT: the exact value as a Go
                               literal ("18446744073709551615"; sema reads
                               it exactly, a leading '-' negates) */
    const char *recv;       /* a METHOD row: its type ("Builder"), else NULL */
    const char *method;     /* a METHOD row: the method's name ("WriteString") */
    bool writes_recv;       /* a METHOD row marked WRITES */
} LibMember;

/* lib.c */
bool lib_has_package(const char *path);         /* "fmt": true */
bool lib_is_type(const char *pkg, const char *name); /* strings.Builder, fmt.Stringer */
/* io's interface name ("Closer"): its methods' names in name order,
 * space separated ("Close"; ReadWriter: "Read Write"), or NULL. Each is
 * Go's: Read and Write (p []byte) (n int, err error), WriteString(s
 * string) (n int, err error), Close() error. */
const char *lib_io_iface(const char *name);
const char *lib_package_list(Ctx *c);             /* "fmt, math, ..." for messages */
/* pkg is an import path ("unicode/utf8") or a row's package name ("utf8") */
const LibMember *lib_member(const char *pkg, const char *name); /* or NULL */
/* The method mname of *pkg.T (tname "Builder"), or NULL. */
const LibMember *lib_method(const char *pkg, const char *tname, const char *mname);
/* The methods of *pkg.T in name order (at most max): its method set. */
int lib_methods_of(const char *pkg, const char *tname, const LibMember **out, int max);
/* May a call of method mname through an interface whose methods are
 * named inames[0..n) write memory its receiver reaches? True when some
 * library type that has all those methods (so may be the dynamic value)
 * marks its mname WRITES in packages.def (drop/views.c: a *strings.Builder
 * or *os.File as an io.Writer; an interface with a method no library
 * type has holds none of them). */
bool lib_iface_method_writes(const char *const *inames, int n, const char *mname);
bool lib_param_is_rune(const LibMember *m, int i);  /* crosses the ABI as int32_t */
bool lib_result_is_rune(const LibMember *m);
/* Its error result is always nil and the C function has no error out-
 * pointer (strings.Builder's Write*, fmt's Print family: the C function
 * returns the byte count): codegen supplies the nil. */
bool lib_error_always_nil(const LibMember *m);
/* Its error comes back whole through a first out-pointer (ml0_iface *,
 * nil or an error value the runtime made), not as a message: (*os.File)'s
 * Write and WriteString, os.ErrInvalid for a nil *File; (*strconv.NumError)
 * .Unwrap, its Err. */
bool lib_error_by_value(const LibMember *m);
/* The function keeps (a reference to) some argument past the call:
 * fmt.Errorf's %w operand. Its interface arguments are not lent boxes. */
bool lib_keeps_args(const LibMember *m);
/* How the function takes its argument i (0-based; a variadic function's
 * extra arguments share the last index), in --borrowck's terms: it keeps
 * it (lib_keeps_args: a move), lends it for the call (Rust's `&x`: fmt's
 * operands, the strings of strings and strconv), or lends it mutably
 * (`&mut x`: sort.Ints sorts its slice in place, sb.WriteString(s)
 * changes the Builder its receiver points to). A result is a new value
 * that borrows nothing (the Rust twin's `.to_string()`, `.collect()`). */
typedef enum { LIB_KEEPS, LIB_LENDS, LIB_LENDS_MUT } LibLend;
LibLend lib_arg_lend(const LibMember *m, int i);

#endif
