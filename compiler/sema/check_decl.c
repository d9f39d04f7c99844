/*
 * check_decl.c: the checker's entry point and package-level declarations.
 *
 * sema_check runs in phases so declaration order never matters: declare
 * every package name; resolve struct types and lay them out (rejecting
 * types that contain themselves by value); attach methods; build every
 * function's signature; write the methods promoted from embedded
 * interfaces (iface_promote.c); then check constants, globals (each on demand,
 * when first used) and function bodies; finally require main.
 */
#include "check.h"

#include <string.h>

/* ---- types ------------------------------------------------------------- */

/* An array type's length, worded as go1.19's arrayLength: a name that is
 * not a constant, a value that is not constant, not an integer, or out of
 * range. */
static int64_t array_len(Checker *k, Expr *len) {
    if (len->kind == E_NAME) {
        Symbol *sym = scope_lookup(k, len->u.name.name);
        if (!sym) {
            diag_error(k->c, len->span, "undeclared name %s for array length", len->u.name.name);
            return -1;
        }
        if (sym->kind != SYM_CONST) {
            diag_error(k->c, len->span, "invalid array length %s", len->u.name.name);
            return -1;
        }
    }
    Type *t = chk_expr(k, len, NULL);
    ConstVal v;
    int64_t n;
    if (!t)
        return -1;
    if (!const_value(k, len, &v)) {
        diag_error(k->c, len->span, "array length %s must be constant", chk_describe(k, len));
        return -1;
    }
    bool integer = v.kind == CV_INT || (v.kind == CV_FLOAT && is_untyped(t));    /* 3.0 as 3, untyped */
    if (!integer || !const_i64(v, &n)) {
        diag_error(k->c, len->span, "array length %s must be integer", chk_describe(k, len));
        return -1;
    }
    if (n < 0 || n > ((int64_t)1 << 40)) {
        diag_error(k->c, len->span, "invalid array length %s", chk_describe(k, len));
        return -1;
    }
    return n;
}

static Type *func_type_of(Checker *k, FuncSig *sig, bool check_names) {
    Type *params[256];
    int n = sig->params.len;
    if (n > 256) {
        diag_error(k->c, sig->params.data[256].span, "too many parameters (more than 256)");
        n = 256;
    }
    bool ok = true;     /* every type is checked, so each is reported (Go's) */
    for (int i = 0; i < n; i++)
        if (!(params[i] = chk_type(k, sig->params.data[i].type)))
            ok = false;
    Type *res = sig->result ? chk_type(k, sig->result) : k->s->t_void;
    bool variadic = n > 0 && sig->params.data[n - 1].type->variadic;
    return res && ok ? type_func_v(k->s, params, n, res, variadic) : NULL;
}

Type *chk_type(Checker *k, TypeExpr *te) {
    if (!te)
        return NULL;
    if (te->resolved)
        return te->resolved;
    Type *t = NULL, *e;
    Symbol *sym = NULL;
    switch (te->kind) {
    case TE_NAME: {
        if (strchr(te->u.name, '.')) {      /* pkg.T: fmt.Stringer, strings.Builder */
            t = chk_lib_type(k, te->u.name, te->span);
            break;
        }
        sym = scope_lookup(k, te->u.name);
        if (!sym)
            diag_error(k->c, te->span, "undefined: %s", te->u.name);
        else if (sym->kind != SYM_TYPE)
            diag_error(k->c, te->span, "%s is not a type", te->u.name);
        else
            t = chk_type_sym(k, sym);
        break;
    }
    case TE_PTR:
        if ((e = chk_type(k, te->u.ptr.elem)))
            t = type_ptr(k->s, e, te->u.ptr.mut);
        break;
    case TE_SLICE:
        if ((e = chk_type(k, te->u.elem)))
            t = type_slice(k->s, e);
        break;
    case TE_BOX:
        if ((e = chk_type(k, te->u.elem)))
            t = type_box(k->s, e);
        break;
    case TE_ARRAY: {
        if (!te->u.array.len) {     /* [...]T: chk_composite sizes it */
            diag_error(k->c, te->span, "invalid use of [...] array (outside a composite literal)");
            break;
        }
        int64_t n = array_len(k, te->u.array.len);
        if ((e = chk_type(k, te->u.array.elem)) && n >= 0)
            t = type_array(k->s, e, n);
        break;
    }
    case TE_FUNC:
        t = func_type_of(k, &te->u.func, false);
        break;
    case TE_MAP:
        t = chk_map_type(k, te);
        break;
    case TE_TUPLE:
        t = chk_tuple_type(k, te);
        break;
    case TE_STRUCT:
        t = chk_struct_type(k, te);
        break;
    case TE_IFACE:
        t = iface_anon(k, te);
        break;
    default:
        break;
    }
    te->resolved = t;
    Type *sp = chk_te_spelled(k, te, t, sym);
    te->spelled = sp != t ? sp : NULL;
    return t;
}

