/*
 * check_map.c: map[K]V in the checker (LANGUAGE.md section 10, Go spec
 * "Map types", "Index expressions", "Deletion of map elements").
 *
 * A map index m[k] is a value of type V, or (V, bool) when it is the one
 * right side of a two-variable assignment or var (comma-ok: the parser
 * cannot tell, so chk_mark_comma_ok flags the expression before it is
 * checked). It is not addressable: `&m[k]` and `m[k].f = v` are errors
 * in Go's words, while `m[k] = v`, `m[k] op= v` and `m[k]++` are
 * assignments (chk_is_map_index lets them through check_lhs).
 * Keys must be comparable; literals reject a missing key and a constant
 * key given twice, as go1.19 does.
 */
#include "check.h"

#include <string.h>

static Type *fail(Expr *e) {
    e->type = NULL;
    return NULL;
}

static Expr *unparen(Expr *e) {
    while (e && e->kind == E_PAREN)
        e = e->u.paren.x;
    return e;
}

/* map[K]V: K must be comparable ("invalid map key type []int" at K). */
Type *chk_map_type(Checker *k, TypeExpr *te) {
    Type *key = chk_type(k, te->u.map.key), *val = chk_type(k, te->u.map.val);
    if (!key || !val)
        return NULL;
    if (!type_comparable(key)) {
        diag_error(k->c, te->u.map.key->span, "invalid map key type %s", type_name(k->c, key));
        return NULL;
    }
    return type_map(k->s, key, val);
}

bool chk_is_map_index(Expr *e) {
    e = unparen(e);
    return e && e->kind == E_INDEX && e->u.index.x->type && e->u.index.x->type->kind == T_MAP;
}

/* x, ok := m[k] / x, ok = m[k] / var x, ok = m[k]: flag the index. */
void chk_mark_comma_ok(Expr *rhs, int nlhs) {
    rhs = unparen(rhs);
    if (nlhs == 2 && rhs->kind == E_INDEX)
        rhs->u.index.comma_ok = true;
}

Type *chk_map_index(Checker *k, Expr *e, Type *mt) {
    Expr *key = e->u.index.index;
    Type *t = chk_expr(k, key, mt->key);
    Type *ms = chk_expr_spelled(k, e->u.index.x);
    if (!t || !chk_assignable_as(k, key, mt->key, ms && ms->kind == T_MAP ? ms->key : NULL, "map index"))
        return fail(e);
    if (e->u.index.comma_ok) {
        Type *elems[2] = {mt->elem, k->s->t_bool};
        return e->type = type_tuple(k->s, elems, 2);
    }
    return e->type = mt->elem;
}

/* m[k].f = v, m[k].a[i] = v (a an array): Go's "cannot assign to struct
 * field m[k].f in map". True if reported. */
bool chk_map_field_store(Checker *k, Expr *e) {
    Expr *x = unparen(e);
    while (x && ((x->kind == E_FIELD && !x->u.field.through_ptr) ||
                 (x->kind == E_INDEX && x->u.index.x->type && x->u.index.x->type->kind == T_ARRAY)))
        x = unparen(x->kind == E_FIELD ? x->u.field.x : x->u.index.x);
    if (!chk_is_map_index(x) || unparen(e) == x)
        return false;
    diag_error(k->c, e->span, "cannot assign to struct field %s in map", chk_expr_string(k, e));
    return true;
}

/* A constant key's text for "duplicate key ... in map literal", or NULL. */
static const char *const_key(Checker *k, Expr *key) {
    ConstVal v;
    if (!key->is_const || !const_value(k, key, &v))
        return NULL;
    switch (v.kind) {
    case CV_INT: return arena_printf(&k->c->arena, "%lld", (long long)v.i);
    case CV_BOOL: return v.i ? "true" : "false";
    case CV_STRING: return arena_printf(&k->c->arena, "\"%.*s\"", v.s.len, v.s.ptr);
    case CV_FLOAT: return arena_printf(&k->c->arena, "%g", v.f);
    default: return NULL;
    }
}

