/*
 * spine.c: the conservative storage rule used before escape analysis:
 * every addressed local and every allocation site goes to the heap. Correct
 * for any program, precise for none.
 */
#include "escape.h"

void esc_analyze(Ctx *c, MirProgram *p) {
    (void)c;
    for (int i = 0; i < p->bodies.len; i++) {
        Body *b = p->bodies.data[i];
        for (int l = 0; l < b->locals.len; l++)
            if (b->locals.data[l].addressed)
                b->locals.data[l].storage = STORAGE_HEAP;
        for (int s = 0; s < b->sites.len; s++)
            b->sites.data[s].storage = STORAGE_HEAP;
    }
}
