/*
 * emit.c: the module as a whole. Declares the runtime ABI (ml0rt.h) and
 * the globals, lowers every body, adds the C `main`, verifies the module
 * (a broken module is an internal error, reported before any LLVM pass
 * could assert), optimises with the new pass manager, and writes LLVM
 * text, assembly, an object, or an executable linked by the system C
 * compiler against the chosen runtime library.
 */
#define _POSIX_C_SOURCE 200809L
#include "cg.h"

#include <llvm/Config/llvm-config.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef ML0_RUNTIME_DIR
#define ML0_RUNTIME_DIR "."
#endif
#ifndef ML0_CC
#define ML0_CC "cc"
#endif

/* The LLVM view of the runtime's parameter and result types
 * (ml0rt.def's ABI columns). VOID is 0: a parameter list ends at it. */
typedef enum { VOID, I8, I32, I64, F64, PTR, PPTR } RtAbi;

typedef struct RtDecl {
    const char *name;
    bool noreturn;
    RtAbi result;
    RtAbi params[8];    /* up to the first VOID */
} RtDecl;

#define ML0RT_ABI_LIST(...) {__VA_ARGS__}
static const RtDecl rt_decls[RT__COUNT] = {
#define ML0RT_FN(kind, name, attr, c_result, c_params, abi_result, abi_params) \
    [kind] = {#name, ML0RT_NORETURN_##attr, abi_result, ML0RT_ABI_LIST abi_params},
#define ML0RT_NORETURN_PLAIN false
#define ML0RT_NORETURN_NORETURN true
#include "../../runtime/ml0rt.def"
#undef ML0RT_FN
};

/* A function with more parameters than RtDecl.params holds fails here. */
#define ML0RT_FN(kind, name, attr, c_result, c_params, abi_result, abi_params)  \
    _Static_assert(sizeof((RtAbi[])ML0RT_ABI_LIST abi_params) <=                \
                   sizeof(rt_decls[0].params), #name ": too many parameters");
#include "../../runtime/ml0rt.def"
#undef ML0RT_FN

static LLVMTypeRef rt_type(CgCtx *g, RtAbi t) {
    switch (t) {
    case VOID: return g->void_t;
    case I8: return g->i8;
    case I32: return g->i32;
    case I64: return g->i64;
    case F64: return g->f64;
    case PTR: return g->ptr;
    case PPTR: return LLVMPointerType(g->ptr, 0);
    }
    ICE("bad runtime ABI type %d", (int)t);
}

/* Declare one runtime function; a panic is `noreturn cold`, so LLVM
 * keeps the failing branch of every check out of the hot path. */
static void rt_decl(CgCtx *g, RtKind k) {
    const RtDecl *d = &rt_decls[k];
    LLVMTypeRef ps[8];
    int n = 0;
    while (n < 8 && d->params[n] != VOID) {
        ps[n] = rt_type(g, d->params[n]);
        n++;
    }
    LLVMTypeRef ft = LLVMFunctionType(rt_type(g, d->result), ps, (unsigned)n, 0);
    LLVMValueRef fn = LLVMAddFunction(g->mod, d->name, ft);
    if (d->noreturn) {
        unsigned id = LLVMGetEnumAttributeKindForName("noreturn", 8);
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->llc, id, 0));
        unsigned cold = LLVMGetEnumAttributeKindForName("cold", 4);
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->llc, cold, 0));
    }
    g->rt[k] = (RtFn){fn, ft};
}

/* Every function of runtime/ml0rt.def, in its order. */
void cg_declare_runtime(CgCtx *g) {
    for (int k = 0; k < RT__COUNT; k++)
        rt_decl(g, (RtKind)k);
}

static void declare_globals(CgCtx *g) {
    SemaInfo *s = g->p->sema;
    g->globals = arena_alloc(&g->c->arena, sizeof(LLVMValueRef) * (size_t)(s->globals.len + 1));
    for (int i = 0; i < s->globals.len; i++) {
        LLVMTypeRef t = cg_type(g, s->globals.data[i].type);
        LLVMValueRef gv = LLVMAddGlobal(g->mod, t, arena_printf(&g->c->arena, "ml0.g.%s", s->globals.data[i].name));
        LLVMSetInitializer(gv, LLVMConstNull(t));
        LLVMSetLinkage(gv, LLVMInternalLinkage);
        LLVMSetSection(gv, "ml0_globals");  /* the drop runtime's leak report scans it */
        LLVMSetAlignment(gv, 8);
        g->globals[i] = gv;
    }
}

