/*
 * ast_dump.c: a stable s-expression dump of the AST (--emit=ast), one
 * node per line, indented by depth, with line:col positions. Recursion is
 * bounded by the parser's nesting limit.
 */
#include "ast.h"

typedef struct Dumper { Ctx *c; FILE *out; } Dumper;

static void pos(Dumper *d, Span s) {
    LineCol lc = source_linecol(d->c, s.file, s.lo);
    fprintf(d->out, " @%d:%d", lc.line, lc.col);
}

static void indent(Dumper *d, int depth) {
    for (int i = 0; i < depth; i++)
        fputs("  ", d->out);
}

static void dump_expr(Dumper *d, Expr *e, int depth);
static void dump_stmt(Dumper *d, Stmt *s, int depth);

static void dump_type(Dumper *d, TypeExpr *t, int depth) {
    indent(d, depth);
    if (!t) {
        fputs("(no-type)\n", d->out);
        return;
    }
    switch (t->kind) {
    case TE_NAME: fprintf(d->out, "(tname %s", t->u.name); break;
    case TE_PTR: fprintf(d->out, "(tptr%s", t->u.ptr.mut ? " mut" : ""); break;
    case TE_SLICE: fputs("(tslice", d->out); break;
    case TE_ARRAY: fputs("(tarray", d->out); break;
    case TE_FUNC: fputs("(tfunc", d->out); break;
    case TE_STRUCT: fputs("(tstruct", d->out); break;
    case TE_BOX: fputs("(tbox", d->out); break;
    case TE_MAP: fputs("(tmap", d->out); break;
    default: fputs("(t?", d->out); break;
    }
    pos(d, t->span);
    fputc('\n', d->out);
    switch (t->kind) {
    case TE_PTR: dump_type(d, t->u.ptr.elem, depth + 1); break;
    case TE_SLICE: case TE_BOX: dump_type(d, t->u.elem, depth + 1); break;
    case TE_MAP:
        dump_type(d, t->u.map.key, depth + 1);
        dump_type(d, t->u.map.val, depth + 1);
        break;
    case TE_ARRAY:
        if (t->u.array.len)     /* NULL: [...]T */
            dump_expr(d, t->u.array.len, depth + 1);
        dump_type(d, t->u.array.elem, depth + 1);
        break;
    case TE_FUNC:
        for (int i = 0; i < t->u.func.params.len; i++)
            dump_type(d, t->u.func.params.data[i].type, depth + 1);
        if (t->u.func.result)
            dump_type(d, t->u.func.result, depth + 1);
        break;
    case TE_STRUCT:
        for (int i = 0; i < t->u.fields.len; i++) {
            indent(d, depth + 1);
            fprintf(d->out, "(field %s\n", t->u.fields.data[i].name);
            dump_type(d, t->u.fields.data[i].type, depth + 2);
        }
        break;
    default: break;
    }
}

static void dump_expr(Dumper *d, Expr *e, int depth) {
    indent(d, depth);
    if (!e) {
        fputs("(nil)\n", d->out);
        return;
    }
    fprintf(d->out, "(%s", ast_expr_kind_name(e->kind));
    switch (e->kind) {
    case E_INT: fprintf(d->out, " %lld", (long long)e->u.ival); break;
    case E_FLOAT: fprintf(d->out, " %g", e->u.fval); break;
    case E_STRING: fprintf(d->out, " %d bytes", e->u.str.len); break;
    case E_NAME: fprintf(d->out, " %s", e->u.name.name); break;
    case E_UNARY: fprintf(d->out, " %s", ast_op_name(e->u.unary.op)); break;
    case E_BINARY: fprintf(d->out, " %s", ast_op_name(e->u.binary.op)); break;
    case E_ADDR: if (e->u.addr.mut) fputs(" mut", d->out); break;
    case E_FIELD: fprintf(d->out, " .%s", e->u.field.name); break;
    default: break;
    }
    pos(d, e->span);
    fputc('\n', d->out);
    switch (e->kind) {
    case E_UNARY: dump_expr(d, e->u.unary.x, depth + 1); break;
    case E_BINARY:
        dump_expr(d, e->u.binary.x, depth + 1);
        dump_expr(d, e->u.binary.y, depth + 1);
        break;
    case E_ADDR: dump_expr(d, e->u.addr.x, depth + 1); break;
    case E_DEREF: dump_expr(d, e->u.deref.x, depth + 1); break;
    case E_PAREN: dump_expr(d, e->u.paren.x, depth + 1); break;
    case E_FIELD: dump_expr(d, e->u.field.x, depth + 1); break;
    case E_CALL:
        dump_expr(d, e->u.call.fn, depth + 1);
        for (int i = 0; i < e->u.call.args.len; i++)
            dump_expr(d, e->u.call.args.data[i], depth + 1);
        break;
    case E_INDEX:
        dump_expr(d, e->u.index.x, depth + 1);
        dump_expr(d, e->u.index.index, depth + 1);
        break;
    case E_SLICE:
        dump_expr(d, e->u.slice.x, depth + 1);
        dump_expr(d, e->u.slice.lo, depth + 1);
        dump_expr(d, e->u.slice.hi, depth + 1);
        if (e->u.slice.max)
            dump_expr(d, e->u.slice.max, depth + 1);
        break;
    case E_COMPOSITE:
        if (e->u.composite.type)
            dump_type(d, e->u.composite.type, depth + 1);
        for (int i = 0; i < e->u.composite.elems.len; i++) {
            if (e->u.composite.elems.data[i].key)
                dump_expr(d, e->u.composite.elems.data[i].key, depth + 1);
            dump_expr(d, e->u.composite.elems.data[i].value, depth + 1);
        }
        break;
    case E_FUNCLIT:
        for (int i = 0; i < e->u.funclit.sig.params.len; i++)
            dump_type(d, e->u.funclit.sig.params.data[i].type, depth + 1);
        dump_stmt(d, e->u.funclit.body, depth + 1);
        break;
    case E_TYPE: dump_type(d, e->u.type.type, depth + 1); break;
    default: break;
    }
}

