/*
 * visit_order.c: the order rustc's borrow checker visits a body's blocks.
 *
 * rustc walks the MIR in reverse postorder of a depth-first search whose
 * Postorder pops a block's successors from the back. Its `if` and loop
 * switches list the false (exit) target first, so the true (body) side is
 * searched first and, reversed, comes last: an `else` is visited before
 * its `then`, and the code after a loop before the loop's body (unless a
 * `break` reaches it from the body first). Which errors rustc reports can
 * depend on this order: an activation of a two-phase borrow is not
 * checked once a reservation of the same place was an error
 * (reservation_error_reported), whichever comes first in the source.
 * ML0's BRANCH lists its then target first, so the search takes the
 * successors front to back. Unreachable blocks follow in index order.
 */
#include "borrowck.h"

int *bck_visit_order(Ctx *c, Body *b) {
    int n = b->blocks.len, np = 0, sp = 0;
    int *post = arena_alloc(&c->arena, sizeof(int) * (size_t)(n + 1));
    int *stack = arena_alloc(&c->arena, sizeof(int) * (size_t)(n + 1));
    int *next = arena_alloc(&c->arena, sizeof(int) * (size_t)(n + 1));
    bool *seen = arena_alloc(&c->arena, (size_t)n + 1);
    if (n > 0) {
        stack[sp++] = 0;
        seen[0] = true;
    }
    while (sp) {
        int x = stack[sp - 1];
        BlockId succ[2];
        if (next[x] < mir_term_succs(&b->blocks.data[x].term, succ)) {
            int y = succ[next[x]++];
            if (!seen[y]) {
                seen[y] = true;
                stack[sp++] = y;
            }
            continue;
        }
        post[np++] = x;
        sp--;
    }
    int *order = arena_alloc(&c->arena, sizeof(int) * (size_t)(n + 1));
    int k = 0;
    for (int i = np - 1; i >= 0; i--)
        order[k++] = post[i];
    for (int i = 0; i < n; i++)
        if (!seen[i])
            order[k++] = i;
    return order;
}
