/*
 * fmtsort.c: the order fmt prints a map's entries in, Go's
 * internal/fmtsort: keys sorted by value. Numbers and strings in their
 * natural order (a NaN before every other float), false before true,
 * pointers by address, structs and arrays field by field, interfaces nil
 * first, then by their dynamic type (Go: its descriptor's address; here
 * the descriptor's size, then its name: the order Go's linker lays them
 * out in), then by value.
 * lib_map_sorted lists a map's full slots in that order.
 */
#include "lib.h"
#include "../core/map.h"

#include <stdlib.h>
#include <string.h>

static int cmp3(int less, int greater) { return less ? -1 : greater ? 1 : 0; }

static int cmp_float(double a, double b) {
    if (a != a)
        return b != b ? 0 : -1;
    if (b != b)
        return 1;
    return cmp3(a < b, a > b);
}

static int cmp_value(const ml0_type *t, const void *a, const void *b);

/* The size of go1.19's descriptor of t on amd64, which decides where its
 * linker puts it: type descriptors are laid out by size, then by name, so
 * map keys of different dynamic types print in that order (*int before
 * bool, float64, int, main.T and string, all 64 bytes, before [1]int, a
 * type with methods, then structs). rtype is 48 bytes; each kind adds its
 * own words (a struct 24 per field, an interface 8 per method); a defined
 * or basic type, or one with methods, adds an uncommontype of 16 bytes
 * and 16 per method. A func's parameters are not known here (8 each in
 * Go): funcs sort as if they had none. */
static int64_t go_desc_size(const ml0_type *t) {
    int64_t n = 48;
    bool uncommon = (t->flags & ML0_TF_NAMED) || t->nmethods > 0;
    switch ((ml0_kind)t->kind) {
    case ML0_K_POINTER: case ML0_K_BOX: case ML0_K_SLICE: case ML0_K_FUNC: n += 8; break;
    case ML0_K_ARRAY: n += 24; break;
    case ML0_K_MAP: n += 32; break;
    case ML0_K_STRUCT: n += 32 + 24 * t->nfields; break;
    case ML0_K_INTERFACE: return n + 32 + 8 * t->nmethods + ((t->flags & ML0_TF_NAMED) ? 16 : 0);
    default: uncommon = true; break;     /* bool, numbers, string: named */
    }
    return uncommon ? n + 16 + 16 * t->nmethods : n;
}

static int cmp_iface(const ml0_type *it, const ml0_iface *xv, const ml0_iface *yv) {
    ml0_iface xd = ml0_iface_dynamic(it, xv), yd = ml0_iface_dynamic(it, yv);
    const ml0_iface *x = &xd, *y = &yd;
    if (!x->type || !y->type)
        return cmp3(!x->type && y->type, x->type && !y->type);
    if (x->type != y->type) {   /* Go: by type descriptor address (go_desc_size) */
        int64_t xs = go_desc_size(x->type), ys = go_desc_size(y->type);
        if (xs != ys)
            return cmp3(xs < ys, xs > ys);
        int c = strcmp(x->type->name, y->type->name);
        return c < 0 ? -1 : c > 0;
    }
    if (x->type->flags & ML0_TF_DIRECT)
        return cmp_value(x->type, &x->data, &y->data);
    return cmp_value(x->type, x->data, y->data);
}

static int cmp_value(const ml0_type *t, const void *a, const void *b) {
    switch ((ml0_kind)t->kind) {
    case ML0_K_BOOL: return cmp3(!*(const uint8_t *)a && *(const uint8_t *)b, *(const uint8_t *)a && !*(const uint8_t *)b);
    case ML0_K_INT: case ML0_K_INT64: return cmp3(*(const int64_t *)a < *(const int64_t *)b, *(const int64_t *)a > *(const int64_t *)b);
    case ML0_K_INT32: return cmp3(*(const int32_t *)a < *(const int32_t *)b, *(const int32_t *)a > *(const int32_t *)b);
    case ML0_K_INT16: return cmp3(*(const int16_t *)a < *(const int16_t *)b, *(const int16_t *)a > *(const int16_t *)b);
    case ML0_K_INT8: return cmp3(*(const int8_t *)a < *(const int8_t *)b, *(const int8_t *)a > *(const int8_t *)b);
    case ML0_K_UINT8: return cmp3(*(const uint8_t *)a < *(const uint8_t *)b, *(const uint8_t *)a > *(const uint8_t *)b);
    case ML0_K_UINT16: return cmp3(*(const uint16_t *)a < *(const uint16_t *)b, *(const uint16_t *)a > *(const uint16_t *)b);
    case ML0_K_UINT32: return cmp3(*(const uint32_t *)a < *(const uint32_t *)b, *(const uint32_t *)a > *(const uint32_t *)b);
    case ML0_K_UINT: case ML0_K_UINT64: case ML0_K_UINTPTR: case ML0_K_POINTER: case ML0_K_BOX:
    case ML0_K_MAP: case ML0_K_FUNC:
        return cmp3(*(const uint64_t *)a < *(const uint64_t *)b, *(const uint64_t *)a > *(const uint64_t *)b);
    case ML0_K_FLOAT64: return cmp_float(*(const double *)a, *(const double *)b);
    case ML0_K_FLOAT32: return cmp_float(*(const float *)a, *(const float *)b);
    case ML0_K_STRING: {
        const ml0_string *x = a, *y = b;
        int64_t n = x->len < y->len ? x->len : y->len;
        int c = n ? memcmp(x->ptr, y->ptr, (size_t)n) : 0;
        return c ? (c < 0 ? -1 : 1) : cmp3(x->len < y->len, x->len > y->len);
    }
    case ML0_K_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            int c = cmp_value(t->elem, (const uint8_t *)a + i * t->elem->size, (const uint8_t *)b + i * t->elem->size);
            if (c)
                return c;
        }
        return 0;
    case ML0_K_STRUCT:
        for (int64_t i = 0; i < t->nfields; i++) {
            const ml0_field *f = &t->fields[i];
            int c = cmp_value(f->type, (const uint8_t *)a + f->offset, (const uint8_t *)b + f->offset);
            if (c)
                return c;
        }
        return 0;
    case ML0_K_INTERFACE: return cmp_iface(t, a, b);
    default: return 0;
    }
}

static const ml0_type *sort_key_type;

static int cmp_slots(const void *a, const void *b) {
    return cmp_value(sort_key_type, *(void *const *)a, *(void *const *)b);
}

/* The addresses of m's keys (each value voff bytes after its key), sorted;
 * *n is their count. The array is malloc'd: the caller frees it. */
void **lib_map_sorted(const ml0_map *m, int64_t *n) {
    *n = 0;
    if (!m || m->count == 0)
        return NULL;
    void **keys = malloc(sizeof(void *) * (size_t)m->count);
    for (int64_t i = 0; i < m->cap; i++) {
        void *k = rt_map_slot(m, i);
        if (k)
            keys[(*n)++] = k;
    }
    sort_key_type = m->key;     /* fmt runs on one thread */
    qsort(keys, (size_t)*n, sizeof(void *), cmp_slots);
    return keys;
}
