/*
 * iface.c: the run-time half of interfaces (ml0type.h; docs/RUNTIME.md
 * "Interfaces"): itabs built on demand, failed assertions' panics, and
 * Go's == on interface values.
 *
 * An itab the compiler did not emit (an interface-to-interface conversion
 * or an assertion to an interface type, where the dynamic type is only
 * known at run time) is built here by merging two name-sorted method
 * lists, the interface's and the type's, matching name and signature;
 * built itabs live for the whole run in a small list (one per pair, found
 * by a linear search: programs have few pairs), as Go's itabTable does.
 */
#include "rt.h"
#include "../ml0type.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct ItabCache {
    struct ItabCache *next;
    ml0_itab *itab;
} ItabCache;

static ItabCache *itabs;

/* The itab, or NULL with *missing naming the first method type lacks. */
static ml0_itab *build_itab(const ml0_type *inter, const ml0_type *type, const char **missing) {
    ml0_itab *t = malloc(sizeof *t + sizeof(void *) * (size_t)(inter->nmethods ? inter->nmethods : 1));
    if (!t)
        rt_fatal("out of memory");
    t->type = type;
    t->inter = inter;
    int64_t j = 0;
    for (int64_t i = 0; i < inter->nmethods; i++) {
        const ml0_method *want = &inter->methods[i];
        while (j < type->nmethods && strcmp(type->methods[j].name, want->name) < 0)
            j++;
        if (j >= type->nmethods || strcmp(type->methods[j].name, want->name) != 0 ||
            strcmp(type->methods[j].sig, want->sig) != 0) {
            *missing = want->name;
            free(t);
            return NULL;
        }
        t->fun[i] = type->methods[j].fn;
    }
    return t;
}

const void *ml0_iface_itab(const void *inter_, const void *type_) {
    const ml0_type *inter = inter_, *type = type_;
    if (!type)
        return NULL;
    for (ItabCache *c = itabs; c; c = c->next)
        if (c->itab->inter == inter && c->itab->type == type)
            return c->itab;
    const char *missing = NULL;
    ml0_itab *t = build_itab(inter, type, &missing);
    if (!t)
        return NULL;
    ItabCache *c = malloc(sizeof *c);
    if (!c)
        rt_fatal("out of memory");
    c->itab = t;
    c->next = itabs;
    itabs = c;
    return t;
}

static _Noreturn void conversion_panic(const char *msg) { rt_panic_error(RT_ERR_ASSERT, msg, NULL); }

_Noreturn void ml0_panic_assert(const void *src_, const void *type_, const void *want_) {
    const ml0_type *src = src_, *type = type_, *want = want_;
    char b[512];
    if (want->kind == ML0_K_INTERFACE && type) {
        const char *missing = "?";
        ml0_itab *t = build_itab(want, type, &missing);
        free(t);
        snprintf(b, sizeof b, "interface conversion: %s is not %s: missing method %s", type->name,
                 want->name, missing);
    } else {
        const char *from = type ? src->name : want->kind == ML0_K_INTERFACE ? "interface" : src->name;
        snprintf(b, sizeof b, "interface conversion: %s is %s, not %s", from, type ? type->name : "nil",
                 want->name);
    }
    conversion_panic(b);
}

static _Noreturn void uncomparable(const ml0_type *t) {
    char b[256];
    snprintf(b, sizeof b, "comparing uncomparable type %s", t->name);
    ml0_panic_msg(b);
}

/* Go's == on two values of type t at a and b. */
static int equal(const ml0_type *t, const void *a, const void *b) {
    switch (t->kind) {
    case ML0_K_STRING: {
        const ml0_string *x = a, *y = b;
        return x->len == y->len && (x->len == 0 || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    case ML0_K_FLOAT64: return *(const double *)a == *(const double *)b;
    case ML0_K_FLOAT32: return *(const float *)a == *(const float *)b;
    case ML0_K_STRUCT:
        for (int64_t i = 0; i < t->nfields; i++) {
            const ml0_field *f = &t->fields[i];
            if (!equal(f->type, (const char *)a + f->offset, (const char *)b + f->offset))
                return 0;
        }
        return 1;
    case ML0_K_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            if (!equal(t->elem, (const char *)a + i * t->elem->size, (const char *)b + i * t->elem->size))
                return 0;
        return 1;
    case ML0_K_INTERFACE: {
        const ml0_iface *x = a, *y = b;
        const ml0_type *tx = x->type, *ty = y->type;
        if (t->nmethods) {      /* first words are itabs */
            tx = tx ? ((const ml0_itab *)(const void *)tx)->type : NULL;
            ty = ty ? ((const ml0_itab *)(const void *)ty)->type : NULL;
        }
        return ml0_iface_eq(tx, x->data, ty, y->data);
    }
    case ML0_K_SLICE: case ML0_K_FUNC: case ML0_K_MAP:
        uncomparable(t);
    default:
        return memcmp(a, b, (size_t)t->size) == 0;
    }
}

int32_t ml0_iface_eq(const void *ta_, const void *da, const void *tb_, const void *db) {
    const ml0_type *ta = ta_, *tb = tb_;
    if (ta != tb)
        return 0;
    if (!ta)
        return 1;
    if (!(ta->flags & ML0_TF_COMPARABLE))
        uncomparable(ta);
    if (ta->flags & ML0_TF_DIRECT)
        return da == db;
    return equal(ta, da, db);
}
