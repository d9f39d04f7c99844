/*
 * packages.c: imports and the members of imported packages (docs/packages.md).
 *
 *   import "fmt"          a SYM_PACKAGE named fmt in the file scope
 *   fmt.Println(x)        the selector resolves to the member's symbol:
 *                         a SYM_LIBFUNC (call of a runtime C function) or
 *                         a SYM_CONST (math.Pi), and the E_FIELD node is
 *                         rewritten in place into an E_NAME of it, so every
 *                         later pass sees an ordinary name
 *
 * A member's signature is written in Go syntax in lib/packages.def and
 * parsed here into canonical types the first time a program names it. An
 * unknown path is Go's "package foo is not in GOROOT" (and the only error,
 * as go build stops there); an import no selector used is Go's "imported
 * and not used".
 */
#include "check.h"
#include "../lib/lib.h"

#include <string.h>

/* False when some path is no package ml0c has: go build stops at such an
 * import (it never type-checks the file), so sema stops after them. */
bool chk_imports(Checker *k, Program *p) {
    bool ok = true;
    for (int i = 0; i < p->imports.len; i++) {
        Import *im = &p->imports.data[i];
        if (!lib_has_package(im->path)) {
            diag_error(k->c, im->span, "package %s is not in GOROOT (ml0c provides %s)", im->path,
                       lib_package_list(k->c));
            ok = false;
            continue;
        }
        for (int j = 0; j < k->imports.len; j++)
            if (k->imports.data[j]->name == im->name) {
                Diag *d = diag_error(k->c, im->span, "%s redeclared in this block", im->name);
                diag_related(k->c, d, k->imports.data[j]->span, "other declaration of %s", im->name);
            }
        Symbol *sym = arena_alloc(&k->c->arena, sizeof *sym);
        sym->kind = SYM_PACKAGE;
        sym->name = im->name;
        sym->span = im->span;
        sym->imp = im;
        vec_push(&k->c->arena, &k->imports, sym);
    }
    return ok;
}

void chk_unused_imports(Checker *k, Program *p) {
    for (int i = 0; i < k->imports.len; i++) {
        Import *im = k->imports.data[i]->imp;
        if (!im->used)
            diag_error(k->c, im->span, "imported and not used: \"%s\"", im->path);
    }
    (void)p;
}

/* ---- signatures: "(format string, a ...any) string" ------------------- */

typedef struct SigParser { Checker *k; const char *s; } SigParser;

static void sig_space(SigParser *sp) {
    while (*sp->s == ' ')
        sp->s++;
}

static bool sig_eat(SigParser *sp, const char *tok) {
    sig_space(sp);
    size_t n = strlen(tok);
    if (strncmp(sp->s, tok, n) != 0)
        return false;
    sp->s += n;
    return true;
}

static Type *sig_func_rest(SigParser *sp);
static Type *sort_iface(Checker *k);
static Type *builder_type(Checker *k);
static Type *file_type(Checker *k);
static Type *scanner_type(Checker *k);
static Type *splitfunc_type(Checker *k);
static Type *numerror_type(Checker *k);

