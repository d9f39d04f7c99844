/*
 * fmt_print.c: Go's fmt/print.go over ML0 values: Print, Println and
 * Printf's format parsing, and the walk of a value by its run-time type
 * descriptor (ml0type.h) that Go does with reflect.
 *
 * A value is a (type, addr, ro) triple: addr points at the value's bytes
 * (for a pointer-shaped type, at the word holding the pointer); ro is
 * Go's read-only flag, set below an unexported struct field, where Go
 * cannot call String()/Error() (reflect's CanInterface is false), so
 * neither do we. Methods are honoured for %v %s %x %X %q, Error() before
 * String(), at the top level and for exported nested values.
 *
 * Mistakes print as Go's do: %!d(string=hi), %!d(MISSING),
 * %!(EXTRA int=1), %!(NOVERB), %!(BADWIDTH), %!(BADPREC), %!d(BADINDEX).
 * A map prints its entries sorted by key (fmtsort.c), as Go's fmt does.
 */
#include "fmt.h"
#include "../core/map.h"
#include "../core/rt.h"

#include <stdlib.h>

#include <string.h>

typedef struct Value {
    const ml0_type *t;      /* NULL: Go's invalid reflect.Value (a nil interface) */
    const void *addr;
    bool ro;
} Value;

typedef struct Printer {
    Fmt fmt;
    LibBuf *buf;
    Value cur;              /* the operand being printed, for bad-verb text */
    bool erroring;          /* printing a bad-verb operand: no methods */
    bool panicking;         /* printing a String/Error method's panic value */
    bool wrap_errs;         /* Errorf: %w is %v of an error */
    bool reordered, good_arg_num;
} Printer;

static void print_value(Printer *p, Value v, int32_t verb, int depth);

/* The dynamic value of the interface at i, of interface type it (NULL:
 * the empty interface of fmt's own arguments). */
static Value iface_value_of(const ml0_type *it, const ml0_iface *i, bool ro) {
    ml0_iface d = ml0_iface_dynamic(it, i);
    if (!d.type)
        return (Value){NULL, NULL, ro};
    const void *addr = d.type->flags & ML0_TF_DIRECT ? (const void *)&i->data : i->data;
    return (Value){d.type, addr, ro};
}

static Value iface_value(const ml0_iface *i, bool ro) { return iface_value_of(NULL, i, ro); }

static void *pointer_word(Value v) { return *(void *const *)v.addr; }

static void put_str(Printer *p, const char *s) { lib_puts(p->buf, s); }

static void bad_verb(Printer *p, int32_t verb) {
    p->erroring = true;
    put_str(p, "%!");
    lib_put_rune(p->buf, verb);
    lib_putc(p->buf, '(');
    if (p->cur.t) {
        put_str(p, p->cur.t->name);
        lib_putc(p->buf, '=');
        print_value(p, p->cur, 'v', 0);
    } else {
        put_str(p, "<nil>");
    }
    lib_putc(p->buf, ')');
    p->erroring = false;
}

static void fmt_0x64(Printer *p, uint64_t v, bool leading0x) {
    bool sharp = p->fmt.sharp;
    p->fmt.sharp = leading0x;
    fmt_integer(&p->fmt, v, 16, false, 'v', fmt_ldigits);
    p->fmt.sharp = sharp;
}

static void print_bool(Printer *p, bool v, int32_t verb) {
    if (verb == 't' || verb == 'v')
        fmt_boolean(&p->fmt, v);
    else
        bad_verb(p, verb);
}

static void print_integer(Printer *p, uint64_t v, bool is_signed, int32_t verb) {
    Fmt *f = &p->fmt;
    switch (verb) {
    case 'v':
        if (f->sharp_v && !is_signed)
            fmt_0x64(p, v, true);
        else
            fmt_integer(f, v, 10, is_signed, verb, fmt_ldigits);
        return;
    case 'd': fmt_integer(f, v, 10, is_signed, verb, fmt_ldigits); return;
    case 'b': fmt_integer(f, v, 2, is_signed, verb, fmt_ldigits); return;
    case 'o': case 'O': fmt_integer(f, v, 8, is_signed, verb, fmt_ldigits); return;
    case 'x': fmt_integer(f, v, 16, is_signed, verb, fmt_ldigits); return;
    case 'X': fmt_integer(f, v, 16, is_signed, verb, fmt_udigits); return;
    case 'c': fmt_c(f, v); return;
    case 'q': fmt_qc(f, v); return;
    case 'U': fmt_unicode(f, v); return;
    }
    bad_verb(p, verb);
}