typedef VEC(Type *) TypeStack;

/* Lay out t after everything it holds by value, rejecting cycles. */
static bool layout_struct(Checker *k, Type *t, TypeStack *stack) {
    if (t->kind == T_ARRAY) {
        bool ok = layout_struct(k, t->elem, stack);
        type_layout(t);
        return ok;
    }
    if (t->kind != T_STRUCT || t->align)
        return true;
    if (t->underlying && t->underlying->kind == T_STRUCT)
        t->fields = t->underlying->fields;   /* type D S: S's fields, complete now */
    for (int i = 0; i < stack->len; i++)
        if (stack->data[i] == t) {
            diag_error(k->c, t->decl_span, "invalid recursive type %s", t->name);
            return false;
        }
    vec_push(&k->c->arena, stack, t);
    bool ok = true;
    for (int i = 0; i < t->fields.len && ok; i++)
        ok = layout_struct(k, t->fields.data[i].type, stack);
    stack->len--;
    if (ok)
        type_layout(t);
    else
        t->align = 1;
    return ok;
}

static bool is_init(Checker *k, Decl *d) {
    return d->name == intern_cstr(k->c, "init");
}

/* ---- declarations ------------------------------------------------------ */

Var *chk_new_var(Checker *k, Sym name, Span at, Type *t) {
    Var *v = arena_alloc(&k->c->arena, sizeof *v);
    v->name = name;
    v->span = at;
    v->type = t;
    v->owner = k->fn;
    v->loops = k->loops;
    v->labels = k->labels;
    if (k->fn) {
        v->index = k->fn->vars.len;
        vec_push(&k->c->arena, &k->fn->vars, v);
    } else {
        v->index = -1;
    }
    return v;
}

/* v is assigned again (Go's escape.reassigned), by the statement being
 * checked. */
void chk_mark_reassigned(Checker *k, Var *v) {
    v->reassigned = true;
    v->reassigned_seq = k->stmt_seq;
}

static void declare_package(Checker *k, Program *p) {
    for (int i = 0; i < p->decls.len; i++) {
        Decl *d = p->decls.data[i];
        switch (d->kind) {
        case D_TYPE:
            if (d->u.type.type->kind == TE_IFACE && !d->u.type.alias) {
                Symbol *sym = scope_declare(k, SYM_TYPE, d->name, d->name_span);
                sym->type = iface_declare(k, d);
                continue;
            }
            chk_declare_type(k, d);
            break;
        case D_FUNC:
            if (!d->u.func.recv && is_init(k, d))
                break;      /* init functions are run, never named (Go spec) */
            if (!d->u.func.recv) {
                Symbol *sym = scope_declare(k, SYM_FUNC, d->name, d->name_span);
                sym->decl = d;
            }
            break;
        case D_VAR:
        case D_CONST:
            for (int j = 0; j < d->u.var.names.len; j++) {
                Symbol *sym = scope_declare(k, d->kind == D_VAR ? SYM_GLOBAL : SYM_CONST,
                                            d->u.var.names.data[j], d->u.var.name_spans.data[j]);
                sym->decl = d;
                sym->global_index = j;      /* position in its spec until placed */
                vec_push(&k->c->arena, &d->u.var.syms, sym);
            }
            break;
        default:
            break;
        }
    }
}

