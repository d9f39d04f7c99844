/*
 * drop_glue.c: for --runtime=drop, one `void ml0.drop.N(i8* addr)`
 * function per type that owns something: it runs the struct's `drop`
 * method (if any) on the value at addr, then drops the fields in order;
 * a Box drops its pointee; an array drops its elements. Glue never frees
 * storage: a `drop_and_free` statement frees the top-level Box, slice or
 * string storage after the glue, when drop elaboration proved it owns a
 * heap allocation (stack allocations and aliases are never freed).
 */
#include "cg.h"

int cg_body_of_decl(CgCtx *g, Decl *d) {
    for (int i = 0; i < g->p->bodies.len; i++)
        if (g->p->bodies.data[i]->fi && g->p->bodies.data[i]->fi->decl == d)
            return i;
    ICE("function without a body");
}

static LLVMValueRef glue_lookup(CgCtx *g, Type *t) {
    for (int i = 0; i < g->glue_len; i++)
        if (g->glue[i].key == t)
            return (LLVMValueRef)g->glue[i].val;
    return NULL;
}

static void glue_remember(CgCtx *g, Type *t, LLVMValueRef fn) {
    if (g->glue_len == g->glue_cap) {
        int cap = g->glue_cap ? g->glue_cap * 2 : 16;
        TypeMapEntry *n = arena_alloc(&g->c->arena, sizeof(TypeMapEntry) * (size_t)cap);
        for (int i = 0; i < g->glue_len; i++)
            n[i] = g->glue[i];
        g->glue = n;
        g->glue_cap = cap;
    }
    g->glue[g->glue_len++] = (TypeMapEntry){t, (LLVMTypeRef)fn};
}

static void call_glue(CgCtx *g, Type *t, LLVMValueRef addr) {
    LLVMTypeRef gt = LLVMFunctionType(g->void_t, &g->ptr, 1, 0);
    LLVMValueRef fn = cg_drop_glue(g, t);
    LLVMBuildCall2(g->b, gt, fn, &addr, 1, "");
}

static void glue_struct(CgCtx *g, Type *t, LLVMValueRef addr) {
    if (t->drop) {
        int bi = cg_body_of_decl(g, t->drop);
        LLVMBuildCall2(g->b, g->fn_types[bi], g->fns[bi], &addr, 1, "");
    }
    LLVMTypeRef st = cg_type(g, t);
    for (int i = 0; i < t->fields.len; i++) {
        Type *ft = t->fields.data[i].type;
        if (!type_needs_drop(ft))
            continue;
        LLVMValueRef fa = LLVMBuildStructGEP2(g->b, st, cg_cast_ptr(g, addr, LLVMPointerType(st, 0)), (unsigned)i, "");
        call_glue(g, ft, cg_to_i8p(g, fa));
    }
}

static void glue_box(CgCtx *g, Type *t, LLVMValueRef fn, LLVMValueRef addr) {
    LLVMValueRef p = LLVMBuildLoad2(g->b, g->ptr, cg_cast_ptr(g, addr, LLVMPointerType(g->ptr, 0)), "");
    LLVMBasicBlockRef some = LLVMAppendBasicBlockInContext(g->llc, fn, "some");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(g->llc, fn, "done");
    LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, p, LLVMConstNull(g->ptr), ""), done, some);
    LLVMPositionBuilderAtEnd(g->b, some);
    if (type_needs_drop(t->elem))
        call_glue(g, t->elem, p);   /* nested storage is freed by its owner's drop statement only */
    LLVMBuildBr(g->b, done);
    LLVMPositionBuilderAtEnd(g->b, done);
}

static void glue_array(CgCtx *g, Type *t, LLVMValueRef addr) {
    LLVMTypeRef at = cg_type(g, t);
    for (int64_t i = 0; i < t->len; i++) {
        LLVMValueRef idx[2] = {LLVMConstInt(g->i64, 0, 0), LLVMConstInt(g->i64, (unsigned long long)i, 0)};
        LLVMValueRef ea = LLVMBuildInBoundsGEP2(g->b, at, cg_cast_ptr(g, addr, LLVMPointerType(at, 0)), idx, 2, "");
        call_glue(g, t->elem, cg_to_i8p(g, ea));
    }
}

LLVMValueRef cg_drop_glue(CgCtx *g, Type *t) {
    LLVMValueRef fn = glue_lookup(g, t);
    if (fn)
        return fn;
    LLVMTypeRef gt = LLVMFunctionType(g->void_t, &g->ptr, 1, 0);
    fn = LLVMAddFunction(g->mod, arena_printf(&g->c->arena, "ml0.drop.%d", g->glue_len), gt);
    LLVMSetLinkage(fn, LLVMInternalLinkage);
    glue_remember(g, t, fn);
    LLVMBuilderRef saved = g->b;
    g->b = LLVMCreateBuilderInContext(g->llc);
    LLVMPositionBuilderAtEnd(g->b, LLVMAppendBasicBlockInContext(g->llc, fn, "entry"));
    LLVMValueRef addr = LLVMGetParam(fn, 0);
    switch (t->kind) {
    case T_STRUCT: glue_struct(g, t, addr); break;
    case T_BOX: glue_box(g, t, fn, addr); break;
    case T_ARRAY: if (t->len <= 4096) glue_array(g, t, addr); break;
    default: break;
    }
    LLVMBuildRetVoid(g->b);
    LLVMDisposeBuilder(g->b);
    g->b = saved;
    return fn;
}