static void build_main(CgCtx *g) {
    LLVMTypeRef ps[2] = {g->i32, LLVMPointerType(g->ptr, 0)};
    LLVMTypeRef ft = LLVMFunctionType(g->i32, ps, 2, 0);
    LLVMValueRef fn = LLVMAddFunction(g->mod, "main", ft);
    LLVMPositionBuilderAtEnd(g->b, LLVMAppendBasicBlockInContext(g->llc, fn, "entry"));
    LLVMValueRef args[2] = {LLVMGetParam(fn, 0), LLVMGetParam(fn, 1)};
    cg_call_rt(g, RT_INIT, args, 2);
    if (g->p->init_body >= 0)
        LLVMBuildCall2(g->b, g->fn_types[g->p->init_body], g->fns[g->p->init_body], NULL, 0, "");
    for (int i = 0; i < g->p->user_inits.len; i++) {   /* then each func init(), in order */
        int b = g->p->user_inits.data[i];
        LLVMBuildCall2(g->b, g->fn_types[b], g->fns[b], NULL, 0, "");
    }
    int m = g->p->main_body;
    LLVMBuildCall2(g->b, g->fn_types[m], g->fns[m], NULL, 0, "");
    cg_call_rt(g, RT_EXIT, NULL, 0);
    LLVMBuildRet(g->b, LLVMConstInt(g->i32, 0, 0));
}

static LLVMTargetMachineRef target_machine(CgCtx *g) {
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    char *triple = LLVMGetDefaultTargetTriple();
    LLVMTargetRef target;
    char *err = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &err)) {
        diag_error(g->c, NO_SPAN, "no LLVM target for %s: %s", triple, err);
        LLVMDisposeMessage(err);
        LLVMDisposeMessage(triple);
        return NULL;
    }
    static const LLVMCodeGenOptLevel levels[] = {LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
                                                 LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive};
    char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, cpu, features,
                                                      levels[g->c->opt.opt_level], LLVMRelocPIC,
                                                      LLVMCodeModelDefault);
    LLVMSetTarget(g->mod, triple);
    LLVMTargetDataRef dl = LLVMCreateTargetDataLayout(tm);
    LLVMSetModuleDataLayout(g->mod, dl);
    LLVMDisposeTargetData(dl);
    LLVMDisposeMessage(triple);
    LLVMDisposeMessage(cpu);
    LLVMDisposeMessage(features);
    return tm;
}

/* Run a new-pass-manager pipeline over the module; errors are reported. */
static bool run_pipeline(CgCtx *g, LLVMTargetMachineRef tm, const char *pipeline, const char *what) {
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMErrorRef err = LLVMRunPasses(g->mod, pipeline, tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (!err)
        return true;
    char *msg = LLVMGetErrorMessage(err);
    diag_error(g->c, NO_SPAN, "%s failed: %s", what, msg);
    LLVMDisposeErrorMessage(msg);
    return false;
}

static bool optimize(CgCtx *g, LLVMTargetMachineRef tm) {
    char passes[32];
    snprintf(passes, sizeof passes, "default<O%d>", g->c->opt.opt_level);
    return run_pipeline(g, tm, passes, "LLVM optimisation");
}

/* --asan: instrument every function (LLVM's AddressSanitizer, with
 * stack-use-after-return available through ASAN_OPTIONS). */
static bool instrument_asan(CgCtx *g, LLVMTargetMachineRef tm) {
    unsigned kind = LLVMGetEnumAttributeKindForName("sanitize_address", 16);
    for (LLVMValueRef fn = LLVMGetFirstFunction(g->mod); fn; fn = LLVMGetNextFunction(fn))
        if (LLVMCountBasicBlocks(fn))
            LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->llc, kind, 0));
#if LLVM_VERSION_MAJOR >= 15
    return run_pipeline(g, tm, "asan", "AddressSanitizer instrumentation");
#else
    return run_pipeline(g, tm, "asan-module", "AddressSanitizer instrumentation");
#endif
}

static bool run_cmd(Ctx *c, char **argv) {
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        diag_error(c, NO_SPAN, "cannot start the linker: %s", strerror(errno));
        return false;
    }
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "ml0c: error: cannot run '%s': %s\n", argv[0], strerror(errno));
        fflush(stderr);
        _exit(127);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