static Type *sig_type(SigParser *sp) {
    SemaInfo *s = sp->k->s;
    sig_space(sp);
    if (sig_eat(sp, "func"))    /* sort.Slice's less func(i int, j int) bool */
        return sig_func_rest(sp);
    if (sig_eat(sp, "[]"))
        return type_slice(s, sig_type(sp));
    if (sig_eat(sp, "*"))
        return type_ptr(s, sig_type(sp), false);
    if (sig_eat(sp, "Builder"))     /* strings.Builder's methods */
        return builder_type(sp->k);
    if (sig_eat(sp, "Scanner"))     /* bufio.NewScanner's *bufio.Scanner */
        return scanner_type(sp->k);
    if (sig_eat(sp, "NumError"))    /* (*strconv.NumError).Error */
        return numerror_type(sp->k);
    if (sig_eat(sp, "SplitFunc"))   /* bufio.ScanWords... */
        return splitfunc_type(sp->k);
    if (sig_eat(sp, "File"))        /* os.Stdout's *os.File */
        return file_type(sp->k);
    if (sig_eat(sp, "Writer"))      /* fmt.Fprint*'s io.Writer */
        return chk_writer_type(sp->k);
    if (sig_eat(sp, "Interface"))   /* sort.Sort's sort.Interface */
        return sort_iface(sp->k);
    static const struct { const char *name; int which; } basic[] = {
        {"int64", 6}, {"int", 0}, {"float64", 1}, {"string", 2}, {"bool", 3},
        {"byte", 4}, {"rune", 5}, {"any", 7}, {"uint64", 8}, {"error", 9},
    };
    for (size_t i = 0; i < sizeof basic / sizeof basic[0]; i++)
        if (sig_eat(sp, basic[i].name)) {
            Type *t[] = {s->t_int, s->t_float, s->t_string, s->t_bool, s->t_byte,
                         s->t_rune ? s->t_rune : s->t_int, s->basic[T_INT64] ? s->basic[T_INT64] : s->t_int,
                         s->t_any, s->basic[T_UINT64] ? s->basic[T_UINT64] : s->t_int, s->t_error};
            return t[basic[i].which];
        }
    ICE("lib signature: bad type at '%s'", sp->s);
}

/* A parameter is `name T` or `name ...T`; the name is documentation. */
static Type *sig_param(SigParser *sp, bool *variadic) {
    sig_space(sp);
    while (*sp->s >= 'a' && *sp->s <= 'z')
        sp->s++;
    if (sig_eat(sp, "...")) {
        *variadic = true;
        return type_slice(sp->k->s, sig_type(sp));
    }
    return sig_type(sp);
}

/* "(params) result" after "(" is at sp->s; result is one type or none. */
static Type *sig_func_rest(SigParser *sp) {
    Checker *k = sp->k;
    Type *t = type_new(k->s, T_FUNC, 16, 8);
    if (!sig_eat(sp, "("))
        ICE("lib signature at '%s'", sp->s);
    while (!sig_eat(sp, ")")) {
        vec_push(&k->c->arena, &t->params, sig_param(sp, &t->variadic));
        sig_eat(sp, ",");
    }
    sig_space(sp);
    if (sig_eat(sp, "(")) {     /* (int, error): a tuple (strconv.Atoi) */
        Type *elems[8];
        int n = 0;
        while (!sig_eat(sp, ")") && n < 8) {
            elems[n++] = sig_type(sp);
            sig_eat(sp, ",");
        }
        t->result = type_tuple(k->s, elems, n);
        return type_func_v(k->s, t->params.data, t->params.len, t->result, t->variadic);
    }
    t->result = *sp->s && *sp->s != ')' && *sp->s != ',' ? sig_type(sp) : k->s->t_void;
    return type_func_v(k->s, t->params.data, t->params.len, t->result, t->variadic);
}

static Type *sig_func(Checker *k, const char *sig) {
    SigParser sp = {k, sig};
    return sig_func_rest(&sp);
}

/* ---- members ---------------------------------------------------------- */

