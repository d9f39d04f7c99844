/*
 * body.c: one MIR Body -> one LLVM function. An extra entry block holds
 * every alloca and branches to MIR bb0; each MIR block maps to one LLVM
 * block. A local on the stack is an alloca of its type; a local that
 * escapes lives in a heap cell whose pointer the local's slot holds, and
 * each StorageLive allocates a fresh cell (a variable declared in a loop
 * gets a new one per iteration, as Go requires once it escapes).
 */
#include "cg.h"

#include <string.h>

static LLVMTypeRef body_fn_type(CgCtx *g, Body *b) {
    int n = b->nargs;
    LLVMTypeRef *ps = arena_alloc(&g->c->arena, sizeof(LLVMTypeRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        ps[i] = (b->has_env && i == 0) ? g->ptr : cg_type(g, b->locals.data[i + 1].type);
    return LLVMFunctionType(cg_type(g, b->locals.data[0].type), ps, (unsigned)n, 0);
}

void cg_declare_body(CgCtx *g, Body *b) {
    LLVMTypeRef ft = body_fn_type(g, b);
    const char *name = arena_printf(&g->c->arena, "ml0.%s", b->name);
    LLVMValueRef fn = LLVMAddFunction(g->mod, name, ft);
    LLVMSetLinkage(fn, LLVMInternalLinkage);
    /* Go never turns recursion into a loop: unbounded recursion must
     * overflow the stack (and say so), not spin; this keeps LLVM's
     * tail-recursion elimination away. */
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(g->llc, "disable-tail-calls", 18, "true", 4));
    g->fns[b->index] = fn;
    g->fn_types[b->index] = ft;
}

/* (env, params...) wrapper so a plain function can be a func value. */
LLVMValueRef cg_thunk(CgCtx *g, int bi) {
    if (g->thunks[bi])
        return g->thunks[bi];
    Body *b = g->p->bodies.data[bi];
    LLVMTypeRef ft = g->fn_types[bi];
    unsigned n = LLVMCountParamTypes(ft);
    LLVMTypeRef *ps = arena_alloc(&g->c->arena, sizeof(LLVMTypeRef) * (n + 1));
    LLVMGetParamTypes(ft, ps + 1);
    ps[0] = g->ptr;
    LLVMTypeRef tt = LLVMFunctionType(LLVMGetReturnType(ft), ps, n + 1, 0);
    LLVMValueRef th = LLVMAddFunction(g->mod, arena_printf(&g->c->arena, "ml0.thunk.%s", b->name), tt);
    LLVMSetLinkage(th, LLVMInternalLinkage);
    LLVMBuilderRef saved = g->b;
    g->b = LLVMCreateBuilderInContext(g->llc);
    LLVMPositionBuilderAtEnd(g->b, LLVMAppendBasicBlockInContext(g->llc, th, "entry"));
    LLVMValueRef *args = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (n + 1));
    for (unsigned i = 0; i < n; i++)
        args[i] = LLVMGetParam(th, i + 1);
    if (cg_body_recovers(b)) {  /* deferred as a func value: the thunk is transparent */
        LLVMValueRef self = cg_to_i8p(g, th);
        LLVMValueRef a[2] = {cg_call_rt(g, RT_RECOVER_TAKE, &self, 1), cg_to_i8p(g, g->fns[bi])};
        cg_call_rt(g, RT_RECOVER_PASS, a, 2);
    }
    LLVMValueRef r = LLVMBuildCall2(g->b, ft, g->fns[bi], args, n, "");
    if (LLVMGetTypeKind(LLVMGetReturnType(ft)) == LLVMVoidTypeKind)
        LLVMBuildRetVoid(g->b);
    else
        LLVMBuildRet(g->b, r);
    LLVMDisposeBuilder(g->b);
    g->b = saved;
    return g->thunks[bi] = th;
}

