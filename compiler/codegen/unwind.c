/*
 * unwind.c: what a panic drops on its way (--runtime=drop; docs/RUNTIME.md,
 * "What a panic drops").
 *
 * A panic unwinds with the system unwinder (_Unwind_ForcedUnwind, from
 * runtime/core/defer.c) up to the newest function that defers, whose
 * setjmp landing then runs its deferred calls. The frames in between are
 * dropped as Rust drops them, with zero cost until a panic happens:
 *
 *   - a function that owns droppable locals (a drop flag in the MIR:
 *     drop(x) if _f) and does not defer gets one cleanup block, a
 *     landingpad of __gcc_personality_v0 (cleanup only);
 *   - every call it makes is an invoke whose unwind edge is that block,
 *     so a panic in any callee (or in the runtime: bounds, nil, divide)
 *     runs it;
 *   - the block drops each flagged local whose flag is set, in reverse
 *     declaration order (the drop flags say exactly what is owned at the
 *     call that unwound: LLVM's SSA construction gives the block the flags'
 *     values along each invoke edge), then resumes the unwinding.
 *
 * Size: that SSA form costs one phi entry per flagged local per invoke at
 * the cleanup block: quadratic in the body's size (a main of a few hundred
 * lines had 150 flags x 730 invokes, and LLVM -O2 spent 15 s on the phis,
 * in the SLP vectorizer, jump threading and instcombine). A body past
 * PIN_PHI_ENTRIES has its flagged slots pinned in memory (pin_slots: the
 * block loads them), which is linear; what is dropped does not change.
 *
 * Nothing runs when no panic happens: an invoke costs what a call costs,
 * and the cleanup code lies in the unwind tables' landing pads.
 *
 * A function that defers has no cleanup block: the unwinding stops in its
 * frame (the runtime longjmps to its landing before the unwinder would
 * run a cleanup there), and its landing drops its owned locals after the
 * deferred calls ran (drop/elaborate.c puts those drops there). Those
 * locals are read after a longjmp, so their slots and flags are kept in
 * memory (cg_unwind_keep): only memory is reliable after setjmp returns
 * twice.
 */
#include "cg.h"

#include <stdlib.h>

/* The flagged drops of a body, one per drop flag, highest local first. */
static int by_local_desc(const void *a, const void *b) {
    const MirStmt *x = *(MirStmt *const *)a, *y = *(MirStmt *const *)b;
    return (y->place.local > x->place.local) - (y->place.local < x->place.local);
}

static int flagged_drops(CgCtx *g, Body *b, MirStmt ***out) {
    int n = 0, cap = 8;
    MirStmt **v = arena_alloc(&g->c->arena, sizeof(MirStmt *) * (size_t)cap);
    bool *seen = arena_alloc(&g->c->arena, (size_t)b->locals.len + 1);
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_DROP || st->local < 0 || seen[st->local])
            continue;
        seen[st->local] = true;
        if (n == cap) {
            MirStmt **w = arena_alloc(&g->c->arena, sizeof(MirStmt *) * (size_t)cap * 2);
            for (int i = 0; i < n; i++)
                w[i] = v[i];
            v = w;
            cap *= 2;
        }
        v[n++] = st;
    }
    qsort(v, (size_t)n, sizeof *v, by_local_desc);
    *out = v;
    return n;
}

static LLVMValueRef personality(CgCtx *g) {
    LLVMValueRef p = LLVMGetNamedFunction(g->mod, "__gcc_personality_v0");
    if (!p)
        p = LLVMAddFunction(g->mod, "__gcc_personality_v0", LLVMFunctionType(g->i32, NULL, 0, 1));
    return p;
}

/* Before the body's blocks are filled: does it need a cleanup block? */
void cg_unwind_prepare(CgCtx *g, CgFn *f) {
    Body *b = f->body;
    if (!g->counted || b->has_defer)
        return;
    f->ndrops = flagged_drops(g, b, &f->drops);
    if (!f->ndrops)
        return;
    f->pad = LLVMAppendBasicBlockInContext(g->llc, f->fn, "unwind");
    LLVMSetPersonalityFn(f->fn, personality(g));
}

