/*
 * go_print.c: allocation sites and statements described the way go1.19's
 * expression printer (cmd/compile/internal/ir/fmt.go exprFmt) writes
 * them in -m lines, so that ml0c's `-m` can be compared with Go's byte
 * for byte:
 *
 *   binary operators spaced       make([]int, n, n + 4)
 *   composite literals elided     []float64{...}, &Bar{...}, Bar{}
 *   types as written in source    []rune, not []int32, aliases seen
 *                                 through: []byte{...} for []B{...}
 *   func literals                 func literal
 *   conversions                   ([]byte)(s), byte(x), []rune{...}
 *   parentheses by precedence     *bp = (*bp)[1:2], a + b * c for
 *                                 a + (b * c) (print_at)
 *   a callee holding a call       M.S(.autotmp_3), .autotmp_4(x): the
 *                                 temporary go1.19 made (sema/autotmp.c)
 *   variadic calls, at any depth  sum(... argument...), pair(x, nil...),
 *                                 f(xs...)
 *
 * Everything else (names, literals, calls, selectors, index and slice
 * expressions) prints as its parts, with Go's ", " between arguments.
 * The printer only reads the checked AST; it is used while lowering, and
 * only when -m, --explain or --emit=mir will print the result.
 */
#include "build.h"
#include "../lib/lib.h"

#include <string.h>

typedef struct Out {
    Arena *a;
    char *buf;
    int len, cap;
    bool syntax;    /* inside a constant: the source's parentheses (print_at) */
    bool unfixed;   /* variadic calls as written (go_expr_text_unfixed) */
} Out;

static void put(Out *o, const char *s, int n) {
    if (o->len + n + 1 > o->cap) {
        int cap = (o->cap ? o->cap * 2 : 64) + n;
        char *nb = arena_alloc(o->a, (size_t)cap);
        if (o->len)
            memcpy(nb, o->buf, (size_t)o->len);
        o->buf = nb;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, s, (size_t)n);
    o->len += n;
    o->buf[o->len] = 0;
}

static void puts_(Out *o, const char *s) { put(o, s, (int)strlen(s)); }

/* Source text with runs of white space folded to one blank. */
static void put_source(Out *o, Ctx *c, Span s) { puts_(o, source_text(c, s)); }

static void print_expr(Out *o, Ctx *c, Expr *e);
static void print_at(Out *o, Ctx *c, Expr *e, int prec);

static void print_list(Out *o, Ctx *c, ExprList *l, int from) {
    for (int i = from; i < l->len; i++) {
        if (i > from)
            puts_(o, ", ");
        print_expr(o, c, l->data[i]);
    }
}

/* A type expression's type as written (sema/spell.c): rune and uint8
 * kept, aliases seen through. */
static Type *te_type(TypeExpr *te) {
    return te->spelled ? te->spelled : te->resolved;
}

/* The type of a composite literal as go1.19 prints it: the type as the
 * program spelled it, aliases seen through ([]B{...} is []byte{...} for
 * type B = byte), [...]T with its length. */
static const char *type_text(Ctx *c, Expr *lit) {
    TypeExpr *te = lit->u.composite.type;
    if (te && te->kind == TE_ARRAY && !te->u.array.len && lit->type && te_type(te->u.array.elem))
        return arena_printf(&c->arena, "[%lld]%s", (long long)lit->type->len,
                            type_name_go(c, te_type(te->u.array.elem)));
    if (te && te_type(te))
        return type_name_go(c, te_type(te));
    return type_name_go(c, lit->type);     /* elided inside an outer literal */
}

/* The target of a conversion T(x) written with a type expression or an
 * alias name, as the program spells it; NULL for any other name (rune(x),
 * MyInt(x): printed as written). */
static Type *conv_type(Expr *fn) {
    if (fn->kind == E_PAREN)
        return conv_type(fn->u.paren.x);
    if (fn->kind == E_TYPE)
        return te_type(fn->u.type.type);
    Symbol *sym = fn->kind == E_NAME ? fn->u.name.sym : NULL;
    if (sym && sym->kind == SYM_TYPE && sym->decl && sym->decl->kind == D_TYPE && sym->decl->u.type.alias)
        return te_type(sym->decl->u.type.type);
    return NULL;
}

