/*
 * check_flow.c: the statements that move control elsewhere: switch,
 * fallthrough, labels, break/continue (plain or labeled) and goto.
 *
 * Each function body gets a Flow (check.h): the labels of the whole body,
 * collected before checking so a forward goto finds its label, the stack
 * of enclosing breakable statements (for, range, switch) and the stack of
 * enclosing blocks with the index of the statement being checked in each.
 * Every jump is resolved here to the statement it leaves or enters
 * (Stmt.u.jump.target), so the MIR builder never searches by name.
 *
 * A switch is checked as Go defines it (spec "Expression switches"): the
 * tag is evaluated once into a hidden variable (u.switch_.tag_var, named
 * ".tag", which no program can spell), and each clause gets the condition
 * `.tag == v1 || .tag == v2` (tagless: `v1 || v2`) as an ordinary checked
 * expression in u.switch_.clauses[i].cond, so MIR lowers it with
 * lower_cond like an `if`.
 *
 * Wording is go1.19's (types2): "label L defined and not used", "invalid
 * break label L", "fallthrough statement out of place", ...
 */
#include "check.h"

#include <string.h>

/* ---- the per-body state ---------------------------------------------- */

static void collect_labels(Checker *k, Stmt *s, Stmt *block, int idx);

static void collect_list(Checker *k, Stmt *blk) {
    for (int i = 0; i < blk->u.block.stmts.len; i++)
        collect_labels(k, blk->u.block.stmts.data[i], blk, i);
}

/* Every L: in the body (not in nested function literals, which are
 * expressions and have their own Flow), in source order. A goto met after
 * its label's definition makes the label looping, as go1.19's escape
 * analysis marks it in the same walk (escape.go walkFunc): only a looping
 * label raises Go's loop depth (Checker.labels counts them). */
static void collect_labels(Checker *k, Stmt *s, Stmt *block, int idx) {
    if (!s)
        return;
    switch (s->kind) {
    case S_LABELED: {
        Flow *f = k->flow;
        for (int i = 0; i < f->labels.len; i++)
            if (f->labels.data[i].name == s->u.labeled.label) {
                LineCol lc = source_linecol(k->c, f->labels.data[i].stmt->span.file,
                                            f->labels.data[i].stmt->span.lo);
                diag_error(k->c, s->u.labeled.label_span, "label %s already defined at %s:%d:%d",
                           s->u.labeled.label, k->c->files.data[s->span.file].name, lc.line, lc.col);
                collect_labels(k, s->u.labeled.stmt, block, idx);
                return;     /* reported once: not also "defined and not used" */
            }
        LabelDef d = {s->u.labeled.label, s, block, idx, false, false};
        s->u.labeled.block = block;
        vec_push(&k->c->arena, &f->labels, d);
        collect_labels(k, s->u.labeled.stmt, block, idx);
        break;
    }
    case S_BLOCK: collect_list(k, s); break;
    case S_IF:
        collect_labels(k, s->u.if_.then, block, idx);
        collect_labels(k, s->u.if_.els, block, idx);
        break;
    case S_FOR: collect_labels(k, s->u.for_.body, block, idx); break;
    case S_RANGE: collect_labels(k, s->u.range.body, block, idx); break;
    case S_SWITCH:
        for (int i = 0; i < s->u.switch_.clauses.len; i++)
            collect_labels(k, s->u.switch_.clauses.data[i].body, block, idx);
        break;
    case S_GOTO:
        for (int i = 0; i < k->flow->labels.len; i++)
            if (k->flow->labels.data[i].name == s->u.jump.label)
                k->flow->labels.data[i].looping = true;
        break;
    default: break;
    }
}

void flow_begin(Checker *k, Flow *f, Stmt *body) {
    memset(f, 0, sizeof *f);
    f->outer = k->flow;
    k->flow = f;
    collect_list(k, body);
}

void flow_end(Checker *k, Flow *f) {
    for (int i = 0; i < f->labels.len; i++)
        if (!f->labels.data[i].used)
            diag_error(k->c, f->labels.data[i].stmt->u.labeled.label_span,
                       "label %s defined and not used", f->labels.data[i].name);
    k->flow = f->outer;
}

void flow_block_enter(Checker *k, Stmt *blk) {
    if (!k->flow)
        return;
    FlowBlock b = {blk, 0};
    vec_push(&k->c->arena, &k->flow->blocks, b);
}

