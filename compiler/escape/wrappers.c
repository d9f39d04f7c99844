/*
 * wrappers.c: go1.19's method wrappers and what -m=2 says about them.
 *
 * go1.19 writes a runtime type descriptor for every type the package
 * declares (reflectdata.WriteRuntimeTypes, in its dumpdata, after every
 * function is compiled), and each descriptor's method table needs, for
 * each method of the type's method set, a function with exactly that
 * receiver (methodWrapper): for *T, (*T).M calling T.M(*.this) when M
 * takes a value; for a struct embedding Base, (*E).Tag calling
 * (*Base).Tag(&.this.Base, t), and E.M for Base's value methods; for an
 * interface I, I.M calling .this.M(...). A wrapper is
 *
 *     func (.this R) M(params) results { return X.M(args) }
 *
 * with X the receiver reached from .this through the embedded fields
 * (ODOT / ODOTPTR, then an implicit & or *), params named and placed as
 * M's own (an unnamed one .anonN), the call a tail call (results dropped)
 * when R and M's receiver are pointers and M is promoted, and `return f()`
 * of several results going through .autotmp_N. go1.19 escape-analyses
 * each wrapper alone as it makes it (escape.Batch), reading the callee's
 * parameter summary as any call does (call.go tagHole), and prints the
 * walk's -m=2 explanations; being Dupok, a wrapper's -m verdicts
 * ("leaking param") are never printed, so plain -m shows nothing of them.
 *
 * Which wrappers, in which order, is writeType's recursion, followed here
 * type by type: the declared types sorted by name (typesByString), each
 * written once (Siggen): a type's element, field, key and parameter types
 * first, then (dcommontype) *T with (*T)'s method table, then T's own
 * table (dextratype), each table's wrappers made in method-set order and
 * then its methods' signatures written, which can reach a type declared
 * later in the sort and write it (its wrappers) first. An interface makes
 * its wrappers before writing its methods' signatures. Interfaces without
 * a name follow the named types. The method sets are sema's
 * (type_method_set); the flow graph is this layer's own: locations,
 * holes and notes as flows.c builds them, solved by esc_walk_all, the
 * leaks explained by report.c; the lines go after walk's
 * (esc_report_wrappers).
 *
 * A struct or interface declared inside a function is written only when
 * something asks for its descriptor: walk's itab (at once), another
 * written type naming it, or NeedRuntimeType of a type made of it (then
 * in dumpdata's sorted order, by Go's link string: this package `""`,
 * a local type's name with ·vargen, counted over the body-declared
 * structs and interfaces in source order): a conversion to or an
 * assertion from an empty interface, a heap allocation (newobject,
 * makeslice), and the DWARF record of a variable of that type. Go
 * records only the variables that survive SSA: approximated (pointer
 * variables taken as folded away, the others as surviving).
 *
 * A struct embedding an interface (directly or through embedded
 * structs) has the interface's methods in both its method sets: go1.19's
 * wrapper is `return .this.E1...I.M(args)`, a call through the interface
 * (promoted_iface_wrapper); sema wrote its own method for it
 * (iface_promote.c), silent in the report.
 */
#include "escape.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- a pointer map (types written, named types, bodies) ---------------- */

typedef struct PtrMap { const void **keys; void **vals; int cap, len; } PtrMap;

static unsigned hash_ptr(const void *p, int cap) {
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (unsigned)(x >> 7) & (unsigned)(cap - 1);
}

static void **map_slot(Arena *a, PtrMap *m, const void *key) {
    if (2 * (m->len + 1) > m->cap) {
        PtrMap old = *m;
        m->cap = old.cap ? 2 * old.cap : 64;
        m->keys = arena_alloc(a, sizeof *m->keys * (size_t)m->cap);
        m->vals = arena_alloc(a, sizeof *m->vals * (size_t)m->cap);
        memset(m->keys, 0, sizeof *m->keys * (size_t)m->cap);
        m->len = 0;
        for (int i = 0; i < old.cap; i++)
            if (old.keys[i])
                *map_slot(a, m, old.keys[i]) = old.vals[i];
    }
    unsigned i = hash_ptr(key, m->cap);
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & (unsigned)(m->cap - 1);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->vals[i] = NULL;
        m->len++;
    }
    return &m->vals[i];
}

static void *map_get(const PtrMap *m, const void *key) {
    if (!m->cap)
        return NULL;
    unsigned i = hash_ptr(key, m->cap);
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & (unsigned)(m->cap - 1);
    return m->keys[i] ? m->vals[i] : NULL;
}

/* ---- the state of the walk over types ----------------------------------- */

/* A type the program declares, with the method sets of T and *T. */
typedef struct Named {
    Type *t;
    MethodSetEntry *val, *ptr;
    int nval, nptr;
    bool *made_val, *made_ptr;  /* per entry of ptr: T.M, (*T).M made */
    bool ptr_written;           /* *T's descriptor written */
} Named;

