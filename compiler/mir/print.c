/*
 * print.c: the textual MIR (docs/MIR.md), for --emit=mir and golden tests.
 *
 * The output is deterministic: bodies in program order, locals and blocks
 * by index, positions as line:col. Shape:
 *
 *   fn main() {
 *       let _0: void;
 *       let _1: int;            // x 9:9 scope 1 depth 0 [heap]
 *       site0: make([]int, 100) 7:18 heap
 *       bb0: {
 *           StorageLive(_1);
 *           _1 = const 5;
 *           goto -> bb1;
 *       }
 *   }
 */
#include "mir.h"
#include "../lib/lib.h"

#include <string.h>

static const char *rvalue_names[] = {
#define RVALUE(k, s) s,
#include "mir_kinds.def"
#undef RVALUE
};

static const char *intrinsic_names[] = {
#define INTRINSIC(k, s) s,
#include "mir_kinds.def"
#undef INTRINSIC
};

const char *mir_rvalue_name(RvalueKind k) { return rvalue_names[k]; }

static void print_pos(Ctx *c, Span s, FILE *out) {
    if (s.file < 0) {
        fputs("?", out);
        return;
    }
    LineCol lc = source_linecol(c, s.file, s.lo);
    fprintf(out, "%d:%d", lc.line, lc.col);
}

static void print_place(Ctx *c, Place p, FILE *out) {
    /* derefs print prefix-style: (*(*_1).0) */
    for (int i = p.nproj - 1; i >= 0; i--)
        if (p.proj[i].kind == PJ_DEREF)
            fputs("(*", out);
    fprintf(out, "_%d", p.local);
    for (int i = 0; i < p.nproj; i++) {
        Proj *pj = &p.proj[i];
        switch (pj->kind) {
        case PJ_DEREF: fputc(')', out); break;
        case PJ_FIELD: fprintf(out, ".%d", pj->field); break;
        case PJ_INDEX: fprintf(out, "[_%d]", pj->index); break;
        case PJ_CONST_INDEX: fprintf(out, "[%lld]", (long long)pj->const_index); break;
        }
    }
}

static void print_string(Str s, FILE *out) {
    fputc('"', out);
    for (int i = 0; i < s.len; i++) {
        unsigned char ch = (unsigned char)s.ptr[i];
        if (ch == '"' || ch == '\\')
            fprintf(out, "\\%c", ch);
        else if (ch >= 0x20 && ch < 0x7f)
            fputc(ch, out);
        else
            fprintf(out, "\\x%02x", ch);
    }
    fputc('"', out);
}

static void print_operand(Ctx *c, MirProgram *mp, Operand *o, FILE *out) {
    if (o->kind != OPD_CONST) {
        fputs(o->kind == OPD_MOVE ? "move " : "copy ", out);
        print_place(c, o->place, out);
        return;
    }
    Const *k = &o->c;
    switch (k->kind) {
    case CONST_INT: fprintf(out, "const %lld_%s", (long long)k->i, type_name(c, o->type)); break;
    case CONST_FLOAT: fprintf(out, "const %g_float", k->f); break;
    case CONST_BOOL: fprintf(out, "const %s", k->i ? "true" : "false"); break;
    case CONST_STRING: fputs("const ", out); print_string(k->s, out); break;
    case CONST_NIL: fprintf(out, "const nil_%s", type_name(c, o->type)); break;
    case CONST_FUNC:
        fprintf(out, "const %s", k->func >= 0 && k->func < mp->bodies.len
                                     ? mp->bodies.data[k->func]->name : "?");
        break;
    case CONST_GLOBAL:
        if (mp->sema)
            fprintf(out, "const &%s", mp->sema->globals.data[k->global].name);
        else
            fprintf(out, "const &g%d", k->global);
        break;
    case CONST_VOID: fputs("const ()", out); break;
    case CONST_EXTERN: fprintf(out, "extern %s.%s", k->ext->pkg, k->ext->name); break;
    }
}

