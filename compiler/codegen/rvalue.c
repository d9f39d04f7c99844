/*
 * rvalue.c: MIR rvalues -> LLVM values, with Go's semantics: wrapping
 * integer arithmetic, division and shift checks, byte as unsigned, string
 * comparison through the runtime, allocation sites on the heap or in the
 * frame as escape analysis decided, append with Go's growth, and
 * print/println with fmt's spacing.
 */
#include "cg.h"
#include "ml0rt.h"

#include <string.h>

static LLVMValueRef i64c(CgCtx *g, int64_t v) { return LLVMConstInt(g->i64, (unsigned long long)v, 1); }

/* ---- arithmetic -------------------------------------------------------- */

static LLVMValueRef int_div(CgCtx *g, CgFn *f, Op op, LLVMValueRef a, LLVMValueRef b, bool is_signed) {
    LLVMTypeRef t = LLVMTypeOf(a);
    LLVMValueRef zero = LLVMConstInt(t, 0, 0);
    cg_check(g, f, LLVMBuildICmp(g->b, LLVMIntEQ, b, zero, ""), RT_PANIC_DIVIDE, NULL, 0);
    if (!is_signed)
        return op == OP_DIV ? LLVMBuildUDiv(g->b, a, b, "") : LLVMBuildURem(g->b, a, b, "");
    /* x / -1 and x % -1 never trap: Go wraps MinInt64 / -1 to MinInt64 */
    LLVMValueRef m1 = LLVMConstInt(t, (unsigned long long)-1, 1);
    LLVMValueRef is_m1 = LLVMBuildICmp(g->b, LLVMIntEQ, b, m1, "");
    LLVMValueRef safe = LLVMBuildSelect(g->b, is_m1, LLVMConstInt(t, 1, 0), b, "");
    if (op == OP_DIV)
        return LLVMBuildSelect(g->b, is_m1, LLVMBuildSub(g->b, zero, a, ""),
                               LLVMBuildSDiv(g->b, a, safe, ""), "");
    return LLVMBuildSelect(g->b, is_m1, zero, LLVMBuildSRem(g->b, a, safe, ""), "");
}

/* Go shifts: counts >= the width give 0 (or the sign for signed >>). */
static LLVMValueRef shift(CgCtx *g, CgFn *f, Op op, LLVMValueRef x, LLVMValueRef n, Type *xt, Type *nt) {
    LLVMTypeRef t = LLVMTypeOf(x);
    unsigned width = LLVMGetIntTypeWidth(t);
    LLVMValueRef n64 = cg_to_i64(g, n, nt);
    if (!type_is_unsigned(nt)) {
        LLVMValueRef neg = LLVMBuildICmp(g->b, LLVMIntSLT, n64, i64c(g, 0), "");
        LLVMValueRef msg = LLVMBuildGlobalStringPtr(g->b, "negative shift amount", "");
        cg_check(g, f, neg, RT_PANIC_MSG, &msg, 1);
    }
    LLVMValueRef in_range = LLVMBuildICmp(g->b, LLVMIntULT, n64, i64c(g, width), "");
    LLVMValueRef clamped = LLVMBuildSelect(g->b, in_range, n64, i64c(g, width - 1), "");
    LLVMValueRef cnt = width == 64 ? clamped : LLVMBuildTrunc(g->b, clamped, t, "");
    bool is_signed = !type_is_unsigned(xt);
    if (op == OP_SHL) {
        LLVMValueRef r = LLVMBuildShl(g->b, x, cnt, "");
        return LLVMBuildSelect(g->b, in_range, r, LLVMConstInt(t, 0, 0), "");
    }
    if (is_signed)
        return LLVMBuildAShr(g->b, x, cnt, "");    /* clamped count gives the sign */
    LLVMValueRef r = LLVMBuildLShr(g->b, x, cnt, "");
    return LLVMBuildSelect(g->b, in_range, r, LLVMConstInt(t, 0, 0), "");
}

static LLVMIntPredicate int_pred(Op op, bool is_signed) {
    switch (op) {
    case OP_EQ: return LLVMIntEQ;
    case OP_NE: return LLVMIntNE;
    case OP_LT: return is_signed ? LLVMIntSLT : LLVMIntULT;
    case OP_LE: return is_signed ? LLVMIntSLE : LLVMIntULE;
    case OP_GT: return is_signed ? LLVMIntSGT : LLVMIntUGT;
    default: return is_signed ? LLVMIntSGE : LLVMIntUGE;
    }
}

static LLVMRealPredicate real_pred(Op op) {
    switch (op) {
    case OP_EQ: return LLVMRealOEQ;
    case OP_NE: return LLVMRealUNE;
    case OP_LT: return LLVMRealOLT;
    case OP_LE: return LLVMRealOLE;
    case OP_GT: return LLVMRealOGT;
    default: return LLVMRealOGE;
    }
}

static LLVMValueRef compare_as(CgCtx *g, Op op, Type *t, LLVMValueRef a, LLVMValueRef b);

/* a == b on struct and array values (Go spec "Comparison operators"):
 * field by field, element by element, all of them (no short circuit: the
 * values are already loaded, and comparing has no effects). */
static LLVMValueRef equal_aggregate(CgCtx *g, Type *t, LLVMValueRef a, LLVMValueRef b) {
    LLVMValueRef r = LLVMConstInt(LLVMInt1TypeInContext(g->llc), 1, 0);
    int n = t->kind == T_STRUCT ? t->fields.len : (int)t->len;
    for (int i = 0; i < n; i++) {
        Type *et = t->kind == T_STRUCT ? t->fields.data[i].type : t->elem;
        if (t->kind == T_STRUCT && t->fields.data[i].name && !strcmp(t->fields.data[i].name, "_"))
            continue;   /* blank fields are not compared */
        LLVMValueRef x = LLVMBuildExtractValue(g->b, a, (unsigned)i, "");
        LLVMValueRef y = LLVMBuildExtractValue(g->b, b, (unsigned)i, "");
        r = LLVMBuildAnd(g->b, r, compare_as(g, OP_EQ, et, x, y), "");
    }
    return r;
}