static void print_float(Printer *p, double v, int size, int32_t verb) {
    switch (verb) {
    case 'v': fmt_float(&p->fmt, v, size, 'g', -1); return;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(&p->fmt, v, size, verb, -1); return;
    case 'f': case 'e': case 'E': fmt_float(&p->fmt, v, size, verb, 6); return;
    case 'F': fmt_float(&p->fmt, v, size, 'f', 6); return;
    }
    bad_verb(p, verb);
}

static void print_string(Printer *p, const uint8_t *s, int64_t n, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->fmt.sharp_v)
            fmt_q(&p->fmt, s, n);
        else
            fmt_s(&p->fmt, s, n);
        return;
    case 's': fmt_s(&p->fmt, s, n); return;
    case 'x': fmt_sx(&p->fmt, s, n, fmt_ldigits); return;
    case 'X': fmt_sx(&p->fmt, s, n, fmt_udigits); return;
    case 'q': fmt_q(&p->fmt, s, n); return;
    }
    bad_verb(p, verb);
}

static void print_arg(Printer *p, const ml0_iface *arg, int32_t verb);

/* Go's catchPanic, after v's method (Error or String) panicked with
 * value err: a nil pointer receiver prints <nil> (unpadded); anything
 * else %!v(PANIC=String method: err), err printed with %v and no flags. */
static void method_panicked(Printer *p, Value v, int32_t verb, const ml0_iface *err, const char *method) {
    if (v.t->flags & ML0_TF_DIRECT && (v.t->kind == ML0_K_POINTER || v.t->kind == ML0_K_BOX) && !pointer_word(v)) {
        put_str(p, "<nil>");
        return;
    }
    Fmt saved = p->fmt;
    fmt_clear_flags(&p->fmt);
    put_str(p, "%!");
    lib_put_rune(p->buf, verb);
    put_str(p, "(PANIC=");
    put_str(p, method);
    put_str(p, " method: ");
    p->panicking = true;
    print_arg(p, err, 'v');
    p->panicking = false;
    lib_putc(p->buf, ')');
    p->fmt = saved;
}

/* Calls v's Error() or String() when the verb takes a string; returns
 * whether it did. A panic in the method is caught as Go's fmt catches it
 * (method_panicked), except while printing such a panic's value, where
 * it goes on (Go's "nested panics"). */
static bool handle_methods(Printer *p, Value v, int32_t verb) {
    if (p->erroring || !v.t || p->fmt.sharp_v)
        return false;
    if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q')
        return false;
    ml0_string_method m = v.t->error_method ? v.t->error_method : v.t->string_method;
    if (!m)
        return false;
    void *recv = v.t->flags & ML0_TF_DIRECT ? pointer_word(v) : (void *)v.addr;
    ml0_string s = {NULL, 0};
    ml0_iface err;
    if (p->panicking)
        m(recv, &s);
    else if (rt_call_catching((void (*)(void *, void *))m, recv, &s, &err)) {
        method_panicked(p, v, verb, &err, v.t->error_method ? "Error" : "String");
        ml0_rc_dec(err.data);   /* the panic's reference (--runtime=drop) */
        return true;
    }
    print_string(p, s.ptr, s.len, verb);
    ml0_rc_dec(s.ptr);      /* the method's result was ours (--runtime=drop) */
    return true;
}

static void print_pointer(Printer *p, Value v, int32_t verb) {
    uintptr_t u;
    switch (v.t->kind) {
    case ML0_K_POINTER: case ML0_K_BOX: case ML0_K_MAP:
        u = (uintptr_t)pointer_word(v);
        break;
    case ML0_K_SLICE:
        u = (uintptr_t)((const ml0_slice *)v.addr)->ptr;
        break;
    case ML0_K_FUNC:
        u = (uintptr_t)pointer_word(v);     /* the code pointer, first word */
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->fmt.sharp_v) {
            lib_putc(p->buf, '(');
            put_str(p, v.t->name);
            put_str(p, ")(");
            if (u == 0)
                put_str(p, "nil");
            else
                fmt_0x64(p, u, true);
            lib_putc(p->buf, ')');
        } else if (u == 0) {
            fmt_pad_cstr(&p->fmt, "<nil>");
        } else {
            fmt_0x64(p, u, !p->fmt.sharp);
        }
        return;
    case 'p':
        fmt_0x64(p, u, !p->fmt.sharp);
        return;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        print_integer(p, u, false, verb);
        return;
    }
    bad_verb(p, verb);
}

