/*
 * iface.c: the empty interface and calls into the runtime library
 * (docs/packages.md).
 *
 * An `any` is two words {const ml0_type *type, void *data}
 * (runtime/ml0type.h). Each dynamic type gets one constant descriptor,
 * emitted on first use and named by Go's %T spelling ("int", "[]string",
 * "*main.P", "main.P"); its layout mirrors struct ml0_type field by
 * field.
 *
 * A library call follows runtime/ml0lib.h: a string argument is (ptr,
 * len); a slice argument a pointer to a copy of its header; the trailing
 * ...any is (ptr, len) of the packed slice; a string or slice result comes
 * back through an out-pointer passed first; bool and rune cross as i32.
 */
#include "cg.h"
#include "../lib/lib.h"
#include "ml0type.h"

#include <string.h>

/* ---- type descriptors --------------------------------------------------- */

static LLVMTypeRef desc_type(CgCtx *g) {
    LLVMTypeRef f[15] = {g->i32, g->i32, g->i64, g->ptr, g->ptr, g->ptr,
                         g->i64, g->i64, g->ptr, g->ptr, g->ptr, g->i64, g->ptr, g->ptr, g->ptr};
    return LLVMStructTypeInContext(g->llc, f, 15, 0);
}

static const char *go_type_name(CgCtx *g, Type *t);

/* struct { main.Base; X main.C }, as reflect names it: every type inside
 * qualified too. */
static const char *go_struct_name(CgCtx *g, Type *t) {
    Ctx *c = g->c;
    if (!t->fields.len)
        return "struct {}";
    const char *s = "struct {";
    for (int i = 0; i < t->fields.len; i++) {
        Field *f = &t->fields.data[i];
        s = arena_printf(&c->arena, "%s%s %s%s%s", s, i ? ";" : "", f->embedded ? "" : f->name,
                         f->embedded ? "" : " ", go_type_name(g, f->type));
    }
    return arena_printf(&c->arena, "%s }", s);
}

static const char *go_type_name(CgCtx *g, Type *t) {
    Ctx *c = g->c;
    if (t->name && t->kind != T_STRUCT && t->kind != T_IFACE)     /* type Celsius float64 */
        return arena_printf(&c->arena, "main.%s", t->name);
    switch (t->kind) {
    case T_BYTE: return "uint8";
    case T_FLOAT: return "float64";
    case T_IFACE:
        if (t->name)
            return strcmp(t->name, "error") == 0 || strchr(t->name, '.') ? t->name
                   : arena_printf(&c->arena, "main.%s", t->name);
        if (t->imethods.len) {
            const char *s = "interface {";
            for (int i = 0; i < t->imethods.len; i++)
                s = arena_printf(&c->arena, "%s%s %s%s", s, i ? ";" : "", t->imethods.data[i].name,
                                 type_name(c, t->imethods.data[i].fn) + 4);
            return arena_printf(&c->arena, "%s }", s);
        }
        return "interface {}";
    case T_STRUCT:
        if (t->name)    /* a library type is already qualified: strings.Builder */
            return strchr(t->name, '.') ? t->name : arena_printf(&c->arena, "main.%s", t->name);
        return t->tuple ? type_name(c, t) : go_struct_name(g, t);
    case T_PTR: return arena_printf(&c->arena, "*%s", go_type_name(g, t->elem));
    case T_SLICE: return arena_printf(&c->arena, "[]%s", go_type_name(g, t->elem));
    case T_ARRAY: return arena_printf(&c->arena, "[%lld]%s", (long long)t->len, go_type_name(g, t->elem));
    case T_MAP: return arena_printf(&c->arena, "map[%s]%s", go_type_name(g, t->key), go_type_name(g, t->elem));
    case T_FUNC: {  /* func(main.T, ...int) (int, error) */
        const char *s = "func(";
        for (int i = 0; i < t->params.len; i++) {
            bool dots = t->variadic && i == t->params.len - 1;
            s = arena_printf(&c->arena, "%s%s%s%s", s, i ? ", " : "", dots ? "..." : "",
                             go_type_name(g, dots ? t->params.data[i]->elem : t->params.data[i]));
        }
        s = arena_printf(&c->arena, "%s)", s);
        Type *r = t->result;
        if (!r || r->kind == T_VOID)
            return s;
        if (!r->tuple)
            return arena_printf(&c->arena, "%s %s", s, go_type_name(g, r));
        s = arena_printf(&c->arena, "%s (", s);
        for (int i = 0; i < r->fields.len; i++)
            s = arena_printf(&c->arena, "%s%s%s", s, i ? ", " : "", go_type_name(g, r->fields.data[i].type));
        return arena_printf(&c->arena, "%s)", s);
    }
    default: break;
    }
    return type_name(c, t);
}

