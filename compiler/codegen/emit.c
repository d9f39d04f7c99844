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

static void rt_decl(CgCtx *g, RtKind k, const char *name, LLVMTypeRef ret, LLVMTypeRef *ps, int n, bool noreturn) {
    LLVMTypeRef ft = LLVMFunctionType(ret, ps, (unsigned)n, 0);
    LLVMValueRef fn = LLVMAddFunction(g->mod, name, ft);
    if (noreturn) {
        unsigned id = LLVMGetEnumAttributeKindForName("noreturn", 8);
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->llc, id, 0));
        unsigned cold = LLVMGetEnumAttributeKindForName("cold", 4);
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->llc, cold, 0));
    }
    g->rt[k] = (RtFn){fn, ft};
}

void cg_declare_runtime(CgCtx *g) {
    LLVMTypeRef p = g->ptr, i64 = g->i64, i32 = g->i32, v = g->void_t;
    LLVMTypeRef pp = LLVMPointerType(p, 0);
    LLVMTypeRef a_init[2] = {i32, pp};
    rt_decl(g, RT_INIT, "ml0_init", v, a_init, 2, false);
    rt_decl(g, RT_EXIT, "ml0_exit", v, NULL, 0, false);
    rt_decl(g, RT_ALLOC, "ml0_alloc", p, &i64, 1, false);
    rt_decl(g, RT_ALLOC_ATOMIC, "ml0_alloc_atomic", p, &i64, 1, false);
    rt_decl(g, RT_FREE, "ml0_free", v, &p, 1, false);
    LLVMTypeRef a_pp[2] = {p, p};
    rt_decl(g, RT_REGISTER_DROP, "ml0_register_drop", v, a_pp, 2, false);
    LLVMTypeRef a_cat[5] = {p, p, i64, p, i64};
    rt_decl(g, RT_CONCAT, "ml0_concat", v, a_cat, 5, false);
    rt_decl(g, RT_STRING_CMP, "ml0_string_cmp", i64, a_cat + 1, 4, false);
    LLVMTypeRef a_conv[3] = {p, p, i64};
    rt_decl(g, RT_BYTES_TO_STRING, "ml0_bytes_to_string", v, a_conv, 3, false);
    rt_decl(g, RT_STRING_TO_BYTES, "ml0_string_to_bytes", v, a_conv, 3, false);
    LLVMTypeRef a_make[5] = {p, i64, i64, i64, i32};
    rt_decl(g, RT_MAKE_SLICE, "ml0_make_slice", v, a_make, 5, false);
    LLVMTypeRef a_reuse[6] = {p, p, i64, i64, i64, i32};
    rt_decl(g, RT_MAKE_SLICE_REUSE, "ml0_make_slice_reuse", v, a_reuse, 6, false);
    LLVMTypeRef a_grow[4] = {p, i64, i64, i32};
    rt_decl(g, RT_GROWSLICE, "ml0_growslice", v, a_grow, 4, false);
    LLVMTypeRef a_copy[5] = {p, i64, p, i64, i64};
    rt_decl(g, RT_COPY, "ml0_copy", i64, a_copy, 5, false);
    rt_decl(g, RT_PRINT_INT, "ml0_print_int", v, &i64, 1, false);
    rt_decl(g, RT_PRINT_UINT8, "ml0_print_uint8", v, &g->i8, 1, false);
    rt_decl(g, RT_PRINT_BOOL, "ml0_print_bool", v, &i32, 1, false);
    rt_decl(g, RT_PRINT_FLOAT, "ml0_print_float", v, &g->f64, 1, false);
    LLVMTypeRef a_str[2] = {p, i64};
    rt_decl(g, RT_PRINT_STRING, "ml0_print_string", v, a_str, 2, false);
    rt_decl(g, RT_PRINT_POINTER, "ml0_print_pointer", v, &p, 1, false);
    rt_decl(g, RT_PRINT_SPACE, "ml0_print_space", v, NULL, 0, false);
    rt_decl(g, RT_PRINT_NEWLINE, "ml0_print_newline", v, NULL, 0, false);
    LLVMTypeRef a_ii[3] = {i64, i64, i64};
    rt_decl(g, RT_PANIC_INDEX, "ml0_panic_index", v, a_ii, 2, true);
    rt_decl(g, RT_PANIC_SLICE, "ml0_panic_slice", v, a_ii, 3, true);
    rt_decl(g, RT_PANIC_NIL, "ml0_panic_nil", v, NULL, 0, true);
    rt_decl(g, RT_PANIC_DIVIDE, "ml0_panic_divide", v, NULL, 0, true);
    rt_decl(g, RT_PANIC_STRING, "ml0_panic_string", v, a_str, 2, true);
    rt_decl(g, RT_PANIC_INT, "ml0_panic_int", v, &i64, 1, true);
    rt_decl(g, RT_PANIC_MSG, "ml0_panic_msg", v, &p, 1, true);
    rt_decl(g, RT_NANOTIME, "ml0_nanotime", i64, NULL, 0, false);
    LLVMTypeRef a_ak[2] = {i64, i32};
    rt_decl(g, RT_ALLOC_KIND, "ml0_alloc_kind", p, a_ak, 2, false);
    rt_decl(g, RT_RC_INC, "ml0_rc_inc", v, &p, 1, false);
    rt_decl(g, RT_RC_DEC, "ml0_rc_dec", v, &p, 1, false);
    rt_decl(g, RT_MAKE_SLICE_KIND, "ml0_make_slice_kind", v, a_make, 5, false);
    LLVMTypeRef a_grc[5] = {p, i64, i64, i32, p};
    rt_decl(g, RT_GROWSLICE_RC, "ml0_growslice_rc", v, a_grc, 5, false);
    rt_decl(g, RT_GROWSLICE_CONSUME, "ml0_growslice_consume", v, a_grc, 5, false);
    LLVMTypeRef a_crc[7] = {p, i64, p, i64, i64, p, p};
    rt_decl(g, RT_COPY_RC, "ml0_copy_rc", i64, a_crc, 7, false);
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
    int m = g->p->main_body;
    LLVMBuildCall2(g->b, g->fn_types[m], g->fns[m], NULL, 0, "");
    cg_call_rt(g, RT_EXIT, NULL, 0);
    LLVMBuildRet(g->b, LLVMConstInt(g->i32, 0, 0));
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
#if LLVM_VERSION_MAJOR >= 15
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
