/*
 * call.c: call sites, mirroring Go's escape/call.go. A callee analyzed in
 * an earlier batch is summarised by its parameters' leaks: an argument
 * flows to the heap shifted by the heap leak and into the call's result
 * hole shifted by the result leak (a tee of both). A callee in the same
 * batch gets direct flows into its parameter and out of its result
 * locations. An unknown (dynamic) callee sends every argument to the heap.
 */
#include "escape.h"
#include "../lib/lib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The operand a defer's wrapper b copied into its environment's field
 * `field` (the closure value its parent builds), or NULL. */
static Operand *wrapper_capture(Esc *E, Body *b, Place *pl) {
    if (!b->fi || !b->fi->defer_wrapper || !b->has_env || b->parent < 0 || pl->local != 1 ||
        pl->nproj != 2 || pl->proj[0].kind != PJ_DEREF || pl->proj[1].kind != PJ_FIELD)
        return NULL;
    int k = pl->proj[1].field;
    if (!b->byval || !b->byval[k])
        return NULL;
    Body *parent = E->p->bodies.data[b->parent];
    mir_foreach_stmt(parent, bb, st)
        if (st->kind == ST_ASSIGN && st->rv.kind == RV_CLOSURE && st->rv.func == b->index)
            return k < st->rv.args.len ? &st->rv.args.data[k] : NULL;
    return NULL;
}

/* Go's ir.StaticValue: a constant function, or a local assigned exactly
 * once from a closure or a function constant. In a defer's wrapper, the
 * deferred function is a copy the wrapper captured: Go picks the callee
 * from the `defer` statement itself, before it makes the wrapper
 * (escape/call.go goDeferStmt), so the copied value decides. A user's
 * closure calling a captured function value calls it dynamically, as in
 * Go (a closure variable is no PAUTO to ir.StaticValue). */
Body *esc_static_callee(Esc *E, Body *b, Operand *callee) {
    if (callee->kind == OPD_CONST)
        return callee->c.kind == CONST_FUNC ? E->p->bodies.data[callee->c.func] : NULL;
    Operand *copied = wrapper_capture(E, b, &callee->place);
    if (copied && b->parent >= 0)
        return esc_static_callee(E, E->p->bodies.data[b->parent], copied);
    if (callee->place.nproj != 0)
        return NULL;
    EscBody *eb = &E->bodies[b->index];
    if (!eb->single_def)
        esc_find_single_defs(E, b, eb);
    Rvalue *def = eb->single_def[callee->place.local];
    if (!def)
        return NULL;
    if (def->kind == RV_CLOSURE) {  /* Go: a method value is called dynamically */
        Body *f = E->p->bodies.data[def->func];
        return f->fi && f->fi->mv && f->fi->mv->dynamic ? NULL : f;
    }
    if (def->kind == RV_USE && def->args.data[0].kind == OPD_CONST &&
        def->args.data[0].c.kind == CONST_FUNC)
        return E->p->bodies.data[def->args.data[0].c.func];
    if (def->kind == RV_USE && def->args.data[0].kind != OPD_CONST)
        return esc_static_callee(E, b, &def->args.data[0]);
    return NULL;
}

/* func(){...}(): the callee is the literal itself (a temporary holding
 * it), not a variable bound to it (Go's ClosureCalled); so is a deferred
 * literal (`defer func(p *int) {...}(&x)`), which the defer's wrapper
 * calls through its copy. */
static bool called_in_place(Esc *E, Body *b, Operand *callee) {
    if (callee->kind == OPD_CONST)
        return false;
    Operand *copied = wrapper_capture(E, b, &callee->place);
    if (copied) {   /* defer func(p *int) {...}(&x): the wrapper's copy of the literal */
        if (copied->kind == OPD_CONST || copied->place.nproj != 0)
            return false;
        Body *parent = E->p->bodies.data[b->parent];
        EscBody *pe = &E->bodies[parent->index];
        if (!pe->single_def)
            esc_find_single_defs(E, parent, pe);
        Rvalue *def = pe->single_def[copied->place.local];
        return def && def->kind == RV_CLOSURE;
    }
    return callee->place.nproj == 0 && b->locals.data[callee->place.local].kind == LOCAL_TEMP;
}

/* A call to an analysed f: the argument flows where f's summary lk says
 * (Go's tagHole), through one temporary when that is several places; the
 * "call parameter" note is on that temporary's incoming edge, as Go's
 * argument() notes the hole tagHole returns. */
/* Has the call rv a hole for its results? Go's ks: nil only for a call
 * that is a statement of its own (e.call(nil, n)); `_ = f(x)` and a call
 * in an operand discarded have the discard hole, which still counts in
 * the tee of an argument leaking to both the heap and a result. */
static bool results_hole(Esc *E, Rvalue *rv) { return rv != E->stmt_call; }

