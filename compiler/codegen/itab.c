/*
 * itab.c: interfaces with methods in LLVM IR (docs/RUNTIME.md
 * "Interfaces"; runtime/ml0type.h).
 *
 * An interface value is two words. For `any` the first is the dynamic
 * type's descriptor; for an interface with methods it is an itab:
 *
 *     { const ml0_type *type; const ml0_type *inter; void *fun[n] }
 *
 * one constant per (interface, concrete type) pair a conversion names,
 * emitted on first use. fun[k] is a wrapper of the concrete type's method
 * for the interface's k-th method (sorted by name), taking the data word
 * first: for a pointer receiver the data word is the receiver; for a value
 * receiver the wrapper loads the value from the box (or from the pointer,
 * when the dynamic type is *T). Every concrete type's descriptor also
 * lists its method set (name, signature, wrapper), from which the runtime
 * builds the itabs of conversions whose dynamic type is only known at run
 * time (core/iface.c).
 *
 *   icall #k(s, args)    fn = itab->fun[k]; fn(data, args)   (nil itab: panic)
 *   assert T(x)          dyn == desc(T), then the value; else panic_assert
 *   assert I(x)          itab = iface_itab(I, dyn)
 *   iface J(x: I)        the data word kept; itab = iface_itab(J, dyn)
 */
#include "cg.h"
#include "ml0type.h"
#include "../lib/lib.h"

#include <stdlib.h>
#include <string.h>

/* direct: the data word is a pointer to the receiver's struct (a *T or a
 * Box); word: the data word is the value itself (also a map, which is
 * pointer-shaped: ML0_TF_DIRECT, mir/build_iface.c's pointer_shaped). */
static bool direct(Type *t) { return t->kind == T_PTR || t->kind == T_BOX; }
static bool word(Type *t) { return direct(t) || t->kind == T_MAP; }

/* The LLVM type of a method called through an interface: (i8*, params) -> result. */
static LLVMTypeRef method_fn_type(CgCtx *g, Type *ft) {
    int n = ft->params.len;
    LLVMTypeRef *ps = arena_alloc(&g->c->arena, sizeof(LLVMTypeRef) * (size_t)(n + 1));
    ps[0] = g->ptr;
    for (int i = 0; i < n; i++)
        ps[i + 1] = cg_type(g, ft->params.data[i]);
    return LLVMFunctionType(cg_type(g, ft->result), ps, (unsigned)(n + 1), 0);
}

/* In a wrapper: panic (a plain call: wrappers have no cleanup) when the
 * pointer p is nil, before anything reads through it. A load through nil
 * would not do: LLVM takes it for undefined behaviour and may delete the
 * path that reaches it, and the SIGSEGV handler's panic drops nothing in
 * the frame it faults in. */
static void wrapper_nil_check(CgCtx *g, LLVMValueRef p, RtKind k, LLVMValueRef *args, int n) {
    LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInsertBlock(g->b));
    LLVMBasicBlockRef bad = LLVMAppendBasicBlockInContext(g->llc, fn, "nil");
    LLVMBasicBlockRef ok = LLVMAppendBasicBlockInContext(g->llc, fn, "ok");
    LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, p, LLVMConstNull(g->ptr), ""), bad, ok);
    LLVMPositionBuilderAtEnd(g->b, bad);
    cg_call_rt(g, k, args, n);
    LLVMBuildUnreachable(g->b);
    LLVMPositionBuilderAtEnd(g->b, ok);
}

/* The receiver of m for the data word d of a t: the embedded path walked
 * from T (each E a field address, each *E a load), then the address
 * itself for a pointer receiver or the value loaded from it (a named
 * map type's receiver is the word itself). A nil *T
 * behind the interface is Go's panics: go1.19's wrapper (*T).M of a value
 * method M panics with `value method main.T.M called using nil *T
 * pointer` (runtime.panicwrap); walking to a promoted method through a
 * nil pointer is a nil dereference. */
