/*
 * intern.c: string interning. Equal byte strings map to one arena copy, so
 * identifiers and keywords compare by pointer (Sym).
 *
 * Open addressing with linear probing over a power-of-two table, kept at
 * most half full; FNV-1a hashing.
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
    Sym *slots = calloc((size_t)ncap, sizeof(Sym));
    if (!slots)
        ICE("out of memory");
    for (int i = 0; i < t->cap; i++) {
        Sym s = t->slots[i];
        if (!s)
            continue;
        uint32_t h = hash_bytes(s, strlen(s)) & (uint32_t)(ncap - 1);
        while (slots[h])
            h = (h + 1) & (uint32_t)(ncap - 1);
        slots[h] = s;
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
    uint32_t h = hash_bytes(s, n) & mask;
    for (; t->slots[h]; h = (h + 1) & mask) {
        Sym e = t->slots[h];
        if (strncmp(e, s, n) == 0 && e[n] == 0)
            return e;
    }
    Sym e = arena_strndup(&c->arena, s, n);
    t->slots[h] = e;
    t->count++;
    return e;
}

Sym intern_cstr(Ctx *c, const char *s) { return intern(c, s, strlen(s)); }