static LLVMValueRef compare(CgCtx *g, Op op, Operand *oa, Operand *ob, LLVMValueRef a, LLVMValueRef b) {
    Type *t = oa->type->kind == T_UNTYPED_NIL ? ob->type : oa->type;
    if (t->kind == T_IFACE)
        return cg_iface_compare(g, op, oa->type, oa->kind == OPD_CONST, ob->type, ob->kind == OPD_CONST, a, b);
    return compare_as(g, op, t, a, b);
}

static LLVMValueRef compare_as(CgCtx *g, Op op, Type *t, LLVMValueRef a, LLVMValueRef b) {
    switch (t->kind) {
    case T_STRUCT:
    case T_ARRAY: {
        LLVMValueRef eq = equal_aggregate(g, t, a, b);
        return op == OP_EQ ? eq : LLVMBuildNot(g->b, eq, "");
    }
    case T_FLOAT: case T_FLOAT32:
        return LLVMBuildFCmp(g->b, real_pred(op), a, b, "");
    case T_STRING: {
        LLVMValueRef args[4] = {cg_field(g, a, 0), cg_field(g, a, 1), cg_field(g, b, 0), cg_field(g, b, 1)};
        LLVMValueRef c = cg_call_rt(g, RT_STRING_CMP, args, 4);
        return LLVMBuildICmp(g->b, int_pred(op, true), c, i64c(g, 0), "");
    }
    case T_IFACE:
        return cg_iface_compare(g, op, t, false, t, false, a, b);
    case T_SLICE:
    case T_FUNC:    /* only against nil: compare the pointer field */
        return LLVMBuildICmp(g->b, int_pred(op, false), cg_field(g, a, 0), cg_field(g, b, 0), "");
    case T_PTR:
    case T_BOX:
    case T_MAP:
    case T_UNTYPED_NIL:
        return LLVMBuildICmp(g->b, int_pred(op, false), LLVMBuildPtrToInt(g->b, a, g->i64, ""),
                             LLVMBuildPtrToInt(g->b, b, g->i64, ""), "");
    default:
        return LLVMBuildICmp(g->b, int_pred(op, !type_is_unsigned(t) && t->kind != T_BOOL), a, b, "");
    }
}

static LLVMValueRef binary(CgCtx *g, CgFn *f, Rvalue *rv) {
    Operand *oa = &rv->args.data[0], *ob = &rv->args.data[1];
    LLVMValueRef a = cg_operand(g, f, oa), b = cg_operand(g, f, ob);
    Op op = rv->op;
    if (op >= OP_EQ && op <= OP_GE)
        return compare(g, op, oa, ob, a, b);
    if (op == OP_SHL || op == OP_SHR)
        return shift(g, f, op, a, b, rv->type, ob->type);
    if (type_is_float(rv->type)) {
        switch (op) {
        case OP_ADD: return LLVMBuildFAdd(g->b, a, b, "");
        case OP_SUB: return LLVMBuildFSub(g->b, a, b, "");
        case OP_MUL: return LLVMBuildFMul(g->b, a, b, "");
        case OP_DIV: return LLVMBuildFDiv(g->b, a, b, "");
        default: ICE("float operator %d", op);
        }
    }
    bool is_signed = !type_is_unsigned(rv->type);
    switch (op) {
    case OP_ADD: return LLVMBuildAdd(g->b, a, b, "");
    case OP_SUB: return LLVMBuildSub(g->b, a, b, "");
    case OP_MUL: return LLVMBuildMul(g->b, a, b, "");
    case OP_DIV: case OP_REM: return int_div(g, f, op, a, b, is_signed);
    case OP_AND: return LLVMBuildAnd(g->b, a, b, "");
    case OP_OR: return LLVMBuildOr(g->b, a, b, "");
    case OP_XOR: return LLVMBuildXor(g->b, a, b, "");
    case OP_ANDNOT: return LLVMBuildAnd(g->b, a, LLVMBuildNot(g->b, b, ""), "");
    default: ICE("binary operator %d reached codegen", op);
    }
}

static LLVMValueRef unary(CgCtx *g, CgFn *f, Rvalue *rv) {
    LLVMValueRef a = cg_operand(g, f, &rv->args.data[0]);
    switch (rv->op) {
    case OP_NEG:
        return type_is_float(rv->type) ? LLVMBuildFNeg(g->b, a, "") : LLVMBuildNeg(g->b, a, "");
    case OP_NOT:
    case OP_BITNOT:
        return LLVMBuildNot(g->b, a, "");
    default:
        return a;
    }
}

static LLVMValueRef fptosi_sat(CgCtx *g, LLVMValueRef v) {
    const char *name = "llvm.fptosi.sat";
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    LLVMTypeRef tys[2] = {g->i64, g->f64};
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(g->mod, id, tys, 2);
    LLVMTypeRef ft = LLVMFunctionType(g->i64, &g->f64, 1, 0);
    return LLVMBuildCall2(g->b, ft, fn, &v, 1, "");
}

/* Go's numeric conversions: integers truncate or extend by the source's
 * signedness; float to integer truncates toward zero (saturating, where
 * Go's result is implementation-defined); integer to float rounds. */
