/*
 * build_iface.c: the empty interface and variadic calls -> MIR
 * (docs/packages.md).
 *
 *   any(x)           _b = alloc T (site "x", at Go's position)   T not pointer-shaped
 *                    (*_b) = x
 *                    _i = iface T(_b)
 *   any(p)           _i = iface *T(p)                            pointers, Box: no box
 *   f(a, x, y)       _s = alloc [2]T (site "... argument" at the '(')
 *   (f variadic)     (*_s) = [x, y]; _v = slice (*_s)[:]; call f(a, _v)
 *   f(a, xs...)      call f(a, xs)                               no new slice
 *   fmt.Println(x)   call extern fmt.Println(_v)                 lib/lib.h's C function
 *                    (x's box only lent: lent_box below; fmt.Errorf keeps
 *                    its %w operand, so its arguments get boxes of their own)
 *
 * The box's site is what `-m` reports as `x escapes to heap` (escape
 * analysis sees an allocation whose contents are x); its position follows
 * go1.19, which gives an implicit conversion of a plain variable the
 * position of the argument before it that is not a plain name (or the
 * call's '(' when there is none). Nothing is boxed for a nil or an
 * interface value.
 */
#include "build.h"
#include "../lib/lib.h"

#include <stdio.h>
#include <string.h>

const char *iface_desc(Builder *B, Expr *e);

/* A variable (Go's ONAME; constants such as true are literals there). */
static bool is_plain_name(Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    return e->kind == E_NAME && e->u.name.sym &&
           (e->u.name.sym->kind == SYM_VAR || e->u.name.sym->kind == SYM_GLOBAL);
}

/* Go's -m rendering of an operand that is boxed: `x + 1` with Go's
 * spacing whatever the source's. */
const char *iface_desc(Builder *B, Expr *e) {
    return expr_desc(B, e);
}

/* The first `c` at or after `from` inside s (Go's position of an
 * operator, a selector's '.', an index's '['). */
static Span char_at(Builder *B, Span s, int from, char c) {
    const char *text = B->c->files.data[s.file].text;
    int at = from;
    while (at < s.hi && text[at] != c)
        at++;
    if (at >= s.hi)
        return s;
    s.lo = at;
    s.hi = at + 1;
    return s;
}

/* Go's position of an expression: a call's '(', a binary operator, a
 * selector's '.', an index's '['; else where it starts. */
Span go_pos(Builder *B, Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    Span s = e->span;
    switch (e->kind) {
    case E_CALL: return ast_call_lparen(e);
    case E_BINARY: {
        const char *text = B->c->files.data[s.file].text;
        int at = e->u.binary.x->span.hi;
        while (at < e->u.binary.y->span.lo && (text[at] == ' ' || text[at] == '\t' || text[at] == ')'))
            at++;
        s.lo = at;
        s.hi = at + 1;
        return s;
    }
    case E_FIELD: return char_at(B, s, e->u.field.x->span.hi, '.');
    case E_INDEX: return char_at(B, s, e->u.index.x->span.hi, '[');
    case E_SLICE: return char_at(B, s, e->u.slice.x->span.hi, '[');
    case E_COMPOSITE:       /* Go's position of a composite literal: its '{' */
        return char_at(B, s, e->u.composite.type ? e->u.composite.type->span.hi : s.lo, '{');
    case E_NAME:    /* pkg.Name, rewritten by sema */
        return strchr(e->u.name.name, '.') ? char_at(B, s, s.lo, '.') : s;
    case E_STRING: {    /* string('a') that sema folded: still the call's '(' */
        char c0 = B->c->files.data[s.file].text[s.lo];
        return c0 == '"' || c0 == '`' ? s : char_at(B, s, s.lo, '(');
    }
    default: return s;
    }
}

/* go1.19 gives the implicit conversions of `var a, b I = x, y` the
 * position its front end last moved to while translating the right-hand
 * sides (base.Pos; noder's expr0 moves it to each expression it
 * translates that is not a constant, before its operands), measured
 * against its output: starting at the first name, each expression that is
 * not a constant moves it to its own position (go_pos: a variable or nil
 * to itself, a composite literal to its '{', a conversion any(1.5) to its
 * '(', an operator to itself), then its operands move it on, and a
 * function or method call moves it back to its '(' after its operands. */
static void last_pos(Builder *B, Expr *e, Span *at);

typedef struct { Builder *B; Span *at; } LastPos;

