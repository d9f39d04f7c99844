/*
 * codegen.h: MIR to LLVM IR through the LLVM C API, one header for the
 * codegen layer.
 *
 * cg_emit lowers every Body of a checked, verified MirProgram into one LLVM
 * module, verifies it (LLVMVerifyModule: an invalid module is an internal
 * error, never an LLVM assertion), runs the new pass manager at the chosen
 * -O level, and writes what Options.emit asks for: LLVM text, assembly, an
 * object file, or an executable linked with the system C compiler against
 * the runtime library of Options.runtime (runtime/ml0rt.h is the ABI).
 * Only *2 builder calls are used, so typed and opaque pointers both work
 * (LLVM 14 to 19).
 */
#ifndef ML0_CODEGEN_H
#define ML0_CODEGEN_H

#include "../mir/mir.h"

/* Emit to `out_path` (the executable, object, .s or .ll file; "-" is
 * standard output for text forms). Returns false after reporting an error. */
bool cg_emit(Ctx *c, MirProgram *p, const char *out_path);

/* link.c */
/* The directory the runtime libraries are taken from (--runtime-dir, else
 * next to the executable, else the build tree). */
const char *cg_runtime_dir(Ctx *c);
/* $TMPDIR, else /tmp. */
const char *cg_tmpdir(void);
/* A new empty file in cg_tmpdir() named by a mkstemp pattern, or NULL
 * after reporting why not. */
const char *cg_temp_file(Ctx *c, const char *pattern);
/* Links `obj` against the runtime into the executable `out`. */
bool cg_link(Ctx *c, const char *obj, const char *out);

#endif
