/*
 * spell.c: types as the program spells them, for messages and -m only.
 *
 * byte is uint8 and rune is int32, and `type A = B` makes A another name
 * for B: identical types, one Type each, so every check compares pointers
 * as usual. But go1.19 prints a type as it was written, with one rule:
 * its type checker keeps byte/uint8 and rune/int32 (and interface{}/any)
 * apart as distinct objects of identical types, while an alias is only a
 * second name for its target's object. So
 *
 *   var r rune            "variable of type rune"     (int32 if written so)
 *   var m map[rune]int    "map[rune]int", and so is `var m MR` for
 *                         `type MR = map[rune]int`: the alias is seen
 *                         through, the target keeps its spelling
 *   func f(b byte) rune   f's value is "func(b byte) rune" (names kept)
 *   return 1              in f: "want (rune, []byte)"
 *   []B{...} in -m        "[]byte{...}" for `type B = byte`
 *
 * chk_type gives every TypeExpr its spelled type (TypeExpr.spelled, by
 * te_spelled below): the resolved type itself when the spelling changes
 * nothing, else a copy whose byte/rune leaves are the words "rune",
 * "uint8" and "interface{}" (int32, byte and any print as themselves),
 * whose func types carry their parameter names (Type.pnames) and whose
 * struct fields their spelled types. Variables, struct fields and
 * functions remember theirs; chk_expr_spelled finds an operand's. The
 * copies are never compared, cached or lowered.
 */
#include "check.h"

#include <string.h>

static Type *word(Checker *k, Type *t, const char *name) {
    Type **slot = t->kind == T_BYTE ? &k->s->t_uint8_word
                  : t->kind == T_IFACE ? &k->s->t_iface_word : &k->s->t_rune_word;
    if (!*slot) {
        *slot = arena_alloc(&k->c->arena, sizeof **slot);
        **slot = *t;
        (*slot)->name = intern_cstr(k->c, name);
        (*slot)->ptr_to = (*slot)->mut_ptr_to = (*slot)->slice_of = (*slot)->box_of = NULL;
    }
    return *slot;
}

Type *chk_rune_word(Checker *k) { return word(k, k->s->t_rune, "rune"); }

static Type *copy_of(Checker *k, Type *t) {
    Type *c = arena_alloc(&k->c->arena, sizeof *c);
    *c = *t;
    c->ptr_to = c->mut_ptr_to = c->slice_of = c->box_of = NULL;
    return c;
}

static Type *copy_with(Checker *k, Type *t, Type *elem, Type *key) {
    if (!elem || (elem == t->elem && key == t->key))
        return t;
    Type *c = copy_of(k, t);
    c->elem = elem;
    c->key = key;
    return c;
}

static Type *spelled_of(TypeExpr *te) {
    return te ? (te->spelled ? te->spelled : te->resolved) : NULL;
}

/* The spelling of a universe or alias type name. */
static Type *name_spelled(Checker *k, Symbol *sym, Type *t) {
    if (!sym || !t)
        return t;
    if (sym->decl && sym->decl->kind == D_TYPE && sym->decl->u.type.alias) {
        Type *s = spelled_of(sym->decl->u.type.type);
        return s && !t->name ? s : t;
    }
    if (sym->decl || t->name)
        return t;
    if (t == k->s->t_rune && strcmp(sym->name, "rune") == 0)
        return word(k, t, "rune");
    if (t == k->s->t_byte && strcmp(sym->name, "uint8") == 0)
        return word(k, t, "uint8");
    if (t == k->s->t_any && strcmp(sym->name, "interface{}") == 0)
        return word(k, t, "interface{}");
    return t;
}

/* Named results (n int, err error): a tuple copy whose fields carry the
 * names, printed with them (types.c); one named result too. */
