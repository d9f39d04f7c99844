/*
 * place.c: addresses and operands. A place's address is computed from its
 * local (the alloca, or the heap cell an escaping local lives in) through
 * its projections: Deref loads the pointer and checks it for nil; Field is
 * a struct GEP; Index checks bounds against the array length or the
 * slice/string length and indexes the element. Failed checks branch to a
 * cold block that calls the runtime's panic.
 */
#include "cg.h"

#include <string.h>

LLVMValueRef cg_entry_alloca(CgCtx *g, CgFn *f, LLVMTypeRef t, const char *name) {
    LLVMBuilderRef b = LLVMCreateBuilderInContext(g->llc);
    LLVMValueRef first = LLVMGetFirstInstruction(f->entry);
    if (first)
        LLVMPositionBuilderBefore(b, first);
    else
        LLVMPositionBuilderAtEnd(b, f->entry);
    LLVMValueRef a = LLVMBuildAlloca(b, t, name);
    LLVMDisposeBuilder(b);
    return a;
}

LLVMValueRef cg_cast_ptr(CgCtx *g, LLVMValueRef v, LLVMTypeRef to_ptr) {
    if (LLVMTypeOf(v) == to_ptr)
        return v;
    return LLVMBuildPointerCast(g->b, v, to_ptr, "");
}

LLVMValueRef cg_to_i8p(CgCtx *g, LLVMValueRef v) { return cg_cast_ptr(g, v, g->ptr); }

LLVMValueRef cg_load(CgCtx *g, LLVMValueRef addr, Type *t) {
    LLVMTypeRef lt = cg_type(g, t);
    return LLVMBuildLoad2(g->b, lt, cg_cast_ptr(g, addr, LLVMPointerType(lt, 0)), "");
}

/* Through a pointer to the value's own LLVM type: a struct value may be
 * stored where a struct of another name but the same layout lives (Go's
 * assignability between a named struct and its struct literal type). */
void cg_store(CgCtx *g, LLVMValueRef val, LLVMValueRef addr, Type *t) {
    (void)t;
    LLVMBuildStore(g->b, val, cg_cast_ptr(g, addr, LLVMPointerType(LLVMTypeOf(val), 0)));
}

LLVMValueRef cg_field(CgCtx *g, LLVMValueRef agg, int i) {
    return LLVMBuildExtractValue(g->b, agg, (unsigned)i, "");
}

/* A call of runtime function k (runtime/ml0rt.def) with its arguments;
 * a count that disagrees with the declaration is the compiler's bug. */
LLVMValueRef cg_call_rt(CgCtx *g, RtKind k, LLVMValueRef *args, int nargs) {
    if ((unsigned)nargs != LLVMCountParamTypes(g->rt[k].type))
        ICE("runtime function %s called with %d arguments", LLVMGetValueName(g->rt[k].fn), nargs);
    return cg_call(g, g->rt[k].type, g->rt[k].fn, args, (unsigned)nargs);
}

/* if (fail_cond) panic(args...) — a cold block ending in unreachable. */
void cg_check(CgCtx *g, CgFn *f, LLVMValueRef fail_cond, RtKind panic, LLVMValueRef *args, int nargs) {
    LLVMBasicBlockRef bad = LLVMAppendBasicBlockInContext(g->llc, f->fn, "panic");
    LLVMBasicBlockRef ok = LLVMAppendBasicBlockInContext(g->llc, f->fn, "ok");
    LLVMValueRef br = LLVMBuildCondBr(g->b, fail_cond, bad, ok);
    (void)br;
    LLVMPositionBuilderAtEnd(g->b, bad);
    cg_call_rt(g, panic, args, nargs);
    LLVMBuildUnreachable(g->b);
    LLVMPositionBuilderAtEnd(g->b, ok);
}

LLVMValueRef cg_local_addr(CgCtx *g, CgFn *f, LocalId l) {
    LLVMValueRef slot = f->slots[l];
    if (!slot)
        ICE("local _%d of %s has no storage", l, f->body->name);
    if (f->heap[l])
        return LLVMBuildLoad2(g->b, g->ptr, slot, "");
    return cg_to_i8p(g, slot);
}

static LLVMValueRef index_addr(CgCtx *g, CgFn *f, LLVMValueRef addr, Type *t, LLVMValueRef idx) {
    LLVMValueRef base, len;
    Type *et;
    if (t->kind == T_ARRAY) {
        base = addr;
        len = LLVMConstInt(g->i64, (unsigned long long)t->len, 0);
        et = t->elem;
    } else {
        LLVMTypeRef agg = t->kind == T_STRING ? g->string_t : g->slice_t;
        LLVMValueRef v = LLVMBuildLoad2(g->b, agg, cg_cast_ptr(g, addr, LLVMPointerType(agg, 0)), "");
        base = cg_field(g, v, 0);
        len = cg_field(g, v, 1);
        et = t->kind == T_STRING ? NULL : t->elem;
    }
    LLVMValueRef bad = LLVMBuildICmp(g->b, LLVMIntUGE, idx, len, "");
    LLVMValueRef args[2] = {idx, len};
    cg_check(g, f, bad, RT_PANIC_INDEX, args, 2);
    LLVMTypeRef elt = et ? cg_type(g, et) : g->i8;
    LLVMValueRef p = cg_cast_ptr(g, base, LLVMPointerType(elt, 0));
    return cg_to_i8p(g, LLVMBuildInBoundsGEP2(g->b, elt, p, &idx, 1, ""));
}