static Symbol *member_symbol(Checker *k, const LibMember *m, Span at) {
    Symbol *sym = arena_alloc(&k->c->arena, sizeof *sym);
    sym->name = arena_printf(&k->c->arena, "%s.%s", m->pkg, m->name);
    sym->span = at;
    switch (m->kind) {
    case LIB_FUNC:
        sym->kind = SYM_LIBFUNC;
        sym->lib = m;
        sym->type = sig_func(k, m->sig);
        return sym;
    case LIB_CONST_INT:
    case LIB_CONST_RUNE:    /* utf8.RuneError: an untyped rune, a rune when used alone */
    case LIB_CONST_FLOAT: {
        bool isint = m->kind != LIB_CONST_FLOAT, neg = m->value[0] == '-';
        sym->kind = SYM_CONST;
        sym->type = m->kind == LIB_CONST_RUNE ? k->s->t_untyped_rune
                    : isint                   ? k->s->t_untyped_int
                                              : k->s->t_untyped_float;
        Num n;
        if (!num_parse(&k->c->arena, m->value + neg, (int)strlen(m->value + neg), &n))
            ICE("bad constant %s.%s", m->pkg, m->name);
        sym->cval = const_expr(k, const_of_num(k, neg ? num_neg(n) : n, !isint), sym->type, at);
        return sym;
    }
    case LIB_VAR:       /* os.Args: read through a runtime call */
        sym->kind = SYM_LIBFUNC;
        sym->lib = m;
        sym->type = sig_func(k, m->sig);
        return sym;
    }
    return NULL;
}

static bool scalar(Type *t) {
    return (type_is_integer(t) || type_is_float(t) || t->kind == T_BOOL) && t->kind != T_UNTYPED_INT &&
           t->kind != T_UNTYPED_FLOAT;
}

/* May a library function be a func value (`strings.FieldsFunc(s,
 * unicode.IsSpace)`, `strings.Map(unicode.ToUpper, s)`)? When it is a
 * plain function of numbers, runes and bools: codegen wraps its C
 * function in a closure-ABI function (iface.c, cg_lib_func_value). */
static bool lib_value_ok(Symbol *sym) {
    Type *ft = sym->type;
    if (sym->lib->kind != LIB_FUNC || sym->lib->recv || ft->variadic)
        return false;
    for (int i = 0; i < ft->params.len; i++)
        if (!scalar(ft->params.data[i]))
            return false;
    return ft->result->kind == T_VOID || scalar(ft->result);
}

/* May any other library function be a func value? Through a wrapper
 * literal (methval.c, chk_lib_func_value): every plain function (the
 * wrapper's body is an ordinary call, so fmt.Fprintln, sort.Sort and
 * fmt.Errorf keep codegen's layouts of their calls); a library type's
 * method is reached as x.M, not here. */
static bool lib_wrap_ok(Symbol *sym) {
    const LibMember *m = sym->lib;
    if (m->kind != LIB_FUNC || m->recv)
        return false;
    return true;
}

/* The type of a name rewritten from pkg.Name (also when checked again). */
Type *chk_member_type(Checker *k, Expr *e) {
    Symbol *sym = e->u.name.sym;
    if (sym->kind == SYM_CONST)
        e->is_const = true;
    if (sym->kind == SYM_LIBFUNC && !lib_value_ok(sym) && lib_wrap_ok(sym))
        return chk_lib_func_value(k, e, sym);   /* a wrapper literal (methval.c) */
    if (sym->kind == SYM_LIBFUNC && !lib_value_ok(sym)) {     /* a callee is typed by chk_call */
        diag_error(k->c, e->span, "function values of library functions are not supported yet (call %s(...))",
                   sym->name);
        return NULL;
    }
    return e->type = sym->type;
}

/* Is sel `pkg.Name` where pkg names an import? If so it is rewritten into
 * an E_NAME of the member's symbol (or an error is reported and its sym
 * stays NULL). */
