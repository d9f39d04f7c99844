/*
 * types.c: ML0 types. Derived types are canonical: a pointer, slice, box
 * or array type is cached on its element type and a function type in a
 * per-checker table, so identical types are the same pointer. Sizes and
 * alignments follow the code generator's layout (int 8, byte 1, bool 1,
 * float 8, string 16, slice 24, func 16, pointers 8, C struct rules).
 */
#include "sema.h"

#include <string.h>

Type *type_new(SemaInfo *s, TypeKind k, int64_t size, int align) {
    Type *t = arena_alloc(s->arena, sizeof *t);
    t->kind = k;
    t->size = size;
    t->align = align;
    return t;
}

Type *type_ptr(SemaInfo *s, Type *elem, bool mut) {
    Type **slot = mut ? &elem->mut_ptr_to : &elem->ptr_to;
    if (!*slot) {
        *slot = type_new(s, T_PTR, 8, 8);
        (*slot)->elem = elem;
        (*slot)->mut = mut;
    }
    return *slot;
}

Type *type_slice(SemaInfo *s, Type *elem) {
    if (!elem->slice_of) {
        elem->slice_of = type_new(s, T_SLICE, 24, 8);
        elem->slice_of->elem = elem;
    }
    return elem->slice_of;
}

Type *type_box(SemaInfo *s, Type *elem) {
    if (!elem->box_of) {
        elem->box_of = type_new(s, T_BOX, 8, 8);
        elem->box_of->elem = elem;
    }
    return elem->box_of;
}

/* Array and func types are found by their shape in one hash set (a
 * program may use thousands of array lengths or signatures). */
typedef struct Shape {
    TypeKind kind;
    Type *elem;         /* T_ARRAY; T_MAP: value */
    Type *key;          /* T_MAP */
    int64_t len;
    Type **params;      /* T_FUNC */
    int nparams;
    Type *result;
    bool variadic;
} Shape;

static unsigned shape_hash(const Shape *k) {
    uint64_t h = (uint64_t)k->kind;
    h = (h ^ (uintptr_t)k->elem) * 0x9E3779B97F4A7C15ull;
    h = (h ^ (uintptr_t)k->key) * 0x9E3779B97F4A7C15ull;
    h = (h ^ (uint64_t)k->len) * 0x9E3779B97F4A7C15ull;
    h = (h ^ (uintptr_t)k->result ^ (uint64_t)k->variadic) * 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < k->nparams; i++)
        h = (h ^ (uintptr_t)k->params[i]) * 0x9E3779B97F4A7C15ull;
    return (unsigned)(h >> 32);
}

static Shape shape_of(Type *t) {
    if (t->kind == T_ARRAY)
        return (Shape){.kind = T_ARRAY, .elem = t->elem, .len = t->len};
    if (t->kind == T_MAP)
        return (Shape){.kind = T_MAP, .elem = t->elem, .key = t->key};
    return (Shape){.kind = T_FUNC, .params = t->params.data, .nparams = t->params.len,
                   .result = t->result, .variadic = t->variadic};
}

static bool shape_is(Type *t, const Shape *k) {
    if (t->kind != k->kind)
        return false;
    if (k->kind == T_ARRAY)
        return t->elem == k->elem && t->len == k->len;
    if (k->kind == T_MAP)
        return t->elem == k->elem && t->key == k->key;
    if (t->result != k->result || t->params.len != k->nparams || t->variadic != k->variadic)
        return false;
    for (int j = 0; j < k->nparams; j++)
        if (t->params.data[j] != k->params[j])
            return false;
    return true;
}

static Type *shape_find(SemaInfo *s, const Shape *k) {
    if (!s->shapes_cap)
        return NULL;
    unsigned mask = (unsigned)s->shapes_cap - 1;
    for (unsigned h = shape_hash(k) & mask; s->shapes[h]; h = (h + 1) & mask)
        if (shape_is(s->shapes[h], k))
            return s->shapes[h];
    return NULL;
}

