/* TEMPORARY STUB so ml0c links before ast_dump lands.
 * The syntax engineer: DELETE THIS FILE as soon as your ast_dump exists. */
#include "ast.h"
__attribute__((weak)) void ast_dump(Ctx *c, Program *p, FILE *out) {
    fprintf(out, "(ast_dump not implemented yet)\n");
}