/* %s %q %x %X of []byte / [N]byte: the bytes as a string. */
static void print_bytes(Printer *p, const uint8_t *b, int64_t n, int32_t verb) {
    if (verb == 's')
        fmt_s(&p->fmt, b, n);
    else if (verb == 'q')
        fmt_q(&p->fmt, b, n);
    else
        fmt_sx(&p->fmt, b, n, verb == 'x' ? fmt_ldigits : fmt_udigits);
}

static bool is_exported(const char *name) {
    int32_t r;
    if (!name || !*name)
        return false;
    lib_decode_rune((const uint8_t *)name, (int64_t)strlen(name), &r);
    return ml0_unicode_IsUpper(r);
}

static void print_struct(Printer *p, Value v, int32_t verb, int depth) {
    const ml0_type *t = v.t;
    if (p->fmt.sharp_v)
        put_str(p, t->name);
    lib_putc(p->buf, '{');
    for (int64_t i = 0; i < t->nfields; i++) {
        const ml0_field *fd = &t->fields[i];
        if (i > 0)
            put_str(p, p->fmt.sharp_v ? ", " : " ");
        if ((p->fmt.plus_v || p->fmt.sharp_v) && fd->name && *fd->name) {
            put_str(p, fd->name);
            lib_putc(p->buf, ':');
        }
        Value fv = {fd->type, (const uint8_t *)v.addr + fd->offset,
                    v.ro || !is_exported(fd->name)};
        if (fd->type->kind == ML0_K_INTERFACE && ((const ml0_iface *)fv.addr)->type)
            fv = iface_value_of(fd->type, fv.addr, fv.ro);     /* Go's getField unwraps */
        print_value(p, fv, verb, depth + 1);
    }
    lib_putc(p->buf, '}');
}

static void print_list(Printer *p, Value v, int32_t verb, int depth) {
    const ml0_type *t = v.t;
    const uint8_t *base;
    int64_t n;
    if (t->kind == ML0_K_SLICE) {
        base = ((const ml0_slice *)v.addr)->ptr;
        n = ((const ml0_slice *)v.addr)->len;
    } else {
        base = v.addr;
        n = t->len;
    }
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == ML0_K_UINT8) {
        print_bytes(p, base, n, verb);
        return;
    }
    if (p->fmt.sharp_v) {
        /* Go's printArg spells a plain []byte operand "[]byte" */
        bool bytes = depth == 0 && t->kind == ML0_K_SLICE && t->elem->kind == ML0_K_UINT8 &&
                     !(t->flags & ML0_TF_NAMED) && !(t->elem->flags & ML0_TF_NAMED);
        put_str(p, bytes ? "[]byte" : t->name);
        if (t->kind == ML0_K_SLICE && !base) {
            put_str(p, "(nil)");
            return;
        }
        lib_putc(p->buf, '{');
        for (int64_t i = 0; i < n; i++) {
            if (i > 0)
                put_str(p, ", ");
            print_value(p, (Value){t->elem, base + i * t->elem->size, v.ro}, verb, depth + 1);
        }
        lib_putc(p->buf, '}');
        return;
    }
    lib_putc(p->buf, '[');
    for (int64_t i = 0; i < n; i++) {
        if (i > 0)
            lib_putc(p->buf, ' ');
        print_value(p, (Value){t->elem, base + i * t->elem->size, v.ro}, verb, depth + 1);
    }
    lib_putc(p->buf, ']');
}

/* An interface-typed field or element: its dynamic value, one level
 * deeper, or <nil> (never padded). */
static void print_interface(Printer *p, Value v, int32_t verb, int depth) {
    const ml0_iface *i = v.addr;
    if (i->type) {
        print_value(p, iface_value_of(v.t, i, v.ro), verb, depth + 1);
    } else if (p->fmt.sharp_v) {
        put_str(p, v.t->name);
        put_str(p, "(nil)");
    } else {
        put_str(p, "<nil>");
    }
}