static void dump_list(Dumper *d, ExprList *l, int depth) {
    for (int i = 0; i < l->len; i++)
        dump_expr(d, l->data[i], depth);
}

static void dump_stmt(Dumper *d, Stmt *s, int depth) {
    indent(d, depth);
    if (!s) {
        fputs("(nil)\n", d->out);
        return;
    }
    fprintf(d->out, "(%s", ast_stmt_kind_name(s->kind));
    if (s->kind == S_VAR || s->kind == S_CONST)
        for (int i = 0; i < s->u.var.names.len; i++)
            fprintf(d->out, " %s", s->u.var.names.data[i]);
    if (s->kind == S_ASSIGN && s->u.assign.op)
        fprintf(d->out, " %s=", ast_op_name(s->u.assign.op));
    pos(d, s->span);
    fputc('\n', d->out);
    switch (s->kind) {
    case S_BLOCK:
        for (int i = 0; i < s->u.block.stmts.len; i++)
            dump_stmt(d, s->u.block.stmts.data[i], depth + 1);
        break;
    case S_EXPR: dump_expr(d, s->u.expr.x, depth + 1); break;
    case S_VAR: case S_CONST:
        if (s->u.var.type)
            dump_type(d, s->u.var.type, depth + 1);
        dump_list(d, &s->u.var.values, depth + 1);
        break;
    case S_DEFINE: case S_ASSIGN:
        dump_list(d, &s->u.assign.lhs, depth + 1);
        dump_list(d, &s->u.assign.rhs, depth + 1);
        break;
    case S_INCDEC: dump_expr(d, s->u.incdec.x, depth + 1); break;
    case S_IF:
        if (s->u.if_.init)
            dump_stmt(d, s->u.if_.init, depth + 1);
        dump_expr(d, s->u.if_.cond, depth + 1);
        dump_stmt(d, s->u.if_.then, depth + 1);
        if (s->u.if_.els)
            dump_stmt(d, s->u.if_.els, depth + 1);
        break;
    case S_FOR:
        if (s->u.for_.init)
            dump_stmt(d, s->u.for_.init, depth + 1);
        if (s->u.for_.cond)
            dump_expr(d, s->u.for_.cond, depth + 1);
        if (s->u.for_.post)
            dump_stmt(d, s->u.for_.post, depth + 1);
        dump_stmt(d, s->u.for_.body, depth + 1);
        break;
    case S_RANGE:
        if (s->u.range.key)
            dump_expr(d, s->u.range.key, depth + 1);
        if (s->u.range.value)
            dump_expr(d, s->u.range.value, depth + 1);
        dump_expr(d, s->u.range.x, depth + 1);
        dump_stmt(d, s->u.range.body, depth + 1);
        break;
    case S_RETURN:
        if (s->u.ret.x)
            dump_expr(d, s->u.ret.x, depth + 1);
        for (int i = 0; i < s->u.ret.list.len; i++)    /* return a, b */
            dump_expr(d, s->u.ret.list.data[i], depth + 1);
        break;
    case S_SWITCH:
        if (s->u.switch_.init)
            dump_stmt(d, s->u.switch_.init, depth + 1);
        if (s->u.switch_.tag)
            dump_expr(d, s->u.switch_.tag, depth + 1);
        for (int i = 0; i < s->u.switch_.clauses.len; i++) {
            CaseClause *cl = &s->u.switch_.clauses.data[i];
            dump_list(d, &cl->values, depth + 1);
            dump_stmt(d, cl->body, depth + 1);
        }
        break;
    case S_LABELED: dump_stmt(d, s->u.labeled.stmt, depth + 1); break;
    case S_DEFER: dump_expr(d, s->u.defer.call, depth + 1); break;
    default: break;
    }
}

static void dump_decl(Dumper *d, Decl *dc) {
    static const char *names[] = {"func", "var", "const", "type"}; /* ORDER DeclKind */
    fprintf(d->out, "(%s %s%s", names[dc->kind], dc->name,
            dc->kind == D_TYPE && dc->u.type.alias ? " =" : "");
    pos(d, dc->name_span);
    fputc('\n', d->out);
    switch (dc->kind) {
    case D_FUNC:
        if (dc->u.func.recv) {
            indent(d, 1);
            fprintf(d->out, "(recv %s\n", dc->u.func.recv->name ? dc->u.func.recv->name : "_");
            dump_type(d, dc->u.func.recv->type, 2);
        }
        for (int i = 0; i < dc->u.func.sig.params.len; i++) {
            Param *pr = &dc->u.func.sig.params.data[i];
            indent(d, 1);
            fprintf(d->out, "(param %s\n", pr->name ? pr->name : "_");
            dump_type(d, pr->type, 2);
        }
        if (dc->u.func.sig.result)
            dump_type(d, dc->u.func.sig.result, 1);
        dump_stmt(d, dc->u.func.body, 1);
        break;
    case D_VAR: case D_CONST:
        if (dc->u.var.type)
            dump_type(d, dc->u.var.type, 1);
        dump_list(d, &dc->u.var.values, 1);
        break;
    case D_TYPE: dump_type(d, dc->u.type.type, 1); break;
    default: break;
    }
}

void ast_dump(Ctx *c, Program *p, FILE *out) {
    Dumper d = {c, out};
    for (int i = 0; i < p->decls.len; i++)
        dump_decl(&d, p->decls.data[i]);
}