static void print_args(Ctx *c, MirProgram *mp, Rvalue *rv, int from, FILE *out) {
    for (int i = from; i < rv->args.len; i++) {
        if (i > from)
            fputs(", ", out);
        print_operand(c, mp, &rv->args.data[i], out);
    }
}

static void print_rvalue(Ctx *c, MirProgram *mp, Rvalue *rv, FILE *out) {
    switch (rv->kind) {
    case RV_USE:
        print_operand(c, mp, &rv->args.data[0], out);
        return;
    case RV_REF:
        fputs(rv->slice_conv ? "slice_to_array_ptr " : rv->mut ? "&mut " : "&", out);
        print_place(c, rv->place, out);
        return;
    case RV_UNARY:
        fputs(ast_op_name(rv->op), out);
        print_operand(c, mp, &rv->args.data[0], out);
        return;
    case RV_BINARY:
        print_operand(c, mp, &rv->args.data[0], out);
        fprintf(out, " %s ", ast_op_name(rv->op));
        print_operand(c, mp, &rv->args.data[1], out);
        return;
    case RV_LEN:
    case RV_CAP:
    case RV_SLICE:
        fprintf(out, "%s(", rvalue_names[rv->kind]);
        print_place(c, rv->place, out);
        if (rv->args.len)
            fputs(", ", out);
        print_args(c, mp, rv, 0, out);
        fputc(')', out);
        break;
    case RV_CALL:
        fputs("call ", out);
        print_operand(c, mp, &rv->args.data[0], out);
        fputc('(', out);
        print_args(c, mp, rv, 1, out);
        fputc(')', out);
        break;
    case RV_IFACE:
        fprintf(out, "iface %s(", type_name(c, rv->elem));
        print_args(c, mp, rv, 0, out);
        fputc(')', out);
        break;
    case RV_ICALL:
        fprintf(out, "icall #%d(", rv->func);
        print_args(c, mp, rv, 0, out);
        fputc(')', out);
        break;
    case RV_ASSERT:
        fprintf(out, "assert%s %s(", rv->amode == ASSERT_OK ? "?" : rv->amode == ASSERT_TEST ? " is" : "",
                type_name(c, rv->elem));
        print_args(c, mp, rv, 0, out);
        fputc(')', out);
        break;
    case RV_INTRINSIC:
        fprintf(out, "%s(", intrinsic_names[rv->intrinsic]);
        print_args(c, mp, rv, 0, out);
        fputc(')', out);
        break;
    case RV_CLOSURE:
        fprintf(out, "closure %s(", mp->bodies.data[rv->func]->name);
        print_args(c, mp, rv, 0, out);
        fputc(')', out);
        break;
    case RV_ALLOC:
    case RV_MAKE_SLICE:
        fprintf(out, "%s %s(", rvalue_names[rv->kind], type_name(c, rv->elem));
        print_args(c, mp, rv, 0, out);
        fputc(')', out);
        break;
    default:
        fprintf(out, "%s %s(", rvalue_names[rv->kind], type_name(c, rv->type));
        print_args(c, mp, rv, 0, out);
        fputs(rv->spread ? "...)" : ")", out);
        break;
    }
    if (rv->site >= 0)
        fprintf(out, " @site%d", rv->site);
}

static void print_stmt(Ctx *c, MirProgram *mp, MirStmt *st, FILE *out) {
    fputs("        ", out);
    switch (st->kind) {
    case ST_ASSIGN:
        print_place(c, st->place, out);
        fputs(" = ", out);
        print_rvalue(c, mp, &st->rv, out);
        break;
    case ST_EVAL: print_rvalue(c, mp, &st->rv, out); break;
    case ST_STORAGE_LIVE: fprintf(out, "StorageLive(_%d)", st->local); break;
    case ST_STORAGE_DEAD: fprintf(out, "StorageDead(_%d)", st->local); break;
    case ST_DROP:
        fputs("drop(", out);
        print_place(c, st->place, out);
        if (st->local >= 0)
            fprintf(out, ") if _%d", st->local);
        else
            fputc(')', out);
        break;
    case ST_RETAIN:
        fputs("retain(", out);
        print_place(c, st->place, out);
        fputc(')', out);
        break;
    default: fputs("nop", out); break;
    }
    fputs(";\n", out);
}