int cg_body_of_decl(CgCtx *g, Decl *d) {
    for (int i = 0; i < g->p->bodies.len; i++)
        if (g->p->bodies.data[i]->fi && g->p->bodies.data[i]->fi->decl == d)
            return i;
    ICE("function without a body");
}

/* void(i8*) wrapper calling a drop method, for GC finalizers. */
LLVMValueRef cg_drop_thunk(CgCtx *g, Decl *drop) {
    int bi = cg_body_of_decl(g, drop);
    if (g->drop_thunks[bi])
        return g->drop_thunks[bi];
    LLVMTypeRef tt = LLVMFunctionType(g->void_t, &g->ptr, 1, 0);
    LLVMValueRef th = LLVMAddFunction(g->mod, arena_printf(&g->c->arena, "ml0.dropthunk.%s",
                                      g->p->bodies.data[bi]->name), tt);
    LLVMSetLinkage(th, LLVMInternalLinkage);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(g->llc);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(g->llc, th, "entry"));
    LLVMValueRef arg = LLVMGetParam(th, 0);
    LLVMBuildCall2(b, g->fn_types[bi], g->fns[bi], &arg, 1, "");
    LLVMBuildRetVoid(b);
    LLVMDisposeBuilder(b);
    return g->drop_thunks[bi] = cg_to_i8p(g, th);
}

static LLVMValueRef new_cell(CgCtx *g, Type *t) {
    return cg_heap_alloc(g, t, cg_size_of(g, t), false);
}

static void setup_locals(CgCtx *g, CgFn *f) {
    Body *b = f->body;
    for (int i = 0; i < b->locals.len; i++) {
        Local *l = &b->locals.data[i];
        if (l->type->kind == T_VOID)
            continue;
        f->heap[i] = l->addressed && l->storage == STORAGE_HEAP;
        f->slots[i] = LLVMBuildAlloca(g->b, f->heap[i] ? g->ptr : cg_type(g, l->type),
                                      l->name ? l->name : "");
        if (f->heap[i] && l->kind != LOCAL_USER && l->kind != LOCAL_TEMP)
            LLVMBuildStore(g->b, new_cell(g, l->type), f->slots[i]);   /* args */
    }
    for (int i = 1; i <= b->nargs; i++) {
        LLVMValueRef v = LLVMGetParam(f->fn, (unsigned)(i - 1));
        if (b->locals.data[i].type->kind == T_VOID)
            continue;
        cg_store(g, v, cg_local_addr(g, f, i), b->locals.data[i].type);
    }
}

/* The address an assignment writes to; a heap temporary gets a fresh cell. */
static LLVMValueRef dest_addr(CgCtx *g, CgFn *f, MirStmt *st, Type *t) {
    LocalId l = st->place.local;
    if (st->place.nproj == 0 && f->heap[l] && f->body->locals.data[l].kind == LOCAL_TEMP)
        LLVMBuildStore(g->b, new_cell(g, t), f->slots[l]);
    return cg_place_addr(g, f, st->place);
}

/* A big struct or array copied, zeroed or built as a whole: memmove /
 * memset between addresses, never a first-class aggregate load and store
 * (LLVM scalarizes those: a [10000 x ptr] copy took it a minute, and so
 * did building a struct holding one, tests/drop/big_array). */
static bool is_big(Type *t) { return (t->kind == T_ARRAY || t->kind == T_STRUCT) && t->size > 64; }

/* Operand o of type t into the memory at dst: a big place by memmove, a
 * big constant (a zero value) by memset, anything else by a store. */
static void operand_to_memory(CgCtx *g, CgFn *f, Operand *o, Type *t, LLVMValueRef dst) {
    unsigned align = (unsigned)(t->align ? t->align : 1);
    if (is_big(t) && o->kind != OPD_CONST) {
        LLVMBuildMemMove(g->b, dst, align, cg_place_addr(g, f, o->place), align, cg_size_of(g, t));
        return;
    }
    if (is_big(t)) {
        LLVMBuildMemSet(g->b, dst, LLVMConstInt(g->i8, 0, 0), cg_size_of(g, t), align);
        return;
    }
    LLVMValueRef v = cg_operand(g, f, o);
    if (v)
        cg_store(g, v, dst, t);
}

