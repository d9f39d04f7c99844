/*
 * check_stmt.c: statements. Declarations create Vars in the current
 * FuncInfo (declaration order, params first) and Symbols in the innermost
 * scope; assignments mark Vars reassigned (Go's capture-by-value rule
 * needs it); a function with a result must end in a terminating statement
 * (Go's rules: return, panic, infinite for without break, if/else both
 * terminating, a block ending in one).
 */
#include "check.h"

#include <string.h>

static Var *declare_var(Checker *k, Sym name, Span at, Type *t) {
    Var *v = chk_new_var(k, name, at, t);
    v->local = true;
    /* a failed declaration, or one "redeclared in this block" (Go does
       not insert it): no follow-on "not used" */
    v->used = !t || (k->scope && scope_lookup_innermost(k, name));
    Symbol *s = scope_declare(k, SYM_VAR, name, at);
    s->var = v;
    s->type = t;
    return v;
}

/* Assigning z.f or z[i] of an array assigns z (go1.19's escape addr():
 * ODOT and OINDEX of an array go to their operand), so a closure writing
 * it captures z by reference; not through a pointer or into a slice. */
static void mark_reassigned(Checker *k, Expr *e) {
    for (;;) {
        if (e->kind == E_PAREN)
            e = e->u.paren.x;
        else if (e->kind == E_FIELD && !e->u.field.through_ptr)
            e = e->u.field.x;
        else if (e->kind == E_INDEX && e->u.index.x->type && e->u.index.x->type->kind == T_ARRAY)
            e = e->u.index.x;
        else
            break;
    }
    if (e->kind == E_NAME && e->u.name.sym && e->u.name.sym->kind == SYM_VAR)
        chk_mark_reassigned(k, e->u.name.sym->var);
}

/* The left side of = must be addressable (or _). */
static bool check_lhs(Checker *k, Expr *e) {
    if (ast_is_blank(e)) {
        e->type = NULL;
        return true;
    }
    Type *t = chk_expr(k, e, NULL);
    if (!t)
        return false;
    if (chk_is_map_index(e))
        return true;        /* m[k] = v: an insert (check_map.c) */
    if (chk_map_field_store(k, e))
        return false;
    if (!chk_addressable(e)) {
        Expr *x = e;
        while (x->kind == E_PAREN)
            x = x->u.paren.x;
        diag_error(k->c, e->span, "cannot assign to %s", chk_describe(k, x));    /* go1.19's words */
        return false;
    }
    mark_reassigned(k, e);
    return true;
}

/* x op= "s" with x not a string (or a bool constant with x not a bool). */
static bool untyped_basic_mismatch(Checker *k, Expr *x, Expr *y) {
    const char *w = chk_type_word(k, y);
    return (strcmp(w, "untyped string") == 0 || strcmp(w, "untyped bool") == 0) &&
           type_underlying(x->type) != y->type;
}

static bool value_ok(Checker *k, Expr *e) {
    return chk_single_value(k, e);
}

/* var a, b T = x, y */
/* A `var` that failed (reported): its names are declared anyway,
 * typeless, so their uses stay silent (no "undefined: x" later). */
static void declare_failed(Checker *k, Stmt *s) {
    for (int i = 0; i < s->u.var.names.len; i++)
        if (strcmp(s->u.var.names.data[i], "_") != 0)
            declare_var(k, s->u.var.names.data[i], s->u.var.name_spans.data[i], NULL);
}