/* func init() { ... }: any number, run before main in source order, each
 * named init.N in the object file as Go names them. */
static void add_init(Checker *k, Decl *d, FuncInfo *fi) {
    fi->name = arena_printf(&k->c->arena, "init.%d", k->s->inits.len);
    vec_push(&k->c->arena, &k->s->inits, fi);
    if (fi->type && (fi->type->params.len || fi->type->result->kind != T_VOID))
        diag_error(k->c, d->name_span, "func init must have no arguments and no return values");
}

/* `func (u *User) name(...)`: attach to User's method set. */
static void attach_method(Checker *k, Decl *d, FuncInfo *fi) {
    Param *r = d->u.func.recv;
    Type *rt = chk_type(k, r->type);
    if (!rt)
        return;
    bool ptr = rt->kind == T_PTR;
    Type *st = ptr && !rt->name ? rt->elem : rt; /* func (u *User) or, by value, func (u User) */
    bool library = st->name && strchr(st->name, '.');   /* strings.Builder, via an alias */
    if ((!st->name && st->kind <= T_FLOAT32 && st->kind != T_VOID) || library) {
        diag_error(k->c, r->span, "cannot define new methods on non-local type %s", type_name(k->c, st));
        return;
    }
    if (!st->name || (st->kind == T_PTR && st->name) || st->kind == T_IFACE) {
        diag_error(k->c, r->type->span, "invalid receiver type %s", type_name(k->c, rt));
        return;
    }
    Method *old = type_method(st, d->name);
    if (old) {
        Diag *e = diag_error(k->c, d->name_span, "%s.%s redeclared in this block", st->name, d->name);
        diag_related(k->c, e, old->decl->name_span, "other declaration of %s", d->name);
        return;
    }
    if (st->kind == T_STRUCT && type_field_index(st, d->name) >= 0) {
        diag_error(k->c, d->name_span, "field and method with the same name %s", d->name);
        return;
    }
    Method m = {d->name, d, ptr};
    vec_push(&k->c->arena, &st->methods, m);
    fi->name = arena_printf(&k->c->arena, "%s.%s", st->name, d->name);
    if (strcmp(d->name, "drop") == 0) {
        if (fi->type && (fi->type->params.len || fi->type->result->kind != T_VOID))
            diag_error(k->c, d->name_span, "a drop method takes no parameters and returns nothing");
        else if (!ptr)
            diag_error(k->c, r->type->span, "a drop method needs a pointer receiver (*%s)", st->name);
        else
            st->drop = d;
    }
}

static FuncInfo *new_funcinfo(Checker *k, Decl *d) {
    FuncInfo *fi = arena_alloc(&k->c->arena, sizeof *fi);
    fi->name = d->name;
    fi->decl = d;
    d->u.func.info = fi;
    fi->type = func_type_of(k, &d->u.func.sig, true);
    FuncInfo *saved = k->fn;
    k->fn = fi;
    if (d->u.func.recv) {
        Param *r = d->u.func.recv;
        Type *rt = chk_type(k, r->type);
        fi->recv = chk_new_var(k, r->name ? r->name : intern_cstr(k->c, "_"), r->span, rt);
        fi->recv->is_param = fi->recv->is_recv = true;
        r->var = fi->recv;
    }
    for (int i = 0; i < d->u.func.sig.params.len; i++) {
        Param *pr = &d->u.func.sig.params.data[i];
        /* a failed signature: each parameter with its own type, NULL
           (invalid, used without further errors) where it failed */
        Type *pt = fi->type ? fi->type->params.data[i] : pr->type->resolved;
        Var *v = chk_new_var(k, pr->name ? pr->name : intern_cstr(k->c, "_"), pr->span, pt);
        v->is_param = true;
        chk_spell_var(k, v, pr->type);
        pr->var = v;
        vec_push(&k->c->arena, &fi->params, v);
    }
    k->fn = saved;
    return fi;
}