static Hole tag_hole(Esc *E, Body *b, Hole k, Leaks lk, Span sp, bool results) {
    Hole ks[1 + ESC_RESULTS];
    int n = 0;
    int x = leaks_heap(lk);
    if (x >= 0)
        ks[n++] = hole_shift(E, esc_heap_hole(E), x, sp, NULL);
    if (k.dst != &E->blank && k.dst->nfields && k.derefs == 0) {
        /* several results into a tuple: result i into its element i */
        for (int i = 0; i < k.dst->nfields; i++)
            if ((x = leaks_result(lk, i)) >= 0)
                ks[n++] = hole_shift(E, hole_of(k.dst->fields[i]), x, sp, NULL);
        return hole_note(E, esc_tee(E, ks, n, b), sp, "call parameter");
    }
    /* else the call's results are one value: what flows to any of them
       flows to it */
    x = leaks_any_result(lk);
    if (x >= 0 && (k.dst != &E->blank || results))
        ks[n++] = hole_shift(E, k, x, sp, NULL);
    return hole_note(E, esc_tee(E, ks, n, b), sp, "call parameter");
}

/* The results of f, in this batch, flow into the call's hole k: each
 * result into its element of a tuple k, else all into k. */
static void results_flow(Esc *E, Hole k, Body *f) {
    EscBody *fe = &E->bodies[f->index];
    if (k.dst == &E->blank)
        return;
    if (!fe->nresults) {
        esc_flow(E, k, fe->locals[0]);     /* Go adds no note */
        return;
    }
    for (int i = 0; i < fe->nresults; i++) {
        Hole h = k;
        if (k.dst->nfields == fe->nresults && k.derefs == 0)
            h = hole_of(k.dst->fields[i]);
        esc_flow(E, h, fe->results[i]);
    }
}

/* Parameter i's leaks of a runtime library function: packages.def's
 * "h1" (to the heap, derefs 1), "r0:1" (to result 0, derefs 1), "-". */
static Leaks lib_leaks(const LibMember *m, int i) {
    Leaks lk = {0};
    const char *s = m->leaks;
    for (int j = 0; j < i && s; j++) {
        s = strchr(s, ' ');
        s = s ? s + 1 : NULL;
    }
    if (!s || *s == '-')
        return lk;
    const char *end = strchr(s, ' ');
    for (; s && *s && (!end || s < end); s = strchr(s, ','), s = s ? s + 1 : NULL) {
        const char *next = strchr(s, ',');     /* "r0,r1": one leak each */
        if (next && end && next > end)
            next = NULL;
        const char *colon = strchr(s, ':');
        int level = colon && (!end || colon < end) && (!next || colon < next) ? atoi(colon + 1) : 0;
        if (*s == 'h')
            leaks_add_heap(&lk, atoi(s + 1));
        else if (*s == 'r')
            leaks_add_result(&lk, atoi(s + 1), level);
        if (!next)
            break;
    }
    return lk;
}

/* A variadic call's text as go1.19's -m=2 notes print it, once
 * FixVariadicCall packed the extra arguments (`f(x, ... argument...)`):
 * from the site of the implicit slice, its last operand; else NULL (the
 * source text). */
static const char *variadic_call_desc(Esc *E, Body *b, Rvalue *rv) {
    Operand *o = rv->args.len >= 2 ? &rv->args.data[rv->args.len - 1] : NULL;
    if (!o || o->kind == OPD_CONST || o->place.nproj != 0 || b->locals.data[o->place.local].kind != LOCAL_TEMP)
        return NULL;
    EscBody *eb = &E->bodies[b->index];
    Rvalue *def = eb->temps[o->place.local].def ? &eb->temps[o->place.local].def->rv : NULL;
    if (!def) {
        if (!eb->single_def)
            esc_find_single_defs(E, b, eb);
        def = eb->single_def[o->place.local];
    }
    if (!def || def->kind != RV_SLICE || def->place.nproj != 1 || def->place.proj[0].kind != PJ_DEREF)
        return NULL;
    int site = b->locals.data[def->place.local].init_site;
    return site >= 0 && b->sites.data[site].variadic ? b->sites.data[site].call_desc : NULL;
}

/* A variadic call with no extra argument as go1.19 quotes it while
 * visiting it, FixVariadicCall done (`h(p, nil...)`), even in a flow
 * explained then (whose other calls are quoted as written); else NULL. */
static const char *empty_variadic_desc(Esc *E, Rvalue *rv) {
    if (!(E->c->opt.m_level >= 2 || E->c->opt.explain))
        return NULL;
    Expr *call = esc_call_at(E, rv->span);
    Type *ft = call && call->u.call.fn ? call->u.call.fn->type : NULL;
    if (!ft || ft->kind != T_FUNC || !ft->variadic || call->u.call.spread || call->u.call.tuple_call ||
        call->u.call.kind == CALL_CONV || call->u.call.kind == CALL_BUILTIN ||
        call->u.call.args.len >= ft->params.len)
        return NULL;
    return go_expr_text(E->c, call);
}

/* The text of a call as go1.19's -m=2 notes quote it: a deferred
 * f(g())'s as written (sema's copy of it before g() was hoisted); a
 * variadic call's (above); the one call of a deferred call's wrapper with its arguments
 * the temporaries that hold them (`keep(.autotmp_7)`); else NULL (the
 * source text). */
