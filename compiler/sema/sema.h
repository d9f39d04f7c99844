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
    T_IFACE,            /* an interface: two words. any / interface{} (no
                           methods): {type, data}; with methods: {itab, data}
                           (runtime/ml0type.h; docs/RUNTIME.md "Interfaces") */
    T_MAP,              /* map[K]V: key, elem; a pointer to the runtime's
                           table (runtime/core/map.c), nil when NULL */
    T__COUNT
} TypeKind;

typedef struct Field {
    Sym name;
    Type *type;
    Span span;
    int offset;         /* byte offset in the struct */
    bool embedded;      /* `struct { T; *U }`: name is the type's name; its
                           fields and methods are promoted (type_select) */
    Type *spelled;      /* for messages only: type as the declaration
                           spelled it (sema/spell.c), or NULL */
} Field;

/* A method of an interface type: its name and signature (no receiver). */
typedef struct IMethod {
    Sym name;
    Type *fn;           /* T_FUNC */
    Span span;
    const FuncSig *sig; /* as declared (its parameters' names and
                           positions, kept when embedded), or NULL for a
                           library interface's */
} IMethod;

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
    Sym name;           /* declared name (`type T ...`), NULL if unnamed */
    Span decl_span;     /* named types: where it was declared */
    Type *underlying;   /* named non-struct types (`type Celsius float64`):
                           the unnamed type it is defined as; the named type
                           copies its kind and shape, so everything that
                           dispatches on kind works unchanged. NULL for
                           unnamed types and named structs (type_underlying) */
    VEC(IMethod) imethods; /* IFACE: the method set, embedded ones included,
                              sorted by name (the itab's order) */
    TypeExpr *iface_src;/* IFACE being declared: its TE_IFACE (NULL once resolved) */
    bool resolving;     /* IFACE: its embedded interfaces are being resolved */
    VEC(Field) fields;  /* STRUCT */
    VEC(Method) methods;/* named types: methods declared with receiver T or *T
                           (promoted ones are found by type_select) */
    VEC(Method) iface_wrappers; /* named structs: the methods promoted from
                           an embedded interface (`struct { I }`), value
                           methods sema writes (sema/iface_promote.c); in
                           the method set, never found by type_select */
    VEC(IMethod) lib_methods; /* a library struct (os.File, strings.Builder):
                           the methods of *T, runtime functions (packages.def
                           T_M), sorted by name, without the receiver */
    Decl *drop;         /* STRUCT: its `func (x *T) drop()`, or NULL */
    bool tuple;         /* STRUCT: the results of a multi-result function
                           (fields ~r0, ~r1...: a Rust tuple under --borrowck) */
    VEC(Type *) params; /* FUNC */
    Type *result;       /* FUNC: T_VOID for none */
    bool variadic;      /* FUNC: the last parameter is ...T (its type is []T) */
    Sym *pnames;        /* FUNC, a spelled copy only (sema/spell.c): the
                           parameter names, printed in messages as go1.19
                           does (func(b byte) rune); NULL entries unnamed */
    bool rune_const;    /* UNTYPED_INT: the type of untyped rune constants
                           ('a', 'a' + 1): Go's "untyped rune", whose
                           default type is rune (int32) */
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
    Type *spelled;      /* for messages only: its type as the program spells
                           it (rune, []uint8; sema/spell.c), or NULL */
    bool is_param;
    bool is_recv;       /* the method receiver */
    bool addressed;     /* &v appears somewhere (or a method takes &v) */
    bool captured;      /* used by a nested func literal */
    bool local;         /* declared by the program's var, := or range (not
                           a parameter, result or hidden variable): Go's
                           "declared but not used" applies (sema/unused.c) */
    bool used;          /* read somewhere: any reference but the left side
                           of a plain `v = x` (unused.c) */
    bool reassigned;    /* assigned after its declaration; Go's rule
                           (escape/expr.go OCLOSURE): an assignment
                           before the first capture by a func literal at
                           the declaration's loop depth does not count */
    int reassigned_seq; /* the statement that last set reassigned
                           (Checker.stmt_seq) */
    int loops, labels;  /* Checker.loops and .labels at its declaration */
    bool defer_temp;    /* a deferred call's argument (check_defer.c) or a
                           method value's receiver (methval.c): its
                           wrapper captures it by value, whatever its size */
    int esc_tmp;        /* a deferred call's argument: 1 + its index among
                           the temporaries go1.19's escape analysis makes
                           in the function (goDeferStmt's wrapExpr), whose
                           .autotmp_N come after every other name
                           (sema_go_var_name); 0 otherwise */
    Expr *esc_val;      /* esc_tmp: the value it holds (-m=2's
                           `.autotmp_N = x` note) */
    Span esc_cv_at;     /* esc_tmp: where go1.19's wrapper captures it (the
                           call's '(', a peeled slice literal's '{') */
    struct CaseClause *ts_clause; /* a type switch's per-clause variable: its
                           clause (-m=2 notes Go's "switch case" flow into
                           it, quoting the clause); else NULL */
    VEC(struct Var *) ts_vars; /* a type switch's hidden .tag with a binding:
                           the clauses' variables, in source order */
    int index;          /* dense per-FuncInfo index, in declaration order */
};

