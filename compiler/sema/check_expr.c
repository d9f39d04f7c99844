/*
 * check_expr.c: expression typing (Go 1.19's rules and wording where ML0
 * follows Go). chk_expr gives every expression its type, resolves names,
 * and keeps untyped constants untyped until an assignment or an operand
 * of known type fixes them (chk_set_untyped), as go/types does.
 */
#include "check.h"
#include "../lib/lib.h"

#include <string.h>

bool is_untyped(Type *t) {
    return t && (t->kind == T_UNTYPED_INT || t->kind == T_UNTYPED_FLOAT || t->kind == T_UNTYPED_NIL);
}

Type *default_type(Checker *k, Type *t) {
    if (!t)
        return NULL;
    if (t->kind == T_UNTYPED_INT)
        return t->rune_const ? k->s->t_rune : k->s->t_int;
    if (t->kind == T_UNTYPED_FLOAT)
        return k->s->t_float;
    return t;
}

static Type *fail(Expr *e) {
    e->type = NULL;
    return NULL;
}

/* ml0c gives string and bool constants the types string and bool; in Go
 * they are untyped unless declared with a type ("a", true, 1 < 2, a
 * constant declared `const s = "a"`). */
static bool untyped_basic(Checker *k, Expr *e) {
    if (!e || !e->is_const || (e->type != k->s->t_string && e->type != k->s->t_bool))
        return false;
    switch (e->kind) {
    case E_STRING: return true;
    case E_PAREN: return untyped_basic(k, e->u.paren.x);
    case E_NAME: {
        Symbol *s = e->u.name.sym;
        if (s && (s->kind == SYM_TRUE || s->kind == SYM_FALSE))
            return true;
        return s && s->kind == SYM_CONST && (!s->decl || !s->decl->u.var.type);
    }
    case E_UNARY: return untyped_basic(k, e->u.unary.x);
    case E_BINARY:
        if (e->u.binary.op >= OP_EQ && e->u.binary.op <= OP_GE)
            return true;
        return untyped_basic(k, e->u.binary.x) && untyped_basic(k, e->u.binary.y);
    default: return false;
    }
}

/* The type of e as Go names it in messages ("untyped string"). */
const char *chk_type_word(Checker *k, Expr *e) {
    if (untyped_basic(k, e))
        return e->type == k->s->t_string ? "untyped string" : "untyped bool";
    return type_name(k->c, chk_expr_spelled(k, e));
}

/* Go's operand description: "x (variable of type int)". */
const char *chk_describe(Checker *k, Expr *e) {
    const char *text = chk_expr_string(k, e);   /* Go's ExprString */
    Type *t = e->type;
    if (!t || t->kind == T_VOID)    /* f() without results: "f() (no value)" follows */
        return text;
    const char *tn = type_name(k->c, chk_expr_spelled(k, e));    /* rune, []uint8 as declared */
    if (e->kind == E_NAME && e->u.name.sym) {
        Symbol *s = e->u.name.sym;
        if ((s->kind == SYM_VAR || s->kind == SYM_GLOBAL) && s->name[0] != '.')  /* not f(g())'s result */
            return arena_printf(&k->c->arena, "%s (variable of type %s)", text, tn);
        if (s->kind == SYM_NIL)
            return "nil";
    }
    if (e->kind == E_INDEX && e->u.index.x->type && e->u.index.x->type->kind == T_MAP)
        return arena_printf(&k->c->arena, "%s (map index expression of type %s)", text, tn);
    if (e->kind != E_NAME && chk_addressable(e))    /* s[0], *p, p.f: Go's mode variable */
        return arena_printf(&k->c->arena, "%s (variable of type %s)", text, tn);
    ConstVal v;
    const char *vs = e->is_const && const_value(k, e, &v) ? const_string(k, v) : NULL;
    if (untyped_basic(k, e))
        tn = chk_type_word(k, e);
    if (vs && strcmp(text, vs) == 0)     /* Go shows the value unless it reads the same */
        vs = NULL;
    bool untyped = is_untyped(t) || untyped_basic(k, e);
    if (e->is_const && vs)
        return untyped ? arena_printf(&k->c->arena, "%s (%s constant %s)", text, tn, vs)
                             : arena_printf(&k->c->arena, "%s (constant %s of type %s)", text, vs, tn);
    if (e->is_const)
        return untyped ? arena_printf(&k->c->arena, "%s (%s constant)", text, tn)
                             : arena_printf(&k->c->arena, "%s (constant of type %s)", text, tn);
    return arena_printf(&k->c->arena, "%s (value of type %s)", text, tn);
}

bool chk_addressable(Expr *e) {
    switch (e->kind) {
    case E_PAREN: return chk_addressable(e->u.paren.x);
    case E_NAME:
        return e->u.name.sym && (e->u.name.sym->kind == SYM_VAR || e->u.name.sym->kind == SYM_GLOBAL);
    case E_DEREF: return true;
    case E_FIELD: return e->u.field.through_ptr || chk_addressable(e->u.field.x);
    case E_INDEX:
        if (!e->u.index.x->type)
            return false;
        if (e->u.index.x->type->kind == T_SLICE || e->u.index.x->type->kind == T_PTR)
            return true;    /* a slice's element, or a *[N]T's: (*p)[i] */
        if (e->u.index.x->type->kind == T_ARRAY)
            return chk_addressable(e->u.index.x);
        return false;
    default: return false;
    }
}

/* Give an untyped expression (and its untyped operands) the type `to`. */
void chk_set_untyped(Checker *k, Expr *e, Type *to) {
    if (!e || !is_untyped(e->type) || is_untyped(to))
        return;
    e->type = to;
    switch (e->kind) {
    case E_PAREN: chk_set_untyped(k, e->u.paren.x, to); break;
    case E_UNARY: chk_set_untyped(k, e->u.unary.x, to); break;
    case E_BINARY:
        if (e->u.binary.op >= OP_EQ && e->u.binary.op <= OP_GE)
            break;
        chk_set_untyped(k, e->u.binary.x, to);
        if (e->u.binary.op != OP_SHL && e->u.binary.op != OP_SHR)
            chk_set_untyped(k, e->u.binary.y, to);
        break;
    default: break;
    }
}

static bool identical_ptrs(Type *a, Type *b) {
    return a->kind == T_PTR && b->kind == T_PTR && a->elem == b->elem;
}

/* A string or bool constant: untyped in Go, which ml0c types string and
 * bool; it takes a named string or bool type as Go's untyped ones do. */
static bool const_takes(Checker *k, Expr *e, Type *to) {
    Type *from = e->type;
    return e->is_const && to->name && (from == k->s->t_string || from == k->s->t_bool) &&
           type_underlying(to) == from;
}

