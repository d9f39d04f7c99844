/*
 * select.c: Go's selector rule, x.f through embedded fields (spec
 * "Selectors", go/types lookupFieldOrMethod).
 *
 * A struct's embedded field `struct { Base; *Log }` is a field named by
 * its type whose own fields and methods are promoted. x.f names the f of
 * the shallowest depth, depth being the number of embedded fields walked
 * through to reach it. The search is breadth first: level 0 is t itself
 * (its declared methods, then its fields); level d+1 holds the types of
 * the embedded fields of level d's structs, each with the path of field
 * indices that reaches it. At the first level where f is found it must be
 * found exactly once: two fields or methods named f at one depth make
 * x.f ambiguous (a deeper f does not matter). A type already seen at a
 * shallower level is not searched again (embedded pointers may cycle).
 *
 * The path is what sema rewrites x.f into (x.E1.E2.f, the implicit
 * selectors Go inserts) and what a method value or an interface's method
 * table follows to the receiver. `indirect` says whether that receiver is
 * addressable through a pointer, which decides the method set.
 */
#include "sema.h"

#include <string.h>

typedef struct Cand {
    Type *t;                    /* a struct or named type, pointer stripped */
    int depth;
    int path[SEL_MAX_DEPTH];
    bool path_ptr[SEL_MAX_DEPTH];
    bool indirect;
} Cand;

enum { SEL_MAX_CANDS = 64 };

/* Look name up among t's own methods and fields; count the matches. */
static int match_in(const Cand *c, Sym name, Selection *out) {
    int found = 0;
    Type *t = c->t;
    for (int i = 0; i < t->methods.len; i++)
        if (t->methods.data[i].name == name) {
            found++;
            out->kind = SEL_METHOD;
            out->method = &t->methods.data[i];
            out->field = -1;
        }
    if (t->kind == T_STRUCT)
        for (int i = 0; i < t->fields.len; i++)
            if (t->fields.data[i].name == name) {
                found++;
                out->kind = SEL_FIELD;
                out->field = i;
                out->method = NULL;
            }
    if (found) {
        out->owner = t;
        out->depth = c->depth;
        memcpy(out->path, c->path, sizeof out->path);
        memcpy(out->path_ptr, c->path_ptr, sizeof out->path_ptr);
        out->indirect = c->indirect;
    }
    return found;
}

/* The candidates one level down from c, its embedded fields, appended to
 * next (nnext of them so far, at most SEL_MAX_CANDS); returns the count. */
static int embedded_cands(const Cand *c, Cand *next, int nnext) {
    for (int j = 0; j < c->t->fields.len && nnext < SEL_MAX_CANDS; j++) {
        Field *f = &c->t->fields.data[j];
        if (!f->embedded)
            continue;
        Cand *n = &next[nnext++];
        *n = *c;
        bool ptr = f->type->kind == T_PTR;
        n->t = ptr ? f->type->elem : f->type;
        n->depth = c->depth + 1;
        n->path[c->depth] = j;
        n->path_ptr[c->depth] = ptr;
        n->indirect = c->indirect || ptr;
    }
    return nnext;
}

static bool seen_before(Type **seen, int nseen, Type *t) {
    for (int i = 0; i < nseen; i++)
        if (seen[i] == t)
            return true;
    return false;
}

SelKind type_select(Type *t, Sym name, Selection *out) {
    memset(out, 0, sizeof *out);
    out->field = -1;
    if (!t)
        return SEL_NONE;
    Cand level[SEL_MAX_CANDS], next[SEL_MAX_CANDS];
    Type *seen[SEL_MAX_CANDS * 2];
    int nlevel = 1, nseen = 0;
    memset(&level[0], 0, sizeof level[0]);
    level[0].t = t;
    if ((t->kind == T_PTR || t->kind == T_BOX) && !t->name) {
        level[0].t = t->elem;
        level[0].indirect = true;
    }
    for (int depth = 0; nlevel > 0 && depth <= SEL_MAX_DEPTH; depth++) {
        int found = 0, nnext = 0;
        Selection hit = *out;
        for (int i = 0; i < nlevel; i++) {
            Cand *c = &level[i];
            if (seen_before(seen, nseen, c->t))
                continue;
            if (nseen < SEL_MAX_CANDS * 2)
                seen[nseen++] = c->t;
            found += match_in(c, name, &hit);
            if (c->t->kind != T_STRUCT || depth == SEL_MAX_DEPTH)
                continue;
            nnext = embedded_cands(c, next, nnext);
        }
        if (found == 1) {
            *out = hit;
            return out->kind;
        }
        if (found > 1) {
            out->kind = SEL_AMBIGUOUS;
            out->depth = depth;
            return SEL_AMBIGUOUS;
        }
        memcpy(level, next, sizeof(Cand) * (size_t)nnext);
        nlevel = nnext;
    }
    return SEL_NONE;
}

/* The method `name` of an interface embedded in t's struct (`type S
 * struct { I }`, S.M promoted from I), looked for when type_select finds
 * nothing: the shallowest embedded interface having it, its path in
 * *out (the interface field last). Returns that interface, or NULL (none,
 * or two at one depth). Calls go through it (x.I.M(), as Go writes the
 * implicit selector); iface_promote.c puts such methods in method sets.
 * An embedded library struct (strings.Builder, *os.File), whose methods
 * are runtime functions (Type.lib_methods), is found the same way and
 * returned (a T_STRUCT): its methods are callable, x.Builder.M(). */
Type *type_select_iface_promoted(Type *t, Sym name, Selection *out) {
    memset(out, 0, sizeof *out);
    out->field = -1;
    if (!t)
        return NULL;
    Cand level[SEL_MAX_CANDS], next[SEL_MAX_CANDS];
    int nlevel = 1;
    memset(&level[0], 0, sizeof level[0]);
    level[0].t = (t->kind == T_PTR || t->kind == T_BOX) && !t->name ? t->elem : t;
    for (int depth = 0; nlevel > 0 && depth < SEL_MAX_DEPTH; depth++) {
        int nnext = 0, found = 0;
        Type *hit = NULL;
        for (int i = 0; i < nlevel; i++) {
            Cand *c = &level[i];
            if ((c->t->kind == T_IFACE || c->t->lib_methods.len) && depth > 0) {
                bool iface = c->t->kind == T_IFACE;
                IMethod *ms = iface ? c->t->imethods.data : c->t->lib_methods.data;
                int nms = iface ? c->t->imethods.len : c->t->lib_methods.len;
                for (int j = 0; j < nms; j++)
                    if (ms[j].name == name) {
                        found++;
                        hit = c->t;
                        out->depth = c->depth;
                        memcpy(out->path, c->path, sizeof out->path);
                        memcpy(out->path_ptr, c->path_ptr, sizeof out->path_ptr);
                    }
                continue;
            }
            if (c->t->kind != T_STRUCT)
                continue;
            nnext = embedded_cands(c, next, nnext);
        }
        if (found)
            return found == 1 ? hit : NULL;
        memcpy(level, next, sizeof(Cand) * (size_t)nnext);
        nlevel = nnext;
    }
    return NULL;
}

Method *type_method_lookup(Type *t, Sym name, Selection *out) {
    Selection local;
    Selection *sel = out ? out : &local;
    return type_select(t, name, sel) == SEL_METHOD ? sel->method : NULL;
}

bool type_method_in_set(Type *t, const Selection *sel) {
    if (sel->kind != SEL_METHOD)
        return false;
    if (!sel->method->ptr_recv)
        return true;
    return (t->kind == T_PTR && !t->name) || sel->indirect;
}