static void check_var(Checker *k, Stmt *s) {
    Type *t = s->u.var.type ? chk_type(k, s->u.var.type) : NULL;
    if (s->u.var.type && !t) {
        declare_failed(k, s);
        return;
    }
    int n = s->u.var.names.len, nv = s->u.var.values.len;
    for (int i = 0; i < n; i++)     /* go1.19 declares the names first */
        chk_go_dcl(k, strcmp(s->u.var.names.data[i], "_") != 0);
    if (nv == 1 && n > 1) {
        chk_tuple_var(k, s, t);
        return;
    }
    if (nv && nv != n) {    /* go1.19's arityMatch */
        if (nv > n)
            diag_error(k->c, s->u.var.values.data[n]->span, "extra init expr %s",
                       chk_expr_string(k, s->u.var.values.data[n]));
        else
            diag_error(k->c, s->u.var.name_spans.data[nv], "missing init expr for %s", s->u.var.names.data[nv]);
        declare_failed(k, s);
        return;
    }
    Type **types = arena_alloc(&k->c->arena, sizeof(Type *) * (size_t)n);
    Type **spell = arena_alloc(&k->c->arena, sizeof(Type *) * (size_t)n);
    for (int i = 0; i < nv; i++) {
        Expr *v = s->u.var.values.data[i];
        Type *vt = chk_expr(k, v, t);
        spell[i] = vt && !t ? chk_init_spelled(k, v, default_type(k, vt)) : NULL;
        if (!vt || !value_ok(k, v)) {
            if (!t) {
                declare_failed(k, s);
                return;
            }
            types[i] = t;
            continue;
        }
        if (t) {
            chk_assignable_as(k, v, t, chk_spelled(k, s->u.var.type, t), "variable declaration");   /* declare anyway */
        } else if (vt->kind == T_UNTYPED_NIL) {
            diag_error(k->c, v->span, "use of untyped nil in variable declaration");
            return;
        } else {
            chk_default(k, v, "variable declaration");
        }
        types[i] = t ? t : v->type;
    }
    for (int i = 0; i < n; i++) {
        Sym name = s->u.var.names.data[i];
        Var *v = strcmp(name, "_") == 0 ? NULL
                 : declare_var(k, name, s->u.var.name_spans.data[i], nv ? types[i] : t);
        if (v && t)
            chk_spell_var(k, v, s->u.var.type);
        else if (v && nv && spell[i] && v->type && spell[i]->kind == v->type->kind)
            v->spelled = spell[i];
        vec_push(&k->c->arena, &s->u.var.vars, v);
    }
}

/* const x = 5 inside a function */
static void check_local_const(Checker *k, Stmt *s) {
    int n = s->u.var.names.len;
    if (s->u.var.values.len != n) {
        diag_error(k->c, s->span, "missing init expr for const declaration");
        return;
    }
    Decl *d = arena_alloc(&k->c->arena, sizeof *d);
    d->kind = D_CONST;
    d->span = s->span;
    d->u.var.type = s->u.var.type;
    d->u.var.values = s->u.var.values;
    d->u.var.iota = s->u.var.iota;
    for (int i = 0; i < n; i++) {
        Symbol *sym = arena_alloc(&k->c->arena, sizeof *sym);
        sym->kind = SYM_CONST;
        sym->name = s->u.var.names.data[i];
        sym->span = s->u.var.name_spans.data[i];
        sym->decl = d;
        sym->global_index = i;
        chk_const_decl(k, sym);
        if (!sym->cval) {   /* declared anyway, untyped: no "undefined: x" after (go1.19) */
            if (strcmp(sym->name, "_") != 0)
                declare_var(k, sym->name, sym->span, NULL);
            continue;
        }
        Symbol *decl = scope_declare(k, SYM_CONST, sym->name, sym->span);
        *decl = *sym;
    }
}

/* The `:=` of a, b := x, y: where go1.19 reports the statement. */
Span chk_define_op(Checker *k, Stmt *s) {
    ExprList *l = &s->u.assign.lhs;
    Span at = s->span;
    if (!l->len || at.file < 0)
        return at;
    const char *text = k->c->files.data[at.file].text;
    int p = l->data[l->len - 1]->span.hi;
    while (p < at.hi && text[p] != ':')
        p++;
    return p + 1 < at.hi ? (Span){at.file, p, p + 2} : at;
}