/* v as LLVM type lt, the same layout under another name: T(x) between
 * struct (or array) types with identical underlying types. Rebuilt
 * element by element; pointers are cast. */
static LLVMValueRef retype(CgCtx *g, LLVMValueRef v, LLVMTypeRef lt) {
    LLVMTypeRef vt = LLVMTypeOf(v);
    if (vt == lt)
        return v;
    if (LLVMGetTypeKind(lt) == LLVMPointerTypeKind)
        return LLVMBuildPointerCast(g->b, v, lt, "");
    unsigned n = LLVMGetTypeKind(lt) == LLVMStructTypeKind ? LLVMCountStructElementTypes(lt)
               : LLVMGetTypeKind(lt) == LLVMArrayTypeKind ? LLVMGetArrayLength(lt) : 0;
    LLVMValueRef r = LLVMGetUndef(lt);
    for (unsigned i = 0; i < n; i++) {
        LLVMTypeRef et = LLVMGetTypeKind(lt) == LLVMStructTypeKind ? LLVMStructGetTypeAtIndex(lt, i)
                                                                  : LLVMGetElementType(lt);
        r = LLVMBuildInsertValue(g->b, r, retype(g, LLVMBuildExtractValue(g->b, v, i, ""), et), i, "");
    }
    return r;
}

static LLVMValueRef cast(CgCtx *g, CgFn *f, Rvalue *rv) {
    Operand *o = &rv->args.data[0];
    LLVMValueRef v = cg_operand(g, f, o);
    Type *from = o->type, *to = rv->type;
    if (from->kind == to->kind)
        return v && (to->kind == T_STRUCT || to->kind == T_ARRAY || to->kind == T_PTR)
               ? retype(g, v, cg_type(g, to)) : v;
    LLVMTypeRef lt = cg_type(g, to);
    if (type_is_float(to) && type_is_float(from))
        return LLVMBuildFPCast(g->b, v, lt, "");
    if (type_is_float(to))
        return type_is_unsigned(from) ? LLVMBuildUIToFP(g->b, v, lt, "") : LLVMBuildSIToFP(g->b, v, lt, "");
    if (type_is_float(from)) {
        if (from->kind == T_FLOAT32)
            v = LLVMBuildFPExt(g->b, v, g->f64, "");
        LLVMValueRef i = fptosi_sat(g, v);
        return type_int_bits(to) < 64 ? LLVMBuildTrunc(g->b, i, lt, "") : i;
    }
    if (type_is_integer(to) && type_is_integer(from)) {
        unsigned fb = LLVMGetIntTypeWidth(LLVMTypeOf(v)), tb = LLVMGetIntTypeWidth(lt);
        if (tb < fb)
            return LLVMBuildTrunc(g->b, v, lt, "");
        if (tb > fb)
            return type_is_unsigned(from) ? LLVMBuildZExt(g->b, v, lt, "") : LLVMBuildSExt(g->b, v, lt, "");
        return v;
    }
    if (type_is_pointer_like(to) || to->kind == T_SLICE || to->kind == T_FUNC)
        return v;
    ICE("cast from %d to %d", from->kind, to->kind);
}

/* ---- aggregates and memory --------------------------------------------- */

static LLVMValueRef aggregate(CgCtx *g, CgFn *f, Rvalue *rv) {
    LLVMTypeRef t = cg_type(g, rv->type);
    LLVMValueRef v = LLVMConstNull(t);
    for (int i = 0; i < rv->args.len; i++) {
        LLVMValueRef x = cg_operand(g, f, &rv->args.data[i]);
        if (x)
            v = LLVMBuildInsertValue(g->b, v, x, (unsigned)i, "");
    }
    return v;
}

static void zero_fill(CgCtx *g, LLVMValueRef p, Type *t) {
    if (t->size > 0)
        LLVMBuildMemSet(g->b, p, LLVMConstInt(g->i8, 0, 0), cg_size_of(g, t), (unsigned)(t->align ? t->align : 1));
}

/* size bytes of fresh zeroed heap for one t (or an array of them): with
 * its glue kind when references in it are counted. */
LLVMValueRef cg_heap_alloc(CgCtx *g, Type *t, LLVMValueRef size, bool array) {
    if (g->counted && type_needs_release(t)) {
        LLVMValueRef a[2] = {size, LLVMConstInt(g->i32, (unsigned long long)cg_kind(g, t, array), 0)};
        return cg_call_rt(g, RT_ALLOC_KIND, a, 2);
    }
    return cg_call_rt(g, type_has_pointers(t) ? RT_ALLOC : RT_ALLOC_ATOMIC, &size, 1);
}

static LLVMValueRef slice_value(CgCtx *g, LLVMValueRef mem, LLVMValueRef len, LLVMValueRef cap) {
    LLVMValueRef v = LLVMGetUndef(g->slice_t);
    v = LLVMBuildInsertValue(g->b, v, mem, 0, "");
    v = LLVMBuildInsertValue(g->b, v, len, 1, "");
    return LLVMBuildInsertValue(g->b, v, cap, 2, "");
}

/* A pointer to fresh zeroed storage for t at site: heap or frame. */
static LLVMValueRef alloc_storage(CgCtx *g, CgFn *f, Type *t, int site) {
    AllocSite *s = site >= 0 ? &f->body->sites.data[site] : NULL;
    if (s && (s->storage == STORAGE_STACK || (s->lent_box && g->c->opt.runtime == RT_DROP))) {
        LLVMValueRef a = cg_to_i8p(g, cg_entry_alloca(g, f, cg_type(g, t), "stk"));
        zero_fill(g, a, t);
        return a;
    }
    LLVMValueRef p = cg_heap_alloc(g, t, cg_size_of(g, t), false);
    if (t->kind == T_STRUCT && t->drop && g->c->opt.runtime == RT_GC) {
        LLVMValueRef args[2] = {p, cg_drop_thunk(g, t->drop)};
        cg_call_rt(g, RT_REGISTER_DROP, args, 2);
    }
    return p;
}

