/*
 * spell.c: byte/uint8 and rune/int32 as the program spells them, for
 * messages only.
 *
 * byte is uint8 and rune is int32 (aliases): identical types, one Type
 * each, so every check compares pointers as usual. But go1.19's messages
 * keep the name a declaration used: `var r rune` is "variable of type
 * rune", `var i int32` "variable of type int32", `x := 'a'` and the value
 * of `range s` are runes, `var u []uint8` is "[]uint8". So each variable
 * remembers its type as spelled (Var.spelled: a copy of its type whose
 * byte/rune leaves carry the spelling; NULL when it reads as type_name
 * prints it), and the messages that describe an operand print that.
 * The copies are never compared, cached or lowered.
 */
#include "check.h"

#include <string.h>

static Type *word(Checker *k, Type *t, const char *name) {
    Type **slot = t->kind == T_BYTE ? &k->s->t_uint8_word : &k->s->t_rune_word;
    if (!*slot) {
        *slot = arena_alloc(&k->c->arena, sizeof **slot);
        **slot = *t;
        (*slot)->name = intern_cstr(k->c, name);
        (*slot)->ptr_to = (*slot)->mut_ptr_to = (*slot)->slice_of = (*slot)->box_of = NULL;
    }
    return *slot;
}

static Type *copy_with(Checker *k, Type *t, Type *elem, Type *key) {
    if (elem == t->elem && key == t->key)
        return t;
    Type *c = arena_alloc(&k->c->arena, sizeof *c);
    *c = *t;
    c->elem = elem;
    c->key = key;
    c->ptr_to = c->mut_ptr_to = c->slice_of = c->box_of = NULL;
    return c;
}

Type *chk_spelled(Checker *k, TypeExpr *te, Type *t) {
    if (!te || !t || t->name)
        return t;
    switch (te->kind) {
    case TE_NAME:
        if (t == k->s->t_rune && strcmp(te->u.name, "rune") == 0)
            return word(k, t, "rune");
        if (t == k->s->t_byte && strcmp(te->u.name, "uint8") == 0)
            return word(k, t, "uint8");
        return t;
    case TE_SLICE:
        return t->kind == T_SLICE ? copy_with(k, t, chk_spelled(k, te->u.elem, t->elem), t->key) : t;
    case TE_ARRAY:
        return t->kind == T_ARRAY ? copy_with(k, t, chk_spelled(k, te->u.array.elem, t->elem), t->key) : t;
    case TE_PTR:
        return t->kind == T_PTR ? copy_with(k, t, chk_spelled(k, te->u.ptr.elem, t->elem), t->key) : t;
    case TE_MAP:
        return t->kind == T_MAP ? copy_with(k, t, chk_spelled(k, te->u.map.val, t->elem),
                                            chk_spelled(k, te->u.map.key, t->key)) : t;
    default: return t;
    }
}

Type *chk_expr_spelled(Checker *k, Expr *e) {
    if (!e || !e->type)
        return e ? e->type : NULL;
    switch (e->kind) {
    case E_PAREN: return chk_expr_spelled(k, e->u.paren.x);
    case E_NAME: {
        Symbol *s = e->u.name.sym;
        if (s && s->kind == SYM_VAR && s->var && s->var->spelled && s->var->type == e->type)
            return s->var->spelled;
        if (s && s->kind == SYM_GLOBAL && s->decl && s->decl->u.var.type)
            return chk_spelled(k, s->decl->u.var.type, e->type);
        return e->type;
    }
    case E_INDEX: {
        Type *xt = chk_expr_spelled(k, e->u.index.x);
        if (xt && (xt->kind == T_SLICE || xt->kind == T_ARRAY || xt->kind == T_MAP) && xt->elem &&
            xt->elem->kind == e->type->kind)
            return xt->elem;
        return e->type;
    }
    case E_CALL:
        if (e->u.call.kind == CALL_CONV && e->u.call.fn->kind == E_NAME)
            return chk_spelled(k, &(TypeExpr){.kind = TE_NAME, .u.name = e->u.call.fn->u.name.name}, e->type);
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
        return word(k, t, "rune");
    Type *s = chk_expr_spelled(k, e);
    return s && s != t && s->kind == t->kind ? s : NULL;
}

void chk_spell_var(Checker *k, Var *v, TypeExpr *te) {
    if (!v || !v->type || !te)
        return;
    Type *s = chk_spelled(k, te, v->type);
    v->spelled = s != v->type ? s : NULL;
}
