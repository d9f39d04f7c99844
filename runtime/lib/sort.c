/*
 * sort.c: package sort. One pattern-defeating quicksort, mirroring Go
 * 1.19's sort/zsortfunc.go (pdqsort_func and its helpers, step for step:
 * the same pivots, the same swaps, the same xorshift seeded by the
 * length), so sort.Slice leaves equal elements exactly where Go does.
 * SliceStable is Go's insertion-sort blocks plus symMerge (any stable
 * sort gives the same order, but the shape keeps the less calls Go's).
 *
 * A Sorter is Go's lessSwap: less(i, j) and swap(i, j) over indexes. For
 * sort.Slice, less is the program's closure, called as fn(env, i, j)
 * with an i1 result (only its low bit is read), and swap exchanges
 * elem_size bytes.
 */
#include "lib.h"

#include <string.h>

typedef struct Sorter Sorter;
struct Sorter {
    bool (*less)(Sorter *s, int64_t i, int64_t j);
    uint8_t *base;
    int64_t size;               /* element size in bytes */
    void *fn, *env;             /* the program's Less (sort.Slice's less) */
    void *swap_fn, *swap_env;   /* sort.Sort's Swap method; NULL: swap bytes */
    bool reverse;               /* sort.Reverse: Less(j, i) */
};

static bool less(Sorter *s, int64_t i, int64_t j) { return s->less(s, i, j); }

typedef void (*swap_closure)(void *env, int64_t i, int64_t j);

static void swap(Sorter *s, int64_t i, int64_t j) {
    if (s->swap_fn) {
        ((swap_closure)s->swap_fn)(s->swap_env, i, j);
        return;
    }
    uint8_t *a = s->base + i * s->size, *b = s->base + j * s->size;
    uint8_t t[64];
    for (int64_t off = 0; off < s->size; off += (int64_t)sizeof t) {
        size_t n = (size_t)(s->size - off < (int64_t)sizeof t ? s->size - off : (int64_t)sizeof t);
        memcpy(t, a + off, n);
        memcpy(a + off, b + off, n);
        memcpy(b + off, t, n);
    }
}

static void insertion_sort(Sorter *s, int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++)
        for (int64_t j = i; j > a && less(s, j, j - 1); j--)
            swap(s, j, j - 1);
}

static void sift_down(Sorter *s, int64_t lo, int64_t hi, int64_t first) {
    int64_t root = lo;
    for (;;) {
        int64_t child = 2 * root + 1;
        if (child >= hi)
            return;
        if (child + 1 < hi && less(s, first + child, first + child + 1))
            child++;
        if (!less(s, first + root, first + child))
            return;
        swap(s, first + root, first + child);
        root = child;
    }
}

static void heap_sort(Sorter *s, int64_t a, int64_t b) {
    int64_t first = a, lo = 0, hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; i--)
        sift_down(s, i, hi, first);
    for (int64_t i = hi - 1; i >= 0; i--) {
        swap(s, first, first + i);
        sift_down(s, lo, i, first);
    }
}

static int bits_len(uint64_t x) {
    int n = 0;
    while (x) {
        n++;
        x >>= 1;
    }
    return n;
}

/* Scatters three elements around the middle, when partitions have been
 * unbalanced, with Go's xorshift. */
static void break_patterns(Sorter *s, int64_t a, int64_t b) {
    int64_t length = b - a;
    if (length < 8)
        return;
    uint64_t random = (uint64_t)length;
    uint64_t modulus = (uint64_t)1 << bits_len((uint64_t)length);
    for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >> 17;
        random ^= random << 5;
        int64_t other = (int64_t)(random & (modulus - 1));
        if (other >= length)
            other -= length;
        swap(s, idx, a + other);
    }
}

static void order2(Sorter *s, int64_t *a, int64_t *b, int *swaps) {
    if (less(s, *b, *a)) {
        (*swaps)++;
        int64_t t = *a;
        *a = *b;
        *b = t;
    }
}

static int64_t median(Sorter *s, int64_t a, int64_t b, int64_t c, int *swaps) {
    order2(s, &a, &b, swaps);
    order2(s, &b, &c, swaps);
    order2(s, &a, &b, swaps);
    return b;
}