static LLVMValueRef call_out(CgCtx *g, CgFn *f, RtKind k, LLVMTypeRef out_t, LLVMValueRef *args, int n) {
    LLVMValueRef tmp = cg_entry_alloca(g, f, out_t, "out");
    LLVMValueRef all[8];
    all[0] = cg_to_i8p(g, tmp);
    for (int i = 0; i < n; i++)
        all[i + 1] = args[i];
    cg_call_rt(g, k, all, n + 1);
    return LLVMBuildLoad2(g->b, out_t, tmp, "");
}

static LLVMValueRef make_slice(CgCtx *g, CgFn *f, Rvalue *rv) {
    Type *et = rv->elem;
    LLVMValueRef len = cg_to_i64(g, cg_operand(g, f, &rv->args.data[0]), rv->args.data[0].type);
    Operand *capo = &rv->args.data[1];
    LLVMValueRef cap = capo->kind == OPD_CONST && capo->c.kind == CONST_VOID ? len
                     : cg_to_i64(g, cg_operand(g, f, capo), capo->type);
    AllocSite *s = &f->body->sites.data[rv->site];
    if (s->storage == STORAGE_STACK) {
        int64_t n = capo->kind == OPD_CONST && capo->c.kind == CONST_INT ? capo->c.i
                    : rv->args.data[0].c.i;
        Type *at = type_array(g->p->sema, et, n);
        LLVMValueRef mem = cg_to_i8p(g, cg_entry_alloca(g, f, cg_type(g, at), "stkslice"));
        zero_fill(g, mem, at);
        return slice_value(g, mem, len, cap);
    }
    if (s->bounded && g->c->opt.runtime == RT_GC) {
        /* the site's last object is dead when it runs again: reuse it,
           hot in cache, instead of zeroing a cold new block */
        LLVMValueRef slot = cg_entry_alloca(g, f, g->ptr, "reuse");
        LLVMBuilderRef eb = LLVMCreateBuilderInContext(g->llc);
        LLVMValueRef next = LLVMGetNextInstruction(slot);
        if (next)
            LLVMPositionBuilderBefore(eb, next);
        else
            LLVMPositionBuilderAtEnd(eb, f->entry);
        LLVMBuildStore(eb, LLVMConstNull(g->ptr), slot);
        LLVMDisposeBuilder(eb);
        LLVMValueRef args[5] = {cg_to_i8p(g, slot), len, cap, cg_size_of(g, et),
                                LLVMConstInt(g->i32, type_has_pointers(et), 0)};
        return call_out(g, f, RT_MAKE_SLICE_REUSE, g->slice_t, args, 5);
    }
    Operand *leno = &rv->args.data[0];
    int64_t clen = leno->kind == OPD_CONST && leno->c.kind == CONST_INT ? leno->c.i : -1;
    int64_t ccap = capo->kind == OPD_CONST && capo->c.kind == CONST_INT ? capo->c.i
                   : capo->kind == OPD_CONST && capo->c.kind == CONST_VOID ? clen : -1;
    if (clen >= 0 && ccap >= clen && et->size > 0 && ccap <= (INT64_C(1) << 30) / et->size) {
        /* constant, valid bounds: allocate directly, no checks to make */
        LLVMValueRef mem = cg_heap_alloc(g, et, i64c(g, ccap * et->size), true);
        return slice_value(g, mem, i64c(g, clen), i64c(g, ccap));
    }
    if (g->counted && type_needs_release(et)) {
        LLVMValueRef args[4] = {len, cap, cg_size_of(g, et),
                                LLVMConstInt(g->i32, (unsigned long long)cg_kind(g, et, true), 0)};
        return call_out(g, f, RT_MAKE_SLICE_KIND, g->slice_t, args, 4);
    }
    LLVMValueRef args[4] = {len, cap, cg_size_of(g, et), LLVMConstInt(g->i32, type_has_pointers(et), 0)};
    return call_out(g, f, RT_MAKE_SLICE, g->slice_t, args, 4);
}

/* The growth step shared by both appends: store s in tmp and, when
 * len(s)+n exceeds cap(s), grow tmp's slice in place (growslice; the
 * counted forms retain the copied elements, or move the appendee's array
 * in when rv->consume). Returns the new length; the builder is left at
 * the join, where tmp holds the (possibly grown) slice. */
static LLVMValueRef grow_for_append(CgCtx *g, CgFn *f, Rvalue *rv, LLVMValueRef tmp, LLVMValueRef s,
                                    LLVMValueRef n, bool rc_elems) {
    Type *et = rv->type->elem;
    LLVMBuildStore(g->b, s, tmp);
    LLVMValueRef newlen = LLVMBuildAdd(g->b, cg_field(g, s, 1), n, "");
    LLVMValueRef need = LLVMBuildICmp(g->b, LLVMIntSGT, newlen, cg_field(g, s, 2), "");
    LLVMBasicBlockRef grow = LLVMAppendBasicBlockInContext(g->llc, f->fn, "grow");
    LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(g->llc, f->fn, "appended");
    LLVMBuildCondBr(g->b, need, grow, cont);
    LLVMPositionBuilderAtEnd(g->b, grow);
    if (g->counted) {   /* the new array counts its own references to the elements it copies */
        LLVMValueRef args[5] = {cg_to_i8p(g, tmp), n, cg_size_of(g, et),
                                LLVMConstInt(g->i32, (unsigned long long)cg_kind(g, et, true), 0),
                                rc_elems ? cg_to_i8p(g, cg_retain_glue(g, et)) : LLVMConstNull(g->ptr)};
        cg_call_rt(g, rv->consume ? RT_GROWSLICE_CONSUME : RT_GROWSLICE_RC, args, 5);
    } else {
        LLVMValueRef args[4] = {cg_to_i8p(g, tmp), n, cg_size_of(g, et),
                                LLVMConstInt(g->i32, type_has_pointers(et), 0)};
        cg_call_rt(g, RT_GROWSLICE, args, 4);
    }
    LLVMBuildBr(g->b, cont);
    LLVMPositionBuilderAtEnd(g->b, cont);
    return newlen;
}