static const char *call_desc(Esc *E, Body *b, Rvalue *rv) {
    if (b->fi && b->fi->defer_wrapper) {
        Expr *orig = esc_expr_at(E, rv->span);
        if (orig && orig->kind == E_CALL && orig->u.call.tuple_call)
            return go_expr_text(E->c, orig);    /* defer f(g()): f(g()) as written */
    }
    const char *what = variadic_call_desc(E, b, rv);
    if (!what)
        what = empty_variadic_desc(E, rv);
    for (int i = 0; !what && i < b->call_texts.len; i++)
        if (b->call_texts.data[i].call.file == rv->span.file && b->call_texts.data[i].call.lo == rv->span.lo &&
            b->call_texts.data[i].call.hi == rv->span.hi)
            what = b->call_texts.data[i].text;
    if (what || !b->fi || !b->fi->defer_wrapper || !b->fi->lit)
        return what;
    Stmt *body = b->fi->lit->u.funclit.body;
    if (body->kind != S_BLOCK || body->u.block.stmts.len != 1 || body->u.block.stmts.data[0]->kind != S_EXPR)
        return NULL;
    return go_expr_text(E->c, body->u.block.stmts.data[0]->u.expr.x);
}

/* The "call parameter" note of h (its newest) quotes the call as what. */
static Hole call_quoted(Hole h, const char *what) {
    for (EscNote *n = what ? h.notes : NULL; n; n = n->next)
        if (strcmp(n->why, "call parameter") == 0) {
            n->what = what;
            break;
        }
    return h;
}

static void extern_call(Esc *E, Body *b, Hole k, Rvalue *rv) {
    const LibMember *m = rv->args.data[0].c.ext;
    const char *what = call_desc(E, b, rv);
    mir_foreach_operand_from(rv, 1, o)  /* operand i is the function's argument i - 1 */
        esc_operand(E, b, call_quoted(tag_hole(E, b, k, lib_leaks(m, mir_operand_index(rv, o) - 1), rv->span,
                                               results_hole(E, rv)), what), o);
}

/* The hole argument i (of nargs) of a call of f flows into, as esc_call
 * picks it: f's parameter in this batch, f's summary, or the heap. */
static Hole arg_hole(Esc *E, Body *b, Hole k, Body *f, int i, Span sp, bool results) {
    EscBody *fe = f ? &E->bodies[f->index] : NULL;
    if (fe && fe->in_batch)
        return hole_note(E, hole_of(fe->locals[(f->has_env ? 2 : 1) + i]), sp, "call parameter");
    if (fe && fe->analyzed && i < fe->nparams)
        return tag_hole(E, b, k, fe->param_leaks[i], sp, results);
    return hole_note(E, esc_heap_hole(E), sp, "call parameter");
}

/* Go's devirtualize (run before escape analysis in go1.19): s.M(args)
 * where s is assigned once, from a conversion of a concrete T, is the
 * call T.M(s.(T), args) (M promoted from an embedded E: E.M(s.(T).E,
 * args)). `defer s.M(args)` too: Go devirtualizes the deferred call
 * before it wraps it, so in a defer's wrapper the receiver is the copy
 * of s the wrapper captured, followed in the parent (wrapper_capture).
 * The method's body, or NULL; sel gets the embedded path, *rb and *rl
 * the body and local naming s. */
static Body *devirtualized(Esc *E, Body *b, Rvalue *rv, Type **concrete, Selection *sel, Body **rb, LocalId *rl) {
    Operand *recv = &rv->args.data[0];
    if (recv->kind == OPD_CONST)
        return NULL;
    Operand *copied = wrapper_capture(E, b, &recv->place);
    if (copied && b->parent >= 0) {
        b = E->p->bodies.data[b->parent];
        recv = copied;
    }
    if (recv->kind == OPD_CONST || recv->place.nproj != 0)
        return NULL;
    *rb = b;
    *rl = recv->place.local;
    EscBody *eb = &E->bodies[b->index];
    if (!eb->single_def)
        esc_find_single_defs(E, b, eb);
    Rvalue *def = eb->single_def[recv->place.local];
    while (def && def->kind == RV_USE && def->args.data[0].kind != OPD_CONST &&
           def->args.data[0].place.nproj == 0 && def->args.data[0].type == recv->type)
        def = eb->single_def[def->args.data[0].place.local];
    if (!def || def->kind != RV_IFACE || def->elem->kind == T_IFACE)
        return NULL;
    *concrete = def->elem;
    Method *m = type_iface_impl_sel(def->elem, recv->type->imethods.data[rv->func].name, sel);
    for (int i = 0; m && i < E->p->bodies.len; i++)
        if (E->p->bodies.data[i]->fi && E->p->bodies.data[i]->fi->decl == m->decl)
            return E->p->bodies.data[i];
    return NULL;
}

/* The selector's '.' of the call rv (`s.M(`): where go1.19 puts the
 * type assertion devirtualize makes (sel.Pos()), or rv's span. */
static Span selector_dot(Esc *E, Rvalue *rv) {
    const char *text = E->c->files.data[rv->span.file].text;
    int at = rv->span.lo;
    while (at < rv->span.hi && text[at] != '(')
        at++;
    while (at > rv->span.lo && text[at] != '.')
        at--;
    return text[at] == '.' ? (Span){rv->span.file, at, at + 1} : rv->span;
}

static const LibMember *lib_devirtualized(Type *t, Type *iface, int k);

/* The icall of the defer wrapper f whose receiver is f's capture k, and
 * the method go1.19 devirtualizes it to: Go devirtualizes `defer s.M(args)`
 * before goDeferStmt wraps it, so its wrapper captures the receiver M
 * takes (s.(T), then the embedded path, then the implicit & or *), not
 * s. NULL when the call is not devirtualized. A library type's method
 * (`defer w.Write(b)`, w holding os.Stdout): sel->method NULL, the
 * receiver s.(*os.File) itself. M promoted from an interface I embedded
 * in T (partially devirtualized): sel->method NULL, sel the path to I's
 * field and sel->owner I, the receiver s.(T).E...I. */
