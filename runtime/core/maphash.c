/*
 * maphash.c: hashing and comparing map keys through their type
 * descriptor (runtime/ml0type.h), for the hash table in map.c.
 *
 * A key is classified once, when its map is made (rt_key_class):
 *   KEY_WORD    8 bytes compared as one word (int, int64, uint, uintptr,
 *               uint64, pointers, Box): one multiply-mix to hash;
 *   KEY_BYTES   ksize bytes compared as memory (the narrower integers,
 *               bool): ksize is at most 4, the bytes loaded into a word;
 *   KEY_STRING  a string: its bytes hashed 8 at a time (wyhash's mixing
 *               step: the 128-bit product of two words, folded);
 *   KEY_GENERIC anything else (floats, structs, arrays, interfaces): a
 *               walk of the descriptor that hashes and compares field by
 *               field with Go's rules (+0 == -0, NaN != NaN, an
 *               interface by its dynamic type, then its value; a dynamic
 *               type that is not comparable panics as Go does: "runtime
 *               error: hash of unhashable type []int").
 * Struct padding never takes part, so the compiler need not zero it.
 */
#include "map.h"

#include <string.h>

#define MIX1 0xa0761d6478bd642full
#define MIX2 0xe7037ed1a0b428dbull

static inline uint64_t mum(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

uint64_t rt_hash_word(uint64_t x, uint64_t seed) {
    return mum(x ^ seed ^ MIX1, MIX2);
}

static inline uint64_t load8(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

uint64_t rt_hash_bytes(const uint8_t *p, int64_t n, uint64_t seed) {
    uint64_t h = seed ^ MIX1 ^ (uint64_t)n;
    while (n >= 16) {
        h = mum(load8(p) ^ MIX2 ^ h, load8(p + 8) ^ MIX1);
        p += 16;
        n -= 16;
    }
    uint64_t a = 0, b = 0;
    if (n >= 8) {
        a = load8(p);
        b = load8(p + n - 8);
    } else if (n > 0) {
        for (int64_t i = 0; i < n; i++)
            a |= (uint64_t)p[i] << (8 * i);
    }
    return mum(mum(a ^ MIX2 ^ h, b ^ MIX1), MIX2 ^ (uint64_t)n);
}

static bool is_word_kind(uint32_t k) {
    return k == ML0_K_INT || k == ML0_K_INT64 || k == ML0_K_UINT || k == ML0_K_UINT64 ||
           k == ML0_K_UINTPTR || k == ML0_K_POINTER || k == ML0_K_BOX || k == ML0_K_MAP;
}

static bool is_small_int_kind(uint32_t k) {
    return k == ML0_K_BOOL || k == ML0_K_INT8 || k == ML0_K_INT16 || k == ML0_K_INT32 ||
           k == ML0_K_UINT8 || k == ML0_K_UINT16 || k == ML0_K_UINT32;
}

int rt_key_class(const ml0_type *t) {
    if (is_word_kind(t->kind))
        return KEY_WORD;
    if (is_small_int_kind(t->kind))
        return KEY_BYTES;
    if (t->kind == ML0_K_STRING)
        return KEY_STRING;
    return KEY_GENERIC;
}

static uint64_t small_word(const void *p, int64_t size) {
    uint64_t v = 0;
    memcpy(&v, p, (size_t)size);
    return v;
}

static uint64_t hash_float(double d, uint64_t seed) {
    if (d == 0)
        return rt_hash_word(0, seed);   /* +0 and -0 are one key */
    if (d != d)
        return rt_hash_word((uint64_t)(uintptr_t)&d, seed ^ 0x9e3779b97f4a7c15ull); /* NaN: never found */
    uint64_t bits;
    memcpy(&bits, &d, 8);
    return rt_hash_word(bits, seed);
}

_Noreturn static void unhashable(const ml0_type *t) {
    char msg[200];
    snprintf(msg, sizeof msg, "hash of unhashable type %s", t->name);
    ml0_panic_msg(msg);
}

uint64_t rt_type_hash(const ml0_type *t, const void *p, uint64_t seed) {
    if (is_word_kind(t->kind) || is_small_int_kind(t->kind))
        return rt_hash_word(small_word(p, t->size), seed);
    switch (t->kind) {
    case ML0_K_STRING: {
        const ml0_string *s = p;
        return rt_hash_bytes(s->ptr, s->len, seed);
    }
    case ML0_K_FLOAT64: return hash_float(*(const double *)p, seed);
    case ML0_K_FLOAT32: return hash_float((double)*(const float *)p, seed);
    case ML0_K_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            seed = rt_type_hash(t->elem, (const uint8_t *)p + i * t->elem->size, seed);
        return seed;
    case ML0_K_STRUCT:
        for (int64_t i = 0; i < t->nfields; i++)
            seed = rt_type_hash(t->fields[i].type, (const uint8_t *)p + t->fields[i].offset, seed);
        return seed;
    case ML0_K_INTERFACE: {
        ml0_iface dv = ml0_iface_dynamic(t, p);
        const ml0_iface *v = &dv;
        if (!v->type)
            return rt_hash_word(0, seed);
        if (!(v->type->flags & ML0_TF_COMPARABLE))
            unhashable(v->type);
        seed = rt_hash_word((uint64_t)(uintptr_t)v->type, seed);
        const void *data = v->type->flags & ML0_TF_DIRECT ? (const void *)&v->data : v->data;
        return rt_type_hash(v->type, data, seed);
    }
    default:
        unhashable(t);
    }
}

bool rt_type_equal(const ml0_type *t, const void *a, const void *b) {
    if (is_word_kind(t->kind) || is_small_int_kind(t->kind))
        return memcmp(a, b, (size_t)t->size) == 0;
    switch (t->kind) {
    case ML0_K_STRING: {
        const ml0_string *x = a, *y = b;
        return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    case ML0_K_FLOAT64: return *(const double *)a == *(const double *)b;
    case ML0_K_FLOAT32: return *(const float *)a == *(const float *)b;
    case ML0_K_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            if (!rt_type_equal(t->elem, (const uint8_t *)a + i * t->elem->size,
                               (const uint8_t *)b + i * t->elem->size))
                return false;
        return true;
    case ML0_K_STRUCT:
        for (int64_t i = 0; i < t->nfields; i++)
            if (!rt_type_equal(t->fields[i].type, (const uint8_t *)a + t->fields[i].offset,
                               (const uint8_t *)b + t->fields[i].offset))
                return false;
        return true;
    case ML0_K_INTERFACE: {
        ml0_iface xd = ml0_iface_dynamic(t, a), yd = ml0_iface_dynamic(t, b);
        const ml0_iface *x = &xd, *y = &yd;
        if (x->type != y->type)
            return false;
        if (!x->type)
            return true;
        if (x->type->flags & ML0_TF_DIRECT)
            return x->data == y->data;
        return rt_type_equal(x->type, x->data, y->data);
    }
    default:
        unhashable(t);
    }
}