static int desc_kind(Type *t) {
    switch (t->kind) {
    case T_BOOL: return ML0_K_BOOL;
    case T_INT: return ML0_K_INT;
    case T_INT8: return ML0_K_INT8;
    case T_INT16: return ML0_K_INT16;
    case T_INT32: return ML0_K_INT32;
    case T_INT64: return ML0_K_INT64;
    case T_UINT: return ML0_K_UINT;
    case T_BYTE: return ML0_K_UINT8;
    case T_UINT16: return ML0_K_UINT16;
    case T_UINT32: return ML0_K_UINT32;
    case T_UINT64: return ML0_K_UINT64;
    case T_UINTPTR: return ML0_K_UINTPTR;
    case T_FLOAT32: return ML0_K_FLOAT32;
    case T_FLOAT: return ML0_K_FLOAT64;
    case T_STRING: return ML0_K_STRING;
    case T_PTR: return ML0_K_POINTER;
    case T_SLICE: return ML0_K_SLICE;
    case T_ARRAY: return ML0_K_ARRAY;
    case T_STRUCT: return ML0_K_STRUCT;
    case T_FUNC: return ML0_K_FUNC;
    case T_BOX: return ML0_K_BOX;
    case T_IFACE: return ML0_K_INTERFACE;
    case T_MAP: return ML0_K_MAP;
    default: return ML0_K_INVALID;
    }
}

LLVMValueRef cg_type_desc(CgCtx *g, Type *t);

static LLVMValueRef struct_fields(CgCtx *g, Type *t) {
    if (t->kind != T_STRUCT || t->fields.len == 0)
        return LLVMConstNull(g->ptr);
    LLVMTypeRef ft[5] = {g->ptr, g->ptr, g->i64, g->i32, g->i32};
    LLVMTypeRef fty = LLVMStructTypeInContext(g->llc, ft, 5, 0);
    int n = t->fields.len;
    LLVMValueRef *vals = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)n);
    for (int i = 0; i < n; i++) {
        Field *f = &t->fields.data[i];
        LLVMValueRef v[5] = {cg_cstring(g, f->name ? f->name : "_"), cg_type_desc(g, f->type),
                             LLVMConstInt(g->i64, (unsigned long long)f->offset, 0),
                             LLVMConstInt(g->i32, 0, 0), LLVMConstInt(g->i32, 0, 0)};
        vals[i] = LLVMConstStructInContext(g->llc, v, 5, 0);
    }
    return cg_const_data(g, LLVMConstArray(fty, vals, (unsigned)n), "", false);
}

/* fmt's String()/Error() hook for *T when T has `func (x *T) NAME()
 * string`: void wrap(i8 *recv, ml0_string *out) { *out = T.NAME(recv) },
 * recv being the interface's data word (ml0type.h). Else a null pointer.
 * A value method is in the method sets of T and *T (the wrapper loads
 * the value); a pointer method only in *T's, as in Go; a method promoted
 * from an embedded field is T's too (the wrapper walks to the field). */
