/*
 * methodset.c: the method set of a named type or of a pointer to one, as
 * go1.19 lists it (types.CalcMethods, reflectdata.methods with
 * types.IsMethodApplicable).
 *
 * The candidates are the method names declared on t and on every type
 * reached through embedded fields (a breadth-first walk, each type once:
 * embedded pointers may cycle). Each name is then resolved by the selector
 * rule itself (type_select, select.c), so a method hidden by a shallower
 * field or method, or ambiguous at its depth, is left out exactly as x.M
 * would reject it; type_method_in_set keeps a pointer-receiver method only
 * for *T or when the path holds an embedded pointer. The set is sorted as
 * go1.19's AllMethods (types.Sym.Less): exported names first, then by
 * name. Invariant: every entry's sel is what type_select(t, name) returns.
 */
#include "sema.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { MS_MAX_TYPES = 256 };

static bool exported(Sym s) { return isupper((unsigned char)s[0]); }

/* go1.19's types.Sym.Less for names of one package. */
static int by_go_name(const void *a, const void *b) {
    Sym x = ((const MethodSetEntry *)a)->name, y = ((const MethodSetEntry *)b)->name;
    if (exported(x) != exported(y))
        return exported(x) ? -1 : 1;
    return strcmp(x, y);
}

/* The types t's selectors search: t itself, then the embedded fields'
 * types, level by level (pointers stripped), each once. */
static int search_types(Type *t, Type **out) {
    int n = 0;
    out[n++] = t;
    for (int i = 0; i < n; i++) {
        Type *s = out[i];
        for (int j = 0; s->kind == T_STRUCT && j < s->fields.len && n < MS_MAX_TYPES; j++) {
            Field *f = &s->fields.data[j];
            if (!f->embedded)
                continue;
            Type *e = f->type->kind == T_PTR ? f->type->elem : f->type;
            bool seen = false;
            for (int k = 0; k < n && !seen; k++)
                seen = out[k] == e;
            if (!seen && e)
                out[n++] = e;
        }
    }
    return n;
}

int type_method_set(Arena *a, Type *t, MethodSetEntry **out) {
    *out = NULL;
    Type *base = t && t->kind == T_PTR && !t->name ? t->elem : t;
    if (!base || !base->name || base->kind == T_IFACE)
        return 0;
    Type *types[MS_MAX_TYPES];
    int ntypes = search_types(base, types), cap = 0, n = 0;
    for (int i = 0; i < ntypes; i++)
        cap += types[i]->methods.len;
    MethodSetEntry *set = arena_alloc(a, sizeof *set * (size_t)(cap + 1));
    for (int i = 0; i < ntypes; i++)
        for (int j = 0; j < types[i]->methods.len; j++) {
            Sym name = types[i]->methods.data[j].name;
            bool dup = false;
            for (int k = 0; k < n && !dup; k++)
                dup = set[k].name == name;
            Selection sel;
            if (dup || type_select(t, name, &sel) != SEL_METHOD || !type_method_in_set(t, &sel))
                continue;
            set[n].name = name;
            set[n].sel = sel;
            n++;
        }
    qsort(set, (size_t)n, sizeof *set, by_go_name);
    *out = set;
    return n;
}