/* Go's assignability of e to type to, reported in context ("variable
 * declaration"); the messages name the target as shown (its spelled type,
 * sema/spell.c: `rune value`, not `int32 value`). */
bool chk_assignable_as(Checker *k, Expr *e, Type *to, Type *shown, const char *context) {
    Type *from = e->type;
    if (!from || !to)
        return false;
    if (!shown || shown->kind != to->kind)
        shown = to;
    if (from->kind == T_VOID) {     /* fmt.Println(add(1, 2)), add without results */
        diag_error(k->c, e->span, "%s (no value) used as value", chk_expr_string(k, e));
        return false;
    }
    if (to->kind == T_IFACE && from->kind == T_STRUCT && from->tuple) {
        diag_error(k->c, e->span, "multiple-value %s (value of type %s) in single-value context",
                   chk_expr_string(k, e), type_name(k->c, from));
        return false;
    }
    if (to->kind == T_IFACE && from->kind != T_VOID) {
        /* every value converts to the empty interface (MIR boxes it);
         * to one with methods if its method set has them */
        if (from->kind == T_UNTYPED_NIL) {
            e->type = to;
            return true;
        }
        if (is_untyped(from) && !chk_default(k, e, context))
            return false;
        if (to == k->s->t_writer && to)
            return chk_writer_assignable(k, e, e->type, context);
        if (from == to || !to->imethods.len)
            return true;
        const char *why = type_missing_method(k->c, e->type, to);
        if (!why)
            return true;
        diag_error(k->c, e->span, "cannot use %s as type %s in %s:\n\t%s", chk_describe(k, e),
                   type_name(k->c, shown), context, iface_not_impl(k->c, e->type, to, why));
        return false;
    }
    if (from->kind == T_UNTYPED_NIL) {
        if (to->kind == T_PTR || to->kind == T_SLICE || to->kind == T_FUNC || to->kind == T_BOX || to->kind == T_MAP) {
            e->type = to;
            return true;
        }
        diag_error(k->c, e->span, "cannot use nil as %s value in %s", type_name(k->c, shown), context);
        return false;
    }
    if (is_untyped(from)) {
        ConstVal v;
        bool ok = type_is_numeric(to) && (from->kind == T_UNTYPED_INT || type_is_float(to));
        if (!ok && from->kind == T_UNTYPED_FLOAT && type_is_integer(to) &&
            const_value(k, e, &v) && num_is_int(v.n))
            ok = true;
        if (!ok) {
            bool truncated = from->kind == T_UNTYPED_FLOAT && type_is_integer(to) && e->is_const;
            diag_error(k->c, e->span, "cannot use %s as %s value in %s%s", chk_describe(k, e),
                       type_name(k->c, shown), context, truncated ? " (truncated)" : "");
            return false;
        }
        if (const_value(k, e, &v) && !const_fits(k, v, to)) {
            diag_error(k->c, e->span, "cannot use %s as %s value in %s (overflows)",
                       chk_describe(k, e), type_name(k->c, shown), context);
            return false;
        }
        chk_set_untyped(k, e, to);
        return true;
    }
    if (type_assignable(from, to))
        return true;
    if (const_takes(k, e, to)) {
        e->type = to;
        return true;
    }
    if (untyped_basic(k, e))        /* Go's wording differs for untyped operands */
        diag_error(k->c, e->span, "cannot use %s as %s value in %s", chk_describe(k, e),
                   type_name(k->c, shown), context);
    else
        diag_error(k->c, e->span, "cannot use %s as type %s in %s%s", chk_describe(k, e),
                   type_name(k->c, shown), context,
                   from->kind == T_IFACE && to->kind != T_IFACE ? ":\n\tneed type assertion" : "");
    return false;
}

bool chk_assignable(Checker *k, Expr *e, Type *to, const char *context) {
    return chk_assignable_as(k, e, to, to, context);
}

/* An untyped constant takes its default type (x := 1 << 100), which it
 * must fit: Go's "cannot use ... as int value in assignment (overflows)". */
bool chk_default(Checker *k, Expr *e, const char *context) {
    if (!is_untyped(e->type) || e->type->kind == T_UNTYPED_NIL)
        return true;
    return chk_assignable(k, e, default_type(k, e->type), context);
}

/* ---- names ------------------------------------------------------------- */

/* go1.19 (escape/expr.go OCLOSURE): the first capture of v forgets its
 * reassignments so far, when the literal is at v's loop depth: they come
 * before it in straight-line code, so a copy made there is up to date.
 * An assignment whose own right side captures v still counts (Go marks
 * it after walking that side). lit is the outermost literal capturing. */
static void first_capture(Var *v, FuncInfo *lit) {
    if (v->captured || !lit || lit->parent != v->owner)
        return;
    if (lit->outer_loops != v->loops || lit->outer_labels != v->labels)
        return;
    if (v->reassigned && v->reassigned_seq == lit->outer_seq)
        return;
    v->reassigned = false;
}

/* Record that fn (and every literal between it and v's owner) captures v.
 * fn's closure variable is at the use; an enclosing literal's, at the
 * `func` of the literal inside it on the way (go1.19's
 * FinishCaptureNames recaptures v there when that literal is done), so
 * unless one of its own uses came first. */
static void note_capture(Checker *k, Var *v, Span use) {
    FuncInfo *lit = k->fn;
    while (lit && lit->parent && lit->parent != v->owner)
        lit = lit->parent;
    first_capture(v, lit);
    for (FuncInfo *f = k->fn, *inner = NULL; f && f != v->owner; inner = f, f = f->parent) {
        Span at = use;
        if (inner && inner->lit)
            at = (Span){inner->lit->span.file, inner->lit->span.lo, inner->lit->span.lo + 4};
        bool have = false;
        int at_i = -1;
        for (int i = 0; i < f->captures.len && !have; i++)
            if ((have = f->captures.data[i] == v))
                at_i = i;
        if (have && !k->in_lhs && at_i < f->capture_at.len) {
            /* first used on the left side of the assignment being
               checked (`total = total*2 + k`): Go meets the right side's
               use first, and its closure variable is there */
            for (int j = 0; j < k->lhs_vars.len; j++)
                if (k->lhs_vars.data[j] == v && k->lhs_fns.data[j] == f) {
                    f->capture_at.data[at_i] = at;
                    bool listed = false;
                    for (int g = 0; g < f->go_captures.len && !listed; g++)
                        listed = f->go_captures.data[g] == v;
                    if (!listed)
                        vec_push(&k->c->arena, &f->go_captures, v);
                    break;
                }
        }
        if (!have) {
            vec_push(&k->c->arena, &f->captures, v);
            vec_push(&k->c->arena, &f->capture_at, at);
            if (k->in_lhs) {    /* Go's order: after the right side's */
                vec_push(&k->c->arena, &k->lhs_fns, f);
                vec_push(&k->c->arena, &k->lhs_vars, v);
            } else {
                vec_push(&k->c->arena, &f->go_captures, v);
            }
        }
        v->captured = true;
    }
}