typedef struct Wrappers {
    Esc *E;
    Arena *a;
    PtrMap written;             /* Go's Siggen on a type's symbol */
    PtrMap named;               /* Type * -> Named * */
    PtrMap body_of;             /* FuncInfo * -> 1 + body index */
    VEC(Type *) itabs;          /* (T, I) pairs written */
    PtrMap local_key;           /* a struct declared in a function -> its
                                   sort key, Go's name·vargen */
    VEC(Type *) needed;         /* such structs whose descriptor walk
                                   asked for (NeedRuntimeType) */
    PtrMap literal_of_local;    /* the interface literal a body's `type I
                                   interface{...}` names -> I */
} Wrappers;

static void write_type(Wrappers *w, Type *t);

static Named *named_of(Wrappers *w, Type *t) { return t ? map_get(&w->named, t) : NULL; }

/* ---- one wrapper's flow graph -------------------------------------------- */

/* A wrapper's parameters, results and .autotmp_N, in Go's Dcl order. */
typedef struct Frame {
    EscLoc *this_loc;
    EscLoc **params, **results, **tmps;
    const char **pnames;
    Type **ptypes;
    int nparams, nresults;
    bool variadic;
} Frame;

static EscLoc *wrapper_loc(Esc *E, const char *name, Span at) {
    EscLoc *l = esc_new_loc(E, NULL, -1, -1, 0);
    l->name = name;
    l->at = at;
    return l;
}

/* The types of fn's results: none, one, or a tuple's elements. */
static int result_types(Type *fn, Type ***out) {
    Type *r = fn->result;
    if (!r || r->kind == T_VOID) {
        *out = NULL;
        return 0;
    }
    if (r->kind == T_STRUCT && r->tuple) {
        Type **ts = malloc(sizeof *ts * (size_t)(r->fields.len + 1));
        for (int i = 0; i < r->fields.len; i++)
            ts[i] = r->fields.data[i].type;
        *out = ts;
        return r->fields.len;
    }
    *out = malloc(sizeof **out);
    (*out)[0] = r;
    return 1;
}

/* Go's name for parameter i: its own, or .anonN for an unnamed or blank
 * one (typecheck.NewFuncParams). */
static const char *param_name(Esc *E, Sym name, int *anon) {
    if (name && strcmp(name, "_") != 0)
        return name;
    return arena_printf(E->batch, ".anon%d", (*anon)++);
}

/* The frame: .this, the parameters named and placed as the method's,
 * the results (~rN unless named), then .autotmp_N for `return f()` of
 * several results (N counts the names declared before). */
static Frame new_frame(Esc *E, Type *fn, Sym *names, Span *spans, Sym *rnames) {
    Frame f = {0};
    f.this_loc = wrapper_loc(E, ".this", span_autogenerated());
    f.this_loc->is_param = true;
    f.this_loc->param_index = 0;
    f.nparams = fn->params.len;
    f.variadic = fn->variadic;
    f.params = arena_alloc(E->batch, sizeof *f.params * (size_t)(f.nparams + 1));
    f.pnames = arena_alloc(E->batch, sizeof *f.pnames * (size_t)(f.nparams + 1));
    f.ptypes = fn->params.data;
    int anon = 0;
    for (int i = 0; i < f.nparams; i++) {
        f.pnames[i] = param_name(E, names ? names[i] : NULL, &anon);
        f.params[i] = wrapper_loc(E, f.pnames[i], spans ? spans[i] : span_autogenerated());
        f.params[i]->is_param = true;
        f.params[i]->param_index = 1 + i;
    }
    Type **rt;
    f.nresults = result_types(fn, &rt);
    free(rt);
    f.results = arena_alloc(E->batch, sizeof *f.results * (size_t)(f.nresults + 1));
    for (int k = 0; k < f.nresults; k++) {
        const char *nm = rnames && rnames[k] ? rnames[k] : arena_printf(E->batch, "~r%d", k);
        f.results[k] = wrapper_loc(E, nm, span_autogenerated());
        f.results[k]->is_result = true;
        f.results[k]->result_index = k;
    }
    f.tmps = arena_alloc(E->batch, sizeof *f.tmps * (size_t)(f.nresults + 1));
    int ndcl = 1 + f.nparams + f.nresults;
    for (int k = 0; f.nresults > 1 && k < f.nresults; k++)
        f.tmps[k] = wrapper_loc(E, arena_printf(E->batch, ".autotmp_%d", ndcl + k), span_autogenerated());
    return f;
}

/* "X(args)": the call's arguments as Go prints them. */
static const char *call_text(Esc *E, const char *callee, const char *recv, Frame *f) {
    size_t n = strlen(callee) + (recv ? strlen(recv) : 0) + 8;
    for (int i = 0; i < f->nparams; i++)
        n += strlen(f->pnames[i]) + 5;
    char *s = arena_alloc(E->batch, n);
    size_t o = (size_t)sprintf(s, "%s(%s", callee, recv ? recv : "");
    for (int i = 0; i < f->nparams; i++)
        o += (size_t)sprintf(s + o, "%s%s%s", recv || i ? ", " : "", f->pnames[i],
                             f->variadic && i == f->nparams - 1 ? "..." : "");
    sprintf(s + o, ")");
    return s;
}