/* A method value `x.M` or method expression `T.M`, which sema rewrites
 * into a wrapper func literal (methval.c): the receiver is evaluated into
 * var when the literal is made and captured by value. */
typedef struct MethVal {
    Expr *recv;         /* method value: the receiver as M takes it (&x, *p,
                           x), evaluated into var; NULL for an expression */
    Var *var;           /* method value: the hidden variable, captured */
    Expr *x;            /* method value: x as written, embedded fields
                           made explicit (-m's "e.P.Two"); NULL for an
                           expression, which -m does not report */
    Sym name;           /* M */
    Span at;            /* Go's position: the selector's '.' */
    bool dynamic;       /* Go calls through it as through an unknown func
                           value: a method value, and an interface's
                           method expression (or one promoted from an
                           embedded interface); T.M and (*T).M naming a
                           declared method, promoted or not, are static */
    bool lib;           /* a library function's value pkg.F (name "strings.
                           ToUpper"): Go prints it as that name */
} MethVal;

/* `return f()` with f's several results: go1.19 (RewriteMultiValueCall)
 * makes it `.autotmp_N, .autotmp_N+1 = f(); return .autotmp_N, ...`;
 * -m=2 names them (escape/flows.c). at is the return statement's span. */
typedef struct GoReturnTmps { Span at; int first; } GoReturnTmps;

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
    VEC(Span) capture_at; /* beside captures (when as long): the first use
                           in the literal, where Go's closure variable is */
    VEC(Var *) go_captures; /* the same in go1.19's order, where an
                           assignment's right side comes before its left
                           (-m=2's "capturing by" lines) */
    VEC(FuncInfo *) lits;/* func literals directly inside, in source order */
    VEC(Var *) results; /* named results, in order (empty when unnamed) */
    bool has_defer;     /* a defer statement in its own body: deferred
                           calls run at its returns and when a panic
                           unwinds it (mir/build_defer.c) */
    int ndefer_wraps;   /* wrappers made for its defers (naming) */
    bool defer_wrapper; /* made by sema for `defer f(x)`: transparent to
                           recover, as go1.19's wrappers are (the call it
                           makes is the deferred call) */
    int nmeth_wraps;    /* wrappers made for its method values (naming) */
    int esc_tmps;       /* deferred calls' arguments so far (Var.esc_tmp) */
    int go_dcls;        /* names go1.19 has declared in it so far (its
                           len(curfn.Dcl)): numbers its .autotmp_N
                           (sema/autotmp.c) */
    VEC(GoReturnTmps) return_tmps; /* its `return f()` of several results */
    int outer_loops, outer_labels, outer_seq;   /* func literals: the
                           enclosing function's Checker.loops, .labels and
                           .stmt_seq where the literal is written */
    bool called_in_place; /* a func literal called where it is written,
                           func() { ... }(): go1.19's walk makes its
                           captured variables parameters (directClosureCall) */
    bool iface_wrapper; /* a method sema wrote for one promoted from an
                           embedded interface (iface_promote.c): its body
                           is built checked; Go's <autogenerated> wrapper */
    MethVal *mv;        /* a method value's or expression's wrapper: Go
                           calls through a method value dynamically, and
                           reports no line of its own for the wrapper */
};

