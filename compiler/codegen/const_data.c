/*
 * const_data.c: read-only data the generated code points at: string
 * bytes, C strings in type descriptors and method tables, field tables,
 * itabs. Each is one constant global private to the module (it never
 * becomes a symbol of the object file), reached through its address as an
 * i8*. The one choice left to the caller is whether its address may be
 * shared with an equal constant: string bytes yes (`unnamed_addr`, so the
 * linker may merge duplicates), tables no (nothing compares their
 * addresses today, but a table is an identity, not a value).
 */
#include "cg.h"

#include <string.h>

/* A constant global holding init (named `name`, "" for none) and its
 * address. */
LLVMValueRef cg_const_data(CgCtx *g, LLVMValueRef init, const char *name, bool mergeable) {
    LLVMValueRef gv = LLVMAddGlobal(g->mod, LLVMTypeOf(init), name ? name : "");
    LLVMSetInitializer(gv, init);
    LLVMSetGlobalConstant(gv, 1);
    LLVMSetLinkage(gv, LLVMPrivateLinkage);
    if (mergeable)
        LLVMSetUnnamedAddress(gv, LLVMGlobalUnnamedAddr);
    return LLVMConstPointerCast(gv, g->ptr);
}

/* A NUL-terminated copy of s, for the runtime's `const char *` fields
 * (ml0type.h: a field's, a type's and a method's name and signature). */
LLVMValueRef cg_cstring(CgCtx *g, const char *s) {
    LLVMValueRef init = LLVMConstStringInContext(g->llc, s, (unsigned)strlen(s), 0);
    return cg_const_data(g, init, "", true);
}
