/*
 * panicbox.c: memory for panic values under --runtime=drop (core/defer.c).
 *
 * A panic's value may be recovered and kept anywhere, and nothing in the
 * compiler's ownership model owns it, so it is never freed: it comes from
 * malloc (outside the counted heap, so drops of it are ignored) and stays
 * reachable from this list, so neither the leak check nor LeakSanitizer
 * report it, and what it points to counts as reachable (like a global's). A program panics a handful of times; the cost is bounded by
 * that.
 */
#include "../core/rt.h"

#include <stdlib.h>

typedef struct Box { struct Box *next; size_t size; } Box;
static Box *boxes;

void *ml0_panic_box(int64_t size) {
    Box *b = calloc(1, sizeof(Box) + (size_t)size);
    if (!b)
        rt_fatal("out of memory");
    b->next = boxes;
    b->size = (size_t)size;
    boxes = b;
    return b + 1;
}

/* The boxes' contents, for the leak census (leaks.c): what a panic value
 * points to is kept, as what a global points to is. */
void rt_panic_boxes(void (*visit)(void *ctx, const char *lo, const char *hi), void *ctx) {
    for (Box *b = boxes; b; b = b->next)
        visit(ctx, (const char *)(b + 1), (const char *)(b + 1) + b->size);
}