/* append(x, y...): grow x by len(y), then copy y's elements after x's
 * (memmove: y may be x's own array, as in append(s[:i], s[i+1:]...)).
 * Counted elements are copied with copy_rc (retain y's, release the
 * slots they overwrite), and y's array is held across the growth (also
 * for plain elements when x is consumed), which
 * may free x's old array when x moved in (x = append(x, x...)). */
static LLVMValueRef append_spread(CgCtx *g, CgFn *f, Rvalue *rv) {
    Type *et = rv->type->elem;
    LLVMValueRef s = cg_operand(g, f, &rv->args.data[0]);
    LLVMValueRef y = cg_operand(g, f, &rv->args.data[1]);
    LLVMValueRef yp = cg_field(g, y, 0), n = cg_field(g, y, 1);
    bool rc_elems = g->counted && type_needs_release(et);
    bool hold = rc_elems || (g->counted && rv->consume);   /* y's array across the growth */
    if (hold)
        cg_call_rt(g, RT_RC_INC, &yp, 1);
    LLVMValueRef tmp = cg_entry_alloca(g, f, g->slice_t, "app");
    LLVMValueRef len = cg_field(g, s, 1);
    LLVMValueRef newlen = grow_for_append(g, f, rv, tmp, s, n, rc_elems);
    LLVMValueRef ns = LLVMBuildLoad2(g->b, g->slice_t, tmp, "");
    LLVMTypeRef elt = cg_type(g, et);
    LLVMValueRef base = cg_cast_ptr(g, cg_field(g, ns, 0), LLVMPointerType(elt, 0));
    if (g->counted && !rv->consume) {   /* unless grown, the result shares the array */
        LLVMBasicBlockRef shared = LLVMAppendBasicBlockInContext(g->llc, f->fn, "shared");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(g->llc, f->fn, "counted");
        LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, cg_field(g, ns, 0), cg_field(g, s, 0), ""),
                        shared, done);
        LLVMPositionBuilderAtEnd(g->b, shared);
        LLVMValueRef p = cg_field(g, ns, 0);
        cg_call_rt(g, RT_RC_INC, &p, 1);
        LLVMBuildBr(g->b, done);
        LLVMPositionBuilderAtEnd(g->b, done);
    }
    LLVMValueRef dst = cg_to_i8p(g, LLVMBuildInBoundsGEP2(g->b, elt, base, &len, 1, ""));
    if (rc_elems) {
        LLVMValueRef a[7] = {dst, n, cg_to_i8p(g, yp), n, cg_size_of(g, et),
                             cg_to_i8p(g, cg_retain_glue(g, et)), cg_to_i8p(g, cg_release_glue(g, et))};
        cg_call_rt(g, RT_COPY_RC, a, 7);
    } else {
        LLVMValueRef a[5] = {dst, n, cg_to_i8p(g, yp), n, cg_size_of(g, et)};
        cg_call_rt(g, RT_COPY, a, 5);
    }
    if (hold)
        cg_call_rt(g, RT_RC_DEC, &yp, 1);
    return LLVMBuildInsertValue(g->b, ns, newlen, 1, "");
}

static LLVMValueRef append(CgCtx *g, CgFn *f, Rvalue *rv) {
    if (rv->spread)
        return append_spread(g, f, rv);
    Type *et = rv->type->elem;
    int n = rv->args.len - 1;
    LLVMValueRef s = cg_operand(g, f, &rv->args.data[0]);
    LLVMValueRef *vals = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        vals[i] = cg_operand(g, f, &rv->args.data[i + 1]);
    LLVMValueRef tmp = cg_entry_alloca(g, f, g->slice_t, "app");
    LLVMValueRef len = cg_field(g, s, 1);
    bool rc_elems = g->counted && type_needs_release(et);
    LLVMValueRef newlen = grow_for_append(g, f, rv, tmp, s, i64c(g, n), rc_elems);
    LLVMValueRef ns = LLVMBuildLoad2(g->b, g->slice_t, tmp, "");
    LLVMTypeRef elt = cg_type(g, et);
    LLVMValueRef base = cg_cast_ptr(g, cg_field(g, ns, 0), LLVMPointerType(elt, 0));
    if (g->counted && (rc_elems || !rv->consume)) {
        /* without growth the result shares the array: one more reference
           (unless the appendee's own moved in), and slots another slice
           may have filled are overwritten */
        LLVMBasicBlockRef shared = LLVMAppendBasicBlockInContext(g->llc, f->fn, "shared");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(g->llc, f->fn, "counted");
        LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, cg_field(g, ns, 0), cg_field(g, s, 0), ""),
                        shared, done);
        LLVMPositionBuilderAtEnd(g->b, shared);
        LLVMValueRef p = cg_field(g, ns, 0);
        if (!rv->consume)
            cg_call_rt(g, RT_RC_INC, &p, 1);
        for (int i = 0; rc_elems && i < n; i++) {
            LLVMValueRef idx = LLVMBuildAdd(g->b, len, i64c(g, i), "");
            cg_release(g, et, cg_to_i8p(g, LLVMBuildInBoundsGEP2(g->b, elt, base, &idx, 1, "")));
        }
        LLVMBuildBr(g->b, done);
        LLVMPositionBuilderAtEnd(g->b, done);
    }
    for (int i = 0; i < n; i++) {
        LLVMValueRef idx = LLVMBuildAdd(g->b, len, i64c(g, i), "");
        if (vals[i])
            LLVMBuildStore(g->b, vals[i], LLVMBuildInBoundsGEP2(g->b, elt, base, &idx, 1, ""));
    }
    return LLVMBuildInsertValue(g->b, ns, newlen, 1, "");
}