/* A large body's cleanup block reads the flagged locals and their flags
 * from memory (see the header): an empty asm statement there takes each
 * slot's address, so LLVM's SSA construction leaves the slot in memory.
 * Up to PIN_PHI_ENTRIES (flagged drops x invokes) the SSA form is kept:
 * registers for the flags, and LLVM is fast on it. */
enum { PIN_PHI_ENTRIES = 1024 };

static void pin_slots(CgCtx *g, CgFn *f) {
    LLVMTypeRef ft = LLVMFunctionType(LLVMVoidTypeInContext(g->llc), (LLVMTypeRef[]){g->ptr}, 1, 0);
    LLVMValueRef pin = LLVMGetInlineAsm(ft, "", 0, "r", 1, 1, 0, LLVMInlineAsmDialectATT, 0);
    for (int i = 0; i < f->ndrops; i++) {
        LocalId ls[2] = {f->drops[i]->place.local, f->drops[i]->local};
        for (int k = 0; k < 2; k++)
            if (f->slots[ls[k]]) {
                LLVMValueRef slot = cg_to_i8p(g, f->slots[ls[k]]);
                LLVMBuildCall2(g->b, ft, pin, &slot, 1, "");
            }
    }
}

/* After them: the cleanup block drops what is owned, then resumes. */
void cg_unwind_finish(CgCtx *g, CgFn *f) {
    if (!f->pad)
        return;
    LLVMBasicBlockRef pad = f->pad;
    f->pad = NULL;          /* its own calls are plain calls */
    LLVMPositionBuilderAtEnd(g->b, pad);
    LLVMTypeRef lpt = LLVMStructTypeInContext(g->llc, (LLVMTypeRef[]){g->ptr, g->i32}, 2, 0);
    LLVMValueRef lp = LLVMBuildLandingPad(g->b, lpt, personality(g), 0, "");
    LLVMSetCleanup(lp, 1);
    if ((long)f->ndrops * f->ninvokes > PIN_PHI_ENTRIES)
        pin_slots(g, f);
    for (int i = 0; i < f->ndrops; i++)
        cg_stmt(g, f, f->drops[i]);
    LLVMBuildResume(g->b, lp);
}

/* A call from the body being lowered: an invoke when a panic in the
 * callee must run the body's cleanup block. */
LLVMValueRef cg_call(CgCtx *g, LLVMTypeRef ft, LLVMValueRef fn, LLVMValueRef *args, unsigned n) {
    CgFn *f = g->cur;
    if (!f || !f->pad || LLVMGetBasicBlockParent(LLVMGetInsertBlock(g->b)) != f->fn)
        return LLVMBuildCall2(g->b, ft, fn, args, n, "");
    LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(g->llc, f->fn, "ret");
    LLVMValueRef r = LLVMBuildInvoke2(g->b, ft, fn, args, n, cont, f->pad, "");
    f->ninvokes++;
    LLVMPositionBuilderAtEnd(g->b, cont);
    return r;
}

/* A function that defers: the locals its landing drops, and their
 * flags, stay in memory (see the header). */
void cg_unwind_keep(CgCtx *g, CgFn *f) {
    if (!g->counted)
        return;
    MirStmt **drops;
    int n = flagged_drops(g, f->body, &drops);
    for (int i = 0; i < n; i++) {
        LocalId ls[2] = {drops[i]->place.local, drops[i]->local};
        for (int k = 0; k < 2; k++)
            if (f->slots[ls[k]]) {
                LLVMValueRef slot = cg_to_i8p(g, f->slots[ls[k]]);
                cg_call_rt(g, RT_DEFER_KEEP, &slot, 1);
            }
    }
}