bool chk_package_member(Checker *k, Expr *sel) {
    Expr *x = sel->u.field.x;
    if (x->kind != E_NAME)
        return false;
    Symbol *p = scope_lookup(k, x->u.name.name);
    if (!p || p->kind != SYM_PACKAGE)
        return false;
    p->imp->used = true;
    Sym name = sel->u.field.name;
    const LibMember *m = lib_member(p->imp->path, name);
    Symbol *sym = m ? member_symbol(k, m, sel->span) : NULL;
    if (!sym) {
        diag_error(k->c, m ? sel->span : ast_field_name_span(sel),   /* go1.19: at Printl */
                   m ? "%s.%s is not supported yet" : "undefined: %s.%s", x->u.name.name, name);
        return true;
    }
    if (m->kind == LIB_VAR) {   /* os.Args is the call ml0_os_Args() */
        Expr *fn = ast_expr(k->c, E_NAME, sel->span);
        fn->u.name.name = sym->name;
        fn->u.name.sym = sym;
        fn->type = sym->type;
        memset(&sel->u, 0, sizeof sel->u);
        sel->kind = E_CALL;
        sel->u.call.fn = fn;
        sel->u.call.lparen = sel->span.hi - 1;
        sel->u.call.kind = CALL_EXTERN;
        sel->u.call.lib = m;
        return true;
    }
    sel->kind = E_NAME;
    sel->u.name.name = sym->name;
    sel->u.name.sym = sym;
    return true;
}

/* ---- library types ------------------------------------------------------ */

/* The method set of *T for a library type T (type_missing_method): each
 * packages.def member T_M with its receiver dropped, in name order, so a
 * program's interface with Write, WriteString or String takes an
 * *os.File or a *strings.Builder as Go's io.Writer does. */
static void lib_methods(Checker *k, Type *t, const char *pkg, const char *tname) {
    const LibMember *ms[64];
    int n = lib_methods_of(pkg, tname, ms, 64);
    for (int i = 0; i < n; i++) {
        const LibMember *m = ms[i];
        Type *fn = sig_func(k, m->sig);
        IMethod im = {intern_cstr(k->c, m->method),
                      type_func_v(k->s, fn->params.data + 1, fn->params.len - 1, fn->result, fn->variadic), {0}, NULL};
        vec_push(&k->c->arena, &t->lib_methods, im);
    }
}

/* *slot = a library struct type pkg.name of the n fields f (their names
 * start with '.', unreachable from programs), then the methods
 * lib/packages.def gives it (their signatures may name the type: *slot
 * is set first). */
static void lib_struct(Checker *k, Type **slot, Field *f, int n, const char *pkg, const char *name) {
    Type *t = type_struct_anon(k->s, f, n);
    t->name = intern_cstr(k->c, arena_printf(&k->c->arena, "%s.%s", pkg, name));
    *slot = t;
    lib_methods(k, t, pkg, name);
}

/* strings.Builder: a named struct laid out as the runtime's
 * ml0_strings_Builder { void *addr; ml0_slice buf; } (ml0lib.h). Its
 * fields have names no program can spell; addr is a plain word (the copy
 * check's own address, never counted), buf an ordinary []byte that
 * --runtime=drop releases with the Builder. */
static Type *builder_type(Checker *k) {
    SemaInfo *s = k->s;
    if (!s->t_builder) {
        Field f[2] = {{.name = intern_cstr(k->c, ".addr"), .type = s->basic[T_UINTPTR] ? s->basic[T_UINTPTR] : s->t_int},
                      {.name = intern_cstr(k->c, ".buf"), .type = type_slice(s, s->t_byte)}};
        lib_struct(k, &s->t_builder, f, 2, "strings", "Builder");
    }
    return s->t_builder;
}

/* os.File: a named struct laid out as the runtime's ml0_os_File { int64
 * fd; } (ml0lib.h), its field unnamed for programs. os.Stdout and
 * os.Stderr are pointers to the runtime's two static Files. */
static Type *file_type(Checker *k) {
    SemaInfo *s = k->s;
    if (!s->t_file) {
        Field f[1] = {{.name = intern_cstr(k->c, ".fd"), .type = s->t_int}};
        lib_struct(k, &s->t_file, f, 1, "os", "File");
    }
    return s->t_file;
}

/* bufio.Scanner: a named struct of plain words, the size of the
 * runtime's ml0_bufio_Scanner (ml0lib.h). Programs only hold pointers
 * NewScanner made: a counted object of the runtime's own kind, whose
 * token string the runtime releases with it. */