/* Is e a constant string that holds no bytes ("", a constant naming it)?
 * A constant string sema could not reduce to a literal counts as not. */
static bool const_empty_string(Expr *e) {
    while (e && e->kind == E_PAREN)
        e = e->u.paren.x;
    if (e && e->kind == E_NAME && e->u.name.sym && e->u.name.sym->kind == SYM_CONST)
        return const_empty_string(e->u.name.sym->cval);
    return e && e->kind == E_STRING && e->u.str.len == 0;
}

/* A conversion as go1.19's exprFmt prints it: T(x) for a type with a
 * name (byte(x) for B(x), type B = byte), (T)(x) for one without
 * (([]rune)(s)), as written when constant (B(65)), and []rune of a
 * constant string as the literal Go folds it into: []rune{...}, or
 * []rune{} for no runes. */
static bool print_conv(Out *o, Ctx *c, Expr *e) {
    Type *t = conv_type(e->u.call.fn);
    Expr *x = e->u.call.args.len == 1 ? e->u.call.args.data[0] : NULL;
    if (t && x && x->is_const && t->kind == T_SLICE && t->elem->kind == T_INT32) {
        puts_(o, type_name_go(c, t));
        puts_(o, const_empty_string(x) ? "{}" : "{...}");
        return true;
    }
    if (t && e->is_const) {     /* B(65) as written */
        put_source(o, c, e->u.call.fn->span);
        puts_(o, "(");
        print_list(o, c, &e->u.call.args, 0);
        puts_(o, ")");
        return true;
    }
    if (!t)
        return false;
    bool named = t->name || t->kind <= T_FLOAT32;
    puts_(o, named ? "" : "(");
    puts_(o, type_name_go(c, t));
    puts_(o, named ? "(" : ")(");
    print_list(o, c, &e->u.call.args, 0);
    puts_(o, ")");
    return true;
}

/* x.M(a) as Go's method expression call: T.M(x, a) for a value receiver,
 * (*T).M(x, a) for a pointer one; the receiver as written, without the
 * implicit & or * (and without its parentheses: (&v).M() is (*T).M(&v)). */
static void print_method_call(Out *o, Ctx *c, Expr *e) {
    Type *rt = e->u.call.func->u.func.info->recv->type;
    puts_(o, rt->kind == T_PTR ? "(*" : "");
    puts_(o, type_name(c, rt->kind == T_PTR ? rt->elem : rt));
    puts_(o, rt->kind == T_PTR ? ")." : ".");
    puts_(o, e->u.call.func->name);
    puts_(o, "(");
    Expr *recv = e->u.call.recv;
    while (recv->kind == E_PAREN)
        recv = recv->u.paren.x;
    if (e->u.call.autotmp)
        puts_(o, arena_printf(o->a, ".autotmp_%d", e->u.call.autotmp - 1));
    else
        print_expr(o, c, recv);
    if (e->u.call.args.len)
        puts_(o, ", ");
    print_list(o, c, &e->u.call.args, 0);
    puts_(o, ")");
}

