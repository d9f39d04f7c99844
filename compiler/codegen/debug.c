/*
 * debug.c: -g, DWARF debug information through LLVM's DIBuilder C API, so
 * gdb and lldb can `break prog.ml0:12`, `next` through ML0 lines and
 * `print u.name`, and --emit=asm carries the `.loc` lines Compiler
 * Explorer pairs source and assembly by.
 *
 *   compile unit   one, for the source file (producer "ml0c VERSION");
 *   subprogram     one per MIR body (functions, methods, func literals),
 *                  at the line of its declaration, and one for the C
 *                  `main` (at ML0's main), into which -O2 inlines it;
 *   locations      the builder's current location is set from each MIR
 *                  statement's and terminator's span before it is lowered;
 *   variables      each named user local and parameter is declared on its
 *                  stack slot (with DW_OP_deref when escape analysis moved
 *                  it to the heap: the slot then holds the cell's address),
 *                  typed with its ML0 type: int, byte, bool, float, string
 *                  {str, len}, slices {array, len, cap}, pointers, Box[T],
 *                  arrays and named structs with their fields.
 *
 * The unit says DW_LANG_C99: gdb's C expression syntax is what `print
 * u.name` and `print *p` need, and the type names are ML0's own. Helper
 * functions without a subprogram (thunks, the C main) must carry no
 * location: cg_debug_finish strips any they picked up from the builder.
 */
#define _DEFAULT_SOURCE /* realpath */
#define _POSIX_C_SOURCE 200809L
#include "cg.h"

#include <llvm-c/DebugInfo.h>
#include <llvm/Config/llvm-config.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { DW_ATE_boolean = 0x02, DW_ATE_float = 0x04, DW_ATE_signed = 0x05, DW_ATE_unsigned_char = 0x08,
       DW_TAG_structure_type = 0x13, DW_OP_deref = 0x06 };

static LLVMMetadataRef di_type(CgCtx *g, Type *t);

void cg_debug_begin(CgCtx *g) {
    if (!g->c->opt.debug || g->c->files.len == 0)
        return;
    SourceFile *f = &g->c->files.data[0];
    char real[PATH_MAX];
    const char *path = realpath(f->path, real) ? real : f->path;
    const char *slash = strrchr(path, '/');
    const char *dir = slash ? arena_printf(&g->c->arena, "%.*s", (int)(slash - path), path) : ".";
    const char *name = slash ? slash + 1 : path;
    g->dib = LLVMCreateDIBuilder(g->mod);
    g->di_file = LLVMDIBuilderCreateFile(g->dib, name, strlen(name), dir, strlen(dir));
    const char *producer = "ml0c " ML0C_VERSION;
    g->di_cu = LLVMDIBuilderCreateCompileUnit(
        g->dib, LLVMDWARFSourceLanguageC99, g->di_file, producer, strlen(producer),
        g->c->opt.opt_level > 0, "", 0, 0, "", 0, LLVMDWARFEmissionFull, 0, 0, 0
#if LLVM_VERSION_MAJOR >= 11
        , "", 0, "", 0
#endif
    );
    LLVMAddModuleFlag(g->mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                      LLVMValueAsMetadata(LLVMConstInt(g->i32, LLVMDebugMetadataVersion(), 0)));
    LLVMAddModuleFlag(g->mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                      LLVMValueAsMetadata(LLVMConstInt(g->i32, 4, 0)));
}

static unsigned line_of(CgCtx *g, Span s, unsigned *col) {
    if (s.file != 0) {
        *col = 0;
        return 0;
    }
    LineCol lc = source_linecol(g->c, s.file, s.lo);
    *col = (unsigned)lc.col;
    return (unsigned)lc.line;
}

/* ---- types ------------------------------------------------------------- */

static LLVMMetadataRef basic(CgCtx *g, const char *name, uint64_t bits, unsigned enc) {
    return LLVMDIBuilderCreateBasicType(g->dib, name, strlen(name), bits, enc, LLVMDIFlagZero);
}

static LLVMMetadataRef pointer(CgCtx *g, LLVMMetadataRef to, const char *name) {
    return LLVMDIBuilderCreatePointerType(g->dib, to, 64, 0, 0, name, name ? strlen(name) : 0);
}

