/*
 * go_file.c: what a Go file adds to the grammar (docs/LANGUAGE.md "Go
 * files and ML0 files"): it must start with its package clause. An ML0
 * file may leave it out.
 *
 * go1.19's `go build` reads a file's package clause first (go/parser,
 * ImportsOnly) and stops at the first token that is not `package`:
 *
 *     no_package.go:1:1: expected 'package', found 'import'
 *
 * naming a keyword or operator in quotes, a name or literal by its text,
 * and the end of the file as 'EOF' (go/parser errorExpected).
 */
#include "syntax.h"
#include "grammar.h"

#include <string.h>

static const char *found(Ctx *c, const Token *t) {
    switch (t->kind) {
    case 0: return "'EOF'";
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_STRING:
        return source_text(c, t->span);
    default:
        return arena_printf(&c->arena, "'%s'", source_text(c, t->span));
    }
}

bool syn_package_first(Ctx *c, int file, const Token *t) {
    if (t->kind == TK_PACKAGE || !source_is_go(c, file))
        return true;
    Span at = t->kind == 0 ? (Span){file, 0, 0} : t->span;
    diag_error(c, at, "expected 'package', found %s", found(c, t));
    return false;
}