static Type *chk_name(Checker *k, Expr *e) {
    if (e->u.name.sym && strchr(e->u.name.name, '.'))
        return chk_member_type(k, e);   /* pkg.Name, checked again */
    Symbol *sym = scope_lookup(k, e->u.name.name);
    if (!sym || strcmp(e->u.name.name, "_") == 0) {
        diag_error(k->c, e->span, strcmp(e->u.name.name, "_") == 0
                   ? "cannot use _ as value" : "undefined: %s", e->u.name.name);
        return fail(e);
    }
    e->u.name.sym = sym;
    switch (sym->kind) {
    case SYM_VAR:
        sym->var->used = true;      /* a store undoes it (unused.c) */
        if (sym->var->owner != k->fn && sym->var->owner)
            note_capture(k, sym->var, e->span);
        return e->type = sym->var->type;
    case SYM_GLOBAL:
        if (!sym->type && !sym->failed) {
            if (sym->cval == (Expr *)sym)
                diag_error(k->c, e->span, "initialization cycle: %s refers to itself", sym->name);
            else
                chk_global(k, sym);
        }
        return e->type = sym->type;
    case SYM_CONST:
        if (sym == k->iota_sym) {
            if (k->iota < 0) {
                diag_error(k->c, e->span, "cannot use iota outside constant declaration");
                return fail(e);
            }
            sym->cval->u.ival = k->iota;    /* read by const_value right away */
        }
        if (!sym->cval)
            chk_const_decl(k, sym);
        if (!sym->cval) {
            if (sym->type == k->s->t_void && !sym->failed)
                diag_error(k->c, e->span, "initialization cycle: %s refers to itself", sym->name);
            return fail(e);
        }
        e->is_const = true;
        return e->type = sym->type;
    case SYM_TRUE:
    case SYM_FALSE:
        e->is_const = true;
        return e->type = k->s->t_bool;
    case SYM_NIL:
        return e->type = k->s->t_untyped_nil;
    case SYM_FUNC:
        return e->type = sym->decl->u.func.info->type;
    case SYM_TYPE:
        diag_error(k->c, e->span, "%s (type) is not an expression", sym->name);
        return fail(e);
    case SYM_BUILTIN:
        diag_error(k->c, e->span, "%s (built-in function) must be called", sym->name);
        return fail(e);
    case SYM_PACKAGE:
        sym->imp->used = true;
        diag_error(k->c, e->span, "use of package %s without selector", sym->name);
        return fail(e);
    case SYM_LIBFUNC:
        return fail(e);
    }
    return fail(e);
}

/* An expression in a type position (make, new, conversions): or NULL. */
Type *chk_type_of_expr(Checker *k, Expr *e) {
    switch (e->kind) {
    case E_PAREN: return chk_type_of_expr(k, e->u.paren.x);
    case E_TYPE: return chk_type(k, e->u.type.type);
    case E_NAME: {
        Symbol *sym = scope_lookup(k, e->u.name.name);
        if (!sym || sym->kind != SYM_TYPE)
            return NULL;
        e->u.name.sym = sym;    /* its spelling: rune(x), B(x) (spell.c) */
        return chk_type_sym(k, sym);
    }
    case E_DEREF: {
        Type *t = chk_type_of_expr(k, e->u.deref.x);
        return t ? type_ptr(k->s, t, false) : NULL;
    }
    case E_FIELD: {     /* new(strings.Builder) */
        Expr *x = e->u.field.x;
        Symbol *p = x->kind == E_NAME ? scope_lookup(k, x->u.name.name) : NULL;
        if (!p || p->kind != SYM_PACKAGE || !lib_is_type(p->imp->path, e->u.field.name))
            return NULL;
        return chk_lib_type(k, source_text(k->c, e->span), e->span);
    }
    case E_INDEX:
        if (e->u.index.x->kind == E_NAME && strcmp(e->u.index.x->u.name.name, "Box") == 0 &&
            !scope_lookup(k, e->u.index.x->u.name.name)) {
            Type *t = chk_type_of_expr(k, e->u.index.index);
            return t ? type_box(k->s, t) : NULL;
        }
        return NULL;
    default:
        return NULL;
    }
}

/* A type written where a value belongs, `x := (func() int)`, `(*T)`,
 * `[]int`: go1.19's "(func() int) (type) is not an expression", the
 * expression as written (parentheses and all) at its syntax node's
 * position: a parenthesis or `*` where it starts with one, else the
 * type's start, but a func type's `(` (cmd/compile's FuncType sits after
 * the keyword). Only a tree of parentheses and `*` over a type literal
 * or a type's name counts; true when it was reported. */
static bool type_as_value(Checker *k, Expr *e) {
    Expr *in = e;
    while (in->kind == E_PAREN || in->kind == E_DEREF)
        in = in->kind == E_PAREN ? in->u.paren.x : in->u.deref.x;
    if (in->kind == E_NAME) {
        Symbol *sym = scope_lookup(k, in->u.name.name);
        if (!sym || sym->kind != SYM_TYPE || in == e)
            return false;       /* a bare name: chk_name words it */
    } else if (in->kind != E_TYPE) {
        return false;
    }
    Type *t = chk_type_of_expr(k, e);
    if (!t)
        return true;            /* the type's own error is out */
    Span at = e->span;
    if (e->kind == E_TYPE && e->u.type.type->kind == TE_FUNC) {
        const char *src = source_text(k->c, e->span), *lp = strchr(src, '(');
        if (lp)
            at.lo += (int)(lp - src);
    }
    diag_error(k->c, at, "%s (type) is not an expression", chk_expr_string(k, e));
    return true;
}

/* ---- operators --------------------------------------------------------- */

/* == on structs and arrays is compiled inline, element by element: every
 * element must be of a kind codegen compares, and arrays short enough to
 * unroll. */
static bool equal_supported(Type *t, int64_t *cost) {
    switch (t->kind) {
    case T_STRUCT:
        for (int i = 0; i < t->fields.len; i++)
            if (!equal_supported(t->fields.data[i].type, cost))
                return false;
        return true;
    case T_ARRAY:
        for (int64_t i = 0; i < t->len && *cost <= 256; i++)
            if (!equal_supported(t->elem, cost))
                return false;
        return *cost <= 256;
    case T_IFACE:
        return false;
    default:
        ++*cost;
        return true;
    }
}

bool chk_equal_supported(Checker *k, Expr *e, Type *t) {
    int64_t cost = 0;
    if (equal_supported(t, &cost))
        return true;
    diag_error(k->c, e->span, "comparing %s values is not supported yet (more than 256 elements, "
               "or an interface inside)", type_name(k->c, t));
    return false;
}

