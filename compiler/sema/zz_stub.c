/* TEMPORARY STUB so ml0c links before the checker lands.
 * The sema engineer: DELETE THIS FILE as soon as your sema_check exists. */
#include "sema.h"
__attribute__((weak)) SemaInfo *sema_check(Ctx *c, Program *p) {
    diag_error(c, NO_SPAN, "sema not implemented yet");
    return NULL;
}