LLVMValueRef cg_method_recv(CgCtx *g, Type *t, Method *m, const Selection *sel, LLVMValueRef d) {
    if (t->kind == T_MAP)   /* a named map type's method: the word is the map */
        return cg_cast_ptr(g, d, cg_type(g, t));
    Type *st = direct(t) ? t->elem : t;
    int depth = sel ? sel->depth : 0;
    if (direct(t) && depth == 0 && !m->ptr_recv) {
        const char *tn = st->name ? st->name : type_name(g->c, st);
        LLVMValueRef msg = LLVMBuildGlobalStringPtr(
            g->b, arena_printf(&g->c->arena, "value method main.%s.%s called using nil *%s pointer", tn, m->name, tn), "");
        wrapper_nil_check(g, d, RT_PANIC_PLAIN, &msg, 1);
    }
    for (int i = 0; sel && i < sel->depth; i++) {
        if (i == 0 ? direct(t) : sel->path_ptr[i - 1])
            wrapper_nil_check(g, d, RT_PANIC_NIL, NULL, 0);
        LLVMTypeRef lt = cg_type(g, st);
        d = LLVMBuildStructGEP2(g->b, lt, cg_cast_ptr(g, d, LLVMPointerType(lt, 0)), (unsigned)sel->path[i], "");
        st = st->fields.data[sel->path[i]].type;
        if (sel->path_ptr[i]) {
            d = LLVMBuildLoad2(g->b, g->ptr, cg_cast_ptr(g, d, LLVMPointerType(g->ptr, 0)), "");
            st = st->elem;
        }
        d = cg_to_i8p(g, d);
    }
    if (depth > 0 && sel->path_ptr[depth - 1] && !m->ptr_recv)
        wrapper_nil_check(g, d, RT_PANIC_NIL, NULL, 0);
    return m->ptr_recv ? d : cg_load(g, d, st);
}

/* A stack slot holding v, in the current function's entry block (glue
 * takes addresses). */
LLVMValueRef cg_slot_of(CgCtx *g, LLVMValueRef v) {
    LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInsertBlock(g->b));
    LLVMBuilderRef eb = LLVMCreateBuilderInContext(g->llc);
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
    LLVMValueRef first = LLVMGetFirstInstruction(entry);
    if (first)
        LLVMPositionBuilderBefore(eb, first);
    else
        LLVMPositionBuilderAtEnd(eb, entry);
    LLVMValueRef slot = LLVMBuildAlloca(eb, LLVMTypeOf(v), "");
    LLVMDisposeBuilder(eb);
    LLVMBuildStore(g->b, v, slot);
    return slot;
}

/* --runtime=drop: a method behind an interface gets its receiver lent
 * (the interface keeps its reference); one that releases its receiver
 * gets a reference of its own. */
void cg_retain_recv(CgCtx *g, Method *m, LLVMValueRef recv) {
    Body *mb = g->p->bodies.data[cg_body_of_decl(g, m->decl)];
    Type *rt = m->decl->u.func.info->recv->type;
    if (g->counted && type_needs_release(rt) && !(mb->borrowed && mb->borrowed[1]))
        cg_retain(g, rt, cg_slot_of(g, recv));
}

/* ml0.m.<T>.<M>(i8 *data, params...): T's method M behind a data word
 * (M declared on T, or promoted from an embedded field along sel). */