/* The kind word go1.19 names a type by in "operator < not defined on"
 * (types2 kindString). */
static const char *kind_string(Checker *k, Type *t) {
    switch (t->kind) {
    case T_STRUCT: return "struct";
    case T_ARRAY: return "array";
    case T_SLICE: return "slice";
    case T_PTR: return "pointer";
    case T_FUNC: return "func";
    case T_IFACE: return "interface";
    case T_MAP: return "map";
    default: return type_name(k->c, t);
    }
}

static bool ordered(Type *t) { return type_is_numeric(t) || t->kind == T_STRING; }

/* go1.19 reports a comparison at its right operand, other operations
 * at their start. */
static Type *mismatch(Checker *k, Expr *e) {
    Op op = e->u.binary.op;
    Span at = op >= OP_EQ && op <= OP_GE ? e->u.binary.y->span : e->span;
    diag_error(k->c, at, "invalid operation: %s (mismatched types %s and %s)",
               chk_describe(k, e), chk_type_word(k, e->u.binary.x),
               chk_type_word(k, e->u.binary.y));
    return fail(e);
}

/* An untyped constant operand meeting a typed number (b + 300): Go's
 * "300 (untyped int constant) overflows byte", "1.5 (untyped float
 * constant) truncated to int". False after reporting one. */
bool chk_untyped_operand(Checker *k, Expr *u, Type *to) {
    ConstVal v;
    if (u->is_const && type_is_numeric(to) && const_value(k, u, &v) &&
        (v.kind == CV_INT || v.kind == CV_FLOAT)) {
        if (type_is_integer(to) && !num_is_int(v.n)) {
            diag_error(k->c, u->span, "%s truncated to %s", chk_describe(k, u), chk_conv_target_name(k, to));
            return false;
        }
        if (!const_fits(k, v, to)) {
            diag_error(k->c, u->span, "%s overflows %s", chk_describe(k, u), chk_conv_target_name(k, to));
            return false;
        }
    }
    return true;
}

/* The type a constant cannot be converted to, as go1.19 names it: by its
 * underlying type (convertUntyped's safeUnderlying: *int for a named
 * pointer, an interface by its methods: interface{String() string}). */
const char *chk_conv_target_name(Checker *k, Type *to) {
    to = type_underlying(to);
    if (!to->name || (to->kind == T_IFACE && !to->imethods.len))
        return type_name(k->c, to);
    Type lit = *to;     /* a named struct or interface: its literal */
    lit.name = NULL;
    return type_name(k->c, &lit);
}

/* An untyped operand u meets a typed one: nil only with pointer-like
 * types, constants only with numbers. */
static Type *convert_untyped(Checker *k, Expr *e, Expr *u, Type *to) {
    bool nilable = to->kind == T_PTR || to->kind == T_SLICE || to->kind == T_FUNC || to->kind == T_BOX ||
                   to->kind == T_IFACE || to->kind == T_MAP;
    if (to->kind == T_IFACE && u->type->kind != T_UNTYPED_NIL) {
        /* e == 3: the constant takes its default type, which must
           implement the interface (go1.19 implicitTypeAndValue) */
        Type *d = default_type(k, u->type);
        if (!chk_untyped_operand(k, u, d))
            return NULL;
        if (type_missing_method(k->c, d, to)) {
            diag_error(k->c, u->span, "cannot convert %s to %s", chk_describe(k, u), chk_conv_target_name(k, to));
            return NULL;
        }
        chk_set_untyped(k, u, d);
        Op op = e->u.binary.op;     /* e + 3: "mismatched types any and int" */
        return op >= OP_EQ && op <= OP_GE ? to : NULL;
    }
    if (u->type->kind == T_UNTYPED_NIL ? !nilable : !type_is_numeric(to)) {
        /* a number meeting a pointer, slice, struct...: go1.19 converts
           it and fails (matchTypes); with a string or bool, or nil with
           any type, the operands are "mismatched types" */
        if (u->type->kind != T_UNTYPED_NIL && to->kind != T_STRING && to->kind != T_BOOL)
            diag_error(k->c, u->span, "cannot convert %s to %s", chk_describe(k, u), chk_conv_target_name(k, to));
        return NULL;
    }
    if (!chk_untyped_operand(k, u, to))
        return NULL;
    return chk_assignable(k, u, to, "operation") ? to : NULL;
}

/* Bring two operands to one type (Go's matchTypes). */
static Type *unify(Checker *k, Expr *e, Expr *x, Expr *y) {
    Type *tx = x->type, *ty = y->type;
    if (tx == ty || identical_ptrs(tx, ty))
        return tx;
    if (is_untyped(tx) && is_untyped(ty)) {
        if (tx->kind == T_UNTYPED_NIL || ty->kind == T_UNTYPED_NIL)
            return NULL;
        if (tx->kind == T_UNTYPED_FLOAT || ty->kind == T_UNTYPED_FLOAT)
            return k->s->t_untyped_float;   /* int op float */
        return k->s->t_untyped_rune;        /* int op rune: Go's kinds order */
    }
    if (is_untyped(tx))
        return convert_untyped(k, e, x, ty);
    if (is_untyped(ty))
        return convert_untyped(k, e, y, tx);
    if (const_takes(k, x, ty))
        return x->type = ty;
    if (const_takes(k, y, tx))
        return y->type = tx;
    /* an interface and a value of a type implementing it (Go spec
     * "Comparison operators": one assignable to the other's type) */
    if (tx->kind == T_IFACE && !type_missing_method(k->c, ty, tx))
        return tx;
    if (ty->kind == T_IFACE && !type_missing_method(k->c, tx, ty))
        return ty;
    return NULL;
}

/* ---- comparisons, and a switch's case tests --------------------------- */

/* A comparison e is wrong: go1.19's "invalid operation: x == y (cause)"
 * at the offending operand, or for a switch case (on: the switch's tag as
 * Go prints it, e is `.tag == v`) "invalid case v in switch on tag
 * (cause)", always at v (types2 comparison, switchCase). */
static Type *cmp_error(Checker *k, Expr *e, const char *on, Expr *at, const char *cause) {
    Expr *v = e->u.binary.y;
    if (on)
        diag_error(k->c, v->span, "invalid case %s in switch on %s (%s)", chk_expr_string(k, v), on, cause);
    else
        diag_error(k->c, at->span, "invalid operation: %s (%s)", chk_expr_string(k, e), cause);
    return fail(e);
}

/* x and y of a comparison e do not meet in one type. A switch case that
 * is an untyped constant or nil could not be converted to the tag's type
 * (go1.19 converts it first: "cannot convert nil to int", naming the
 * type's underlying one); any other, and a binary operator, are
 * "mismatched types". */