/* a, b := x, y */
static void check_define(Checker *k, Stmt *s) {
    ExprList *l = &s->u.assign.lhs, *r = &s->u.assign.rhs;
    /* `a[0] := 1`: go1.19 checks a[0], says so and goes on with a `_` there */
    bool bad_lhs = false;
    for (int i = 0; i < l->len; i++)
        if (l->data[i]->kind != E_NAME) {
            chk_expr(k, l->data[i], NULL);
            diag_error(k->c, l->data[i]->span, "non-name %s on left side of :=", chk_expr_string(k, l->data[i]));
            Expr *blank = ast_expr(k->c, E_NAME, l->data[i]->span);
            blank->u.name.name = intern(k->c, "_", 1);
            l->data[i] = blank;
            bad_lhs = true;
        }
    if (l->len > 1 && r->len == 1) {
        chk_tuple_assign(k, s, true);
        return;
    }
    bool ok = true;
    if (l->len != r->len) {
        diag_error(k->c, r->data[0]->span, "assignment mismatch: %d variable%s but %d value%s", l->len,
                   l->len > 1 ? "s" : "", r->len, r->len > 1 ? "s" : "");
        ok = false;
    }
    for (int i = 0; ok && i < r->len; i++) {
        Type *t = chk_expr(k, r->data[i], NULL);
        if (chk_is_tuple(t) && l->len == 1) {
            diag_error(k->c, r->data[i]->span, "assignment mismatch: 1 variable but %s returns %d values",
                       chk_callee_name(k, r->data[i]), t->fields.len);
            ok = false;
            break;
        }
        ok &= t && value_ok(k, r->data[i]);
        if (t && t->kind == T_UNTYPED_NIL) {
            diag_error(k->c, r->data[i]->span, "use of untyped nil in assignment");
            ok = false;
        }
    }
    if (!ok) {      /* declare the names anyway, typeless: no "undefined: x" later */
        for (int i = 0; i < l->len; i++) {
            Expr *x = l->data[i];
            bool old = false;
            for (int j = 0; k->scope && j < k->scope->syms.len; j++)
                old |= k->scope->syms.data[j]->name == x->u.name.name;
            if (x->kind == E_NAME && !ast_is_blank(x) && !old)
                declare_var(k, x->u.name.name, x->span, NULL);
        }
        return;
    }
    bool any_new = false;
    for (int i = 0; i < l->len; i++) {
        Expr *x = l->data[i];
        Var *nv = NULL;
        if (!ast_is_blank(x)) {
            Symbol *old = scope_lookup_innermost(k, x->u.name.name);
            if (old && old->kind == SYM_VAR) {
                x->u.name.sym = old;
                x->type = old->var->type;
                chk_mark_reassigned(k, old->var);
                chk_assignable_as(k, r->data[i], old->var->type, old->var->spelled, "assignment");
            } else {
                Type *t = default_type(k, r->data[i]->type);
                Type *spelled = chk_init_spelled(k, r->data[i], t);
                chk_default(k, r->data[i], "assignment");
                nv = declare_var(k, x->u.name.name, x->span, t);
                nv->spelled = spelled;
                chk_go_dcl(k, 1);
                x->u.name.sym = scope_lookup(k, x->u.name.name);
                x->type = t;
                any_new = true;
            }
        } else {
            chk_default(k, r->data[i], "assignment");
        }
        vec_push(&k->c->arena, &s->u.assign.vars, nv);
    }
    if (!any_new && !bad_lhs)
        diag_error(k->c, chk_define_op(k, s), "no new variables on left side of :=");
}

/* The captures an assignment's left side made, in Go's order: after
 * those of its right side (go1.19 walks `*p = k` as k, then p). */
static void flush_lhs_captures(Checker *k, int from) {
    if (k->in_lhs)
        return;     /* an enclosing left side flushes them */
    for (int i = from; i < k->lhs_vars.len; i++) {
        FuncInfo *f = k->lhs_fns.data[i];
        Var *v = k->lhs_vars.data[i];
        bool have = false;
        for (int j = 0; j < f->go_captures.len && !have; j++)
            have = f->go_captures.data[j] == v;
        if (!have)
            vec_push(&k->c->arena, &f->go_captures, v);
    }
    k->lhs_vars.len = k->lhs_fns.len = from;
}

