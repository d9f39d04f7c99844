/*
 * map.c: the hash table behind map[K]V (docs/RUNTIME.md, "Maps").
 *
 * Open addressing in the manner of Abseil's SwissTable, without SIMD:
 * slots come in groups of 8, and each slot has a control byte, EMPTY
 * (0x80), DELETED (0xFE) or, when full, the low 7 bits of its key's hash
 * (h2). A lookup hashes the key once; the high bits (h1) pick the first
 * group, and the 8 control bytes of a group are loaded as one word and
 * compared with h2 all at once (SWAR: a byte-wise equality in a handful of
 * integer operations), so most probes compare one key. A group with an
 * EMPTY byte ends the search; otherwise the next group is tried, at
 * triangular offsets (1, 2, 3, ... groups further: every group is visited
 * once, since the group count is a power of two).
 *
 * Keys and values are stored inline, key then value, in one array of
 * slots. Delete leaves a DELETED byte (a tombstone) unless the group still
 * has an EMPTY byte, in which case no probe sequence can pass through it
 * and the slot becomes EMPTY again.
 *
 * Load factor and growth: at most 7/8 of the slots are used (full or
 * DELETED). An insert that finds none left rehashes into a table twice as
 * big, or the same size when at least half the used slots are tombstones.
 * make's hint sizes the table so that hint entries fit without growing.
 * Memory: 1 control byte plus the slot (key and value, each rounded up to
 * 8 bytes) per slot, and slots are 8/7 to 16/7 times the entries.
 *
 * Iteration (ml0_map_next) walks the slots in order: a delete during a
 * range never moves other entries; an insert that grows the table starts
 * a new order, so a range that inserts may see an entry twice or miss one
 * (Go only promises that a range sees each entry not deleted once; ML0
 * programs should not insert while ranging).
 *
 * Memory comes from rt_raw_alloc (Boehm under gc, the region heap under
 * drop); the drop runtime's glue for a map releases its keys and values
 * (ml0_map_release) before the header is freed.
 */
#include "map.h"

#include <stdlib.h>
#include <string.h>

#define EMPTY 0x80
#define DELETED 0xFE
#define GROUP 8
#define LSBS 0x0101010101010101ull
#define MSBS 0x8080808080808080ull

static inline uint64_t group_word(const uint8_t *ctrl) {
    uint64_t w;
    memcpy(&w, ctrl, 8);
    return w;
}
static inline uint64_t match_h2(uint64_t w, uint8_t h2) {
    uint64_t x = w ^ (LSBS * h2);
    return (x - LSBS) & ~x & MSBS;      /* may have false positives: keys are compared */
}
static inline uint64_t match_empty(uint64_t w) { return w & ~(w << 6) & MSBS; }
static inline uint64_t match_free(uint64_t w) { return w & ~(w << 7) & MSBS; }  /* EMPTY or DELETED */
static inline int first_byte(uint64_t mask) { return __builtin_ctzll(mask) >> 3; }

static inline uint8_t *slot_at(const ml0_map *m, int64_t i) { return m->slots + i * m->slot_size; }

void *rt_map_slot(const ml0_map *m, int64_t i) {
    return m && i < m->cap && !(m->ctrl[i] & 0x80) ? slot_at(m, i) : NULL;
}

/* ---- hashing and comparing by key class ------------------------------ */

static inline uint64_t key_hash(const ml0_map *m, const void *k) {
    switch (m->key_class) {
    case KEY_WORD: {
        uint64_t v;
        memcpy(&v, k, 8);
        return rt_hash_word(v, m->seed);
    }
    case KEY_BYTES: {
        uint64_t v = 0;
        memcpy(&v, k, (size_t)m->ksize);
        return rt_hash_word(v, m->seed);
    }
    case KEY_STRING: {
        const ml0_string *s = k;
        return rt_hash_bytes(s->ptr, s->len, m->seed);
    }
    default: return rt_type_hash(m->key, k, m->seed);
    }
}

