/*
 * check_types.c: type declarations, at package level and inside
 * functions, and struct types written out (Go spec "Type declarations",
 * "Struct types").
 *
 *   type User struct { ... }    a named struct: its Type is made when the
 *                               name is declared, its fields filled later
 *                               (so types may refer to each other in any
 *                               order), laid out once every field's type is
 *   type Celsius float64        a named type of another kind: type_named
 *                               copies the underlying type's kind and shape,
 *                               so codegen and the analyses see a float64;
 *                               made on first use (chk_type_sym), in any
 *                               order, a cycle reported once
 *   struct { x, y int }         an unnamed struct type: canonical
 *                               (type_struct_lit), laid out at once
 *   struct { Base; *Log }       embedded fields: named by their type,
 *                               marked Field.embedded (select.c promotes)
 *
 *   type Temp = Celsius         an alias (Go spec "Alias declarations"):
 *                               the name denotes the other type itself, no
 *                               new Type is made; messages, %T and -m print
 *                               the target (Go's aliases are invisible),
 *                               and methods declared on Temp are Celsius's
 *
 * A local `type T ...` (S_TYPE) declares T in the block scope, from that
 * point on; its methods cannot be declared (Go has no local methods).
 */
#include "check.h"
#include "../lib/lib.h"

#include <string.h>

/* "x redeclared" with Go's related line at the first x. */
static bool field_redeclared(Checker *k, Type *t, Param *f) {
    for (int j = 0; j < t->fields.len; j++)
        if (t->fields.data[j].name == f->name && strcmp(f->name, "_") != 0) {
            Diag *d = diag_error(k->c, f->span, "%s redeclared", f->name);
            diag_related(k->c, d, t->fields.data[j].span, "other declaration of %s", f->name);
            return true;
        }
    return false;
}

/* Struct fields: checked, duplicates reported, embedded ones marked. */
static void add_fields(Checker *k, Type *t, ParamList *fields) {
    for (int i = 0; i < fields->len; i++) {
        Param *f = &fields->data[i];
        Type *ft = chk_type(k, f->type);
        if (!ft)
            continue;
        if (f->embedded) {
            Type *base = ft->kind == T_PTR && !ft->name ? ft->elem : ft;
            if (!base->name || (ft->kind == T_PTR && base->kind == T_PTR)) {
                diag_error(k->c, f->type->span, "embedded field type must be a type name");
                continue;
            }
        }
        if (field_redeclared(k, t, f))
            continue;   /* dropped, as go1.19 does: no "ambiguous selector" after */
        Type *sp = chk_spelled(k, f->type, ft);
        Field fl = {f->name, ft, f->span, 0, f->embedded, sp != ft ? sp : NULL};
        vec_push(&k->c->arena, &t->fields, fl);
    }
}

void chk_struct_fields(Checker *k, Type *t, TypeExpr *te) {
    add_fields(k, t, &te->u.fields);
}

/* Is every struct t holds by value laid out (package-level types are laid
 * out after all are declared)? */
static bool laid_out(Type *t) {
    if (t->kind == T_ARRAY)
        return laid_out(t->elem);
    if (t->kind != T_STRUCT)
        return true;
    if (!t->align)
        return false;
    for (int i = 0; i < t->fields.len; i++)
        if (!laid_out(t->fields.data[i].type))
            return false;
    return true;
}

/* struct { ... } written in a type position. */
Type *chk_struct_type(Checker *k, TypeExpr *te) {
    Type tmp = {0};     /* holds the fields while they are checked */
    add_fields(k, &tmp, &te->u.fields);
    Type *t = type_struct_lit(k->s, tmp.fields.data, tmp.fields.len);
    if (!laid_out(t))
        t->align = 0;   /* a field's struct is not laid out yet: layout_struct will */
    return t;
}

/* Declare `type Name ...` (package level when k->scope is NULL). A
 * struct gets its Type now; any other type on first use. */
Symbol *chk_declare_type(Checker *k, Decl *d) {
    Symbol *sym = scope_declare(k, SYM_TYPE, d->name, d->name_span);
    sym->decl = d;
    if (d->u.type.type->kind == TE_STRUCT && !d->u.type.alias) {
        Type *t = type_new(k->s, T_STRUCT, 0, 0);
        t->name = d->name;
        t->decl_span = d->name_span;
        sym->type = d->u.type.declared = t;
        vec_push(&k->c->arena, &k->s->structs, t);
    }
    return sym;
}

/* The type a type name denotes, making a named non-struct type the first
 * time it is asked for. */
