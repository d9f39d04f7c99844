/*
 * bitset.c: fixed-size bit sets in an arena, the states of the MIR
 * dataflow analyses (one bit per move-out, loan, ...).
 */
#include "base.h"

#include <string.h>

BitSet bitset_new(Arena *a, int nbits) {
    BitSet b;
    b.nbits = nbits;
    b.nwords = (nbits + 63) / 64;
    b.w = arena_alloc(a, sizeof(uint64_t) * (size_t)(b.nwords ? b.nwords : 1));
    return b;
}

void bitset_set(BitSet *b, int i) { b->w[i / 64] |= (uint64_t)1 << (i % 64); }
void bitset_clear(BitSet *b, int i) { b->w[i / 64] &= ~((uint64_t)1 << (i % 64)); }
bool bitset_get(const BitSet *b, int i) { return (b->w[i / 64] >> (i % 64)) & 1; }

void bitset_copy(BitSet *dst, const BitSet *src) {
    memcpy(dst->w, src->w, sizeof(uint64_t) * (size_t)src->nwords);
}

bool bitset_union(BitSet *dst, const BitSet *src) {
    bool changed = false;
    for (int i = 0; i < src->nwords; i++) {
        uint64_t v = dst->w[i] | src->w[i];
        changed |= v != dst->w[i];
        dst->w[i] = v;
    }
    return changed;
}

void bitset_clear_all(BitSet *b) { memset(b->w, 0, sizeof(uint64_t) * (size_t)b->nwords); }