static Rvalue *defer_recv_call(Esc *E, Body *f, int k, Type **t, Selection *sel) {
    if (!f->fi || !f->fi->defer_wrapper || !f->byval || !f->byval[k])
        return NULL;
    mir_foreach_stmt(f, bb, st) {
        Rvalue *rv = &st->rv;
        if (rv->kind != RV_ICALL || !rv->args.len || rv->args.data[0].kind == OPD_CONST)
            continue;
        Place *pl = &rv->args.data[0].place;
        if (pl->local != 1 || pl->nproj != 2 || pl->proj[0].kind != PJ_DEREF || pl->proj[1].kind != PJ_FIELD ||
            pl->proj[1].field != k)
            continue;
        Body *rb;
        LocalId rl;
        Body *m = devirtualized(E, f, rv, t, sel, &rb, &rl);
        if (m && m->fi && m->fi->iface_wrapper) {  /* partially: s.(T).E...I is the receiver */
            Type *iface = type_select_iface_promoted(*t, sel->method->name, sel);
            sel->method = NULL;
            sel->owner = iface;
            return iface ? rv : NULL;
        }
        if (m)
            return rv;
        if (!*t || !lib_devirtualized(*t, rv->args.data[0].type, rv->func))
            return NULL;
        memset(sel, 0, sizeof *sel);
        return rv;
    }
    return NULL;
}

/* The defer wrapper made in b that captures local l, and l's index among
 * its captures (*k), or NULL. */
static Body *capturing_wrapper(Esc *E, Body *b, LocalId l, int *k) {
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN || st->rv.kind != RV_CLOSURE)
            continue;
        Body *f = E->p->bodies.data[st->rv.func];
        if (!f->fi || !f->fi->defer_wrapper)
            continue;
        for (int i = 0; i < st->rv.args.len; i++) {
            Operand *o = &st->rv.args.data[i];
            if (o->kind != OPD_CONST && o->place.nproj == 0 && o->place.local == l) {
                *k = i;
                return f;
            }
        }
    }
    return NULL;
}

bool esc_defer_recv_capture(Esc *E, Body *f, int k, Span *at, int *width) {
    Type *t = NULL;
    Selection sel;
    Rvalue *rv = defer_recv_call(E, f, k, &t, &sel);
    if (!rv)
        return false;
    *at = selector_dot(E, rv);
    *width = !sel.method ? (int)type_go_size(sel.owner ? sel.owner : t)
                         : sel.method->ptr_recv ? 8 : (int)type_go_size(sel.owner);
    return true;
}

/* One step of the receiver's expression: k shifted by delta, noted why,
 * quoting text (Go's implicit & and * print as their operand). */
static Hole recv_step(Esc *E, Hole k, int delta, Span at, const char *why, const char *text) {
    k = hole_shift(E, k, delta, at, why);
    if (k.notes)
        k.notes->what = text;
    return k;
}

/* The texts of s.(T), s.(T).E1, ... along sel's embedded path (texts[0]
 * the assertion, texts[sel->depth] the receiver Go's devirtualized call
 * takes), in arena a, and whether each is a pointer (ptr[i]: texts[i]'s
 * next field is reached through it, an ODOTPTR). The one builder of
 * these texts: the flows (E->batch, the batch's lifetime) and the
 * devirtualized calls' quotes (c->arena, the compilation's) both ask it. */
static void assert_path(Ctx *c, Arena *a, const char *s, Type *t, const Selection *sel, const char **texts,
                        bool *ptr) {
    texts[0] = arena_printf(a, "%s.(%s)", s, type_name(c, t));
    ptr[0] = t->kind == T_PTR;
    Type *st = ptr[0] ? t->elem : t;
    for (int i = 0; i < sel->depth; i++) {
        Field *fl = &st->fields.data[sel->path[i]];
        texts[i + 1] = arena_printf(a, "%s.%s", texts[i], fl->name);
        ptr[i + 1] = sel->path_ptr[i];
        st = sel->path_ptr[i] ? fl->type->elem : fl->type;
    }
}

/* k for the value at the end of the path, as escape meets the steps:
 * the innermost field first ("dot", or "dot of pointer" one dereference
 * deeper), the assertion last ("dot", a dereference unless T is stored
 * in the interface word as is), all at the selector's '.'. */
static Hole assert_path_hole(Esc *E, Hole k, Span at, const char **texts, const bool *ptr, int depth, Type *t) {
    for (int i = depth; i > 0; i--)
        k = ptr[i - 1] ? recv_step(E, k, 1, at, "dot of pointer", texts[i]) : recv_step(E, k, 0, at, "dot", texts[i]);
    return recv_step(E, k, mir_go_direct_iface(t) ? 0 : 1, at, "dot", texts[0]);
}