LLVMValueRef cg_place_addr(CgCtx *g, CgFn *f, Place p) {
    LLVMValueRef addr = cg_local_addr(g, f, p.local);
    Type *t = f->body->locals.data[p.local].type;
    for (int i = 0; i < p.nproj; i++) {
        Proj *pj = &p.proj[i];
        switch (pj->kind) {
        case PJ_DEREF: {
            LLVMValueRef ptr = LLVMBuildLoad2(g->b, g->ptr, cg_cast_ptr(g, addr, LLVMPointerType(g->ptr, 0)), "");
            LLVMValueRef isnil = LLVMBuildICmp(g->b, LLVMIntEQ, ptr, LLVMConstNull(g->ptr), "");
            cg_check(g, f, isnil, RT_PANIC_NIL, NULL, 0);
            addr = ptr;
            break;
        }
        case PJ_FIELD: {
            LLVMTypeRef st = cg_type(g, t);
            addr = cg_to_i8p(g, LLVMBuildStructGEP2(g->b, st, cg_cast_ptr(g, addr, LLVMPointerType(st, 0)),
                                                    (unsigned)pj->field, ""));
            break;
        }
        case PJ_INDEX: {
            Type *it = f->body->locals.data[pj->index].type;
            LLVMValueRef idx = cg_to_i64(g, cg_load(g, cg_local_addr(g, f, pj->index), it), it);
            addr = index_addr(g, f, addr, t, idx);
            break;
        }
        case PJ_CONST_INDEX:
            addr = index_addr(g, f, addr, t, LLVMConstInt(g->i64, (unsigned long long)pj->const_index, 1));
            break;
        }
        t = pj->type;
    }
    return addr;
}

LLVMValueRef cg_const_string(CgCtx *g, Str s) {
    LLVMValueRef fields[2];
    if (s.len == 0) {
        fields[0] = LLVMConstNull(g->ptr);
    } else {
        /* under -g NUL-terminated, so gdb shows a string's `str` as just
           its bytes (what the linker puts after it is not the program's) */
        LLVMValueRef data = LLVMConstStringInContext(g->llc, s.ptr, (unsigned)s.len, g->dib == NULL);
        char name[32];
        snprintf(name, sizeof name, ".str.%d", g->nstrings++);
        fields[0] = cg_const_data(g, data, name, true);
    }
    fields[1] = LLVMConstInt(g->i64, (unsigned long long)s.len, 0);
    return LLVMConstNamedStruct(g->string_t, fields, 2);
}

static LLVMValueRef const_operand(CgCtx *g, Operand *o) {
    Const *k = &o->c;
    switch (k->kind) {
    case CONST_INT:
        if (type_is_float(o->type))
            return LLVMConstReal(cg_type(g, o->type), (double)k->i);
        return LLVMConstInt(cg_type(g, o->type), (unsigned long long)k->i, 1);
    case CONST_FLOAT:
        if (type_is_integer(o->type))
            return LLVMConstInt(cg_type(g, o->type), (unsigned long long)(int64_t)k->f, 1);
        return LLVMConstReal(o->type->kind == T_FLOAT32 ? cg_type(g, o->type) : g->f64, k->f);
    case CONST_BOOL: return LLVMConstInt(g->i1, k->i != 0, 0);
    case CONST_STRING: return cg_const_string(g, k->s);
    case CONST_NIL: return LLVMConstNull(cg_type(g, o->type));
    case CONST_FUNC: {
        LLVMValueRef f[2] = {LLVMConstPointerCast(cg_thunk(g, k->func), g->ptr), LLVMConstNull(g->ptr)};
        return LLVMConstNamedStruct(g->func_t, f, 2);
    }
    case CONST_GLOBAL: return LLVMConstPointerCast(g->globals[k->global], g->ptr);
    case CONST_VOID: return NULL;
    case CONST_EXTERN: {    /* unicode.IsSpace as a value: {wrapper, nil} */
        LLVMValueRef f[2] = {cg_lib_func_value(g, k->ext, o->type), LLVMConstNull(g->ptr)};
        return LLVMConstNamedStruct(g->func_t, f, 2);
    }
    }
    return NULL;
}

LLVMValueRef cg_operand(CgCtx *g, CgFn *f, Operand *o) {
    if (o->kind == OPD_CONST)
        return const_operand(g, o);
    Type *t = mir_place_type(f->body, o->place);
    if (t->kind == T_VOID)
        return NULL;
    return cg_load(g, cg_place_addr(g, f, o->place), t);
}