static LLVMMetadataRef member(CgCtx *g, LLVMMetadataRef scope, const char *name, uint64_t bits,
                              uint64_t offset_bits, LLVMMetadataRef ty) {
    return LLVMDIBuilderCreateMemberType(g->dib, scope, name, strlen(name), g->di_file, 0, bits, 0,
                                         offset_bits, LLVMDIFlagZero, ty);
}

static LLVMMetadataRef record(CgCtx *g, const char *name, uint64_t bits, LLVMMetadataRef *ms, unsigned n,
                              unsigned line) {
    return LLVMDIBuilderCreateStructType(g->dib, g->di_cu, name, strlen(name), g->di_file, line, bits, 0,
                                         LLVMDIFlagZero, NULL, ms, n, 0, NULL, name, strlen(name));
}

/* string {str *byte; len int}, []T {array *T; len, cap int} */
static LLVMMetadataRef header_type(CgCtx *g, Type *t) {
    LLVMMetadataRef i = di_type(g, g->p->sema->t_int);
    bool slice = t->kind == T_SLICE;
    Type *elem = slice ? t->elem : g->p->sema->t_byte;
    const char *name = slice ? arena_printf(&g->c->arena, "[]%s", type_name(g->c, elem)) : "string";
    LLVMMetadataRef ms[3];
    ms[0] = member(g, g->di_cu, slice ? "array" : "str", 64, 0, pointer(g, di_type(g, elem), NULL));
    ms[1] = member(g, g->di_cu, "len", 64, 64, i);
    ms[2] = member(g, g->di_cu, "cap", 64, 128, i);
    return record(g, name, slice ? 192 : 128, ms, slice ? 3 : 2, 0);
}