void flow_block_at(Checker *k, int idx) {
    if (k->flow && k->flow->blocks.len)
        vec_last(&k->flow->blocks).idx = idx;
}

void flow_block_exit(Checker *k) {
    if (k->flow && k->flow->blocks.len)
        k->flow->blocks.len--;
}

/* for, range and switch: a target for break (and continue for loops).
 * The label of an enclosing `L:` comes along. */
void flow_push(Checker *k, Stmt *s) {
    if (!k->flow)
        return;
    Breakable b = {s, k->flow->pending};
    k->flow->pending = NULL;
    vec_push(&k->c->arena, &k->flow->brk, b);
}

void flow_pop(Checker *k) {
    if (k->flow && k->flow->brk.len)
        k->flow->brk.len--;
}

/* ---- labels, break, continue, goto ----------------------------------- */

static LabelDef *find_label(Checker *k, Sym name) {
    for (int i = 0; k->flow && i < k->flow->labels.len; i++)
        if (k->flow->labels.data[i].name == name)
            return &k->flow->labels.data[i];
    return NULL;
}

void chk_labeled(Checker *k, Stmt *s) {
    Stmt *in = s->u.labeled.stmt;
    LabelDef *d = find_label(k, s->u.labeled.label);
    if (d && d->stmt == s && d->looping)
        k->labels++;
    if (d && d->stmt == s && (in->kind == S_FOR || in->kind == S_RANGE || in->kind == S_SWITCH))
        k->flow->pending = s->u.labeled.label;
    chk_stmt(k, in);
    if (k->flow)
        k->flow->pending = NULL;
}

static bool is_loop(Stmt *s) { return s->kind == S_FOR || s->kind == S_RANGE; }

/* break [L] / continue [L] */
void chk_branch(Checker *k, Stmt *s) {
    bool brk = s->kind == S_BREAK;
    Flow *f = k->flow;
    Sym label = s->u.jump.label;
    if (label) {
        LabelDef *d = find_label(k, label);
        if (d)
            d->used = true;
        for (int i = f ? f->brk.len - 1 : -1; i >= 0; i--)
            if (f->brk.data[i].label == label && (brk || is_loop(f->brk.data[i].stmt))) {
                s->u.jump.target = f->brk.data[i].stmt;
                return;
            }
        if (!d)
            diag_error(k->c, s->u.jump.label_span, "%s label not defined: %s", brk ? "break" : "continue", label);
        else
            diag_error(k->c, s->u.jump.label_span, "invalid %s label %s", brk ? "break" : "continue", label);
        return;
    }
    for (int i = f ? f->brk.len - 1 : -1; i >= 0; i--)
        if (brk || is_loop(f->brk.data[i].stmt)) {
            s->u.jump.target = f->brk.data[i].stmt;
            return;
        }
    diag_error(k->c, s->span, brk ? "break is not in a loop, switch, or select" : "continue is not in a loop");
}

static bool block_encloses(Flow *f, Stmt *blk, int *depth) {
    for (int i = f->blocks.len - 1; i >= 0; i--)
        if (f->blocks.data[i].blk == blk) {
            *depth = i;
            return true;
        }
    return false;
}

/* The first name a var or := statement declares, and where Go reports
 * it: the name of a var, the `:=` of a short declaration. */
static Sym declared_name(Checker *k, Stmt *x, Span *at) {
    if (x->kind == S_VAR && x->u.var.names.len) {
        *at = x->u.var.name_spans.data[0];
        return x->u.var.names.data[0];
    }
    if (x->kind != S_DEFINE || !x->u.assign.lhs.len)
        return NULL;
    Expr *first = x->u.assign.lhs.data[0];
    SourceFile *f = &k->c->files.data[x->span.file];
    *at = x->span;
    for (int p = vec_last(&x->u.assign.lhs)->span.hi; p + 1 < f->len; p++)
        if (f->text[p] == ':' && f->text[p + 1] == '=') {
            at->lo = p;
            break;
        }
    return first->kind == E_NAME ? first->u.name.name : NULL;
}

/* goto L: L must be in this block or an enclosing one, and a forward jump
 * may not skip a variable declaration of L's block. */