static Type *scanner_type(Checker *k) {
    SemaInfo *s = k->s;
    if (!s->t_scanner) {
        static const char *names[] = {".tok", ".toklen", ".file", ".split", ".state"};
        Field f[5];
        for (int i = 0; i < 5; i++)
            f[i] = (Field){.name = intern_cstr(k->c, names[i]),
                           .type = s->basic[T_UINTPTR] ? s->basic[T_UINTPTR] : s->t_int};
        lib_struct(k, &s->t_scanner, f, 5, "bufio", "Scanner");
    }
    return s->t_scanner;
}

/* strconv.NumError { Func string; Num string; Err error }: Go's struct,
 * laid out as the runtime's ml0_strconv_NumError (ml0lib.h), its fields
 * the program's to read and write. The parse functions' errors are
 * pointers to it (lib/errors.c); codegen gives *strconv.NumError the
 * runtime's own descriptor, so assertions and errors.As find them. */
static Type *numerror_type(Checker *k) {
    SemaInfo *s = k->s;
    if (!s->t_numerror) {
        Field f[3] = {{.name = intern_cstr(k->c, "Func"), .type = s->t_string},
                      {.name = intern_cstr(k->c, "Num"), .type = s->t_string},
                      {.name = intern_cstr(k->c, "Err"), .type = s->t_error}};
        lib_struct(k, &s->t_numerror, f, 3, "strconv", "NumError");
    }
    return s->t_numerror;
}

/* bufio.SplitFunc: in ml0c a named int saying which of bufio.ScanLines,
 * ScanWords, ScanRunes and ScanBytes it is (0..3, lib/bufio.c); a split
 * function of the program's is refused by name (chk_lib_method_call). */
static Type *splitfunc_type(Checker *k) {
    SemaInfo *s = k->s;
    if (!s->t_splitfunc)
        s->t_splitfunc = type_named(s, intern_cstr(k->c, "bufio.SplitFunc"), (Span){0}, s->t_int);
    return s->t_splitfunc;
}

/* io.Writer: interface { Write(p []byte) (n int, err error) }, a real
 * interface (an itab per conversion, codegen/itab.c). A program's type
 * with that Write method implements it as any interface; *os.File and
 * *strings.Builder, whose methods are runtime functions and no Method of
 * sema's, implement it by name here and in codegen (lib_writer_method). */
Type *chk_writer_type(Checker *k) {
    SemaInfo *s = k->s;
    if (!s->t_writer) {
        Type *t = type_new(s, T_IFACE, 16, 8);
        t->name = intern_cstr(k->c, "io.Writer");
        Type *res[2] = {s->t_int, s->t_error};
        Type *p = type_slice(s, s->t_byte);
        IMethod m = {intern_cstr(k->c, "Write"), type_func(s, &p, 1, type_tuple(s, res, 2)), {0}, NULL};
        vec_push(&k->c->arena, &t->imethods, m);
        vec_push(&k->c->arena, &s->ifaces, t);
        s->t_writer = t;
    }
    return s->t_writer;
}

/* io.NAME, another of io's interfaces (lib_io_iface): built once, found
 * again among the program's interfaces by its name. */
static Type *io_type(Checker *k, const char *name) {
    if (strcmp(name, "Writer") == 0)
        return chk_writer_type(k);
    SemaInfo *s = k->s;
    Sym qualified = intern_cstr(k->c, arena_printf(&k->c->arena, "io.%s", name));
    for (int i = 0; i < s->ifaces.len; i++)
        if (s->ifaces.data[i]->name == qualified)
            return s->ifaces.data[i];
    Type *t = type_new(s, T_IFACE, 16, 8);
    t->name = qualified;
    Type *res[2] = {s->t_int, s->t_error};
    Type *rw = type_tuple(s, res, 2);
    Type *bytes = type_slice(s, s->t_byte);
    for (const char *m = lib_io_iface(name); m && *m;) {
        const char *end = strchr(m, ' ');
        size_t n = end ? (size_t)(end - m) : strlen(m);
        Sym mname = intern(k->c, m, n);
        Type *fn = strcmp(mname, "Close") == 0         ? type_func(s, NULL, 0, s->t_error)
                   : strcmp(mname, "WriteString") == 0 ? type_func(s, &s->t_string, 1, rw)
                                                       : type_func(s, &bytes, 1, rw);
        IMethod im = {mname, fn, {0}, NULL};
        vec_push(&k->c->arena, &t->imethods, im);
        m += n + (end != NULL);
    }
    vec_push(&k->c->arena, &s->ifaces, t);
    return t;
}

