/*
 * defer.c: the frame record, setjmp landing, defer, recover and panic
 * (mir/build_defer.c has the MIR shape; runtime/core/defer.c the rest).
 *
 * A body that defers gets an ML0_FRAME_SIZE-byte, 16-aligned alloca for
 * its frame record. defer_enter links it and then calls _setjmp on it
 * (returns_twice): 0 the first time, nonzero when a panic longjmps back,
 * which the MIR branches on to its landing block.
 *
 * After a longjmp only memory is trustworthy: a value LLVM kept in a
 * register since the setjmp may be stale. The landing reads only the
 * frame record and the named results, and the named results' slots are
 * handed to ml0_defer_keep (an opaque call), so LLVM must keep them in
 * memory and store to them before every call that may panic. (LLVM does
 * not recolor stack slots in a function that calls a returns_twice
 * function.)
 */
#include "cg.h"
#include "ml0rt.h"

#include <string.h>

void cg_defer_frame(CgCtx *g, CgFn *f) {
    if (!f->body->has_defer)
        return;
    f->frame = LLVMBuildAlloca(g->b, LLVMArrayType(g->i8, ML0_FRAME_SIZE), "defer.frame");
    LLVMSetAlignment(f->frame, 16);
}

static LLVMValueRef setjmp_fn(CgCtx *g, LLVMTypeRef *ft) {
    *ft = LLVMFunctionType(g->i32, &g->ptr, 1, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(g->mod, "_setjmp");
    if (!fn) {
        fn = LLVMAddFunction(g->mod, "_setjmp", *ft);
        unsigned k = LLVMGetEnumAttributeKindForName("returns_twice", 13);
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->llc, k, 0));
    }
    return fn;
}

static bool is_named_result(Body *b, Local *l) {
    FuncInfo *fi = b->fi;
    for (int i = 0; fi && l->var && i < fi->results.len; i++)
        if (fi->results.data[i] == l->var)
            return true;
    return false;
}

/* defer_enter(): link, keep the named results in memory, setjmp. */
static LLVMValueRef enter(CgCtx *g, CgFn *f) {
    LLVMValueRef frame = cg_to_i8p(g, f->frame);
    cg_call_rt(g, RT_DEFER_ENTER, &frame, 1);
    Body *b = f->body;
    for (int i = 0; i < b->locals.len; i++)
        if (f->slots[i] && is_named_result(b, &b->locals.data[i])) {
            LLVMValueRef slot = cg_to_i8p(g, f->slots[i]);
            cg_call_rt(g, RT_DEFER_KEEP, &slot, 1);
        }
    cg_unwind_keep(g, f);
    LLVMTypeRef ft;
    LLVMValueRef sj = setjmp_fn(g, &ft);
    LLVMValueRef r = LLVMBuildCall2(g->b, ft, sj, &frame, 1, "");
    unsigned k = LLVMGetEnumAttributeKindForName("returns_twice", 13);
    LLVMAddCallSiteAttribute(r, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->llc, k, 0));
    return LLVMBuildICmp(g->b, LLVMIntNE, r, LLVMConstInt(g->i32, 0, 0), "");
}

/* panic(v): v as an interface value, boxed unless it is one already or
 * pointer-shaped; the box comes from ml0_panic_box (gc), or is a counted
 * object whose reference the panic holds until recover() hands it over
 * (drop). */
