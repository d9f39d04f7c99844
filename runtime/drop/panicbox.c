/*
 * panicbox.c: memory for panic values under --runtime=drop (core/defer.c).
 *
 * A panic value is a counted object like any interface's box: the
 * compiled `panic(v)` boxes v with its type's glue kind, the runtime's own
 * panics (core/panic.c, runtime.Error values) use ML0_KIND_RT objects. The
 * panic record holds one reference; recover() gives the recoverer its
 * own, and the record's goes back when the panic is over (a recovery) or
 * replaced, so a recovered value is freed with its last reference and the
 * leak check is exact. ml0_panic_box stays for the ABI: a box holding no
 * counted reference.
 */
#include "../core/rt.h"

void *ml0_panic_box(int64_t size) { return ml0_alloc_kind(size, 0); }