static LLVMValueRef string_wrapper(CgCtx *g, Type *t, const char *mname) {
    Type *st = t->kind == T_PTR && !t->name ? t->elem : t;
    if (!st->name && st->kind != T_STRUCT)  /* only named types have methods (type Celsius float64 too) */
        return LLVMConstNull(g->ptr);
    Selection sel;
    Method *m = type_iface_impl_sel(t, intern_cstr(g->c, mname), &sel);
    FuncInfo *fi = m ? m->decl->u.func.info : NULL;
    if (!fi || !fi->type || fi->type->params.len || fi->type->result->kind != T_STRING)
        return LLVMConstNull(g->ptr);
    int bi = cg_body_of_decl(g, m->decl);
    LLVMTypeRef args[2] = {g->ptr, g->ptr};
    LLVMValueRef w = LLVMAddFunction(g->mod, arena_printf(&g->c->arena, "ml0.%s.%s.%s", mname,
                                     t->kind == T_PTR ? "ptr" : "val", g->p->bodies.data[bi]->name),
                                     LLVMFunctionType(g->void_t, args, 2, 0));
    LLVMSetLinkage(w, LLVMInternalLinkage);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(g->llc), saved = g->b;
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(g->llc, w, "entry"));
    g->b = b;
    /* *T, or the box of a T: to the receiver (a copy for a value one) */
    LLVMValueRef recv = cg_method_recv(g, t, m, &sel, LLVMGetParam(w, 0));
    cg_retain_recv(g, m, recv);     /* --runtime=drop: fmt lends it, and releases the result */
    g->b = saved;
    LLVMValueRef s = LLVMBuildCall2(b, g->fn_types[bi], g->fns[bi], &recv, 1, "");
    LLVMBuildStore(b, s, LLVMBuildPointerCast(b, LLVMGetParam(w, 1), LLVMPointerType(g->string_t, 0), ""));
    LLVMBuildRetVoid(b);
    LLVMDisposeBuilder(b);
    return cg_to_i8p(g, w);
}

/* The descriptor of t, an i8* constant (emitted once per type). */
LLVMValueRef cg_type_desc(CgCtx *g, Type *t) {
    for (int i = 0; i < g->descs.len; i++)
        if (g->descs.data[i].key == t)
            return LLVMConstPointerCast((LLVMValueRef)g->descs.data[i].val, g->ptr);
    LLVMTypeRef dt = desc_type(g);
    if (t->kind == T_PTR && !t->name && t->elem->name && strcmp(t->elem->name, "strconv.NumError") == 0) {
        /* the runtime's own (ml0lib.h): its parse errors have it */
        LLVMValueRef ext = LLVMAddGlobal(g->mod, dt, "ml0_strconv_NumError_ptr_type");
        TypeMapEntry e = {t, (LLVMTypeRef)ext};
        vec_push(&g->c->arena, &g->descs, e);
        return LLVMConstPointerCast(ext, g->ptr);
    }
    LLVMValueRef gv = LLVMAddGlobal(g->mod, dt, arena_printf(&g->c->arena, "ml0.type.%s", go_type_name(g, t)));
    TypeMapEntry e = {t, (LLVMTypeRef)gv};
    vec_push(&g->c->arena, &g->descs, e);
    unsigned flags = (t->kind == T_PTR || t->kind == T_BOX || t->kind == T_MAP ? ML0_TF_DIRECT : 0) |
                     ((t->kind == T_STRUCT || t->kind == T_IFACE) && t->name ? ML0_TF_NAMED : 0) |
                     (type_comparable(t) ? ML0_TF_COMPARABLE : 0);
    LLVMValueRef nmethods, methods;
    cg_method_table(g, t, &nmethods, &methods);
    bool has_elem = t->kind == T_PTR || t->kind == T_SLICE || t->kind == T_ARRAY || t->kind == T_BOX ||
                    t->kind == T_MAP;
    bool glue = g->counted && type_needs_release(t);    /* the runtime copies such a value (errors.As) */
    LLVMValueRef v[15] = {
        LLVMConstInt(g->i32, (unsigned long long)desc_kind(t), 0),
        LLVMConstInt(g->i32, flags, 0),
        LLVMConstInt(g->i64, (unsigned long long)t->size, 0),
        cg_cstring(g, go_type_name(g, t)),
        has_elem ? cg_type_desc(g, t->elem) : LLVMConstNull(g->ptr),
        t->kind == T_MAP ? cg_type_desc(g, t->key) : LLVMConstNull(g->ptr),
        LLVMConstInt(g->i64, t->kind == T_ARRAY ? (unsigned long long)t->len : 0, 0),
        LLVMConstInt(g->i64, t->kind == T_STRUCT ? (unsigned long long)t->fields.len : 0, 0),
        struct_fields(g, t),
        string_wrapper(g, t, "String"),
        string_wrapper(g, t, "Error"),
        nmethods,
        methods,
        glue ? cg_to_i8p(g, cg_retain_glue(g, t)) : LLVMConstNull(g->ptr),
        glue ? cg_to_i8p(g, cg_release_glue(g, t)) : LLVMConstNull(g->ptr),
    };
    LLVMSetInitializer(gv, LLVMConstStructInContext(g->llc, v, 15, 0));
    LLVMSetGlobalConstant(gv, 1);
    LLVMSetLinkage(gv, LLVMInternalLinkage);
    return LLVMConstPointerCast(gv, g->ptr);
}

