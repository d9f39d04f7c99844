/*
 * leaks.c: a parameter's leak summary, mirroring Go's escape/leaks.go.
 * Slot 0 is the heap, slot 1+i result i; each stores derefs+1 (0 = no
 * flow), keeping the minimum, saturating at 255.
 */
#include "escape.h"

static int get(Leaks l, int i) { return (int)l.slot[i] - 1; }

static void set(Leaks *l, int i, int derefs) {
    int v = derefs + 1;
    if (v < 0)
        ICE("leaks: negative derefs %d", derefs);
    l->slot[i] = (uint8_t)(v > 255 ? 255 : v);
}

static void add(Leaks *l, int i, int derefs) {
    int old = get(*l, i);
    if (old < 0 || derefs < old)
        set(l, i, derefs);
}

int leaks_heap(Leaks l) { return get(l, 0); }
int leaks_result(Leaks l, int i) { return get(l, 1 + i); }
/* The shortest leak to any result, or -1. */
int leaks_any_result(Leaks l) {
    int best = -1;
    for (int i = 0; i < ESC_RESULTS; i++) {
        int x = leaks_result(l, i);
        if (x >= 0 && (best < 0 || x < best))
            best = x;
    }
    return best;
}
void leaks_add_heap(Leaks *l, int derefs) { add(l, 0, derefs); }
void leaks_add_result(Leaks *l, int i, int derefs) { add(l, 1 + i, derefs); }

/* Drop result leaks no shorter than the heap leak: they add nothing. */
void leaks_optimize(Leaks *l) {
    int x = leaks_heap(*l);
    if (x < 0)
        return;
    for (int i = 1; i < 1 + ESC_RESULTS; i++)
        if (get(*l, i) >= x)
            l->slot[i] = 0;
}

bool leaks_empty(Leaks l) {
    for (int i = 0; i < 1 + ESC_RESULTS; i++)
        if (l.slot[i])
            return false;
    return true;
}
