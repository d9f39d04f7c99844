/*
 * llvm_types.c: ML0 types -> LLVM types. int i64, byte i8, bool i1, float
 * double, pointers and boxes i8*, string {i8*, i64}, slice {i8*, i64,
 * i64}, func {i8*, i8*}, arrays as LLVM arrays, named structs as named
 * LLVM structs whose bodies are set after creation (so recursive types
 * work). Results are cached per Type.
 */
#include "cg.h"

#include <string.h>

static unsigned type_hash(Type *t) {
    uintptr_t x = (uintptr_t)t;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (unsigned)(x >> 32);
}

static LLVMTypeRef cache_get(CgCtx *g, Type *t) {
    if (!g->types_cap)
        return NULL;
    unsigned h = type_hash(t) & (unsigned)(g->types_cap - 1);
    for (; g->types[h].key; h = (h + 1) & (unsigned)(g->types_cap - 1))
        if (g->types[h].key == t)
            return g->types[h].val;
    return NULL;
}

static void cache_put(CgCtx *g, Type *t, LLVMTypeRef v) {
    if ((g->types_len + 1) * 2 > g->types_cap) {
        TypeMapEntry *old = g->types;
        int oldcap = g->types_cap;
        g->types_cap = oldcap ? oldcap * 2 : 256;
        g->types = arena_alloc(&g->c->arena, sizeof(TypeMapEntry) * (size_t)g->types_cap);
        g->types_len = 0;
        for (int i = 0; i < oldcap; i++)
            if (old[i].key)
                cache_put(g, old[i].key, old[i].val);
    }
    unsigned h = type_hash(t) & (unsigned)(g->types_cap - 1);
    while (g->types[h].key && g->types[h].key != t)
        h = (h + 1) & (unsigned)(g->types_cap - 1);
    if (!g->types[h].key)
        g->types_len++;
    g->types[h].key = t;
    g->types[h].val = v;
}

void cg_init_types(CgCtx *g) {
    LLVMContextRef c = g->llc;
    g->i1 = LLVMInt1TypeInContext(c);
    g->i8 = LLVMInt8TypeInContext(c);
    g->i32 = LLVMInt32TypeInContext(c);
    g->i64 = LLVMInt64TypeInContext(c);
    g->f64 = LLVMDoubleTypeInContext(c);
    g->void_t = LLVMVoidTypeInContext(c);
    g->ptr = LLVMPointerType(g->i8, 0);
    LLVMTypeRef s[3] = {g->ptr, g->i64, g->i64};
    g->string_t = LLVMStructTypeInContext(c, s, 2, 0);
    g->slice_t = LLVMStructTypeInContext(c, s, 3, 0);
    LLVMTypeRef f[2] = {g->ptr, g->ptr};
    g->func_t = LLVMStructTypeInContext(c, f, 2, 0);
}

static LLVMTypeRef struct_type(CgCtx *g, Type *t) {
    LLVMTypeRef st = NULL;
    if (t->name) {
        st = LLVMStructCreateNamed(g->llc, arena_printf(&g->c->arena, "%s", t->name));
        cache_put(g, t, st);
    }
    int n = t->fields.len;
    LLVMTypeRef *elems = arena_alloc(&g->c->arena, sizeof(LLVMTypeRef) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        elems[i] = cg_type(g, t->fields.data[i].type);
    if (t->name) {
        LLVMStructSetBody(st, elems, (unsigned)n, 0);
        return st;
    }
    return LLVMStructTypeInContext(g->llc, elems, (unsigned)n, 0);
}

LLVMTypeRef cg_type(CgCtx *g, Type *t) {
    LLVMTypeRef r = cache_get(g, t);
    if (r)
        return r;
    switch (t->kind) {
    case T_VOID: r = g->void_t; break;
    case T_INT: case T_UNTYPED_INT: r = g->i64; break;
    case T_BYTE: case T_INT8: r = g->i8; break;
    case T_INT16: case T_UINT16: r = LLVMInt16TypeInContext(g->llc); break;
    case T_INT32: case T_UINT32: r = g->i32; break;
    case T_INT64: case T_UINT: case T_UINT64: case T_UINTPTR: r = g->i64; break;
    case T_FLOAT32: r = LLVMFloatTypeInContext(g->llc); break;
    case T_BOOL: r = g->i1; break;
    case T_FLOAT: case T_UNTYPED_FLOAT: r = g->f64; break;
    case T_STRING: r = g->string_t; break;
    case T_SLICE: r = g->slice_t; break;
    case T_FUNC: r = g->func_t; break;
    case T_PTR: case T_BOX: case T_MAP: case T_UNTYPED_NIL: r = g->ptr; break;
    case T_ARRAY: r = LLVMArrayType(cg_type(g, t->elem), (unsigned)t->len); break;
    case T_STRUCT: r = struct_type(g, t); break;
    case T_IFACE: r = g->func_t; break;  /* two words, as a func value */
    default: ICE("no LLVM type for type kind %d", t->kind);
    }
    cache_put(g, t, r);
    return r;
}

LLVMTypeRef cg_ptr_to(CgCtx *g, Type *t) { return LLVMPointerType(cg_type(g, t), 0); }

LLVMValueRef cg_size_of(CgCtx *g, Type *t) {
    return LLVMConstInt(g->i64, (unsigned long long)t->size, 0);
}

/* An integer of any ML0 integer type as an i64: sign- or zero-extended as
 * its type says (indices, lengths, shift counts, panic values). */
LLVMValueRef cg_to_i64(CgCtx *g, LLVMValueRef v, Type *t) {
    if (LLVMGetIntTypeWidth(LLVMTypeOf(v)) == 64)
        return v;
    return type_is_unsigned(t) || t->kind == T_BOOL ? LLVMBuildZExt(g->b, v, g->i64, "")
                                                    : LLVMBuildSExt(g->b, v, g->i64, "");
}