static inline bool key_equal(const ml0_map *m, const void *a, const void *b) {
    switch (m->key_class) {
    case KEY_WORD: return *(const uint64_t *)a == *(const uint64_t *)b;
    case KEY_BYTES: return memcmp(a, b, (size_t)m->ksize) == 0;
    case KEY_STRING: {
        const ml0_string *x = a, *y = b;
        return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    default: return rt_type_equal(m->key, a, b);
    }
}

/* ---- the table ---------------------------------------------------------- */

static int64_t round8(int64_t n) { return (n + 7) & ~(int64_t)7; }

static void alloc_table(ml0_map *m, int64_t cap) {
    m->cap = cap;
    m->ctrl = rt_raw_alloc((size_t)cap, 0);
    memset(m->ctrl, EMPTY, (size_t)cap);
    m->slots = rt_raw_alloc((size_t)(cap * m->slot_size), m->has_pointers);
    m->growth_left = cap - cap / 8;
    m->tombstones = 0;
}

/* The slot for a key not in the table, by its hash: the first EMPTY or
 * DELETED one on its probe sequence. */
static int64_t find_free(const ml0_map *m, uint64_t h) {
    int64_t groups_mask = m->cap / GROUP - 1;
    int64_t g = (int64_t)(h >> 7) & groups_mask;
    for (int64_t step = 1;; step++) {
        uint64_t free = match_free(group_word(m->ctrl + g * GROUP));
        if (free)
            return g * GROUP + first_byte(free);
        g = (g + step) & groups_mask;
    }
}

/* The slot holding key k (hash h), or -1. */
static int64_t find(const ml0_map *m, const void *k, uint64_t h) {
    if (!m || m->count == 0)
        return -1;
    int64_t groups_mask = m->cap / GROUP - 1;
    int64_t g = (int64_t)(h >> 7) & groups_mask;
    uint8_t h2 = (uint8_t)(h & 0x7F);
    for (int64_t step = 1;; step++) {
        uint64_t w = group_word(m->ctrl + g * GROUP);
        for (uint64_t hit = match_h2(w, h2); hit; hit &= hit - 1) {
            int64_t i = g * GROUP + first_byte(hit);
            if (key_equal(m, slot_at(m, i), k))
                return i;
        }
        if (match_empty(w))
            return -1;
        g = (g + step) & groups_mask;
    }
}

static void rehash(ml0_map *m, int64_t new_cap) {
    uint8_t *old_ctrl = m->ctrl, *old_slots = m->slots;
    int64_t old_cap = m->cap;
    alloc_table(m, new_cap);
    for (int64_t i = 0; i < old_cap; i++) {
        if (old_ctrl[i] & 0x80)
            continue;
        uint8_t *s = old_slots + i * m->slot_size;
        uint64_t h = key_hash(m, s);
        int64_t j = find_free(m, h);
        m->ctrl[j] = (uint8_t)(h & 0x7F);
        memcpy(slot_at(m, j), s, (size_t)m->slot_size);
    }
    m->growth_left -= m->count;
    if (old_cap) {
        rt_raw_free(old_ctrl);
        rt_raw_free(old_slots);
    }
}

static int64_t cap_for(int64_t n) {
    int64_t cap = GROUP;
    while (cap - cap / 8 < n)
        cap *= 2;
    return cap;
}

static void make_room(ml0_map *m) {
    if (m->cap && m->tombstones * 2 >= m->cap - m->cap / 8 - m->growth_left)
        rehash(m, m->cap);                      /* mostly tombstones: clean up in place */
    else
        rehash(m, m->cap ? m->cap * 2 : GROUP);
}

/* ---- the ABI (ml0rt.def) ------------------------------------------------ */

/* kind: the drop runtime's glue kind for this map type (its release
 * calls ml0_map_release); the gc runtime ignores it. */
ml0_map *ml0_map_make(const ml0_type *map_type, int64_t hint, int32_t kind) {
    if (hint < 0)
        ml0_panic_msg("makemap: size out of range");
    ml0_map *m = ml0_alloc_kind((int64_t)sizeof *m, kind);
    m->key = map_type->key;
    m->val = map_type->elem;
    m->ksize = (int32_t)m->key->size;
    m->vsize = (int32_t)m->val->size;
    m->voff = (int32_t)round8(m->ksize);
    m->slot_size = (int32_t)(m->voff + round8(m->vsize));
    if (m->slot_size == 0)
        m->slot_size = 8;
    m->key_class = rt_key_class(m->key);
    m->has_pointers = 1;    /* descriptors do not say; Boehm scans conservatively */
    m->seed = (uint64_t)(uintptr_t)m * 0x9e3779b97f4a7c15ull;
    if (hint > 0)
        alloc_table(m, cap_for(hint));
    return m;
}

int64_t ml0_map_len(const ml0_map *m) { return m ? m->count : 0; }

void *ml0_map_lookup(const ml0_map *m, const void *key) {
    if (!m || m->count == 0)
        return NULL;
    int64_t i = find(m, key, key_hash(m, key));
    return i < 0 ? NULL : slot_at(m, i) + m->voff;
}

/* Go's needkeyupdate: an equal key is not always the same key (+0 and
 * -0, or interfaces and structs holding them), and an assignment stores
 * the new one. The old key goes back to the caller's buffer, which
 * releases it under --runtime=drop as it would the redundant new key. */
static void swap_key(const ml0_map *m, uint8_t *slot, void *key) {
    uint8_t tmp[256];
    for (int32_t off = 0; off < m->ksize; off += (int32_t)sizeof tmp) {
        size_t n = (size_t)(m->ksize - off) < sizeof tmp ? (size_t)(m->ksize - off) : sizeof tmp;
        memcpy(tmp, slot + off, n);
        memcpy(slot + off, (uint8_t *)key + off, n);
        memcpy((uint8_t *)key + off, tmp, n);
    }
}

/* The value slot of key, inserting the key with a zero value if it is
 * absent (*inserted says which, when not NULL). The caller stores the
 * value. A nil map panics as Go's mapassign does. */
void *ml0_map_assign(ml0_map *m, const void *key, int32_t *inserted) {
    if (!m) {
        rt_panic_error(RT_ERR_PLAIN, "assignment to entry in nil map", NULL);
    }
    uint64_t h = key_hash(m, key);
    int64_t i = find(m, key, h);
    if (inserted)
        *inserted = i < 0;
    if (i >= 0) {
        if (m->key_class == KEY_GENERIC)
            swap_key(m, slot_at(m, i), (void *)key);
        return slot_at(m, i) + m->voff;
    }
    if (m->growth_left == 0)
        make_room(m);
    i = find_free(m, h);
    if (m->ctrl[i] == DELETED)
        m->tombstones--;
    else
        m->growth_left--;
    m->ctrl[i] = (uint8_t)(h & 0x7F);
    m->count++;
    uint8_t *s = slot_at(m, i);
    memcpy(s, key, (size_t)m->ksize);
    memset(s + m->voff, 0, (size_t)m->vsize);
    return s + m->voff;
}

/* Remove key; its key and value are copied to kout and vout (when not
 * NULL) so the drop runtime can release them. Returns 1 if it was there. */
int32_t ml0_map_delete(ml0_map *m, const void *key, void *kout, void *vout) {
    if (!m || m->count == 0)
        return 0;
    int64_t i = find(m, key, key_hash(m, key));
    if (i < 0)
        return 0;
    uint8_t *s = slot_at(m, i);
    if (kout)
        memcpy(kout, s, (size_t)m->ksize);
    if (vout)
        memcpy(vout, s + m->voff, (size_t)m->vsize);
    memset(s, 0, (size_t)m->slot_size);     /* nothing kept alive under gc */
    int64_t g = i & ~(int64_t)(GROUP - 1);
    if (match_empty(group_word(m->ctrl + g))) {
        m->ctrl[i] = EMPTY;
        m->growth_left++;
    } else {
        m->ctrl[i] = DELETED;
        m->tombstones++;
    }
    m->count--;
    return 1;
}

/* Range: the position (slot + 1) of the next full slot at or after slot
 * it, or -1 at the end; the loop reads the entry with key_at / val_at
 * before its body runs (so a delete in the body cannot disturb it). */
int64_t ml0_map_next(const ml0_map *m, int64_t it) {
    if (!m)
        return -1;
    for (; it < m->cap; it++)
        if (!(m->ctrl[it] & 0x80))
            return it + 1;
    return -1;
}

void *ml0_map_key_at(const ml0_map *m, int64_t pos) { return slot_at(m, pos - 1); }
void *ml0_map_val_at(const ml0_map *m, int64_t pos) { return slot_at(m, pos - 1) + m->voff; }

/* The drop runtime's glue for a map whose count reached zero: release
 * every key and value (release may be NULL for pointer-free ones), then
 * free the table. The header itself is freed by the caller. */
void ml0_map_release(ml0_map *m, void (*release_key)(void *), void (*release_val)(void *)) {
    for (int64_t i = 0; i < m->cap; i++) {
        if (m->ctrl[i] & 0x80)
            continue;
        if (release_key)
            release_key(slot_at(m, i));
        if (release_val)
            release_val(slot_at(m, i) + m->voff);
    }
    if (m->cap) {
        rt_raw_free(m->ctrl);
        rt_raw_free(m->slots);
    }
    m->cap = m->count = 0;
}
