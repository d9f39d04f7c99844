/*
 * ml0type.h: run-time type descriptors and the empty-interface value, the
 * ABI between generated code and the runtime's reflection users (fmt's %v,
 * %T and %+v, interface equality, later maps and type switches).
 *
 * The compiler emits one constant `ml0_type` per type a program converts
 * to an interface (and, recursively, for the types those contain). Names
 * are spelled as Go's %T prints them: "int", "[]string", "*main.Node",
 * "main.Celsius", "struct { X int }", "[3]int", "map[string]int".
 *
 * An interface value is two words, { type, data }:
 *   - type == NULL is the nil interface;
 *   - a type with ML0_TF_DIRECT (pointer-shaped: pointers, Box, maps)
 *     stores the value itself in `data`;
 *   - every other type stores a pointer to a copy of the value in `data`
 *     (the boxing allocation escape analysis reports as `x escapes to
 *     heap` / `x does not escape`).
 *
 * An interface with methods is { itab, data } (ml0_itab): the itab's
 * first word is the dynamic type's descriptor, then the interface's
 * descriptor, then one function per method of the interface in its
 * method-set order (sorted by name). Codegen emits the itab of every
 * (interface, concrete type) pair a conversion names; the runtime builds
 * the others (interface-to-interface conversions, assertions to an
 * interface type) from the `methods` tables, by name and signature, and
 * caches them (core/iface.c). A method's function takes the data word
 * first, then the method's parameters (docs/RUNTIME.md "Interfaces").
 *
 * Methods fmt honours are reached through per-type wrappers the compiler
 * generates, taking the interface's data word: String() string and
 * Error() string. Such a wrapper writes its result string to *out.
 */
#ifndef ML0TYPE_H
#define ML0TYPE_H

#include "ml0rt.h"

typedef enum ml0_kind {
    ML0_K_INVALID = 0,
    ML0_K_BOOL,
    ML0_K_INT, ML0_K_INT8, ML0_K_INT16, ML0_K_INT32, ML0_K_INT64,
    ML0_K_UINT, ML0_K_UINT8, ML0_K_UINT16, ML0_K_UINT32, ML0_K_UINT64,
    ML0_K_UINTPTR,
    ML0_K_FLOAT32, ML0_K_FLOAT64,
    ML0_K_STRING,
    ML0_K_POINTER,      /* elem */
    ML0_K_SLICE,        /* elem */
    ML0_K_ARRAY,        /* elem, len */
    ML0_K_STRUCT,       /* nfields, fields */
    ML0_K_FUNC,
    ML0_K_INTERFACE,    /* an interface type's own descriptor (%T of a nil one never needs it) */
    ML0_K_MAP,          /* key, elem */
    ML0_K_BOX,          /* ML0's Box[T]: elem; prints like a pointer */
} ml0_kind;

enum {
    ML0_TF_DIRECT = 1 << 0,     /* the data word is the value itself */
    ML0_TF_NAMED = 1 << 1,      /* a defined type: `name` is "main.T" */
    ML0_TF_COMPARABLE = 1 << 2, /* == is defined (panics otherwise) */
};

typedef struct ml0_type ml0_type;

typedef struct ml0_field {
    const char *name;       /* "X"; for an embedded field the type's name */
    const ml0_type *type;
    int64_t offset;         /* bytes from the struct's start */
    int32_t embedded;       /* 1 for an embedded field */
    int32_t pad_;
} ml0_field;

/* One method of a type's method set (or of an interface: fn NULL). */
typedef struct ml0_method {
    const char *name;       /* "Area" */
    const char *sig;        /* "func() float64": equal strings, identical types */
    void *fn;               /* takes the data word first */
} ml0_method;

/* A method wrapper: recv is the interface's data word. */
typedef void (*ml0_string_method)(void *recv, ml0_string *out);

struct ml0_type {
    uint32_t kind;              /* ml0_kind */
    uint32_t flags;             /* ML0_TF_* */
    int64_t size;               /* bytes of a value */
    const char *name;           /* NUL-terminated, Go's %T spelling */
    const ml0_type *elem;       /* pointer, slice, array, box: element; map: value */
    const ml0_type *key;        /* map: key */
    int64_t len;                /* array: length */
    int64_t nfields;            /* struct: number of fields */
    const ml0_field *fields;    /* struct: the fields in declaration order */
    ml0_string_method string_method;  /* String() string, or NULL */
    ml0_string_method error_method;   /* Error() string, or NULL */
    int64_t nmethods;           /* the method set (an interface: its methods) */
    const ml0_method *methods;  /* sorted by name */
    /* --runtime=drop, a type holding references (else NULL): its glue,
     * counting one more reference to each heap object the value at addr
     * holds / running its drop method and giving them back (what the
     * compiled code calls for a copy and a death; errors.As copies a boxed
     * value into its target with them). */
    void (*retain)(void *addr);
    void (*release)(void *addr);
};

/* The table behind a non-empty interface's first word. */
typedef struct ml0_itab {
    const ml0_type *type;       /* the dynamic type */
    const ml0_type *inter;      /* the interface type */
    void *fun[];                /* inter's methods, in its order */
} ml0_itab;

/* The empty interface (`any`, `interface{}`): 16 bytes. */
typedef struct ml0_iface {
    const ml0_type *type;
    void *data;
} ml0_iface;

/* An interface value of interface type it, read as { dynamic type, data }:
 * the first word of an interface with methods is its itab (NULL: nil). */
static inline ml0_iface ml0_iface_dynamic(const ml0_type *it, const void *v) {
    ml0_iface r = *(const ml0_iface *)v;
    if (it && it->nmethods && r.type)
        r.type = ((const ml0_itab *)(const void *)r.type)->type;
    return r;
}

#endif