static void check_assign(Checker *k, Stmt *s) {
    ExprList *l = &s->u.assign.lhs, *r = &s->u.assign.rhs;
    if (s->u.assign.op != OP_NONE) {
        Expr *x = l->data[0], *y = r->data[0];
        /* go1.19 translates y before x (`r += x` captures x, then r) */
        bool outer_lhs = k->in_lhs;
        int pending = k->lhs_vars.len;
        k->in_lhs = true;
        bool lhs_ok = check_lhs(k, x) && x->type;
        k->in_lhs = outer_lhs;
        if (!lhs_ok) {
            flush_lhs_captures(k, pending);
            return;
        }
        Type *t = chk_expr(k, y, s->u.assign.op == OP_SHL || s->u.assign.op == OP_SHR ? NULL : x->type);
        flush_lhs_captures(k, pending);
        if (!t)
            return;
        Op op = s->u.assign.op;
        if (op == OP_SHL || op == OP_SHR) {
            if (!type_is_integer(t) || !type_is_integer(x->type))
                diag_error(k->c, s->span, "invalid operation: shift of %s", chk_describe(k, x));
            chk_set_untyped(k, y, k->s->t_int);
            return;
        }
        /* x op= y is checked as x op y (go1.19's messages) */
        bool ynum = is_untyped(y->type) && y->type->kind != T_UNTYPED_NIL;
        if (ynum && type_is_numeric(x->type) && !chk_untyped_operand(k, y, x->type))
            return;
        if ((ynum && !type_is_numeric(x->type)) || (untyped_basic_mismatch(k, x, y))) {
            diag_error(k->c, s->span, "invalid operation: %s %s= %s (mismatched types %s and %s)",
                       chk_expr_string(k, x), ast_op_name(op), chk_expr_string(k, y), chk_type_word(k, x),
                       chk_type_word(k, y));
            return;
        }
        if (!chk_assignable_as(k, y, x->type, chk_expr_spelled(k, x), "assignment"))
            return;
        bool ok = op == OP_ADD ? (type_is_numeric(x->type) || x->type->kind == T_STRING)
                  : (op == OP_SUB || op == OP_MUL || op == OP_DIV) ? type_is_numeric(x->type)
                  : type_is_integer(x->type);
        if (!ok)
            diag_error(k->c, s->span, "invalid operation: operator %s not defined on %s",
                       ast_op_name(op), chk_describe(k, x));
        ConstVal v;
        if ((op == OP_DIV || op == OP_REM) && const_value(k, y, &v) && v.kind == CV_INT && v.i == 0)
            diag_error(k->c, y->span, "invalid operation: division by zero");
        return;
    }
    if (l->len > 1 && r->len == 1) {
        chk_tuple_assign(k, s, false);
        return;
    }
    if (l->len != r->len) {     /* go1.19: at the first value */
        diag_error(k->c, r->data[0]->span, "assignment mismatch: %d variable%s but %d value%s", l->len,
                   l->len > 1 ? "s" : "", r->len, r->len > 1 ? "s" : "");
        return;
    }
    bool outer_lhs = k->in_lhs;
    int pending = k->lhs_vars.len;
    for (int i = 0; i < l->len; i++) {
        k->in_lhs = true;
        StoreMark m = chk_store_begin(k, l->data[i]);
        bool lhs_ok = check_lhs(k, l->data[i]);
        chk_store_end(m);
        k->in_lhs = outer_lhs;
        if (!lhs_ok)
            continue;
        Type *lt = l->data[i]->type;
        Type *rt = chk_expr(k, r->data[i], lt);
        if (chk_is_tuple(rt) && l->len == 1 && r->data[i]->kind == E_CALL) {   /* a = f() */
            diag_error(k->c, r->data[i]->span, "assignment mismatch: 1 variable but %s returns %d values",
                       chk_callee_name(k, r->data[i]), rt->fields.len);
            continue;
        }
        if (!rt || !value_ok(k, r->data[i]))
            continue;
        if (lt)
            chk_assignable_as(k, r->data[i], lt, chk_expr_spelled(k, l->data[i]), "assignment");
        else if (rt->kind == T_UNTYPED_NIL)
            diag_error(k->c, r->data[i]->span, "use of untyped nil in assignment");
        else
            chk_default(k, r->data[i], "assignment to _ identifier");
    }
    flush_lhs_captures(k, pending);
}