static void print_call(Out *o, Ctx *c, Expr *e) {
    if (e->u.call.tuple_call) {     /* go1.19 prints f(g()) as written: a.M(g()) */
        Expr *fn = e->u.call.fn;
        while (fn->kind == E_PAREN)
            fn = fn->u.paren.x;
        if (e->u.call.autotmp) {    /* but the callee's temporary: .autotmp_2(g()), .autotmp_0.M(g()) */
            puts_(o, arena_printf(o->a, ".autotmp_%d", e->u.call.autotmp - 1));
            if ((e->u.call.kind == CALL_METHOD || e->u.call.kind == CALL_IFACE) && fn->kind == E_FIELD) {
                puts_(o, ".");
                puts_(o, fn->u.field.name);
            }
        } else {
            print_at(o, c, e->u.call.fn, 8);
        }
        puts_(o, "(");
        print_expr(o, c, e->u.call.tuple_call);
        puts_(o, ")");
        return;
    }
    if (e->u.call.kind == CALL_CONV && print_conv(o, c, e))
        return;
    if (e->u.call.kind == CALL_EXTERN && e->u.call.lib && e->u.call.lib->kind == LIB_VAR) {
        put_source(o, c, e->span);      /* os.Args, os.ErrInvalid: a variable to Go */
        return;
    }
    if (e->u.call.kind == CALL_METHOD && e->u.call.recv && e->u.call.func) {
        print_method_call(o, c, e);
        return;
    }
    if (e->u.call.kind == CALL_EXTERN && e->u.call.lib && e->u.call.lib->recv && e->u.call.args.len) {
        /* sb.Len(): Go's (*strings.Builder).Len(sb), the & sema added left
           out; os.Stdout.Name(): (*os.File).Name(os.Stdout) */
        Expr *recv = e->u.call.args.data[0];
        if (recv->kind == E_ADDR && recv->span.lo == recv->u.addr.x->span.lo &&
            recv->span.hi == recv->u.addr.x->span.hi)
            recv = recv->u.addr.x;
        puts_(o, "(*");
        puts_(o, e->u.call.lib->pkg);
        puts_(o, ".");
        puts_(o, e->u.call.lib->recv);
        puts_(o, ").");
        puts_(o, e->u.call.lib->method);
        puts_(o, "(");
        print_expr(o, c, recv);
        for (int i = 1; i < e->u.call.args.len; i++) {
            puts_(o, ", ");
            print_expr(o, c, e->u.call.args.data[i]);
        }
        puts_(o, ")");
        return;
    }
    Expr *recv = e->u.call.kind == CALL_IFACE ? e->u.call.recv : NULL;
    if (!e->u.call.autotmp && recv && recv->kind == E_NAME && recv->u.name.sym &&
        recv->u.name.sym->kind == SYM_VAR && recv->u.name.sym->var->esc_tmp) {
        /* a deferred i.M(): .autotmp_1.M() */
        puts_(o, sema_go_var_name(c, recv->u.name.sym->var));
        puts_(o, ".");
        puts_(o, e->u.call.fn->u.field.name);
    } else if (e->u.call.autotmp) {     /* t := mki(); t.S(), t := mkf(); t(3) */
        puts_(o, arena_printf(o->a, ".autotmp_%d", e->u.call.autotmp - 1));
        if (e->u.call.kind == CALL_IFACE) {
            puts_(o, ".");
            puts_(o, e->u.call.fn->u.field.name);
        }
    } else {
        print_at(o, c, e->u.call.fn, 8);
    }
    puts_(o, "(");
    Type *ft = e->u.call.fn->type;
    if (!e->u.call.spread && e->u.call.kind != CALL_CONV && e->u.call.kind != CALL_BUILTIN && ft &&
        ft->kind == T_FUNC && ft->variadic && !o->unfixed) {
        /* escape analysis packed the variadic arguments into an implicit
           slice before -m prints (Go's FixVariadicCall), at any depth:
           sum(... argument...), fmt.Errorf("a: %w", ... argument...),
           pair(x, nil...) */
        int fixed = ft->params.len - 1;
        for (int i = 0; i < fixed && i < e->u.call.args.len; i++) {
            print_expr(o, c, e->u.call.args.data[i]);
            puts_(o, ", ");
        }
        puts_(o, e->u.call.args.len > fixed ? "... argument...)" : "nil...)");
        return;
    }
    print_list(o, c, &e->u.call.args, 0);
    puts_(o, e->u.call.spread ? "...)" : ")");
}

static void print_slice(Out *o, Ctx *c, Expr *e) {
    print_at(o, c, e->u.slice.x, 8);
    puts_(o, "[");
    if (e->u.slice.lo)
        print_expr(o, c, e->u.slice.lo);
    puts_(o, ":");
    if (e->u.slice.hi)
        print_expr(o, c, e->u.slice.hi);
    if (e->u.slice.max) {
        puts_(o, ":");
        print_expr(o, c, e->u.slice.max);
    }
    puts_(o, "]");
}

static bool is_unary(Expr *e) { return e->kind == E_UNARY || e->kind == E_ADDR || e->kind == E_DEREF; }

static Expr *unparen(Expr *e) {
    while (e->kind == E_PAREN)
        e = e->u.paren.x;
    return e;
}