Hole esc_defer_recv_hole(Esc *E, Body *b, LocalId l, Hole k, bool *done) {
    int idx;
    Type *t = NULL;
    Selection sel;
    Body *f = capturing_wrapper(E, b, l, &idx);
    Rvalue *rv = f ? defer_recv_call(E, f, idx, &t, &sel) : NULL;
    Var *v = b->locals.data[l].var;
    *done = rv && v;
    if (!*done)
        return k;
    Ctx *c = E->c;
    Span at = selector_dot(E, rv);
    const char *texts[SEL_MAX_DEPTH + 1];
    bool ptr[SEL_MAX_DEPTH + 1];
    assert_path(c, E->batch, v->esc_val ? go_expr_text(c, v->esc_val) : v->name, t, &sel, texts, ptr);
    const char *recv = texts[sel.depth];
    k = hole_note(E, k, at, "assign");
    if (k.notes)
        k.notes->what = arena_printf(E->batch, "%s = %s", sema_go_var_name(c, v), recv);
    if (!sel.method)
        ;   /* a library type's: s.(*T) is the receiver; an embedded interface's, s.(T).E...I */
    else if (sel.method->ptr_recv && !ptr[sel.depth])
        k = recv_step(E, k, -1, at, "address-of", recv);
    else if (!sel.method->ptr_recv && ptr[sel.depth])
        k = recv_step(E, k, 1, at, "indirection", recv);
    return assert_path_hole(E, k, at, texts, ptr, sel.depth, t);
}

/* A library type's method behind the interface (`var w io.Writer =
 * os.Stdout; w.Write(b)`): go1.19 devirtualizes it too, to the method's
 * export-data summary (lib/packages.def: File_Write, Builder_Write...). */
static const LibMember *lib_devirtualized(Type *t, Type *iface, int k) {
    Type *st = t && t->kind == T_PTR && !t->name ? t->elem : NULL;
    const char *tn = st && st->name ? st->name : "";
    const char *dot = strchr(tn, '.');
    if (!dot || strchr(tn, '[') || !iface || k < 0 || k >= iface->imethods.len)
        return NULL;
    char pkg[32], member[96];
    if ((size_t)(dot - tn) >= sizeof pkg)
        return NULL;
    memcpy(pkg, tn, (size_t)(dot - tn));
    pkg[dot - tn] = 0;
    snprintf(member, sizeof member, "%s_%s", dot + 1, iface->imethods.data[k].name);
    return lib_member(pkg, member);
}