/* A big struct or array literal (Table{rows: zero, name: s}): each field
 * or element written at its address, never one SSA aggregate. */
static void aggregate_to_memory(CgCtx *g, CgFn *f, Rvalue *rv, Type *t, LLVMValueRef dst) {
    LLVMTypeRef lt = cg_type(g, t);
    LLVMValueRef base = cg_cast_ptr(g, dst, LLVMPointerType(lt, 0));
    if (rv->args.len < (t->kind == T_STRUCT ? t->fields.len : t->len))
        LLVMBuildMemSet(g->b, dst, LLVMConstInt(g->i8, 0, 0), cg_size_of(g, t), (unsigned)(t->align ? t->align : 1));
    for (int i = 0; i < rv->args.len; i++) {
        Type *et = t->kind == T_STRUCT ? t->fields.data[i].type : t->elem;
        LLVMValueRef at;
        if (t->kind == T_STRUCT) {
            at = LLVMBuildStructGEP2(g->b, lt, base, (unsigned)i, "");
        } else {
            LLVMValueRef idx[2] = {LLVMConstInt(g->i64, 0, 0), LLVMConstInt(g->i64, (unsigned long long)i, 0)};
            at = LLVMBuildInBoundsGEP2(g->b, lt, base, idx, 2, "");
        }
        operand_to_memory(g, f, &rv->args.data[i], et, cg_to_i8p(g, at));
    }
}

/* Writing a literal's fields one by one is a parallel assignment only
 * when no operand can read what an earlier field's write changed: each is
 * a constant or a whole local, not the destination's, whose address is
 * never taken (so *p cannot be it). MIR's literals are built from such
 * temporaries; anything else keeps the SSA aggregate. */
static bool operands_disjoint(CgFn *f, Rvalue *rv, LocalId dst) {
    for (int i = 0; i < rv->args.len; i++) {
        Operand *o = &rv->args.data[i];
        if (o->kind == OPD_CONST)
            continue;
        if (o->place.nproj || o->place.local == dst || f->body->locals.data[o->place.local].addressed)
            return false;
    }
    return true;
}

static bool assign_in_memory(CgCtx *g, CgFn *f, MirStmt *st, Type *t) {
    Rvalue *rv = &st->rv;
    if (!is_big(t))
        return false;
    bool copy = rv->kind == RV_USE && rv->args.data[0].kind != OPD_CONST;
    if (!copy && (rv->kind != RV_AGGREGATE || !operands_disjoint(f, rv, st->place.local)))
        return false;
    LLVMValueRef dst = dest_addr(g, f, st, t);
    if (copy)
        operand_to_memory(g, f, &rv->args.data[0], t, dst);
    else
        aggregate_to_memory(g, f, rv, t, dst);
    return true;
}