static Hole note(Esc *E, Hole k, const char *why, const char *what) {
    k = hole_note(E, k, span_autogenerated(), why);
    if (k.notes)
        k.notes->what = what;
    return k;
}

static Hole shift(Esc *E, Hole k, int delta, const char *why, const char *what) {
    k.derefs += delta;
    return note(E, k, why, what);
}

/* Go's exprSkipInit: a value without pointers flows nowhere. */
static Hole typed(Esc *E, Hole k, Type *t) {
    return k.derefs >= 0 && t && !type_has_pointers(t) ? esc_blank_hole(E) : k;
}

/* call.go tagHole for a callee analysed before: the holes its summary
 * names (the heap, and the results when ks is given), teed. */
static Hole tag_hole(Esc *E, Leaks lk, Hole *ks, int nks) {
    Hole tag[1 + ESC_RESULTS];
    int n = 0;
    if (leaks_heap(lk) >= 0)
        tag[n++] = hole_shift(E, esc_heap_hole(E), leaks_heap(lk), (Span){-1, 0, 0}, NULL);
    for (int i = 0; ks && i < nks && i < ESC_RESULTS; i++)
        if (leaks_result(lk, i) >= 0)
            tag[n++] = hole_shift(E, ks[i], leaks_result(lk, i), (Span){-1, 0, 0}, NULL);
    return esc_tee_at(E, tag, n, NULL, 0);
}

/* The steps from .this to the method's receiver, outermost first. */
typedef enum { STEP_ADDR, STEP_DEREF, STEP_DOTPTR, STEP_DOT } StepOp;
typedef struct Step { StepOp op; const char *text; Type *type; } Step;

static bool is_ptr(Type *t) { return t && t->kind == T_PTR && !t->name; }

/* .this.E1.E2 (ODOT or ODOTPTR each), then the implicit & or * the
 * method's receiver asks for; the steps in the order escape meets them
 * (the argument first). Returns how many; *text is the argument's. */
static int recv_steps(Esc *E, Named *nt, bool rptr, const Selection *sel, Step *steps, const char **text) {
    Step path[SEL_MAX_DEPTH + 1];
    int n = 0;
    Type *cur = nt->t;
    bool cur_ptr = rptr;
    const char *t = ".this";
    for (int i = 0; i < sel->depth; i++) {
        Type *st = cur;
        Field *f = &st->fields.data[sel->path[i]];
        t = arena_printf(E->batch, "%s.%s", t, f->name);
        path[n++] = (Step){cur_ptr ? STEP_DOTPTR : STEP_DOT, t, f->type};
        cur_ptr = is_ptr(f->type);
        cur = cur_ptr ? f->type->elem : f->type;
    }
    int m = 0;
    if (sel->method->ptr_recv && !cur_ptr)
        steps[m++] = (Step){STEP_ADDR, t, NULL};
    else if (!sel->method->ptr_recv && cur_ptr)
        steps[m++] = (Step){STEP_DEREF, t, cur};
    for (int i = n - 1; i >= 0; i--)
        steps[m++] = path[i];
    *text = t;
    return m;
}

/* escape's expr over the receiver argument: each step's note, then the
 * flow from .this (a value of T without pointers flows nowhere). */
static void flow_receiver(Esc *E, Hole k, Step *steps, int n, Type *this_type, EscLoc *this_loc) {
    for (int i = 0; i < n; i++) {
        Step *s = &steps[i];
        if (s->op != STEP_ADDR)
            k = typed(E, k, s->type);
        switch (s->op) {
        case STEP_ADDR: k = shift(E, k, -1, "address-of", s->text); break;
        case STEP_DEREF: k = shift(E, k, 1, "indirection", s->text); break;
        case STEP_DOTPTR: k = shift(E, k, 1, "dot of pointer", s->text); break;
        case STEP_DOT: k = note(E, k, "dot", s->text); break;
        }
    }
    esc_flow(E, typed(E, k, this_type), this_loc);
}

/* Solve the wrapper's graph alone (escape.Batch of one function): the
 * walk explains each leak it finds; then forget it. */
static void solve_alone(Esc *E) {
    esc_walk_all(E);
    esc_batch_forget(E);
}

/* The summary of the method declared by fi, or NULL if not analysed. */
static Leaks *summary_of(Wrappers *w, FuncInfo *fi, int *nparams) {
    intptr_t i = (intptr_t)map_get(&w->body_of, fi) - 1;
    if (i < 0 || !w->E->bodies[i].analyzed)
        return NULL;
    *nparams = w->E->bodies[i].nparams;
    return w->E->bodies[i].param_leaks;
}