static bool ident_char(char ch) {
    return ch == '_' || ch == '.' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* Text d with each s.M(args) written T.M(recv, args), as go1.19's
 * devirtualized call reads (owner: T or (*T)). */
static const char *requote_text(Ctx *c, const char *d, const char *s, Sym mname, const char *owner,
                                const char *recv) {
    const char *from = arena_printf(&c->arena, "%s.%s(", s, mname);
    size_t nfrom = strlen(from);
    for (const char *hit = d ? strstr(d, from) : NULL; hit; hit = strstr(hit + 1, from)) {
        if (hit > d && ident_char(hit[-1]))
            continue;
        const char *rest = hit + nfrom;
        size_t off = (size_t)(hit - d);
        d = arena_printf(&c->arena, "%.*s%s.%s(%s%s%s", (int)off, d, owner, mname, recv,
                         *rest == ')' || !*recv ? "" : ", ", rest);
        hit = d + off;
    }
    return d;
}

/* Text d with each s.M(args) written recv.M(args): the devirtualized
 * call as go1.19 prints it before escape analysis visits it (its
 * FixMethodCall), in a flow explained while the graph is built. */
static const char *requote_early_text(Ctx *c, const char *d, const char *s, Sym mname, const char *recv) {
    const char *from = arena_printf(&c->arena, "%s.%s(", s, mname);
    size_t ns = strlen(s);
    for (const char *hit = d ? strstr(d, from) : NULL; hit; hit = strstr(hit + 1, from)) {
        if (hit > d && ident_char(hit[-1]))
            continue;
        size_t off = (size_t)(hit - d);
        d = arena_printf(&c->arena, "%.*s%s%s", (int)off, d, recv, hit + ns);
        hit = d + off + strlen(recv);
    }
    return d;
}

/* The index of the innermost body (function or func literal) whose text
 * holds at, or -1: a closure's s is a variable of its own, which Go does
 * not devirtualize with its parent's. */
static Span body_text(Body *b) {     /* a declared function's span is its name's */
    return b->parent < 0 && b->fi && b->fi->decl ? b->fi->decl->span : b->span;
}

static int body_at(Esc *E, Span at) {
    int best = -1;
    Span bb = {0};
    for (int i = 0; i < E->p->bodies.len; i++) {
        Span bs = body_text(E->p->bodies.data[i]);
        if (bs.file == at.file && bs.lo <= at.lo && at.hi <= bs.hi && bs.hi > bs.lo &&
            (best < 0 || bs.hi - bs.lo < bb.hi - bb.lo)) {
            best = i;
            bb = bs;
        }
    }
    return best;
}

/* Records the devirtualized s.M(...) at `at` for esc_devirt_requote, once. */
static void devirt_entry(Esc *E, Span at, const char *s, Sym mname, const char *owner, const char *recv) {
    int body = body_at(E, at);
    for (int i = 0; i < E->devirts.len; i++) {
        EscDevirt *d = &E->devirts.data[i];
        if (d->body == body && strcmp(d->s, s) == 0 && d->mname == mname && strcmp(d->recv, recv) == 0)
            return;
    }
    EscDevirt d = {body, s, owner, recv, mname};
    vec_push(E->arena, &E->devirts, d);
}

/* The descriptions of b's sites quoting s.M(args) quote T.M(recv, args)
 * instead (requote_text), and so do the notes of b's deferred calls'
 * arguments made before (E->requotable) and every note of the declaration
 * holding the call at `at` (esc_devirt_requote, when it is printed). */
static void requote(Esc *E, Body *b, Span at, const char *s, Sym mname, const char *owner, const char *recv) {
    for (int i = 0; i < b->sites.len; i++)
        b->sites.data[i].desc = requote_text(E->c, b->sites.data[i].desc, s, mname, owner, recv);
    for (int i = 0; i < E->requotable.len; i++)
        if (E->requotable_in.data[i] == b)
            E->requotable.data[i]->what = requote_text(E->c, E->requotable.data[i]->what, s, mname, owner, recv);
    devirt_entry(E, at, s, mname, owner, recv);
}

/* A note's text: an expression or statement holding a devirtualized call
 * (`return sh.Name() + "z"`, `use(sh, sh.Name())`) is printed as Go's
 * rewritten tree, `return (*Sq).Name(sh.(*Sq)) + "z"`. */
const char *esc_devirt_requote(Esc *E, const char *text, Span where) {
    int body = E->devirts.len && text ? body_at(E, where) : -1;
    for (int i = 0; body >= 0 && i < E->devirts.len; i++) {
        EscDevirt *d = &E->devirts.data[i];
        if (d->body == body)
            text = E->early ? requote_early_text(E->c, text, d->s, d->mname, d->recv)
                            : requote_text(E->c, text, d->s, d->mname, d->owner, d->recv);
    }
    return text;
}

/* The receiver Go's devirtualized call takes: s.(T), then the embedded
 * fields of path (a method's Selection, or the path to the embedded
 * interface of a partially devirtualized call), s.(T).E.F: the last of
 * assert_path's texts, kept in c->arena. */
static const char *recv_path(Ctx *c, const char *s, Type *t, const Selection *path) {
    const char *texts[SEL_MAX_DEPTH + 1];
    bool ptr[SEL_MAX_DEPTH + 1];
    assert_path(c, &c->arena, s, t, path, texts, ptr);
    return texts[path->depth];
}

/* How go1.19 writes the devirtualized s.M(args) (s, local rl of b, named):
 * *owner the method's type, T or (*T), *recv s.(T) (s.(T).E for M
 * promoted from E); false for a call Go quotes as written. */
static bool devirt_texts(Esc *E, Body *b, LocalId rl, Rvalue *rv, Type *t, const Selection *sel,
                         const char **owner, const char **recv) {
    Ctx *c = E->c;
    Local *l = &b->locals.data[rl];
    if (!E->c->opt.m_level || b->is_init || l->kind != LOCAL_USER || !l->name)
        return false;
    if (rv->args.len > 1 && rv->args.data[1].kind != OPD_CONST && !rv->args.data[1].place.nproj &&
        rv->args.data[1].place.local < b->locals.len) {
        const char *a1 = b->locals.data[rv->args.data[1].place.local].name;
        if (a1 && strncmp(a1, ".autotmp_", 9) == 0)
            return false;    /* s.M(g()): go1.19 quotes the call as written */
    }
    *recv = recv_path(c, l->name, t, sel);
    *owner = type_name(c, sel->owner);
    *owner = arena_printf(&c->arena, "%s%s%s", sel->method->ptr_recv ? "(*" : "", *owner,
                          sel->method->ptr_recv ? ")" : "");
    return true;
}

/* Go's devirtualize pass runs before escape analysis: b's devirtualized
 * calls are known before its flows are built, so a flow explained while
 * building (esc_explain_flow) quotes them s.(T).M(args) even before the
 * call is reached (esc_devirt_requote). */
void esc_find_devirts(Esc *E, Body *b) {
    if (E->c->opt.m_level < 2 && !E->c->opt.explain)
        return;
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st) || st->rv.kind != RV_ICALL)
            continue;
        Type *t = NULL;
        Selection sel;
        Body *rb = b;
        LocalId rl = 0;
        const char *owner, *recv;
        if (devirtualized(E, b, &st->rv, &t, &sel, &rb, &rl) && devirt_texts(E, rb, rl, &st->rv, t, &sel, &owner, &recv))
            devirt_entry(E, st->rv.span, rb->locals.data[rl].name, sel.method->name, owner, recv);
    }
}

/* -m for a devirtualized s.M(args), as go1.19 prints it: the line
 * "devirtualizing s.M to T" at the call's '(', and the call written
 * T.M(s.(T), args) (or (*T).M, and E.M(s.(T).E, args) for a promoted M)
 * in the descriptions of b's sites that quote it, and in *what, the text
 * the call's own "call parameter" notes quote; "partially devirtualizing"
 * and s.(T).I.M(args) for M promoted from an embedded interface I (the
 * wrapper sema wrote, iface_promote.c). Only for s a named
 * variable: the call is then `s.M(` in the source. */
