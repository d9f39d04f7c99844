/*
 * map.c: the map intrinsics (mir_kinds.def IN_MAP_*) as calls of the
 * runtime's hash table (runtime/core/map.c, ml0rt.def "Maps").
 *
 * A map value is the table's address (NULL: the nil map). Keys travel by
 * address: an operand is spilled to a frame slot first. A lookup returns
 * the value's address or NULL; the value read is the one at that address
 * or, on a miss, at a constant block of zeroes (`select`, no branch).
 *
 * Under --runtime=drop the map owns its keys and values: a value read
 * out (lookup, range) is a new reference (retained here, as any fresh
 * value arrives counted); an insert that finds the key releases the new
 * key's copy and the value it overwrites; delete releases what it
 * removes; the table's glue kind (cg_map_kind) releases every entry when
 * the map's last reference dies.
 */
#include "cg.h"

static bool counted_type(CgCtx *g, Type *t) { return g->counted && type_needs_release(t); }

/* A frame slot holding v (of type t): its i8* address. */
static LLVMValueRef spill(CgCtx *g, CgFn *f, LLVMValueRef v, Type *t) {
    LLVMValueRef slot = cg_to_i8p(g, cg_entry_alloca(g, f, cg_type(g, t), "mapkey"));
    cg_store(g, v, slot, t);
    return slot;
}

static LLVMValueRef key_addr(CgCtx *g, CgFn *f, Operand *k) {
    return spill(g, f, cg_operand(g, f, k), k->type);
}

/* A constant block of zeroes at least size bytes long: the value of a miss. */
static LLVMValueRef zeroes(CgCtx *g, int64_t size) {
    const char *name = arena_printf(&g->c->arena, "ml0.zero.%lld", (long long)(size ? size : 1));
    LLVMValueRef gv = LLVMGetNamedGlobal(g->mod, name);
    if (!gv) {
        LLVMTypeRef at = LLVMArrayType(g->i8, (unsigned)(size ? size : 1));
        gv = LLVMAddGlobal(g->mod, at, name);
        LLVMSetInitializer(gv, LLVMConstNull(at));
        LLVMSetGlobalConstant(gv, 1);
        LLVMSetLinkage(gv, LLVMInternalLinkage);
        LLVMSetAlignment(gv, 16);
    }
    return cg_to_i8p(g, gv);
}

/* The value a lookup found at p (NULL: the zero value), a new reference. */
static LLVMValueRef read_value(CgCtx *g, LLVMValueRef p, Type *t) {
    LLVMValueRef found = LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->ptr), "found");
    LLVMValueRef addr = LLVMBuildSelect(g->b, found, p, zeroes(g, t->size), "");
    LLVMValueRef v = cg_load(g, addr, t);
    if (counted_type(g, t))
        cg_retain(g, t, addr);
    return v;
}

static LLVMValueRef lookup(CgCtx *g, CgFn *f, Rvalue *rv) {
    LLVMValueRef a[2] = {cg_operand(g, f, &rv->args.data[0]), key_addr(g, f, &rv->args.data[1])};
    return cg_call_rt(g, RT_MAP_LOOKUP, a, 2);
}

/* mapget2: {value, found} */
static LLVMValueRef get2(CgCtx *g, CgFn *f, Rvalue *rv) {
    LLVMValueRef p = lookup(g, f, rv);
    Type *vt = rv->type->fields.data[0].type;
    LLVMValueRef t = LLVMGetUndef(cg_type(g, rv->type));
    t = LLVMBuildInsertValue(g->b, t, read_value(g, p, vt), 0, "");
    LLVMValueRef ok = LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->ptr), "ok");
    LLVMTypeRef bt = LLVMStructGetTypeAtIndex(cg_type(g, rv->type), 1);
    if (bt != g->i1)
        ok = LLVMBuildZExt(g->b, ok, bt, "");
    return LLVMBuildInsertValue(g->b, t, ok, 1, "");
}

/* if (cond) { release(t at a); release(t at b) } */
static void release_if(CgCtx *g, CgFn *f, LLVMValueRef cond, Type *ta, LLVMValueRef a, Type *tb, LLVMValueRef b) {
    LLVMBasicBlockRef then = LLVMAppendBasicBlockInContext(g->llc, f->fn, "map_release");
    LLVMBasicBlockRef after = LLVMAppendBasicBlockInContext(g->llc, f->fn, "map_released");
    LLVMBuildCondBr(g->b, cond, then, after);
    LLVMPositionBuilderAtEnd(g->b, then);
    if (counted_type(g, ta))
        cg_release(g, ta, a);
    if (counted_type(g, tb))
        cg_release(g, tb, b);
    LLVMBuildBr(g->b, after);
    LLVMPositionBuilderAtEnd(g->b, after);
}