/* (*T).M, T.M or (*E).M: a call of the method sel selects on X. */
static void concrete_wrapper(Wrappers *w, Named *nt, bool rptr, const Selection *sel) {
    Esc *E = w->E;
    Method *m = sel->method;
    FuncInfo *fi = m->decl->u.func.info;
    int nsum = 0;
    Leaks *sum = fi ? summary_of(w, fi, &nsum) : NULL;
    if (!sum)
        return;
    Sym *names = arena_alloc(E->batch, sizeof *names * (size_t)(fi->params.len + 1));
    Span *spans = arena_alloc(E->batch, sizeof *spans * (size_t)(fi->params.len + 1));
    for (int i = 0; i < fi->params.len; i++) {
        names[i] = fi->params.data[i]->name;
        spans[i] = fi->params.data[i]->span;
    }
    Sym *rnames = arena_alloc(E->batch, sizeof *rnames * (size_t)(fi->results.len + 1));
    for (int i = 0; i < fi->results.len; i++)
        rnames[i] = fi->results.data[i]->name;
    Frame f = new_frame(E, fi->type, names, spans, fi->results.len ? rnames : NULL);
    Step steps[SEL_MAX_DEPTH + 1];
    const char *recv;
    int nsteps = recv_steps(E, nt, rptr, sel, steps, &recv);
    const char *callee = arena_printf(E->batch, m->ptr_recv ? "(*%s).%s" : "%s.%s", sel->owner->name, m->name);
    const char *call = call_text(E, callee, recv, &f);
    bool tail = rptr && m->ptr_recv && sel->depth > 0;
    Hole *ks = NULL;
    if (!tail && f.nresults == 1) {
        ks = arena_alloc(E->batch, sizeof *ks);
        ks[0] = note(E, hole_of(f.results[0]), "return", arena_printf(E->batch, "return %s", call));
    } else if (!tail && f.nresults > 1) {
        ks = arena_alloc(E->batch, sizeof *ks * (size_t)f.nresults);
        for (int k = 0; k < f.nresults; k++)
            ks[k] = hole_of(f.tmps[k]);
    }
    Hole kr = note(E, tag_hole(E, nsum > 0 ? sum[0] : (Leaks){0}, ks, f.nresults), "call parameter", call);
    flow_receiver(E, kr, steps, nsteps, rptr ? NULL : nt->t, f.this_loc);
    for (int i = 0; i < f.nparams; i++) {
        Leaks lk = 1 + i < nsum ? sum[1 + i] : (Leaks){0};
        Hole k = note(E, tag_hole(E, lk, ks, f.nresults), "call parameter", call);
        esc_flow(E, typed(E, k, f.ptypes[i]), f.params[i]);
    }
    if (!tail && f.nresults > 1) {
        const char *ret = "return ";
        for (int k = 0; k < f.nresults; k++)
            ret = arena_printf(E->batch, "%s%s%s", ret, k ? ", " : "", f.tmps[k]->name);
        for (int k = 0; k < f.nresults; k++)
            esc_flow(E, note(E, hole_of(f.results[k]), "return", ret), f.tmps[k]);
    }
    solve_alone(E);
}

/* The parameter names and positions of an interface method as declared. */
static void sig_params(Esc *E, const IMethod *im, Sym **names, Span **spans, Sym **rnames) {
    const FuncSig *sig = im->sig;
    int n = im->fn->params.len;
    *names = NULL;
    *spans = NULL;
    *rnames = NULL;
    if (!sig || sig->params.len != n)
        return;
    *names = arena_alloc(E->batch, sizeof **names * (size_t)(n + 1));
    *spans = arena_alloc(E->batch, sizeof **spans * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        (*names)[i] = sig->params.data[i].name;
        (*spans)[i] = sig->params.data[i].span;
    }
    TypeExpr *r = sig->result;
    if (r && r->kind == TE_TUPLE && r->u.fields.len && r->u.fields.data[0].name) {
        *rnames = arena_alloc(E->batch, sizeof **rnames * (size_t)(r->u.fields.len + 1));
        for (int i = 0; i < r->u.fields.len; i++)
            (*rnames)[i] = r->u.fields.data[i].name;
    }
}

/* I.M: .this.M(args), a call through the interface: the receiver and
 * every argument go to the heap (tagHole of an unknown callee). */
static void iface_wrapper(Wrappers *w, Type *iface, const IMethod *im) {
    Esc *E = w->E;
    Sym *names, *rnames;
    Span *spans;
    sig_params(E, im, &names, &spans, &rnames);
    Frame f = new_frame(E, im->fn, names, spans, rnames);
    const char *call = call_text(E, arena_printf(E->batch, ".this.%s", im->name), NULL, &f);
    esc_flow(E, typed(E, note(E, esc_heap_hole(E), "call parameter", call), iface), f.this_loc);
    for (int i = 0; i < f.nparams; i++)
        esc_flow(E, typed(E, note(E, esc_heap_hole(E), "call parameter", call), f.ptypes[i]), f.params[i]);
    solve_alone(E);
}

/* A library interface's parameter names, as its package declares them
 * (sema keeps no FuncSig for it): sort.Interface's Less and Swap. */
static Sym *lib_param_names(Esc *E, Type *iface, const IMethod *im) {
    if (!iface->name || strcmp(iface->name, "sort.Interface") != 0 || im->fn->params.len != 2)
        return NULL;
    Sym *names = arena_alloc(E->batch, sizeof *names * 2);
    names[0] = "i";
    names[1] = "j";
    return names;
}

/* S.M or (*S).M for M promoted from an interface embedded in S (sema's
 * iface_promote.c wrote a method for it; go1.19 writes its own):
 * `return .this.E1...I.M(args)`, a call through the interface at the end
 * of the path, never a tail call. The receiver, through the path's steps,
 * and every argument go to the heap (an unknown callee); the call's
 * results come from nowhere. */