static bool last_pos_operand(Expr *x, void *arg) {
    LastPos *lp = arg;
    last_pos(lp->B, x, lp->at);
    return false;
}

static void last_pos(Builder *B, Expr *e, Span *at) {
    if (!e || e->is_const)
        return;
    if (e->kind == E_NAME) {
        *at = e->span;
        return;
    }
    if (e->kind != E_PAREN)
        *at = go_pos(B, e);
    ast_each_operand(e, last_pos_operand, &(LastPos){B, at});
    if (e->kind == E_CALL && e->u.call.kind != CALL_CONV && e->u.call.kind != CALL_BUILTIN)
        *at = ast_call_lparen(e);
}

/* go1.19's typechecker converts the elements of some lists to the
 * interface they are assigned to after translating the whole list, at the
 * position its front end last moved to (last_pos), measured against its
 * output: every argument appended by `append(xs, a, b)`; the variables
 * (only) of `return a, b`; the right-hand sides of `a, b = x, y`, after
 * the left-hand sides too (so at the last name assigned). */
ConvList go_list_conv(Builder *B, Expr *const *xs, int n, Expr *const *ys, int m, bool names_only) {
    ConvList old = B->conv;
    Span at = go_pos(B, xs[0]);
    for (int i = 0; i < n; i++)
        last_pos(B, xs[i], &at);
    for (int i = 0; i < m; i++)
        last_pos(B, ys[i], &at);
    at.hi = at.lo + 1;
    B->conv = (ConvList){xs, n, names_only, at};
    return old;
}

void go_list_conv_end(Builder *B, ConvList saved) {
    B->conv = saved;
}

/* In `return a, b` (names_only) go1.19 then converts the results in
 * order, moving to each one's position first unless it is a variable
 * (typecheckaste's ir.SetPos, which skips what HasUniquePos denies: a
 * variable's node is its declaration): a variable is converted at the last result
 * before it that is not one (nil and constants too), else at the list's
 * position. */
Span go_want_conv_pos(Builder *B, Expr *e) {
    for (int i = 0; i < B->conv.n; i++) {
        if (B->conv.list[i] != e)
            continue;
        if (!B->conv.names_only)
            return B->conv.at;
        if (!is_plain_name(e))
            break;
        for (int j = i - 1; j >= 0; j--)
            if (!is_plain_name(B->conv.list[j]))
                return go_pos(B, B->conv.list[j]);
        return B->conv.at;
    }
    return go_pos(B, e);
}

/* Where the front end last moved to translating a, then b (one character). */
static Span last_pos_over(Builder *B, Expr *a, Expr *b) {
    Span at = go_pos(B, a);
    last_pos(B, a, &at);
    last_pos(B, b, &at);
    at.hi = at.lo + 1;
    return at;
}

/* `lhs = rhs`: noder translates the right side, then the left side,
 * then converts: at the last place it moved to over both (last_pos),
 * `xs[n] = t` at n, `*pa = t` at pa, `w.X = t` at w. */
Span go_assign_conv_pos(Builder *B, Expr *lhs, Expr *rhs) {
    return last_pos_over(B, rhs, lhs);
}

Span go_var_conv_pos(Builder *B, Stmt *s) {
    Span at = s->u.var.name_spans.data[0];
    for (int i = 0; i < s->u.var.values.len; i++)
        last_pos(B, s->u.var.values.data[i], &at);
    at.hi = at.lo + 1;
    return at;
}

/* The value (or map key) x of a keyed element `k: v` of a composite
 * literal as a `want`: an implicit conversion to an interface is at the
 * element's ':' in go1.19 (its OKEY/OSTRUCTKEY node), for key and value. */
Operand lower_keyed(Builder *B, Elem *el, Expr *x, Type *want) {
    if (!el->key || !want || want->kind != T_IFACE || x->type->kind == T_IFACE)
        return lower_operand(B, x, want);
    Span at = char_at(B, (Span){el->key->span.file, el->key->span.hi, el->value->span.lo}, el->key->span.hi, ':');
    return lower_to_iface(B, x, want, at);
}

static bool pointer_shaped(Type *t) { return t->kind == T_PTR || t->kind == T_BOX || t->kind == T_MAP; }

/* Go's types.IsDirectIface: a value Go stores in the interface's data word
 * itself, so converting it allocates nothing and -m says nothing: a
 * pointer, map or func, or a struct of one field / array of one element
 * that is. ml0c boxes the last three (its func values are two words, and
 * a struct keeps its layout); the box's site is then silent. */
