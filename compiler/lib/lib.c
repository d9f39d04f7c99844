/*
 * lib.c: the package table (packages.def expanded once) and its lookups.
 * A program imports a handful of packages and names a few dozen members,
 * so a linear scan of a few hundred rows is all the speed it needs.
 */
#include "lib.h"

#include <string.h>

static const char *const packages[] = {
#define PACKAGE(p) #p,
#define PACKAGE_AT(p, path) path,
#define FUNC(p, n, sig, leaks)
#define METHOD(p, t, n, sig, leaks, effect)
#define CONST_INT(p, n, v)
#define CONST_RUNE(p, n, v)
#define CONST_FLOAT(p, n, v)
#define VAR(p, n, type)
#include "packages.def"
#undef PACKAGE
#undef PACKAGE_AT
#undef FUNC
#undef METHOD
#undef CONST_INT
#undef CONST_RUNE
#undef CONST_FLOAT
#undef VAR
};

#define WRITES true
#define READS false
static const LibMember members[] = {
#define PACKAGE(p)
#define PACKAGE_AT(p, path)
#define FUNC(p, n, sig, leaks) {#p, #n, LIB_FUNC, sig, leaks, "ml0_" #p "_" #n, NULL, NULL, NULL, false},
#define METHOD(p, t, n, sig, leaks, effect) \
    {#p, #t "_" #n, LIB_FUNC, sig, leaks, "ml0_" #p "_" #t "_" #n, NULL, #t, #n, effect},
#define CONST_INT(p, n, v) {#p, #n, LIB_CONST_INT, NULL, NULL, NULL, #v, NULL, NULL, false},
#define CONST_RUNE(p, n, v) {#p, #n, LIB_CONST_RUNE, NULL, NULL, NULL, #v, NULL, NULL, false},
#define CONST_FLOAT(p, n, v) {#p, #n, LIB_CONST_FLOAT, NULL, NULL, NULL, #v, NULL, NULL, false},
#define VAR(p, n, type) {#p, #n, LIB_VAR, type, "", "ml0_" #p "_" #n, NULL, NULL, NULL, false},
#include "packages.def"
#undef PACKAGE
#undef PACKAGE_AT
#undef FUNC
#undef METHOD
#undef CONST_INT
#undef CONST_RUNE
#undef CONST_FLOAT
#undef VAR
};
#undef WRITES
#undef READS

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

/* A row's package name: the path's last element ("unicode/utf8": utf8). */
static const char *row_pkg(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

const LibMember *lib_member(const char *pkg, const char *name) {
    pkg = row_pkg(pkg);
    for (int i = 0; i < COUNT(members); i++)
        if (strcmp(members[i].pkg, pkg) == 0 && strcmp(members[i].name, name) == 0)
            return &members[i];
    return NULL;
}

const LibMember *lib_method(const char *pkg, const char *tname, const char *mname) {
    pkg = row_pkg(pkg);
    for (int i = 0; i < COUNT(members); i++)
        if (members[i].recv && strcmp(members[i].pkg, pkg) == 0 && strcmp(members[i].recv, tname) == 0 &&
            strcmp(members[i].method, mname) == 0)
            return &members[i];
    return NULL;
}

int lib_methods_of(const char *pkg, const char *tname, const LibMember **out, int max) {
    pkg = row_pkg(pkg);
    int n = 0;
    for (int i = 0; i < COUNT(members) && n < max; i++) {
        const LibMember *m = &members[i];
        if (!m->recv || strcmp(m->pkg, pkg) != 0 || strcmp(m->recv, tname) != 0)
            continue;
        int j = n++;    /* insertion in name order */
        for (; j > 0 && strcmp(out[j - 1]->method, m->method) > 0; j--)
            out[j] = out[j - 1];
        out[j] = m;
    }
    return n;
}

/* The library types that can be behind the interface are those whose
 * method set holds every one of its methods' names (a row per method:
 * lib_method); a call of mname may write when one of them has mname
 * marked WRITES. */
bool lib_iface_method_writes(const char *const *inames, int n, const char *mname) {
    for (int i = 0; i < COUNT(members); i++) {
        const LibMember *m = &members[i];
        if (!m->recv || !m->writes_recv || strcmp(m->method, mname) != 0)
            continue;
        bool all = true;
        for (int j = 0; j < n && all; j++)
            all = lib_method(m->pkg, m->recv, inames[j]) != NULL;
        if (all)
            return true;
    }
    return false;
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

/* io's interfaces: their methods, by name, in name order. */
static const struct { const char *name, *methods; } io_ifaces[] = {
    {"Writer", "Write"},           {"Reader", "Read"},
    {"Closer", "Close"},           {"StringWriter", "WriteString"},
    {"ReadWriter", "Read Write"},  {"ReadCloser", "Close Read"},
    {"WriteCloser", "Close Write"}, {"ReadWriteCloser", "Close Read Write"},
};

const char *lib_io_iface(const char *name) {
    for (int i = 0; i < COUNT(io_ifaces); i++)
        if (strcmp(io_ifaces[i].name, name) == 0)
            return io_ifaces[i].methods;
    return NULL;
}

/* The library's types, which sema makes (packages.c, chk_lib_type). */
bool lib_is_type(const char *pkg, const char *name) {
    return (strcmp(pkg, "fmt") == 0 && strcmp(name, "Stringer") == 0) ||
           (strcmp(pkg, "strings") == 0 && strcmp(name, "Builder") == 0) ||
           (strcmp(pkg, "os") == 0 && strcmp(name, "File") == 0) ||
           (strcmp(pkg, "bufio") == 0 && (strcmp(name, "Scanner") == 0 || strcmp(name, "SplitFunc") == 0)) ||
           (strcmp(pkg, "sort") == 0 && strcmp(name, "Interface") == 0) ||
           (strcmp(pkg, "strconv") == 0 && strcmp(name, "NumError") == 0) ||
           (strcmp(pkg, "io") == 0 && lib_io_iface(name));
}

bool lib_error_always_nil(const LibMember *m) {
    if (strcmp(m->pkg, "fmt") == 0)     /* Print, Println, Printf: (n int, err error), err nil; Fprint* return w.Write's */
        return strncmp(m->name, "Print", 5) == 0;
    return m->recv && strcmp(m->recv, "Builder") == 0 && strstr(m->sig, "error") != NULL;
}

bool lib_error_by_value(const LibMember *m) {
    if (strcmp(m->pkg, "fmt") == 0 && (strncmp(m->name, "Sscan", 5) == 0 || strncmp(m->name, "Scan", 4) == 0))
        return true;    /* io.EOF, a *strconv.NumError, fmt's own texts */
    return m->recv && (strcmp(m->recv, "File") == 0 || strcmp(m->recv, "NumError") == 0);
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
 * `xs.sort()`, `xs.sort_by(..)`: `&mut xs`; sort.Sort and Stable through
 * the Interface's Swap: `sort_sort(&mut ByAge(&mut people))`), utf8.EncodeRune writes into
 * its buffer (`r.encode_utf8(&mut buf)`), and strings.Builder's WRITES
 * methods change their receiver (`sb.push_str(s)` takes `&mut self`; an
 * os.File is left shared: Rust's `&File` implements Write); fmt.Errorf
 * and errors.As keep it, and utf8.AppendRune's result may be its slice's
 * own array (the Rust twin takes the Vec by value and returns it, as
 * `append` is a move); everything else only reads its arguments during
 * the call. */
LibLend lib_arg_lend(const LibMember *m, int i) {
    if (lib_keeps_args(m))
        return LIB_KEEPS;
    if (i == 0 && m->recv && strcmp(m->pkg, "strings") == 0 && strcmp(m->recv, "Builder") == 0)
        return m->writes_recv ? LIB_LENDS_MUT : LIB_LENDS;
    if (strcmp(m->pkg, "utf8") == 0 && i == 0) {
        if (strcmp(m->name, "AppendRune") == 0)
            return LIB_KEEPS;
        if (strcmp(m->name, "EncodeRune") == 0)
            return LIB_LENDS_MUT;
    }
    if (strcmp(m->pkg, "sort") == 0 && i == 0 &&
        (strcmp(m->name, "Ints") == 0 || strcmp(m->name, "Strings") == 0 || strcmp(m->name, "Float64s") == 0 ||
         strcmp(m->name, "Slice") == 0 || strcmp(m->name, "SliceStable") == 0 ||
         strcmp(m->name, "Sort") == 0 || strcmp(m->name, "Stable") == 0))
        return LIB_LENDS_MUT;
    return LIB_LENDS;
}