static void check_cond(Checker *k, Expr *cond, const char *what) {
    Type *t = chk_expr(k, cond, k->s->t_bool);
    if (t && t->kind != T_BOOL)
        diag_error(k->c, cond->span, "non-boolean condition in %s statement", what);
}

static void check_if(Checker *k, Stmt *s) {
    scope_push(k);
    if (s->u.if_.init)
        chk_stmt(k, s->u.if_.init);
    check_cond(k, s->u.if_.cond, "if");
    chk_block(k, s->u.if_.then);
    if (s->u.if_.els) {
        if (s->u.if_.els->kind == S_IF)
            check_if(k, s->u.if_.els);
        else
            chk_block(k, s->u.if_.els);
    }
    scope_pop(k);
}

static void check_for(Checker *k, Stmt *s) {
    scope_push(k);
    if (s->u.for_.init)
        chk_stmt(k, s->u.for_.init);
    if (s->u.for_.cond)
        check_cond(k, s->u.for_.cond, "for");
    if (s->u.for_.post) {
        if (s->u.for_.post->kind == S_DEFINE)
            diag_error(k->c, s->u.for_.post->span, "cannot declare in post statement of for loop");
        else
            chk_stmt(k, s->u.for_.post);
    }
    k->loops++;
    flow_push(k, s);
    chk_block(k, s->u.for_.body);
    flow_pop(k);
    k->loops--;
    scope_pop(k);
}

/* for a[0], _ := range: go1.19 says it cannot declare a[0] and goes on
 * with a `_` there; with no name declared, "no new variables" at `for`. */
static void range_names(Checker *k, Stmt *s) {
    Expr **vars[3] = {&s->u.range.key, &s->u.range.value, &s->u.range.extra};
    bool any_new = false;
    for (int i = 0; i < 3; i++) {
        Expr *x = *vars[i];
        if (!x)
            continue;
        if (x->kind != E_NAME) {
            diag_error(k->c, x->span, "cannot declare %s", chk_expr_string(k, x));
            Expr *blank = ast_expr(k->c, E_NAME, x->span);
            blank->u.name.name = intern(k->c, "_", 1);
            *vars[i] = blank;
        } else if (i < 2 && !ast_is_blank(x)) {
            any_new = true;
        }
    }
    if (!any_new && (s->u.range.key || s->u.range.value))
        diag_error(k->c, (Span){s->span.file, s->span.lo, s->span.lo + 3}, "no new variables on left side of :=");
}

