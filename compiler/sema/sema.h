/*
 * sema.h: types, symbols and the checker, one header for the sema layer.
 *
 * sema_check resolves every name in a Program, gives every expression a
 * Type, folds constants, classifies calls, and records per function what it
 * declares and captures (FuncInfo). It annotates the AST in place; the
 * "sema:" fields in ast.h are its output. Errors are collected in the Ctx.
 *
 * Types are canonical: for any two identical types t1 == t2 as pointers
 * (pointer/slice/array/box types are cached on their element type, func
 * types in a table, named structs are unique by declaration), so type
 * equality is pointer equality everywhere after sema.
 */
#ifndef ML0_SEMA_H
#define ML0_SEMA_H

#include "../ast/ast.h"

typedef struct Type Type;
typedef struct Symbol Symbol;
typedef struct Var Var;
typedef struct FuncInfo FuncInfo;

typedef enum {
    T_VOID,             /* no value (call of a function with no result) */
    T_INT, T_BYTE, T_BOOL, T_FLOAT, T_STRING,
    T_INT8, T_INT16, T_INT32, T_INT64,           /* Go's sized integers (rune = int32) */
    T_UINT, T_UINT16, T_UINT32, T_UINT64, T_UINTPTR, /* and unsigned ones (byte = uint8 is T_BYTE) */
    T_FLOAT32,
    T_UNTYPED_INT, T_UNTYPED_FLOAT, T_UNTYPED_NIL, /* constants before use */
    T_PTR,              /* *T / *mut T: elem, mut */
    T_SLICE,            /* []T: elem */
    T_ARRAY,            /* [len]T: elem, len */
    T_STRUCT,           /* named struct (or anonymous): fields */
    T_FUNC,             /* func(params) result */
    T_BOX,              /* Box[T]: elem */
    T_IFACE,            /* the empty interface any / interface{}: {type, data}
                           (runtime/ml0type.h; docs/packages.md) */
    T_MAP,              /* map[K]V: key, elem; a pointer to the runtime's
                           table (runtime/core/map.c), nil when NULL */
    T__COUNT
} TypeKind;

typedef struct Field {
    Sym name;
    Type *type;
    Span span;
    int offset;         /* byte offset in the struct */
} Field;

typedef struct Method {
    Sym name;
    Decl *decl;         /* the D_FUNC with a receiver */
    bool ptr_recv;      /* receiver is *T (else T, passed by value) */
} Method;

struct Type {
    TypeKind kind;
    int64_t size;       /* bytes, as codegen lays it out */
    int align;
    Type *elem;         /* PTR, SLICE, ARRAY, BOX; MAP: the value type */
    Type *key;          /* MAP: the key type */
    bool mut;           /* PTR: *mut T */
    int64_t len;        /* ARRAY */
    Sym name;           /* STRUCT: declared name, NULL if anonymous */
    Span decl_span;     /* STRUCT: where it was declared */
    VEC(Field) fields;  /* STRUCT */
    VEC(Method) methods;/* STRUCT: methods with receiver *T */
    Decl *drop;         /* STRUCT: its `func (x *T) drop()`, or NULL */
    bool tuple;         /* STRUCT: the results of a multi-result function
                           (fields ~r0, ~r1...: a Rust tuple under --borrowck) */
    VEC(Type *) params; /* FUNC */
    Type *result;       /* FUNC: T_VOID for none */
    bool variadic;      /* FUNC: the last parameter is ...T (its type is []T) */
    /* caches that make the derived types canonical */
    Type *ptr_to, *mut_ptr_to, *slice_of, *box_of;
};

typedef enum {
    SYM_VAR,            /* local variable or parameter: var */
    SYM_GLOBAL,         /* package-level variable: global_index, type */
    SYM_CONST,          /* constant: value in cval (type may be untyped) */
    SYM_FUNC,           /* package-level function: decl */
    SYM_TYPE,           /* type name: type */
    SYM_BUILTIN,        /* builtin function: builtin */
    SYM_NIL, SYM_TRUE, SYM_FALSE,  /* universe constants */
    SYM_PACKAGE,        /* an imported package: imp */
    SYM_LIBFUNC,        /* a package function bound to the runtime: lib, type */
} SymbolKind;

struct Symbol {
    SymbolKind kind;
    Sym name;
    Span span;          /* declaration */
    Type *type;
    Var *var;           /* SYM_VAR */
    Decl *decl;         /* SYM_FUNC, SYM_GLOBAL/SYM_CONST (their decl) */
    int global_index;   /* SYM_GLOBAL: index into SemaInfo.globals */
    Builtin builtin;
    Expr *cval;         /* SYM_CONST: folded E_INT/E_FLOAT/E_STRING/bool */
    Import *imp;        /* SYM_PACKAGE */
    const struct LibMember *lib; /* SYM_LIBFUNC (lib/lib.h) */
    bool failed;        /* its declaration was reported: uses stay silent
                           (Go reports the first error, not every use) */
};