/* iface T(data): {descriptor, data word}; iface T(box, v) first stores
 * v into the box (a lent box: a bitwise, uncounted copy). */
LLVMValueRef cg_iface(CgCtx *g, CgFn *f, Rvalue *rv) {
    if (rv->elem->kind == T_IFACE)
        return cg_iface_conv(g, f, rv);
    LLVMValueRef data = cg_operand(g, f, &rv->args.data[0]);
    if (rv->args.len == 2) {
        LLVMValueRef v = cg_operand(g, f, &rv->args.data[1]);
        if (v)
            cg_store(g, v, cg_to_i8p(g, data), rv->elem);
    }
    LLVMValueRef v = LLVMGetUndef(cg_type(g, rv->type));
    v = LLVMBuildInsertValue(g->b, v, cg_iface_word0(g, rv->type, rv->elem), 0, "");
    return LLVMBuildInsertValue(g->b, v, cg_to_i8p(g, data), 1, "");
}

/* ---- calls of the runtime library ------------------------------------- */

typedef struct CArgs {
    LLVMValueRef v[32];
    LLVMTypeRef t[32];
    int n;
} CArgs;

static void push(CArgs *a, LLVMValueRef v, LLVMTypeRef t) {
    if (a->n < 32) {
        a->v[a->n] = v;
        a->t[a->n++] = t;
    }
}

/* A value passed by pointer: a stack copy. */
static LLVMValueRef spill(CgCtx *g, CgFn *f, LLVMValueRef v) {
    LLVMValueRef slot = cg_entry_alloca(g, f, LLVMTypeOf(v), "");
    LLVMBuildStore(g->b, v, slot);
    return cg_to_i8p(g, slot);
}

static void push_arg(CgCtx *g, CgFn *f, CArgs *a, Type *t, LLVMValueRef v, bool rune, bool pack) {
    switch (t->kind) {
    case T_STRING:
        push(a, cg_field(g, v, 0), g->ptr);
        push(a, cg_field(g, v, 1), g->i64);
        return;
    case T_SLICE:
        if (pack) {
            push(a, cg_field(g, v, 0), g->ptr);
            push(a, cg_field(g, v, 1), g->i64);
        } else {
            push(a, spill(g, f, v), g->ptr);
        }
        return;
    case T_IFACE:
        push(a, spill(g, f, v), g->ptr);
        return;
    case T_FUNC:    /* a func value: (fn, env), called back as fn(env, ...) */
        push(a, cg_field(g, v, 0), g->ptr);
        push(a, cg_field(g, v, 1), g->ptr);
        return;
    case T_BOOL:
        push(a, LLVMBuildZExt(g->b, v, g->i32, ""), g->i32);
        return;
    case T_INT:     /* rune, when rune was int (before int32 existed) */
        if (rune) {
            push(a, LLVMBuildTrunc(g->b, v, g->i32, ""), g->i32);
            return;
        }
        push(a, v, g->i64);
        return;
    default:
        push(a, v, cg_type(g, t));
        return;
    }
}