static void promoted_iface_wrapper(Wrappers *w, Named *nt, bool rptr, const Selection *sel) {
    Esc *E = w->E;
    Selection path;
    Type *iface = type_select_iface_promoted(nt->t, sel->method->name, &path);
    int k = iface && iface->kind == T_IFACE ? iface_method_index(iface, sel->method->name) : -1;
    if (k < 0)
        return;
    const IMethod *im = &iface->imethods.data[k];
    Sym *names, *rnames;
    Span *spans;
    sig_params(E, im, &names, &spans, &rnames);
    if (!names)
        names = lib_param_names(E, iface, im);
    Frame f = new_frame(E, im->fn, names, spans, rnames);
    Step steps[SEL_MAX_DEPTH + 1];
    const char *recv;
    int nsteps = recv_steps(E, nt, rptr, sel, steps, &recv);
    const char *call = call_text(E, arena_printf(E->batch, "%s.%s", recv, im->name), NULL, &f);
    flow_receiver(E, note(E, esc_heap_hole(E), "call parameter", call), steps, nsteps, rptr ? NULL : nt->t,
                  f.this_loc);
    for (int i = 0; i < f.nparams; i++)
        esc_flow(E, typed(E, note(E, esc_heap_hole(E), "call parameter", call), f.ptypes[i]), f.params[i]);
    solve_alone(E);
}

/* ---- which wrappers: writeType's walk ------------------------------------ */

/* types.IsDirectIface: a value stored in an interface word as is. */
static bool direct_iface(Type *t) {
    switch (t->kind) {
    case T_PTR: case T_MAP: case T_FUNC: return true;
    case T_ARRAY: return t->len == 1 && direct_iface(t->elem);
    case T_STRUCT: return t->fields.len == 1 && direct_iface(t->fields.data[0].type);
    default: return false;
    }
}

static int entry_index(Named *nt, Sym name) {
    for (int i = 0; i < nt->nptr; i++)
        if (nt->ptr[i].name == name)
            return i;
    return -1;
}

/* methodWrapper(R, M): once per receiver and name; nothing for the
 * method itself (R is its declared receiver). */
static void make_wrapper(Wrappers *w, Named *nt, bool rptr, const MethodSetEntry *e) {
    int i = entry_index(nt, e->name);
    bool *made = rptr ? nt->made_ptr : nt->made_val;
    if (i < 0 || made[i])
        return;
    made[i] = true;
    if (e->sel.depth == 0 && e->sel.method->ptr_recv == rptr)
        return;
    FuncInfo *fi = e->sel.method->decl->u.func.info;
    if (fi && fi->iface_wrapper)
        promoted_iface_wrapper(w, nt, rptr, &e->sel);
    else
        concrete_wrapper(w, nt, rptr, &e->sel);
}

/* reflectdata.methods(T) or methods(*T): the method table's wrappers,
 * the interface's (isym: *T unless T is stored directly) then the
 * type's own (tsym). */
static void method_table(Wrappers *w, Named *nt, bool ptr) {
    if (ptr) {
        for (int i = 0; i < nt->nptr; i++)
            make_wrapper(w, nt, true, &nt->ptr[i]);
        return;
    }
    bool direct = direct_iface(nt->t);
    for (int i = 0; i < nt->nval; i++) {
        make_wrapper(w, nt, !direct, &nt->val[i]);
        make_wrapper(w, nt, false, &nt->val[i]);
    }
}

/* A signature's types: parameters, then results. */
static void write_signature(Wrappers *w, Type *fn) {
    for (int i = 0; fn && i < fn->params.len; i++)
        write_type(w, fn->params.data[i]);
    Type **rt;
    int n = fn ? result_types(fn, &rt) : 0;
    for (int i = 0; i < n; i++)
        write_type(w, rt[i]);
    if (n)
        free(rt);
}

static void write_methods_signatures(Wrappers *w, MethodSetEntry *set, int n) {
    for (int i = 0; i < n; i++) {
        FuncInfo *fi = set[i].sel.method->decl->u.func.info;
        write_signature(w, fi ? fi->type : NULL);
    }
}

/* writeType(*T) for a declared T: T first, then *T's method table and
 * its methods' signatures (dextratype). */
static void write_ptr_to(Wrappers *w, Named *nt) {
    if (nt->ptr_written)
        return;
    nt->ptr_written = true;
    write_type(w, nt->t);
    method_table(w, nt, true);
    write_methods_signatures(w, nt->ptr, nt->nptr);
}

static bool exported(Sym s) { return isupper((unsigned char)s[0]); }

static int by_imethod(const void *a, const void *b) {
    Sym x = (*(IMethod *const *)a)->name, y = (*(IMethod *const *)b)->name;
    if (exported(x) != exported(y))
        return exported(x) ? -1 : 1;
    return strcmp(x, y);
}

/* imethods(I): a wrapper per method, in Go's order, then (writeType)
 * their signatures. */
