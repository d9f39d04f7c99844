/*
 * base_test.c: unit tests for the base layer: arena alignment and zeroing,
 * vector growth, interning, line/column lookup, span joining.
 * Prints "N passed, M failed" and exits non-zero on failure.
 */
#include "check.h"
#include "base/base.h"

#include <string.h>

static void test_arena(Ctx *c) {
    char *a = arena_alloc(&c->arena, 3);
    char *b = arena_alloc(&c->arena, 100000);     /* larger than a chunk */
    CHECK(((uintptr_t)a & 15) == 0 && ((uintptr_t)b & 15) == 0);
    CHECK(b[0] == 0 && b[99999] == 0);
    CHECK(strcmp(arena_printf(&c->arena, "%d-%s", 42, "x"), "42-x") == 0);
}

static void test_vec(Ctx *c) {
    VEC(int) v = {0};
    for (int i = 0; i < 1000; i++)
        vec_push(&c->arena, &v, i * 2);
    CHECK(v.len == 1000 && v.data[999] == 1998 && vec_last(&v) == 1998);
    CHECK(v.cap >= v.len);
}

static void test_intern(Ctx *c) {
    Sym a = intern_cstr(c, "hello");
    Sym b = intern(c, "hello world", 5);
    CHECK(a == b);
    CHECK(intern_cstr(c, "hellp") != a);
    char buf[16];
    for (int i = 0; i < 5000; i++) {   /* force several table growths */
        snprintf(buf, sizeof buf, "s%d", i);
        intern_cstr(c, buf);
    }
    CHECK(intern_cstr(c, "s4321") == intern_cstr(c, "s4321"));
    CHECK(intern_cstr(c, "hello") == a);
}

static void test_source(Ctx *c) {
    const char *text = "ab\ncd\r\n\nxyz";
    int f = source_add(c, "dir/t.ml0", text, (int)strlen(text));
    CHECK(strcmp(c->files.data[f].name, "t.ml0") == 0);
    LineCol lc = source_linecol(c, f, 4);
    CHECK(lc.line == 2 && lc.col == 2);
    lc = source_linecol(c, f, 8);
    CHECK(lc.line == 4 && lc.col == 1);
    int len;
    const char *l2 = source_line(c, f, 2, &len);
    CHECK(len == 2 && strncmp(l2, "cd", 2) == 0);     /* \r dropped */
    Span s = span_join((Span){f, 5, 6}, (Span){f, 1, 2});
    CHECK(s.lo == 1 && s.hi == 6);
    CHECK(source_load(c, "/nonexistent/file.ml0") == -1);
}

int main(void) {
    Ctx c;
    ctx_init(&c);
    test_arena(&c);
    test_vec(&c);
    test_intern(&c);
    test_source(&c);
    ctx_free(&c);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