/* A function's body, also after its signature failed (go1.19 checks it
 * with the failed parameters invalid: `func add(a, b) int { return a + b }`
 * reports a and b at the parameters and again in the body). */
static void check_func_body(Checker *k, FuncInfo *fi) {
    Decl *d = fi->decl;
    k->nlits = 0;
    chk_body(k, fi, d->u.func.body);
}

static void check_main(Checker *k, Program *p) {
    Symbol *m = pkg_lookup(k, intern_cstr(k->c, "main"));
    if (!m || m->kind != SYM_FUNC) {
        Span at = p->decls.len ? p->decls.data[0]->name_span : (Span){p->file, 0, 0};
        diag_error(k->c, at, "function main is undeclared in the main package");
        return;
    }
    FuncInfo *fi = m->decl->u.func.info;
    k->s->main = fi;
    if (fi->type && (fi->type->params.len || fi->type->result->kind != T_VOID))
        diag_error(k->c, m->decl->name_span, "func main must have no arguments and no return values");
}

/* The parser allocates a function's nodes in one run, ending with its
 * Decl; so the next function's tree lies between this Decl and the next.
 * Asking for it while this one is checked hides the cache misses of a
 * tree parsed long ago (a large program's AST is far bigger than cache). */
static void prefetch_body(Decl *cur, Decl *next) {
    const char *lo = (const char *)(cur + 1), *hi = (const char *)(next + 1);
    if (hi <= lo || hi - lo > 64 * 1024)
        return;     /* not one run (another chunk, or a huge function) */
    for (const char *q = lo; q < hi; q += 64)
        __builtin_prefetch(q);
}

SemaInfo *sema_check(Ctx *c, Program *p, SemaBodyDone body_done, void *arg) {
    SemaInfo *s = arena_alloc(&c->arena, sizeof *s);
    s->prog = p;
    s->arena = &c->arena;
    Checker k = {.c = c, .s = s};
    scope_init_universe(&k);
    if (!chk_imports(&k, p))
        return s;   /* as go build: an unknown package is the only error */
    declare_package(&k, p);
    for (int i = 0; i < s->ifaces.len; i++)
        iface_resolve(&k, s->ifaces.data[i]);
    for (int i = 0; i < p->decls.len; i++) {
        Decl *d = p->decls.data[i];
        if (d->kind == D_TYPE && d->u.type.type->kind == TE_STRUCT && d->u.type.declared)
            chk_struct_fields(&k, d->u.type.declared, d->u.type.type);
    }
    for (int i = 0; i < p->decls.len; i++) {
        Decl *d = p->decls.data[i];
        if (d->kind == D_TYPE && (d->u.type.type->kind != TE_STRUCT || d->u.type.alias)) {
            Symbol *sym = pkg_lookup(&k, d->name);
            if (sym && sym->decl == d)
                chk_type_sym(&k, sym);
        }
    }
    TypeStack stack = {0};
    for (int i = 0; i < s->structs.len; i++)
        layout_struct(&k, s->structs.data[i], &stack);
    for (int i = 0; i < p->decls.len; i++) {
        Decl *d = p->decls.data[i];
        if (d->kind == D_TYPE && d->u.type.declared) {
            layout_struct(&k, d->u.type.declared, &stack);
            chk_named_layout(d->u.type.declared);
        }
    }
    for (int i = 0; i < p->decls.len; i++) {
        Decl *d = p->decls.data[i];
        if (d->kind != D_FUNC)
            continue;
        FuncInfo *fi = new_funcinfo(&k, d);
        if (d->u.func.recv)
            attach_method(&k, d, fi);
        else if (is_init(&k, d))
            add_init(&k, d, fi);
        vec_push(&c->arena, &s->funcs, fi);
    }
    chk_iface_promotions(&k, p);
    for (int i = 0; i < p->decls.len; i++) {
        Decl *d = p->decls.data[i];
        for (int j = 0; (d->kind == D_CONST || d->kind == D_VAR) && j < d->u.var.syms.len; j++) {
            if (d->kind == D_CONST)
                chk_const_decl(&k, d->u.var.syms.data[j]);
            else
                chk_global(&k, d->u.var.syms.data[j]);
        }
    }
    chk_number_init_temps(&k);
    for (int i = 0; i < s->funcs.len; i++) {
        if (i + 1 < s->funcs.len)
            prefetch_body(s->funcs.data[i]->decl, s->funcs.data[i + 1]->decl);
        if (!s->funcs.data[i]->iface_wrapper)   /* written checked */
            check_func_body(&k, s->funcs.data[i]);
        if (body_done && !c->nerrors)
            body_done(arg, s, i);
    }
    chk_unused_imports(&k, p);
    check_main(&k, p);
    return c->nerrors ? NULL : s;
}

