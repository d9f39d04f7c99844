/*
 * go_mapkey.c: whether go1.19's order pass copies a map index's key into
 * a temporary (order.go mapKeyTemp), asked by MIR building (the order of
 * evaluation, mir/build_order.c) and by the bounds-check notes of a
 * statement (sema/bce_as2.c: a copied key is walked before the rest).
 *
 * A map of the slow kind (mapfast: a key that is not 4 or 8 bytes of plain
 * memory nor a string, or a value over 128 bytes) takes the key's address
 * (addrTemp: copied unless isaddrokay, addressable and no local
 * variable); a fast one converts it to uint32, uint64, unsafe.Pointer or
 * string, through a temporary unless it already is an integer, a string
 * or pointer-shaped (a struct or array key is copied, even a global's).
 */
#include "check.h"

#include <string.h>

bool sema_go_addressable(Expr *e) {     /* gc's ir.IsAddressable */
    switch (e->kind) {
    case E_PAREN: return sema_go_addressable(e->u.paren.x);
    case E_NAME:
        return e->u.name.sym && (e->u.name.sym->kind == SYM_VAR || e->u.name.sym->kind == SYM_GLOBAL);
    case E_DEREF: return true;
    case E_FIELD: return e->u.field.through_ptr || sema_go_addressable(e->u.field.x);
    case E_INDEX: {
        Type *xt = e->u.index.x->type;
        if (xt->kind == T_ARRAY)
            return sema_go_addressable(e->u.index.x);
        return xt->kind == T_SLICE || (xt->kind == T_PTR && xt->elem->kind == T_ARRAY);
    }
    default: return false;
    }
}

/* gc's isaddrokay: addressable, and not a local variable. */
bool sema_go_addr_ok(Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    if (e->kind == E_NAME)
        return e->u.name.sym && e->u.name.sym->kind == SYM_GLOBAL;
    return sema_go_addressable(e);
}

/* gc's types.AlgType, reduced to what mapfast asks: plain memory (equal
 * when its bytes are), a string, or anything else (floats, interfaces,
 * padded structs...). */
typedef enum { ALG_MEM, ALG_STRING, ALG_OTHER } GoAlg;

static GoAlg go_alg(Type *t) {
    switch (t->kind) {
    case T_FLOAT: case T_FLOAT32: case T_IFACE: return ALG_OTHER;
    case T_STRING: return ALG_STRING;
    case T_ARRAY: {
        GoAlg a = go_alg(t->elem);
        if (a == ALG_MEM || t->len == 0)
            return ALG_MEM;
        return t->len == 1 ? a : ALG_OTHER;
    }
    case T_STRUCT: {
        if (t->fields.len == 1 && strcmp(t->fields.data[0].name, "_") != 0)
            return go_alg(t->fields.data[0].type);
        for (int i = 0; i < t->fields.len; i++) {
            Field *f = &t->fields.data[i];
            int64_t end = i + 1 < t->fields.len ? t->fields.data[i + 1].offset : t->size;
            if (go_alg(f->type) != ALG_MEM || strcmp(f->name, "_") == 0 || f->offset + f->type->size != end)
                return ALG_OTHER;
        }
        return ALG_MEM;
    }
    default:
        return type_is_integer(t) || t->kind == T_BOOL || t->kind == T_PTR || t->kind == T_BOX ? ALG_MEM
                                                                                                : ALG_OTHER;
    }
}

/* Is the key k of a map of type mt copied into a temporary when met? */
bool sema_go_map_key_copied(Type *mt, Expr *k) {
    Type *kt = mt->key;
    if (k->is_const)
        return false;
    if (kt->kind == T_IFACE)    /* slow: k, or its conversion (never addressable) */
        return k->type->kind != T_IFACE || !sema_go_addr_ok(k);
    GoAlg a = go_alg(kt);
    int64_t size = type_go_size(kt);
    bool fast = type_go_size(mt->elem) <= 128 &&
                (a == ALG_STRING || (a == ALG_MEM && (size == 4 || size == 8)));
    if (!fast)
        return !sema_go_addr_ok(k);
    return !(type_is_integer(kt) || kt->kind == T_STRING || kt->kind == T_PTR || kt->kind == T_BOX);
}