static LLVMValueRef method_wrapper(CgCtx *g, Type *t, Method *m, const Selection *sel) {
    const char *name = arena_printf(&g->c->arena, "ml0.m.%s%s.%s", direct(t) ? "ptr." : "",
                                    type_name(g->c, direct(t) ? t->elem : t), m->name);
    LLVMValueRef w = LLVMGetNamedFunction(g->mod, name);
    if (w)
        return w;
    int bi = cg_body_of_decl(g, m->decl);
    Type *ft = m->decl->u.func.info->type;
    LLVMTypeRef wt = method_fn_type(g, ft);
    w = LLVMAddFunction(g->mod, name, wt);
    LLVMSetLinkage(w, LLVMInternalLinkage);
    LLVMBuilderRef saved = g->b;
    g->b = LLVMCreateBuilderInContext(g->llc);
    LLVMPositionBuilderAtEnd(g->b, LLVMAppendBasicBlockInContext(g->llc, w, "entry"));
    int n = ft->params.len;
    LLVMValueRef *args = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)(n + 1));
    args[0] = cg_method_recv(g, t, m, sel, LLVMGetParam(w, 0));
    cg_retain_recv(g, m, args[0]);
    for (int i = 0; i < n; i++)
        args[i + 1] = LLVMGetParam(w, (unsigned)i + 1);
    if (cg_body_recovers(g->p->bodies.data[bi])) {  /* transparent to recover */
        LLVMValueRef self = cg_to_i8p(g, w);
        LLVMValueRef a[2] = {cg_call_rt(g, RT_RECOVER_TAKE, &self, 1), cg_to_i8p(g, g->fns[bi])};
        cg_call_rt(g, RT_RECOVER_PASS, a, 2);
    }
    LLVMValueRef r = LLVMBuildCall2(g->b, g->fn_types[bi], g->fns[bi], args, (unsigned)n + 1, "");
    /* the call's arguments are the wrapper's (the call site counted them):
       given back when the method only borrows them */
    bool *lent = g->counted ? g->p->bodies.data[bi]->borrowed : NULL;
    for (int i = 0; lent && i < n; i++)
        if (lent[i + 2] && type_needs_release(ft->params.data[i]))
            cg_release(g, ft->params.data[i], cg_slot_of(g, args[i + 1]));
    if (ft->result->kind == T_VOID)
        LLVMBuildRetVoid(g->b);
    else
        LLVMBuildRet(g->b, r);
    LLVMDisposeBuilder(g->b);
    g->b = saved;
    return cg_to_i8p(g, w);
}

/* ml0.m.ptr.os.File.Write(i8 *data, []byte p) -> (n, err): the itab
 * function of a library type's method (*os.File, *strings.Builder,
 * *strconv.NumError: sema's
 * lib_methods), calling the runtime's ml0_<pkg>_<T>_<M> as codegen's
 * extern calls do: an error out-pointer first for *os.File's (its error
 * returned), a string result through an out-pointer, then the data word
 * (the receiver), a []byte by address, a string as (ptr, len), other
 * values as they are. The call site counted the arguments and the
 * runtime only reads them: under --runtime=drop they are given back here.
 * NULL for a method no library type has. */