static void shape_insert(SemaInfo *s, Type *t) {
    unsigned mask = (unsigned)s->shapes_cap - 1;
    Shape k = shape_of(t);
    unsigned h = shape_hash(&k) & mask;
    while (s->shapes[h])
        h = (h + 1) & mask;
    s->shapes[h] = t;
}

static Type *shape_add(SemaInfo *s, Type *t) {
    if ((s->nshapes + 1) * 2 > s->shapes_cap) {
        Type **old = s->shapes;
        int oldcap = s->shapes_cap;
        s->shapes_cap = oldcap ? oldcap * 2 : 64;
        s->shapes = arena_alloc(s->arena, sizeof(Type *) * (size_t)s->shapes_cap);
        for (int i = 0; i < oldcap; i++)
            if (old[i])
                shape_insert(s, old[i]);
    }
    shape_insert(s, t);
    s->nshapes++;
    return t;
}

Type *type_array(SemaInfo *s, Type *elem, int64_t len) {
    Shape k = {.kind = T_ARRAY, .elem = elem, .len = len};
    Type *t = shape_find(s, &k);
    if (t)
        return t;
    t = type_new(s, T_ARRAY, elem->size * len, elem->align ? elem->align : 1);
    t->elem = elem;
    t->len = len;
    return shape_add(s, t);
}

/* map[K]V: one pointer-sized word (the table's address, NULL when nil). */
Type *type_map(SemaInfo *s, Type *key, Type *val) {
    Shape k = {.kind = T_MAP, .elem = val, .key = key};
    Type *t = shape_find(s, &k);
    if (t)
        return t;
    t = type_new(s, T_MAP, 8, 8);
    t->elem = val;
    t->key = key;
    return shape_add(s, t);
}

/* Go's comparable types: not slices, maps or funcs, nor structs and arrays
 * holding one. (Those compare only with nil, which sema checks apart.) */