void chk_goto(Checker *k, Stmt *s) {
    LabelDef *d = find_label(k, s->u.jump.label);
    if (!d) {
        diag_error(k->c, s->u.jump.label_span, "label %s not defined", s->u.jump.label);
        return;
    }
    d->used = true;
    s->u.jump.target = d->stmt;
    int depth;
    if (!block_encloses(k->flow, d->block, &depth)) {
        LineCol lc = source_linecol(k->c, d->block->span.file, d->block->span.lo);
        diag_error(k->c, s->u.jump.label_span, "goto %s jumps into block starting at %s:%d:%d", d->name,
                   k->c->files.data[s->span.file].name, lc.line, lc.col);
        return;
    }
    int from = k->flow->blocks.data[depth].idx;
    if (d->idx <= from) {
        d->stmt->u.labeled.looping = true;  /* a backward jump: a loop */
        return;
    }
    for (int i = from + 1; i < d->idx; i++) {
        Span at;
        Sym name = declared_name(k, d->block->u.block.stmts.data[i], &at);
        if (name) {
            LineCol lc = source_linecol(k->c, at.file, at.lo);
            diag_error(k->c, s->u.jump.label_span, "goto %s jumps over declaration of %s at %s:%d:%d",
                       d->name, name, k->c->files.data[at.file].name, lc.line, lc.col);
            return;
        }
    }
}

/* ---- switch ------------------------------------------------------------ */

static Expr *name_of(Checker *k, Stmt *s) {
    Var *v = s->u.switch_.tag_var;
    Expr *e = ast_expr(k->c, E_NAME, s->u.switch_.tag->span);
    e->u.name.name = v->name;
    e->u.name.sym = s->u.switch_.tag_sym;
    e->type = v->type;
    return e;
}

/* A switch's tag must be compared with ==, or with nil only (a slice,
 * map or func): go1.19's "cannot switch on t (variable of type T) (T is
 * not comparable)" and "use of untyped nil in switch expression". */
static bool switch_tag_ok(Checker *k, Expr *tag, Type *t) {
    if (t->kind == T_UNTYPED_NIL) {
        diag_error(k->c, tag->span, "use of untyped nil in switch expression");
        return false;
    }
    if (type_comparable(t) || t->kind == T_SLICE || t->kind == T_MAP || t->kind == T_FUNC)
        return true;
    diag_error(k->c, tag->span, "cannot switch on %s (%s is not comparable)", chk_describe(k, tag),
               type_name(k->c, t));
    return false;
}

/* A tagless switch's tag: the universe's true, a typed bool (go1.19's
 * "switch on true"). */
static Expr *implicit_true(Checker *k, Span at) {
    Expr *e = ast_expr(k->c, E_NAME, at);
    e->u.name.name = intern_cstr(k->c, "true");
    for (int i = 0; i < k->universe.len; i++)
        if (k->universe.data[i]->kind == SYM_TRUE)
            e->u.name.sym = k->universe.data[i];
    e->type = k->s->t_bool;
    return e;
}

/* One case value: `.tag == v`, checked as the operator == is
 * (chk_comparison: the same conversions, comparability and mismatches,
 * worded "invalid case v in switch on tag"). A tagless switch compares
 * with true, as Go's does; its test is v itself unless v is an
 * interface (`case e:` with e an any holding true). */
static Expr *case_test(Checker *k, Stmt *s, Expr *v) {
    Var *tv = s->u.switch_.tag_var;
    Type *want = tv ? tv->type : k->s->t_bool;
    if (!chk_expr(k, v, want) || !chk_single_value(k, v))
        return NULL;
    Expr *eq = ast_expr(k->c, E_BINARY, v->span);
    eq->u.binary.op = OP_EQ;
    eq->u.binary.x = tv ? name_of(k, s) : implicit_true(k, v->span);
    eq->u.binary.y = v;
    const char *on = tv ? chk_expr_string(k, s->u.switch_.tag) : "true";
    if (!chk_comparison(k, eq, on))
        return NULL;
    return tv || v->type->kind == T_IFACE ? eq : v;
}

/* Go rejects two equal constant cases (integers and strings here). */
static bool same_const(Checker *k, Expr *a, Expr *b) {
    ConstVal x, y;
    if (!a->is_const || !b->is_const || !const_value(k, a, &x) || !const_value(k, b, &y) || x.kind != y.kind)
        return false;
    if (x.kind == CV_INT || x.kind == CV_BOOL)
        return x.i == y.i;
    if (x.kind == CV_STRING)
        return x.s.len == y.s.len && memcmp(x.s.ptr, y.s.ptr, (size_t)x.s.len) == 0;
    return false;
}

