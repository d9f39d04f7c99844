/*
 * map_test.c: unit tests for the runtime's hash table (runtime/core/map.c)
 * through the ABI generated code uses (ml0_map_* in ml0rt.def): int,
 * string, struct-with-float and interface keys; growth across many
 * inserts, deletes with tombstones and re-inserts, iteration seeing each
 * entry once, a nil map's reads. Keys and values are described by
 * hand-written type descriptors as the compiler would emit them. Prints
 * "N passed, M failed" and exits non-zero on failure.
 */
#include "check.h"
#include "ml0type.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CMP ML0_TF_COMPARABLE
static const ml0_type t_int = {ML0_K_INT, CMP, 8, "int", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type t_string = {ML0_K_STRING, CMP, 16, "string", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type t_float = {ML0_K_FLOAT64, CMP, 8, "float64", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type t_bool = {ML0_K_BOOL, CMP, 1, "bool", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_field f_K[] = {{"F", &t_float, 0, 0, 0}, {"B", &t_bool, 8, 0, 0}};
static const ml0_type t_K = {ML0_K_STRUCT, CMP | ML0_TF_NAMED, 16, "main.K", NULL, NULL, 0, 2, f_K, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type t_any = {ML0_K_INTERFACE, CMP, 16, "interface {}", NULL, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type t_ints = {ML0_K_SLICE, 0, 24, "[]int", &t_int, NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};

static const ml0_type m_int_int = {ML0_K_MAP, ML0_TF_DIRECT | CMP, 8, "map[int]int", &t_int, &t_int, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type m_str_int = {ML0_K_MAP, ML0_TF_DIRECT, 8, "map[string]int", &t_int, &t_string, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type m_K_int = {ML0_K_MAP, ML0_TF_DIRECT, 8, "map[main.K]int", &t_int, &t_K, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};
static const ml0_type m_any_int = {ML0_K_MAP, ML0_TF_DIRECT, 8, "map[interface {}]int", &t_int, &t_any, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL};

static int64_t get_int(ml0_map *m, const void *k, int *found) {
    int64_t *v = ml0_map_lookup(m, k);
    *found = v != NULL;
    return v ? *v : 0;
}

static void test_ints(void) {
    ml0_map *m = ml0_map_make(&m_int_int, 0, 0);
    enum { N = 200000 };
    int ok = 1;
    for (int64_t i = 0; i < N; i++) {
        int32_t ins;
        *(int64_t *)ml0_map_assign(m, &i, &ins) = i * 3;
        ok &= ins == 1;
    }
    CHECK(ok);
    CHECK(ml0_map_len(m) == N);
    int found;
    ok = 1;
    for (int64_t i = 0; i < N; i++)
        ok &= get_int(m, &i, &found) == i * 3 && found;
    CHECK(ok);
    int64_t miss = N + 5;
    CHECK(get_int(m, &miss, &found) == 0 && !found);
    ok = 1;
    for (int64_t i = 0; i < N; i += 2)
        ok &= ml0_map_delete(m, &i, NULL, NULL) == 1;
    CHECK(ok);
    CHECK(ml0_map_len(m) == N / 2);
    int64_t zero = 0;
    CHECK(ml0_map_delete(m, &zero, NULL, NULL) == 0);
    CHECK(get_int(m, &zero, &found) == 0 && !found);
    int64_t one = 1;
    CHECK(get_int(m, &one, &found) == 3 && found);
    /* churn: delete and insert fresh keys; the table must not grow without bound */
    for (int64_t r = 0; r < 5; r++)
        for (int64_t i = 0; i < N; i += 2) {
            int64_t k = N * (r + 1) + i;
            *(int64_t *)ml0_map_assign(m, &k, NULL) = 1;
            ml0_map_delete(m, &k, NULL, NULL);
        }
    CHECK(ml0_map_len(m) == N / 2);
    /* iteration sees each odd key once */
    char *seen = calloc(N, 1);
    int64_t it = 0, k, v, count = 0;
    ok = 1;
    while ((it = ml0_map_next(m, it)) >= 0) {
        k = *(int64_t *)ml0_map_key_at(m, it);
        v = *(int64_t *)ml0_map_val_at(m, it);
        ok &= k >= 0 && k < N && k % 2 == 1 && !seen[k] && v == k * 3;
        if (k >= 0 && k < N)
            seen[k] = 1;
        count++;
    }
    CHECK(ok);
    CHECK(count == N / 2);
    free(seen);
}

static void test_strings(void) {
    ml0_map *m = ml0_map_make(&m_str_int, 10, 0);
    char buf[1000][16];
    for (int i = 0; i < 1000; i++) {
        snprintf(buf[i], sizeof buf[i], "key%d", i);
        ml0_string s = {(const uint8_t *)buf[i], (int64_t)strlen(buf[i])};
        *(int64_t *)ml0_map_assign(m, &s, NULL) += i;
    }
    CHECK(ml0_map_len(m) == 1000);
    char other[16] = "key417";   /* same bytes at another address */
    ml0_string s = {(const uint8_t *)other, 6};
    int found;
    CHECK(get_int(m, &s, &found) == 417 && found);
    ml0_string empty = {NULL, 0};
    CHECK(get_int(m, &empty, &found) == 0 && !found);
    *(int64_t *)ml0_map_assign(m, &empty, NULL) = 7;
    CHECK(get_int(m, &empty, &found) == 7 && found);
}

static void test_struct_float(void) {
    ml0_map *m = ml0_map_make(&m_K_int, 0, 0);
    struct { double f; uint8_t b; uint8_t pad[7]; } k1 = {0.0, 1, {1, 2, 3}}, k2 = {-0.0, 1, {9, 9, 9}};
    *(int64_t *)ml0_map_assign(m, &k1, NULL) = 5;
    int found;
    CHECK(get_int(m, &k2, &found) == 5 && found);   /* +0 == -0, padding ignored */
    double nan = 0.0 / 0.0;
    struct { double f; uint8_t b; uint8_t pad[7]; } kn = {nan, 0, {0}};
    *(int64_t *)ml0_map_assign(m, &kn, NULL) = 1;
    *(int64_t *)ml0_map_assign(m, &kn, NULL) = 2;   /* NaN != NaN: a second entry */
    CHECK(ml0_map_len(m) == 3);
    CHECK(get_int(m, &kn, &found) == 0 && !found);
}

static void test_iface(void) {
    ml0_map *m = ml0_map_make(&m_any_int, 0, 0);
    int64_t one = 1;
    ml0_string s = {(const uint8_t *)"1", 1};
    ml0_iface a = {&t_int, &one}, b = {&t_string, &s}, nil = {NULL, NULL};
    *(int64_t *)ml0_map_assign(m, &a, NULL) = 10;
    *(int64_t *)ml0_map_assign(m, &b, NULL) = 20;
    *(int64_t *)ml0_map_assign(m, &nil, NULL) = 30;
    int64_t one2 = 1;
    ml0_iface a2 = {&t_int, &one2};
    int found;
    CHECK(get_int(m, &a2, &found) == 10 && found);
    CHECK(get_int(m, &b, &found) == 20 && found);
    CHECK(get_int(m, &nil, &found) == 30 && found);
    CHECK(ml0_map_len(m) == 3);
    (void)t_ints;
}

static void test_nil(void) {
    int64_t k = 3;
    int found;
    CHECK(ml0_map_len(NULL) == 0);
    CHECK(get_int(NULL, &k, &found) == 0 && !found);
    CHECK(ml0_map_delete(NULL, &k, NULL, NULL) == 0);
    CHECK(ml0_map_next(NULL, 0) == -1);
}

int main(int argc, char **argv) {
    ml0_init(argc, argv);
    test_ints();
    test_strings();
    test_struct_float();
    test_iface();
    test_nil();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