/* The precedence exprFmt gives e (its OpPrec): 8 for operands (names,
 * literals, calls, selectors, index and slice expressions), 7 for unary
 * operators, 6 to 1 for the binary ones by Go's five levels (* before +
 * before == before && before ||). */
static int go_prec(Expr *e) {
    if (is_unary(e))
        return 7;
    if (e->kind != E_BINARY)
        return 8;
    switch (e->u.binary.op) {
    case OP_MUL: case OP_DIV: case OP_REM: case OP_SHL: case OP_SHR: case OP_AND: case OP_ANDNOT: return 6;
    case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR: return 5;
    case OP_LAND: return 2;
    case OP_LOR: return 1;
    default: return 4;
    }
}

/* A string concatenation go1.19 flattens into one OADDSTR list: `s + (t
 * + u)` prints `s + t + u`. */
static bool is_addstr(Expr *e) {
    return e->kind == E_BINARY && e->u.binary.op == OP_ADD && !e->is_const && e->type && e->type->kind == T_STRING;
}

/* e where exprFmt asks for precedence prec: go1.19's IR has no
 * parentheses (the noder drops the source's), so exprFmt writes them
 * only when e binds less tightly than its place asks: `(a + b) * c`,
 * `a - (b - c)`, `(*p).x`, `-(a + b)`, but `a + b * c`, `s[a]`,
 * `len(s)` and `a == b == (b == c)` whatever the source wrote. A
 * constant is the exception: go1.19 keeps its source text (irgen's
 * OrigConst, syntax.String of the expression without its outer
 * parentheses), so inside one the source's parentheses are printed as
 * written (Out.syntax): `float64(K) * (2.5)`, `-(K)`. */
static void print_at(Out *o, Ctx *c, Expr *e, int prec) {
    if (o->syntax) {
        print_expr(o, c, e);
        return;
    }
    e = unparen(e);
    if (prec <= go_prec(e)) {
        print_expr(o, c, e);
        return;
    }
    puts_(o, "(");
    print_expr(o, c, e);
    puts_(o, ")");
}

/* The operand x of a unary operator u, at precedence 8: Go parenthesizes
 * a unary or binary operand (`*(&n)`, `-(a + b)`) and spaces two equal
 * operators (`- (-n)`). */
static void print_operand(Out *o, Ctx *c, Expr *u, Expr *x) {
    Expr *in = unparen(x);
    if (o->syntax) {
        print_expr(o, c, x);
        return;
    }
    if (u->kind == E_UNARY && in->kind == E_UNARY && in->u.unary.op == u->u.unary.op)
        puts_(o, " ");
    print_at(o, c, in, 8);
}

static void print_binary(Out *o, Ctx *c, Expr *e) {
    int p = go_prec(e);
    Expr *y = unparen(e->u.binary.y);
    print_at(o, c, e->u.binary.x, p);
    puts_(o, " ");
    puts_(o, ast_op_name(e->u.binary.op));
    puts_(o, " ");
    print_at(o, c, e->u.binary.y, is_addstr(e) && is_addstr(y) ? p : p + 1);
}

