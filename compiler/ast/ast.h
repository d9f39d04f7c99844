/*
 * ast.h: the abstract syntax tree, one header for the ast layer.
 *
 * The parser builds these nodes in the context arena through the ast_new_*
 * constructors (ast.c); the checker (sema) then fills the fields marked
 * "sema:" in place, so the checked AST is the same tree with types and
 * resolved names. Every node carries a Span. Node kinds are listed once, in
 * ast_kinds.def. Lists are VEC()s from base.h.
 *
 * Invariant: after sema_check succeeds, every Expr has a non-NULL type and
 * every E_NAME has a non-NULL sym.
 */
#ifndef ML0_AST_H
#define ML0_AST_H

#include "../base/base.h"

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Decl Decl;
typedef struct TypeExpr TypeExpr;
struct Type;        /* sema.h */
struct Symbol;      /* sema.h */
struct Var;         /* sema.h */
struct FuncInfo;    /* sema.h */

typedef enum {
#define EXPR_KIND(k, s) k,
#include "ast_kinds.def"
#undef EXPR_KIND
    E__COUNT
} ExprKind;

typedef enum {
#define STMT_KIND(k, s) k,
#include "ast_kinds.def"
#undef STMT_KIND
    S__COUNT
} StmtKind;

typedef enum {
#define DECL_KIND(k, s) k,
#include "ast_kinds.def"
#undef DECL_KIND
    D__COUNT
} DeclKind;

typedef enum {
#define TYPE_KIND(k, s) k,
#include "ast_kinds.def"
#undef TYPE_KIND
    TE__COUNT
} TypeExprKind;

/* Operators of unary, binary and compound-assignment forms.
 * ORDER: ast_op_name in ast.c. */
typedef enum {
    OP_NONE,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_REM,           /* + - * / %   */
    OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR, OP_ANDNOT, /* & | ^ << >> &^ */
    OP_LAND, OP_LOR,                                  /* && ||       */
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,         /* == != < <= > >= */
    OP_NOT, OP_NEG, OP_PLUS, OP_BITNOT,               /* unary ! - + ^ */
    OP__COUNT
} Op;

typedef VEC(Expr *) ExprList;
typedef VEC(Stmt *) StmtList;
typedef VEC(Decl *) DeclList;

typedef struct Str { const char *ptr; int len; } Str;  /* bytes, may hold NUL */

/* A parameter or struct field: `name T`. name is NULL for unnamed params. */
typedef struct Param {
    Sym name;
    Span span;          /* of the name (or of the type when unnamed) */
    TypeExpr *type;
    struct Var *var;    /* sema: the parameter variable (params only) */
    bool embedded;      /* struct field `T` / `*T`: name is T */
} Param;
typedef VEC(Param) ParamList;

/* A function signature: params and at most one result (NULL: none). */
typedef struct FuncSig {
    ParamList params;
    TypeExpr *result;
} FuncSig;

/* One element of a composite literal: `key: value` or `value`. */
typedef struct Elem {
    Expr *key;          /* NULL, a field name (E_NAME) or an index expr */
    Expr *value;        /* may be an E_COMPOSITE with type == NULL (elided) */
    int field;          /* sema: field index for struct literals, else -1 */
} Elem;
typedef VEC(Elem) ElemList;

/* How sema classified a call expression. */
typedef enum {
    CALL_UNRESOLVED,
    CALL_FUNC,          /* direct call of a package-level function: func */
    CALL_METHOD,        /* method call: func is the method, recv the receiver
                           expression; recv_addr: pass &recv, recv_deref:
                           pass *recv (value receivers are not supported) */
    CALL_VALUE,         /* call of a function value (closure) */
    CALL_BUILTIN,       /* builtin: builtin */
    CALL_CONV,          /* conversion T(x): the target is expr->type */
    CALL_EXTERN,        /* a package function bound to the runtime: lib */
    CALL_IFACE,         /* x.M(args) on an interface x: recv = x, imethod = M's
                           index in x's method set (a call through the itab) */
} CallKind;