static Type *named_results(Checker *k, ParamList *rs, Type *t) {
    Type *c = copy_of(k, t);
    if (!t->tuple) {
        c->kind = T_STRUCT;
        c->tuple = true;
        c->name = NULL;
    }
    memset(&c->fields, 0, sizeof c->fields);
    for (int i = 0; i < rs->len; i++) {
        Type *ct = t->tuple ? t->fields.data[i].type : t, *ft = spelled_of(rs->data[i].type);
        Field f = {.name = rs->data[i].name, .type = ft && ft->kind == ct->kind ? ft : ct};
        vec_push(&k->c->arena, &c->fields, f);
    }
    return c;
}

/* func(params) result as written: spelled types and parameter names. */
static Type *func_spelled(Checker *k, FuncSig *sig, Type *t) {
    if (!t || t->kind != T_FUNC || t->params.len != sig->params.len)
        return t;
    bool same = true;
    for (int i = 0; i < sig->params.len; i++)
        same &= !sig->params.data[i].name && spelled_of(sig->params.data[i].type) == t->params.data[i];
    Type *res = sig->result ? spelled_of(sig->result) : t->result;
    TypeExpr *rte = sig->result;
    if (rte && rte->kind == TE_TUPLE && rte->u.fields.len && rte->u.fields.data[0].name && res &&
        (res->tuple ? res->fields.len : 1) == rte->u.fields.len)
        res = named_results(k, &rte->u.fields, res);
    if (same && res == t->result)
        return t;
    Type *c = copy_of(k, t);
    memset(&c->params, 0, sizeof c->params);
    c->pnames = arena_alloc(&k->c->arena, sizeof(Sym) * (size_t)(sig->params.len + 1));
    for (int i = 0; i < sig->params.len; i++) {
        Param *p = &sig->params.data[i];
        Type *pt = spelled_of(p->type);
        vec_push(&k->c->arena, &c->params, pt && pt->kind == t->params.data[i]->kind ? pt : t->params.data[i]);
        c->pnames[i] = p->name && strcmp(p->name, "_") != 0 ? p->name : p->name ? "_" : NULL;
    }
    c->result = res && (res->kind == t->result->kind || res->tuple) ? res : t->result;
    return c;
}

/* struct { ... } and result tuples: the fields' spelled types. */
static Type *fields_spelled(Checker *k, ParamList *fields, Type *t) {
    if (!t || t->kind != T_STRUCT || t->fields.len != fields->len)
        return t;
    bool same = true;
    for (int i = 0; i < fields->len; i++)
        same &= spelled_of(fields->data[i].type) == t->fields.data[i].type;
    if (same)
        return t;
    Type *c = copy_of(k, t);
    memset(&c->fields, 0, sizeof c->fields);
    for (int i = 0; i < fields->len; i++) {
        Field f = t->fields.data[i];
        Type *ft = spelled_of(fields->data[i].type);
        if (ft && ft->kind == f.type->kind)
            f.type = ft;
        f.spelled = NULL;
        vec_push(&k->c->arena, &c->fields, f);
    }
    return c;
}

/* te's spelled type, given its resolved type t and, for a name, the
 * symbol it resolved to (chk_type calls this once per node). */
Type *chk_te_spelled(Checker *k, TypeExpr *te, Type *t, Symbol *sym) {
    if (!t)
        return t;
    switch (te->kind) {
    case TE_NAME: return name_spelled(k, sym, t);
    case TE_SLICE: case TE_BOX:
        return copy_with(k, t, spelled_of(te->u.elem), t->key);
    case TE_ARRAY:
        return copy_with(k, t, spelled_of(te->u.array.elem), t->key);
    case TE_PTR:
        return copy_with(k, t, spelled_of(te->u.ptr.elem), t->key);
    case TE_MAP:
        return copy_with(k, t, spelled_of(te->u.map.val), spelled_of(te->u.map.key));
    case TE_FUNC:
        return func_spelled(k, &te->u.func, t);
    case TE_TUPLE:
        if (te->u.fields.len == 1)  /* (r rune): one result, no tuple */
            return spelled_of(te->u.fields.data[0].type);
        return fields_spelled(k, &te->u.fields, t);
    case TE_STRUCT:
        return t->name ? t : fields_spelled(k, &te->u.fields, t);
    default: return t;
    }
}

