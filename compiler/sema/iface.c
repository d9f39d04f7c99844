/*
 * iface.c: interface types and implicit satisfaction (LANGUAGE.md
 * "Interfaces"; Go spec "Interface types", "Method sets").
 *
 * An interface type is a T_IFACE whose `imethods` is its whole method set:
 * its own methods plus those of the interfaces it embeds, sorted by name
 * (the order of an itab's functions, docs/RUNTIME.md). The empty
 * interface (any, interface{}) is the one T_IFACE without methods.
 *
 *   type Shape interface { Area() float64; fmt.Stringer }
 *       declare: a named T_IFACE remembering its TE_IFACE (iface_src);
 *       resolve: methods from the TE_FUNCs, embedded names resolved first
 *                (recursively: `resolving` catches `type I interface{ I }`).
 *   interface { M() }  (anonymous): canonical by its method set, so two
 *       spellings of the same set are one Type (pointer equality).
 *
 * Satisfaction is Go's: T's method set has the value-receiver methods of
 * T; *T's has every method of T. A concrete type implements an interface
 * when every interface method is in its method set with an identical
 * signature (func types are canonical: pointer equality).
 */
#include "check.h"

#include <string.h>

bool type_is_empty_iface(Type *t) {
    return t && t->kind == T_IFACE && t->imethods.len == 0;
}

int iface_method_index(Type *iface, Sym name) {
    for (int i = 0; iface && i < iface->imethods.len; i++)
        if (iface->imethods.data[i].name == name)
            return i;
    return -1;
}

/* The method named name that t's method set has for an interface, or
 * NULL: declared on t or promoted through its embedded fields (select.c's
 * lookup, ambiguity included; else the wrapper of one promoted from an
 * embedded interface, iface_promote.c), and in the set (T has the value-receiver
 * methods it reaches; *T, or T through an embedded *E, every one). sel
 * (optional) gets the embedded path the receiver is reached by. */
Method *type_iface_impl_sel(Type *t, Sym name, Selection *sel) {
    Selection local;
    Selection *s = sel ? sel : &local;
    if (!t || t->kind == T_IFACE)
        return NULL;
    SelKind kind = type_select(t, name, s);
    Method *w = kind == SEL_NONE ? type_iface_wrapper(t, name) : NULL;
    if (w) {    /* promoted from an embedded interface (iface_promote.c) */
        memset(s, 0, sizeof *s);
        s->kind = SEL_METHOD;
        s->method = w;
        s->field = -1;
        s->owner = t->kind == T_PTR && !t->name ? t->elem : t;
        s->indirect = t->kind == T_PTR && !t->name;
        return w;
    }
    if (kind != SEL_METHOD || !type_method_in_set(t, s))
        return NULL;
    return s->method;
}

Method *type_iface_impl(Type *t, Sym name) {
    return type_iface_impl_sel(t, name, NULL);
}

static const char *sig_text(Ctx *c, Sym name, Type *fn) {
    const char *s = type_name(c, fn);   /* "func(int) string" */
    return arena_printf(&c->arena, "%s%s", name, s + 4);
}

/* A library type (os.File, strings.Builder) or a pointer to one: its
 * methods are lib_methods. */
bool type_lib_methods(Type *t) {
    Type *st = t && t->kind == T_PTR && !t->name ? t->elem : t;
    return st && st->kind == T_STRUCT && st->lib_methods.len > 0;
}

const char *type_missing_method(Ctx *c, Type *t, Type *iface) {
    for (int i = 0; i < iface->imethods.len; i++) {
        IMethod *im = &iface->imethods.data[i];
        Type *have = NULL;
        if (t->kind == T_IFACE) {
            int j = iface_method_index(t, im->name);
            have = j >= 0 ? t->imethods.data[j].fn : NULL;
        } else if (type_lib_methods(t)) {  /* *os.File, *strings.Builder */
            Type *st = t->kind == T_PTR ? t->elem : t;
            for (int j = 0; j < st->lib_methods.len && !have; j++)
                if (st->lib_methods.data[j].name == im->name)
                    have = st->lib_methods.data[j].fn;
            if (have && t == st)
                return arena_printf(&c->arena, "%s method has pointer receiver", im->name);
        } else {
            Selection sel;
            SelKind kind = type_select(t, im->name, &sel);
            Method *m = kind == SEL_METHOD ? sel.method : kind == SEL_NONE ? type_iface_wrapper(t, im->name) : NULL;
            if (m && kind == SEL_METHOD && !type_method_in_set(t, &sel))
                return arena_printf(&c->arena, "%s method has pointer receiver", im->name);
            have = m && m->decl->u.func.info ? m->decl->u.func.info->type : NULL;
            if (m && !have)
                return NULL;    /* its signature failed: reported there */
        }
        Selection via;
        Type *from = !have && t->kind != T_IFACE ? type_select_iface_promoted(t, im->name, &via) : NULL;
        if (from)
            return arena_printf(&c->arena, "%s method promoted from embedded %s%s: not supported yet", im->name,
                                from->kind == T_IFACE ? "interface " : "", type_name(c, from));
        if (!have)
            return arena_printf(&c->arena, "missing %s method", im->name);
        if (have != im->fn)
            return arena_printf(&c->arena, "wrong type for %s method)\n\t\thave %s\n\t\twant %s", im->name,
                                sig_text(c, im->name, have), sig_text(c, im->name, im->fn));
    }
    return NULL;
}

/* "T does not implement I (reason)" as go1.19 words it (a wrong
 * signature's have/want lines follow the parenthesis). */
const char *iface_not_impl(Ctx *c, Type *t, Type *iface, const char *why) {
    return arena_printf(&c->arena, "%s does not implement %s (%s%s", type_name(c, t), type_name(c, iface), why,
                        strchr(why, '\n') ? "" : ")");
}