static int64_t median_adjacent(Sorter *s, int64_t a, int *swaps) { return median(s, a - 1, a, a + 1, swaps); }

enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING };

static int64_t choose_pivot(Sorter *s, int64_t a, int64_t b, int *hint) {
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
        if (l >= 50) {      /* ninther: medians of adjacent triples */
            i = median_adjacent(s, i, &swaps);
            j = median_adjacent(s, j, &swaps);
            k = median_adjacent(s, k, &swaps);
        }
        j = median(s, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? HINT_INCREASING : swaps == 12 ? HINT_DECREASING : HINT_UNKNOWN;
    return j;
}

static void reverse_range(Sorter *s, int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; i++, j--)
        swap(s, i, j);
}

static bool partial_insertion_sort(Sorter *s, int64_t a, int64_t b) {
    int64_t i = a + 1;
    for (int step = 0; step < 5; step++) {
        while (i < b && !less(s, i, i - 1))
            i++;
        if (i == b)
            return true;
        if (b - a < 50)
            return false;
        swap(s, i, i - 1);
        if (i - a >= 2)
            for (int64_t j = i - 1; j >= 1 && less(s, j, j - 1); j--)
                swap(s, j, j - 1);
        if (b - i >= 2)
            for (int64_t j = i + 1; j < b && less(s, j, j - 1); j++)
                swap(s, j, j - 1);
    }
    return false;
}

static int64_t partition_equal(Sorter *s, int64_t a, int64_t b, int64_t pivot) {
    swap(s, a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !less(s, a, i))
            i++;
        while (i <= j && less(s, a, j))
            j--;
        if (i > j)
            return i;
        swap(s, i, j);
        i++;
        j--;
    }
}

static int64_t partition(Sorter *s, int64_t a, int64_t b, int64_t pivot, bool *already) {
    swap(s, a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && less(s, i, a))
        i++;
    while (i <= j && !less(s, j, a))
        j--;
    if (i > j) {
        swap(s, j, a);
        *already = true;
        return j;
    }
    swap(s, i, j);
    i++;
    j--;
    for (;;) {
        while (i <= j && less(s, i, a))
            i++;
        while (i <= j && !less(s, j, a))
            j--;
        if (i > j)
            break;
        swap(s, i, j);
        i++;
        j--;
    }
    swap(s, j, a);
    *already = false;
    return j;
}