/* A pointer to an array, slice, struct or map prints &{...} at the top
 * level only; deeper, and to anything else, it prints its address. */
static void print_pointer_value(Printer *p, Value v, int32_t verb, int depth) {
    void *target = pointer_word(v);
    if (depth == 0 && target && v.t->elem) {
        uint32_t k = v.t->elem->kind;
        if (k == ML0_K_ARRAY || k == ML0_K_SLICE || k == ML0_K_STRUCT || k == ML0_K_MAP) {
            lib_putc(p->buf, '&');
            print_value(p, (Value){v.t->elem, target, v.ro}, verb, depth + 1);
            return;
        }
    }
    print_pointer(p, v, verb);
}

/* map[k:v k:v] (%#v: map[K]V{k:v, k:v}), keys sorted (Go's printValue). */
static void print_map(Printer *p, Value v, int32_t verb, int depth) {
    const ml0_map *m = *(ml0_map *const *)v.addr;
    if (p->fmt.sharp_v) {
        put_str(p, v.t->name);
        if (!m) {
            put_str(p, "(nil)");
            return;
        }
        lib_putc(p->buf, '{');
    } else {
        put_str(p, "map[");
    }
    int64_t n;
    void **keys = lib_map_sorted(m, &n);
    for (int64_t i = 0; i < n; i++) {
        if (i > 0)
            put_str(p, p->fmt.sharp_v ? ", " : " ");
        print_value(p, (Value){v.t->key, keys[i], v.ro}, verb, depth + 1);
        lib_putc(p->buf, ':');
        print_value(p, (Value){v.t->elem, (const uint8_t *)keys[i] + m->voff, v.ro}, verb, depth + 1);
    }
    free(keys);
    lib_putc(p->buf, p->fmt.sharp_v ? '}' : ']');
}

static uint64_t load_uint(Value v) {
    switch (v.t->size) {
    case 1: return *(const uint8_t *)v.addr;
    case 2: return *(const uint16_t *)v.addr;
    case 4: return *(const uint32_t *)v.addr;
    default: return *(const uint64_t *)v.addr;
    }
}

static int64_t load_int(Value v) {
    switch (v.t->size) {
    case 1: return *(const int8_t *)v.addr;
    case 2: return *(const int16_t *)v.addr;
    case 4: return *(const int32_t *)v.addr;
    default: return *(const int64_t *)v.addr;
    }
}

static void print_value(Printer *p, Value v, int32_t verb, int depth) {
    if (depth > 0 && v.t && !v.ro && handle_methods(p, v, verb))
        return;
    p->cur = v;
    if (!v.t) {
        if (depth == 0)
            put_str(p, "<invalid reflect.Value>");
        else if (verb == 'v')
            put_str(p, "<nil>");    /* nested nils are never padded */
        else
            bad_verb(p, verb);
        return;
    }
    switch ((ml0_kind)v.t->kind) {
    case ML0_K_BOOL:
        print_bool(p, *(const uint8_t *)v.addr & 1, verb);
        return;
    case ML0_K_INT: case ML0_K_INT8: case ML0_K_INT16: case ML0_K_INT32: case ML0_K_INT64:
        print_integer(p, (uint64_t)load_int(v), true, verb);
        return;
    case ML0_K_UINT: case ML0_K_UINT8: case ML0_K_UINT16: case ML0_K_UINT32: case ML0_K_UINT64:
    case ML0_K_UINTPTR:
        print_integer(p, load_uint(v), false, verb);
        return;
    case ML0_K_FLOAT32:
        print_float(p, *(const float *)v.addr, 32, verb);
        return;
    case ML0_K_FLOAT64:
        print_float(p, *(const double *)v.addr, 64, verb);
        return;
    case ML0_K_STRING: {
        const ml0_string *s = v.addr;
        print_string(p, s->ptr, s->len, verb);
        return;
    }
    case ML0_K_STRUCT:
        print_struct(p, v, verb, depth);
        return;
    case ML0_K_INTERFACE:
        print_interface(p, v, verb, depth);
        return;
    case ML0_K_ARRAY: case ML0_K_SLICE:
        print_list(p, v, verb, depth);
        return;
    case ML0_K_MAP:
        print_map(p, v, verb, depth);
        return;
    case ML0_K_POINTER: case ML0_K_BOX:
        print_pointer_value(p, v, verb, depth);
        return;
    case ML0_K_FUNC:
        print_pointer(p, v, verb);
        return;
    case ML0_K_INVALID:
        break;
    }
    put_str(p, "?");
}