/* ---- building method sets ----------------------------------------------- */

/* Go's typeset.go addMethod: a name declared twice explicitly is a
 * duplicate, one met again through embedding only when the signatures
 * differ; either way "other declaration" points at the first (for an
 * embedded method, the embedding's position). */
static void add_method(Checker *k, Type *t, IMethod m, bool explicit) {
    int i = iface_method_index(t, m.name);
    if (i >= 0) {
        if (explicit || t->imethods.data[i].fn != m.fn) {
            Diag *d = diag_error(k->c, m.span, "duplicate method %s", m.name);
            diag_related(k->c, d, t->imethods.data[i].span, "other declaration of %s", m.name);
        }
        return;
    }
    vec_push(&k->c->arena, &t->imethods, m);
    for (int j = t->imethods.len - 1; j > 0; j--) {     /* insertion: keep sorted */
        IMethod *a = &t->imethods.data[j - 1], *b = &t->imethods.data[j];
        if (strcmp(a->name, b->name) <= 0)
            break;
        IMethod tmp = *a;
        *a = *b;
        *b = tmp;
    }
}

static Type *iface_of_name(Checker *k, Param *pm);

/* The methods and embedded interfaces of te into t: the explicit methods
 * first, then the embedded ones (as go1.19 collects them, so a clash is
 * reported where Go reports it). */
static void resolve_into(Checker *k, Type *t, TypeExpr *te) {
    for (int i = 0; i < te->u.fields.len; i++) {
        Param *pm = &te->u.fields.data[i];
        if (pm->name) {
            Type *fn = chk_type(k, pm->type);
            if (fn) {
                IMethod m = {pm->name, fn, pm->span, pm->type->kind == TE_FUNC ? &pm->type->u.func : NULL};
                add_method(k, t, m, true);
            }
        }
    }
    for (int i = 0; i < te->u.fields.len; i++) {
        Param *pm = &te->u.fields.data[i];
        if (pm->name)
            continue;
        Type *e = iface_of_name(k, pm);
        for (int j = 0; e && j < e->imethods.len; j++) {
            IMethod m = e->imethods.data[j];
            m.span = pm->span;
            add_method(k, t, m, false);
        }
    }
}

/* An embedded name: an interface, resolved first if it is declared. */
static Type *iface_of_name(Checker *k, Param *pm) {
    const char *nm = pm->type->u.name;
    if (strcmp(nm, "fmt.Stringer") == 0 || strncmp(nm, "io.", 3) == 0 || strcmp(nm, "sort.Interface") == 0) {
        Type *t = chk_lib_type(k, nm, pm->span);
        return t && t->kind == T_IFACE ? t : NULL;
    }
    if (strchr(nm, '.')) {
        diag_error(k->c, pm->span, "undefined: %s", nm);
        return NULL;
    }
    Type *e = chk_type(k, pm->type);
    if (!e)
        return NULL;
    if (e->kind != T_IFACE) {
        diag_error(k->c, pm->span, "interface contains type constraints");
        return NULL;
    }
    if (e->resolving) {
        diag_error(k->c, e->decl_span, "invalid recursive type %s", e->name);
        return NULL;
    }
    if (e->iface_src)
        iface_resolve(k, e);
    return e;
}

/* A declared interface's method set (once, on first need). */
void iface_resolve(Checker *k, Type *t) {
    TypeExpr *te = t->iface_src;
    if (!te)
        return;
    t->resolving = true;
    resolve_into(k, t, te);
    t->resolving = false;
    t->iface_src = NULL;
}

/* `type Shape interface { ... }`: the named type, resolved later. */
Type *iface_declare(Checker *k, Decl *d) {
    Type *t = type_new(k->s, T_IFACE, 16, 8);
    t->name = d->name;
    t->decl_span = d->name_span;
    t->iface_src = d->u.type.type;
    d->u.type.declared = t;
    vec_push(&k->c->arena, &k->s->ifaces, t);
    return t;
}

static bool same_set(Type *a, Type *b) {
    if (a->imethods.len != b->imethods.len)
        return false;
    for (int i = 0; i < a->imethods.len; i++)
        if (a->imethods.data[i].name != b->imethods.data[i].name ||
            a->imethods.data[i].fn != b->imethods.data[i].fn)
            return false;
    return true;
}

/* An interface type literal: the canonical anonymous type of its set. */
Type *iface_anon(Checker *k, TypeExpr *te) {
    Type *t = type_new(k->s, T_IFACE, 16, 8);
    t->decl_span = te->span;
    resolve_into(k, t, te);
    if (t->imethods.len == 0)
        return k->s->t_any;
    for (int i = 0; i < k->s->ifaces.len; i++) {
        Type *o = k->s->ifaces.data[i];
        if (!o->name && same_set(o, t))
            return o;
    }
    vec_push(&k->c->arena, &k->s->ifaces, t);
    return t;
}

/* A predeclared interface with one `NAME() string` method. */
static Type *string_iface(Checker *k, const char *tname, const char *mname) {
    Type *t = type_new(k->s, T_IFACE, 16, 8);
    t->name = intern_cstr(k->c, tname);
    IMethod m = {intern_cstr(k->c, mname), type_func(k->s, NULL, 0, k->s->t_string), {0}, NULL};
    vec_push(&k->c->arena, &t->imethods, m);
    vec_push(&k->c->arena, &k->s->ifaces, t);
    return t;
}

/* The universe's `error` (interface { Error() string }) and fmt.Stringer. */
void iface_universe(Checker *k) {
    k->s->t_error = string_iface(k, "error", "Error");
    k->s->t_stringer = string_iface(k, "fmt.Stringer", "String");
}