bool mir_go_direct_iface(Type *t) {
    switch (t->kind) {
    case T_PTR: case T_BOX: case T_MAP: case T_FUNC:
        return true;
    case T_ARRAY:
        return t->len == 1 && mir_go_direct_iface(t->elem);
    case T_STRUCT:
        return !t->tuple && t->fields.len == 1 && mir_go_direct_iface(t->fields.data[0].type);
    default:
        return false;
    }
}

/* A hidden variable of the current scope holding v until the scope ends
 * (so under --runtime=drop a fresh value lent to a call is released after
 * the call, not before). It is marked lent (Local.lent): when v is a
 * place, the place is only lent to the library call (mir/lends.c). */
static Operand scope_value(Builder *B, Expr *e, LendKind lend) {
    Expr *x = bld_same_value_conv(e);
    Operand o = x ? lower_operand(B, x, NULL) : lower_operand(B, e, e->type);
    if (o.kind == OPD_CONST || (o.kind == OPD_COPY && B->b->locals.data[o.place.local].kind != LOCAL_TEMP))
        return o;       /* a constant, or a copy of a place that outlives the call */
    Var *v = arena_alloc(bld_arena(B), sizeof *v);
    v->name = "~arg";
    v->span = e->span;
    v->type = e->type;
    v->owner = B->fi;
    v->index = -1;
    LocalId l = bld_user_local(B, v);
    B->b->locals.data[l].lent = lend;
    Rvalue r = rv_new(RV_USE, e->type, e->span);
    rv_arg(B, &r, o);
    bld_assign(B, place_local(l), r, e->span);
    return opd_copy(place_local(l), e->type);
}

/* e's value for a library call that lends it but outlives the statement
 * (a deferred call's argument): the hidden lent variable above when e
 * is a non-Copy place, else e's value. */
Operand lower_lent_value(Builder *B, Expr *e, LendKind lend) {
    if (lend == LEND_NONE || type_is_copy(e->type))
        return lower_operand(B, e, e->type);
    Operand o = scope_value(B, e, lend);
    if (o.kind == OPD_COPY && B->b->locals.data[o.place.local].lent)
        o.kind = OPD_MOVE;  /* the hidden variable's value goes on */
    return o;
}

/* any(e) lent to a library call, which never keeps it:
 *   _b = alloc T (site, lent_box);  _i = iface T(_b, copy v)
 * codegen stores v into the box bitwise: the box borrows v (no count),
 * and under --runtime=drop it lives in the frame. */
/* The site of the box holding a t converted to an interface: lent (its
 * box only borrows the value) or owned; silent in -m when Go stores a t in
 * the interface word itself, or lays the conversion out as static data. */
/* go1.19's staticinit lays a package variable's initializer out as data
 * where it can: the value itself, then, recursively, the elements of
 * slice, array and struct literals (not maps), the operand of `&T{...}`
 * and of an explicit conversion to an interface. A conversion to an
 * interface in such a place is static too (an itab, and a pointer to a
 * static copy of the value, which is stored at run time when not itself
 * static): no allocation, so -m says nothing of it (`var k any = x`,
 * `var m = []any{1, x}`), while what the value's own expression allocates
 * is still reported (`var s any = fmt.Sprint(x)`). */
void mir_note_init_static(Builder *B, Expr *e) {
    while (e && e->kind == E_PAREN)
        e = e->u.paren.x;
    if (!e)
        return;
    vec_push(bld_tmp(B), &B->init_static, e);
    if (e->kind == E_COMPOSITE && e->type && e->type->kind != T_MAP) {
        for (int i = 0; i < e->u.composite.elems.len; i++)
            mir_note_init_static(B, e->u.composite.elems.data[i].value);
    } else if (e->kind == E_ADDR && e->u.addr.x->kind == E_COMPOSITE) {
        mir_note_init_static(B, e->u.addr.x);
    } else if (e->kind == E_CALL && e->u.call.kind == CALL_CONV && e->type && e->type->kind == T_IFACE &&
               e->u.call.args.len == 1) {
        mir_note_init_static(B, e->u.call.args.data[0]);
    }
}

static int box_site(Builder *B, Span at, const char *desc, Expr *e, bool lent) {
    int site = bld_site(B, at, desc);
    B->b->sites.data[site].explicit_conv = B->explicit_box;
    B->explicit_box = false;
    B->b->sites.data[site].lent_box = lent;
    bld_site_quiet(B, site, SITE_FOR_CONV, e);
    B->b->sites.data[site].iface_box = true;
    return site;
}

