/*
 * map.h: private to the runtime: the hash table behind ML0's map[K]V
 * (core/map.c), and key hashing and equality through type descriptors
 * (core/maphash.c). Generated code sees a map only as an opaque pointer
 * (NULL is the nil map) passed to the ml0_map_* functions of ml0rt.def;
 * fmt (lib/fmt_print.c) walks one with rt_map_slot.
 */
#ifndef ML0RT_MAP_H
#define ML0RT_MAP_H

#include "../ml0type.h"
#include "rt.h"

#include <stdio.h>

enum { KEY_WORD, KEY_BYTES, KEY_STRING, KEY_GENERIC };

/* The map header. Slots are groups of 8: ctrl[i] is EMPTY, DELETED or
 * the low 7 bits of slot i's key hash; slot i's key is at
 * slots + i*slot_size, its value voff bytes further on. */
struct ml0_map {
    int64_t count;          /* len(m): live entries (first: len reads it) */
    int64_t cap;            /* slots: 8 * a power of two, or 0 */
    int64_t tombstones;     /* DELETED control bytes */
    int64_t growth_left;    /* inserts into EMPTY slots before a resize */
    uint8_t *ctrl;          /* cap control bytes */
    uint8_t *slots;         /* cap * slot_size bytes */
    const ml0_type *key, *val;
    int32_t ksize, vsize, voff, slot_size;
    int32_t key_class;      /* KEY_* */
    int32_t has_pointers;   /* slots hold pointers (Boehm scans them) */
    uint64_t seed;
};

int rt_key_class(const ml0_type *t);
uint64_t rt_hash_word(uint64_t x, uint64_t seed);
uint64_t rt_hash_bytes(const uint8_t *p, int64_t n, uint64_t seed);
uint64_t rt_type_hash(const ml0_type *t, const void *p, uint64_t seed);
bool rt_type_equal(const ml0_type *t, const void *a, const void *b);

/* The key of slot i if it is full, else NULL (its value is at + voff). */
void *rt_map_slot(const ml0_map *m, int64_t i);

#endif