static void say_devirtualized(Esc *E, Body *b, LocalId rl, Rvalue *rv, Type *t, const Selection *sel,
                              const char **what) {
    Local *l = &b->locals.data[rl];
    if (!E->c->opt.m_level || b->is_init || l->kind != LOCAL_USER || !l->name)
        return;
    Ctx *c = E->c;
    Sym mname = sel->method->name;
    const char *text = c->files.data[rv->span.file].text;
    int at = rv->span.lo;
    while (at < rv->span.hi && text[at] != '(')
        at++;
    if (at >= rv->span.hi)
        return;
    FuncInfo *mfi = sel->method->decl->u.func.info;
    bool partial = mfi && mfi->iface_wrapper;   /* M promoted from an embedded interface */
    esc_say(E, esc_why_at(E, (Span){rv->span.file, at, at + 1}), ESC_DEVIRT, "%sdevirtualizing %s.%s to %s",
            partial ? "partially " : "", l->name, mname, type_name(c, t));
    const char *owner, *recv;
    if (!devirt_texts(E, b, rl, rv, t, sel, &owner, &recv))
        return;
    Selection ipath;
    if (partial && type_select_iface_promoted(t, mname, &ipath)) {
        /* go1.19 calls the interface's method itself: s.(T).I.M(args) */
        recv = recv_path(c, l->name, t, &ipath);
        requote(E, b, rv->span, l->name, mname, recv, "");
        if (c->opt.m_level >= 2 || c->opt.explain)
            *what = requote_text(c, *what ? *what : esc_quote(E, rv->span), l->name, mname, recv, "");
        return;
    }
    requote(E, b, rv->span, l->name, mname, owner, recv);
    if (c->opt.m_level >= 2 || c->opt.explain)
        *what = requote_text(c, *what ? *what : esc_quote(E, rv->span), l->name, mname, owner, recv);
}

/* -m's "devirtualizing w.Write to *os.File" (a library method); returns the
 * call's text so rewritten for its own "call parameter" notes (-m=2,
 * --explain), as say_devirtualized's *what. */
static const char *say_lib_devirtualized(Esc *E, Body *b, LocalId rl, Rvalue *rv, Type *t) {
    Local *l = &b->locals.data[rl];
    if (!E->c->opt.m_level || b->is_init || l->kind != LOCAL_USER || !l->name)
        return NULL;
    const char *text = E->c->files.data[rv->span.file].text;
    int at = rv->span.lo;
    while (at < rv->span.hi && text[at] != '(')
        at++;
    if (at >= rv->span.hi)
        return NULL;
    Sym mname = rv->args.data[0].type->imethods.data[rv->func].name;
    const char *tn = type_name(E->c, t);
    esc_say(E, esc_why_at(E, (Span){rv->span.file, at, at + 1}), ESC_DEVIRT, "devirtualizing %s.%s to %s", l->name,
            mname, tn);
    const char *owner = arena_printf(&E->c->arena, "(%s)", tn);
    const char *recv = arena_printf(&E->c->arena, "%s.(%s)", l->name, tn);
    requote(E, b, rv->span, l->name, mname, owner, recv);
    if (E->c->opt.m_level < 2 && !E->c->opt.explain)
        return NULL;
    return requote_text(E->c, esc_quote(E, rv->span), l->name, mname, owner, recv);
}

/* s.M(args) partially devirtualized (M promoted from an interface I
 * embedded in T, s assigned once from a T): go1.19 calls
 * s.(T).E1...I.M(args), still through an interface, so every operand
 * goes to the heap, the receiver through the assertion and the path. */
static void partial_icall(Esc *E, Body *b, Rvalue *rv, const char *s, Type *t, const char *what) {
    Selection path;
    Sym mname = rv->args.data[0].type->imethods.data[rv->func].name;
    if (!type_select_iface_promoted(t, mname, &path))
        path.depth = 0;
    const char *texts[SEL_MAX_DEPTH + 1];
    bool ptr[SEL_MAX_DEPTH + 1];
    assert_path(E->c, E->batch, s, t, &path, texts, ptr);
    for (int i = 0; i < rv->args.len; i++) {
        Hole h = call_quoted(hole_note(E, esc_heap_hole(E), rv->span, "call parameter"), what);
        if (i == 0)
            h = assert_path_hole(E, h, selector_dot(E, rv), texts, ptr, path.depth, t);
        esc_operand(E, b, h, &rv->args.data[i]);
    }
}

/* s.M(args) through an interface: an unknown callee (every operand to
 * the heap), unless devirtualized. The receiver of a devirtualized call
 * is reached from the data word: one dereference for each embedded *E
 * on the path, and one more for a value receiver (Go's "dot"). */
void esc_icall(Esc *E, Body *b, Hole k, Rvalue *rv) {
    Type *t = NULL;
    Selection sel;
    Body *rb = b;
    LocalId rl = 0;
    Body *f = devirtualized(E, b, rv, &t, &sel, &rb, &rl);
    const char *what = call_desc(E, b, rv);
    const LibMember *lm = f ? NULL : lib_devirtualized(t, rv->args.data[0].type, rv->func);
    if (lm) {
        const char *dv = say_lib_devirtualized(E, rb, rl, rv, t);
        if (!what && rb == b)
            what = dv;
        mir_foreach_operand_from(rv, 0, o)
            esc_operand(E, b, call_quoted(tag_hole(E, b, k, lib_leaks(lm, mir_operand_index(rv, o)), rv->span,
                                                   results_hole(E, rv)), what), o);
        return;
    }
    if (!f) {
        for (int i = 0; i < rv->args.len; i++)
            esc_operand(E, b, call_quoted(hole_note(E, esc_heap_hole(E), rv->span, "call parameter"), what),
                        &rv->args.data[i]);
        return;
    }
    say_devirtualized(E, rb, rl, rv, t, &sel, &what);
    if (f->fi && f->fi->iface_wrapper && rb == b && b->locals.data[rl].name) {
        partial_icall(E, b, rv, b->locals.data[rl].name, t, what);
        return;
    }
    EscBody *fe = &E->bodies[f->index];
    if (fe->in_batch)
        results_flow(E, k, f);
    int derefs = sel.method->ptr_recv ? 0 : 1;
    for (int i = 0; i < sel.depth; i++)
        derefs += sel.path_ptr[i];
    if (rb != b)
        derefs = 0;     /* a deferred call's: its wrapper captured M's receiver (esc_defer_recv_hole) */
    for (int i = 0; i < rv->args.len; i++) {
        Hole h = call_quoted(arg_hole(E, b, k, f, i, rv->span, results_hole(E, rv)), what);
        if (i == 0 && derefs)
            h = hole_shift(E, h, derefs, rv->span, "dot");     /* the value out of the box */
        esc_operand(E, b, h, &rv->args.data[i]);
    }
}