static void check_duplicate(Checker *k, Stmt *s, CaseClause *upto, int nvals, Expr *v) {
    for (CaseClause *cl = s->u.switch_.clauses.data; cl <= upto; cl++)
        for (int i = 0; i < (cl == upto ? nvals : cl->values.len); i++) {
            Expr *w = cl->values.data[i];
            if (w->type && same_const(k, w, v)) {
                Diag *d = diag_error(k->c, v->span, "duplicate case %s in expression switch",
                                     chk_describe(k, v));
                diag_related(k->c, d, w->span, "previous case");
                return;
            }
        }
}

static void check_clause(Checker *k, Stmt *s, CaseClause *cl, bool last) {
    Expr *cond = NULL;
    for (int i = 0; i < cl->values.len; i++) {
        Expr *t = case_test(k, s, cl->values.data[i]);
        if (!t)
            continue;
        if (s->u.switch_.tag_var)
            check_duplicate(k, s, cl, i, cl->values.data[i]);
        if (!cond) {
            cond = t;
            continue;
        }
        Expr *or = ast_expr(k->c, E_BINARY, t->span);
        or->u.binary.op = OP_LOR;
        or->u.binary.x = cond;
        or->u.binary.y = t;
        or->type = k->s->t_bool;
        cond = or;
    }
    cl->cond = cond;
    StmtList *body = &cl->body->u.block.stmts;
    Stmt *ft = body->len ? vec_last(body) : NULL;
    if (ft && ft->kind == S_FALLTHROUGH) {   /* in place: chk_stmt reports the others */
        ft->u.jump.target = s;
        if (last)
            diag_error(k->c, ft->span, "cannot fallthrough final case in switch");
    }
    chk_block(k, cl->body);
}

/* The hidden variable `.tag` a switch evaluates its tag into once (an
 * expression switch's value, a type switch's interface). */
void chk_declare_switch_tag(Checker *k, Stmt *s, Span sp, Type *t) {
    Sym name = intern_cstr(k->c, ".tag");
    Var *v = chk_new_var(k, name, sp, t);
    Symbol *sym = scope_declare(k, SYM_VAR, name, sp);
    sym->var = v;
    sym->type = t;
    s->u.switch_.tag_var = v;
    s->u.switch_.tag_sym = sym;
}

/* switch init; tag { clauses } */
void chk_switch(Checker *k, Stmt *s) {
    scope_push(k);
    if (s->u.switch_.init)
        chk_stmt(k, s->u.switch_.init);
    Expr *tag = s->u.switch_.tag;
    if (tag && tag->kind == E_ASSERT && !tag->u.assert.type) {
        flow_push(k, s);
        chk_type_switch(k, s);
        flow_pop(k);
        scope_pop(k);
        return;
    }
    if (tag) {
        Type *t = chk_expr(k, tag, NULL);
        if (t && t->kind == T_VOID) {
            diag_error(k->c, tag->span, "%s (no value) used as value", chk_describe(k, tag));
            t = NULL;
        }
        if (t && !switch_tag_ok(k, tag, default_type(k, t)))
            t = NULL;
        if (t) {
            t = default_type(k, t);
            chk_set_untyped(k, tag, t);
            chk_declare_switch_tag(k, s, tag->span, t);
        }
    }
    CaseClause *first_default = NULL;
    flow_push(k, s);
    for (int i = 0; i < s->u.switch_.clauses.len; i++) {
        CaseClause *cl = &s->u.switch_.clauses.data[i];
        if (cl->is_default && first_default) {
            LineCol lc = source_linecol(k->c, first_default->span.file, first_default->span.lo);
            diag_error(k->c, cl->span, "multiple defaults (first at %s:%d:%d)",
                       k->c->files.data[cl->span.file].name, lc.line, lc.col);
        } else if (cl->is_default) {
            first_default = cl;
        }
        if (tag && !s->u.switch_.tag_var)
            chk_block(k, cl->body);     /* the tag was wrong: check bodies only */
        else
            check_clause(k, s, cl, i == s->u.switch_.clauses.len - 1);
    }
    flow_pop(k);
    scope_pop(k);
}
