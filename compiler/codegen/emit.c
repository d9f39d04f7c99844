/*
 * emit.c: the module as a whole. Declares the runtime ABI (ml0rt.h) and
 * the globals, lowers every body, adds the C `main`, verifies the module
 * (a broken module is an internal error, reported before any LLVM pass
 * could assert), optimises with the new pass manager, and writes LLVM
 * text, assembly, an object, or an executable (linked by link.c).
 */
#define _POSIX_C_SOURCE 200809L
#include "cg.h"

#include <llvm/Config/llvm-config.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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
    cg_debug_function(g, "main", g->p->bodies.data[g->p->main_body]->span, fn);
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
    cg_debug_end_body(g);
}

/* The CPU to generate code for: a generic x86-64 by default, so a binary
 * runs on any x86-64 machine (as gcc and clang default); `-march=native`
 * (or `-mcpu=native`) opts in to this machine's CPU and features, and
 * `-mcpu=NAME` names one (LLVM's names: x86-64-v3, skylake, znver3...). */
static void choose_cpu(CgCtx *g, const char *triple, char **cpu, char **features) {
    const char *want = g->c->opt.cpu;
    if (want && strcmp(want, "native") == 0) {
        *cpu = LLVMGetHostCPUName();
        *features = LLVMGetHostCPUFeatures();
        return;
    }
    bool x86 = strncmp(triple, "x86_64", 6) == 0;
    *cpu = LLVMCreateMessage(want ? want : x86 ? "x86-64" : "generic");
    *features = LLVMCreateMessage("");
}

/* Whether LLVM knows the CPU `cpu`. LLVM has no C API for the question and
 * answers a wrong name with a warning on stderr and, on x86-64, an abort
 * ("64-bit code requested on a subtarget that doesn't support it"); so a
 * child process tries it on an empty module, its stderr into a pipe. */
static bool cpu_is_known(LLVMTargetRef target, const char *triple, const char *cpu) {
    int fds[2];
    if (pipe(fds) != 0)
        return true;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        close(fds[0]);
        LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, cpu, "", LLVMCodeGenLevelNone,
                                                          LLVMRelocPIC, LLVMCodeModelDefault);
        LLVMModuleRef m = LLVMModuleCreateWithName("probe");
        LLVMMemoryBufferRef buf;
        char *err = NULL;
        _exit(LLVMTargetMachineEmitToMemoryBuffer(tm, m, LLVMObjectFile, &err, &buf) ? 1 : 0);
    }
    close(fds[1]);
    char junk[256];
    ssize_t said = pid < 0 ? 0 : read(fds[0], junk, sizeof junk);
    close(fds[0]);
    int st = 0;
    while (pid > 0 && waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    return pid < 0 || (said <= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

/* Every defined function says which CPU it was made for, as clang's do:
 * the IR (--emit=llvm) then shows the choice. */
static void mark_cpu(CgCtx *g, const char *cpu, const char *features) {
    for (LLVMValueRef fn = LLVMGetFirstFunction(g->mod); fn; fn = LLVMGetNextFunction(fn)) {
        if (!LLVMCountBasicBlocks(fn))
            continue;
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                                LLVMCreateStringAttribute(g->llc, "target-cpu", 10, cpu, (unsigned)strlen(cpu)));
        if (*features)
            LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                                    LLVMCreateStringAttribute(g->llc, "target-features", 15, features,
                                                              (unsigned)strlen(features)));
    }
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
    const char *want = g->c->opt.cpu;
    if (want && strcmp(want, "native") != 0 && !cpu_is_known(target, triple, want)) {
        diag_error(g->c, NO_SPAN, "unknown CPU '%s' for %s (try -march=native, -mcpu=x86-64-v3, "
                   "or `llc -mcpu=help` for LLVM's list)", want, triple);
        LLVMDisposeMessage(triple);
        return NULL;
    }
    char *cpu, *features;
    choose_cpu(g, triple, &cpu, &features);
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, cpu, features,
                                                      levels[g->c->opt.opt_level], LLVMRelocPIC,
                                                      LLVMCodeModelDefault);
    mark_cpu(g, cpu, features);
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
#if LLVM_VERSION_MAJOR >= 16     /* the module pass took the name "asan" in LLVM 16 */
    return run_pipeline(g, tm, "asan", "AddressSanitizer instrumentation");
#else
    return run_pipeline(g, tm, "asan-module", "AddressSanitizer instrumentation");
#endif
}

/* `-o -`: LLVM's file writer wants to seek (an object file into a pipe
 * died with "IO failure on output stream"), so the object or assembly is
 * made in memory and copied to standard output. */
static bool write_stdout(CgCtx *g, LLVMTargetMachineRef tm, LLVMCodeGenFileType ft) {
    LLVMMemoryBufferRef buf;
    char *err = NULL;
    if (LLVMTargetMachineEmitToMemoryBuffer(tm, g->mod, ft, &err, &buf)) {
        diag_error(g->c, NO_SPAN, "cannot generate code: %s", err);
        LLVMDisposeMessage(err);
        return false;
    }
    size_t n = LLVMGetBufferSize(buf);
    bool ok = fwrite(LLVMGetBufferStart(buf), 1, n, stdout) == n && fflush(stdout) == 0;
    LLVMDisposeMemoryBuffer(buf);
    if (!ok)
        diag_error(g->c, NO_SPAN, "cannot write to standard output: %s", strerror(errno));
    return ok;
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
    LLVMCodeGenFileType ft = c->opt.emit == EMIT_ASM ? LLVMAssemblyFile : LLVMObjectFile;
    if (c->opt.emit != EMIT_EXE && strcmp(out, "-") == 0)
        return write_stdout(g, tm, ft);
    const char *path = out;
    const char *tmp = NULL;
    if (c->opt.emit == EMIT_EXE) {
        tmp = cg_temp_file(c, "ml0c-obj-XXXXXX");
        if (!tmp)
            return false;
        path = tmp;
    }
    if (LLVMTargetMachineEmitToFile(tm, g->mod, (char *)path, ft, &err)) {
        diag_error(c, NO_SPAN, "cannot write '%s': %s", path, err);
        LLVMDisposeMessage(err);
        return false;
    }
    if (c->opt.emit != EMIT_EXE)
        return true;
    bool ok = cg_link(c, path, out);
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
    cg_debug_begin(&g);
    cg_declare_runtime(&g);
    declare_globals(&g);
    for (int i = 0; i < n; i++)
        cg_declare_body(&g, p->bodies.data[i]);
    for (int i = 0; i < n; i++)
        cg_body(&g, p->bodies.data[i]);
    build_main(&g);
    if (c->opt.runtime == RT_DROP)
        cg_kind_dispatch(&g);
    cg_debug_finish(&g);
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
