/*
 * check.h: the unit tests' one assertion. CHECK(cond) counts a pass or a
 * failure (printing the failed condition with its file and line) and goes
 * on; each test's main prints "N passed, M failed" from the two counters
 * and exits non-zero when failed > 0. Included once, by one test file.
 */
#ifndef ML0_UNIT_CHECK_H
#define ML0_UNIT_CHECK_H

#include <stdio.h>

static int passed, failed;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (cond)                                                            \
            passed++;                                                        \
        else {                                                               \
            failed++;                                                        \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                    \
    } while (0)

#endif