static LLVMValueRef lib_method_wrapper(CgCtx *g, Type *t, IMethod *im) {
    const char *tn = t->kind == T_PTR && t->elem->name ? t->elem->name : "";
    const char *dot = strchr(tn, '.');  /* os.File, strings.Builder, strconv.NumError */
    const LibMember *lm = dot ? lib_method(arena_printf(&g->c->arena, "%.*s", (int)(dot - tn), tn), dot + 1, im->name)
                              : NULL;
    if (!lm)
        return NULL;
    const char *name = arena_printf(&g->c->arena, "ml0.m.ptr.%s.%s", tn, im->name);
    LLVMValueRef w = LLVMGetNamedFunction(g->mod, name);
    if (w)
        return cg_to_i8p(g, w);
    Type *ft = im->fn, *res = ft->result;
    w = LLVMAddFunction(g->mod, name, method_fn_type(g, ft));
    LLVMSetLinkage(w, LLVMInternalLinkage);
    LLVMBuilderRef saved = g->b;
    g->b = LLVMCreateBuilderInContext(g->llc);
    LLVMPositionBuilderAtEnd(g->b, LLVMAppendBasicBlockInContext(g->llc, w, "entry"));
    int n = ft->params.len, nc = 0;
    LLVMValueRef *cargs = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)(2 * n + 3));
    LLVMTypeRef *cps = arena_alloc(&g->c->arena, sizeof(LLVMTypeRef) * (size_t)(2 * n + 3));
    bool tuple = res->kind == T_STRUCT && res->tuple;
    Type *et = tuple ? res->fields.data[1].type : res->kind == T_IFACE ? res : NULL;
    LLVMValueRef err = et && lib_error_by_value(lm) ? cg_slot_of(g, LLVMConstNull(cg_type(g, et))) : NULL;
    LLVMValueRef out = res->kind == T_STRING ? cg_slot_of(g, LLVMGetUndef(g->string_t)) : NULL;
    if (err) {
        cps[nc] = g->ptr;
        cargs[nc++] = cg_to_i8p(g, err);
    }
    if (out) {
        cps[nc] = g->ptr;
        cargs[nc++] = cg_to_i8p(g, out);
    }
    cps[nc] = g->ptr;
    cargs[nc++] = LLVMGetParam(w, 0);
    LLVMValueRef *slots = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Type *pt = ft->params.data[i];
        LLVMValueRef v = LLVMGetParam(w, (unsigned)i + 1);
        slots[i] = NULL;
        if (pt->kind == T_SLICE) {
            slots[i] = cg_slot_of(g, v);
            cps[nc] = g->ptr;
            cargs[nc++] = cg_to_i8p(g, slots[i]);
        } else if (pt->kind == T_STRING) {
            slots[i] = cg_slot_of(g, v);
            cps[nc] = g->ptr;
            cargs[nc++] = cg_field(g, v, 0);
            cps[nc] = g->i64;
            cargs[nc++] = cg_field(g, v, 1);
        } else {
            cps[nc] = LLVMTypeOf(v);
            cargs[nc++] = v;
        }
    }
    Type *rt0 = tuple ? res->fields.data[0].type : res;
    bool rvoid = out || res->kind == T_VOID || res->kind == T_IFACE;
    LLVMTypeRef crt = rvoid ? g->void_t : cg_type(g, rt0);
    LLVMTypeRef cft = LLVMFunctionType(crt, cps, (unsigned)nc, 0);
    LLVMValueRef cfn = LLVMGetNamedFunction(g->mod, lm->csym);
    if (!cfn)
        cfn = LLVMAddFunction(g->mod, lm->csym, cft);
    LLVMValueRef r = LLVMBuildCall2(g->b, cft, cfn, cargs, (unsigned)nc, "");
    for (int i = 0; i < n; i++)
        if (slots[i] && g->counted && type_needs_release(ft->params.data[i]))
            cg_release(g, ft->params.data[i], cg_to_i8p(g, slots[i]));
    if (tuple) {
        LLVMValueRef tv = LLVMGetUndef(cg_type(g, res));
        tv = LLVMBuildInsertValue(g->b, tv, r, 0, "");
        r = LLVMBuildInsertValue(g->b, tv, err ? LLVMBuildLoad2(g->b, cg_type(g, et), err, "") : LLVMConstNull(cg_type(g, et)),
                                 1, "");
    } else if (res->kind == T_IFACE) {
        r = err ? LLVMBuildLoad2(g->b, cg_type(g, et), err, "") : LLVMConstNull(cg_type(g, et));
    } else if (out) {
        r = LLVMBuildLoad2(g->b, g->string_t, out, "");
    }
    if (res->kind == T_VOID)
        LLVMBuildRetVoid(g->b);
    else
        LLVMBuildRet(g->b, r);
    LLVMDisposeBuilder(g->b);
    g->b = saved;
    return cg_to_i8p(g, w);
}

typedef struct MEntry { Sym name; Type *fn; Method *m; Selection sel; IMethod *lib; } MEntry;

static int by_name(const void *a, const void *b) {
    return strcmp(((const MEntry *)a)->name, ((const MEntry *)b)->name);
}

/* The names of the methods declared on st and on the types its embedded
 * fields reach (depth-limited as select.c), and of those st has from
 * embedded interfaces, each once, into names. */