/* sort.Interface: interface { Len() int; Less(i, j int) bool; Swap(i, j
 * int) }, a real interface (codegen calls its itab's methods: sort.Sort
 * hands Less and Swap to the runtime as (fn, data) closures). */
static Type *sort_iface(Checker *k) {
    SemaInfo *s = k->s;
    Sym name = intern_cstr(k->c, "sort.Interface");
    for (int i = 0; i < s->ifaces.len; i++)
        if (s->ifaces.data[i]->name == name)
            return s->ifaces.data[i];
    Type *t = type_new(s, T_IFACE, 16, 8);
    t->name = name;
    Type *ij[2] = {s->t_int, s->t_int};
    IMethod ms[3] = {{intern_cstr(k->c, "Len"), type_func(s, NULL, 0, s->t_int), {0}, NULL},
                     {intern_cstr(k->c, "Less"), type_func(s, ij, 2, s->t_bool), {0}, NULL},
                     {intern_cstr(k->c, "Swap"), type_func(s, ij, 2, s->t_void), {0}, NULL}};
    for (int i = 0; i < 3; i++)
        vec_push(&k->c->arena, &t->imethods, ms[i]);
    vec_push(&k->c->arena, &s->ifaces, t);
    return t;
}

/* *os.File or *strings.Builder: a library type with a Write method. */
bool chk_is_lib_writer(Checker *k, Type *t) {
    return t->kind == T_PTR && !t->name && t->elem && (t->elem == k->s->t_builder || t->elem == k->s->t_file);
}

/* Does from implement an interface of only library writers' methods
 * (io.Writer)? The library types do; anything else is checked as for
 * any interface, with go1.19's error. */
bool chk_writer_assignable(Checker *k, Expr *e, Type *from, const char *context) {
    Type *w = chk_writer_type(k);
    if (from == w || chk_is_lib_writer(k, from))
        return true;
    const char *why = type_missing_method(k->c, from, w);
    if (!why)
        return true;
    if (from == k->s->t_builder || from == k->s->t_file)
        why = "Write method has pointer receiver";
    diag_error(k->c, e->span, "cannot use %s as type io.Writer in %s:\n\t%s", chk_describe(k, e), context,
               iface_not_impl(k->c, from, w, why));
    return false;
}

/* A qualified type name: its package must be imported (and is then used). */
Type *chk_lib_type(Checker *k, const char *qualified, Span at) {
    const char *dot = strchr(qualified, '.');
    Sym pkg = intern(k->c, qualified, (size_t)(dot - qualified));
    Symbol *p = scope_lookup(k, pkg);
    if (!p || p->kind != SYM_PACKAGE) {
        diag_error(k->c, at, "undefined: %s", pkg);
        return NULL;
    }
    p->imp->used = true;
    if (lib_is_type(p->imp->path, dot + 1))
        return strcmp(p->imp->path, "fmt") == 0  ? k->s->t_stringer
               : strcmp(p->imp->path, "os") == 0 ? file_type(k)
               : strcmp(p->imp->path, "io") == 0 ? io_type(k, dot + 1)
               : strcmp(p->imp->path, "sort") == 0 ? sort_iface(k)
               : strcmp(p->imp->path, "strconv") == 0 ? numerror_type(k)
               : strcmp(p->imp->path, "bufio") == 0 ? (strcmp(dot + 1, "Scanner") == 0 ? scanner_type(k) : splitfunc_type(k))
                                                 : builder_type(k);
    diag_error(k->c, at, "undefined: %s", qualified);
    return NULL;
}