static void check_range(Checker *k, Stmt *s) {
    scope_push(k);
    if (s->u.range.define)
        range_names(k, s);
    if (s->u.range.define)      /* go1.19 declares k, v before evaluating x */
        chk_go_dcl(k, (s->u.range.key && !ast_is_blank(s->u.range.key)) +
                          (s->u.range.value && !ast_is_blank(s->u.range.value)));
    Type *t = chk_expr(k, s->u.range.x, NULL);
    Type *kt = k->s->t_int, *vt = NULL;
    if (t && s->u.range.extra)  /* go1.19 reports it once x checked, and goes on */
        diag_error(k->c, s->u.range.extra->span, "range clause permits at most two iteration variables");
    if (t) {
        if (t->kind == T_SLICE || t->kind == T_ARRAY)
            vt = t->elem;
        else if (t->kind == T_PTR && t->elem->kind == T_ARRAY)
            vt = t->elem->elem;     /* p's elements, read in place (mir lower_range) */
        else if (t->kind == T_MAP)
            kt = t->key, vt = t->elem;
        else if (t->kind == T_STRING)
            vt = k->s->t_rune;      /* decoded from UTF-8 (build_stmt.c lower_range) */
        else
            diag_error(k->c, s->u.range.x->span, "cannot range over %s", chk_describe(k, s->u.range.x));
    }
    Expr *key = s->u.range.key, *val = s->u.range.value;
    if (vt && s->u.range.define) {
        if (key && !ast_is_blank(key))
            s->u.range.key_var = declare_var(k, key->u.name.name, key->span, kt);
        if (val && !ast_is_blank(val)) {
            s->u.range.value_var = declare_var(k, val->u.name.name, val->span, vt);
            Type *xs = chk_expr_spelled(k, s->u.range.x);
            s->u.range.value_var->spelled = t->kind == T_STRING ? chk_rune_word(k)
                                          : xs && xs != t && (xs->kind == T_SLICE || xs->kind == T_ARRAY) && xs->elem != vt ? xs->elem : NULL;
        }
        if (key && !ast_is_blank(key))
            key->type = kt, key->u.name.sym = scope_lookup(k, key->u.name.name);
        if (val && !ast_is_blank(val))
            val->type = vt, val->u.name.sym = scope_lookup(k, val->u.name.name);
        /* declared once for the loop and assigned by every iteration
           (go1.19 escape.reassigned: "Variables declared by range
           statements are assigned on every iteration"), so a closure in
           the body captures them by reference */
        if (s->u.range.key_var)
            chk_mark_reassigned(k, s->u.range.key_var);
        if (s->u.range.value_var)
            chk_mark_reassigned(k, s->u.range.value_var);
    } else if (!vt && s->u.range.define) {  /* reported: declare them typeless, no follow-ons */
        if (key && !ast_is_blank(key))
            declare_var(k, key->u.name.name, key->span, NULL);
        if (val && !ast_is_blank(val))
            declare_var(k, val->u.name.name, val->span, NULL);
    } else if (vt) {
        StoreMark mk = key ? chk_store_begin(k, key) : (StoreMark){0};
        if (key && check_lhs(k, key) && key->type && key->type != kt)
            diag_error(k->c, key->span, "cannot assign %s to %s in range", type_name(k->c, kt), chk_describe(k, key));
        chk_store_end(mk);
        StoreMark mv = val ? chk_store_begin(k, val) : (StoreMark){0};
        if (val && check_lhs(k, val) && val->type && val->type != vt)
            diag_error(k->c, val->span, "cannot assign %s to %s in range", type_name(k->c, vt), chk_describe(k, val));
        chk_store_end(mv);
    }
    k->loops++;
    flow_push(k, s);
    chk_block(k, s->u.range.body);
    flow_pop(k);
    k->loops--;
    scope_pop(k);
}

/* fi's result type, also when a parameter's type failed (its declared
 * results still hold: go1.19 checks returns against them); NULL when the
 * result type itself failed. */
static Type *result_type(Checker *k, FuncInfo *fi) {
    if (!fi)
        return NULL;
    if (fi->type)
        return fi->type->result;
    FuncSig *sig = fi->decl ? &fi->decl->u.func.sig : fi->lit ? &fi->lit->u.funclit.sig : NULL;
    return !sig ? NULL : sig->result ? sig->result->resolved : k->s->t_void;
}

static void check_return(Checker *k, Stmt *s) {
    Type *want = result_type(k, k->fn);
    if (!want) {    /* the signature failed: the values are still checked */
        chk_expr(k, s->u.ret.x, NULL);
        for (int i = 0; i < s->u.ret.list.len; i++)
            chk_expr(k, s->u.ret.list.data[i], NULL);
        return;
    }
    /* `return v...` assigns the named results (Go's ORETURN assignList):
       a deferred literal that captured them must see the new values */
    for (int i = 0; (s->u.ret.x || s->u.ret.list.len) && i < k->fn->results.len; i++)
        chk_mark_reassigned(k, k->fn->results.data[i]);
    if (chk_return_tuple(k, s, want))
        return;
    Expr *x = s->u.ret.x;
    if (!x) {
        if (want->kind != T_VOID)
            diag_error(k->c, s->span, "not enough return values\n\thave ()\n\twant (%s)",
                       type_name(k->c, chk_result_spelled(k, k->fn, want)));
        return;
    }
    Type *t = chk_expr(k, x, want);
    if (!t)
        return;
    if (want->kind == T_VOID) {
        diag_error(k->c, x->span, "too many return values\n\thave (%s)\n\twant ()", chk_have_type(k, t));
        return;
    }
    if (value_ok(k, x))
        chk_assignable_as(k, x, want, chk_result_spelled(k, k->fn, want), "return statement");
}