static void panic(CgCtx *g, CgFn *f, Rvalue *rv) {
    Operand *o = &rv->args.data[0];
    LLVMValueRef v = cg_operand(g, f, o);
    Type *t = o->type;
    LLVMTypeRef it = LLVMStructTypeInContext(g->llc, (LLVMTypeRef[]){g->ptr, g->ptr}, 2, 0);
    LLVMValueRef slot = cg_entry_alloca(g, f, it, "panic.value");
    LLVMValueRef iv;
    if (t->kind == T_IFACE && v && !type_is_empty_iface(t)) {  /* error, Stringer: {itab, data} -> {type, data} */
        iv = LLVMGetUndef(it);
        iv = LLVMBuildInsertValue(g->b, iv, cg_dyn_type(g, v, t), 0, "");
        iv = LLVMBuildInsertValue(g->b, iv, cg_field(g, v, 1), 1, "");
        LLVMBuildStore(g->b, iv, slot);
    } else if (t->kind == T_IFACE || t->kind == T_UNTYPED_NIL) {
        iv = t->kind == T_IFACE && v ? v : LLVMConstNull(it);
        LLVMBuildStore(g->b, iv, cg_cast_ptr(g, slot, LLVMPointerType(LLVMTypeOf(iv), 0)));
    } else {
        LLVMValueRef data;
        if (t->kind == T_PTR || t->kind == T_BOX || t->kind == T_MAP) {  /* pointer-shaped */
            data = cg_to_i8p(g, v);
        } else {
            LLVMValueRef size = cg_size_of(g, t);
            /* --runtime=drop: a counted box of t's glue kind, like an
               interface's, freed with the recovered value's last reference */
            data = g->counted ? cg_heap_alloc(g, t, size, false) : cg_call_rt(g, RT_PANIC_BOX, &size, 1);
            if (v)
                cg_store(g, v, data, t);
        }
        iv = LLVMGetUndef(it);
        iv = LLVMBuildInsertValue(g->b, iv, cg_type_desc(g, t), 0, "");
        iv = LLVMBuildInsertValue(g->b, iv, data, 1, "");
        LLVMBuildStore(g->b, iv, slot);
    }
    LLVMValueRef p = cg_to_i8p(g, slot);
    cg_call_rt(g, RT_PANIC, &p, 1);
}

/* ---- recover() is for the deferred function itself ------------------ */

bool cg_body_recovers(Body *b) {
    mir_foreach_stmt(b, bb, st)
        if (st->rv.kind == RV_INTRINSIC && st->rv.intrinsic == IN_RECOVER)
            return true;
    return false;
}

/* At entry: was this function called directly by the defer list (or by
 * a transparent caller it called directly)? Only functions that recover,
 * and defer wrappers (which pass the answer on), ask. */
void cg_recover_entry(CgCtx *g, CgFn *f) {
    Body *b = f->body;
    if (!(b->fi && b->fi->defer_wrapper) && !cg_body_recovers(b))
        return;
    LLVMValueRef self = cg_to_i8p(g, f->fn);
    f->recover_direct = cg_call_rt(g, RT_RECOVER_TAKE, &self, 1);
}

/* Before a defer wrapper's call: the callee is the deferred call. */
void cg_recover_pass(CgCtx *g, CgFn *f, LLVMValueRef callee) {
    if (!f->recover_direct || !f->body->fi || !f->body->fi->defer_wrapper)
        return;
    LLVMValueRef a[2] = {f->recover_direct, cg_to_i8p(g, callee)};
    cg_call_rt(g, RT_RECOVER_PASS, a, 2);
}

LLVMValueRef cg_defer_intrinsic(CgCtx *g, CgFn *f, Rvalue *rv) {
    LLVMValueRef frame = f->frame ? cg_to_i8p(g, f->frame) : NULL;
    switch (rv->intrinsic) {
    case IN_DEFER_ENTER:
        return enter(g, f);
    case IN_DEFER: {
        LLVMValueRef fv = cg_operand(g, f, &rv->args.data[0]);
        LLVMValueRef a[3] = {frame, cg_field(g, fv, 0), cg_field(g, fv, 1)};
        cg_call_rt(g, RT_DEFER_PUSH, a, 3);
        return NULL;
    }
    case IN_DEFER_RETURN:
        cg_call_rt(g, RT_DEFER_RETURN, &frame, 1);
        return NULL;
    case IN_DEFER_UNWIND:
        cg_call_rt(g, RT_DEFER_UNWIND, &frame, 1);
        return NULL;
    case IN_DEFER_RESUME:
        cg_call_rt(g, RT_DEFER_RESUME, &frame, 1);
        return NULL;
    case IN_RECOVER: {
        LLVMValueRef out = cg_entry_alloca(g, f, cg_type(g, rv->type), "recovered");
        /* `defer recover()`: its wrapper's own recover is not called by a
           deferred function, so it recovers nothing (Go's rule) */
        bool wrapper = f->body->fi && f->body->fi->defer_wrapper;
        LLVMValueRef a[2] = {cg_to_i8p(g, out), wrapper || !f->recover_direct ? LLVMConstInt(g->i32, 0, 0)
                                                                              : f->recover_direct};
        cg_call_rt(g, RT_RECOVER, a, 2);
        return LLVMBuildLoad2(g->b, cg_type(g, rv->type), out, "");
    }
    case IN_PANIC:
        panic(g, f, rv);
        return NULL;
    default:
        ICE("intrinsic %d is not a defer intrinsic", rv->intrinsic);
    }
}