typedef enum {
    BI_NONE, BI_PRINT, BI_PRINTLN, BI_LEN, BI_CAP, BI_APPEND, BI_MAKE,
    BI_NEW, BI_PANIC, BI_COPY, BI_BOX, BI_NANOTIME, BI_DELETE, BI_RECOVER,
    BI__COUNT           /* ORDER: sema's builtin name table */
} Builtin;

/* Kept small (72 bytes): a large program has millions. */
struct Expr {
    ExprKind kind : 8;
    bool is_const;              /* sema: a compile-time constant */
    Span span;
    struct Type *type;          /* sema: the expression's type */
    union {
        struct {
            union {
                int64_t ival;   /* E_INT; sema also folds constants here */
                double fval;    /* E_FLOAT */
            };
            const struct Num *exact; /* sema: the exact value when ival/fval
                                        cannot hold it (a literal wider than
                                        int64, 0.1, folded constants), or NULL */
        };
        struct {
            Str str;            /* E_STRING (decoded bytes) */
            struct Expr *folded_conv; /* sema: string(x) folded to this
                                         literal keeps x, for -m's
                                         spelling of the source */
        };
        struct {
            Sym name;
            struct Symbol *sym; /* sema: what the name denotes */
        } name;
        struct { Op op; Expr *x; const struct Num *folded; } unary;    /* folded: sema, */
        struct { Op op; Expr *x, *y; const struct Num *folded; } binary; /* a constant's exact value */
        struct {
            Expr *x;
            bool mut;
            bool implicit;      /* sema: a method receiver's &x (x.M() of
                                   strings.Builder, a deferred c.M()), which
                                   Go's selector takes at its '.' and
                                   prints as x */
        } addr;
        struct { Expr *x; } deref;
        struct {
            Expr *fn;
            ExprList args;      /* for make/new the first arg is a type
                                   expression (E_TYPE or a name/index/deref
                                   that sema reads as a type) */
            Expr *recv;         /* sema, CALL_METHOD */
            union {
                Decl *func;     /* sema, CALL_FUNC / CALL_METHOD */
                struct Type *type_arg; /* sema, CALL_BUILTIN: make/new's type */
                const struct LibMember *lib; /* sema, CALL_EXTERN (lib/lib.h) */
                int imethod;    /* sema, CALL_IFACE */
            };
            int lparen;         /* offset of '(' (Go reports calls there):
                                   ast_call_lparen */
            Expr *tuple_call;   /* sema: f(g()) with g multi-valued: g()
                                   itself, whose results sema put in hidden
                                   variables .autotmp_N, now f's args */
            CallKind kind : 8;  /* sema */
            Builtin builtin : 8;/* sema, CALL_BUILTIN */
            bool recv_addr;     /* sema, CALL_METHOD: take &recv */
            bool spread;        /* f(xs...): the last argument is the variadic slice */
            bool recv_deref;    /* sema, CALL_METHOD: pass *recv (value receiver
                                   called through a pointer) */
            uint16_t autotmp;   /* sema: go1.19 moves the callee into its
                                   .autotmp_N, N = autotmp - 1 (0: none;
                                   sema/autotmp.c) */
        } call;
        struct {
            Expr *x, *index;
            bool comma_ok;      /* sema: v, ok := m[k] (type (V, bool)) */
        } index;
        struct { Expr *x, *lo, *hi, *max; } slice;  /* lo/hi/max may be NULL */
        struct {
            Expr *x;
            Sym name;
            int name_lo;        /* offset of the name: ast_field_name_span */
            int index;          /* sema: field index */
            bool through_ptr;   /* sema: x is a pointer/Box, access is (*x).f */
            bool implicit;      /* sema: an embedded field Go inserts in a
                                   promoted selector (d.x is d.Base.x) */
        } field;
        struct {
            TypeExpr *type;     /* NULL when elided inside another literal */
            ElemList elems;
        } composite;
        struct {
            FuncSig sig;
            Stmt *body;         /* S_BLOCK */
            struct FuncInfo *info; /* sema */
            struct MethVal *mv; /* sema: a method value x.M or method
                                   expression T.M rewritten into a wrapper
                                   literal (sema/methval.c), else NULL */
        } funclit;
        struct { TypeExpr *type; } type;
        struct { Expr *x; } paren;
        struct {
            Expr *x;
            TypeExpr *type;     /* NULL: x.(type), a type switch's guard */
            int lparen;         /* offset of '(' (Go's position of the assertion) */
            struct Type *target; /* sema: T */
            bool comma_ok;      /* sema: v, ok := x.(T): a (T, bool) tuple */
            bool test;          /* sema: only "is x's dynamic type T?" (a
                                   type switch's case): bool */
        } assert;
    } u;
};

