/*
 * rc_glue.c: the glue of reference counting (--runtime=drop, a program
 * whose shared values are counted: MirProgram.counted).
 *
 * Per type, `ml0.retain.N(i8* addr)` counts one more reference to each
 * heap object the value at addr holds, and `ml0.release.N(i8* addr)` runs
 * the struct's `drop` method (if any) and gives those references back.
 * A pointer, Box, slice or string holds one reference (through its data
 * pointer), a func value one (its environment), an interface one (its
 * data word: the pointer it holds, or its box, whose glue kind is the
 * dynamic type's, so the box's death releases what the value holds);
 * structs and arrays hold their fields' and elements'.
 *
 * Every counted heap object records a glue kind: kind k releases one T,
 * or every element of an array of T (a slice's backing array, whose
 * length the runtime knows from the allocation). `ml0_drop_kind`, the
 * dispatcher the runtime calls when a count reaches zero, is emitted last,
 * once every kind is known.
 */
#include "cg.h"
#include "../../runtime/ml0rt.h"

typedef enum { GLUE_RETAIN, GLUE_RELEASE } GlueOp;

static LLVMTypeRef glue_type(CgCtx *g) { return LLVMFunctionType(g->void_t, &g->ptr, 1, 0); }

static LLVMValueRef glue_fn(CgCtx *g, Type *t, GlueOp op);

static void call1(CgCtx *g, LLVMValueRef fn, LLVMValueRef arg) {
    cg_call(g, glue_type(g), fn, &arg, 1);
}

/* The reference a pointer-like value at addr holds, if any. */
static LLVMValueRef ref_of(CgCtx *g, Type *t, LLVMValueRef addr) {
    LLVMValueRef pp = cg_cast_ptr(g, addr, LLVMPointerType(g->ptr, 0));
    if (t->kind == T_FUNC || t->kind == T_IFACE) {  /* {fn, env}: the environment; {type, data}: the data word */
        LLVMValueRef idx = LLVMConstInt(g->i64, 1, 0);
        pp = LLVMBuildInBoundsGEP2(g->b, g->ptr, pp, &idx, 1, "");
    }
    return LLVMBuildLoad2(g->b, g->ptr, pp, "");
}

/* for (i = 0; i < n; i++) glue(base + i * esz); the builder ends after it */
static void each_elem(CgCtx *g, LLVMValueRef glue, LLVMValueRef base, LLVMValueRef n, LLVMValueRef esz) {
    LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInsertBlock(g->b));
    LLVMBasicBlockRef pre = LLVMGetInsertBlock(g->b);
    LLVMBasicBlockRef head = LLVMAppendBasicBlockInContext(g->llc, fn, "elems");
    LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(g->llc, fn, "elem");
    LLVMBasicBlockRef after = LLVMAppendBasicBlockInContext(g->llc, fn, "elems_done");
    LLVMBuildBr(g->b, head);
    LLVMPositionBuilderAtEnd(g->b, head);
    LLVMValueRef i = LLVMBuildPhi(g->b, g->i64, "i");
    LLVMValueRef zero = LLVMConstInt(g->i64, 0, 0);
    LLVMAddIncoming(i, &zero, &pre, 1);
    LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntULT, i, n, ""), body, after);
    LLVMPositionBuilderAtEnd(g->b, body);
    LLVMValueRef off = LLVMBuildMul(g->b, i, esz, "");
    call1(g, glue, LLVMBuildInBoundsGEP2(g->b, g->i8, cg_to_i8p(g, base), &off, 1, ""));
    LLVMValueRef next = LLVMBuildAdd(g->b, i, LLVMConstInt(g->i64, 1, 0), "");
    LLVMBasicBlockRef latch = LLVMGetInsertBlock(g->b);
    LLVMAddIncoming(i, &next, &latch, 1);
    LLVMBuildBr(g->b, head);
    LLVMPositionBuilderAtEnd(g->b, after);
}