static Type *cmp_mismatch(Checker *k, Expr *e, const char *on) {
    Expr *tag = e->u.binary.x, *v = e->u.binary.y;
    if (!on)
        return mismatch(k, e);
    if (is_untyped(v->type) || untyped_basic(k, v)) {
        diag_error(k->c, v->span, "cannot convert %s to %s", chk_describe(k, v), chk_conv_target_name(k, tag->type));
        return fail(e);
    }
    return cmp_error(k, e, on, v, arena_printf(&k->c->arena, "mismatched types %s and %s", chk_type_word(k, v),
                                               chk_type_word(k, tag)));
}

/* Check the comparison e (x op y, operands checked): the operands meet in
 * one type (unify: an untyped one converts, an interface meets a type
 * implementing it), each can be compared with == (a slice, map or func
 * only with nil), < only on numbers and strings. The one rule for `==`
 * and for a switch's case tests `.tag == v` (on: the tag's text, "true"
 * for a tagless switch; NULL for an operator), as go1.19's comparison
 * serves both. */
Type *chk_comparison(Checker *k, Expr *e, const char *on) {
    Op op = e->u.binary.op;
    Expr *x = e->u.binary.x, *y = e->u.binary.y;
    bool eq = op == OP_EQ || op == OP_NE;
    if (x->type->kind == T_UNTYPED_NIL && y->type->kind == T_UNTYPED_NIL)
        return cmp_error(k, e, on, y, arena_printf(&k->c->arena, "operator %s not defined on untyped nil",
                                                   ast_op_name(op)));
    bool nilcmp = x->type->kind == T_UNTYPED_NIL || y->type->kind == T_UNTYPED_NIL;
    int errors = k->c->nerrors;
    Type *t = unify(k, e, x, y);
    if (!t)
        return k->c->nerrors > errors ? fail(e) : cmp_mismatch(k, e, on);
    e->is_const = x->is_const && y->is_const;
    if (eq && !nilcmp) {
        Expr *bad = !type_comparable(x->type) ? x : !type_comparable(y->type) ? y : NULL;
        if (bad)
            return cmp_error(k, e, on, bad, type_incomparable_why(k->c, bad->type));
        if ((t->kind == T_STRUCT || t->kind == T_ARRAY) && !chk_equal_supported(k, e, t))
            return fail(e);
    }
    if (!eq && !ordered(t))
        return cmp_error(k, e, on, x, arena_printf(&k->c->arena, "operator %s not defined on %s",
                                                   ast_op_name(op), kind_string(k, t)));
    return e->type = k->s->t_bool;
}

static bool const_overflows(Checker *k, Expr *e);

static Type *chk_shift(Checker *k, Expr *e, Type *hint) {
    Expr *x = e->u.binary.x, *y = e->u.binary.y;
    if (!type_is_integer(y->type) && !(y->type->kind == T_UNTYPED_FLOAT && y->is_const)) {
        diag_error(k->c, y->span, "invalid operation: shift count %s must be integer", chk_describe(k, y));
        return fail(e);
    }
    ConstVal v;
    if (const_value(k, y, &v) && v.kind == CV_INT && v.i < 0) {
        diag_error(k->c, y->span, "invalid operation: negative shift count %s", chk_describe(k, y));
        return fail(e);
    }
    chk_set_untyped(k, y, k->s->t_int);
    Type *t = x->type;
    if (is_untyped(t) && !(x->is_const && y->is_const))
        t = hint && type_is_integer(hint) ? hint : k->s->t_int;  /* 1 << n */
    if (!type_is_integer(t) && !(t->kind == T_UNTYPED_FLOAT && x->is_const)) {
        diag_error(k->c, x->span, "invalid operation: shifted operand %s must be integer", chk_describe(k, x));
        return fail(e);
    }
    chk_set_untyped(k, x, t);
    e->is_const = x->is_const && y->is_const;
    e->type = t;
    return const_overflows(k, e) ? fail(e) : t;
}

/* e may be a constant: a literal or a name of one, or arithmetic on
 * those (read off the syntax, before checking). */
static bool may_be_const(Checker *k, Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    switch (e->kind) {
    case E_INT:
    case E_FLOAT:
        return true;
    case E_NAME: {
        Symbol *sym = scope_lookup(k, e->u.name.name);
        return sym && sym->kind == SYM_CONST;
    }
    case E_UNARY:
        return may_be_const(k, e->u.unary.x);
    case E_BINARY:
        return e->u.binary.op <= OP_ANDNOT && may_be_const(k, e->u.binary.x) &&
               may_be_const(k, e->u.binary.y);
    default:
        return false;
    }
}

/* e may be a shift of an untyped constant (1 << s), alone or inside
 * arithmetic (1<<s - 1): such a non-constant shift takes the type its
 * constant would take alone, here the other operand's. A typed or
 * constant shift ignores the hint it is given. */
static bool may_be_untyped_shift(Checker *k, Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    if (e->kind == E_UNARY)
        return may_be_untyped_shift(k, e->u.unary.x);
    if (e->kind != E_BINARY)
        return false;
    Op op = e->u.binary.op;
    if (op == OP_SHL || op == OP_SHR)
        return may_be_const(k, e->u.binary.x);
    return op <= OP_ANDNOT && (may_be_untyped_shift(k, e->u.binary.x) || may_be_untyped_shift(k, e->u.binary.y));
}

/* Check a binary operator's operands. When one of them may be an untyped
 * shift and the other not (u & (1<<s), 1<<n == b), the other goes first
 * and its type is the shift's hint (Go's matchTypes converts the untyped
 * operand to the typed one's type). */
static bool chk_operands(Checker *k, Op op, Expr *x, Expr *y, Type *hx, Type *hy) {
    if (op == OP_SHL || op == OP_SHR)
        hy = NULL;
    else if (op != OP_LAND && op != OP_LOR && may_be_untyped_shift(k, x) != may_be_untyped_shift(k, y)) {
        bool shift_left = may_be_untyped_shift(k, x);
        Expr *first = shift_left ? y : x, *then = shift_left ? x : y;
        Type *hthen = shift_left ? hx : hy;
        bool ok = chk_expr(k, first, shift_left ? hy : hx) != NULL;
        if (ok && !is_untyped(first->type))
            hthen = first->type;
        return (chk_expr(k, then, hthen) != NULL) && ok;
    }
    bool okx = chk_expr(k, x, hx) != NULL;
    bool oky = chk_expr(k, y, hy) != NULL;
    return okx && oky;
}