/* mapset(m, k, v): find or insert k's slot, then store v there. */
static void set(CgCtx *g, CgFn *f, Rvalue *rv) {
    Type *kt = rv->args.data[1].type, *vt = rv->args.data[2].type;
    LLVMValueRef m = cg_operand(g, f, &rv->args.data[0]);
    LLVMValueRef k = key_addr(g, f, &rv->args.data[1]);
    LLVMValueRef v = cg_operand(g, f, &rv->args.data[2]);
    bool rc = counted_type(g, kt) || counted_type(g, vt);
    LLVMValueRef ins = rc ? cg_to_i8p(g, cg_entry_alloca(g, f, g->i32, "inserted")) : LLVMConstNull(g->ptr);
    LLVMValueRef a[3] = {m, k, ins};
    LLVMValueRef slot = cg_call_rt(g, RT_MAP_ASSIGN, a, 3);
    if (rc) {
        LLVMValueRef was = LLVMBuildLoad2(g->b, g->i32, cg_cast_ptr(g, ins, LLVMPointerType(g->i32, 0)), "");
        release_if(g, f, LLVMBuildICmp(g->b, LLVMIntEQ, was, LLVMConstInt(g->i32, 0, 0), ""), kt, k, vt, slot);
    }
    cg_store(g, v, slot, vt);
}

/* mapdelete(m, k): under counting, what was removed is released. */
static void delete(CgCtx *g, CgFn *f, Rvalue *rv) {
    Type *mt = rv->args.data[0].type;
    LLVMValueRef m = cg_operand(g, f, &rv->args.data[0]);
    LLVMValueRef k = key_addr(g, f, &rv->args.data[1]);
    bool rc = counted_type(g, mt->key) || counted_type(g, mt->elem);
    LLVMValueRef kout = LLVMConstNull(g->ptr), vout = LLVMConstNull(g->ptr);
    if (rc) {
        kout = cg_to_i8p(g, cg_entry_alloca(g, f, cg_type(g, mt->key), "delkey"));
        vout = cg_to_i8p(g, cg_entry_alloca(g, f, cg_type(g, mt->elem), "delval"));
    }
    LLVMValueRef a[4] = {m, k, kout, vout};
    LLVMValueRef r = cg_call_rt(g, RT_MAP_DELETE, a, 4);
    if (rc)
        release_if(g, f, LLVMBuildICmp(g->b, LLVMIntNE, r, LLVMConstInt(g->i32, 0, 0), ""),
                   mt->key, kout, mt->elem, vout);
}

/* makemap(hint): always on the heap (escape analysis's verdict is
 * reported as Go's; a frame map is future work). */
static LLVMValueRef make(CgCtx *g, CgFn *f, Rvalue *rv) {
    int kind = g->counted ? cg_map_kind(g, rv->type) : 0;
    LLVMValueRef a[3] = {cg_type_desc(g, rv->type), cg_operand(g, f, &rv->args.data[0]),
                         LLVMConstInt(g->i32, (unsigned long long)kind, 0)};
    return cg_call_rt(g, RT_MAP_MAKE, a, 3);
}

/* mapkey / mapval (m, pos): the entry a range stands on, a new reference */
static LLVMValueRef entry(CgCtx *g, CgFn *f, Rvalue *rv, RtKind k) {
    LLVMValueRef a[2] = {cg_operand(g, f, &rv->args.data[0]), cg_operand(g, f, &rv->args.data[1])};
    LLVMValueRef p = cg_call_rt(g, k, a, 2);
    LLVMValueRef v = cg_load(g, p, rv->type);
    if (counted_type(g, rv->type))
        cg_retain(g, rv->type, p);
    return v;
}

LLVMValueRef cg_map_intrinsic(CgCtx *g, CgFn *f, Rvalue *rv) {
    switch (rv->intrinsic) {
    case IN_MAP_MAKE: return make(g, f, rv);
    case IN_MAP_GET: return read_value(g, lookup(g, f, rv), rv->type);
    case IN_MAP_GET2: return get2(g, f, rv);
    case IN_MAP_SET: set(g, f, rv); return NULL;
    case IN_MAP_DELETE: delete(g, f, rv); return NULL;
    case IN_MAP_LEN: {
        LLVMValueRef m = cg_operand(g, f, &rv->args.data[0]);
        return cg_call_rt(g, RT_MAP_LEN, &m, 1);
    }
    case IN_MAP_NEXT: {
        LLVMValueRef a[2] = {cg_operand(g, f, &rv->args.data[0]), cg_operand(g, f, &rv->args.data[1])};
        return cg_call_rt(g, RT_MAP_NEXT, a, 2);
    }
    case IN_MAP_KEY: return entry(g, f, rv, RT_MAP_KEY_AT);
    case IN_MAP_VAL: return entry(g, f, rv, RT_MAP_VAL_AT);
    default: ICE("not a map intrinsic");
    }
}