void chk_stmt(Checker *k, Stmt *s) {
    if (!s)
        return;
    k->stmt_seq++;
    switch (s->kind) {
    case S_EMPTY: break;
    case S_BLOCK: chk_block(k, s); break;
    case S_EXPR: {
        Expr *x = s->u.expr.x;
        Type *t = chk_expr(k, x, NULL);
        if (t && x->kind != E_CALL)
            diag_error(k->c, x->span, "%s is not used", chk_describe(k, x));
        else if (t && x->u.call.kind == CALL_CONV)
            diag_error(k->c, x->span, "%s is not used", chk_describe(k, x));
        else if (t && x->u.call.kind == CALL_BUILTIN &&
                 (x->u.call.builtin == BI_LEN || x->u.call.builtin == BI_CAP ||
                  x->u.call.builtin == BI_APPEND || x->u.call.builtin == BI_MAKE ||
                  x->u.call.builtin == BI_NEW || x->u.call.builtin == BI_BOX))
            diag_error(k->c, x->span, "%s is not used", chk_describe(k, x));  /* "(value of type T)" */
        break;
    }
    case S_VAR:
    case S_DEFINE:
    case S_ASSIGN: {
        int errors = k->c->nerrors;
        if (s->kind == S_VAR)
            check_var(k, s);
        else if (s->kind == S_DEFINE)
            check_define(k, s);
        else {
            check_assign(k, s);
            chk_bounds_assign(k, s);
        }
        if (k->c->nerrors > errors)
            chk_stmt_failed(k, s);      /* its variables count as used */
        break;
    }
    case S_CONST: check_local_const(k, s); break;
    case S_TYPE: chk_local_type(k, s); break;
    case S_INCDEC: {
        Expr *x = s->u.incdec.x;
        if (check_lhs(k, x) && x->type && !type_is_numeric(x->type))
            diag_error(k->c, s->span, "invalid operation: %s%s (non-numeric type %s)",
                       chk_describe(k, x), s->u.incdec.inc ? "++" : "--", type_name(k->c, x->type));
        break;
    }
    case S_IF: check_if(k, s); break;
    case S_FOR: check_for(k, s); break;
    case S_RANGE: check_range(k, s); break;
    case S_RETURN: check_return(k, s); break;
    case S_BREAK:
    case S_CONTINUE: chk_branch(k, s); break;
    case S_GOTO: chk_goto(k, s); break;
    case S_DEFER: chk_defer(k, s); break;
    case S_LABELED: chk_labeled(k, s); break;
    case S_SWITCH: chk_switch(k, s); break;
    case S_FALLTHROUGH:     /* check_clause marked the ones in place */
        if (!s->u.jump.target)
            diag_error(k->c, s->span, "fallthrough statement out of place");
        break;
    default: break;
    }
}

void chk_block(Checker *k, Stmt *s) {
    if (++k->depth > 2000) {
        diag_error(k->c, s->span, "block nesting too deep");
        k->depth--;
        return;
    }
    int labels = k->labels;     /* a looping label counts to the block's end */
    scope_push(k);
    flow_block_enter(k, s);
    for (int i = 0; i < s->u.block.stmts.len; i++) {
        flow_block_at(k, i);
        chk_stmt(k, s->u.block.stmts.data[i]);
    }
    flow_block_exit(k);
    scope_pop(k);
    k->labels = labels;
    k->depth--;
}

/* ---- terminating statements (Go spec) --------------------------------- */

/* Is there a break that leaves `target` inside s? (Labeled breaks may
 * leave from nested loops and switches, so all of s is searched.) */