bool type_comparable(Type *t) {
    switch (t->kind) {
    case T_SLICE: case T_MAP: case T_FUNC: case T_VOID:
        return false;
    case T_ARRAY:
        return type_comparable(t->elem);
    case T_STRUCT:
        for (int i = 0; i < t->fields.len; i++)
            if (!type_comparable(t->fields.data[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

Type *type_func(SemaInfo *s, Type **params, int nparams, Type *result) {
    return type_func_v(s, params, nparams, result, false);
}

Type *type_func_v(SemaInfo *s, Type **params, int nparams, Type *result, bool variadic) {
    Shape k = {.kind = T_FUNC, .params = params, .nparams = nparams, .result = result,
               .variadic = variadic};
    Type *t = shape_find(s, &k);
    if (t)
        return t;
    t = type_new(s, T_FUNC, 16, 8);
    for (int i = 0; i < nparams; i++)
        vec_push(s->arena, &t->params, params[i]);
    t->result = result;
    t->variadic = variadic;
    return shape_add(s, t);
}

Type *type_struct_anon(SemaInfo *s, Field *fields, int nfields) {
    Type *t = type_new(s, T_STRUCT, 0, 1);
    for (int i = 0; i < nfields; i++)
        vec_push(s->arena, &t->fields, fields[i]);
    type_layout(t);
    return t;
}

Type *type_tuple(SemaInfo *s, Type **elems, int n) {
    for (int i = 0; i < s->tuples.len; i++) {
        Type *t = s->tuples.data[i];
        bool same = t->fields.len == n;
        for (int j = 0; same && j < n; j++)
            same = t->fields.data[j].type == elems[j];
        if (same)
            return t;
    }
    Field *f = arena_alloc(s->arena, sizeof(Field) * (size_t)n);
    for (int j = 0; j < n; j++) {
        char buf[16];
        snprintf(buf, sizeof buf, "~r%d", j);
        f[j].name = arena_strdup(s->arena, buf);
        f[j].type = elems[j];
    }
    Type *t = type_struct_anon(s, f, n);
    t->tuple = true;
    vec_push(s->arena, &s->tuples, t);
    return t;
}

void type_layout(Type *t) {
    if (t->kind == T_ARRAY) {
        t->size = t->elem->size * t->len;
        t->align = t->elem->align ? t->elem->align : 1;
        return;
    }
    if (t->kind != T_STRUCT)
        return;
    int64_t off = 0;
    int align = 1;
    for (int i = 0; i < t->fields.len; i++) {
        Field *f = &t->fields.data[i];
        int a = f->type->align ? f->type->align : 1;
        off = (off + a - 1) / a * a;
        f->offset = (int)off;
        off += f->type->size;
        if (a > align)
            align = a;
    }
    t->size = (off + align - 1) / align * align;
    t->align = align;
}

bool type_is_copy(Type *t) {
    switch (t->kind) {
    case T_INT: case T_BYTE: case T_BOOL: case T_FLOAT: case T_FUNC:
    case T_INT8: case T_INT16: case T_INT32: case T_INT64: case T_UINT: case T_UINT16:
    case T_UINT32: case T_UINT64: case T_UINTPTR: case T_FLOAT32:
    case T_UNTYPED_INT: case T_UNTYPED_FLOAT: case T_UNTYPED_NIL: case T_VOID:
        return true;
    case T_PTR:
        return !t->mut;     /* shared *T is Copy; *mut T moves */
    case T_ARRAY:
        return type_is_copy(t->elem);
    case T_STRUCT:
        if (t->drop)
            return false;
        for (int i = 0; i < t->fields.len; i++)
            if (!type_is_copy(t->fields.data[i].type))
                return false;
        return true;
    default:
        return false;       /* string, slice, Box */
    }
}

bool type_has_pointers(Type *t) {
    switch (t->kind) {
    case T_STRING: case T_PTR: case T_SLICE: case T_FUNC: case T_BOX: case T_IFACE: case T_MAP:
        return true;
    case T_ARRAY:
        return t->len > 0 && type_has_pointers(t->elem);
    case T_STRUCT:
        for (int i = 0; i < t->fields.len; i++)
            if (type_has_pointers(t->fields.data[i].type))
                return true;
        return false;
    default:
        return false;
    }
}

/* Go's size of t: ml0c's, except that a func value is one word in Go
 * (ml0c: code and environment, two). Every func value is 8-aligned in
 * both, so each one takes 8 bytes off the layout. */
int64_t type_go_size(Type *t) {
    switch (t->kind) {
    case T_FUNC:
        return 8;
    case T_ARRAY:
        return t->len * type_go_size(t->elem);
    case T_STRUCT: {
        int64_t funcs = 0;
        for (int i = 0; i < t->fields.len; i++) {
            Type *f = t->fields.data[i].type;
            funcs += f->size - type_go_size(f);
        }
        return t->size - funcs;
    }
    default:
        return t->size;
    }
}

bool type_needs_drop(Type *t) {
    switch (t->kind) {
    case T_BOX: return true;
    case T_ARRAY: return t->len > 0 && type_needs_drop(t->elem);
    case T_STRUCT:
        if (t->drop)
            return true;
        for (int i = 0; i < t->fields.len; i++)
            if (type_needs_drop(t->fields.data[i].type))
                return true;
        return false;
    default: return false;
    }
}

/* An interface value holds one reference through its data word (the
 * pointer it holds, or its box), like a pointer. */
bool type_needs_release(Type *t) {
    return type_has_pointers(t) || type_needs_drop(t);
}

int type_int_bits(Type *t) {
    switch (t ? t->kind : T_VOID) {
    case T_BYTE: case T_INT8: return 8;
    case T_INT16: case T_UINT16: return 16;
    case T_INT32: case T_UINT32: return 32;
    case T_INT: case T_INT64: case T_UINT: case T_UINT64: case T_UINTPTR: return 64;
    default: return 0;
    }
}

bool type_is_unsigned(Type *t) {
    switch (t ? t->kind : T_VOID) {
    case T_BYTE: case T_UINT: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR: return true;
    default: return false;
    }
}

bool type_is_integer(Type *t) {
    return t && (type_int_bits(t) || t->kind == T_UNTYPED_INT);
}

bool type_is_float(Type *t) {
    return t && (t->kind == T_FLOAT || t->kind == T_FLOAT32 || t->kind == T_UNTYPED_FLOAT);
}

bool type_is_numeric(Type *t) {
    return type_is_integer(t) || type_is_float(t);
}

bool type_is_pointer_like(Type *t) { return t && (t->kind == T_PTR || t->kind == T_BOX); }

static void name_into(Ctx *c, Type *t, char *buf, size_t cap, size_t *n, bool go_m);

static void put(char *buf, size_t cap, size_t *n, const char *s) {
    size_t len = strlen(s);
    if (*n + len >= cap)
        len = *n < cap - 1 ? cap - 1 - *n : 0;
    memcpy(buf + *n, s, len);
    *n += len;
    buf[*n] = 0;
}

static void name_into(Ctx *c, Type *t, char *buf, size_t cap, size_t *n, bool go_m) {
    static const char *basic[] = {"void", "int", "byte", "bool", "float64", "string",
                                  "int8", "int16", "int32", "int64", "uint", "uint16", "uint32",
                                  "uint64", "uintptr", "float32",
                                  "untyped int", "untyped float", "untyped nil"}; /* ORDER TypeKind */
    if (!t) {
        put(buf, cap, n, "invalid type");
        return;
    }
    if (t->name && !t->tuple) {
        /* -m prints the empty interface as go1.19's types1 does */
        put(buf, cap, n, go_m && strcmp(t->name, "interface{}") == 0 ? "interface {}" : t->name);
        return;
    }
    if (t->kind <= T_UNTYPED_NIL) {
        put(buf, cap, n, t->rune_const ? "untyped rune" : basic[t->kind]);
        return;
    }
    char tmp[32];
    switch (t->kind) {
    case T_PTR: put(buf, cap, n, t->mut ? "*mut " : "*"); name_into(c, t->elem, buf, cap, n, go_m); break;
    case T_SLICE: put(buf, cap, n, "[]"); name_into(c, t->elem, buf, cap, n, go_m); break;
    case T_ARRAY:
        snprintf(tmp, sizeof tmp, "[%lld]", (long long)t->len);
        put(buf, cap, n, tmp);
        name_into(c, t->elem, buf, cap, n, go_m);
        break;
    case T_BOX: put(buf, cap, n, "Box["); name_into(c, t->elem, buf, cap, n, go_m); put(buf, cap, n, "]"); break;
    case T_IFACE:
        if (t->name) {
            put(buf, cap, n, t->name);
            break;
        }
        if (!t->imethods.len) {
            put(buf, cap, n, "any");
            break;
        }
        put(buf, cap, n, "interface{");
        for (int i = 0; i < t->imethods.len; i++) {
            if (i)
                put(buf, cap, n, "; ");
            put(buf, cap, n, t->imethods.data[i].name);
            char sig[256];
            size_t m = 0;
            sig[0] = 0;
            name_into(c, t->imethods.data[i].fn, sig, sizeof sig, &m, go_m);
            put(buf, cap, n, sig + 4);      /* after "func" */
        }
        put(buf, cap, n, "}");
        break;
    case T_MAP:
        put(buf, cap, n, "map[");
        name_into(c, t->key, buf, cap, n, go_m);
        put(buf, cap, n, "]");
        name_into(c, t->elem, buf, cap, n, go_m);
        break;
    case T_STRUCT:
        if (t->tuple) {
            put(buf, cap, n, "(");
            for (int i = 0; i < t->fields.len; i++) {
                if (i)
                    put(buf, cap, n, ", ");
                Sym fname = t->fields.data[i].name;
                if (fname && fname[0] != '~' && !go_m) {     /* named results (spell.c) */
                    put(buf, cap, n, fname);
                    put(buf, cap, n, " ");
                }
                name_into(c, t->fields.data[i].type, buf, cap, n, go_m);
            }
            put(buf, cap, n, ")");
            break;
        }
        put(buf, cap, n, "struct {");
        for (int i = 0; i < t->fields.len; i++) {
            put(buf, cap, n, i ? "; " : " ");
            if (!t->fields.data[i].embedded) {
                put(buf, cap, n, t->fields.data[i].name ? t->fields.data[i].name : "_");
                put(buf, cap, n, " ");
            }
            name_into(c, t->fields.data[i].type, buf, cap, n, go_m);
        }
        put(buf, cap, n, t->fields.len ? " }" : "}");
        break;
    case T_FUNC:
        put(buf, cap, n, "func(");
        for (int i = 0; i < t->params.len; i++) {
            if (i)
                put(buf, cap, n, ", ");
            if (t->pnames && t->pnames[i] && !go_m) {    /* a spelled copy: func(b byte) */
                put(buf, cap, n, t->pnames[i]);
                put(buf, cap, n, " ");
            }
            if (t->variadic && i + 1 == t->params.len) {
                put(buf, cap, n, "...");
                name_into(c, t->params.data[i]->elem, buf, cap, n, go_m);
                continue;
            }
            name_into(c, t->params.data[i], buf, cap, n, go_m);
        }
        put(buf, cap, n, ")");
        if (t->result && t->result->kind != T_VOID) {
            put(buf, cap, n, " ");
            name_into(c, t->result, buf, cap, n, go_m);
        }
        break;
    default: put(buf, cap, n, "?"); break;
    }
}

const char *type_name(Ctx *c, Type *t) {
    char buf[512];
    size_t n = 0;
    buf[0] = 0;
    name_into(c, t, buf, sizeof buf, &n, false);
    return arena_strdup(&c->arena, buf);
}

/* t as go1.19's -m lines print a type (cmd/compile's types1 formatting):
 * no parameter names, `interface {}`. */
const char *type_name_go(Ctx *c, Type *t) {
    char buf[512];
    size_t n = 0;
    buf[0] = 0;
    name_into(c, t, buf, sizeof buf, &n, true);
    return arena_strdup(&c->arena, buf);
}

Method *type_method(Type *t, Sym name) {
    if (t && (t->kind == T_PTR || t->kind == T_BOX) && !t->name)
        t = t->elem;
    if (!t || !t->name)
        return NULL;
    for (int i = 0; i < t->methods.len; i++)
        if (t->methods.data[i].name == name)
            return &t->methods.data[i];
    return NULL;
}

int type_field_index(Type *t, Sym name) {
    if (!t || t->kind != T_STRUCT)
        return -1;
    for (int i = 0; i < t->fields.len; i++)
        if (t->fields.data[i].name == name)
            return i;
    return -1;
}

/* ---- named types, assignability, comparability -------------------------- */

static bool is_untyped_kind(Type *t) {
    return t->kind == T_UNTYPED_INT || t->kind == T_UNTYPED_FLOAT || t->kind == T_UNTYPED_NIL;
}

Type *type_underlying(Type *t) {
    return t && t->underlying ? t->underlying : t;
}

/* Two struct types with the same fields in the same order (names, types,
 * embedding): identical as Go's struct types are. */
static bool same_fields(Type *a, Type *b) {
    if (a->fields.len != b->fields.len)
        return false;
    for (int i = 0; i < a->fields.len; i++) {
        Field *x = &a->fields.data[i], *y = &b->fields.data[i];
        if (x->name != y->name || x->type != y->type || x->embedded != y->embedded)
            return false;
    }
    return true;
}

/* Identical underlying types: pointer equality of canonical types, or
 * two struct types with the same fields (a named struct holds its fields
 * itself, so its underlying struct is compared field by field). */
static bool same_underlying(Type *a, Type *b) {
    a = type_underlying(a);
    b = type_underlying(b);
    if (a == b)
        return true;
    if (a->kind == T_STRUCT && b->kind == T_STRUCT && !a->tuple && !b->tuple)
        return same_fields(a, b);
    if (a->kind == T_PTR && b->kind == T_PTR && !a->name && !b->name)
        return a->elem == b->elem;      /* *T and *mut T */
    return false;
}

bool type_convertible(Type *from, Type *to) {
    return type_assignable(from, to) || (!is_untyped_kind(from) && same_underlying(from, to));
}

/* (*[N]T)(s) of a []T (Go 1.17): a pointer to s's first N elements,
 * after a check that len(s) >= N (mir/build_call.c, lower_conv). */
bool type_slice_to_array_ptr(Type *from, Type *to) {
    return from->kind == T_SLICE && to->kind == T_PTR && to->elem->kind == T_ARRAY && to->elem->elem == from->elem;
}

bool type_assignable(Type *from, Type *to) {
    if (from == to)
        return true;
    if (from->kind == T_PTR && to->kind == T_PTR && !from->name && !to->name &&
        from->elem == to->elem)
        return true;
    bool from_named = from->name || (from->kind <= T_FLOAT32 && from->kind != T_VOID);
    bool to_named = to->name || (to->kind <= T_FLOAT32 && to->kind != T_VOID);
    return (!from_named || !to_named) && same_underlying(from, to);
}

/* A struct type with no name written out: struct { x int; y string }.
 * Canonical, found by a linear search of the ones seen so far (a program
 * writes few). */
Type *type_struct_lit(SemaInfo *s, Field *fields, int nfields) {
    for (int i = 0; i < s->anon_structs.len; i++) {
        Type *t = s->anon_structs.data[i];
        bool same = t->fields.len == nfields;
        for (int j = 0; same && j < nfields; j++)
            same = t->fields.data[j].name == fields[j].name &&
                   t->fields.data[j].type == fields[j].type &&
                   t->fields.data[j].embedded == fields[j].embedded;
        if (same)
            return t;
    }
    Type *t = type_struct_anon(s, fields, nfields);
    vec_push(s->arena, &s->anon_structs, t);
    return t;
}

/* `type Name U` for a U that is not a struct literal: a new type with
 * U's kind and shape (so codegen and the analyses see a U) and its own
 * name and methods. */
Type *type_named(SemaInfo *s, Sym name, Span at, Type *u) {
    Type *t = type_new(s, u->kind, u->size, u->align);
    type_named_fill(t, name, at, u);
    return t;
}

void type_named_fill(Type *t, Sym name, Span at, Type *u) {
    Type *under = type_underlying(u);
    t->kind = u->kind;
    t->size = u->size;
    t->align = u->align;
    t->elem = under->elem;
    t->key = under->key;
    t->mut = under->mut;
    t->len = under->len;
    t->params = under->params;
    t->result = under->result;
    t->variadic = under->variadic;
    t->fields = under->fields;
    if (under->kind == T_IFACE && !under->iface_src)
        t->imethods = under->imethods;  /* `type I interface{...}` in a body:
                                           its literal's set, resolved already */
    t->drop = NULL;
    t->name = name;
    t->decl_span = at;
    t->underlying = under;
}

const char *type_incomparable_why(Ctx *c, Type *t) {
    switch (t->kind) {
    case T_SLICE: case T_FUNC: case T_MAP:
        return arena_printf(&c->arena, "%s can only be compared to nil",
                            t->kind == T_SLICE ? "slice" : t->kind == T_MAP ? "map" : "func");
    case T_ARRAY:
        return arena_printf(&c->arena, "%s cannot be compared", type_name(c, t));
    case T_STRUCT:
        for (int i = 0; i < t->fields.len; i++)
            if (!type_comparable(t->fields.data[i].type))
                return arena_printf(&c->arena, "struct containing %s cannot be compared",
                                    type_name(c, t->fields.data[i].type));
        return "cannot be compared";
    default:
        return "cannot be compared";
    }
}