/* base[lo:hi:max] on a slice, string or array place. */
static LLVMValueRef slice(CgCtx *g, CgFn *f, Rvalue *rv) {
    Type *bt = mir_place_type(f->body, rv->place);
    LLVMValueRef ptr, len, cap;
    Type *et;
    if (bt->kind == T_ARRAY) {
        ptr = cg_place_addr(g, f, rv->place);
        len = cap = i64c(g, bt->len);
        et = bt->elem;
    } else {
        LLVMValueRef v = cg_load(g, cg_place_addr(g, f, rv->place), bt);
        ptr = cg_field(g, v, 0);
        len = cg_field(g, v, 1);
        cap = bt->kind == T_STRING ? len : cg_field(g, v, 2);
        et = bt->kind == T_STRING ? NULL : bt->elem;
    }
    LLVMValueRef b[3];
    for (int i = 0; i < 3; i++)
        b[i] = cg_operand(g, f, &rv->args.data[i]);
    LLVMValueRef lo = b[0] ? b[0] : i64c(g, 0);
    LLVMValueRef hi = b[1] ? b[1] : len;
    LLVMValueRef max = b[2] ? b[2] : cap;
    LLVMValueRef bad = LLVMBuildOr(g->b, LLVMBuildICmp(g->b, LLVMIntUGT, max, cap, ""),
                                   LLVMBuildICmp(g->b, LLVMIntUGT, hi, max, ""), "");
    bad = LLVMBuildOr(g->b, bad, LLVMBuildICmp(g->b, LLVMIntUGT, lo, hi, ""), "");
    int flags = (b[2] ? ML0_SLICE_3 : 0) | (bt->kind == T_SLICE ? 0 : ML0_SLICE_LEN);
    LLVMValueRef args[5] = {lo, hi, max, cap, LLVMConstInt(g->i32, (unsigned long long)flags, 0)};
    cg_check(g, f, bad, RT_PANIC_SLICE, args, 5);
    LLVMTypeRef elt = et ? cg_type(g, et) : g->i8;
    LLVMValueRef np = cg_to_i8p(g, LLVMBuildInBoundsGEP2(g->b, elt, cg_cast_ptr(g, ptr, LLVMPointerType(elt, 0)), &lo, 1, ""));
    /* never point past the end of the array (as Go): an empty result keeps
       the base pointer, so it still names its own allocation */
    LLVMValueRef room = rv->type->kind == T_SLICE ? LLVMBuildSub(g->b, max, lo, "") : LLVMBuildSub(g->b, hi, lo, "");
    np = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, room, i64c(g, 0), ""), cg_to_i8p(g, ptr), np, "");
    if (g->counted)
        cg_call_rt(g, RT_RC_INC, &np, 1);
    LLVMValueRef r = LLVMGetUndef(cg_type(g, rv->type));
    r = LLVMBuildInsertValue(g->b, r, np, 0, "");
    r = LLVMBuildInsertValue(g->b, r, LLVMBuildSub(g->b, hi, lo, ""), 1, "");
    if (rv->type->kind == T_SLICE)
        r = LLVMBuildInsertValue(g->b, r, LLVMBuildSub(g->b, max, lo, ""), 2, "");
    return r;
}

static LLVMValueRef closure(CgCtx *g, CgFn *f, Rvalue *rv) {
    Body *cb = g->p->bodies.data[rv->func];
    Type *et = cb->env_type;
    LLVMValueRef env = alloc_storage(g, f, et, rv->site);
    LLVMTypeRef lt = cg_type(g, et);
    for (int i = 0; i < rv->args.len; i++) {
        LLVMValueRef v = cg_operand(g, f, &rv->args.data[i]);
        LLVMValueRef p = LLVMBuildStructGEP2(g->b, lt, cg_cast_ptr(g, env, LLVMPointerType(lt, 0)), (unsigned)i, "");
        LLVMBuildStore(g->b, v, p);
    }
    LLVMValueRef v = LLVMGetUndef(g->func_t);
    v = LLVMBuildInsertValue(g->b, v, cg_to_i8p(g, g->fns[cb->index]), 0, "");
    return LLVMBuildInsertValue(g->b, v, env, 1, "");
}