/* Go's RewriteNonNameCall of a pointer method called on an addressable
 * receiver that holds a call (st[len(st)-1].Push(x), sema's
 * Expr.u.call.autotmp): the receiver's implicit &x is assigned to
 * .autotmp_N (`.autotmp_N := st[len(st) - 1]` at the call's '('), a
 * location of its own, which the call reads. Else o flows to h. */
static void receiver_operand(Esc *E, Body *b, Hole h, Rvalue *rv, Operand *o) {
    EscTemp *t = o->kind != OPD_CONST && o->place.nproj == 0 ? &E->bodies[b->index].temps[o->place.local] : NULL;
    Expr *call = t && t->def && !t->done && !t->busy && t->def->rv.kind == RV_REF && t->def->rv.autoref
                     ? esc_call_at(E, rv->span) : NULL;
    if (!call || call->u.call.kind != CALL_METHOD || !call->u.call.autotmp || call->u.call.autotmp == 0xFFFF ||
        !call->u.call.recv) {
        esc_operand(E, b, h, o);
        return;
    }
    EscLoc *tmp = esc_new_loc(E, b, -1, -1, b->locals.data[o->place.local].loop_depth);
    tmp->name = arena_printf(E->batch, ".autotmp_%d", call->u.call.autotmp - 1);
    Hole a = hole_note(E, hole_of(tmp), ast_call_lparen(call), "assign");
    if (a.notes)
        a.notes->what = arena_printf(E->batch, "%s := %s", tmp->name, go_expr_text(E->c, call->u.call.recv));
    esc_operand(E, b, a, o);
    esc_flow(E, h, tmp);
}

/* Is f sema's wrapper of a method expression T.M or (*T).M naming a
 * declared method (promoted or not)? */
static bool method_expr_wrapper(Body *f) {
    return f->fi && f->fi->mv && !f->fi->mv->x && !f->fi->mv->dynamic;
}

void esc_call(Esc *E, Body *b, Hole k, Rvalue *rv) {
    if (rv->args.data[0].kind == OPD_CONST && rv->args.data[0].c.kind == CONST_EXTERN) {
        extern_call(E, b, k, rv);
        return;
    }
    Body *f = esc_static_callee(E, b, &rv->args.data[0]);
    EscBody *fe = f ? &E->bodies[f->index] : NULL;
    if (f && f->has_env && called_in_place(E, b, &rv->args.data[0]))
        fe->closure_called = true;
    esc_operand(E, b, esc_blank_hole(E), &rv->args.data[0]);
    int nargs = rv->args.len - 1;
    const char *what = call_desc(E, b, rv);
    /* f := T.M or (*T).M, f(p, ...): go1.19's static callee is M itself
       (ir.MethodExprName), not the wrapper sema made (Go's autogenerated
       one), so p meets M's receiver as it is: (*T).M of a value method
       applies T's receiver tag to the pointer, and a receiver type without
       pointers has no tag, which sends p to the heap (parseLeaks("")).
       (*T).M(p) called in place is the method call p.M() (typecheck's). */
    Body *m = f && method_expr_wrapper(f) && !called_in_place(E, b, &rv->args.data[0]) ? esc_wrapped_method(E, f) : NULL;
    /* M's receiver, its first parameter local: without pointers, no tag */
    bool untagged_recv = false;
    if (m) {
        f = m;
        fe = &E->bodies[m->index];
        int r = m->has_env ? 2 : 1;
        untagged_recv = r >= m->locals.len || !type_has_pointers(m->locals.data[r].type);
    }
    if (fe && fe->in_batch) {
        results_flow(E, k, f);
        int base = f->has_env ? 2 : 1;
        for (int i = 0; i < nargs; i++) {
            Hole h = hole_note(E, hole_of(fe->locals[base + i]), rv->span, "call parameter");
            receiver_operand(E, b, call_quoted(h, what), rv, &rv->args.data[i + 1]);
        }
        return;
    }
    for (int i = 0; i < nargs; i++) {
        Hole h;
        if (fe && fe->analyzed && i < fe->nparams && !(i == 0 && untagged_recv))
            h = tag_hole(E, b, k, fe->param_leaks[i], rv->span, results_hole(E, rv));
        else
            h = hole_note(E, esc_heap_hole(E), rv->span, "call parameter");
        receiver_operand(E, b, call_quoted(h, what), rv, &rv->args.data[i + 1]);
    }
}