/* ---- globals and constants, checked on first use ----------------------- */

static Expr *spec_value(Decl *d, int j) {
    return j < d->u.var.values.len ? d->u.var.values.data[j] : NULL;
}

/* var a, b = f() at package level: f() checked once, when the first of
 * a, b is used; its results initialize all of them (globals in name
 * order, the first holding the call). Go's errors otherwise. */
static void global_tuple(Checker *k, Decl *d) {
    Symbol **syms = d->u.var.syms.data;
    int ns = d->u.var.syms.len;
    for (int i = 0; i < ns; i++)
        syms[i]->cval = (Expr *)syms[i];    /* in progress */
    FuncInfo *saved_fn = k->fn;
    Scope *saved_scope = k->scope;
    Span saved_at = k->init_at;
    k->fn = NULL;
    k->scope = NULL;
    k->init_at = d->span;
    Type *declared = d->u.var.type ? chk_type(k, d->u.var.type) : NULL;
    Expr *call = d->u.var.values.data[0];
    chk_mark_comma_ok(call, ns);
    chk_mark_assert_ok(call, ns);
    Type *t = chk_expr(k, call, NULL);
    int n = chk_is_tuple(t) ? t->fields.len : 1;
    bool ok = t != NULL;
    if (t && n != ns) {
        if (call->kind != E_CALL)
            diag_error(k->c, call->span, "assignment mismatch: %d variables but 1 value", ns);
        else
            diag_error(k->c, call->span, "assignment mismatch: %d variables but %s returns %d value%s", ns,
                       chk_callee_name(k, call), n, n > 1 ? "s" : "");
        ok = false;
    }
    if (ok && declared)
        ok = chk_tuple_declared(k, call, t, declared);
    if (ok && chk_tuple_converts(t, declared))
        d->u.var.temps = chk_result_temps(k, t, ast_call_lparen(call));
    k->fn = saved_fn;
    k->scope = saved_scope;
    k->init_at = saved_at;
    for (int i = 0; i < ns; i++) {
        Symbol *sym = syms[i];
        sym->cval = NULL;
        if (!ok) {
            sym->failed = true;
            continue;
        }
        sym->type = declared ? declared : t->fields.data[i].type;
        Global g = {sym->name, sym->span, sym->type, d, i ? NULL : call, i ? 0 : n};
        sym->global_index = k->s->globals.len;
        vec_push(&k->c->arena, &k->s->globals, g);
    }
}