/* Is a, not yet checked, one of bufio's split functions (bufio.ScanWords)? */
static bool bufio_split(Checker *k, Expr *a) {
    if (a->kind != E_FIELD || a->u.field.x->kind != E_NAME)
        return false;
    Symbol *p = scope_lookup(k, a->u.field.x->u.name.name);
    const char *n = a->u.field.name;
    return p && p->kind == SYM_PACKAGE && strcmp(p->imp->path, "bufio") == 0 &&
           (strcmp(n, "ScanLines") == 0 || strcmp(n, "ScanWords") == 0 || strcmp(n, "ScanRunes") == 0 ||
            strcmp(n, "ScanBytes") == 0);
}

/* x.M(args) with x a library type (or a pointer to one): a call of the
 * runtime's ml0_<pkg>_<T>_<M> with &x (or the pointer) first, rewritten
 * into CALL_EXTERN of the member "T_M" (packages.def). NULL when rt is no
 * library type, with e->u.call.kind still unset. */
Type *chk_lib_method_call(Checker *k, Expr *e, Expr *sel, Type *rt) {
    Type *t = rt->kind == T_PTR && !rt->name ? rt->elem : rt;
    if (!t || (t != k->s->t_builder && t != k->s->t_file && t != k->s->t_scanner && t != k->s->t_numerror))
        return NULL;
    Sym name = sel->u.field.name;
    bool file = t == k->s->t_file, scanner = t == k->s->t_scanner, numerr = t == k->s->t_numerror;
    const char *member = arena_printf(&k->c->arena, "%s_%s",
                                      file ? "File" : scanner ? "Scanner" : numerr ? "NumError" : "Builder", name);
    const LibMember *m = lib_member(file ? "os" : scanner ? "bufio" : numerr ? "strconv" : "strings", member);
    e->u.call.kind = CALL_EXTERN;

    if (!m) {
        diag_error(k->c, ast_field_name_span(sel), "%s.%s undefined (type %s has no field or method %s)",
                   chk_expr_string(k, sel->u.field.x), name, type_name(k->c, rt), name);
        return NULL;
    }
    Expr *recv = sel->u.field.x;
    if (rt == t) {      /* &x: x must be addressable */
        if (!chk_addressable(recv)) {
            diag_error(k->c, recv->span, "cannot call pointer method %s on %s", name, chk_describe(k, recv));
            return NULL;
        }
        Expr *a = ast_expr(k->c, E_ADDR, recv->span);
        a->u.addr.x = recv;
        a->u.addr.implicit = true;
        recv = a;
    }
    Symbol *sym = member_symbol(k, m, sel->span);
    Expr *fn = ast_expr(k->c, E_NAME, sel->span);
    fn->u.name.name = arena_printf(&k->c->arena, "%s.%s", type_name(k->c, t), name);
    fn->u.name.sym = sym;
    fn->type = sym->type;
    ExprList args = {0};
    vec_push(&k->c->arena, &args, recv);
    for (int i = 0; i < e->u.call.args.len; i++)
        vec_push(&k->c->arena, &args, e->u.call.args.data[i]);
    bool bad_split = scanner && strcmp(name, "Split") == 0 && e->u.call.args.len == 1 &&
                     !bufio_split(k, e->u.call.args.data[0]);
    e->u.call.fn = fn;
    e->u.call.args = args;
    e->u.call.lib = m;
    if (bad_split) {
        diag_error(k->c, args.data[1]->span,
                   "a split function of the program's is not supported yet (bufio.Scanner.Split takes "
                   "bufio.ScanLines, ScanWords, ScanRunes or ScanBytes)");
        return NULL;
    }
    return sym->type;
}