static void print_arg(Printer *p, const ml0_iface *arg, int32_t verb) {
    Value v = iface_value(arg, false);
    p->cur = v;
    if (!v.t) {
        if (verb == 'T' || verb == 'v')
            fmt_pad_cstr(&p->fmt, "<nil>");
        else
            bad_verb(p, verb);
        return;
    }
    if (verb == 'T') {
        fmt_s(&p->fmt, (const uint8_t *)v.t->name, (int64_t)strlen(v.t->name));
        return;
    }
    if (verb == 'p') {
        print_pointer(p, v, 'p');
        return;
    }
    if (verb == 'w') {      /* Errorf's %w: an error prints as %v */
        if (!p->wrap_errs || !v.t->error_method) {
            bad_verb(p, verb);
            return;
        }
        verb = 'v';
    }
    if (!handle_methods(p, v, verb))
        print_value(p, v, verb, 0);
}

static void printer_init(Printer *p, LibBuf *b) {
    memset(p, 0, sizeof *p);
    p->buf = b;
    p->fmt.buf = b;
}

void lib_sprint(LibBuf *b, const ml0_iface *args, int64_t nargs) {
    Printer p;
    printer_init(&p, b);
    bool prev_string = false;
    for (int64_t i = 0; i < nargs; i++) {
        bool is_string = args[i].type && args[i].type->kind == ML0_K_STRING;
        if (i > 0 && !is_string && !prev_string)
            lib_putc(b, ' ');
        fmt_clear_flags(&p.fmt);
        print_arg(&p, &args[i], 'v');
        prev_string = is_string;
    }
}

void lib_sprintln(LibBuf *b, const ml0_iface *args, int64_t nargs) {
    Printer p;
    printer_init(&p, b);
    for (int64_t i = 0; i < nargs; i++) {
        if (i > 0)
            lib_putc(b, ' ');
        fmt_clear_flags(&p.fmt);
        print_arg(&p, &args[i], 'v');
    }
    lib_putc(b, '\n');
}

/* ---- Printf's format string ------------------------------------------- */

#define TOO_LARGE(x) ((x) > 1000000 || (x) < -1000000)

/* A decimal number at s[*i..end); returns whether there was one. */
static bool parse_num(const uint8_t *s, int64_t *i, int64_t end, int64_t *num) {
    *num = 0;
    bool isnum = false;
    for (; *i < end && s[*i] >= '0' && s[*i] <= '9'; (*i)++) {
        if (TOO_LARGE(*num)) {
            *num = 0;
            *i = end;
            return false;
        }
        *num = *num * 10 + (s[*i] - '0');
        isnum = true;
    }
    return isnum;
}

/* An explicit argument index [n] at s[*i]: moves *arg_num to it. Returns
 * whether an index was found (Go's afterIndex). */
static bool arg_number(Printer *p, int64_t *arg_num, const uint8_t *s, int64_t *i, int64_t end, int64_t nargs) {
    if (*i >= end || s[*i] != '[')
        return false;
    p->reordered = true;
    for (int64_t j = *i + 1; j < end; j++) {
        if (s[j] != ']')
            continue;
        int64_t k = *i + 1, idx;
        bool ok = parse_num(s, &k, j, &idx) && k == j;
        *i = j + 1;
        if (ok && idx - 1 >= 0 && idx - 1 < nargs) {
            *arg_num = idx - 1;
            return true;
        }
        p->good_arg_num = false;
        return ok;
    }
    p->good_arg_num = false;    /* no closing bracket: skip the '[' */
    *i += 1;
    return false;
}

/* `*` width or precision: the next argument, which must be an integer. */
static bool int_from_arg(const ml0_iface *args, int64_t nargs, int64_t *arg_num, int64_t *num) {
    *num = 0;
    if (*arg_num >= nargs)
        return false;
    const ml0_iface *a = &args[(*arg_num)++];
    bool ok = false;
    if (a->type) {
        Value v = iface_value(a, false);
        uint32_t k = a->type->kind;
        if (k >= ML0_K_INT && k <= ML0_K_INT64) {
            *num = load_int(v);
            ok = true;
        } else if (k >= ML0_K_UINT && k <= ML0_K_UINTPTR) {
            uint64_t u = load_uint(v);
            ok = (int64_t)u >= 0;
            *num = ok ? (int64_t)u : 0;
        }
    }
    if (TOO_LARGE(*num)) {
        *num = 0;
        ok = false;
    }
    return ok;
}

