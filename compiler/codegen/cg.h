/*
 * cg.h: private to the code generator (the codegen directory); the layer's
 * interface is codegen.h.
 *
 * One CgCtx per emission holds the LLVM context, module and builder, the
 * ML0-type -> LLVM-type cache, the LLVM function of every body, and the
 * runtime's declarations. One CgFn per body being lowered holds its
 * locals' slots and the LLVM block of every MIR block.
 *
 * Pointer discipline: every ML0 pointer value (and every place address
 * computed here) is an `i8*`; it is cast to `T*` right before a load,
 * store or GEP of T. Under opaque pointers (LLVM 15+) the casts fold away,
 * so one path serves LLVM 14 to 19.
 */
#ifndef ML0_CG_H
#define ML0_CG_H

#include "codegen.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

typedef struct RtFn {
    LLVMValueRef fn;
    LLVMTypeRef type;
} RtFn;

/* The runtime functions generated code calls, one per line of
 * runtime/ml0rt.def (which also writes their C prototypes in ml0rt.h and,
 * through emit.c, their LLVM declarations). */
typedef enum {
#define ML0RT_FN(kind, name, attr, c_result, c_params, abi_result, abi_params) kind,
#include "../../runtime/ml0rt.def"
#undef ML0RT_FN
    RT__COUNT
} RtKind;

typedef struct TypeMapEntry { Type *key; LLVMTypeRef val; } TypeMapEntry;

/* rc_glue.c: retain/release glue per type; allocation glue kinds */
typedef struct RcGlueEntry {
    Type *type;
    LLVMValueRef fn;
    bool array;
    bool map_table;     /* kinds: the table of a map of this type (map.c) */
} RcGlueEntry;
typedef VEC(RcGlueEntry) RcGlue;

typedef struct DiTypeEntry { Type *type; LLVMMetadataRef md; } DiTypeEntry;

typedef struct CgCtx {
    Ctx *c;
    MirProgram *p;
    LLVMContextRef llc;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    LLVMTypeRef i1, i8, i32, i64, f64, ptr, void_t;
    LLVMTypeRef string_t, slice_t, func_t;
    TypeMapEntry *types;        /* open-addressed cache */
    int types_cap, types_len;
    LLVMValueRef *fns;          /* per body */
    LLVMTypeRef *fn_types;      /* per body */
    LLVMValueRef *thunks;       /* per body: (env, params) wrapper, lazily */
    LLVMValueRef *drop_thunks;  /* per body: void(i8*) wrapper, lazily */
    LLVMValueRef *globals;      /* per SemaInfo global */
    bool counted;               /* shared values are reference counted */
    RcGlue retain, release, kinds;
    RtFn rt[RT__COUNT];
    int nstrings;
    VEC(TypeMapEntry) descs;    /* iface.c: type descriptor globals (val is the global) */
    /* -g (debug.c): NULL dib without it */
    LLVMDIBuilderRef dib;
    LLVMMetadataRef di_file, di_cu, di_scope;   /* di_scope: the body being lowered */
    VEC(DiTypeEntry) di_types;
    struct CgFn *cur;           /* the body being lowered (unwind.c's invokes) */
} CgCtx;

struct CgFn;
typedef struct CgFn {
    Body *body;
    LLVMValueRef fn;
    LLVMBasicBlockRef entry;    /* allocas live here */
    LLVMBasicBlockRef *blocks;  /* per MIR block */
    LLVMValueRef *slots;        /* per local: alloca (value or heap-cell ptr) */
    bool *heap;                 /* per local: slot holds a heap cell pointer */
    LLVMValueRef frame;         /* a body that defers: its frame record (defer.c) */
    LLVMValueRef recover_direct;/* a body that recovers, or a defer wrapper: i32,
                                   called directly by the defer list (defer.c) */
    LLVMBasicBlockRef pad;      /* --runtime=drop: the cleanup block invokes unwind to (unwind.c) */
    MirStmt **drops;            /* ...and the flagged drops it runs */
    int ndrops;
    int ninvokes;               /* ...and the invokes that unwind to it */
} CgFn;

/* llvm_types.c */
LLVMTypeRef cg_type(CgCtx *g, Type *t);
LLVMTypeRef cg_ptr_to(CgCtx *g, Type *t);
LLVMValueRef cg_size_of(CgCtx *g, Type *t);
void cg_init_types(CgCtx *g);

/* const_data.c: constant globals private to the module, by address */
LLVMValueRef cg_const_data(CgCtx *g, LLVMValueRef init, const char *name, bool mergeable);
LLVMValueRef cg_cstring(CgCtx *g, const char *s);   /* a NUL-terminated C string */