/* go1.19's singleValue: e is one value, not f()'s several or none. */
bool chk_single_value(Checker *k, Expr *e) {
    if (chk_is_tuple(e->type)) {
        diag_error(k->c, e->span, "multiple-value %s (value of type %s) in single-value context",
                   chk_expr_string(k, e), type_name(k->c, e->type));
        return false;
    }
    if (e->type && e->type->kind == T_VOID) {
        diag_error(k->c, e->span, "%s (no value) used as value", chk_describe(k, e));
        return false;
    }
    return e->type != NULL;
}

static Type *chk_binary(Checker *k, Expr *e, Type *hint) {
    Op op = e->u.binary.op;
    Expr *x = e->u.binary.x, *y = e->u.binary.y;
    Type *hx = hint, *hy = hint;
    if (op >= OP_EQ && op <= OP_GE)
        hx = hy = NULL;
    if (!chk_operands(k, op, x, y, hx, hy))
        return fail(e);
    bool xok = chk_single_value(k, x);
    if (!chk_single_value(k, y) || !xok)
        return fail(e);
    if (op == OP_SHL || op == OP_SHR)
        return chk_shift(k, e, hint);
    if (op >= OP_EQ && op <= OP_GE)
        return chk_comparison(k, e, NULL);
    int errors = k->c->nerrors;
    Type *t = unify(k, e, x, y);
    if (!t)
        return k->c->nerrors > errors ? fail(e) : mismatch(k, e);
    e->is_const = x->is_const && y->is_const;
    bool ok;
    switch (op) {
    case OP_LAND: case OP_LOR: ok = t->kind == T_BOOL; break;
    case OP_ADD: ok = type_is_numeric(t) || t->kind == T_STRING; break;
    case OP_SUB: case OP_MUL: case OP_DIV: ok = type_is_numeric(t); break;
    default: ok = type_is_integer(t); break;   /* % & | ^ &^ */
    }
    if (!ok) {
        diag_error(k->c, e->span, "invalid operation: operator %s not defined on %s",
                   ast_op_name(op), chk_describe(k, x));
        return fail(e);
    }
    ConstVal v;
    if ((op == OP_DIV || op == OP_REM) && const_value(k, y, &v) && (v.kind == CV_INT || v.kind == CV_FLOAT) &&
        num_sign(v.n) == 0 && (y->is_const && (x->is_const || type_is_integer(t)))) {
        diag_error(k->c, y->span, "invalid operation: division by zero");
        return fail(e);
    }
    e->type = t;
    return const_overflows(k, e) ? fail(e) : t;
}

/* Fold the constant operation e; then a typed result outside its type is
 * Go's "c * 2 (constant 200 of type int8) overflows int8" (typed constants
 * do not wrap). True when an error was reported. */
static bool const_overflows(Checker *k, Expr *e) {
    ConstVal v;
    if (!e->is_const)
        return false;
    if (!const_fold(k, e))
        return true;
    Type *t = e->type;
    if (is_untyped(t) || !type_is_numeric(t) || !const_value(k, e, &v) || const_fits(k, v, t))
        return false;
    diag_error(k->c, e->span, "%s (constant %s of type %s) overflows %s", chk_expr_string(k, e),
               const_string(k, v), type_name(k->c, t), type_name(k->c, t));
    return true;
}

static Type *chk_unary(Checker *k, Expr *e, Type *hint) {
    Type *t = chk_expr(k, e->u.unary.x, hint);
    if (!t)
        return fail(e);
    Op op = e->u.unary.op;
    bool ok = op == OP_NOT ? t->kind == T_BOOL : op == OP_BITNOT ? type_is_integer(t) : type_is_numeric(t);
    if (!ok) {
        diag_error(k->c, e->u.unary.x->span, "invalid operation: operator %s not defined on %s",
                   ast_op_name(op), chk_describe(k, e->u.unary.x));
        return fail(e);
    }
    e->is_const = e->u.unary.x->is_const;
    e->type = t;
    return const_overflows(k, e) ? fail(e) : t;
}

/* ---- selectors, indexing, slicing -------------------------------------- */

static Type *chk_field(Checker *k, Expr *e) {
    if (chk_package_member(k, e)) {
        if (e->kind == E_CALL)  /* a package variable read by a runtime call */
            return e->type = e->u.call.fn->type->result;
        return e->kind == E_NAME ? chk_member_type(k, e) : fail(e);
    }
    Expr *x = e->u.field.x;
    Type *tx = chk_type_of_expr(k, x);
    if (tx) {   /* T.m, (*T).m */
        Type *mt = chk_method_expr(k, e, tx);
        return mt ? mt : fail(e);
    }
    Type *t = chk_expr(k, x, NULL);
    if (!t)
        return fail(e);
    Selection sel;
    SelKind kind = type_select(t, e->u.field.name, &sel);
    if (kind == SEL_METHOD || (t->kind == T_IFACE && iface_method_index(t, e->u.field.name) >= 0)) {
        Type *mt = chk_method_value(k, e, t);
        return mt ? mt : fail(e);
    }
    Selection path;
    Type *it = kind == SEL_NONE ? type_select_iface_promoted(t, e->u.field.name, &path) : NULL;
    if (it && it->kind == T_IFACE) {   /* x.M, M promoted from an embedded interface: x.I.M, as Go writes it */
        e->u.field.x = chk_promote(k, x, &path);
        Type *mt = chk_method_value(k, e, it);
        return mt ? mt : fail(e);
    }
    if (kind != SEL_FIELD) {
        chk_no_selector(k, e, t, kind);
        return fail(e);
    }
    x = e->u.field.x = chk_promote(k, x, &sel);
    t = x->type;
    Type *st = t;
    if (type_is_pointer_like(t) && !t->name) {
        st = t->elem;
        e->u.field.through_ptr = true;
    }
    e->u.field.index = sel.field;
    return e->type = st->fields.data[sel.field].type;
}

static bool check_index(Checker *k, Expr *ix, int64_t len, const char *what) {
    Type *t = chk_expr(k, ix, k->s->t_int);
    if (!t)
        return false;
    if (!type_is_integer(t) && !(ix->is_const && t->kind == T_UNTYPED_FLOAT)) {
        diag_error(k->c, ix->span, "invalid argument: %s %s must be integer", what, chk_describe(k, ix));
        return false;
    }
    ConstVal v;
    if (const_value(k, ix, &v) && v.kind == CV_INT) {
        if (v.i < 0) {
            diag_error(k->c, ix->span, "invalid argument: %s %s must not be negative", what, chk_describe(k, ix));
            return false;
        }
        if (len >= 0 && v.i >= len) {
            diag_error(k->c, ix->span, "invalid argument: index %lld out of bounds [0:%lld]",
                       (long long)v.i, (long long)len);
            return false;
        }
    }
    chk_set_untyped(k, ix, k->s->t_int);
    return true;
}