/* A named struct: a placeholder first, so a field of type *T can name it. */
static LLVMMetadataRef struct_type(CgCtx *g, Type *t) {
    const char *name = t->name ? t->name : "struct";
    unsigned col, line = line_of(g, t->decl_span, &col);
    LLVMMetadataRef tmp = LLVMDIBuilderCreateReplaceableCompositeType(
        g->dib, DW_TAG_structure_type, name, strlen(name), g->di_cu, g->di_file, line, 0,
        (uint64_t)t->size * 8, 0, LLVMDIFlagZero, name, strlen(name));
    vec_push(&g->c->arena, &g->di_types, ((DiTypeEntry){t, tmp}));
    int n = t->fields.len;
    LLVMMetadataRef *ms = arena_alloc(&g->c->arena, sizeof(LLVMMetadataRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Field *fl = &t->fields.data[i];
        ms[i] = member(g, tmp, fl->name, (uint64_t)fl->type->size * 8, (uint64_t)fl->offset * 8,
                       di_type(g, fl->type));
    }
    LLVMMetadataRef full = record(g, name, (uint64_t)t->size * 8, ms, (unsigned)n, line);
    LLVMMetadataReplaceAllUsesWith(tmp, full);
    for (int i = 0; i < g->di_types.len; i++)
        if (g->di_types.data[i].type == t)
            g->di_types.data[i].md = full;
    return full;
}

static LLVMMetadataRef make_type(CgCtx *g, Type *t) {
    switch (t->kind) {
    case T_INT: case T_UNTYPED_INT: return basic(g, "int", 64, DW_ATE_signed);
    case T_BYTE: return basic(g, "byte", 8, DW_ATE_unsigned_char);
    case T_BOOL: return basic(g, "bool", 8, DW_ATE_boolean);
    case T_FLOAT: case T_UNTYPED_FLOAT: return basic(g, "float", 64, DW_ATE_float);
    case T_STRING: case T_SLICE: return header_type(g, t);
    case T_PTR: case T_BOX:
        return pointer(g, di_type(g, t->elem), t->kind == T_BOX ? type_name(g->c, t) : NULL);
    case T_MAP:
        return pointer(g, basic(g, "uint8", 8, DW_ATE_unsigned_char), type_name(g->c, t));
    case T_ARRAY: {
        LLVMMetadataRef sub = LLVMDIBuilderGetOrCreateSubrange(g->dib, 0, t->len);
        return LLVMDIBuilderCreateArrayType(g->dib, (uint64_t)t->size * 8, 0, di_type(g, t->elem), &sub, 1);
    }
    case T_STRUCT: return struct_type(g, t);
    default: return pointer(g, NULL, type_name(g->c, t));     /* func values, nil */
    }
}

static LLVMMetadataRef di_type(CgCtx *g, Type *t) {
    for (int i = 0; i < g->di_types.len; i++)
        if (g->di_types.data[i].type == t)
            return g->di_types.data[i].md;
    LLVMMetadataRef md = make_type(g, t);
    if (t->kind != T_STRUCT)
        vec_push(&g->c->arena, &g->di_types, ((DiTypeEntry){t, md}));
    return md;
}

/* ---- functions, locations, variables ------------------------------------ */

void cg_debug_function(CgCtx *g, const char *name, Span at, LLVMValueRef fn) {
    if (!g->dib)
        return;
    unsigned col, line = line_of(g, at, &col);
    size_t llen;
    const char *linkage = LLVMGetValueName2(fn, &llen);
    LLVMMetadataRef sig = LLVMDIBuilderCreateSubroutineType(g->dib, g->di_file, NULL, 0, LLVMDIFlagZero);
    g->di_scope = LLVMDIBuilderCreateFunction(g->dib, g->di_file, name, strlen(name), linkage, llen,
                                              g->di_file, line, sig, true, true, line, LLVMDIFlagZero,
                                              g->c->opt.opt_level > 0);
    LLVMSetSubprogram(fn, g->di_scope);
    cg_debug_loc(g, at);
}

void cg_debug_body(CgCtx *g, Body *b, LLVMValueRef fn) {
    cg_debug_function(g, b->name ? b->name : "func", b->span, fn);
}

void cg_debug_loc(CgCtx *g, Span s) {
    if (!g->dib || !g->di_scope)
        return;
    unsigned col, line = line_of(g, s, &col);
    if (line == 0)
        return;             /* keep the previous line: a span from elsewhere */
    LLVMSetCurrentDebugLocation2(g->b, LLVMDIBuilderCreateDebugLocation(g->llc, line, col, g->di_scope, NULL));
}

void cg_debug_locals(CgCtx *g, CgFn *f) {
    if (!g->dib)
        return;
    Body *b = f->body;
    for (int i = 1; i < b->locals.len; i++) {
        Local *l = &b->locals.data[i];
        bool arg = i <= b->nargs;
        if (!l->name || strcmp(l->name, "_") == 0 || l->type->kind == T_VOID || !f->slots[i] ||
            (!arg && l->kind != LOCAL_USER))
            continue;
        unsigned col, line = line_of(g, l->span, &col);
        LLVMMetadataRef ty = di_type(g, l->type);
        LLVMMetadataRef var = arg
            ? LLVMDIBuilderCreateParameterVariable(g->dib, g->di_scope, l->name, strlen(l->name), (unsigned)i,
                                                   g->di_file, line, ty, true, LLVMDIFlagZero)
            : LLVMDIBuilderCreateAutoVariable(g->dib, g->di_scope, l->name, strlen(l->name), g->di_file, line,
                                              ty, true, LLVMDIFlagZero, 0);
        uint64_t deref = DW_OP_deref;
        LLVMMetadataRef expr = LLVMDIBuilderCreateExpression(g->dib, f->heap[i] ? &deref : NULL, f->heap[i]);
        LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(g->llc, line ? line : 1, col, g->di_scope, NULL);
#if LLVM_VERSION_MAJOR >= 19
        LLVMDIBuilderInsertDeclareRecordAtEnd(g->dib, f->slots[i], var, expr, loc, f->entry);
#else
        LLVMDIBuilderInsertDeclareAtEnd(g->dib, f->slots[i], var, expr, loc, f->entry);
#endif
    }
}

/* After every body: leave no location for code built outside bodies. */
void cg_debug_end_body(CgCtx *g) {
    if (!g->dib)
        return;
    g->di_scope = NULL;
    LLVMSetCurrentDebugLocation2(g->b, NULL);
}

void cg_debug_finish(CgCtx *g) {
    if (!g->dib)
        return;
    for (LLVMValueRef fn = LLVMGetFirstFunction(g->mod); fn; fn = LLVMGetNextFunction(fn)) {
        if (LLVMGetSubprogram(fn))
            continue;
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = LLVMGetNextInstruction(in))
                LLVMInstructionSetDebugLoc(in, NULL);
    }
    LLVMDIBuilderFinalize(g->dib);
    LLVMDisposeDIBuilder(g->dib);
    g->dib = NULL;
}