typedef struct Global {
    Sym name;
    Span span;
    Type *type;
    Decl *decl;
    Expr *init;         /* initializer expression, or NULL (zero) */
    int tuple_n;        /* var a, b = f(): on a, init is f() whose n
                           results go to this global and the n - 1 after
                           it (b's init is NULL) */
} Global;

/* An index go1.19 proves in bounds (bce.c): -m's "index bounds check
 * elided" at at, the index's '['. */
typedef struct BceNote {
    FuncInfo *fn;
    Span at;
    Expr *index;        /* the a[i] */
    int stmt;           /* the statement it is in (Checker.stmt_seq) */
    Stmt *as2;          /* the multiple assignment (a, b[i] = x, y) the
                           index is in: go1.19's walk of it orders its
                           notes and may copy an assigned array element's
                           index first, withdrawing the note (bce_as2.c,
                           decided once fn is checked) */
} BceNote;

/* What sema hands to MIR building. */
typedef struct SemaInfo {
    Program *prog;
    VEC(FuncInfo *) funcs;  /* every D_FUNC in source order (lits via ->lits) */
    VEC(Global) globals;    /* package vars in declaration order */
    VEC(struct Var *) init_vars; /* hidden variables of the package's
                               initialization (f(g())'s .autotmp_N in a
                               global's initializer): Var.index into it */
    VEC(Type *) structs;    /* named struct types in declaration order */
    VEC(Type *) tuples;     /* result tuples, found by a linear search */
    VEC(Type *) anon_structs;/* struct{...} types written out, likewise */
    FuncInfo *main;
    VEC(FuncInfo *) inits;
    Type *basic[T__COUNT];  /* the sized numeric types by kind (scope.c) */
    Type *t_rune;           /* int32 */  /* func init() declarations, in source order */
    /* basic types */
    Type *t_void, *t_int, *t_byte, *t_bool, *t_float, *t_string;
    Type *t_untyped_int, *t_untyped_float, *t_untyped_nil;
    Type *t_untyped_rune;   /* kind UNTYPED_INT, rune_const set */
    Type *t_rune_word, *t_uint8_word, *t_iface_word; /* int32 / byte / any
                               spelled rune / uint8 / interface{}: in
                               messages and -m only (spell.c) */
    Type *t_any;            /* the empty interface */
    Type *t_error;          /* the predeclared error interface */
    Type *t_stringer;       /* fmt.Stringer */
    Type *t_builder;        /* strings.Builder, made when first named
                               (packages.c: the runtime's ml0_strings_Builder) */
    Type *t_file;           /* os.File (packages.c: the runtime's ml0_os_File) */
    Type *t_scanner;        /* bufio.Scanner (packages.c: ml0_bufio_Scanner) */
    Type *t_numerror;       /* strconv.NumError (packages.c: ml0_strconv_NumError) */
    Type *t_splitfunc;      /* bufio.SplitFunc: which of bufio's four (an int) */
    Type *t_writer;         /* io.Writer, fmt.Fprint*'s w: an interface only
                               *os.File and *strings.Builder implement */
    VEC(Type *) ifaces;     /* interface types with methods (named and anonymous) */
    VEC(Type *) named_ifaces;/* interfaces named by a type spec over another
                               type (`type I interface{...}` in a body,
                               `type J I`), made on first use; not in
                               ifaces (escape/wrappers.c writes a body's) */
    VEC(BceNote) bce;       /* index bounds checks go1.19 elides, in check order */
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
/* -m: go1.19's "index bounds check elided" lines (bce.c), after the
 * escape lines. early tells where gc's order evaluated an index ahead of
 * its statement, in a temporary's initialisation: its place among those
 * (0, 1, ...), or -1 if the index is evaluated in the statement itself
 * (the MIR builder, which follows gc's order, knows: mir_early_rank). */
typedef int (*SemaEarlyRank)(void *arg, Expr *index);
void sema_report_bce(Ctx *c, SemaInfo *s, SemaEarlyRank early, void *arg);
/* go1.19's walk order (gc's enqueueFunc over Target.Decls) of fn, a
 * function of the program, and its func literals: visit is called once
 * for each function walk handles, in that order (bce.c). */
typedef void (*SemaWalkVisit)(void *arg, FuncInfo *fn);
void sema_walk_func(FuncInfo *fn, SemaWalkVisit visit, void *arg);

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
Type *type_struct_lit(SemaInfo *s, Field *fields, int nfields); /* struct{...}, canonical */
Type *type_named(SemaInfo *s, Sym name, Span at, Type *u); /* type Name U (U not a struct literal) */
/* The same into t, made before U was known (`type T *T`: check_types.c) */
void type_named_fill(Type *t, Sym name, Span at, Type *u);
void type_layout(Type *t);              /* fills size/align of a struct */
bool type_is_copy(Type *t);             /* LANGUAGE.md: Copy types */
bool type_has_pointers(Type *t);        /* does it hold any pointer? */
int64_t type_go_size(Type *t);         /* its size in Go (a func value: 8) */
bool type_needs_drop(Type *t);          /* drop glue: a drop method or a Box, anywhere inside */
bool type_needs_release(Type *t);       /* --runtime=drop: holds references or needs drop glue */
bool type_is_integer(Type *t);          /* int, byte, int8..uint64, untyped int */
bool type_is_unsigned(Type *t);         /* byte, uint, uint16..uint64, uintptr */
bool type_is_float(Type *t);            /* float64, float32, untyped float */
int type_int_bits(Type *t);             /* 8..64 for a typed integer, else 0 */
bool type_is_numeric(Type *t);
bool type_is_pointer_like(Type *t);     /* ptr, box */
/* The name go1.19's -m=2 gives v: a deferred call's argument is the
 * .autotmp_N its escape analysis made (Var.esc_tmp), any other its own
 * name (autotmp.c). */
const char *sema_go_var_name(Ctx *c, Var *v);
/* addrtaken.c: how go1.19 holds a variable */
bool sema_capture_byval(const Var *v);  /* a func literal copies it */
bool sema_go_addrtaken(const Var *v);   /* &v, or captured by reference */
/* go_mapkey.c: go1.19's order pass (order.go mapKeyTemp, isaddrokay) */
bool sema_go_addressable(Expr *e);      /* ir.IsAddressable */
bool sema_go_addr_ok(Expr *e);          /* isaddrokay: addressable, no local */
bool sema_go_map_key_copied(Type *map, Expr *key);  /* copied when met */
/* Go's spelling, used in messages and -m lines: "*User", "[]byte". */
const char *type_name(Ctx *c, Type *t);
const char *type_name_go(Ctx *c, Type *t);   /* as go1.19's -m prints it (types.c) */
/* ---- iface.c ----------------------------------------------------------- */
bool type_is_empty_iface(Type *t);      /* any / interface{} */
int iface_method_index(Type *iface, Sym name);  /* in imethods, or -1 */
/* NULL when t's method set holds every method of iface, else go1.19's
 * reason: "missing Area method", "Area method has pointer receiver",
 * "wrong type for Area method\n\t\thave ...\n\t\twant ...". */
const char *type_missing_method(Ctx *c, Type *t, Type *iface);
bool type_lib_methods(Type *t);   /* os.File, strings.Builder or a pointer to one */
const char *iface_not_impl(Ctx *c, Type *t, Type *iface, const char *why);
/* The function implementing iface method `name` for concrete type t. */
Method *type_iface_impl(Type *t, Sym name);
struct Selection;
Method *type_iface_impl_sel(Type *t, Sym name, struct Selection *sel);

/* A method declared on named type t (or on *t): NULL if none. Only the
 * type's own methods; promoted ones through type_select. */
Method *type_method(Type *t, Sym name);
int type_field_index(Type *t, Sym name);  /* -1 if none (own fields only) */
Type *type_underlying(Type *t);         /* Go's underlying type (t itself if unnamed) */
/* Go's assignability of a typed value of type from to type to (spec
 * "Assignability", untyped constants aside): identical types, or identical
 * underlying types with at least one of them unnamed. */
bool type_assignable(Type *from, Type *to);
/* Go's conversion between non-constant values of identical underlying
 * types (T(x) where neither need be unnamed); numeric and string
 * conversions are the caller's. */
bool type_convertible(Type *from, Type *to);
bool type_slice_to_array_ptr(Type *from, Type *to);
/* Why == is not defined on t (!type_comparable(t)), in Go's words:
 * "struct containing []int cannot be compared", "slice can only be
 * compared to nil". */
const char *type_incomparable_why(Ctx *c, Type *t);

/* ---- select.c: selectors x.f through embedded fields ------------------- */
/* Go's selector rule (spec "Selectors"): the field or method f of the
 * shallowest depth, counting embedded fields traversed; two at the
 * shallowest depth are ambiguous. Fields and methods share one space. */
enum { SEL_MAX_DEPTH = 8 };
typedef enum { SEL_NONE, SEL_FIELD, SEL_METHOD, SEL_AMBIGUOUS } SelKind;
typedef struct Selection {
    SelKind kind;
    Type *owner;        /* the type declaring the field or method (a struct
                           for fields, a named type for methods) */
    int field;          /* SEL_FIELD: index in owner->fields */
    Method *method;     /* SEL_METHOD */
    int depth;          /* embedded fields traversed (0: declared on t itself) */
    int path[SEL_MAX_DEPTH];  /* their field indices, outermost first: x.f is
                                 x.E1.E2...f with Ei = path[i] */
    bool path_ptr[SEL_MAX_DEPTH]; /* that embedded field is a pointer (*E) */
    bool indirect;      /* t is a pointer, or a *E lies on the path: the
                           final receiver is addressable */
} Selection;
/* Look f up in t (a pointer to a struct is looked through, as x.f does).
 * Returns out->kind; out is always filled. */
SelKind type_select(Type *t, Sym name, Selection *out);
/* The method `name` of t, declared or promoted through embedded fields,
 * with the embedding path in *out (may be NULL); NULL if t has none (or it
 * is ambiguous, or a field hides it). For interface satisfaction use
 * type_method_in_set on the result. */
Method *type_method_lookup(Type *t, Sym name, Selection *out);
/* Is the method selected in sel in the method set of t (spec "Method
 * sets")? A pointer-receiver method is, when t is a pointer or the path
 * holds an embedded pointer; a value-receiver method always is. */
bool type_method_in_set(Type *t, const Selection *sel);
/* A method promoted from an interface embedded in t's struct: the
 * interface, the path to its field in *out; NULL if none (select.c). */
Type *type_select_iface_promoted(Type *t, Sym name, Selection *out);
/* The wrapper method of t (or *t) for name promoted from an embedded
 * interface (iface_promote.c), or NULL. */
Method *type_iface_wrapper(Type *t, Sym name);

/* ---- methodset.c: a type's whole method set ---------------------------- */
typedef struct MethodSetEntry {
    Sym name;
    Selection sel;      /* type_select(t, name): the method and its path */
} MethodSetEntry;
/* The method set of t, a named (non-interface) type or a pointer to one:
 * declared and promoted methods, a pointer-receiver one only for *T or
 * through an embedded pointer, in go1.19's order (exported names first,
 * then by name). Returns how many, the entries in *out (arena a); 0 for
 * any other type. */
int type_method_set(Arena *a, Type *t, MethodSetEntry **out);

/* ---- const_num.c, const.c: exact constants ----------------------------- */
/* A big integer: sign and magnitude in little-endian 32-bit limbs, no
 * leading zero limb (zero: len 0, not negative); immutable once made. */
typedef struct BigInt { uint32_t *d; int len; bool neg; } BigInt;
/* An exact rational num/den in lowest terms, den > 0 (integers: den 1):
 * the value of every numeric constant (Expr.exact, Expr.u.binary.folded). */
typedef struct Num { BigInt num, den; } Num;
/* The value of the checked numeric constant expression e as a value of
 * type t: *bits holds an integer type's two's complement bits, *f a float
 * type's value (rounded to nearest); a comparison of numeric constants
 * gives a bool in *bits. False if e is not such a constant. */
bool sema_const_number(Ctx *c, SemaInfo *s, Expr *e, Type *t, int64_t *bits, double *f);

#endif
