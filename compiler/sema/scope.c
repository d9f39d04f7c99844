/*
 * scope.c: name resolution. Three levels, innermost first: a chain of
 * block scopes (short linear lists), the package scope (a hash table, so
 * 100,000 functions resolve in constant time each), and the universe
 * (predeclared types, builtins, true/false/nil).
 */
#include "check.h"

#include <string.h>

static unsigned sym_hash(Sym s) {
    uintptr_t x = (uintptr_t)s;
    x ^= x >> 15;
    x *= 0x9E3779B97F4A7C15ull;
    return (unsigned)(x >> 29);
}

static void pkg_insert(Checker *k, Symbol *sym) {
    if ((k->pkg_len + 1) * 2 > k->pkg_cap) {
        Symbol **old = k->pkg;
        int oldcap = k->pkg_cap;
        k->pkg_cap = oldcap ? oldcap * 2 : 256;
        k->pkg = arena_alloc(&k->c->arena, sizeof(Symbol *) * (size_t)k->pkg_cap);
        k->pkg_len = 0;
        for (int i = 0; i < oldcap; i++)
            if (old[i])
                pkg_insert(k, old[i]);
    }
    unsigned h = sym_hash(sym->name) & (unsigned)(k->pkg_cap - 1);
    while (k->pkg[h])
        h = (h + 1) & (unsigned)(k->pkg_cap - 1);
    k->pkg[h] = sym;
    k->pkg_len++;
}

Symbol *pkg_lookup(Checker *k, Sym name) {
    if (!k->pkg_cap)
        return NULL;
    unsigned h = sym_hash(name) & (unsigned)(k->pkg_cap - 1);
    for (; k->pkg[h]; h = (h + 1) & (unsigned)(k->pkg_cap - 1))
        if (k->pkg[h]->name == name)
            return k->pkg[h];
    return NULL;
}

Symbol *scope_lookup(Checker *k, Sym name) {
    for (Scope *s = k->scope; s; s = s->parent)
        for (int i = s->syms.len - 1; i >= 0; i--)
            if (s->syms.data[i]->name == name)
                return s->syms.data[i];
    Symbol *sym = pkg_lookup(k, name);
    if (sym)
        return sym;
    for (int i = 0; i < k->imports.len; i++)
        if (k->imports.data[i]->name == name)
            return k->imports.data[i];
    for (int i = 0; i < k->universe.len; i++)
        if (k->universe.data[i]->name == name)
            return k->universe.data[i];
    return NULL;
}

/* The symbol `name` declares in the innermost block scope (not outer
 * blocks, the package or the universe), or NULL: what `:=` redeclares. */
Symbol *scope_lookup_innermost(Checker *k, Sym name) {
    for (int i = k->scope ? k->scope->syms.len - 1 : -1; i >= 0; i--)
        if (k->scope->syms.data[i]->name == name)
            return k->scope->syms.data[i];
    return NULL;
}

/* Declare in the innermost scope; "x redeclared in this block" on clash. */
Symbol *scope_declare(Checker *k, SymbolKind kind, Sym name, Span at) {
    Symbol *sym = arena_alloc(&k->c->arena, sizeof *sym);
    sym->kind = kind;
    sym->name = name;
    sym->span = at;
    if (strcmp(name, "_") == 0)
        return sym;     /* the blank identifier declares nothing */
    Symbol *old = k->scope ? scope_lookup_innermost(k, name) : pkg_lookup(k, name);
    if (old) {
        Diag *d = diag_error(k->c, at, "%s redeclared in this block", name);
        diag_related(k->c, d, old->span, "other declaration of %s", name);
        return sym;
    }
    if (k->scope)
        vec_push(&k->c->arena, &k->scope->syms, sym);
    else
        pkg_insert(k, sym);
    return sym;
}

void scope_push(Checker *k) {
    Scope *s = arena_alloc(&k->c->arena, sizeof *s);
    s->parent = k->scope;
    k->scope = s;
}

void scope_pop(Checker *k) { k->scope = k->scope->parent; }

static void universe_add(Checker *k, SymbolKind kind, const char *name, Type *t, Builtin b) {
    Symbol *sym = arena_alloc(&k->c->arena, sizeof *sym);
    sym->kind = kind;
    sym->name = intern_cstr(k->c, name);
    sym->span = NO_SPAN;
    sym->type = t;
    sym->builtin = b;
    vec_push(&k->c->arena, &k->universe, sym);
}