static LLVMValueRef call(CgCtx *g, CgFn *f, Rvalue *rv) {
    Operand *callee = &rv->args.data[0];
    if (callee->kind == OPD_CONST && callee->c.kind == CONST_EXTERN)
        return cg_extern_call(g, f, rv);
    int n = rv->args.len - 1;
    LLVMValueRef *args = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)(n + 2));
    bool direct = callee->kind == OPD_CONST && callee->c.kind == CONST_FUNC;
    LLVMValueRef fv = direct ? NULL : cg_operand(g, f, callee);
    int k = 0;
    if (!direct)
        args[k++] = cg_field(g, fv, 1);     /* the environment */
    for (int i = 0; i < n; i++) {
        LLVMValueRef a = cg_operand(g, f, &rv->args.data[i + 1]);
        args[k++] = a ? a : LLVMGetUndef(g->ptr);
    }
    if (direct) {
        int bi = callee->c.func;
        cg_recover_pass(g, f, g->fns[bi]);
        return cg_call(g, g->fn_types[bi], g->fns[bi], args, (unsigned)k);
    }
    Type *ft = callee->type;
    LLVMTypeRef *pts = arena_alloc(&g->c->arena, sizeof(LLVMTypeRef) * (size_t)(n + 1));
    pts[0] = g->ptr;
    for (int i = 0; i < ft->params.len; i++)
        pts[i + 1] = cg_type(g, ft->params.data[i]);
    LLVMTypeRef fty = LLVMFunctionType(cg_type(g, ft->result), pts, (unsigned)(ft->params.len + 1), 0);
    LLVMValueRef fp = cg_field(g, fv, 0);
    LLVMValueRef isnil = LLVMBuildICmp(g->b, LLVMIntEQ, fp, LLVMConstNull(g->ptr), "");
    cg_check(g, f, isnil, RT_PANIC_NIL, NULL, 0);
    cg_recover_pass(g, f, fp);
    return cg_call(g, fty, cg_cast_ptr(g, fp, LLVMPointerType(fty, 0)), args, (unsigned)k);
}

/* ---- print, panic, copy -------------------------------------------------- */

static void print_value(CgCtx *g, CgFn *f, Operand *o, Span at) {
    LLVMValueRef v = cg_operand(g, f, o);
    Type *t = o->type;
    switch (t->kind) {
    case T_INT: case T_UNTYPED_INT: cg_call_rt(g, RT_PRINT_INT, &v, 1); break;
    case T_BYTE: cg_call_rt(g, RT_PRINT_UINT8, &v, 1); break;
    case T_BOOL: v = LLVMBuildZExt(g->b, v, g->i32, ""); cg_call_rt(g, RT_PRINT_BOOL, &v, 1); break;
    case T_FLOAT: case T_UNTYPED_FLOAT: cg_call_rt(g, RT_PRINT_FLOAT, &v, 1); break;
    case T_FLOAT32: v = LLVMBuildFPExt(g->b, v, g->f64, ""); cg_call_rt(g, RT_PRINT_FLOAT, &v, 1); break;
    case T_STRING: {
        LLVMValueRef a[2] = {cg_field(g, v, 0), cg_field(g, v, 1)};
        cg_call_rt(g, RT_PRINT_STRING, a, 2);
        break;
    }
    case T_PTR: case T_BOX: case T_UNTYPED_NIL: cg_call_rt(g, RT_PRINT_POINTER, &v, 1); break;
    default:
        if (type_is_integer(t)) {   /* sized integers: widened, by signedness */
            v = cg_to_i64(g, v, t);
            cg_call_rt(g, type_is_unsigned(t) ? RT_PRINT_UINT : RT_PRINT_INT, &v, 1);
            break;
        }
        diag_error(g->c, at, "printing values of type %s is not supported yet", type_name(g->c, t));
        break;
    }
}

/* print/println: to standard output in an ML0 file, to standard error
 * in a Go file (runtime/core/print.c). */
static void print(CgCtx *g, CgFn *f, Rvalue *rv, bool ln) {
    bool to_stderr = source_is_go(g->c, rv->span.file);
    if (to_stderr)
        cg_call_rt(g, RT_PRINT_STDERR_BEGIN, NULL, 0);
    for (int i = 0; i < rv->args.len; i++) {
        if (i > 0 && ln)    /* Go's builtin print adds no spaces at all */
            cg_call_rt(g, RT_PRINT_SPACE, NULL, 0);
        print_value(g, f, &rv->args.data[i], rv->span);
    }
    if (ln)
        cg_call_rt(g, RT_PRINT_NEWLINE, NULL, 0);
    if (to_stderr)
        cg_call_rt(g, RT_PRINT_STDERR_END, NULL, 0);
}

static LLVMValueRef intrinsic(CgCtx *g, CgFn *f, Rvalue *rv) {
    if (rv->intrinsic >= IN_MAP_MAKE && rv->intrinsic <= IN_MAP_VAL)
        return cg_map_intrinsic(g, f, rv);
    switch (rv->intrinsic) {
    case IN_PRINT: print(g, f, rv, false); return NULL;
    case IN_PRINTLN: print(g, f, rv, true); return NULL;
    case IN_PANIC:
    case IN_DEFER_ENTER:
    case IN_DEFER:
    case IN_DEFER_RETURN:
    case IN_DEFER_UNWIND:
    case IN_DEFER_RESUME:
    case IN_RECOVER:
        return cg_defer_intrinsic(g, f, rv);
    case IN_NANOTIME:
        return cg_call_rt(g, RT_NANOTIME, NULL, 0);
    case IN_DECODE_RUNE: {
        LLVMValueRef s = cg_operand(g, f, &rv->args.data[0]);
        LLVMValueRef a[3] = {cg_field(g, s, 0), cg_field(g, s, 1), cg_operand(g, f, &rv->args.data[1])};
        return cg_call_rt(g, RT_DECODE_RUNE, a, 3);
    }
    case IN_COPY: {
        LLVMValueRef d = cg_operand(g, f, &rv->args.data[0]);
        LLVMValueRef s = cg_operand(g, f, &rv->args.data[1]);
        Type *dt = rv->args.data[0].type;
        if (g->counted && type_needs_release(dt->elem)) {
            LLVMValueRef a[7] = {cg_field(g, d, 0), cg_field(g, d, 1), cg_field(g, s, 0),
                                 cg_field(g, s, 1), cg_size_of(g, dt->elem),
                                 cg_to_i8p(g, cg_retain_glue(g, dt->elem)), cg_to_i8p(g, cg_release_glue(g, dt->elem))};
            return cg_call_rt(g, RT_COPY_RC, a, 7);
        }
        LLVMValueRef a[5] = {cg_field(g, d, 0), cg_field(g, d, 1), cg_field(g, s, 0),
                             cg_field(g, s, 1), cg_size_of(g, dt->elem)};
        return cg_call_rt(g, RT_COPY, a, 5);
    }
    default:
        return NULL;
    }
}