static bool has_break(Stmt *s, Stmt *target) {
    if (!s)
        return false;
    switch (s->kind) {
    case S_BREAK: return s->u.jump.target == target;
    case S_BLOCK:
        for (int i = 0; i < s->u.block.stmts.len; i++)
            if (has_break(s->u.block.stmts.data[i], target))
                return true;
        return false;
    case S_IF: return has_break(s->u.if_.then, target) || has_break(s->u.if_.els, target);
    case S_FOR: return has_break(s->u.for_.body, target);
    case S_RANGE: return has_break(s->u.range.body, target);
    case S_LABELED: return has_break(s->u.labeled.stmt, target);
    case S_SWITCH:
        for (int i = 0; i < s->u.switch_.clauses.len; i++)
            if (has_break(s->u.switch_.clauses.data[i].body, target))
                return true;
        return false;
    default: return false;
    }
}

/* A switch terminates when it has a default, no break leaves it, and each
 * clause ends in a terminating statement or a fallthrough. */
static bool switch_terminates(Stmt *s) {
    bool dflt = false;
    for (int i = 0; i < s->u.switch_.clauses.len; i++) {
        CaseClause *cl = &s->u.switch_.clauses.data[i];
        StmtList *b = &cl->body->u.block.stmts;
        dflt |= cl->is_default;
        if (has_break(cl->body, s))
            return false;
        if (!(b->len && vec_last(b)->kind == S_FALLTHROUGH) && !chk_terminates(cl->body))
            return false;
    }
    return dflt;
}

bool chk_terminates(Stmt *s) {
    if (!s)
        return false;
    switch (s->kind) {
    case S_RETURN: case S_GOTO: return true;
    case S_EXPR:
        return s->u.expr.x->kind == E_CALL && s->u.expr.x->u.call.kind == CALL_BUILTIN &&
               s->u.expr.x->u.call.builtin == BI_PANIC;
    case S_BLOCK:
        return s->u.block.stmts.len && chk_terminates(vec_last(&s->u.block.stmts));
    case S_IF: return s->u.if_.els && chk_terminates(s->u.if_.then) && chk_terminates(s->u.if_.els);
    case S_FOR: return !s->u.for_.cond && !has_break(s->u.for_.body, s);
    case S_LABELED: return chk_terminates(s->u.labeled.stmt);
    case S_SWITCH: return switch_terminates(s);
    default: return false;
    }
}

/* A function body: params in the body's own scope, then its statements. */
void chk_body(Checker *k, FuncInfo *fi, Stmt *body) {
    FuncInfo *saved = k->fn;
    int saved_loops = k->loops, saved_labels = k->labels;
    k->fn = fi;
    k->loops = k->labels = 0;
    chk_go_dcl_sig(k, fi->decl ? fi->decl->u.func.recv : NULL,
                   fi->decl ? &fi->decl->u.func.sig : &fi->lit->u.funclit.sig);
    Flow flow;
    flow_begin(k, &flow, body);
    bool own_scope = fi->decl != NULL;
    if (own_scope) {
        scope_push(k);
        if (fi->recv && strcmp(fi->recv->name, "_") != 0) {
            Symbol *s = scope_declare(k, SYM_VAR, fi->recv->name, fi->recv->span);
            s->var = fi->recv;
            s->type = fi->recv->type;
        }
        for (int i = 0; i < fi->params.len; i++) {
            Var *v = fi->params.data[i];
            if (strcmp(v->name, "_") == 0)
                continue;
            Symbol *s = scope_declare(k, SYM_VAR, v->name, v->span);
            s->var = v;
            s->type = v->type;
        }
    }
    chk_declare_results(k, fi, fi->decl ? fi->decl->u.func.sig.result : fi->lit->u.funclit.sig.result);
    flow_block_enter(k, body);
    for (int i = 0; i < body->u.block.stmts.len; i++) {
        flow_block_at(k, i);
        chk_stmt(k, body->u.block.stmts.data[i]);
    }
    flow_block_exit(k);
    flow_end(k, &flow);
    Type *result = result_type(k, fi);
    if (result && result->kind != T_VOID && !chk_terminates(body)) {
        Span end = body->u.block.rbrace;
        diag_error(k->c, end, "missing return");
    }
    chk_unused_vars(k, fi);
    if (own_scope)
        scope_pop(k);
    k->fn = saved;
    k->loops = saved_loops;
    k->labels = saved_labels;
}