static void print_expr(Out *o, Ctx *c, Expr *e) {
    if (e->is_const && !o->syntax && e->kind != E_PAREN) {
        o->syntax = true;
        print_expr(o, c, e);
        o->syntax = false;
        return;
    }
    switch (e->kind) {
    case E_BINARY:
        print_binary(o, c, e);
        return;
    case E_UNARY:
        puts_(o, ast_op_name(e->u.unary.op));
        print_operand(o, c, e, e->u.unary.x);
        return;
    case E_ADDR:    /* a receiver's implicit &x: Go prints x */
        if (e->u.addr.implicit) {
            print_expr(o, c, e->u.addr.x);
            return;
        }
        puts_(o, "&");
        print_operand(o, c, e, e->u.addr.x);
        return;
    case E_DEREF:
        puts_(o, "*");
        print_operand(o, c, e, e->u.deref.x);
        return;
    case E_PAREN:     /* go1.19's IR has none (print_at), but a constant's source */
        puts_(o, o->syntax ? "(" : "");
        print_expr(o, c, e->u.paren.x);
        puts_(o, o->syntax ? ")" : "");
        return;
    case E_CALL:
        print_call(o, c, e);
        return;
    case E_NAME:
        if (e->u.name.sym && e->u.name.sym->kind == SYM_VAR && e->u.name.sym->var->esc_tmp) {
            puts_(o, sema_go_var_name(c, e->u.name.sym->var));    /* a deferred call's argument */
            return;
        }
        if (strncmp(e->u.name.name, ".autotmp_", 9) == 0) {   /* f(g())'s (sema/tuples.c) */
            puts_(o, e->u.name.name);
            return;
        }
        if (conv_type(e)) {     /* make(Packet, n) is make([]byte, n) */
            puts_(o, type_name_go(c, conv_type(e)));
            return;
        }
        put_source(o, c, e->span);
        return;
    case E_TYPE:
        if (te_type(e->u.type.type)) {
            puts_(o, type_name_go(c, te_type(e->u.type.type)));
            return;
        }
        put_source(o, c, e->span);
        return;
    case E_INDEX:
        print_at(o, c, e->u.index.x, 8);
        puts_(o, "[");
        print_expr(o, c, e->u.index.index);
        puts_(o, "]");
        return;
    case E_SLICE:
        print_slice(o, c, e);
        return;
    case E_FIELD:
        print_at(o, c, e->u.field.x, 8);
        puts_(o, ".");
        puts_(o, e->u.field.name);
        return;
    case E_COMPOSITE:
        puts_(o, type_text(c, e));
        puts_(o, e->u.composite.elems.len ? "{...}" : "{}");
        return;
    case E_STRING:
        if (e->u.folded_conv) {     /* string(rune(65 + 2)), folded by sema */
            /* the type and '(' as written, without blanks: T( */
            const char *head = source_text(c, (Span){e->span.file, e->span.lo, e->u.folded_conv->span.lo});
            for (; *head; head++)
                if (!strchr(" \t\r\n", *head))
                    puts_(o, (char[]){*head, 0});
            print_expr(o, c, e->u.folded_conv);
            puts_(o, ")");
            return;
        }
        put_source(o, c, e->span);
        return;
    case E_FUNCLIT:
        if (e->u.funclit.mv && e->u.funclit.mv->x) {    /* a method value: x.M */
            print_at(o, c, e->u.funclit.mv->x, 8);
            puts_(o, ".");
            puts_(o, e->u.funclit.mv->name);
            return;
        }
        if (e->u.funclit.mv && e->u.funclit.mv->lib) {    /* strings.ToUpper as a value */
            puts_(o, e->u.funclit.mv->name);
            return;
        }
        if (e->u.funclit.mv) {      /* a method expression: T.M, (*T).M as written */
            put_source(o, c, e->span);
            return;
        }
        puts_(o, "func literal");
        return;
    default:
        put_source(o, c, e->span);  /* names, literals, types */
        return;
    }
}

/* Go's %v of an expression. */
const char *go_expr_text(Ctx *c, Expr *e) {
    Out o = {&c->arena, NULL, 0, 0, false, false};
    if (e->kind == E_NAME && e->u.name.sym && e->u.name.sym->kind == SYM_VAR && e->u.name.sym->var->esc_tmp)
        /* a deferred call's argument as such (its box, --runtime=drop): its value */
        print_expr(&o, c, e->u.name.sym->var->esc_val);
    else
        print_expr(&o, c, e);
    return o.buf ? o.buf : "";
}

/* Go's %v of an expression before escape analysis visits the calls in
 * it (FixVariadicCall packs their variadic arguments when it does): what
 * a flow explained while the graph is built prints of an allocation,
 * which Go spills before it visits its operands ("a" + fmt.Sprint(x)). */
const char *go_expr_text_unfixed(Ctx *c, Expr *e) {
    Out o = {&c->arena, NULL, 0, 0, false, true};
    print_expr(&o, c, e);
    return o.buf ? o.buf : "";
}

/* ---- statements (ir/fmt.go stmtFmt) ---------------------------------- */

static void print_stmts(Out *o, Ctx *c, StmtList *l, int from);