/* A scalar result as the C function returned it, as the MIR value. */
static LLVMValueRef extern_result(CgCtx *g, Type *res, LLVMValueRef r, bool rune_res) {
    if (res->kind == T_BOOL)
        return LLVMBuildTrunc(g->b, r, g->i1, "");
    if (rune_res)
        return LLVMBuildSExt(g->b, r, g->i64, "");
    return r;
}

/* {v, err}: err made from the message at msg (ml0_lib_num_error), or nil
 * without msg. */
static LLVMValueRef error_tuple(CgCtx *g, CgFn *f, Type *tuple, LLVMValueRef v, LLVMValueRef msg) {
    Type *et = tuple->fields.data[1].type;
    if (!msg) {
        LLVMValueRef t = LLVMGetUndef(cg_type(g, tuple));
        t = LLVMBuildInsertValue(g->b, t, v, 0, "");
        return LLVMBuildInsertValue(g->b, t, LLVMConstNull(cg_type(g, et)), 1, "");
    }
    LLVMValueRef eslot = cg_entry_alloca(g, f, cg_type(g, et), "");
    LLVMTypeRef params[2] = {g->ptr, g->ptr};
    LLVMTypeRef fty = LLVMFunctionType(g->void_t, params, 2, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(g->mod, "ml0_lib_num_error");
    if (!fn)
        fn = LLVMAddFunction(g->mod, "ml0_lib_num_error", fty);
    LLVMValueRef args[2] = {cg_to_i8p(g, eslot), cg_to_i8p(g, msg)};
    LLVMBuildCall2(g->b, fty, fn, args, 2, "");
    LLVMValueRef t = LLVMGetUndef(cg_type(g, tuple));
    t = LLVMBuildInsertValue(g->b, t, v, 0, "");
    return LLVMBuildInsertValue(g->b, t, LLVMBuildLoad2(g->b, cg_type(g, et), eslot, ""), 1, "");
}

/* fmt.Fprint*(w, ...): Go's fmt formats into its buffer, then calls
 * w.Write once with it. Here Sprint*'s fresh string, as a []byte, goes to
 * w's itab->fun[0] (io.Writer's one method): the program's Write method
 * or a library writer's (itab.c). An interface call's arguments are
 * counted by the caller, so under --runtime=drop the string's reference
 * is handed over. The result is Write's (n, err). */
static LLVMValueRef fprint_call(CgCtx *g, CgFn *f, Rvalue *rv, const LibMember *m) {
    const LibMember *sm = lib_member("fmt", arena_printf(&g->c->arena, "S%s", m->name + 1)); /* Sprintln */
    Type *ft = rv->args.data[0].type, *wt = ft->params.data[0];
    CArgs a = {0};
    LLVMValueRef out = cg_entry_alloca(g, f, g->string_t, "");
    push(&a, cg_to_i8p(g, out), g->ptr);
    for (int i = 2; i < rv->args.len; i++) {
        bool pack = ft->variadic && i == rv->args.len - 1;
        push_arg(g, f, &a, ft->params.data[i - 1], cg_operand(g, f, &rv->args.data[i]), false, pack);
    }
    LLVMValueRef fn = LLVMGetNamedFunction(g->mod, sm->csym);
    LLVMTypeRef fty = LLVMFunctionType(g->void_t, a.t, (unsigned)a.n, 0);
    if (!fn)
        fn = LLVMAddFunction(g->mod, sm->csym, fty);
    cg_call(g, fty, fn, a.v, (unsigned)a.n);
    LLVMValueRef s = LLVMBuildLoad2(g->b, g->string_t, out, "");
    Type *bt = wt->imethods.data[0].fn->params.data[0];
    LLVMValueRef b = LLVMGetUndef(cg_type(g, bt));
    b = LLVMBuildInsertValue(g->b, b, cg_field(g, s, 0), 0, "");
    b = LLVMBuildInsertValue(g->b, b, cg_field(g, s, 1), 1, "");
    b = LLVMBuildInsertValue(g->b, b, cg_field(g, s, 1), 2, "");
    return cg_icall_value(g, f, wt, 0, cg_operand(g, f, &rv->args.data[1]), &b, 1);
}

/* A library function of numbers, runes and bools (sema's lib_value_ok)
 * as a func value: ml0.libfn.<csym>(env, args...), the closure ABI,
 * calling the C function with bools as int32 both ways. */
LLVMValueRef cg_lib_func_value(CgCtx *g, const LibMember *m, Type *ft) {
    const char *name = arena_printf(&g->c->arena, "ml0.libfn.%s", m->csym);
    LLVMValueRef w = LLVMGetNamedFunction(g->mod, name);
    if (w)
        return cg_to_i8p(g, w);
    int n = ft->params.len;
    LLVMTypeRef *ps = arena_alloc(&g->c->arena, sizeof(LLVMTypeRef) * (size_t)(n + 1));
    LLVMTypeRef *cps = arena_alloc(&g->c->arena, sizeof(LLVMTypeRef) * (size_t)(n + 1));
    LLVMValueRef *args = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)(n + 1));
    ps[0] = g->ptr;
    for (int i = 0; i < n; i++) {
        ps[i + 1] = cg_type(g, ft->params.data[i]);
        cps[i] = ft->params.data[i]->kind == T_BOOL ? g->i32 : ps[i + 1];
    }
    Type *res = ft->result;
    LLVMTypeRef rt = res->kind == T_VOID ? g->void_t : cg_type(g, res);
    LLVMTypeRef crt = res->kind == T_BOOL ? g->i32 : rt;
    w = LLVMAddFunction(g->mod, name, LLVMFunctionType(rt, ps, (unsigned)n + 1, 0));
    LLVMSetLinkage(w, LLVMInternalLinkage);
    LLVMBuilderRef saved = g->b;
    g->b = LLVMCreateBuilderInContext(g->llc);
    LLVMPositionBuilderAtEnd(g->b, LLVMAppendBasicBlockInContext(g->llc, w, "entry"));
    for (int i = 0; i < n; i++) {
        LLVMValueRef v = LLVMGetParam(w, (unsigned)i + 1);
        args[i] = ft->params.data[i]->kind == T_BOOL ? LLVMBuildZExt(g->b, v, g->i32, "") : v;
    }
    LLVMTypeRef cft = LLVMFunctionType(crt, cps, (unsigned)n, 0);
    LLVMValueRef cfn = LLVMGetNamedFunction(g->mod, m->csym);
    if (!cfn)
        cfn = LLVMAddFunction(g->mod, m->csym, cft);
    LLVMValueRef r = LLVMBuildCall2(g->b, cft, cfn, args, (unsigned)n, "");
    if (res->kind == T_VOID)
        LLVMBuildRetVoid(g->b);
    else
        LLVMBuildRet(g->b, res->kind == T_BOOL ? LLVMBuildTrunc(g->b, r, g->i1, "") : r);
    LLVMDisposeBuilder(g->b);
    g->b = saved;
    return cg_to_i8p(g, w);
}

