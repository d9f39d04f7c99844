/* drop_stub.c: the glue a program compiled with --runtime=drop provides
 * (ml0_drop_kind); lib_test allocates nothing that needs any. */
#include <stdint.h>

void ml0_drop_kind(int32_t kind, void *obj, int64_t size);
void ml0_drop_kind(int32_t kind, void *obj, int64_t size) {
    (void)kind;
    (void)obj;
    (void)size;
}