/* cc -o out obj libml0rt_<rt>.a <flags from ml0rt_<rt>.link> */
static bool link_exe(CgCtx *g, const char *obj, const char *out) {
    Ctx *c = g->c;
    const char *dir = c->opt.runtime_dir ? c->opt.runtime_dir : ML0_RUNTIME_DIR;
    const char *rt = c->opt.runtime == RT_GC ? "gc" : "drop";
    const char *lib = arena_printf(&c->arena, "%s/libml0rt_%s.a", dir, rt);
    if (access(lib, R_OK) != 0) {
        diag_error(c, NO_SPAN, "runtime library '%s' not found (build the ml0rt_%s target)", lib, rt);
        return false;
    }
    char flags[512] = "-lgc -lpthread -ldl -lm";
    if (c->opt.runtime == RT_DROP)
        strcpy(flags, "-lm");
    FILE *lf = fopen(arena_printf(&c->arena, "%s/ml0rt_%s.link", dir, rt), "r");
    if (lf) {
        if (!fgets(flags, sizeof flags, lf))
            flags[0] = 0;
        fclose(lf);
    }
    char *argv[64];
    int n = 0;
    argv[n++] = c->opt.asan ? "clang" : (char *)ML0_CC;
    argv[n++] = "-o";
    argv[n++] = (char *)out;
    argv[n++] = (char *)obj;
    argv[n++] = (char *)lib;
    if (c->opt.asan)
        argv[n++] = "-fsanitize=address";
    for (char *tok = strtok(flags, " \t\n"); tok && n < 62; tok = strtok(NULL, " \t\n"))
        argv[n++] = arena_strdup(&c->arena, tok);
    argv[n] = NULL;
    if (!run_cmd(c, argv)) {
        diag_error(c, NO_SPAN, "linking '%s' failed", out);
        return false;
    }
    return true;
}

static bool write_output(CgCtx *g, LLVMTargetMachineRef tm, const char *out) {
    Ctx *c = g->c;
    char *err = NULL;
    if (c->opt.emit == EMIT_LLVM) {
        if (strcmp(out, "-") == 0) {
            char *s = LLVMPrintModuleToString(g->mod);
            fputs(s, stdout);
            LLVMDisposeMessage(s);
            return true;
        }
        if (LLVMPrintModuleToFile(g->mod, out, &err)) {
            diag_error(c, NO_SPAN, "cannot write '%s': %s", out, err);
            LLVMDisposeMessage(err);
            return false;
        }
        return true;
    }
    const char *path = out;
    char tmp[] = "/tmp/ml0c-obj-XXXXXX";
    if (c->opt.emit == EMIT_EXE) {
        int fd = mkstemp(tmp);
        if (fd < 0) {
            diag_error(c, NO_SPAN, "cannot create a temporary file: %s", strerror(errno));
            return false;
        }
        close(fd);
        path = tmp;
    }
    LLVMCodeGenFileType ft = c->opt.emit == EMIT_ASM ? LLVMAssemblyFile : LLVMObjectFile;
    if (LLVMTargetMachineEmitToFile(tm, g->mod, (char *)path, ft, &err)) {
        diag_error(c, NO_SPAN, "cannot write '%s': %s", path, err);
        LLVMDisposeMessage(err);
        return false;
    }
    if (c->opt.emit != EMIT_EXE)
        return true;
    bool ok = link_exe(g, path, out);
    unlink(tmp);
    return ok;
}

bool cg_emit(Ctx *c, MirProgram *p, const char *out_path) {
    CgCtx g = {0};
    g.c = c;
    g.p = p;
    g.counted = p->counted;
    g.llc = LLVMContextCreate();
    g.mod = LLVMModuleCreateWithNameInContext("ml0", g.llc);
    g.b = LLVMCreateBuilderInContext(g.llc);
    int n = p->bodies.len;
    g.fns = arena_alloc(&c->arena, sizeof(LLVMValueRef) * (size_t)(n + 1));
    g.fn_types = arena_alloc(&c->arena, sizeof(LLVMTypeRef) * (size_t)(n + 1));
    g.thunks = arena_alloc(&c->arena, sizeof(LLVMValueRef) * (size_t)(n + 1));
    g.drop_thunks = arena_alloc(&c->arena, sizeof(LLVMValueRef) * (size_t)(n + 1));
    cg_init_types(&g);
    cg_declare_runtime(&g);
    declare_globals(&g);
    for (int i = 0; i < n; i++)
        cg_declare_body(&g, p->bodies.data[i]);
    for (int i = 0; i < n; i++)
        cg_body(&g, p->bodies.data[i]);
    build_main(&g);
    if (c->opt.runtime == RT_DROP)
        cg_kind_dispatch(&g);
    bool ok = !c->nerrors;
    char *msg = NULL;
    if (ok && LLVMVerifyModule(g.mod, LLVMReturnStatusAction, &msg)) {
        char *ir = getenv("ML0C_DUMP_BAD_IR") ? LLVMPrintModuleToString(g.mod) : NULL;
        if (ir)
            fputs(ir, stderr);
        ICE("generated LLVM IR does not verify:\n%s", msg);
    }
    if (msg)
        LLVMDisposeMessage(msg);
    LLVMTargetMachineRef tm = ok ? target_machine(&g) : NULL;
    ok = ok && tm && optimize(&g, tm) && (!c->opt.asan || instrument_asan(&g, tm)) &&
         write_output(&g, tm, out_path ? out_path : "a.out");
    if (tm)
        LLVMDisposeTargetMachine(tm);
    LLVMDisposeBuilder(g.b);
    LLVMDisposeModule(g.mod);
    LLVMContextDispose(g.llc);
    return ok;
}