static void print_term(Ctx *c, MirProgram *mp, Terminator *t, FILE *out) {
    fputs("        ", out);
    switch (t->kind) {
    case TM_GOTO: fprintf(out, "goto -> bb%d", t->target); break;
    case TM_BRANCH:
        fputs("branch ", out);
        print_operand(c, mp, &t->cond, out);
        fprintf(out, " -> [true: bb%d, false: bb%d]", t->target, t->els);
        break;
    case TM_RETURN: fputs("return", out); break;
    case TM_UNREACHABLE: fputs("unreachable", out); break;
    case TM_DROP:
        fputs("drop(", out);
        print_place(c, t->place, out);
        fprintf(out, ") -> bb%d", t->target);
        break;
    default: break;
    }
    fputs(";\n", out);
}

static const char *local_kind[] = {"return", "arg", "env", "var", "temp"}; /* ORDER LocalKind */

static void print_local(Ctx *c, MirProgram *mp, Body *b, int i, FILE *out) {
    Local *l = &b->locals.data[i];
    fprintf(out, "    let _%d: %s;", i, type_name(c, l->type));
    fprintf(out, " // %s", local_kind[l->kind]);
    if (l->name)
        fprintf(out, " %s", l->name);
    if (l->kind == LOCAL_USER || l->kind == LOCAL_ARG) {
        fputc(' ', out);
        print_pos(c, l->span, out);
    }
    fprintf(out, " scope %d depth %d", l->scope, l->loop_depth);
    if (l->addressed)     /* storage: once escape analysis has decided it */
        fprintf(out, " addressed%s", !mp->decided ? "" : l->storage == STORAGE_HEAP ? " heap" : " stack");
    fputc('\n', out);
}

static void print_body(Ctx *c, MirProgram *mp, Body *b, FILE *out) {
    fprintf(out, "fn %s(", b->name);
    for (int i = 1; i <= b->nargs; i++)
        fprintf(out, "%s_%d: %s", i > 1 ? ", " : "", i, type_name(c, b->locals.data[i].type));
    fprintf(out, ") -> %s {\n", type_name(c, b->locals.data[0].type));
    for (int i = 0; i < b->locals.len; i++)
        print_local(c, mp, b, i, out);
    for (int i = 0; i < b->sites.len; i++) {
        AllocSite *s = &b->sites.data[i];
        fprintf(out, "    site%d: %s ", i, s->desc);
        print_pos(c, s->span, out);
        if (!mp->decided)
            fputs(" undecided\n", out);
        else
            fprintf(out, " %s%s\n", s->storage == STORAGE_HEAP ? "heap" : "stack",
                    s->storage == STORAGE_HEAP && s->bounded ? " (bounded: reused)" : "");
    }
    mir_foreach_block(b, bb) {
        fprintf(out, "    bb%d: {\n", mir_block_id(b, bb));
        mir_foreach_stmt_in(bb, st)
            print_stmt(c, mp, st, out);
        print_term(c, mp, &bb->term, out);
        fputs("    }\n", out);
    }
    fputs("}\n", out);
}

void mir_print(Ctx *c, MirProgram *p, FILE *out) {
    for (int i = 0; i < p->bodies.len; i++) {
        if (i)
            fputc('\n', out);
        print_body(c, p, p->bodies.data[i], out);
    }
}

/* Without a program, function constants print as "?". */
void mir_print_body(Ctx *c, Body *b, FILE *out) {
    MirProgram mp = {0};
    print_body(c, &mp, b, out);
}