Type *chk_spelled(Checker *k, TypeExpr *te, Type *t) {
    (void)k;
    if (!te || !t || te->resolved != t)
        return t;
    return te->spelled ? te->spelled : t;
}

/* A function's result type as its signature spells it (want (rune, []byte)). */
Type *chk_result_spelled(Checker *k, FuncInfo *fi, Type *t) {
    (void)k;
    FuncSig *sig = fi && fi->decl ? &fi->decl->u.func.sig : fi && fi->lit ? &fi->lit->u.funclit.sig : NULL;
    if (!sig || !sig->result)
        return t;
    return chk_spelled(k, sig->result, t);
}

/* A struct field's type as its declaration spelled it. */
static Type *field_spelled(Checker *k, Expr *e) {
    Type *xt = chk_expr_spelled(k, e->u.field.x);
    if (xt && xt->kind == T_PTR && !xt->name)
        xt = xt->elem;
    int i = e->u.field.index;
    if (!xt || xt->kind != T_STRUCT || i < 0 || i >= xt->fields.len)
        return e->type;
    Field *f = &xt->fields.data[i];
    Type *s = f->spelled ? f->spelled : f->type;
    return s->kind == e->type->kind ? s : e->type;
}

static Type *name_expr_spelled(Checker *k, Expr *e) {
    Symbol *s = e->u.name.sym;
    if (!s)
        return e->type;
    if (s->kind == SYM_VAR && s->var && s->var->spelled && s->var->type == e->type)
        return s->var->spelled;
    if (s->kind == SYM_GLOBAL && s->decl && s->decl->u.var.type)
        return chk_spelled(k, s->decl->u.var.type, e->type);
    if (s->kind == SYM_FUNC && s->decl && s->decl->u.func.info)
        return func_spelled(k, &s->decl->u.func.sig, e->type);
    return e->type;
}

Type *chk_expr_spelled(Checker *k, Expr *e) {
    if (!e || !e->type)
        return e ? e->type : NULL;
    switch (e->kind) {
    case E_PAREN: return chk_expr_spelled(k, e->u.paren.x);
    case E_NAME: return name_expr_spelled(k, e);
    case E_FIELD: return e->u.field.index >= 0 ? field_spelled(k, e) : e->type;
    case E_FUNCLIT: return func_spelled(k, &e->u.funclit.sig, e->type);
    case E_COMPOSITE:
        return e->u.composite.type ? chk_spelled(k, e->u.composite.type, e->type) : e->type;
    case E_INDEX: {
        Type *xt = chk_expr_spelled(k, e->u.index.x);
        if (xt && (xt->kind == T_SLICE || xt->kind == T_ARRAY || xt->kind == T_MAP) && xt->elem &&
            xt->elem->kind == e->type->kind)
            return xt->elem;
        return e->type;
    }
    case E_CALL:
        if (e->u.call.kind == CALL_CONV && e->u.call.fn->kind == E_NAME)    /* rune(x), B(x) */
            return name_spelled(k, e->u.call.fn->u.name.sym, e->type);
        if (e->u.call.kind == CALL_CONV && e->u.call.fn->kind == E_TYPE)    /* []rune(s) */
            return chk_spelled(k, e->u.call.fn->u.type.type, e->type);
        return e->type;
    default: return e->type;
    }
}

/* The spelling of a variable x := e makes (before e is defaulted): an
 * untyped rune constant makes a rune. */
Type *chk_init_spelled(Checker *k, Expr *e, Type *t) {
    if (e && e->type && e->type->rune_const && t == k->s->t_rune)
        return chk_rune_word(k);
    Type *s = chk_expr_spelled(k, e);
    return s && s != t && s->kind == t->kind ? s : NULL;
}

void chk_spell_var(Checker *k, Var *v, TypeExpr *te) {
    if (!v || !v->type || !te)
        return;
    Type *s = chk_spelled(k, te, v->type);
    v->spelled = s != v->type ? s : NULL;
}