/* One clause of a switch: `case v1, v2: body` or `default: body`. */
typedef struct CaseClause {
    ExprList values;    /* empty for default */
    bool is_default;
    Span span;          /* of `case`/`default` */
    Span colon;         /* of its `:` (where Go declares a type switch's
                           per-clause variable) */
    Stmt *body;         /* S_BLOCK holding the clause's statements */
    Expr *cond;         /* sema: tag == v1 || tag == v2 (tagless: v1 || v2) */
} CaseClause;
typedef VEC(CaseClause) CaseList;

struct Stmt {
    StmtKind kind;
    Span span;
    union {
        struct { StmtList stmts; Span rbrace; } block;
        struct { Expr *x; } expr;
        struct {
            VEC(Sym) names;
            VEC(Span) name_spans;
            TypeExpr *type;     /* may be NULL */
            ExprList values;    /* may be empty */
            VEC(struct Var *) vars; /* sema: one per name */
            ExprList temps;     /* sema: var a, b I = f() with f's results
                                   converted: .autotmp_N per result */
            int iota;           /* S_CONST: the spec's index in its group */
        } var;
        struct {
            Op op;              /* OP_NONE for = and :=, else the compound op */
            ExprList lhs, rhs;
            VEC(struct Var *) vars; /* sema, S_DEFINE: per lhs, the new
                                       variable or NULL if reused */
            ExprList temps;     /* sema: u, v = f() with f's results
                                   converted: .autotmp_N per result */
        } assign;
        struct { Expr *x; bool inc; } incdec;
        struct {
            Stmt *init;         /* may be NULL */
            Expr *cond;
            Stmt *then;         /* S_BLOCK */
            Stmt *els;          /* NULL, S_BLOCK or S_IF */
        } if_;
        struct {
            Stmt *init, *post;  /* may be NULL */
            Expr *cond;         /* NULL: forever */
            Stmt *body;
        } for_;
        struct {
            Expr *key, *value;  /* either may be NULL; `_` is an E_NAME */
            Expr *extra;        /* a third variable (an error sema reports,
                                   as go1.19's type checker does), or NULL */
            bool define;        /* := (true) or = (false) */
            Expr *x;
            Stmt *body;
            struct Var *key_var, *value_var; /* sema, define: new vars */
        } range;
        struct {
            Expr *x;            /* NULL for a bare return or two or more values */
            ExprList list;      /* return a, b: the values when two or more */
        } ret;
        struct {
            Stmt *init;         /* may be NULL */
            Expr *tag;          /* NULL: tagless (switch true) */
            CaseList clauses;
            Expr *bind;         /* type switch `x := v.(type)`: the E_NAME x, else NULL */
            bool type_switch;   /* sema: a type switch (tag is v; conds test .tag's type) */
            struct Var *tag_var; /* sema: the hidden variable holding tag */
            struct Symbol *tag_sym; /* sema: its symbol (for the conditions) */
        } switch_;
        struct {
            Sym label;          /* NULL for a plain break/continue */
            Span label_span;
            Stmt *target;       /* sema: the loop/switch (break, continue)
                                   or the S_LABELED statement (goto) */
        } jump;
        struct {
            Sym label;
            Span label_span;
            Stmt *stmt;         /* the labeled statement (may be S_EMPTY) */
            bool looping;       /* sema: a later goto jumps back to it
                                   (escape analysis counts it as a loop) */
            Stmt *block;        /* sema: the block whose list holds it */
        } labeled;
        struct { Decl *decl; } typedecl;  /* S_TYPE: a D_TYPE */
        struct {
            Expr *call;         /* the deferred call, as written */
            Expr *fn;           /* sema: the func() value deferred: the
                                   call's own callee when it is already a
                                   call of a func() with no arguments, else
                                   a wrapper func literal making the call
                                   (sema/check_defer.c) */
            VEC(struct Var *) temps; /* sema: hidden variables the wrapper */
            ExprList vals;      /* captures, set to vals when the defer runs */
            Expr *tuple;        /* sema: defer f(g()) with g multi-valued:
                                   a copy of the call before hoisting, whose
                                   g() fills its .autotmp_N args (mir's
                                   lower_tuple_args) just before vals[tuple_at] */
            int tuple_at;
        } defer;
    } u;
};