typedef VEC(Sym) Names;

static void add_name(Names *names, Sym name, Arena *a) {
    int j = 0;
    while (j < names->len && names->data[j] != name)
        j++;
    if (j == names->len)
        vec_push(a, names, name);
}

static void method_names(Type *st, int depth, Names *names, Arena *a) {
    for (int i = 0; i < st->methods.len; i++)
        add_name(names, st->methods.data[i].name, a);
    for (int i = 0; depth == 0 && i < st->iface_wrappers.len; i++)    /* sema/iface_promote.c */
        add_name(names, st->iface_wrappers.data[i].name, a);
    if (st->kind != T_STRUCT || depth >= SEL_MAX_DEPTH)
        return;
    for (int i = 0; i < st->fields.len; i++)
        if (st->fields.data[i].embedded) {
            Type *e = st->fields.data[i].type;
            method_names(e->kind == T_PTR ? e->elem : e, depth + 1, names, a);
        }
}

/* t's method set (an interface: its methods), sorted by name: the methods
 * declared on it and those promoted through embedded fields (Go's
 * wrappers), as an interface conversion sees them (type_iface_impl). */
static int method_set(CgCtx *g, Type *t, MEntry **out) {
    if (t->kind == T_IFACE) {
        MEntry *v = arena_alloc(&g->c->arena, sizeof(MEntry) * (size_t)(t->imethods.len + 1));
        for (int i = 0; i < t->imethods.len; i++)
            v[i] = (MEntry){t->imethods.data[i].name, t->imethods.data[i].fn, NULL, {0}, NULL};
        *out = v;
        return t->imethods.len;
    }
    Type *st = direct(t) ? t->elem : t;
    if (t->kind == T_BOX || (st->kind != T_STRUCT && !st->name))
        return 0;
    if (st->lib_methods.len) {  /* *os.File, *strings.Builder: runtime functions */
        if (t->kind != T_PTR)
            return 0;
        MEntry *v = arena_alloc(&g->c->arena, sizeof(MEntry) * (size_t)st->lib_methods.len);
        for (int i = 0; i < st->lib_methods.len; i++)
            v[i] = (MEntry){st->lib_methods.data[i].name, st->lib_methods.data[i].fn, NULL, {0}, &st->lib_methods.data[i]};
        *out = v;
        return st->lib_methods.len;
    }
    Names names = {0};
    method_names(st, 0, &names, &g->c->arena);
    MEntry *v = arena_alloc(&g->c->arena, sizeof(MEntry) * (size_t)(names.len + 1));
    int n = 0;
    for (int i = 0; i < names.len; i++) {
        Selection sel;
        Method *m = type_iface_impl_sel(t, names.data[i], &sel);
        FuncInfo *fi = m ? m->decl->u.func.info : NULL;
        if (!m || !fi || !fi->type || m->decl == st->drop)
            continue;
        v[n++] = (MEntry){m->name, fi->type, m, sel, NULL};
    }
    qsort(v, (size_t)n, sizeof *v, by_name);
    *out = v;
    return n;
}

/* The descriptor's `nmethods` and `methods` fields for t. */
void cg_method_table(CgCtx *g, Type *t, LLVMValueRef *count, LLVMValueRef *table) {
    MEntry *ms;
    int n = method_set(g, t, &ms);
    *count = LLVMConstInt(g->i64, (unsigned long long)n, 0);
    if (!n) {
        *table = LLVMConstNull(g->ptr);
        return;
    }
    LLVMTypeRef et3[3] = {g->ptr, g->ptr, g->ptr};
    LLVMTypeRef et = LLVMStructTypeInContext(g->llc, et3, 3, 0);
    LLVMValueRef *vals = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)n);
    for (int i = 0; i < n; i++) {
        LLVMValueRef f[3] = {cg_cstring(g, ms[i].name), cg_cstring(g, type_name(g->c, ms[i].fn)),
                             ms[i].m     ? method_wrapper(g, t, ms[i].m, &ms[i].sel)
                             : ms[i].lib ? lib_method_wrapper(g, t, ms[i].lib)
                                         : LLVMConstNull(g->ptr)};
        vals[i] = LLVMConstStructInContext(g->llc, f, 3, 0);
    }
    *table = cg_const_data(g, LLVMConstArray(et, vals, (unsigned)n), "", false);
}