static Type *chk_index(Checker *k, Expr *e) {
    Type *bt = chk_type_of_expr(k, e);
    if (bt) {
        diag_error(k->c, e->span, "%s (type) is not an expression", type_name(k->c, bt));
        return fail(e);
    }
    Type *t = chk_expr(k, e->u.index.x, NULL);
    if (!t)
        return fail(e);
    Type *et;
    int64_t len = -1;
    switch (t->kind) {
    case T_SLICE: et = t->elem; break;
    case T_ARRAY: et = t->elem; len = t->len; break;
    case T_STRING: et = k->s->t_byte; break;
    case T_MAP: return chk_map_index(k, e, t);
    case T_PTR:
        if (t->elem->kind == T_ARRAY && !t->name) {   /* p[i] is (*p)[i] (spec "Index expressions") */
            et = t->elem->elem;
            len = t->elem->len;
            break;
        }
        /* fallthrough */
    default:
        diag_error(k->c, e->span, "invalid operation: cannot index %s", chk_describe(k, e->u.index.x));
        return fail(e);
    }
    if (!check_index(k, e->u.index.index, len, "index"))
        return fail(e);
    chk_bounds_note(k, e, t->kind == T_STRING ? -1 : len);
    return e->type = et;
}

static Type *chk_slice(Checker *k, Expr *e) {
    Type *t = chk_expr(k, e->u.slice.x, NULL);
    if (!t)
        return fail(e);
    Type *rt;
    int64_t cap = -1;
    if (t->kind == T_SLICE) {
        rt = t;
    } else if (t->kind == T_STRING) {
        rt = t;
        if (e->u.slice.max) {
            diag_error(k->c, e->span, "invalid operation: 3-index slice of string");
            return fail(e);
        }
    } else if (t->kind == T_ARRAY) {
        if (!chk_addressable(e->u.slice.x)) {
            diag_error(k->c, e->span, "invalid operation: %s (slice of unaddressable value)", chk_describe(k, e->u.slice.x));
            return fail(e);
        }
        rt = type_slice(k->s, t->elem);
        cap = t->len;
        Expr *x = e->u.slice.x;
        while (x->kind == E_PAREN)
            x = x->u.paren.x;
        if (x->kind == E_NAME && x->u.name.sym->kind == SYM_VAR)
            x->u.name.sym->var->addressed = true;
    } else if (t->kind == T_PTR && t->elem->kind == T_ARRAY) {
        rt = type_slice(k->s, t->elem->elem);
        cap = t->elem->len;
    } else {
        diag_error(k->c, e->span, "cannot slice %s", chk_describe(k, e->u.slice.x));
        return fail(e);
    }
    Expr *b[3] = {e->u.slice.lo, e->u.slice.hi, e->u.slice.max};
    for (int i = 0; i < 3; i++)
        if (b[i] && !check_index(k, b[i], cap >= 0 ? cap + 1 : -1, "index"))
            return fail(e);
    return e->type = rt;
}


/* ---- composite literals ----------------------------------------------- */

/* The `:` after a composite literal's key (`a: 1`), where go1.19 reports
 * a key-value pair (syntax.KeyValueExpr's position): the parser keeps no
 * span for it, so skip the blanks after the key; the key itself when
 * something else follows. */
static Span colon_after(Ctx *c, Span key) {
    if (key.file < 0)
        return key;
    const char *t = c->files.data[key.file].text;
    int i = key.hi;
    while (i < c->files.data[key.file].len && (t[i] == ' ' || t[i] == '\t'))
        i++;
    return t[i] == ':' ? (Span){key.file, i, i + 1} : key;
}


/* A composite literal's type as it spells it ([]rune{...}); t when elided. */
Type *chk_lit_spelled(Checker *k, Expr *e, Type *t) {
    Type *sp = e->u.composite.type ? chk_spelled(k, e->u.composite.type, t) : t;
    return sp && sp->kind == t->kind ? sp : t;
}

bool chk_elem_value(Checker *k, Elem *el, Type *want, Type *shown, const char *context) {
    Expr *v = el->value;
    if (v->kind == E_COMPOSITE && !v->u.composite.type) {
        if (want->kind != T_PTR)
            return chk_composite_as(k, v, want) != NULL;
        /* []*T{{...}} is []*T{&T{...}} (Go spec "Composite literals"):
         * the element becomes the &T{...} it stands for. */
        if (!chk_composite_as(k, v, want->elem))
            return false;
        Expr *a = ast_expr(k->c, E_ADDR, v->span);
        a->u.addr.x = v;
        a->type = want;
        el->value = a;
        return true;
    }
    return chk_expr(k, v, want) && chk_assignable_as(k, v, want, shown, context);
}

static Type *chk_struct_lit(Checker *k, Expr *e, Type *t) {
    ElemList *el = &e->u.composite.elems;
    bool keyed = el->len && el->data[0].key;
    bool ok = true;
    if (t == k->s->t_builder && el->len) {  /* strings.Builder{}: no field a program can name */
        diag_error(k->c, el->data[0].value->span, keyed ? "unknown field '%s' in struct literal of type %s"
                   : "implicit assignment to unexported field addr in %s literal",
                   keyed && el->data[0].key->kind == E_NAME ? el->data[0].key->u.name.name : type_name(k->c, t),
                   type_name(k->c, t));
        return fail(e);
    }
    for (int i = 0; i < el->len; i++) {
        Elem *x = &el->data[i];
        if ((x->key != NULL) != keyed) {
            diag_error(k->c, x->value->span, "mixture of field:value and value elements in struct literal");
            ok = false;
            continue;
        }
        if (keyed) {
            if (x->key->kind != E_NAME || (x->field = type_field_index(t, x->key->u.name.name)) < 0) {
                diag_error(k->c, x->key->span, "unknown field '%s' in struct literal of type %s",
                           x->key->kind == E_NAME ? x->key->u.name.name : "?", type_name(k->c, t));
                ok = false;
                continue;
            }
            for (int j = 0; j < i; j++)
                if (el->data[j].field == x->field)
                    diag_error(k->c, colon_after(k->c, x->key->span), "duplicate field name %s in struct literal",
                               x->key->u.name.name);
        } else {
            if (i >= t->fields.len) {
                diag_error(k->c, x->value->span, "too many values in %s{\u2026}",   /* Go's ExprString */
                           e->u.composite.type ? source_text(k->c, e->u.composite.type->span) : type_name(k->c, t));
                ok = false;
                break;
            }
            x->field = i;
        }
        Field *f = &t->fields.data[x->field];
        ok &= chk_elem_value(k, x, f->type, f->spelled, "struct literal");
    }
    if (!keyed && el->len && el->len < t->fields.len) {
        Span rbrace = {e->span.file, e->span.hi - 1, e->span.hi};   /* go1.19: at the } */
        diag_error(k->c, rbrace, "too few values in %s{\u2026}",
                   e->u.composite.type ? source_text(k->c, e->u.composite.type->span) : type_name(k->c, t));
        ok = false;
    }
    (void)ok;   /* wrong elements: the literal keeps its type (types2) */
    return e->type = t;
}