/* place.c */
LLVMValueRef cg_entry_alloca(CgCtx *g, CgFn *f, LLVMTypeRef t, const char *name);
LLVMValueRef cg_cast_ptr(CgCtx *g, LLVMValueRef v, LLVMTypeRef to_ptr);
LLVMValueRef cg_to_i8p(CgCtx *g, LLVMValueRef v);
LLVMValueRef cg_load(CgCtx *g, LLVMValueRef addr_i8, Type *t);
void cg_store(CgCtx *g, LLVMValueRef val, LLVMValueRef addr_i8, Type *t);
LLVMValueRef cg_local_addr(CgCtx *g, CgFn *f, LocalId l);
LLVMValueRef cg_place_addr(CgCtx *g, CgFn *f, Place p);
LLVMValueRef cg_operand(CgCtx *g, CgFn *f, Operand *o);
LLVMValueRef cg_const_string(CgCtx *g, Str s);
void cg_check(CgCtx *g, CgFn *f, LLVMValueRef fail_cond, RtKind panic, LLVMValueRef *args, int nargs);
LLVMValueRef cg_call_rt(CgCtx *g, RtKind k, LLVMValueRef *args, int nargs);
LLVMValueRef cg_field(CgCtx *g, LLVMValueRef agg, int i);
LLVMValueRef cg_to_i64(CgCtx *g, LLVMValueRef v, Type *t);   /* an integer widened by t's signedness */

/* rvalue.c */
LLVMValueRef cg_rvalue(CgCtx *g, CgFn *f, Rvalue *rv);
LLVMValueRef cg_heap_alloc(CgCtx *g, Type *t, LLVMValueRef size, bool array);


/* rc_glue.c */
LLVMValueRef cg_retain_glue(CgCtx *g, Type *t);
LLVMValueRef cg_release_glue(CgCtx *g, Type *t);
void cg_retain(CgCtx *g, Type *t, LLVMValueRef addr);
void cg_release(CgCtx *g, Type *t, LLVMValueRef addr);
int cg_kind(CgCtx *g, Type *t, bool array);     /* 0: nothing to release */
int cg_map_kind(CgCtx *g, Type *map_type);       /* the kind of a map's table */
void cg_kind_dispatch(CgCtx *g);

/* map.c */
LLVMValueRef cg_map_intrinsic(CgCtx *g, CgFn *f, Rvalue *rv);

/* iface.c */
LLVMValueRef cg_type_desc(CgCtx *g, Type *t);
LLVMValueRef cg_iface(CgCtx *g, CgFn *f, Rvalue *rv);
/* itab.c */
void cg_method_table(CgCtx *g, Type *t, LLVMValueRef *count, LLVMValueRef *table);
LLVMValueRef cg_method_recv(CgCtx *g, Type *t, Method *m, const Selection *sel, LLVMValueRef data);
LLVMValueRef cg_slot_of(CgCtx *g, LLVMValueRef v);      /* a stack slot holding v */
void cg_retain_recv(CgCtx *g, Method *m, LLVMValueRef recv);    /* drop: a lent receiver */
LLVMValueRef cg_iface_word0(CgCtx *g, Type *it, Type *t);
LLVMValueRef cg_dyn_type(CgCtx *g, LLVMValueRef v, Type *it);
LLVMValueRef cg_iface_conv(CgCtx *g, CgFn *f, Rvalue *rv);
LLVMValueRef cg_icall(CgCtx *g, CgFn *f, Rvalue *rv);
LLVMValueRef cg_icall_value(CgCtx *g, CgFn *f, Type *it, int k, LLVMValueRef s, LLVMValueRef *args, int n);
LLVMValueRef cg_assert(CgCtx *g, CgFn *f, Rvalue *rv);
LLVMValueRef cg_iface_compare(CgCtx *g, Op op, Type *ta, bool anil, Type *tb, bool bnil, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef cg_extern_call(CgCtx *g, CgFn *f, Rvalue *rv);
LLVMValueRef cg_lib_func_value(CgCtx *g, const struct LibMember *m, Type *ft);  /* unicode.IsSpace as a func value */

/* defer.c */
void cg_defer_frame(CgCtx *g, CgFn *f);
bool cg_body_recovers(Body *b);
void cg_recover_entry(CgCtx *g, CgFn *f);
void cg_recover_pass(CgCtx *g, CgFn *f, LLVMValueRef callee);
LLVMValueRef cg_defer_intrinsic(CgCtx *g, CgFn *f, Rvalue *rv);

/* body.c */
int cg_body_of_decl(CgCtx *g, Decl *d);
void cg_body(CgCtx *g, Body *b);
void cg_stmt(CgCtx *g, CgFn *f, MirStmt *st);

/* unwind.c */
void cg_unwind_prepare(CgCtx *g, CgFn *f);
void cg_unwind_finish(CgCtx *g, CgFn *f);
void cg_unwind_keep(CgCtx *g, CgFn *f);
LLVMValueRef cg_call(CgCtx *g, LLVMTypeRef ft, LLVMValueRef fn, LLVMValueRef *args, unsigned n);
void cg_declare_body(CgCtx *g, Body *b);
LLVMValueRef cg_thunk(CgCtx *g, int body);
LLVMValueRef cg_drop_thunk(CgCtx *g, Decl *drop);

/* debug.c: -g (each a no-op without it) */
void cg_debug_begin(CgCtx *g);
void cg_debug_body(CgCtx *g, Body *b, LLVMValueRef fn);
void cg_debug_function(CgCtx *g, const char *name, Span at, LLVMValueRef fn);
void cg_debug_loc(CgCtx *g, Span s);
void cg_debug_locals(CgCtx *g, CgFn *f);
void cg_debug_end_body(CgCtx *g);
void cg_debug_finish(CgCtx *g);

/* emit.c */
void cg_declare_runtime(CgCtx *g);

#endif