/* The itab of concrete type t for interface it (a constant, once). */
static LLVMValueRef itab(CgCtx *g, Type *it, Type *t) {
    const char *name = arena_printf(&g->c->arena, "ml0.itab.%s.%s", type_name(g->c, it), type_name(g->c, t));
    LLVMValueRef gv = LLVMGetNamedGlobal(g->mod, name);
    if (gv)
        return LLVMConstPointerCast(gv, g->ptr);
    int n = it->imethods.len;
    LLVMValueRef *v = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)(n + 2));
    v[0] = cg_type_desc(g, t);
    v[1] = cg_type_desc(g, it);
    for (int i = 0; i < n; i++) {
        Selection sel;
        Method *m = type_iface_impl_sel(t, it->imethods.data[i].name, &sel);
        if (!m && (v[i + 2] = lib_method_wrapper(g, t, &it->imethods.data[i])))
            continue;
        if (!m)
            ICE("itab: %s lacks %s", type_name(g->c, t), it->imethods.data[i].name);
        v[i + 2] = method_wrapper(g, t, m, &sel);
    }
    return cg_const_data(g, LLVMConstStructInContext(g->llc, v, (unsigned)n + 2, 0), name, false);
}

/* The first word of an interface of type it holding a t. */
LLVMValueRef cg_iface_word0(CgCtx *g, Type *it, Type *t) {
    return type_is_empty_iface(it) ? cg_type_desc(g, t) : itab(g, it, t);
}

/* The dynamic type's descriptor of v, an interface of type it (NULL: nil). */
LLVMValueRef cg_dyn_type(CgCtx *g, LLVMValueRef v, Type *it) {
    LLVMValueRef w0 = cg_field(g, v, 0);
    if (type_is_empty_iface(it))
        return w0;
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(g->b);
    LLVMValueRef fn = LLVMGetBasicBlockParent(cur);
    LLVMBasicBlockRef load = LLVMAppendBasicBlockInContext(g->llc, fn, "itab.type");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(g->llc, fn, "itab.done");
    LLVMValueRef isnil = LLVMBuildICmp(g->b, LLVMIntEQ, w0, LLVMConstNull(g->ptr), "");
    LLVMBuildCondBr(g->b, isnil, done, load);
    LLVMPositionBuilderAtEnd(g->b, load);
    LLVMValueRef t = LLVMBuildLoad2(g->b, g->ptr, cg_cast_ptr(g, w0, LLVMPointerType(g->ptr, 0)), "");
    LLVMBuildBr(g->b, done);
    LLVMPositionBuilderAtEnd(g->b, done);
    LLVMValueRef phi = LLVMBuildPhi(g->b, g->ptr, "");
    LLVMValueRef vals[2] = {LLVMConstNull(g->ptr), t};
    LLVMBasicBlockRef from[2] = {cur, load};
    LLVMAddIncoming(phi, vals, from, 2);
    return phi;
}

static LLVMValueRef make_iface(CgCtx *g, Type *it, LLVMValueRef w0, LLVMValueRef data) {
    LLVMValueRef v = LLVMGetUndef(cg_type(g, it));
    v = LLVMBuildInsertValue(g->b, v, w0, 0, "");
    return LLVMBuildInsertValue(g->b, v, data, 1, "");
}

/* iface J(x) with x an interface of type I: J's first word for x's
 * dynamic type (NULL stays NULL). */