static LLVMValueRef len_cap(CgCtx *g, CgFn *f, Rvalue *rv) {
    Type *t = mir_place_type(f->body, rv->place);
    if (t->kind == T_ARRAY)
        return i64c(g, t->len);
    LLVMValueRef v = cg_load(g, cg_place_addr(g, f, rv->place), t);
    return cg_field(g, v, rv->kind == RV_LEN ? 1 : 2);
}

/* string(bytes), []byte(s), string(runes), []rune(s), string(r) */
static LLVMValueRef str_conv(CgCtx *g, CgFn *f, Rvalue *rv) {
    Operand *o = &rv->args.data[0];
    LLVMValueRef v = cg_operand(g, f, o);
    if (type_is_integer(o->type)) {
        v = cg_to_i64(g, v, o->type);
        return call_out(g, f, RT_RUNE_TO_STRING, g->string_t, &v, 1);
    }
    LLVMValueRef a[2] = {cg_field(g, v, 0), cg_field(g, v, 1)};
    bool runes = (rv->type->kind == T_SLICE ? rv->type : o->type)->elem->kind == T_INT32;
    if (rv->type->kind == T_STRING)
        return call_out(g, f, runes ? RT_RUNES_TO_STRING : RT_BYTES_TO_STRING, g->string_t, a, 2);
    /* the capacity go1.19 gives it: a constant's length, Go's 32-element
       frame buffer when the conversion does not escape, else a size class */
    AllocSite *site = rv->site >= 0 ? &f->body->sites.data[rv->site] : NULL;
    int how = o->kind == OPD_CONST ? ML0_CAP_EXACT
              : site && site->storage == STORAGE_STACK ? ML0_CAP_STACK : ML0_CAP_HEAP;
    LLVMValueRef b[3] = {a[0], a[1], LLVMConstInt(g->i32, (unsigned long long)how, 0)};
    return call_out(g, f, runes ? RT_STRING_TO_RUNES : RT_STRING_TO_BYTES, g->slice_t, b, 3);
}

/* (*[N]T)(s), its place s[0]: Go's OSLICE2ARRPTR panics unless
 * len(s) >= N, then is s's data pointer (nil for a nil s when N is 0). */
static LLVMValueRef slice_to_array_ptr(CgCtx *g, CgFn *f, Rvalue *rv) {
    Place s = rv->place;
    s.nproj--;
    LLVMValueRef v = LLVMBuildLoad2(g->b, g->slice_t, cg_cast_ptr(g, cg_place_addr(g, f, s), LLVMPointerType(g->slice_t, 0)), "");
    LLVMValueRef len = cg_field(g, v, 1), n = LLVMConstInt(g->i64, (unsigned long long)rv->type->elem->len, 0);
    LLVMValueRef args[2] = {len, n};
    cg_check(g, f, LLVMBuildICmp(g->b, LLVMIntULT, len, n, ""), RT_PANIC_CONVERT, args, 2);
    return cg_to_i8p(g, cg_field(g, v, 0));
}

LLVMValueRef cg_rvalue(CgCtx *g, CgFn *f, Rvalue *rv) {
    switch (rv->kind) {
    case RV_USE: return cg_operand(g, f, &rv->args.data[0]);
    case RV_REF: {
        LLVMValueRef a = rv->slice_conv ? slice_to_array_ptr(g, f, rv) : cg_place_addr(g, f, rv->place);
        if (g->counted)     /* a new reference to the object holding the place */
            cg_call_rt(g, RT_RC_INC, &a, 1);
        return a;
    }
    case RV_UNARY: return unary(g, f, rv);
    case RV_BINARY: return binary(g, f, rv);
    case RV_CAST: return cast(g, f, rv);
    case RV_LEN: case RV_CAP: return len_cap(g, f, rv);
    case RV_AGGREGATE: return aggregate(g, f, rv);
    case RV_ALLOC: return alloc_storage(g, f, rv->elem, rv->site);
    case RV_MAKE_SLICE: return make_slice(g, f, rv);
    case RV_APPEND: return append(g, f, rv);
    case RV_SLICE: return slice(g, f, rv);
    case RV_CONCAT: {
        LLVMValueRef a = cg_operand(g, f, &rv->args.data[0]), b = cg_operand(g, f, &rv->args.data[1]);
        LLVMValueRef args[4] = {cg_field(g, a, 0), cg_field(g, a, 1), cg_field(g, b, 0), cg_field(g, b, 1)};
        return call_out(g, f, RT_CONCAT, g->string_t, args, 4);
    }
    case RV_STR_CONV: return str_conv(g, f, rv);
    case RV_CLOSURE: return closure(g, f, rv);
    case RV_CALL: return call(g, f, rv);
    case RV_INTRINSIC: return intrinsic(g, f, rv);
    case RV_IFACE: return cg_iface(g, f, rv);
    case RV_ICALL: return cg_icall(g, f, rv);
    case RV_ASSERT: return cg_assert(g, f, rv);
    default: ICE("rvalue kind %d reached codegen", rv->kind);
    }
}
