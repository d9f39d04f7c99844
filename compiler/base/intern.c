/*
 * intern.c: string interning. Equal byte strings map to one arena copy, so
 * identifiers and keywords compare by pointer (Sym).
 *
 * Open addressing with linear probing over a power-of-two table, kept at
 * most half full; FNV-1a hashing. Slots keep each string's hash and
 * length, so a probe compares bytes only on a likely match.
 */
#include "base.h"

#include <stdlib.h>
#include <string.h>

static uint32_t hash_bytes(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void grow(Ctx *c) {
    InternTable *t = &c->syms;
    int ncap = t->cap ? t->cap * 2 : 1024;
    InternSlot *slots = calloc((size_t)ncap, sizeof(InternSlot));
    if (!slots)
        ICE("out of memory");
    for (int i = 0; i < t->cap; i++) {
        if (!t->slots[i].s)
            continue;
        uint32_t h = t->slots[i].hash & (uint32_t)(ncap - 1);
        while (slots[h].s)
            h = (h + 1) & (uint32_t)(ncap - 1);
        slots[h] = t->slots[i];
    }
    free(t->slots);
    t->slots = slots;
    t->cap = ncap;
}

Sym intern(Ctx *c, const char *s, size_t n) {
    InternTable *t = &c->syms;
    if ((t->count + 1) * 2 > t->cap)
        grow(c);
    uint32_t mask = (uint32_t)(t->cap - 1);
    uint32_t hash = hash_bytes(s, n);
    uint32_t h = hash & mask;
    for (; t->slots[h].s; h = (h + 1) & mask) {
        InternSlot *e = &t->slots[h];
        if (e->hash == hash && e->len == n && memcmp(e->s, s, n) == 0)
            return e->s;
    }
    Sym e = arena_strndup(&c->arena, s, n);
    t->slots[h] = (InternSlot){e, hash, (uint32_t)n};
    t->count++;
    return e;
}

Sym intern_cstr(Ctx *c, const char *s) { return intern(c, s, strlen(s)); }