LLVMValueRef cg_iface_conv(CgCtx *g, CgFn *f, Rvalue *rv) {
    LLVMValueRef v = cg_operand(g, f, &rv->args.data[0]);
    LLVMValueRef dyn = cg_dyn_type(g, v, rv->elem);
    LLVMValueRef w0 = dyn;
    if (!type_is_empty_iface(rv->type)) {
        LLVMValueRef a[2] = {cg_type_desc(g, rv->type), dyn};
        w0 = cg_call_rt(g, RT_IFACE_ITAB, a, 2);
    }
    return make_iface(g, rv->type, w0, cg_field(g, v, 1));
}

/* itab->fun[k](data, args) of s, an interface of type it (nil: Go's nil
 * dereference panic). */
LLVMValueRef cg_icall_value(CgCtx *g, CgFn *f, Type *it, int k, LLVMValueRef s, LLVMValueRef *rest, int n) {
    Type *ft = it->imethods.data[k].fn;
    LLVMValueRef tab = cg_field(g, s, 0);
    LLVMValueRef isnil = LLVMBuildICmp(g->b, LLVMIntEQ, tab, LLVMConstNull(g->ptr), "");
    cg_check(g, f, isnil, RT_PANIC_NIL, NULL, 0);
    LLVMValueRef *args = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)(n + 1));
    args[0] = cg_field(g, s, 1);
    for (int i = 0; i < n; i++)
        args[i + 1] = rest[i];
    LLVMValueRef idx = LLVMConstInt(g->i64, (unsigned long long)k + 2, 0);
    LLVMValueRef slot = LLVMBuildGEP2(g->b, g->ptr, cg_cast_ptr(g, tab, LLVMPointerType(g->ptr, 0)), &idx, 1, "");
    LLVMValueRef fp = LLVMBuildLoad2(g->b, g->ptr, slot, "");
    LLVMTypeRef fty = method_fn_type(g, ft);
    cg_recover_pass(g, f, fp);
    return cg_call(g, fty, cg_cast_ptr(g, fp, LLVMPointerType(fty, 0)), args, (unsigned)n + 1);
}

/* icall #k(s, args): itab->fun[k](data, args). */
LLVMValueRef cg_icall(CgCtx *g, CgFn *f, Rvalue *rv) {
    Type *it = rv->args.data[0].type;
    LLVMValueRef s = cg_operand(g, f, &rv->args.data[0]);
    int n = rv->args.len - 1;
    LLVMValueRef *args = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        LLVMValueRef a = cg_operand(g, f, &rv->args.data[i + 1]);
        args[i] = a ? a : LLVMGetUndef(g->ptr);
    }
    return cg_icall_value(g, f, it, rv->func, s, args, n);
}

/* The value of type t a data word holds (the box's contents, or itself). */
static LLVMValueRef unbox(CgCtx *g, LLVMValueRef data, Type *t) {
    return word(t) ? cg_cast_ptr(g, data, cg_type(g, t)) : cg_load(g, data, t);
}

/* --runtime=drop: an assertion's value is a new reference to what the
 * interface holds (its pointer, or a copy of its box's value). */
static void retain_data(CgCtx *g, Type *t, LLVMValueRef data) {
    if (!g->counted || !type_needs_release(t))
        return;
    if (t->kind == T_IFACE || t->kind == T_MAP || direct(t))
        cg_call_rt(g, RT_RC_INC, &data, 1);
    else
        cg_retain(g, t, data);
}

