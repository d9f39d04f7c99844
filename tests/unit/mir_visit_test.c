/*
 * mir_visit_test.c: unit tests for the MIR walking helpers of mir.h
 * (mir_foreach_*, mir_visit_operands, mir_visit_places): the statements a
 * walk sees and their numbers, and which places and operands a statement
 * names, with what use, in the documented order. The helpers are macros
 * and inline functions, so this needs no MIR library; statements are
 * built by hand. Prints "N passed, M failed" and exits non-zero on failure.
 */
#include "check.h"
#include "mir/mir.h"

#include <string.h>

/* What a visit saw: "W1 R2 B5 ..." (use letter, local number). */
typedef struct Seen { char text[256]; } Seen;

static void see(Seen *s, char use, LocalId l) {
    size_t n = strlen(s->text);
    snprintf(s->text + n, sizeof s->text - n, "%s%c%d", n ? " " : "", use, l);
}

static void place_cb(void *ctx, Place *p, MirPlaceUse use) {
    static const char letters[] = {[PLACE_WRITE] = 'W', [PLACE_READ] = 'R', [PLACE_BORROW] = 'B',
                                   [PLACE_RETAIN] = 'T', [PLACE_DROP] = 'D'};
    see(ctx, letters[use], p->local);
}

static void operand_cb(void *ctx, Operand *o) {
    see(ctx, o->kind == OPD_CONST ? 'C' : o->kind == OPD_MOVE ? 'M' : 'P', o->kind == OPD_CONST ? 0 : o->place.local);
}

/* (mir/util.c's place_local, which this test does not link) */
static Place loc(LocalId l) { return (Place){l, 0, NULL}; }

static Operand opd(OperandKind k, LocalId l) {
    Operand o = {.kind = k};
    o.place = loc(l);
    return o;
}

/* _1 = call(const, copy _2, move _3): the destination, then the operands. */
static void test_assign(Ctx *c) {
    MirStmt st = {.kind = ST_ASSIGN, .place = loc(1)};
    st.rv.kind = RV_CALL;
    vec_push(&c->arena, &st.rv.args, ((Operand){.kind = OPD_CONST}));
    vec_push(&c->arena, &st.rv.args, opd(OPD_COPY, 2));
    vec_push(&c->arena, &st.rv.args, opd(OPD_MOVE, 3));
    Seen s = {{0}};
    mir_visit_places(&st, place_cb, &s);
    CHECK(strcmp(s.text, "W1 R2 R3") == 0);
    Seen o = {{0}};
    mir_visit_operands(&st, operand_cb, &o);
    CHECK(strcmp(o.text, "C0 P2 M3") == 0);
}

/* _4 = &_5 and _6 = len(_7): the rvalue's own place is a borrow. */
static void test_borrow(void) {
    MirStmt ref = {.kind = ST_ASSIGN, .place = loc(4)};
    ref.rv.kind = RV_REF;
    ref.rv.place = loc(5);
    Seen s = {{0}};
    mir_visit_places(&ref, place_cb, &s);
    CHECK(strcmp(s.text, "W4 B5") == 0);
    CHECK(mir_rvalue_has_place(&ref.rv));
    MirStmt len = {.kind = ST_EVAL};
    len.rv.kind = RV_LEN;
    len.rv.place = loc(7);
    Seen t = {{0}};
    mir_visit_places(&len, place_cb, &t);
    CHECK(strcmp(t.text, "B7") == 0);       /* EVAL: no destination */
}

/* RETAIN and DROP name their place; STORAGE_ statements name none. */
static void test_other_kinds(void) {
    MirStmt drop = {.kind = ST_DROP, .place = loc(8), .local = 9};
    MirStmt retain = {.kind = ST_RETAIN, .place = loc(3)};
    MirStmt live = {.kind = ST_STORAGE_LIVE, .local = 2};
    Seen s = {{0}};
    mir_visit_places(&drop, place_cb, &s);
    mir_visit_places(&retain, place_cb, &s);
    mir_visit_places(&live, place_cb, &s);
    mir_visit_operands(&drop, operand_cb, &s);
    CHECK(strcmp(s.text, "D8 T3") == 0);
    CHECK(!mir_stmt_has_rvalue(&drop) && !mir_stmt_has_rvalue(&live));
}

/* A BRANCH reads its condition; other terminators read no operand. */
static void test_terminator(void) {
    Terminator br = {.kind = TM_BRANCH, .cond = opd(OPD_COPY, 4)};
    Terminator ret = {.kind = TM_RETURN};
    Seen s = {{0}};
    mir_visit_term_operands(&br, operand_cb, &s);
    mir_visit_term_operands(&ret, operand_cb, &s);
    CHECK(strcmp(s.text, "P4") == 0);
}

/* Two blocks of 2 and 1 statements: a walk sees 3, numbered in place. */
static void test_foreach(Ctx *c) {
    Body b = {0};
    Block empty = {0};
    vec_push(&c->arena, &b.blocks, empty);
    vec_push(&c->arena, &b.blocks, empty);
    vec_push(&c->arena, &b.blocks.data[0].stmts, ((MirStmt){.kind = ST_STORAGE_LIVE, .local = 1}));
    vec_push(&c->arena, &b.blocks.data[0].stmts, ((MirStmt){.kind = ST_NOP}));
    vec_push(&c->arena, &b.blocks.data[1].stmts, ((MirStmt){.kind = ST_STORAGE_DEAD, .local = 1}));
    Seen s = {{0}};
    mir_foreach_stmt(&b, bb, st)
        see(&s, (char)('0' + mir_block_id(&b, bb)), mir_stmt_index(bb, st));
    CHECK(strcmp(s.text, "00 01 10") == 0);
    int nblocks = 0;
    mir_foreach_block(&b, bb)
        nblocks++;
    CHECK(nblocks == 2);
}

int main(void) {
    Ctx c;
    ctx_init(&c);
    test_assign(&c);
    test_borrow();
    test_other_kinds();
    test_terminator();
    test_foreach(&c);
    ctx_free(&c);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
