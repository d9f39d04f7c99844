/* TEMPORARY STUB so ml0c links before codegen lands.
 * The codegen engineer: DELETE THIS FILE as soon as your cg_emit exists. */
#include "codegen.h"
__attribute__((weak)) bool cg_emit(Ctx *c, MirProgram *p, const char *out) {
    diag_error(c, NO_SPAN, "codegen not implemented yet");
    return false;
}