static void glue_value(CgCtx *g, Type *t, GlueOp op, LLVMValueRef addr) {
    switch (t->kind) {
    case T_PTR: case T_BOX: case T_SLICE: case T_STRING: case T_FUNC: case T_MAP: case T_IFACE: {
        LLVMValueRef r = ref_of(g, t, addr);
        cg_call_rt(g, op == GLUE_RETAIN ? RT_RC_INC : RT_RC_DEC, &r, 1);
        return;
    }
    case T_STRUCT: {
        if (op == GLUE_RELEASE && t->drop) {
            int bi = cg_body_of_decl(g, t->drop);
            LLVMValueRef self = addr;
            Body *db = g->p->bodies.data[bi];
            if (!db->borrowed || !db->borrowed[1]) {    /* the receiver is the method's to release */
                LLVMValueRef owned = cg_to_i8p(g, self);
                cg_call_rt(g, RT_RC_INC, &owned, 1);
            }
            cg_call(g, g->fn_types[bi], g->fns[bi], &self, 1);
        }
        LLVMTypeRef st = cg_type(g, t);
        for (int i = 0; i < t->fields.len; i++) {
            Type *ft = t->fields.data[i].type;
            if (!type_needs_release(ft))
                continue;
            LLVMValueRef fa = LLVMBuildStructGEP2(g->b, st, cg_cast_ptr(g, addr, LLVMPointerType(st, 0)), (unsigned)i, "");
            call1(g, glue_fn(g, ft, op), cg_to_i8p(g, fa));
        }
        return;
    }
    case T_ARRAY: {
        LLVMTypeRef at = cg_type(g, t);
        LLVMValueRef base = cg_cast_ptr(g, addr, LLVMPointerType(at, 0));
        LLVMValueRef efn = glue_fn(g, t->elem, op);
        if (t->len <= 8) {
            for (int64_t i = 0; i < t->len; i++) {
                LLVMValueRef idx[2] = {LLVMConstInt(g->i64, 0, 0), LLVMConstInt(g->i64, (unsigned long long)i, 0)};
                call1(g, efn, cg_to_i8p(g, LLVMBuildInBoundsGEP2(g->b, at, base, idx, 2, "")));
            }
            return;
        }
        each_elem(g, efn, cg_to_i8p(g, base), LLVMConstInt(g->i64, (unsigned long long)t->len, 0),
                  cg_size_of(g, t->elem));
        return;
    }
    default:
        return;
    }
}

static LLVMValueRef glue_fn(CgCtx *g, Type *t, GlueOp op) {
    RcGlue *tab = op == GLUE_RETAIN ? &g->retain : &g->release;
    for (int i = 0; i < tab->len; i++)
        if (tab->data[i].type == t)
            return tab->data[i].fn;
    LLVMValueRef fn = LLVMAddFunction(g->mod, arena_printf(&g->c->arena, "ml0.%s.%d",
                                      op == GLUE_RETAIN ? "retain" : "release", tab->len), glue_type(g));
    LLVMSetLinkage(fn, LLVMInternalLinkage);
    RcGlueEntry e = {t, fn, false, false};
    vec_push(&g->c->arena, tab, e);
    LLVMBuilderRef saved = g->b;
    g->b = LLVMCreateBuilderInContext(g->llc);
    LLVMPositionBuilderAtEnd(g->b, LLVMAppendBasicBlockInContext(g->llc, fn, "entry"));
    glue_value(g, t, op, LLVMGetParam(fn, 0));
    LLVMBuildRetVoid(g->b);
    LLVMDisposeBuilder(g->b);
    g->b = saved;
    return fn;
}

LLVMValueRef cg_retain_glue(CgCtx *g, Type *t) { return glue_fn(g, t, GLUE_RETAIN); }
LLVMValueRef cg_release_glue(CgCtx *g, Type *t) { return glue_fn(g, t, GLUE_RELEASE); }

void cg_retain(CgCtx *g, Type *t, LLVMValueRef addr) {
    if (t->kind == T_STRUCT || t->kind == T_ARRAY)
        call1(g, cg_retain_glue(g, t), cg_to_i8p(g, addr));
    else if (type_needs_release(t))
        glue_value(g, t, GLUE_RETAIN, addr);
}

void cg_release(CgCtx *g, Type *t, LLVMValueRef addr) {
    if (t->kind == T_STRUCT || t->kind == T_ARRAY)
        call1(g, cg_release_glue(g, t), cg_to_i8p(g, addr));
    else if (type_needs_release(t))
        glue_value(g, t, GLUE_RELEASE, addr);
}