void cg_stmt(CgCtx *g, CgFn *f, MirStmt *st) {
    Body *b = f->body;
    switch (st->kind) {
    case ST_ASSIGN: {
        Type *t = mir_place_type(b, st->place);
        if (assign_in_memory(g, f, st, t))
            return;
        LLVMValueRef v = cg_rvalue(g, f, &st->rv);
        if (t->kind == T_VOID || !v)
            return;
        cg_store(g, v, dest_addr(g, f, st, t), t);
        return;
    }
    case ST_EVAL:
        cg_rvalue(g, f, &st->rv);
        return;
    case ST_STORAGE_LIVE:
        if (f->heap[st->local])
            LLVMBuildStore(g->b, new_cell(g, b->locals.data[st->local].type), f->slots[st->local]);
        return;
    case ST_DROP: {
        LLVMBasicBlockRef cont = NULL;
        if (st->local >= 0) {   /* drop(x) if flag: test and clear the flag */
            LLVMValueRef live = cg_load(g, cg_local_addr(g, f, st->local), b->locals.data[st->local].type);
            LLVMBasicBlockRef yes = LLVMAppendBasicBlockInContext(g->llc, f->fn, "drop");
            cont = LLVMAppendBasicBlockInContext(g->llc, f->fn, "dropped");
            LLVMBuildCondBr(g->b, live, yes, cont);
            LLVMPositionBuilderAtEnd(g->b, yes);
            cg_store(g, LLVMConstInt(g->i1, 0, 0), cg_local_addr(g, f, st->local), b->locals.data[st->local].type);
        }
        Type *t = mir_place_type(b, st->place);
        if (st->place.nproj == 0 && f->heap[st->place.local]) {  /* the variable's own cell */
            LLVMValueRef cell = LLVMBuildLoad2(g->b, g->ptr, f->slots[st->place.local], "");
            cg_call_rt(g, RT_RC_DEC, &cell, 1);
        } else {    /* give back the references the value holds */
            cg_release(g, t, cg_place_addr(g, f, st->place));
        }
        if (cont) {
            LLVMBuildBr(g->b, cont);
            LLVMPositionBuilderAtEnd(g->b, cont);
        }
        return;
    }
    case ST_RETAIN:
        cg_retain(g, mir_place_type(b, st->place), cg_place_addr(g, f, st->place));
        return;
    default:
        return;
    }
}

static void terminator(CgCtx *g, CgFn *f, Terminator *t) {
    switch (t->kind) {
    case TM_GOTO:
        LLVMBuildBr(g->b, f->blocks[t->target]);
        return;
    case TM_BRANCH:
        LLVMBuildCondBr(g->b, cg_operand(g, f, &t->cond), f->blocks[t->target], f->blocks[t->els]);
        return;
    case TM_RETURN: {
        Type *rt = f->body->locals.data[0].type;
        if (rt->kind == T_VOID)
            LLVMBuildRetVoid(g->b);
        else
            LLVMBuildRet(g->b, cg_load(g, cg_local_addr(g, f, 0), rt));
        return;
    }
    case TM_UNREACHABLE:
        LLVMBuildUnreachable(g->b);
        return;
    case TM_DROP:
        ICE("drop terminators are not generated yet");
    default:
        ICE("terminator kind %d", t->kind);
    }
}

void cg_body(CgCtx *g, Body *b) {
    CgFn f = {0};
    f.body = b;
    f.fn = g->fns[b->index];
    f.slots = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)b->locals.len);
    f.heap = arena_alloc(&g->c->arena, (size_t)b->locals.len + 1);
    f.entry = LLVMAppendBasicBlockInContext(g->llc, f.fn, "entry");
    f.blocks = arena_alloc(&g->c->arena, sizeof(LLVMBasicBlockRef) * (size_t)b->blocks.len);
    mir_foreach_block(b, bb)
        f.blocks[mir_block_id(b, bb)] = LLVMAppendBasicBlockInContext(
            g->llc, f.fn, arena_printf(&g->c->arena, "bb%d", mir_block_id(b, bb)));
    g->cur = &f;
    LLVMPositionBuilderAtEnd(g->b, f.entry);
    cg_debug_body(g, b, f.fn);
    setup_locals(g, &f);
    cg_defer_frame(g, &f);
    cg_recover_entry(g, &f);
    cg_debug_locals(g, &f);
    LLVMBuildBr(g->b, f.blocks[0]);
    cg_unwind_prepare(g, &f);   /* after the entry: its calls need no cleanup */
    mir_foreach_block(b, bb) {
        LLVMPositionBuilderAtEnd(g->b, f.blocks[mir_block_id(b, bb)]);
        mir_foreach_stmt_in(bb, st) {
            cg_debug_loc(g, st->span);
            cg_stmt(g, &f, st);
        }
        cg_debug_loc(g, bb->term.span);
        terminator(g, &f, &bb->term);
    }
    cg_unwind_finish(g, &f);
    g->cur = NULL;
    cg_debug_end_body(g);
}