static Operand lent_box(Builder *B, Expr *e, Type *any, Span at, LendKind lend) {
    Type *t = e->type;
    Type *pt = type_ptr(B->s, t, false);
    int site = box_site(B, at, iface_desc(B, e), e, true);  /* before e's own sites, as Go's spill */
    Operand v = scope_value(B, e, lend);
    Rvalue a = rv_new(RV_ALLOC, pt, e->span);
    a.elem = t;
    a.site = site;
    Operand box = opd_temp(B, a, e->span);
    B->b->locals.data[box.place.local].init_site = a.site;  /* escape: v flows into the site */
    Rvalue r = rv_new(RV_IFACE, any, e->span);
    r.elem = t;
    rv_arg(B, &r, box);
    v.type = t;
    rv_arg(B, &r, v);
    return opd_temp(B, r, e->span);
}

/* e (of a concrete type) converted to `any`, its box's site at `at`. */
Operand lower_to_iface(Builder *B, Expr *e, Type *any, Span at) {
    return lower_to_iface_lent(B, e, any, at, LEND_NONE);
}

/* The concrete operand x of a comparison with an interface (`t == e`,
 * `e != T{...}`), as the interface type any it is compared as. go1.19's
 * noder (transformCompare) converts it only when its type takes 64 KiB or
 * more: walk compares the dynamic type, then the value in place. So the
 * box ml0c makes is silent in -m, and a big value's is printed as the
 * explicit conversion Go's node is (`any(b)`), at the position its front
 * end last moved to over both operands (last_pos). */
Operand lower_cmp_to_iface(Builder *B, Expr *cmp, Expr *x, Type *any) {
    if (type_go_size(x->type) < (int64_t)1 << 16) {
        B->cmp_box = true;
        Operand o = lower_to_iface(B, x, any, go_pos(B, x));
        B->cmp_box = false;     /* no box made (a pointer-shaped x) */
        return o;
    }
    Span at = go_pos(B, cmp->u.binary.x);
    last_pos(B, cmp->u.binary.x, &at);
    last_pos(B, cmp->u.binary.y, &at);
    at.hi = at.lo + 1;
    const char *desc = NULL;
    const char *xd = iface_desc(B, x);
    if (xd) {
        const char *tn = type_name_go(B->c, any);
        size_t n = strlen(tn) + strlen(xd) + 3;
        char *d = arena_alloc(bld_arena(B), n);
        snprintf(d, n, "%s(%s)", tn, xd);
        desc = d;
    }
    return lower_to_iface_as(B, x, any, at, LEND_NONE, desc);
}

/* lent: the value goes straight to a runtime library call's parameter. */
Operand lower_to_iface_lent(Builder *B, Expr *e, Type *any, Span at, LendKind lent) {
    return lower_to_iface_as(B, e, any, at, lent, NULL);
}

/* An interface value lent to a library call: `~arg = move x` (lent),
 * then the conversion, Go's OCONVIFACE at `at` (-m=2's note). */
static Operand lent_iface(Builder *B, Expr *e, Type *any, Span at, LendKind lend) {
    Operand o = lower_lent_value(B, e, lend);
    if (e->type == any || (type_is_empty_iface(e->type) && type_is_empty_iface(any)))
        return o;
    Rvalue r = rv_new(RV_IFACE, any, e->span);
    r.elem = e->type;
    rv_arg(B, &r, o);
    if (B->c->opt.m_level >= 2 || B->c->opt.explain) {
        IfaceAt ia = {e->span, at, NULL};
        vec_push(bld_tmp(B), &B->b->iface_at, ia);
    }
    return opd_temp(B, r, e->span);
}

/* desc: the site's -m rendering when not e's (an explicit any(x)). */
Operand lower_to_iface_as(Builder *B, Expr *e, Type *any, Span at, LendKind lent, const char *desc) {
    return lower_to_iface_held(B, e, any, at, lent, LEND_NONE, desc);
}

/* held: the value is lent by its place (a hidden lent variable) but its
 * box is the interface's own (not a lent box): it outlives the call (a
 * deferred call's argument, fmt.Errorf's operand formatted into its
 * message). */