/* Kind numbers: 1, 2, ... in order of first use; an array kind also has
 * ML0_KIND_ARRAY set, telling the runtime that the glue needs the
 * object's size. */
static int kind_number(RcGlueEntry *e, int index) { return (index + 1) | (e->array ? ML0_KIND_ARRAY : 0); }

int cg_kind(CgCtx *g, Type *t, bool array) {
    if (!type_needs_release(t))
        return 0;
    for (int i = 0; i < g->kinds.len; i++)
        if (g->kinds.data[i].type == t && g->kinds.data[i].array == array)
            return kind_number(&g->kinds.data[i], i);
    RcGlueEntry e = {t, NULL, array, false};
    vec_push(&g->c->arena, &g->kinds, e);
    return kind_number(&e, g->kinds.len - 1);
}

/* A map's table: its glue releases every key and value (ml0_map_release)
 * and frees the table; the runtime frees the header after. */
int cg_map_kind(CgCtx *g, Type *mt) {
    for (int i = 0; i < g->kinds.len; i++)
        if (g->kinds.data[i].type == mt && g->kinds.data[i].map_table)
            return kind_number(&g->kinds.data[i], i);
    RcGlueEntry e = {mt, NULL, false, true};
    vec_push(&g->c->arena, &g->kinds, e);
    return kind_number(&e, g->kinds.len - 1);
}

static void release_map_table(CgCtx *g, Type *mt, LLVMValueRef obj) {
    LLVMValueRef a[3] = {obj,
                         type_needs_release(mt->key) ? cg_to_i8p(g, cg_release_glue(g, mt->key)) : LLVMConstNull(g->ptr),
                         type_needs_release(mt->elem) ? cg_to_i8p(g, cg_release_glue(g, mt->elem)) : LLVMConstNull(g->ptr)};
    cg_call_rt(g, RT_MAP_RELEASE, a, 3);
}

/* void ml0_drop_kind(i32 kind, i8* obj, i64 size) */
void cg_kind_dispatch(CgCtx *g) {
    LLVMTypeRef ps[3] = {g->i32, g->ptr, g->i64};
    LLVMTypeRef ft = LLVMFunctionType(g->void_t, ps, 3, 0);
    LLVMValueRef fn = LLVMAddFunction(g->mod, "ml0_drop_kind", ft);
    LLVMBuilderRef saved = g->b;
    g->b = LLVMCreateBuilderInContext(g->llc);
    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(g->llc, fn, "entry");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(g->llc, fn, "done");
    LLVMPositionBuilderAtEnd(g->b, done);
    LLVMBuildRetVoid(g->b);
    LLVMPositionBuilderAtEnd(g->b, entry);
    LLVMValueRef sw = LLVMBuildSwitch(g->b, LLVMGetParam(fn, 0), done, (unsigned)g->kinds.len);
    LLVMValueRef obj = LLVMGetParam(fn, 1), size = LLVMGetParam(fn, 2);
    for (int k = 0; k < g->kinds.len; k++) {   /* glue never adds kinds */
        RcGlueEntry *e = &g->kinds.data[k];
        LLVMBasicBlockRef bb = LLVMAppendBasicBlockInContext(g->llc, fn, "kind");
        LLVMAddCase(sw, LLVMConstInt(g->i32, (unsigned long long)kind_number(e, k), 0), bb);
        LLVMPositionBuilderAtEnd(g->b, bb);
        if (e->map_table) {
            release_map_table(g, e->type, obj);
            LLVMBuildBr(g->b, done);
            continue;
        }
        LLVMValueRef rel = cg_release_glue(g, e->type);
        if (!e->array) {
            call1(g, rel, obj);
            LLVMBuildBr(g->b, done);
            continue;
        }
        LLVMValueRef esz = cg_size_of(g, e->type);
        each_elem(g, rel, obj, LLVMBuildUDiv(g->b, size, esz, ""), esz);
        LLVMBuildBr(g->b, done);
    }
    LLVMDisposeBuilder(g->b);
    g->b = saved;
}