static Type *chk_array_lit(Checker *k, Expr *e, Type *t) {
    ElemList *el = &e->u.composite.elems;
    int64_t pos = 0, limit = t->kind == T_ARRAY ? t->len : -1;
    bool ok = true;
    for (int i = 0; i < el->len; i++) {
        Elem *x = &el->data[i];
        if (x->key) {
            ConstVal v;
            if (!chk_expr(k, x->key, k->s->t_int) || !const_value(k, x->key, &v) || v.kind != CV_INT || v.i < 0) {
                diag_error(k->c, x->key->span, "index %s must be non-negative integer constant", chk_describe(k, x->key));
                return fail(e);
            }
            chk_set_untyped(k, x->key, k->s->t_int);
            pos = v.i;
        }
        if (limit >= 0 && pos >= limit) {
            diag_error(k->c, x->value->span, "index %lld is out of bounds (>= %lld)", (long long)pos, (long long)limit);
            return fail(e);
        }
        pos++;
        ok &= chk_elem_value(k, x, t->elem, chk_lit_spelled(k, e, t)->elem, "array or slice literal");
    }
    (void)ok;   /* wrong elements: the literal keeps its type (types2) */
    return e->type = t;
}

Type *chk_composite_as(Checker *k, Expr *e, Type *t) {
    e->type = t;
    switch (t->kind) {
    case T_STRUCT: return chk_struct_lit(k, e, t);
    case T_MAP: return chk_map_lit(k, e, t);
    case T_ARRAY:
    case T_SLICE: return chk_array_lit(k, e, t);
    default:
        diag_error(k->c, e->span, "invalid composite literal type %s", type_name(k->c, t));
        return fail(e);
    }
}

/* [...]T{...}: the length is the highest index + 1 (keys may be
 * constant indices). */
static Type *dots_array(Checker *k, Expr *e) {
    TypeExpr *te = e->u.composite.type;
    Type *elem = chk_type(k, te->u.array.elem);
    if (!elem)
        return NULL;
    int64_t n = 0, idx = 0;
    ElemList *el = &e->u.composite.elems;
    for (int i = 0; i < el->len; i++, idx++) {
        ConstVal v;
        if (el->data[i].key && chk_expr(k, el->data[i].key, k->s->t_int) &&
            const_value(k, el->data[i].key, &v) && v.kind == CV_INT)
            idx = v.i;
        if (idx + 1 > n)
            n = idx + 1;
    }
    return te->resolved = type_array(k->s, elem, n);
}

static Type *chk_composite(Checker *k, Expr *e, Type *hint) {
    Type *t;
    TypeExpr *te = e->u.composite.type;
    if (te && te->kind == TE_ARRAY && !te->u.array.len)
        t = dots_array(k, e);
    else if (te)
        t = chk_type(k, e->u.composite.type);
    else if (hint)
        t = hint;
    else {
        diag_error(k->c, e->span, "invalid composite literal: missing type");
        return fail(e);
    }
    return t ? chk_composite_as(k, e, t) : fail(e);
}

/* ---- address-of and dereference --------------------------------------- */

static Type *chk_addr(Checker *k, Expr *e) {
    Expr *x = e->u.addr.x;
    while (x->kind == E_PAREN)
        x = x->u.paren.x;
    Type *t = chk_expr(k, x, NULL);
    if (!t)
        return fail(e);
    if (x->kind != E_COMPOSITE && !chk_addressable(x)) {
        diag_error(k->c, chk_is_map_index(x) ? x->span : e->span, "invalid operation: cannot take address of %s",
                   chk_describe(k, x));
        return fail(e);
    }
    if (x->kind == E_NAME && x->u.name.sym->kind == SYM_VAR)
        x->u.name.sym->var->addressed = true;
    return e->type = type_ptr(k->s, t, e->u.addr.mut);
}

static Type *chk_deref(Checker *k, Expr *e) {
    Type *t = chk_expr(k, e->u.deref.x, NULL);
    if (!t)
        return fail(e);
    if (!type_is_pointer_like(t)) {
        diag_error(k->c, e->u.deref.x->span, "invalid operation: cannot indirect %s", chk_describe(k, e->u.deref.x));
        return fail(e);
    }
    return e->type = t->elem;
}

/* ---- dispatch ---------------------------------------------------------- */

/* The lexer folds 'a' into an integer token: its source text tells. */
static bool is_rune_literal(Checker *k, Expr *e) {
    return e->span.file >= 0 && e->span.hi > e->span.lo &&
           k->c->files.data[e->span.file].text[e->span.lo] == '\'';
}

Type *chk_expr(Checker *k, Expr *e, Type *hint) {
    if (!e)
        return NULL;
    if (++k->depth > 2000) {
        diag_error(k->c, e->span, "expression nesting too deep");
        k->depth--;
        return fail(e);
    }
    Type *t = NULL;
    switch (e->kind) {
    case E_INT:     /* a rune literal ('a') is an untyped rune */
        e->is_const = true;
        t = e->type = is_rune_literal(k, e) ? k->s->t_untyped_rune : k->s->t_untyped_int;
        break;
    case E_FLOAT: e->is_const = true; t = e->type = k->s->t_untyped_float; break;
    case E_STRING: e->is_const = true; t = e->type = k->s->t_string; break;
    case E_NAME: t = chk_name(k, e); break;
    case E_PAREN:
        if (type_as_value(k, e)) {
            t = fail(e);
            break;
        }
        t = e->type = chk_expr(k, e->u.paren.x, hint);
        e->is_const = e->u.paren.x->is_const;
        break;
    case E_UNARY: t = chk_unary(k, e, hint); break;
    case E_BINARY: t = chk_binary(k, e, hint); break;
    case E_ADDR: t = chk_addr(k, e); break;
    case E_DEREF: t = type_as_value(k, e) ? fail(e) : chk_deref(k, e); break;
    case E_CALL:
        t = chk_call(k, e, hint);
        chk_call_temps(k, e);
        break;
    case E_INDEX: t = chk_index(k, e); break;
    case E_SLICE: t = chk_slice(k, e); break;
    case E_FIELD: t = chk_field(k, e); break;
    case E_COMPOSITE: t = chk_composite(k, e, hint); break;
    case E_FUNCLIT: t = chk_funclit(k, e); break;
    case E_ASSERT: t = chk_assert(k, e); break;
    case E_TYPE:
        type_as_value(k, e);
        t = fail(e);
        break;
    default:
        t = fail(e);
        break;
    }
    k->depth--;
    return t;
}