static void print_stmt(Out *o, Ctx *c, Stmt *s) {
    switch (s->kind) {
    case S_EXPR:
        print_expr(o, c, s->u.expr.x);
        return;
    case S_DEFINE:
    case S_ASSIGN:
        if (s->u.assign.op != OP_NONE && s->u.assign.lhs.len == 1 && s->u.assign.rhs.len == 1) {
            puts_(o, go_op_assign_text(c, s->u.assign.lhs.data[0], s->u.assign.op, s->u.assign.rhs.data[0]));
            return;
        }
        print_list(o, c, &s->u.assign.lhs, 0);
        puts_(o, s->kind == S_DEFINE ? " := " : " = ");
        print_list(o, c, &s->u.assign.rhs, 0);
        return;
    case S_INCDEC:      /* go1.19's noder makes x++ an OASOP x += 1 */
        print_expr(o, c, s->u.incdec.x);
        puts_(o, s->u.incdec.inc ? " += 1" : " -= 1");
        return;
    case S_VAR:         /* ODCL per name, then the assignment */
        for (int i = 0; i < s->u.var.names.len; i++) {
            puts_(o, i ? "; var " : "var ");
            puts_(o, s->u.var.names.data[i]);
            puts_(o, " ");
            if (s->u.var.type)
                put_source(o, c, s->u.var.type->span);
            else if (i < s->u.var.vars.len && s->u.var.vars.data[i])
                puts_(o, type_name_go(c, s->u.var.vars.data[i]->type));
        }
        for (int i = 0; i < s->u.var.values.len && i < s->u.var.names.len; i++) {
            puts_(o, "; ");
            puts_(o, s->u.var.names.data[i]);
            puts_(o, " = ");
            print_expr(o, c, s->u.var.values.data[i]);
        }
        return;
    case S_RETURN:
        puts_(o, "return ");
        if (s->u.ret.x)
            print_expr(o, c, s->u.ret.x);
        else
            print_list(o, c, &s->u.ret.list, 0);
        return;
    case S_IF:
        puts_(o, "if ");
        if (s->u.if_.init) {
            print_stmt(o, c, s->u.if_.init);
            puts_(o, "; ");
        }
        print_expr(o, c, s->u.if_.cond);
        puts_(o, " { ");
        print_stmts(o, c, &s->u.if_.then->u.block.stmts, 0);
        puts_(o, " }");
        if (s->u.if_.els) {
            puts_(o, " else { ");
            if (s->u.if_.els->kind == S_BLOCK)
                print_stmts(o, c, &s->u.if_.els->u.block.stmts, 0);
            else
                print_stmt(o, c, s->u.if_.els);
            puts_(o, " }");
        }
        return;
    case S_FOR:
    case S_RANGE:
        puts_(o, "for loop");
        return;
    case S_SWITCH:
        puts_(o, "switch statement");
        return;
    case S_BLOCK:
        print_stmts(o, c, &s->u.block.stmts, 0);
        return;
    case S_BREAK:
    case S_CONTINUE:
    case S_GOTO:
        puts_(o, s->kind == S_BREAK ? "break" : s->kind == S_CONTINUE ? "continue" : "goto");
        if (s->u.jump.label) {
            puts_(o, " ");
            puts_(o, s->u.jump.label);
        }
        return;
    case S_FALLTHROUGH:
        puts_(o, "fallthrough");
        return;
    case S_DEFER:
        puts_(o, "defer ");
        print_expr(o, c, s->u.defer.call);
        return;
    default:
        put_source(o, c, s->span);
        return;
    }
}

/* Go's %v of a statement list (Nodes): "; " between; the statements Go's
 * IR has none for (constants, types, empty ones) left out. */
static void print_stmts(Out *o, Ctx *c, StmtList *l, int from) {
    bool first = true;
    for (int i = from; i < l->len; i++) {
        Stmt *s = l->data[i];
        if (s->kind == S_CONST || s->kind == S_TYPE || s->kind == S_EMPTY)
            continue;
        if (!first)
            puts_(o, "; ");
        first = false;
        print_stmt(o, c, s);
    }
}

/* Go's %v of a statement (stmtFmt): `p := &xs[i + 1]`, `return s[:i],
 * s[i + 1:]`; unfixed: its calls before FixVariadicCall (as
 * go_expr_text_unfixed). */
const char *go_stmt_text(Ctx *c, Stmt *s, bool unfixed) {
    Out o = {&c->arena, NULL, 0, 0, false, unfixed};
    print_stmt(&o, c, s);
    return o.buf ? o.buf : "";
}

