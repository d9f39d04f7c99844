/*
 * sizeclass.c: go1.19's roundupsize, which growslice uses to turn a new
 * capacity into the bytes the allocator really hands out. Go's malloc
 * serves a small object (under 32 KiB) from the smallest of its size
 * classes that holds it, and a large one in whole 8 KiB pages; growslice
 * then gives the slice all of that block: appending one byte to a nil
 * []byte makes cap 8, and 5 ints after 2 make cap 6 (48 bytes), not 4.
 * The table is go1.19's runtime/sizeclasses.go class_to_size; only the
 * capacities it implies matter here, ml0c's own allocators are unchanged.
 */
#include "rt.h"

static const int32_t class_to_size[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,
    176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,
    480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,
    1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,
    6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384, 18432,
    19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

enum { MAX_SMALL_SIZE = 32768, PAGE_SIZE = 8192 };

int64_t rt_roundupsize(int64_t size) {
    if (size < MAX_SMALL_SIZE) {
        /* binary search: the first class >= size (size 0 stays 0) */
        if (size <= 0)
            return size;
        int lo = 0, hi = (int)(sizeof class_to_size / sizeof class_to_size[0]) - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (class_to_size[mid] < size)
                lo = mid + 1;
            else
                hi = mid;
        }
        return class_to_size[lo];
    }
    if (size + PAGE_SIZE < size)
        return size;
    return (size + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
}