/* assert T(x) / assert? T(x) / assert is T(x). */
LLVMValueRef cg_assert(CgCtx *g, CgFn *f, Rvalue *rv) {
    Type *src = rv->args.data[0].type, *t = rv->elem;
    LLVMValueRef x = cg_operand(g, f, &rv->args.data[0]);
    LLVMValueRef dyn = cg_dyn_type(g, x, src);
    LLVMValueRef data = cg_field(g, x, 1);
    LLVMValueRef ok, w0 = NULL;
    if (t->kind == T_IFACE && type_is_empty_iface(t)) {
        ok = LLVMBuildICmp(g->b, LLVMIntNE, dyn, LLVMConstNull(g->ptr), "");
        w0 = dyn;
    } else if (t->kind == T_IFACE) {
        LLVMValueRef a[2] = {cg_type_desc(g, t), dyn};
        w0 = cg_call_rt(g, RT_IFACE_ITAB, a, 2);
        ok = LLVMBuildICmp(g->b, LLVMIntNE, w0, LLVMConstNull(g->ptr), "");
    } else {
        ok = LLVMBuildICmp(g->b, LLVMIntEQ, dyn, cg_type_desc(g, t), "");
    }
    if (rv->amode == ASSERT_TEST)
        return ok;
    if (rv->amode == ASSERT_PANIC) {
        LLVMValueRef a[3] = {cg_type_desc(g, src), dyn, cg_type_desc(g, t)};
        cg_check(g, f, LLVMBuildNot(g->b, ok, ""), RT_PANIC_ASSERT, a, 3);
        retain_data(g, t, data);
        return t->kind == T_IFACE ? make_iface(g, t, w0, data) : unbox(g, data, t);
    }
    /* v, ok: the value only when ok (else T's zero value) */
    LLVMValueRef val;
    if (g->counted) {   /* a failed assertion's zero value holds nothing */
        LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInsertBlock(g->b));
        LLVMBasicBlockRef yes = LLVMAppendBasicBlockInContext(g->llc, fn, "assert.retain");
        LLVMBasicBlockRef after = LLVMAppendBasicBlockInContext(g->llc, fn, "assert.done");
        LLVMBuildCondBr(g->b, ok, yes, after);
        LLVMPositionBuilderAtEnd(g->b, yes);
        retain_data(g, t, data);
        LLVMBuildBr(g->b, after);
        LLVMPositionBuilderAtEnd(g->b, after);
    }
    if (t->kind == T_IFACE) {
        LLVMValueRef zero = LLVMConstNull(g->ptr);
        val = make_iface(g, t, LLVMBuildSelect(g->b, ok, w0, zero, ""), LLVMBuildSelect(g->b, ok, data, zero, ""));
    } else if (word(t)) {
        val = LLVMBuildSelect(g->b, ok, unbox(g, data, t), LLVMConstNull(cg_type(g, t)), "");
    } else {
        LLVMValueRef zslot = cg_entry_alloca(g, f, cg_type(g, t), "");
        LLVMBuildStore(g->b, LLVMConstNull(cg_type(g, t)), zslot);
        val = cg_load(g, LLVMBuildSelect(g->b, ok, data, cg_to_i8p(g, zslot), ""), t);
    }
    LLVMValueRef tup = LLVMGetUndef(cg_type(g, rv->type));
    tup = LLVMBuildInsertValue(g->b, tup, val, 0, "");
    return LLVMBuildInsertValue(g->b, tup, ok, 1, "");
}

/* a == b / a != b on interfaces of type it (one may be the constant nil). */
LLVMValueRef cg_iface_compare(CgCtx *g, Op op, Type *ta, bool anil, Type *tb, bool bnil, LLVMValueRef a, LLVMValueRef b) {
    LLVMIntPredicate p = op == OP_EQ ? LLVMIntEQ : LLVMIntNE;
    if (anil || bnil)
        return LLVMBuildICmp(g->b, p, cg_field(g, anil ? b : a, 0), LLVMConstNull(g->ptr), "");
    LLVMValueRef args[4] = {cg_dyn_type(g, a, ta), cg_field(g, a, 1), cg_dyn_type(g, b, tb), cg_field(g, b, 1)};
    LLVMValueRef r = cg_call_rt(g, RT_IFACE_EQ, args, 4);
    return LLVMBuildICmp(g->b, op == OP_EQ ? LLVMIntNE : LLVMIntEQ, r, LLVMConstInt(g->i32, 0, 0), "");
}