static void bad_arg(Printer *p, int32_t verb, const char *what) {
    put_str(p, "%!");
    lib_put_rune(p->buf, verb);
    put_str(p, what);
}

static void extra_args(Printer *p, const ml0_iface *args, int64_t from, int64_t nargs) {
    fmt_clear_flags(&p->fmt);
    put_str(p, "%!(EXTRA ");
    for (int64_t i = from; i < nargs; i++) {
        if (i > from)
            put_str(p, ", ");
        if (!args[i].type) {
            put_str(p, "<nil>");
            continue;
        }
        put_str(p, args[i].type->name);
        lib_putc(p->buf, '=');
        print_arg(p, &args[i], 'v');
    }
    lib_putc(p->buf, ')');
}

/* The flags after a '%'. (Go's fast path for a verb right after them
 * prints what this general path prints.) */
static void parse_flags(Printer *p, const uint8_t *s, int64_t *i, int64_t end) {
    Fmt *f = &p->fmt;
    for (; *i < end; (*i)++) {
        switch (s[*i]) {
        case '#': f->sharp = true; break;
        case '0': f->zero = !f->minus; break;
        case '+': f->plus = true; break;
        case '-': f->minus = true; f->zero = false; break;
        case ' ': f->space = true; break;
        default: return;
        }
    }
}

static void verb_v_flags(Fmt *f) {
    f->sharp_v = f->sharp;
    f->sharp = false;
    f->plus_v = f->plus;
    f->plus = false;
}

/* Where Printf is in its format and its operands. */
typedef struct Scan {
    const uint8_t *s;
    int64_t i, end;             /* s[i..end) is left to read */
    const ml0_iface *args;
    int64_t nargs, arg_num;     /* arg_num: the next operand */
    bool after_index;           /* an explicit [n] was just read */
} Scan;

/* [n] then a width: a number or `*` (an operand; negative means '-'). */
static void parse_width(Printer *p, Scan *sc) {
    Fmt *f = &p->fmt;
    sc->after_index = arg_number(p, &sc->arg_num, sc->s, &sc->i, sc->end, sc->nargs);
    if (sc->i < sc->end && sc->s[sc->i] == '*') {
        sc->i++;
        f->wid_present = int_from_arg(sc->args, sc->nargs, &sc->arg_num, &f->wid);
        if (!f->wid_present)
            put_str(p, "%!(BADWIDTH)");
        if (f->wid < 0) {
            f->wid = -f->wid;
            f->minus = true;
            f->zero = false;
        }
        sc->after_index = false;
        return;
    }
    f->wid_present = parse_num(sc->s, &sc->i, sc->end, &f->wid);
    if (sc->after_index && f->wid_present)      /* "%[3]2d" */
        p->good_arg_num = false;
}

/* .precision: a number (none means 0) or [n]`*`; a negative `*` is none. */
static void parse_precision(Printer *p, Scan *sc) {
    Fmt *f = &p->fmt;
    if (!(sc->i + 1 < sc->end && sc->s[sc->i] == '.'))
        return;
    sc->i++;
    if (sc->after_index)        /* "%[3].2d" */
        p->good_arg_num = false;
    sc->after_index = arg_number(p, &sc->arg_num, sc->s, &sc->i, sc->end, sc->nargs);
    if (sc->i < sc->end && sc->s[sc->i] == '*') {
        sc->i++;
        f->prec_present = int_from_arg(sc->args, sc->nargs, &sc->arg_num, &f->prec);
        if (f->prec < 0) {
            f->prec = 0;
            f->prec_present = false;
        }
        if (!f->prec_present)
            put_str(p, "%!(BADPREC)");
        sc->after_index = false;
        return;
    }
    f->prec_present = parse_num(sc->s, &sc->i, sc->end, &f->prec);
    if (!f->prec_present) {
        f->prec = 0;
        f->prec_present = true;
    }
}