/* A local variable or parameter. */
struct Var {
    Sym name;
    Span span;          /* the declaring identifier */
    Type *type;
    FuncInfo *owner;    /* the function (or func literal) declaring it */
    bool is_param;
    bool is_recv;       /* the method receiver */
    bool addressed;     /* &v appears somewhere (or a method takes &v) */
    bool captured;      /* used by a nested func literal */
    bool reassigned;    /* assigned after its declaration */
    int index;          /* dense per-FuncInfo index, in declaration order */
};

/* Per function, method or func literal. */
struct FuncInfo {
    Sym name;           /* "main", "User.rename", "main.func1" (Go naming) */
    Decl *decl;         /* D_FUNC, or NULL for a func literal */
    Expr *lit;          /* E_FUNCLIT, or NULL */
    FuncInfo *parent;   /* enclosing function of a func literal */
    Type *type;         /* T_FUNC (receiver not included) */
    Var *recv;          /* method receiver, or NULL */
    VEC(Var *) params;
    VEC(Var *) vars;    /* every Var declared in the body, params first */
    VEC(Var *) captures;/* func literals: outer vars used, in first-use order */
    VEC(FuncInfo *) lits;/* func literals directly inside, in source order */
    VEC(Var *) results; /* named results, in order (empty when unnamed) */
};

typedef struct Global {
    Sym name;
    Span span;
    Type *type;
    Decl *decl;
    Expr *init;         /* initializer expression, or NULL (zero) */
} Global;

/* What sema hands to MIR building. */
typedef struct SemaInfo {
    Program *prog;
    VEC(FuncInfo *) funcs;  /* every D_FUNC in source order (lits via ->lits) */
    VEC(Global) globals;    /* package vars in declaration order */
    VEC(Type *) structs;    /* named struct types in declaration order */
    VEC(Type *) tuples;     /* result tuples, found by a linear search */
    FuncInfo *main;
    VEC(FuncInfo *) inits;
    Type *basic[T__COUNT];  /* the sized numeric types by kind (scope.c) */
    Type *t_rune;           /* int32 */  /* func init() declarations, in source order */
    /* basic types */
    Type *t_void, *t_int, *t_byte, *t_bool, *t_float, *t_string;
    Type *t_untyped_int, *t_untyped_float, *t_untyped_nil;
    Type *t_any;            /* the empty interface */
    Arena *arena;           /* the context arena types live in */
    Type **shapes;          /* canonical array and func types: a hash set */
    int nshapes, shapes_cap;/* on (kind, elem, len, params, result) */
} SemaInfo;

/* ---- check_decl.c ------------------------------------------------------ */
/* Check the whole program; NULL (with errors in c) on failure. If
 * body_done is given, it is called with each function's index in funcs as
 * soon as that function's body is checked, while no error has been
 * reported: MIR building lowers the body there, while its tree is still
 * in cache (all declarations are checked before the first call). */
typedef void (*SemaBodyDone)(void *arg, SemaInfo *s, int func);
SemaInfo *sema_check(Ctx *c, Program *p, SemaBodyDone body_done, void *arg);

/* ---- types.c ----------------------------------------------------------- */
Type *type_new(SemaInfo *s, TypeKind k, int64_t size, int align);
Type *type_ptr(SemaInfo *s, Type *elem, bool mut);
Type *type_slice(SemaInfo *s, Type *elem);
Type *type_array(SemaInfo *s, Type *elem, int64_t len);
Type *type_box(SemaInfo *s, Type *elem);
Type *type_map(SemaInfo *s, Type *key, Type *val);
bool type_comparable(Type *t);          /* == defined: Go's spec, "Comparison operators" */
Type *type_func(SemaInfo *s, Type **params, int nparams, Type *result);
Type *type_func_v(SemaInfo *s, Type **params, int nparams, Type *result, bool variadic);
Type *type_struct_anon(SemaInfo *s, Field *fields, int nfields); /* for closure envs */
Type *type_tuple(SemaInfo *s, Type **elems, int n);  /* canonical; "(int, bool)" */
void type_layout(Type *t);              /* fills size/align of a struct */
bool type_is_copy(Type *t);             /* LANGUAGE.md: Copy types */
bool type_has_pointers(Type *t);        /* does it hold any pointer? */
bool type_needs_drop(Type *t);          /* drop glue: a drop method or a Box, anywhere inside */
bool type_needs_release(Type *t);       /* --runtime=drop: holds references or needs drop glue */
bool type_is_integer(Type *t);          /* int, byte, int8..uint64, untyped int */
bool type_is_unsigned(Type *t);         /* byte, uint, uint16..uint64, uintptr */
bool type_is_float(Type *t);            /* float64, float32, untyped float */
int type_int_bits(Type *t);             /* 8..64 for a typed integer, else 0 */
bool type_is_numeric(Type *t);
bool type_is_pointer_like(Type *t);     /* ptr, box */
/* Go's spelling, used in messages and -m lines: "*User", "[]byte". */
const char *type_name(Ctx *c, Type *t);
/* Find a method of a struct type (or of *struct): NULL if none. */
Method *type_method(Type *t, Sym name);
int type_field_index(Type *t, Sym name);  /* -1 if none */

#endif