static void pdqsort(Sorter *s, int64_t a, int64_t b, int limit) {
    bool was_balanced = true, was_partitioned = true;
    for (;;) {
        int64_t length = b - a;
        if (length <= 12) {
            insertion_sort(s, a, b);
            return;
        }
        if (limit == 0) {
            heap_sort(s, a, b);
            return;
        }
        if (!was_balanced) {
            break_patterns(s, a, b);
            limit--;
        }
        int hint;
        int64_t pivot = choose_pivot(s, a, b, &hint);
        if (hint == HINT_DECREASING) {
            reverse_range(s, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = HINT_INCREASING;
        }
        if (was_balanced && was_partitioned && hint == HINT_INCREASING && partial_insertion_sort(s, a, b))
            return;
        if (a > 0 && !less(s, a - 1, pivot)) {
            a = partition_equal(s, a, b, pivot);
            continue;
        }
        bool already;
        int64_t mid = partition(s, a, b, pivot, &already);
        was_partitioned = already;
        int64_t left = mid - a, right = b - mid, threshold = length / 8;
        if (left < right) {
            was_balanced = left >= threshold;
            pdqsort(s, a, mid, limit);
            a = mid + 1;
        } else {
            was_balanced = right >= threshold;
            pdqsort(s, mid + 1, b, limit);
            b = mid;
        }
    }
}

static void sort_all(Sorter *s, int64_t n) {
    if (n > 1)
        pdqsort(s, 0, n, bits_len((uint64_t)n));
}

/* ---- stable: insertion-sorted blocks of 20, merged by symMerge ---------- */

static void swap_range(Sorter *s, int64_t a, int64_t b, int64_t n) {
    for (int64_t i = 0; i < n; i++)
        swap(s, a + i, b + i);
}

static void rotate(Sorter *s, int64_t a, int64_t m, int64_t b) {
    int64_t i = m - a, j = b - m;
    while (i != j) {
        if (i > j) {
            swap_range(s, m - i, m, j);
            i -= j;
        } else {
            swap_range(s, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(s, m - i, m, i);
}

static void sym_merge(Sorter *s, int64_t a, int64_t m, int64_t b) {
    if (m - a == 1) {
        int64_t i = m, j = b;
        while (i < j) {
            int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
            if (less(s, h, a))
                i = h + 1;
            else
                j = h;
        }
        for (int64_t k = a; k < i - 1; k++)
            swap(s, k, k + 1);
        return;
    }
    if (b - m == 1) {
        int64_t i = a, j = m;
        while (i < j) {
            int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
            if (!less(s, m, h))
                i = h + 1;
            else
                j = h;
        }
        for (int64_t k = m; k > i; k--)
            swap(s, k, k - 1);
        return;
    }
    int64_t mid = (int64_t)((uint64_t)(a + b) >> 1), n = mid + m, start, r;
    if (m > mid) {
        start = n - b;
        r = mid;
    } else {
        start = a;
        r = m;
    }
    int64_t p = n - 1;
    while (start < r) {
        int64_t c = (int64_t)((uint64_t)(start + r) >> 1);
        if (!less(s, p - c, c))
            start = c + 1;
        else
            r = c;
    }
    int64_t end = n - start;
    if (start < m && m < end)
        rotate(s, start, m, end);
    if (a < start && start < mid)
        sym_merge(s, a, start, mid);
    if (mid < end && end < b)
        sym_merge(s, mid, end, b);
}

static void stable(Sorter *s, int64_t n) {
    int64_t block = 20, a = 0, b = block;
    for (; b <= n; a = b, b += block)
        insertion_sort(s, a, b);
    insertion_sort(s, a, n);
    for (; block < n; block *= 2) {
        for (a = 0, b = 2 * block; b <= n; a = b, b += 2 * block)
            sym_merge(s, a, a + block, b);
        if (a + block < n)
            sym_merge(s, a, a + block, n);
    }
}

/* ---- the element types ----------------------------------------------------- */

static bool less_int(Sorter *s, int64_t i, int64_t j) {
    return ((int64_t *)s->base)[i] < ((int64_t *)s->base)[j];
}

static bool less_float(Sorter *s, int64_t i, int64_t j) {
    double a = ((double *)s->base)[i], b = ((double *)s->base)[j];
    return a < b || (a != a && b == b);     /* NaNs first */
}

static bool less_string(Sorter *s, int64_t i, int64_t j) {
    const ml0_string *a = (ml0_string *)s->base + i, *b = (ml0_string *)s->base + j;
    return ml0_string_cmp(a->ptr, a->len, b->ptr, b->len) < 0;
}

typedef uint8_t (*less_closure)(void *env, int64_t i, int64_t j);

static bool less_call(Sorter *s, int64_t i, int64_t j) {
    if (s->reverse)
        return ((less_closure)s->fn)(s->env, j, i) & 1;
    return ((less_closure)s->fn)(s->env, i, j) & 1;
}

void ml0_sort_Ints(const ml0_slice *x) {
    Sorter s = {less_int, x->ptr, 8, NULL, NULL, NULL, NULL, false};
    sort_all(&s, x->len);
}

void ml0_sort_Float64s(const ml0_slice *x) {
    Sorter s = {less_float, x->ptr, 8, NULL, NULL, NULL, NULL, false};
    sort_all(&s, x->len);
}

void ml0_sort_Strings(const ml0_slice *x) {
    Sorter s = {less_string, x->ptr, (int64_t)sizeof(ml0_string), NULL, NULL, NULL, NULL, false};
    sort_all(&s, x->len);
}

static bool slice_sorter(const ml0_iface *x, void *fn, void *env, Sorter *s, int64_t *n) {
    if (!x->type || x->type->kind != ML0_K_SLICE) {
        const char *name = x->type ? x->type->name : "nil";
        LibBuf b = {0};
        lib_puts(&b, "reflect: call of Swapper on ");
        lib_puts(&b, name);
        lib_puts(&b, " Value");
        ml0_panic_string(b.p, (int64_t)b.len);
    }
    const ml0_slice *sl = x->data;
    *s = (Sorter){less_call, sl->ptr, x->type->elem->size, fn, env, NULL, NULL, false};
    *n = sl->len;
    return *n > 1;
}

void ml0_sort_Slice(const ml0_iface *x, void *less_fn, void *less_env) {
    Sorter s;
    int64_t n;
    if (slice_sorter(x, less_fn, less_env, &s, &n))
        pdqsort(&s, 0, n, bits_len((uint64_t)n));
}

void ml0_sort_SliceStable(const ml0_iface *x, void *less_fn, void *less_env) {
    Sorter s;
    int64_t n;
    if (slice_sorter(x, less_fn, less_env, &s, &n))
        stable(&s, n);
}

static bool is_sorted(Sorter *s, int64_t n) {
    for (int64_t i = n - 1; i > 0; i--)
        if (less(s, i, i - 1))
            return false;
    return true;
}

int32_t ml0_sort_IntsAreSorted(const ml0_slice *x) {
    Sorter s = {less_int, x->ptr, 8, NULL, NULL, NULL, NULL, false};
    return is_sorted(&s, x->len);
}

int32_t ml0_sort_StringsAreSorted(const ml0_slice *x) {
    Sorter s = {less_string, x->ptr, (int64_t)sizeof(ml0_string), NULL, NULL, NULL, NULL, false};
    return is_sorted(&s, x->len);
}

int64_t ml0_sort_SearchInts(const ml0_slice *x, int64_t v) {
    int64_t i = 0, j = x->len;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        if (((int64_t *)x->ptr)[h] < v)
            i = h + 1;
        else
            j = h;
    }
    return i;
}

int64_t ml0_sort_Search(int64_t n, void *f_fn, void *f_env) {
    uint8_t (*f)(void *, int64_t) = (uint8_t (*)(void *, int64_t))f_fn;
    int64_t i = 0, j = n;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        if (!(f(f_env, h) & 1))
            i = h + 1;
        else
            j = h;
    }
    return i;
}

int64_t ml0_sort_SearchStrings(const ml0_slice *x, const uint8_t *v, int64_t vlen) {
    const ml0_string *a = x->ptr;
    int64_t i = 0, j = x->len;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        if (ml0_string_cmp(a[h].ptr, a[h].len, v, vlen) < 0)
            i = h + 1;
        else
            j = h;
    }
    return i;
}

int32_t ml0_sort_Float64sAreSorted(const ml0_slice *x) {
    Sorter s = {less_float, x->ptr, 8, NULL, NULL, NULL, NULL, false};
    return is_sorted(&s, x->len);
}

int32_t ml0_sort_SliceIsSorted(const ml0_iface *x, void *less_fn, void *less_env) {
    Sorter s;
    int64_t n;
    slice_sorter(x, less_fn, less_env, &s, &n);
    return is_sorted(&s, n);
}

void ml0_sort_Sort(int64_t n, void *less_fn, void *less_env, void *swap_fn, void *swap_env, int32_t reverse) {
    Sorter s = {less_call, NULL, 0, less_fn, less_env, swap_fn, swap_env, reverse != 0};
    sort_all(&s, n);
}

void ml0_sort_Stable(int64_t n, void *less_fn, void *less_env, void *swap_fn, void *swap_env, int32_t reverse) {
    Sorter s = {less_call, NULL, 0, less_fn, less_env, swap_fn, swap_env, reverse != 0};
    stable(&s, n);
}

int32_t ml0_sort_IsSorted(int64_t n, void *less_fn, void *less_env, int32_t reverse) {
    Sorter s = {less_call, NULL, 0, less_fn, less_env, NULL, NULL, reverse != 0};
    return is_sorted(&s, n);
}