/* sort.Sort(data), Stable, IsSorted: n = data.Len() through the itab
 * (Go's nil dereference panic for a nil data), then the runtime sorts
 * with the itab's Less and Swap as closures whose env is data's word:
 * an itab function is called as fn(data, i, j), the closure ABI. */
static LLVMValueRef sort_iface_call(CgCtx *g, CgFn *f, Rvalue *rv, const LibMember *m) {
    Type *it = rv->args.data[0].type->params.data[0];
    LLVMValueRef v = cg_operand(g, f, &rv->args.data[1]);
    int len = -1, less = -1, swap = -1;
    for (int i = 0; i < it->imethods.len; i++) {
        const char *n = it->imethods.data[i].name;
        *(strcmp(n, "Len") == 0 ? &len : strcmp(n, "Less") == 0 ? &less : &swap) = i;
    }
    LLVMValueRef n = cg_icall_value(g, f, it, len, v, NULL, 0);
    LLVMValueRef tab = cg_cast_ptr(g, cg_field(g, v, 0), LLVMPointerType(g->ptr, 0));
    LLVMValueRef data = cg_field(g, v, 1);
    LLVMValueRef fns[2];
    for (int i = 0; i < 2; i++) {
        LLVMValueRef idx = LLVMConstInt(g->i64, (unsigned long long)(i ? swap : less) + 2, 0);
        fns[i] = LLVMBuildLoad2(g->b, g->ptr, LLVMBuildGEP2(g->b, g->ptr, tab, &idx, 1, ""), "");
    }
    bool is_sorted = strcmp(m->name, "IsSorted") == 0;
    CArgs a = {0};
    push(&a, n, g->i64);
    push(&a, fns[0], g->ptr);
    push(&a, data, g->ptr);
    if (!is_sorted) {
        push(&a, fns[1], g->ptr);
        push(&a, data, g->ptr);
    }
    push(&a, LLVMConstInt(g->i32, 0, 0), g->i32);   /* reverse: no */
    LLVMTypeRef fty = LLVMFunctionType(is_sorted ? g->i32 : g->void_t, a.t, (unsigned)a.n, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(g->mod, m->csym);
    if (!fn)
        fn = LLVMAddFunction(g->mod, m->csym, fty);
    LLVMValueRef r = cg_call(g, fty, fn, a.v, (unsigned)a.n);
    return is_sorted ? LLVMBuildTrunc(g->b, r, g->i1, "") : NULL;
}

LLVMValueRef cg_extern_call(CgCtx *g, CgFn *f, Rvalue *rv) {
    const LibMember *m = rv->args.data[0].c.ext;
    if (strcmp(m->pkg, "fmt") == 0 && m->name[0] == 'F')
        return fprint_call(g, f, rv, m);
    if (strcmp(m->pkg, "sort") == 0 && (strcmp(m->name, "Sort") == 0 || strcmp(m->name, "Stable") == 0 ||
                                        strcmp(m->name, "IsSorted") == 0))
        return sort_iface_call(g, f, rv, m);
    Type *ft = rv->args.data[0].type;
    Type *res = ft->result;
    CArgs a = {0};
    LLVMValueRef out = NULL, msg = NULL, eval = NULL;
    Type *tuple = NULL, *nil_error = NULL;
    if (lib_error_always_nil(m) && res->kind == T_IFACE) {    /* error, always nil */
        nil_error = res;
    } else if (res->tuple && res->fields.len == 2 && res->fields.data[1].type->kind == T_IFACE) {
        /* (T, error): T returned, the error's message through an out-pointer
           (or no error at all) */
        tuple = res;
        res = res->fields.data[0].type;
        if (lib_error_by_value(m)) {    /* the error value itself (os.ErrInvalid) */
            eval = cg_entry_alloca(g, f, cg_type(g, tuple->fields.data[1].type), "");
            push(&a, cg_to_i8p(g, eval), g->ptr);
        } else if (!lib_error_always_nil(m)) {
            msg = cg_entry_alloca(g, f, g->string_t, "");
            push(&a, cg_to_i8p(g, msg), g->ptr);
        }
    }
    /* (T1, ..., Tn) without an error (utf8.DecodeRuneInString's (rune,
       int), strings.Cut's): T1..Tn-1 through out-pointers, Tn returned */
    LLVMValueRef parts[8];
    int nparts = 0;
    if (!tuple && !nil_error && res->tuple) {
        tuple = res;
        nparts = res->fields.len - 1;
        for (int i = 0; i < nparts && i < 8; i++) {
            Type *et = res->fields.data[i].type;
            parts[i] = cg_entry_alloca(g, f, et->kind == T_BOOL ? g->i32 : cg_type(g, et), "");
            push(&a, cg_to_i8p(g, parts[i]), g->ptr);
        }
        res = res->fields.data[nparts].type;
    }
    bool by_out = !nil_error && (res->kind == T_STRING || res->kind == T_SLICE || res->kind == T_IFACE);
    if (by_out) {
        out = cg_entry_alloca(g, f, cg_type(g, res), "");
        push(&a, cg_to_i8p(g, out), g->ptr);
    }
    for (int i = 1; i < rv->args.len; i++) {
        Type *pt = ft->params.data[i - 1];
        bool pack = ft->variadic && i == rv->args.len - 1;
        push_arg(g, f, &a, pt, cg_operand(g, f, &rv->args.data[i]), lib_param_is_rune(m, i - 1), pack);
    }
    bool rune_res = lib_result_is_rune(m) && res->kind == T_INT;
    LLVMTypeRef rt = by_out || nil_error || res->kind == T_VOID ? g->void_t
                     : res->kind == T_BOOL || rune_res ? g->i32 : cg_type(g, res);
    LLVMValueRef fn = LLVMGetNamedFunction(g->mod, m->csym);
    LLVMTypeRef fty = LLVMFunctionType(rt, a.t, (unsigned)a.n, 0);
    if (!fn)
        fn = LLVMAddFunction(g->mod, m->csym, fty);
    LLVMValueRef r = cg_call(g, fty, fn, a.v, (unsigned)a.n);
    if (nil_error)
        return LLVMConstNull(cg_type(g, nil_error));
    if (tuple && eval) {
        LLVMValueRef t = LLVMGetUndef(cg_type(g, tuple));
        t = LLVMBuildInsertValue(g->b, t, extern_result(g, res, r, rune_res), 0, "");
        return LLVMBuildInsertValue(g->b, t, LLVMBuildLoad2(g->b, cg_type(g, tuple->fields.data[1].type), eval, ""), 1,
                                    "");
    }
    if (tuple && nparts) {
        LLVMValueRef t = LLVMGetUndef(cg_type(g, tuple));
        for (int i = 0; i < nparts; i++) {
            Type *et = tuple->fields.data[i].type;
            LLVMValueRef v;
            if (et->kind == T_BOOL)
                v = LLVMBuildTrunc(g->b, LLVMBuildLoad2(g->b, g->i32, parts[i], ""), g->i1, "");
            else
                v = LLVMBuildLoad2(g->b, cg_type(g, et), parts[i], "");
            t = LLVMBuildInsertValue(g->b, t, v, (unsigned)i, "");
        }
        LLVMValueRef last = by_out ? LLVMBuildLoad2(g->b, cg_type(g, res), out, "") : extern_result(g, res, r, rune_res);
        return LLVMBuildInsertValue(g->b, t, last, (unsigned)nparts, "");
    }
    if (tuple)
        return error_tuple(g, f, tuple, extern_result(g, res, r, rune_res), msg);
    if (by_out)
        return LLVMBuildLoad2(g->b, cg_type(g, res), out, "");
    if (res->kind == T_BOOL)
        return LLVMBuildTrunc(g->b, r, g->i1, "");
    if (rune_res)
        return LLVMBuildSExt(g->b, r, g->i64, "");
    return res->kind == T_VOID ? NULL : r;
}