void scope_init_universe(Checker *k) {
    SemaInfo *s = k->s;
    s->t_void = type_new(s, T_VOID, 0, 1);
    s->t_int = type_new(s, T_INT, 8, 8);
    s->t_byte = type_new(s, T_BYTE, 1, 1);
    s->t_bool = type_new(s, T_BOOL, 1, 1);
    s->t_float = type_new(s, T_FLOAT, 8, 8);
    s->t_string = type_new(s, T_STRING, 16, 8);
    s->t_untyped_int = type_new(s, T_UNTYPED_INT, 8, 8);
    s->t_untyped_float = type_new(s, T_UNTYPED_FLOAT, 8, 8);
    s->t_untyped_rune = type_new(s, T_UNTYPED_INT, 8, 8);
    s->t_untyped_rune->rune_const = true;
    s->t_untyped_nil = type_new(s, T_UNTYPED_NIL, 8, 8);
    universe_add(k, SYM_TYPE, "int", s->t_int, BI_NONE);
    universe_add(k, SYM_TYPE, "byte", s->t_byte, BI_NONE);
    universe_add(k, SYM_TYPE, "uint8", s->t_byte, BI_NONE);
    universe_add(k, SYM_TYPE, "bool", s->t_bool, BI_NONE);
    universe_add(k, SYM_TYPE, "float", s->t_float, BI_NONE);
    universe_add(k, SYM_TYPE, "float64", s->t_float, BI_NONE);
    universe_add(k, SYM_TYPE, "string", s->t_string, BI_NONE);
    static const struct { const char *name; TypeKind kind; int size; } sized[] = {
        {"int8", T_INT8, 1}, {"int16", T_INT16, 2}, {"int32", T_INT32, 4}, {"rune", T_INT32, 4},
        {"int64", T_INT64, 8}, {"uint", T_UINT, 8}, {"uint16", T_UINT16, 2},
        {"uint32", T_UINT32, 4}, {"uint64", T_UINT64, 8}, {"uintptr", T_UINTPTR, 8},
        {"float32", T_FLOAT32, 4},
    };
    for (size_t i = 0; i < sizeof sized / sizeof sized[0]; i++) {
        Type *t = i > 0 && sized[i].kind == sized[i - 1].kind ? s->basic[sized[i].kind]
                                                             : type_new(s, sized[i].kind, sized[i].size, sized[i].size);
        s->basic[sized[i].kind] = t;    /* rune is int32 (an alias) */
        universe_add(k, SYM_TYPE, sized[i].name, t, BI_NONE);
    }
    s->t_rune = s->basic[T_INT32];
    s->t_any = type_new(s, T_IFACE, 16, 8);
    universe_add(k, SYM_TYPE, "any", s->t_any, BI_NONE);
    universe_add(k, SYM_TYPE, "interface{}", s->t_any, BI_NONE); /* spelled only by the parser */
    iface_universe(k);
    universe_add(k, SYM_TYPE, "error", s->t_error, BI_NONE);
    universe_add(k, SYM_TRUE, "true", s->t_bool, BI_NONE);
    universe_add(k, SYM_FALSE, "false", s->t_bool, BI_NONE);
    universe_add(k, SYM_NIL, "nil", s->t_untyped_nil, BI_NONE);
    universe_add(k, SYM_CONST, "iota", s->t_untyped_int, BI_NONE);
    k->iota_sym = k->universe.data[k->universe.len - 1];
    k->iota_sym->cval = ast_expr(k->c, E_INT, NO_SPAN);   /* set per use (chk_name) */
    k->iota_sym->cval->type = s->t_untyped_int;
    k->iota_sym->cval->is_const = true;
    k->iota = -1;
    static const char *builtins[] = {NULL, "print", "println", "len", "cap", "append",
                                     "make", "new", "panic", "copy", "box", "nanotime",
                                     "delete", "recover"}; /* ORDER Builtin */
    for (int b = BI_PRINT; b < BI__COUNT; b++)
        universe_add(k, SYM_BUILTIN, builtins[b], NULL, (Builtin)b);
}