Operand lower_to_iface_held(Builder *B, Expr *e, Type *any, Span at, LendKind lent, LendKind held,
                            const char *desc) {
    Type *t = e->type;
    if (t->kind == T_IFACE)
        return lent || held ? lent_iface(B, e, any, at, lent ? lent : held) : lower_iface_conv_at(B, e, any, at);
    if (t->kind == T_UNTYPED_NIL)
        return zero_operand(B, any, e->span);
    if (lent && !pointer_shaped(t))
        return lent_box(B, e, any, at, lent);
    Rvalue r = rv_new(RV_IFACE, any, e->span);
    r.elem = t;
    if (pointer_shaped(t)) {    /* lent: kept alive until the scope ends, as a box's value is */
        if (B->c->opt.m_level >= 2 || B->c->opt.explain) {
            IfaceAt ia = {e->span, at, desc};
            vec_push(bld_tmp(B), &B->b->iface_at, ia);
        }
        rv_arg(B, &r, lent ? scope_value(B, e, lent) : lower_lent_value(B, e, held));
        return opd_temp(B, r, e->span);
    }
    Type *pt = type_ptr(B->s, t, false);
    LocalId tmp = bld_temp(B, pt, e->span);
    Rvalue a = rv_new(RV_ALLOC, pt, e->span);
    a.elem = t;
    a.site = box_site(B, at, desc ? desc : iface_desc(B, e), e, false);  /* lent ones: lent_box */
    B->b->locals.data[tmp].init_site = a.site;
    bld_assign(B, place_local(tmp), a, e->span);
    Place dst = place_project(B, place_local(tmp), PJ_DEREF, 0, -1, t);
    if (held && !type_is_copy(t)) {
        Rvalue u = rv_new(RV_USE, t, e->span);
        rv_arg(B, &u, lower_lent_value(B, e, held));
        bld_assign(B, dst, u, e->span);
    } else {
        lower_into(B, dst, e, t);
    }
    rv_arg(B, &r, opd_copy(place_local(tmp), pt));
    return opd_temp(B, r, e->span);
}

/* Go's position of the conversion to an interface of args[i], the
 * arguments of call as written: its own (go_pos) unless it is a variable,
 * then the last argument before it that is not one (fixed arguments
 * too), or the call's '(' (deferred calls too: build_defer.c). */
Span go_arg_conv_pos(Builder *B, Expr *call, Expr *const *args, int i) {
    if (!is_plain_name(args[i]))
        return go_pos(B, args[i]);
    for (int j = i - 1; j >= 0; j--)
        if (!is_plain_name(args[j]))
            return go_pos(B, args[j]);
    return ast_call_lparen(call);
}

/* Where go1.19's front end was after translating e (last_pos from e's
 * own position): panic(&T{x})'s conversion of a pointer-shaped value. */
Span go_last_pos(Builder *B, Expr *e) {
    Span at = go_pos(B, e);
    last_pos(B, e, &at);
    at.hi = at.lo + 1;
    return at;
}

/* go1.19 converts a map index's key to the map's interface key type at
 * the position its front end last moved to (last_pos) while translating
 * the map operand, then the key: `m["foo"]` at `m`, `t.m["x"]` at `t`,
 * `mk()["x"]` at mk's '(', `T{}.m["x"]` at its '{', `m[k+1]` and
 * `m[len(s)]` at the key's last variable. */
Span go_map_key_pos(Builder *B, Expr *m, Expr *key) {
    return last_pos_over(B, m, key);
}

/* One argument of a call, converted to `any` at Go's position (or
 * already converted ahead of the call's other operands: build_order.c). */
Operand lower_iface_arg(Builder *B, Expr *call, int i, Type *any) {
    Expr *e = call->u.call.args.data[i];
    Operand h;
    if (bld_hoisted(B, e, true, &h))
        return h;
    Span at = go_arg_conv_pos(B, call, call->u.call.args.data, i);
    if (call->u.call.kind != CALL_EXTERN)
        return lower_to_iface(B, e, any, at);
    /* fmt.Errorf keeps its %w operand (an error, moved in) and formats
       the others into its message: their boxes are its own, their values
       only lent */
    if (lib_keeps_args(call->u.call.lib))
        return lower_to_iface_held(B, e, any, at, LEND_NONE, e->type->kind == T_IFACE ? LEND_NONE : LEND_SHARED, NULL);
    return lower_to_iface_lent(B, e, any, at, mir_lib_lend(call->u.call.lib, i));
}

/* Can evaluating e borrow or change a variable: does it call, take an
 * address or make a closure? (Conservative: builtins count.) */