/* One verb and the operand it takes (or the reason it has none). */
static void print_verb(Printer *p, Scan *sc, int32_t verb) {
    if (verb == '%') {          /* takes no operand; ignores width and precision */
        lib_putc(p->buf, '%');
    } else if (!p->good_arg_num) {
        bad_arg(p, verb, "(BADINDEX)");
    } else if (sc->arg_num >= sc->nargs) {
        bad_arg(p, verb, "(MISSING)");
    } else {
        if (verb == 'v')
            verb_v_flags(&p->fmt);
        print_arg(p, &sc->args[sc->arg_num++], verb);
    }
}

/* format: text, then % flags [n] width .precision [n] verb, repeated. */
static void do_printf(Printer *p, const uint8_t *s, int64_t end, const ml0_iface *args, int64_t nargs) {
    Scan sc = {s, 0, end, args, nargs, 0, false};
    while (sc.i < end) {
        p->good_arg_num = true;
        int64_t lasti = sc.i;
        while (sc.i < end && s[sc.i] != '%')
            sc.i++;
        lib_put(p->buf, s + lasti, (size_t)(sc.i - lasti));
        if (sc.i >= end)
            break;
        sc.i++;
        fmt_clear_flags(&p->fmt);
        parse_flags(p, s, &sc.i, end);
        parse_width(p, &sc);
        parse_precision(p, &sc);
        if (!sc.after_index)
            sc.after_index = arg_number(p, &sc.arg_num, s, &sc.i, end, nargs);
        if (sc.i >= end) {
            put_str(p, "%!(NOVERB)");
            break;
        }
        int32_t verb = s[sc.i];
        sc.i += verb < 0x80 ? 1 : lib_decode_rune(s + sc.i, end - sc.i, &verb);
        print_verb(p, &sc, verb);
    }
    if (!p->reordered && sc.arg_num < nargs)
        extra_args(p, args, sc.arg_num, nargs);
}

void lib_sprintf(LibBuf *b, const uint8_t *format, int64_t flen, const ml0_iface *args, int64_t nargs) {
    Printer p;
    printer_init(&p, b);
    do_printf(&p, format, flen, args, nargs);
}

static void errorf(LibBuf *b, const uint8_t *format, int64_t flen, const ml0_iface *args, int64_t nargs) {
    Printer p;
    printer_init(&p, b);
    p.wrap_errs = true;
    do_printf(&p, format, flen, args, nargs);
}

/* ---- the entry points ---------------------------------------------------- */

static int64_t emit(int64_t fd, LibBuf *b) {
    int64_t n = (int64_t)b->len;
    lib_write_fd(fd, b->p, b->len);
    lib_buf_free(b);
    return n;
}

static void result(ml0_string *out, LibBuf *b) {
    lib_string(out, b->p, (int64_t)b->len);
    lib_buf_free(b);
}

int64_t ml0_fmt_Print(const ml0_iface *args, int64_t nargs) {
    LibBuf b = {0};
    lib_sprint(&b, args, nargs);
    return emit(1, &b);
}

int64_t ml0_fmt_Println(const ml0_iface *args, int64_t nargs) {
    LibBuf b = {0};
    lib_sprintln(&b, args, nargs);
    return emit(1, &b);
}

int64_t ml0_fmt_Printf(const uint8_t *format, int64_t flen, const ml0_iface *args, int64_t nargs) {
    LibBuf b = {0};
    lib_sprintf(&b, format, flen, args, nargs);
    return emit(1, &b);
}

void ml0_fmt_Sprint(ml0_string *out, const ml0_iface *args, int64_t nargs) {
    LibBuf b = {0};
    lib_sprint(&b, args, nargs);
    result(out, &b);
}

void ml0_fmt_Sprintln(ml0_string *out, const ml0_iface *args, int64_t nargs) {
    LibBuf b = {0};
    lib_sprintln(&b, args, nargs);
    result(out, &b);
}

void ml0_fmt_Sprintf(ml0_string *out, const uint8_t *format, int64_t flen, const ml0_iface *args, int64_t nargs) {
    LibBuf b = {0};
    lib_sprintf(&b, format, flen, args, nargs);
    result(out, &b);
}

void ml0_fmt_errorf_msg(ml0_string *out, const uint8_t *format, int64_t flen, const ml0_iface *args, int64_t nargs) {
    LibBuf b = {0};
    errorf(&b, format, flen, args, nargs);
    result(out, &b);
}

void ml0_fmt_flush(void) { rt_flush(); }