static void write_iface(Wrappers *w, Type *t) {
    int n = t->imethods.len;
    IMethod **ms = malloc(sizeof *ms * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        ms[i] = &t->imethods.data[i];
    qsort(ms, (size_t)n, sizeof *ms, by_imethod);
    for (int i = 0; i < n; i++)
        iface_wrapper(w, t, ms[i]);
    for (int i = 0; i < n; i++)
        write_signature(w, ms[i]->fn);
    free(ms);
}

/* The types inside t's descriptor, written before it. */
static void write_elements(Wrappers *w, Type *t) {
    switch (t->kind) {
    case T_PTR: case T_SLICE: case T_ARRAY: case T_BOX:
        write_type(w, t->elem);
        break;
    case T_MAP:
        write_type(w, t->key);
        write_type(w, t->elem);
        break;
    case T_FUNC:
        write_signature(w, t);
        break;
    case T_STRUCT:
        for (int i = 0; i < t->fields.len; i++)
            write_type(w, t->fields.data[i].type);
        break;
    case T_IFACE:
        if (t->name || t->imethods.len)
            write_iface(w, t);
        break;
    default:
        break;
    }
}

/* reflectdata.writeType: each type once; one another package declares
 * is not this package's to write. */
static void write_type(Wrappers *w, Type *t) {
    if (!t)
        return;
    if (is_ptr(t) && named_of(w, t->elem)) {
        write_ptr_to(w, named_of(w, t->elem));
        return;
    }
    void **slot = map_slot(w->a, &w->written, t);
    if (*slot)
        return;
    *slot = t;
    Named *nt = named_of(w, t);
    if ((t->name && !nt) || (is_ptr(t) && t->elem && t->elem->name))
        return;
    write_elements(w, t);
    if (!nt)
        return;
    write_ptr_to(w, nt);            /* dcommontype: *T's descriptor */
    method_table(w, nt, false);     /* dextratype: T's own table */
    write_methods_signatures(w, nt->val, nt->nval);
}

/* ---- walk's itabs ---------------------------------------------------------- */

/* go1.19's writeITab(T, I), the first time a function converts T to I or
 * asserts I to T: T's method table, then I and T written. */
static void write_itab(Wrappers *w, Type *t, Type *iface) {
    for (int i = 0; i < w->itabs.len; i += 2)
        if (w->itabs.data[i] == t && w->itabs.data[i + 1] == iface)
            return;
    vec_push(w->a, &w->itabs, t);
    vec_push(w->a, &w->itabs, iface);
    Named *nt = is_ptr(t) ? named_of(w, t->elem) : named_of(w, t);
    if (nt)
        method_table(w, nt, is_ptr(t));
    write_type(w, iface);
    write_type(w, t);
}

static bool nonempty_iface(Type *t) { return t && t->kind == T_IFACE && t->imethods.len > 0; }
static bool concrete(Type *t) { return t && t->kind != T_IFACE; }

/* Does t's descriptor write a struct declared in a function (t itself,
 * or one its elements reach)? */
static bool mentions_local(Wrappers *w, Type *t, int depth) {
    if (!t || depth > 8)
        return false;
    if (map_get(&w->local_key, t))
        return true;
    if (t->name)
        return false;
    switch (t->kind) {
    case T_PTR: case T_SLICE: case T_ARRAY: case T_BOX:
        return mentions_local(w, t->elem, depth + 1);
    case T_MAP:
        return mentions_local(w, t->key, depth + 1) || mentions_local(w, t->elem, depth + 1);
    default:
        return false;
    }
}

/* NeedRuntimeType(t): a type mentioning a struct declared in a function
 * joins the types dumpdata writes in sorted order (the struct's own
 * wrappers go out when t's descriptor writes it). Askers: walk's
 * conversion to an empty interface or assertion from one, and the DWARF
 * record of each named variable (dwarfgen's TypeLinksym). */
static void need_type(Wrappers *w, Type *t) {
    if (!mentions_local(w, t, 0))
        return;
    for (int i = 0; i < w->needed.len; i++)
        if (w->needed.data[i] == t)
            return;
    vec_push(w->a, &w->needed, t);
}

/* A body's named variables and parameters, in their DWARF records: their
 * types are needed. Go records only the ones that survive SSA, which is
 * not modelled: a pointer variable is taken for compiled away (`p :=
 * &L{}; return p.n` folds; a pointer to a heap L needs L by its
 * allocation), any other for surviving (`var l L; f(l.Base)`; not when
 * SSA folds every use, `var l L; return l.n == 0`). */
static void need_var_types(Wrappers *w, Body *b) {
    for (int l = 0; l < b->locals.len; l++) {
        Var *v = b->locals.data[l].var;
        if (v && v->name && v->name[0] != '_' && v->name[0] != '.' && !v->defer_temp && !is_ptr(v->type))
            need_type(w, v->type);
    }
}

/* walk's conversions to a non-empty interface (walkConvInterface) and
 * assertions from one to a concrete type (walkDotType, type switches),
 * in statement order. */
static void walk_body(Wrappers *w, Body *b) {
    mir_foreach_stmt(b, bb, st) {
        Rvalue *rv = &st->rv;
        if (st->kind != ST_ASSIGN && st->kind != ST_EVAL)
            continue;
        if (rv->kind == RV_IFACE && concrete(rv->elem) && nonempty_iface(rv->type))
            write_itab(w, rv->elem, rv->type);
        else if (rv->kind == RV_ASSERT && concrete(rv->elem) && rv->args.len && nonempty_iface(rv->args.data[0].type))
            write_itab(w, rv->elem, rv->args.data[0].type);
        else if ((rv->kind == RV_IFACE || rv->kind == RV_ASSERT) && concrete(rv->elem))
            need_type(w, rv->elem);
        else if ((rv->kind == RV_ALLOC || rv->kind == RV_MAKE_SLICE) && rv->site >= 0 &&
                 b->sites.data[rv->site].storage == STORAGE_HEAP && !b->sites.data[rv->site].iface_box)
            need_type(w, rv->elem);     /* newobject(T), makeslice(T): T's descriptor */
    }
    need_var_types(w, b);
}

static void walk_visit(void *arg, FuncInfo *fn) {
    Wrappers *w = arg;
    intptr_t i = (intptr_t)map_get(&w->body_of, fn) - 1;
    if (i >= 0)
        walk_body(w, w->E->p->bodies.data[i]);
}

static int by_entry(const void *a, const void *b) {
    Sym x = ((const MethodSetEntry *)a)->name, y = ((const MethodSetEntry *)b)->name;
    if (exported(x) != exported(y))
        return exported(x) ? -1 : 1;
    return strcmp(x, y);
}

/* A method set with the methods promoted from interfaces embedded in t
 * (the ones sema wrote, iface_promote.c, which type_method_set leaves
 * out: in both T's and *T's sets), each with the path to the interface's
 * field, in Go's order again. */
static int with_iface_promoted(Arena *a, Type *t, MethodSetEntry **set, int n) {
    int extra = t->kind == T_STRUCT ? t->iface_wrappers.len : 0;
    if (!extra)
        return n;
    MethodSetEntry *all = arena_alloc(a, sizeof *all * (size_t)(n + extra + 1));
    if (n)
        memcpy(all, *set, sizeof *all * (size_t)n);
    for (int i = 0; i < extra; i++) {
        Method *m = &t->iface_wrappers.data[i];
        Selection sel;
        if (!type_select_iface_promoted(t, m->name, &sel))
            continue;
        sel.kind = SEL_METHOD;
        sel.method = m;
        all[n++] = (MethodSetEntry){m->name, sel};
    }
    qsort(all, (size_t)n, sizeof *all, by_entry);
    *set = all;
    return n;
}

/* A declared type with its method sets (sema's). */
static void new_named(Wrappers *w, Type *t) {
    Named *nt = arena_alloc(w->a, sizeof *nt);
    memset(nt, 0, sizeof *nt);
    nt->t = t;
    nt->nval = with_iface_promoted(w->a, t, &nt->val, type_method_set(w->a, t, &nt->val));
    Type ptr = {.kind = T_PTR, .elem = t};
    nt->nptr = with_iface_promoted(w->a, t, &nt->ptr, type_method_set(w->a, &ptr, &nt->ptr));
    nt->made_val = arena_alloc(w->a, (size_t)nt->nptr + 1);
    nt->made_ptr = arena_alloc(w->a, (size_t)nt->nptr + 1);
    memset(nt->made_val, 0, (size_t)nt->nptr + 1);
    memset(nt->made_ptr, 0, (size_t)nt->nptr + 1);
    *map_slot(w->a, &w->named, t) = nt;
}

static int by_decl_pos(const void *a, const void *b) {
    Span x = (*(Type *const *)a)->decl_span, y = (*(Type *const *)b)->decl_span;
    return x.lo < y.lo ? -1 : x.lo > y.lo;
}

/* The program's package-level types, sorted (dumpdata writes every one).
 * A struct declared inside a function is known too (its promoted
 * methods' wrappers), but written only when something reaches it: an
 * itab of walk's, or another type's descriptor naming it. */
static int declared_types(Wrappers *w, Type ***out) {
    Program *prog = w->E->p->sema->prog;
    Type **ts = arena_alloc(w->a, sizeof *ts * (size_t)(prog->decls.len + 1));
    int n = 0;
    for (int i = 0; i < prog->decls.len; i++) {
        Decl *d = prog->decls.data[i];
        Type *t = d->kind == D_TYPE && !d->u.type.alias ? d->u.type.declared : NULL;
        if (!t || !t->name || map_get(&w->named, t))
            continue;
        new_named(w, t);
        ts[n++] = t;
    }
    /* the local ones: structs, and interfaces declared in a body (the
       literal each names is no type of its own); Go's ·vargen counts
       them together in source order (other local named types, which
       have no wrappers, are not counted here: not modelled) */
    SemaInfo *s = w->E->p->sema;
    Type **locals = arena_alloc(w->a, sizeof *locals * (size_t)(s->structs.len + s->named_ifaces.len + 1));
    int nl = 0;
    for (int i = 0; i < s->structs.len; i++) {
        Type *t = s->structs.data[i];
        if (t->name && !map_get(&w->named, t))
            locals[nl++] = t;
    }
    for (int i = 0; i < s->named_ifaces.len; i++) {
        Type *t = s->named_ifaces.data[i];
        if (map_get(&w->named, t))
            continue;
        locals[nl++] = t;
        if (t->underlying && !t->underlying->name)
            *map_slot(w->a, &w->literal_of_local, t->underlying) = t;
    }
    qsort(locals, (size_t)nl, sizeof *locals, by_decl_pos);
    for (int i = 0; i < nl; i++) {
        new_named(w, locals[i]);
        *map_slot(w->a, &w->local_key, locals[i]) =
            (void *)arena_printf(w->a, "%s\xc2\xb7%d", locals[i]->name, i + 1);
    }
    *out = ts;
    return n;
}

/* Go's typesByString over the types dumpdata writes: the names, a
 * local struct's with its ·vargen. */
typedef struct Keyed { const char *key; Type *t; } Keyed;

static int by_key(const void *a, const void *b) {
    return strcmp(((const Keyed *)a)->key, ((const Keyed *)b)->key);
}

/* types.TypeSymName, for the types sorted here: the link string, where
 * this package is `""` ("".T, "".L·1, then *K, []K, [N]K, map[K]V: a
 * type made of a local struct sorts after every named one). */
static const char *go_key(Wrappers *w, Type *t) {
    const char *local = map_get(&w->local_key, t);
    if (local || t->name)
        return arena_printf(w->a, "\"\".%s", local ? local : t->name);
    switch (t->kind) {
    case T_PTR: return arena_printf(w->a, "*%s", go_key(w, t->elem));
    case T_SLICE: return arena_printf(w->a, "[]%s", go_key(w, t->elem));
    case T_ARRAY: return arena_printf(w->a, "[%lld]%s", (long long)t->len, go_key(w, t->elem));
    case T_MAP: return arena_printf(w->a, "map[%s]%s", go_key(w, t->key), go_key(w, t->elem));
    default: return type_name_go(w->E->c, t);
    }
}

static int sorted_types(Wrappers *w, Type **ts, int n, Type ***out) {
    Keyed *ks = arena_alloc(w->a, sizeof *ks * (size_t)(n + w->needed.len + 1));
    for (int i = 0; i < n; i++)
        ks[i] = (Keyed){go_key(w, ts[i]), ts[i]};
    for (int i = 0; i < w->needed.len; i++)
        ks[n + i] = (Keyed){go_key(w, w->needed.data[i]), w->needed.data[i]};
    n += w->needed.len;
    qsort(ks, (size_t)n, sizeof *ks, by_key);
    Type **all = arena_alloc(w->a, sizeof *all * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        all[i] = ks[i].t;
    *out = all;
    return n;
}

static int by_type_text(const void *a, const void *b) {
    return strcmp(((const char *const *)a)[1], ((const char *const *)b)[1]);
}

/* Interfaces without a name (their descriptors sort after the named
 * types'), by their text. */
static void write_anonymous_ifaces(Wrappers *w) {
    SemaInfo *s = w->E->p->sema;
    const void **pairs = arena_alloc(w->a, sizeof *pairs * 2 * (size_t)(s->ifaces.len + 1));
    int n = 0;
    for (int i = 0; i < s->ifaces.len; i++) {
        Type *t = s->ifaces.data[i];
        if (t->name || !t->imethods.len || map_get(&w->written, t) || map_get(&w->literal_of_local, t))
            continue;
        pairs[2 * n] = t;
        pairs[2 * n + 1] = type_name_go(w->E->c, t);
        n++;
    }
    qsort(pairs, (size_t)n, 2 * sizeof *pairs, by_type_text);
    for (int i = 0; i < n; i++)
        write_type(w, (Type *)pairs[2 * i]);
}

void esc_wrappers(Esc *E) {
    if (E->c->opt.m_level < 2 || E->c->opt.explain || !E->p->sema || !E->p->sema->prog)
        return;
    esc_report_wrappers_begin(E->report);
    Arena a = {0};
    Wrappers w = {.E = E, .a = &a};
    SemaInfo *s = E->p->sema;
    for (int i = 0; i < E->p->bodies.len; i++)
        if (E->p->bodies.data[i]->fi)
            *map_slot(&a, &w.body_of, E->p->bodies.data[i]->fi) = (void *)(intptr_t)(i + 1);
    Type **ts;
    int n = declared_types(&w, &ts);
    for (int i = 0; i < s->funcs.len; i++)         /* compileFunctions: walk */
        sema_walk_func(s->funcs.data[i], walk_visit, &w);
    if (E->p->init_body >= 0)                       /* the package's init, last */
        walk_body(&w, E->p->bodies.data[E->p->init_body]);
    n = sorted_types(&w, ts, n, &ts);
    for (int i = 0; i < n; i++) {                   /* dumpdata */
        write_type(&w, ts[i]);
        if (named_of(&w, ts[i]))
            write_ptr_to(&w, named_of(&w, ts[i]));
    }
    write_anonymous_ifaces(&w);
    arena_free(&a);
}