static bool may_borrow(Expr *e, void *unused) {
    (void)unused;
    if (!e || e->is_const)
        return false;
    if (e->kind == E_CALL || e->kind == E_ADDR || e->kind == E_FUNCLIT)
        return true;
    return ast_each_operand(e, may_borrow, NULL);
}

static Operand lower_arg(Builder *B, Expr *call, int i, Type *want) {
    if (want && want->kind == T_IFACE)
        return lower_iface_arg(B, call, i, want);
    Expr *e = call->u.call.args.data[i];
    /* a library function's argument is lent at the call (mir/lends.c);
       when a later argument may borrow or change it (`strings.Repeat(s,
       bump(&mut s))`), it is lent from where it is evaluated, through a
       hidden lent variable, as Rust's `s.repeat(bump(&mut s))` */
    if (call->u.call.kind == CALL_EXTERN && call->u.call.lib && !type_is_copy(e->type)) {
        LendKind lend = mir_lib_lend(call->u.call.lib, i);
        bool later = false;
        for (int j = i + 1; j < call->u.call.args.len && !later; j++)
            later = may_borrow(call->u.call.args.data[j], NULL);
        if (lend && later)
            return lower_lent_value(B, e, lend);
        Expr *x = lend ? bld_same_value_conv(e) : NULL;
        if (x) {    /* string(n), Ints(xs): n, xs lent themselves */
            Operand o = lower_operand(B, x, NULL);
            o.type = e->type;
            return o;
        }
    }
    return lower_operand(B, e, want);
}

/* The implicit []T of a variadic call's extra arguments (nil if none). */
static Operand variadic_pack(Builder *B, Expr *call, int fixed, Type *st) {
    ExprList *args = &call->u.call.args;
    int64_t n = args->len - fixed;
    Span at = ast_call_lparen(call);
    if (n == 0)
        return opd_const(CONST_NIL, st);
    Type *arr = type_array(B->s, st->elem, n);
    Type *pt = type_ptr(B->s, arr, false);
    LocalId tmp = bld_temp(B, pt, at);
    Rvalue a = rv_new(RV_ALLOC, pt, at);
    a.elem = arr;
    a.site = bld_site(B, at, "... argument");
    B->b->sites.data[a.site].variadic = true;
    B->b->sites.data[a.site].call_desc = expr_desc(B, call);
    B->b->locals.data[tmp].init_site = a.site;
    bld_assign(B, place_local(tmp), a, at);
    Rvalue agg = rv_new(RV_AGGREGATE, arr, at);
    for (int i = fixed; i < args->len; i++)
        rv_arg(B, &agg, lower_arg(B, call, i, st->elem));
    Place dst = place_project(B, place_local(tmp), PJ_DEREF, 0, -1, arr);
    bld_assign(B, dst, agg, at);
    Rvalue s = rv_new(RV_SLICE, st, at);
    s.place = dst;
    for (int i = 0; i < 3; i++)
        rv_arg(B, &s, opd_const(CONST_VOID, B->s->t_void));
    return opd_temp(B, s, at);
}

/* The arguments of a call of fnt, into rv (after its callee operand). */
void lower_call_args(Builder *B, Rvalue *rv, Expr *call, Type *fnt) {
    ExprList *args = &call->u.call.args;
    if (call->u.call.tuple_call)    /* g's results into the .autotmp_N args */
        lower_tuple_args(B, call);
    int fixed = fnt && fnt->variadic ? fnt->params.len - 1 : args->len;
    for (int i = 0; i < args->len && i < fixed; i++) {
        Type *want = fnt && i < fnt->params.len ? fnt->params.data[i] : NULL;
        rv_arg(B, rv, lower_arg(B, call, i, want));
    }
    if (fixed == args->len && !(fnt && fnt->variadic))
        return;
    Type *st = fnt->params.data[fixed];
    if (call->u.call.spread)
        rv_arg(B, rv, lower_operand(B, args->data[fixed], st));
    else
        rv_arg(B, rv, variadic_pack(B, call, fixed, st));
}

/* pkg.F(args): a call of the runtime library's C function. */
Rvalue lower_extern_call(Builder *B, Expr *e) {
    Rvalue r = rv_new(RV_CALL, e->type, e->span);
    Type *ft = e->u.call.fn->type;
    Operand f = opd_const(CONST_EXTERN, ft);
    f.c.ext = e->u.call.lib;
    rv_arg(B, &r, f);
    lower_call_args(B, &r, e, ft);
    return r;
}