Type *chk_type_sym(Checker *k, Symbol *sym) {
    if (sym->type || sym->failed || !sym->decl)
        return sym->type;
    Decl *d = sym->decl;
    if (sym->cval == (Expr *)sym) {
        diag_error(k->c, d->name_span, "invalid recursive type %s", d->name);
        sym->failed = true;
        return NULL;
    }
    /* `type T *T`, `type L []L`, `type M map[string]M`, `type F func() F`:
       Go accepts a type that refers to itself through a pointer, slice,
       map or func, whose size never depends on T: T is made first (its
       kind known from the spelling) and filled once U is */
    TypeKind early = d->u.type.alias ? T__COUNT
                     : d->u.type.type->kind == TE_PTR   ? T_PTR
                     : d->u.type.type->kind == TE_SLICE ? T_SLICE
                     : d->u.type.type->kind == TE_MAP   ? T_MAP
                     : d->u.type.type->kind == TE_FUNC  ? T_FUNC
                                                        : T__COUNT;
    if (early != T__COUNT) {
        Type *t = type_new(k->s, early, 0, 0);
        t->name = d->name;
        t->decl_span = d->name_span;
        sym->type = d->u.type.declared = t;
        Type *u = chk_type(k, d->u.type.type);
        if (!u || sym->failed) {
            sym->failed = true;
            sym->type = d->u.type.declared = NULL;
            return NULL;
        }
        type_named_fill(t, d->name, d->name_span, u);
        return t;
    }
    sym->cval = (Expr *)sym;        /* in progress */
    Type *u = chk_type(k, d->u.type.type);
    sym->cval = NULL;
    if (!u || sym->failed) {
        sym->failed = true;
        return NULL;
    }
    if (d->u.type.alias) {
        sym->type = u;      /* type A = B: A names B's type itself */
        return u;
    }
    /* `type D S`, S a struct not laid out yet (every package-level one
       before layout; or still having its fields checked): D copies S's
       fields again when laid out (layout_struct), where a cycle through
       them is reported */
    Type *t = type_named(k->s, d->name, d->name_span, u);
    sym->type = d->u.type.declared = t;
    if (t->kind == T_STRUCT)
        vec_push(&k->c->arena, &k->s->structs, t);
    if (t->kind == T_IFACE)
        vec_push(&k->c->arena, &k->s->named_ifaces, t);
    return t;
}

/* A named type whose shape was copied before its underlying type was
 * laid out (type Grid [3]Row, Row declared later): copy the size again. */
void chk_named_layout(Type *t) {
    if (!t->underlying || t->kind == T_STRUCT)
        return;
    t->size = t->underlying->size;
    t->align = t->underlying->align;
}

/* `type T ...` inside a function body (S_TYPE). */
void chk_local_type(Checker *k, Stmt *s) {
    Decl *d = s->u.typedecl.decl;
    Symbol *sym = chk_declare_type(k, d);
    if (d->u.type.declared) {
        chk_struct_fields(k, d->u.type.declared, d->u.type.type);
        type_layout(d->u.type.declared);
        chk_iface_promote_type(k, d->u.type.declared);
        return;
    }
    if (chk_type_sym(k, sym) && !d->u.type.alias) {
        type_layout(sym->type);
        chk_iface_promote_type(k, sym->type);
    }
}

/* x.f found through embedded fields (sel->depth > 0): make Go's implicit
 * selectors explicit, x becoming x.E1.E2... (each E an embedded field),
 * so the MIR builder and the analyses see ordinary field accesses. */
Expr *chk_promote(Checker *k, Expr *x, const Selection *sel) {
    for (int i = 0; i < sel->depth; i++) {
        Type *t = x->type;
        bool ptr = type_is_pointer_like(t) && !t->name;
        Type *st = ptr ? t->elem : t;
        Field *f = &st->fields.data[sel->path[i]];
        Expr *e = ast_expr(k->c, E_FIELD, x->span);
        e->u.field.x = x;
        e->u.field.name = f->name;
        e->u.field.name_lo = x->span.hi;
        e->u.field.index = sel->path[i];
        e->u.field.through_ptr = ptr;
        e->u.field.implicit = true;
        e->type = f->type;
        x = e;
    }
    return x;
}

/* Go's "x.f undefined (type T has no field or method f)" and kin; when
 * the name with its first letter's case flipped exists, go1.19 adds ",
 * but does have F" (s.Grade for a field grade). */
void chk_no_selector(Checker *k, Expr *e, Type *t, SelKind kind) {
    Expr *x = e->u.field.x;
    const char *xs = chk_expr_string(k, x);
    Sym name = e->u.field.name;
    if (kind == SEL_AMBIGUOUS) {
        diag_error(k->c, ast_field_name_span(e), "ambiguous selector %s.%s", xs, name);
        return;
    }
    /* sb.WriteString without a call: the library's methods are called
       by name only (no method values of library types yet) */
    Type *lt = t && t->kind == T_PTR ? t->elem : t;
    const char *dot = lt && lt->name ? strchr(lt->name, '.') : NULL;
    if (dot) {
        char pkg[64];
        snprintf(pkg, sizeof pkg, "%.*s", (int)(dot - lt->name), lt->name);
        if (lib_method(pkg, dot + 1, name)) {
            diag_error(k->c, ast_field_name_span(e), "method value %s.%s of library type %s is not supported yet "
                       "(call the method: %s.%s(...))", xs, name, lt->name, xs, name);
            return;
        }
    }
    const char *but = "";
    char c = name[0];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        char *flip = arena_printf(&k->c->arena, "%s", name);
        flip[0] = (char)(c >= 'a' ? c - 'a' + 'A' : c - 'A' + 'a');
        Selection sel;
        if (type_select(t, intern_cstr(k->c, flip), &sel) != SEL_NONE)
            but = arena_printf(&k->c->arena, ", but does have %s", flip);
    }
    diag_error(k->c, ast_field_name_span(e), "%s.%s undefined (type %s has no field or method %s%s)",
               xs, name, type_name(k->c, t), name, but);
}