struct TypeExpr {
    TypeExprKind kind;
    bool variadic;              /* TE_SLICE written `...T` (a final parameter) */
    Span span;
    struct Type *resolved;      /* sema */
    struct Type *spelled;       /* sema: resolved as written, for messages
                                   and -m (rune, uint8, aliases seen
                                   through; sema/spell.c), or NULL */
    union {
        Sym name;
        struct { TypeExpr *elem; bool mut; } ptr;
        TypeExpr *elem;         /* TE_SLICE, TE_BOX */
        struct { Expr *len; TypeExpr *elem; } array;
        struct { TypeExpr *key, *val; } map; /* TE_MAP */
        FuncSig func;
        ParamList fields;       /* TE_STRUCT, TE_TUPLE (names NULL when unnamed), TE_IFACE */
    } u;
};

struct Decl {
    DeclKind kind;
    Span span;
    Sym name;
    Span name_span;
    union {
        struct {
            Param *recv;        /* NULL for plain functions */
            FuncSig sig;
            Stmt *body;         /* S_BLOCK; NULL is an error */
            struct FuncInfo *info; /* sema */
        } func;
        struct {
            VEC(Sym) names;
            VEC(Span) name_spans;
            TypeExpr *type;
            ExprList values;
            VEC(struct Symbol *) syms; /* sema */
            ExprList temps;     /* sema: var a, b I = f() with f's results
                                   converted: .autotmp_N per result */
            int iota;           /* const: the spec's index in its group */
            bool implicit;      /* const: type and values repeated from the
                                   previous spec of the group (shared nodes,
                                   checked again with this iota) */
        } var;
        struct {
            TypeExpr *type;
            struct Type *declared;  /* sema: the named type it declares (NULL for an alias) */
            bool alias;         /* type A = B: A denotes B's type itself */
        } type;
    } u;
};

/* import "path" or import name "path" (docs/packages.md). */
typedef struct Import {
    Sym path;           /* "fmt", "math" */
    Sym name;           /* the name it binds: the alias, else the path's last element */
    Span span;          /* the path string (Go reports import errors there) */
    bool used;          /* sema: some selector name.X used it */
} Import;
typedef VEC(Import) ImportList;

typedef struct Program {
    int file;
    ImportList imports;
    DeclList decls;
} Program;

/* ---- ast.c: constructors (arena-allocated, zeroed, kind and span set) -- */
Expr *ast_expr(Ctx *c, ExprKind k, Span s);
Stmt *ast_stmt(Ctx *c, StmtKind k, Span s);
Decl *ast_decl(Ctx *c, DeclKind k, Span s);
TypeExpr *ast_type(Ctx *c, TypeExprKind k, Span s);
const char *ast_expr_kind_name(ExprKind k);
const char *ast_stmt_kind_name(StmtKind k);
const char *ast_op_name(Op op);     /* "+", "&&", ... */
bool ast_is_blank(Expr *e);         /* the blank identifier `_` */
Span ast_call_lparen(Expr *call);   /* the call's '(' */
Span ast_field_name_span(Expr *sel);/* the selector's name in x.name */

/* ---- ast_walk.c: an expression's operands in Go's evaluation order ---- */
typedef bool (*AstOperandFn)(Expr *operand, void *arg);   /* true: stop */
bool ast_each_operand(Expr *e, AstOperandFn fn, void *arg); /* true if fn stopped */

/* ---- ast_dump.c -------------------------------------------------------- */
void ast_dump(Ctx *c, Program *p, FILE *out);   /* stable s-expression form */

#endif
