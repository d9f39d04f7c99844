/*
 * lib.c: the package table (packages.def expanded once) and its lookups.
 * A program imports a handful of packages and names a few dozen members,
 * so a linear scan of a few hundred rows is all the speed it needs.
 */
#include "lib.h"

#include <string.h>

static const char *const packages[] = {
#define PACKAGE(p) #p,
#define FUNC(p, n, sig, leaks)
#define CONST_INT(p, n, v)
#define CONST_FLOAT(p, n, v)
#define VAR(p, n, type)
#include "packages.def"
#undef PACKAGE
#undef FUNC
#undef CONST_INT
#undef CONST_FLOAT
#undef VAR
};

static const LibMember members[] = {
#define PACKAGE(p)
#define FUNC(p, n, sig, leaks) {#p, #n, LIB_FUNC, sig, leaks, "ml0_" #p "_" #n, NULL},
#define CONST_INT(p, n, v) {#p, #n, LIB_CONST_INT, NULL, NULL, NULL, #v},
#define CONST_FLOAT(p, n, v) {#p, #n, LIB_CONST_FLOAT, NULL, NULL, NULL, #v},
#define VAR(p, n, type) {#p, #n, LIB_VAR, type, "", "ml0_" #p "_" #n, NULL},
#include "packages.def"
#undef PACKAGE
#undef FUNC
#undef CONST_INT
#undef CONST_FLOAT
#undef VAR
};

#define COUNT(a) (int)(sizeof(a) / sizeof((a)[0]))

bool lib_has_package(const char *path) {
    for (int i = 0; i < COUNT(packages); i++)
        if (strcmp(packages[i], path) == 0)
            return true;
    return false;
}

const char *lib_package_list(Ctx *c) {
    const char *list = packages[0];
    for (int i = 1; i < COUNT(packages); i++)
        list = arena_printf(&c->arena, "%s, %s", list, packages[i]);
    return list;
}

const LibMember *lib_member(const char *pkg, const char *name) {
    for (int i = 0; i < COUNT(members); i++)
        if (strcmp(members[i].pkg, pkg) == 0 && strcmp(members[i].name, name) == 0)
            return &members[i];
    return NULL;
}

/* The signature's i-th parameter text, "r rune" (up to ',' or ')'). */
bool lib_param_is_rune(const LibMember *m, int i) {
    const char *s = m->sig + 1;
    for (int j = 0; j < i && s; j++) {
        s = strchr(s, ',');
        s = s ? s + 1 : NULL;
    }
    if (!s)
        return false;
    const char *end = strpbrk(s, ",)");
    const char *r = strstr(s, "rune");
    return r && end && r < end;
}

bool lib_result_is_rune(const LibMember *m) {
    const char *close = strrchr(m->sig, ')');
    return close && strstr(close, "rune") != NULL;
}

/* The library's types, which sema makes (packages.c, chk_lib_type). */
bool lib_is_type(const char *pkg, const char *name) {
    return (strcmp(pkg, "fmt") == 0 && strcmp(name, "Stringer") == 0) ||
           (strcmp(pkg, "strings") == 0 && strcmp(name, "Builder") == 0) ||
           (strcmp(pkg, "os") == 0 && strcmp(name, "File") == 0) ||
           (strcmp(pkg, "io") == 0 && strcmp(name, "Writer") == 0);
}

bool lib_error_always_nil(const LibMember *m) {
    if (strcmp(m->pkg, "fmt") == 0)     /* Print, Println, Printf: (n int, err error), err nil; Fprint* return w.Write's */
        return strncmp(m->name, "Print", 5) == 0;
    return strncmp(m->name, "Builder_", 8) == 0 && strstr(m->sig, "error") != NULL;
}

bool lib_error_by_value(const LibMember *m) {
    return strcmp(m->pkg, "os") == 0 && strncmp(m->name, "File_", 5) == 0;
}

/* fmt.Errorf's error keeps its %w operand, errors.As stores its error
 * through the target (a counted reference under --runtime=drop): what
 * they are given must outlive the call, so their arguments are boxed as
 * for any call, never lent from the frame. */
bool lib_keeps_args(const LibMember *m) {
    return (strcmp(m->pkg, "fmt") == 0 && strcmp(m->name, "Errorf") == 0) ||
           (strcmp(m->pkg, "errors") == 0 && strcmp(m->name, "As") == 0);
}

/* sort's in-place functions sort what they are given (Rust's
 * `xs.sort()`, `xs.sort_by(..)`: `&mut xs`), and strings.Builder's
 * writing methods change their receiver (`sb.push_str(s)` takes `&mut
 * self`; String, Len and Cap read it); fmt.Errorf and errors.As keep it;
 * everything else only reads its arguments during the call. */
LibLend lib_arg_lend(const LibMember *m, int i) {
    if (lib_keeps_args(m))
        return LIB_KEEPS;
    if (strcmp(m->pkg, "strings") == 0 && i == 0 && strncmp(m->name, "Builder_", 8) == 0)
        return strcmp(m->name, "Builder_String") == 0 || strcmp(m->name, "Builder_Len") == 0 ||
                       strcmp(m->name, "Builder_Cap") == 0
                   ? LIB_LENDS
                   : LIB_LENDS_MUT;
    if (strcmp(m->pkg, "sort") == 0 && i == 0 &&
        (strcmp(m->name, "Ints") == 0 || strcmp(m->name, "Strings") == 0 || strcmp(m->name, "Float64s") == 0 ||
         strcmp(m->name, "Slice") == 0 || strcmp(m->name, "SliceStable") == 0))
        return LIB_LENDS_MUT;
    return LIB_LENDS;
}