void chk_global(Checker *k, Symbol *sym) {
    if (sym->type || sym->cval == (Expr *)sym || sym->failed)
        return;
    Decl *d = sym->decl;
    if (d->u.var.values.len == 1 && d->u.var.names.len > 1) {
        global_tuple(k, d);
        return;
    }
    int j = sym->global_index;
    sym->cval = (Expr *)sym;        /* in progress: cycles report once */
    FuncInfo *saved_fn = k->fn;
    Scope *saved_scope = k->scope;
    Span saved_at = k->init_at;
    k->fn = NULL;
    k->scope = NULL;
    k->init_at = d->span;       /* its .autotmp_N are numbered in source order */
    Type *t = d->u.var.type ? chk_type(k, d->u.var.type) : NULL;
    Expr *init = spec_value(d, j);
    int n = d->u.var.names.len, nv = d->u.var.values.len;
    if (nv && nv != n) {    /* go1.19's arityMatch, once per declaration */
        if (j == 0 && nv > n)
            diag_error(k->c, d->u.var.values.data[n]->span, "extra init expr %s",
                       chk_expr_string(k, d->u.var.values.data[n]));
        else if (j == 0)
            diag_error(k->c, d->u.var.name_spans.data[nv], "missing init expr for %s", d->u.var.names.data[nv]);
        t = NULL;
        init = NULL;
    } else if (init) {
        Type *it = chk_expr(k, init, t);
        if (chk_is_tuple(it)) {
            diag_error(k->c, init->span, "multiple-value %s (value of type %s) in single-value context",
                       chk_expr_string(k, init), type_name(k->c, it));
            it = t = NULL;
        }
        if (it && !t)
            t = default_type(k, it);
        if (it && t && !chk_assignable_as(k, init, t, chk_spelled(k, d->u.var.type, t), "variable declaration"))
            t = NULL;
        if (t && t->kind == T_UNTYPED_NIL) {
            diag_error(k->c, init->span, "use of untyped nil in variable declaration");
            t = NULL;
        }
    }
    k->fn = saved_fn;
    k->scope = saved_scope;
    k->init_at = saved_at;
    sym->cval = NULL;
    if (!t) {
        sym->failed = true;
        return;
    }
    sym->type = t;
    Global g = {sym->name, sym->span, t, d, init, 0};
    sym->global_index = k->s->globals.len;
    vec_push(&k->c->arena, &k->s->globals, g);
}

static void const_decl(Checker *k, Symbol *sym);

/* A constant's value, checked with iota at its spec's index in its group
 * (iota's value is read while the spec is evaluated; see chk_name). */
void chk_const_decl(Checker *k, Symbol *sym) {
    if (sym->cval || sym->type == k->s->t_void || sym->failed)
        return;
    int64_t saved = k->iota;
    k->iota = sym->decl->u.var.iota;
    const_decl(k, sym);
    k->iota = saved;
}

static void const_decl(Checker *k, Symbol *sym) {
    Decl *d = sym->decl;
    Expr *init = spec_value(d, sym->global_index);
    if (!init) {
        diag_error(k->c, sym->span, "missing init expr for const declaration");
        sym->failed = true;
        return;
    }
    sym->type = k->s->t_void;       /* in progress */
    Scope *saved_scope = k->scope;
    if (d->kind == D_CONST && !k->fn)
        k->scope = NULL;
    Type *t = d->u.var.type ? chk_type(k, d->u.var.type) : NULL;
    Type *it = chk_expr(k, init, t);
    ConstVal v;
    bool folded = it && const_value(k, init, &v);
    k->scope = saved_scope;
    sym->failed = true;     /* until it succeeds */
    sym->type = NULL;
    if (!it)
        return;
    if (!folded) {
        diag_error(k->c, init->span, "%s is not constant", chk_describe(k, init));
        return;
    }
    if (t && !chk_assignable(k, init, t, "constant declaration"))
        return;
    sym->failed = false;
    sym->type = t ? t : it;
    sym->cval = const_expr(k, v, sym->type, init->span);
}