/* Go's %v of a switch's case clause (OCASE): `case A, B: s1; s2` or
 * `default: ...`; bound: a type switch's clause whose first statement is
 * sema's binding of its variable, which Go's IR has not. */
const char *go_case_text(Ctx *c, CaseClause *cl, bool bound) {
    Out o = {&c->arena, NULL, 0, 0, false, false};
    if (cl->values.len) {
        puts_(&o, "case ");
        for (int i = 0; i < cl->values.len; i++) {
            if (i)
                puts_(&o, ", ");
            put_source(&o, c, cl->values.data[i]->span);
        }
    } else {
        puts_(&o, "default");
    }
    puts_(&o, ": ");
    print_stmts(&o, c, &cl->body->u.block.stmts, bound ? 1 : 0);
    return o.buf;
}

/* Go's %v of a selector x.name (a method value): `(&t{...}).f`. */
const char *go_selector_text(Ctx *c, Expr *x, Sym name) {
    Out o = {&c->arena, NULL, 0, 0, false, false};
    print_at(&o, c, x, 8);
    puts_(&o, ".");
    puts_(&o, name);
    return o.buf;
}

/* Go's %v of an assignment `x op= y` (OASOP). */
const char *go_op_assign_text(Ctx *c, Expr *lhs, Op op, Expr *rhs) {
    Out o = {&c->arena, NULL, 0, 0, false, false};
    print_expr(&o, c, lhs);
    puts_(&o, " ");
    puts_(&o, ast_op_name(op));
    puts_(&o, "= ");
    print_expr(&o, c, rhs);
    return o.buf;
}

/* Go's %v of an assignment statement `a, b = c, d`. */
const char *go_assign_text(Ctx *c, ExprList *lhs, ExprList *rhs) {
    Out o = {&c->arena, NULL, 0, 0, false, false};
    print_list(&o, c, lhs, 0);
    puts_(&o, " = ");
    print_list(&o, c, rhs, 0);
    return o.buf;
}

/* Where Go reports an allocating expression: a composite literal at its
 * '{', a binary operator (string concatenation) at the operator, anything
 * else at its start. */
Span go_expr_pos(Ctx *c, Expr *e) {
    Span s = e->span;
    if (s.file < 0)
        return s;
    SourceFile *f = &c->files.data[s.file];
    int from = -1;
    char want = 0;
    if (e->kind == E_COMPOSITE && e->u.composite.type) {
        from = e->u.composite.type->span.hi;
        want = '{';
    } else if (e->kind == E_BINARY) {
        from = e->u.binary.x->span.hi;
        want = ast_op_name(e->u.binary.op)[0];
    }
    if (from < 0)
        return s;
    for (int i = from; i < s.hi && i < f->len; i++)
        if (f->text[i] == want)
            return (Span){s.file, i, i + 1};
    return s;
}

/* Where Go reports the implicit conversion of e, an argument of call, to
 * interface{} (panic's argument): at e, except that a constant is
 * reported at the call's '(' and a concatenation a + b + ... at its
 * last operand that is not a constant (the positions go1.19 gives those conversions). */
Span go_conv_pos(Ctx *c, Expr *call, Expr *e) {
    if (e->is_const)
        return ast_call_lparen(call);
    Expr *x = e;
    while (x->kind == E_PAREN)
        x = x->u.paren.x;
    if (x->kind == E_BINARY && x->u.binary.op == OP_ADD && !x->is_const && x->type &&
        x->type->kind == T_STRING) {
        Expr *last = x->u.binary.y;     /* the last operand that is not constant */
        for (Expr *l = x; last->is_const && l->kind == E_BINARY && l->u.binary.op == OP_ADD;) {
            l = l->u.binary.x;
            while (l->kind == E_PAREN)
                l = l->u.paren.x;
            last = l->kind == E_BINARY && l->u.binary.op == OP_ADD && !l->is_const ? l->u.binary.y : l;
        }
        return last->kind == E_CALL ? ast_call_lparen(last) : go_expr_pos(c, last);
    }
    if (x->kind == E_CALL)
        return ast_call_lparen(x);
    return go_expr_pos(c, x);
}