/* map[K]V{k: v, ...}: every element keyed, keys and values checked
 * against K and V (elided composite literals allowed on both sides). */
Type *chk_map_lit(Checker *k, Expr *e, Type *mt) {
    ElemList *el = &e->u.composite.elems;
    const char **seen = arena_alloc(&k->c->arena, sizeof(char *) * (size_t)(el->len + 1));
    Type **seen_t = arena_alloc(&k->c->arena, sizeof(Type *) * (size_t)(el->len + 1));
    bool ok = true;
    Type *ms = chk_lit_spelled(k, e, mt);   /* map[rune]int as written, for messages */
    for (int i = 0; i < el->len; i++) {
        Elem *x = &el->data[i];
        if (!x->key) {
            diag_error(k->c, x->value->span, "missing key in map literal");
            ok = false;
            continue;
        }
        Elem kel = {0};
        kel.value = x->key;
        if (!chk_elem_value(k, &kel, mt->key, ms->key, "map literal")) {
            ok = false;
            continue;
        }
        x->key = kel.value;     /* an elided &T{...} key */
        seen[i] = const_key(k, x->key);
        /* an interface key holds its constant's (default) type: 2 and
           uint(2), 3 and float32(3) are different keys (go1.19) */
        seen_t[i] = x->key->type ? default_type(k, x->key->type) : NULL;
        for (int j = 0; seen[i] && j < i; j++)
            if (seen[j] && strcmp(seen[i], seen[j]) == 0 &&
                (mt->key->kind != T_IFACE || seen_t[i] == seen_t[j])) {
                diag_error(k->c, x->key->span, "duplicate key %s in map literal", seen[i]);
                ok = false;
                break;
            }
        ok &= chk_elem_value(k, x, mt->elem, ms->elem, "map literal");
    }
    (void)ok;   /* wrong elements: the literal keeps its type (types2) */
    return e->type = mt;
}

/* make(map[K]V) / make(map[K]V, hint) */
Type *chk_map_make(Checker *k, Expr *e, Type *mt) {
    ExprList *a = &e->u.call.args;
    if (a->len > 2) {
        diag_error(k->c, e->span, "invalid operation: %s expects 1 or 2 arguments; found %d",
                   chk_expr_string(k, e), a->len);
        return fail(e);
    }
    if (a->len == 2) {
        Expr *n = a->data[1];
        Type *nt = chk_expr(k, n, k->s->t_int);
        if (!nt)
            return fail(e);
        if (!type_is_integer(nt)) {
            diag_error(k->c, n->span, "cannot convert %s to type int", chk_describe(k, n));
            return fail(e);
        }
        chk_set_untyped(k, n, k->s->t_int);
        ConstVal v;
        if (const_value(k, n, &v) && v.kind == CV_INT && v.i < 0) {
            n->type = k->s->t_int;
            diag_error(k->c, n->span, "invalid argument: index %s must not be negative", chk_describe(k, n));
            return fail(e);
        }
    }
    e->u.call.type_arg = mt;
    return e->type = mt;
}

/* delete(m, k) */
Type *chk_delete(Checker *k, Expr *e) {
    ExprList *a = &e->u.call.args;
    if (a->len != 2) {
        chk_builtin_args_used(k, e);
        diag_error(k->c, e->span, "invalid operation: %s arguments for %s (expected 2, found %d)",
                   a->len < 2 ? "not enough" : "too many", chk_expr_string(k, e), a->len);
        return fail(e);
    }
    Type *mt = chk_expr(k, a->data[0], NULL);
    if (!mt)
        return fail(e);
    if (mt->kind != T_MAP) {
        diag_error(k->c, a->data[0]->span, "invalid argument: %s is not a map", chk_describe(k, a->data[0]));
        return fail(e);
    }
    if (!chk_expr(k, a->data[1], mt->key) || !chk_assignable(k, a->data[1], mt->key, "argument to delete"))
        return fail(e);
    return e->type = k->s->t_void;
}
