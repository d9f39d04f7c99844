/*
 * flows.c: MIR -> escape-graph flows, mirroring Go's escape/expr.go,
 * stmt.go and assign.go on ml0c's MIR.
 *
 *   _a = &place         edge _a <- root, derefs(place) - 1 ("address-of")
 *   _a = copy place     edge _a <- root, derefs(place)
 *   _a = (*[N]T)(s)     edge _a <- s's root, derefs(s) (a borrow of s[0]
 *                       in the MIR, Go's plain flow of s)
 *   *p = v, s[i] = v    v flows to the heap (a store through a pointer);
 *                       except (*t) = v right after t = alloc site S: that
 *                       initialises S (&T{...}, box, []T{...}), so v -> S
 *   _a = alloc/make/    a new location S for the storage, _a <- S (-1)
 *        concat/closure
 * A place's derefs counts Deref projections and indexing through a slice;
 * field and array projections count 0 (Go is field-insensitive).
 */
#include "escape.h"

#include <ctype.h>
#include <string.h>

static EscLoc *loc_of(Esc *E, Body *b, LocalId l) { return E->bodies[b->index].locals[l]; }

static int param_base(Body *b) { return b->has_env ? 2 : 1; }

/* Per local, its only assignment (esc_static_callee's question), found on
 * the first call through a local: most bodies never ask. */
void esc_find_single_defs(Esc *E, Body *b, EscBody *eb) {
    int n = b->locals.len;
    int *count = arena_alloc(E->batch, sizeof(int) * (size_t)n);
    eb->single_def = arena_alloc(E->batch, sizeof(Rvalue *) * (size_t)n);
    mir_foreach_stmt(b, bb, st) {
        if (st->kind != ST_ASSIGN)
            continue;
        LocalId l = st->place.local;
        if (st->place.nproj == 0 && count[l]++ == 0)
            eb->single_def[l] = &st->rv;
        else
            eb->single_def[l] = NULL;
    }
    for (int l = 0; l < n; l++)
        if (count[l] != 1 || b->locals.data[l].addressed)
            eb->single_def[l] = NULL;
}

/* Go's ir.MaxStackVarSize: a declared variable larger than this lives on
 * the heap whatever its flows ("moved to heap", -m=2: too large for
 * stack). The frame cannot hold it, so it is made addressed: codegen
 * gives addressed locals on the heap their own allocation. */
enum { MAX_STACK_VAR = 10 * 1024 * 1024 };

static void too_large(Esc *E, Body *b, LocalId i) {
    EscLoc *l = E->bodies[b->index].locals[i];
    l->forced_why = "too large for stack";
    b->locals.data[i].addressed = true;
}

/* Go's Batch, after the closures' captures: every location whose storage
 * must be on the heap whatever its flows (HeapAllocReason: too large, a
 * make of non-constant size) has its address flow to the heap, in the
 * order the locations were made; -m=2 explains each there. */
void esc_flow_forced(Esc *E) {
    E->forcing = true;
    for (int i = 0; i < E->batch_locs.len; i++) {
        EscLoc *l = E->batch_locs.data[i];
        if (!l->forced_why)
            continue;
        Span at = l->site >= 0 ? l->body->sites.data[l->site].span : l->body->locals.data[l->local].span;
        Hole h = hole_shift(E, esc_heap_hole(E), -1, at, l->forced_why);
        if (h.notes && l->site >= 0)
            h.notes->what_ref = &l->body->sites.data[l->site].desc;   /* Go names the site: make(...) */
        esc_flow(E, h, l);
    }
    E->forcing = false;
}

/* One location per local and per allocation site of b. */
void esc_init_body(Esc *E, Body *b) {
    EscBody *eb = &E->bodies[b->index];
    eb->locals = arena_alloc(E->batch, sizeof(EscLoc *) * (size_t)(b->locals.len + 1));
    eb->sites = arena_alloc(E->batch, sizeof(EscLoc *) * (size_t)(b->sites.len + 1));
    eb->in_batch = true;
    /* Go's order (fn.Dcl): the parameters, the result, then the rest;
     * the walk takes roots last created first */
    for (int k = 0; k < b->locals.len; k++) {
        int i = k < b->nargs ? k + 1 : k == b->nargs ? 0 : k;
        Local *l = &b->locals.data[i];
        EscLoc *loc = esc_new_loc(E, b, i, -1, l->loop_depth);
        loc->is_result = i == 0;
        loc->transient = l->kind == LOCAL_TEMP || l->kind == LOCAL_ENV;   /* Go has no env */
        if (l->kind == LOCAL_ARG) {
            loc->is_param = true;
            loc->param_index = i - param_base(b);
        }
        eb->locals[i] = loc;
    }
    eb->nparams = b->nargs - (b->has_env ? 1 : 0);
    /* several results: one location each, as Go's result parameters */
    Type *rt = b->locals.len ? b->locals.data[0].type : NULL;
    if (rt && rt->kind == T_STRUCT && rt->tuple && rt->fields.len > 1 &&
        rt->fields.len <= ESC_RESULTS) {
        eb->nresults = rt->fields.len;
        eb->results = arena_alloc(E->batch, sizeof(EscLoc *) * (size_t)eb->nresults);
        for (int k = 0; k < eb->nresults; k++) {
            /* a named result is its own variable's location, as in Go */
            EscLoc *loc = NULL;
            Var *v = b->fi && k < b->fi->results.len ? b->fi->results.data[k] : NULL;
            for (int j = 0; v && j < b->locals.len && !loc; j++)
                if (b->locals.data[j].var == v)
                    loc = eb->locals[j];
            if (!loc)
                loc = esc_new_loc(E, b, -1, -1, 0);
            loc->is_result = true;
            loc->result_index = k;
            eb->results[k] = loc;
        }
        /* _0 itself is only the results side by side */
        eb->locals[0]->is_result = false;
        eb->locals[0]->fields = eb->results;
        eb->locals[0]->nfields = eb->nresults;
    }
    /* a tuple temporary: element k flows where `_t.k` is read; a read of
       the whole sees every element */
    for (int i = 1; i < b->locals.len; i++) {
        Type *t = b->locals.data[i].type;
        if (t->kind != T_STRUCT || !t->tuple || t->fields.len < 2 || t->fields.len > ESC_RESULTS)
            continue;
        EscLoc *whole = eb->locals[i];
        whole->nfields = t->fields.len;
        whole->fields = arena_alloc(E->batch, sizeof(EscLoc *) * (size_t)whole->nfields);
        for (int k = 0; k < whole->nfields; k++) {
            whole->fields[k] = esc_new_loc(E, b, -1, -1, whole->loop_depth);
            whole->fields[k]->hidden = true;
            esc_flow(E, hole_of(whole), whole->fields[k]);
        }
    }
    if (b->fi && b->fi->mv && b->fi->mv->x) {
        /* a method value's wrapper: Go (escape.go OMETHVALUE) flows the
           receiver to the method's receiver parameter with the results
           going to the heap, since the later calls are not known */
        for (int k = 0; k < eb->nresults; k++)
            esc_flow(E, esc_heap_hole(E), eb->results[k]);
        if (!eb->nresults)
            esc_flow(E, esc_heap_hole(E), eb->locals[0]);
    }
}

/* Element k of a tuple location's, or NULL. */
static EscLoc *field_loc(EscLoc *l, int k) {
    return l && k >= 0 && k < l->nfields ? l->fields[k] : NULL;
}

/* Result k of a multi-result body's location, or NULL. */
static EscLoc *result_loc(Esc *E, Body *b, int k) {
    EscBody *eb = &E->bodies[b->index];
    return k >= 0 && k < eb->nresults ? eb->results[k] : NULL;
}

/* The allocation sites' locations, once every body of the batch has its
 * variables'. Go makes a site's location when its walk spills the
 * expression (a func literal's sites in the middle of its parent's), and
 * the walk takes the newest root first; so a site joins the batch's list
 * at its spill (esc_list_loc), and esc_list_sites lists the sites no
 * spill reached (not Go's, or dead) after the build. */
void esc_init_sites(Esc *E, Body *b) {
    EscBody *eb = &E->bodies[b->index];
    for (int i = 0; i < b->sites.len; i++) {
        eb->sites[i] = esc_new_unlisted_loc(E, b, -1, i, b->sites.data[i].loop_depth);
        eb->sites[i]->transient = true;
    }
    for (int i = 0; i < b->locals.len; i++)
        if (b->locals.data[i].kind == LOCAL_USER && b->locals.data[i].type->size > MAX_STACK_VAR)
            too_large(E, b, i);
}

void esc_list_sites(Esc *E, Body *b) {
    EscBody *eb = &E->bodies[b->index];
    for (int i = 0; i < b->sites.len; i++)
        esc_list_loc(E, eb->sites[i]);
}

static bool through_slice(Type *t, Proj *pj) {
    return (pj->kind == PJ_INDEX || pj->kind == PJ_CONST_INDEX) &&
           (t->kind == T_SLICE || t->kind == T_STRING);
}

/* The variable a closure captured as its i-th capture: the outer
 * function's own local (through every enclosing closure), or NULL. */
static EscLoc *captured_var(Esc *E, Body *b, int i) {
    if (!b->fi || i >= b->fi->captures.len || b->parent < 0)
        return NULL;
    Var *v = b->fi->captures.data[i];
    Body *outer = E->p->bodies.data[b->parent];
    EscBody *eo = &E->bodies[outer->index];
    if (!eo->in_batch)
        return NULL;
    for (int j = 0; j < outer->locals.len; j++)
        if (outer->locals.data[j].var == v)
            return eo->locals[j];
    for (int j = 0; outer->has_env && outer->fi && j < outer->fi->captures.len; j++)
        if (outer->fi->captures.data[j] == v)
            return captured_var(E, outer, j);
    return NULL;
}

/* Where a place starts: its local, except that a closure's (*env).i is
 * the captured variable itself (by value) or its address (by
 * reference): Go's closures name the outer variable, with no
 * environment in between, so one capture does not carry the others. */
typedef struct Root {
    EscLoc *loc;
    int from;       /* first projection after the root */
    int derefs;     /* -1: the root's address */
    Type *t;        /* the type at from */
} Root;

static Root place_root(Esc *E, Body *b, Place p) {
    Root r = {loc_of(E, b, p.local), 0, 0, b->locals.data[p.local].type};
    EscLoc *f = p.nproj && p.proj[0].kind == PJ_FIELD ? field_loc(r.loc, p.proj[0].field) : NULL;
    if (f)      /* _t.k of a tuple: its own location */
        return (Root){f, 1, 0, p.proj[0].type};
    if (!b->has_env || p.local != 1 || p.nproj < 2 || p.proj[0].kind != PJ_DEREF ||
        p.proj[1].kind != PJ_FIELD || !b->byval)
        return r;
    EscLoc *v = captured_var(E, b, p.proj[1].field);
    if (!v)
        return r;
    return (Root){v, 2, b->byval[p.proj[1].field] ? 0 : -1, p.proj[1].type};
}

static int place_derefs_from(Root r, Place p) {
    int d = r.derefs;
    Type *t = r.t;
    for (int i = r.from; i < p.nproj; i++) {
        if (p.proj[i].kind == PJ_DEREF || through_slice(t, &p.proj[i]))
            d++;
        t = p.proj[i].type;
    }
    return d;
}

static void rvalue(Esc *E, Body *b, Hole k, Rvalue *rv);
static Hole dest_hole(Esc *E, Body *b, Place p, Span sp, Rvalue *rv);

/* A deferred temporary's assignment (temps.c), evaluated into k: where
 * it is read, or (after the body) into the temporary itself. */
/* The box of a pointer-shaped value converted to an interface, which Go
 * does not make (it keeps the value in the interface word), or NULL. */
static AllocSite *direct_box(Body *b, MirStmt *def) {
    if (def->kind != ST_ASSIGN || def->rv.kind != RV_ALLOC || def->rv.site < 0)
        return NULL;
    AllocSite *s = &b->sites.data[def->rv.site];
    return s->iface_box && s->silent && def->rv.elem && mir_go_direct_iface(def->rv.elem) ? s : NULL;
}

static void eval_temp(Esc *E, Body *b, Hole k, EscTemp *t) {
    t->busy = true;
    AllocSite *box = direct_box(b, t->def);
    if (box) {
        /* Go's direct OCONVIFACE: the value flows where the interface
           does, noted there; the box only takes its address (its storage
           decision), no step of any path and never explained */
        Hole h = hole_note(E, k, box->span, "interface-converted");
        if (h.notes)
            h.notes->what_ref = &box->desc;
        for (int i = 0; i < t->ninits; i++)
            rvalue(E, b, t->inits[i]->kind == ST_EVAL ? esc_blank_hole(E) : h, &t->inits[i]->rv);
        rvalue(E, b, k, &t->def->rv);
        t->busy = false;
        t->done = true;
        return;
    }
    rvalue(E, b, k, &t->def->rv);
    for (int i = 0; i < t->ninits; i++)
        rvalue(E, b, t->inits[i]->kind == ST_EVAL ? esc_blank_hole(E)     /* a map literal's element */
                     : dest_hole(E, b, t->inits[i]->place, t->inits[i]->span, &t->inits[i]->rv), &t->inits[i]->rv);
    t->busy = false;
    t->done = true;
}

/* The deferred temporaries indexing p (xs[f()]), discarded after p's
 * root, as Go's OINDEX discards its index after its operand. */
static void discard_indexes(Esc *E, Body *b, Place p) {
    EscTemp *ts = E->bodies[b->index].temps;
    for (int i = 0; ts && i < p.nproj; i++) {
        EscTemp *t = p.proj[i].kind == PJ_INDEX ? &ts[p.proj[i].index] : NULL;
        if (t && t->def && !t->busy && !t->done)
            eval_temp(E, b, esc_blank_hole(E), t);
    }
}

/* Go's discard of the operands of an expression whose value carries no
 * address (a comparison, arithmetic, a conversion, the length of a make,
 * the bytes a string conversion copies): they are still visited, in
 * place, for the calls in them (`fmt.Sprint(&v) == v.String()` inside
 * another call's arguments spills Sprint's `... argument` there, after
 * the outer call's). So a deferred temporary operand is evaluated here,
 * into the blank hole; before, it waited for the end of the body. */
static void discard_operands(Esc *E, Body *b, Rvalue *rv) {
    EscTemp *ts = E->bodies[b->index].temps;
    if (!ts)
        return;
    mir_foreach_operand(rv, o) {     /* f(), f()[i] (Go's OINDEX: its operand first), x + *f() (ODEREF) */
        EscTemp *t = o->kind != OPD_CONST ? &ts[o->place.local] : NULL;
        if (t && t->def && !t->busy && !t->done)
            eval_temp(E, b, esc_blank_hole(E), t);
        if (o->kind != OPD_CONST)
            discard_indexes(E, b, o->place);    /* then xs[g()]'s g() */
    }
    if ((rv->kind == RV_LEN || rv->kind == RV_CAP) && rv->place.nproj == 0) {     /* len(f()) */
        EscTemp *t = &ts[rv->place.local];
        if (t->def && !t->busy && !t->done)
            eval_temp(E, b, esc_blank_hole(E), t);
    }
}

/* r's value, dereferenced as k says, flows to k: a deferred temporary's
 * assignment is evaluated here, as Go evaluates a subexpression in place. */
static void flow_root(Esc *E, Body *b, Hole k, Root r) {
    EscTemp *t = r.from == 0 && r.loc->local >= 0 ? &E->bodies[b->index].temps[r.loc->local] : NULL;
    if (t && t->def && !t->busy && !t->done && k.derefs >= 0)
        eval_temp(E, b, k, t);
    else
        esc_flow(E, k, r.loc);
}

/* A value the package initializer stores at run time (mir/init_plan.c,
 * go1.19's staticinit): it is assigned straight to package data, the
 * heap, whatever place ml0c builds it in (a static literal's storage is
 * no location in Go), noted as Go's init function writes the
 * assignment. Found by the value's span and type; once per value. */
static const char init_assign[] = "assign";

static Hole init_store(Esc *E, Body *b, Hole k, Span sp, Type *t) {
    if (!b->is_init || (k.notes && k.notes->why == init_assign))
        return k;
    for (int i = 0; i < b->init_stores.len; i++) {
        InitStore *st = &b->init_stores.data[i];
        if (st->type != t || st->value.file != sp.file || st->value.lo != sp.lo || st->value.hi != sp.hi)
            continue;
        Hole h = esc_heap_hole(E);
        h.derefs = k.derefs;
        h = hole_note(E, h, st->at, init_assign);
        if (h.notes)
            h.notes->what = st->text;
        return h;
    }
    return k;
}

void esc_operand(Esc *E, Body *b, Hole k, Operand *o) {
    k = init_store(E, b, k, o->span, o->type);
    if (k.derefs >= 0 && o->type && !type_has_pointers(o->type)) {
        /* a pointer-free value carries no address (Go's expr); but a
           deferred temporary's call (`fmt.Println(sh.Area())`, or read
           through, `println(*f(&v))`) is evaluated here, for its own flows */
        EscTemp *ts = E->bodies[b->index].temps;
        EscTemp *t = ts && o->kind != OPD_CONST ? &ts[o->place.local] : NULL;
        if (t && t->def && !t->busy && !t->done)
            eval_temp(E, b, esc_blank_hole(E), t);
        if (o->kind != OPD_CONST)
            discard_indexes(E, b, o->place);
        return;
    }
    if (o->kind == OPD_CONST)
        return;     /* functions and globals are static; numbers are not storage */
    Root r = place_root(E, b, o->place);
    Hole h = hole_shift(E, k, place_derefs_from(r, o->place), NO_SPAN, NULL);
    flow_root(E, b, esc_place_notes(E, h, o->place, r.from, r.t, o->span), r);
    discard_indexes(E, b, o->place);
}

/* The operand of `&x` or `x[i:j]` in the source span sp: after the '&',
 * before the last '['. */
static Span operand_span(Esc *E, Span sp, bool slice, int *lbrack) {
    if (sp.file < 0 || sp.hi <= sp.lo)
        return sp;
    const char *t = E->c->files.data[sp.file].text;
    if (!slice)
        return t[sp.lo] == '&' ? (Span){sp.file, sp.lo + 1, sp.hi} : sp;
    int depth = 0;
    for (int i = sp.hi - 1; i > sp.lo; i--) {
        depth += t[i] == ']' || t[i] == ')';
        depth -= t[i] == '[' || t[i] == '(';
        if (depth == 0 && t[i] == '[') {
            *lbrack = i;
            return (Span){sp.file, sp.lo, i};
        }
    }
    return sp;
}

/* The elements of an allocation being initialised (&T{...}, []T{...},
 * box(v)): into its site. A slice literal's are Go's
 * "slice-literal-element" notes, at the literal's '{'. */
static Hole init_hole(Esc *E, Body *b, int site, Span sp, Rvalue *rv) {
    AllocSite *s = &b->sites.data[site];
    Hole k = hole_of(E->bodies[b->index].sites[site]);
    if (s->iface_box) {     /* a value converted to an interface */
        k = hole_note(E, k, s->span, "interface-converted");
        if (k.notes)    /* as Go prints the conversion: any(x) when explicit */
            k.notes->what_ref = &s->desc;
        return k;
    }
    if (s->variadic) {      /* f(x, y) packed: Go's []T{x, y} */
        k = hole_note(E, k, s->span, "slice-literal-element");
        if (k.notes)
            k.notes->what_ref = &s->desc;
        return k;
    }
    if (s->kind != SITE_SLICE_LIT && rv && rv->kind == RV_AGGREGATE &&
        (rv->type->kind == T_STRUCT || rv->type->kind == T_ARRAY))
        return k;   /* &T{...}: the literal's own note (literal_note) */
    if (s->kind != SITE_SLICE_LIT)
        return hole_note(E, k, sp, "initializer");
    k = hole_note(E, k, s->span, "slice-literal-element");
    if (k.notes)
        k.notes->what_ref = &s->desc;
    return k;
}

/* `var x T = v`: go1.19 declares x (ODCL) and assigns it (OAS), noted
 * `x = v` at the name; so each name of `var a, b T = x, y` (`b = y`, at
 * a; not `var a, b = f()`, Go's OAS2FUNC). k gets that note. */
static bool var_decl_note(Esc *E, Hole *k, Span sp, Var *v) {
    if (sp.file < 0 || !(E->c->opt.m_level >= 2 || E->c->opt.explain))
        return false;
    Span first;
    Expr *val = esc_var_value_at(E, sp, v, &first);
    if (!val)
        return false;
    *k = hole_note(E, *k, first, "assign");
    k->notes->what = arena_printf(E->batch, "%s = %s", sema_go_var_name(E->c, v), go_expr_text(E->c, val));
    return true;
}

/* The note of a store by the statement at sp: "assign-pair" for Go's
 * OAS2 (a, b = x, y), else "assign". */
static const char *assign_why(Esc *E, Span sp) {
    if (!(E->c->opt.m_level >= 2 || E->c->opt.explain))
        return "assign";
    return esc_pair_assign_at(E, sp) ? "assign-pair" : "assign";
}

/* Where a store of rv to `p` goes (Go's addr()). */
static Hole dest_hole(Esc *E, Body *b, Place p, Span sp, Rvalue *rv) {
    EscLoc *whole = loc_of(E, b, p.local);
    if (p.nproj == 0 && whole->nfields && rv && rv->kind != RV_CALL && rv->kind != RV_ICALL) {
        /* a tuple stored whole (a copy of another): into every element */
        Hole ks[ESC_RESULTS];
        for (int i = 0; i < whole->nfields; i++)
            ks[i] = p.local == 0 ? hole_note(E, hole_of(whole->fields[i]), sp, "return")
                                 : hole_of(whole->fields[i]);
        return esc_tee(E, ks, whole->nfields, b);
    }
    if (p.nproj == 0) {
        Hole k = hole_of(loc_of(E, b, p.local));
        if (b->locals.data[p.local].kind == LOCAL_TEMP || esc_hidden_var(&b->locals.data[p.local]))
            return k;   /* MIR temporaries are not Go assignments */
        Var *v = b->locals.data[p.local].var;
        if (v && v->esc_tmp) {  /* a deferred call's argument: Go's `.autotmp_N = x` at the temporary */
            bool recv;
            k = esc_defer_recv_hole(E, b, p.local, k, &recv);
            if (recv)
                return k;
            k = hole_note(E, k, v->span, "assign");
            if (k.notes) {
                k.notes->what = arena_printf(E->batch, "%s = %s", sema_go_var_name(E->c, v),
                                             v->esc_val ? go_expr_text(E->c, v->esc_val) : esc_quote(E, sp));
                vec_push(E->batch, &E->requotable, k.notes);    /* `.autotmp_N = s.M()` */
                vec_push(E->batch, &E->requotable_in, b);
            }
            return k;
        }
        if (p.local != 0 && v && var_decl_note(E, &k, sp, v))
            return k;
        return hole_note(E, k, sp, p.local == 0 ? "return" : assign_why(E, sp));
    }
    EscLoc *res = p.local == 0 && p.proj[0].kind == PJ_FIELD ? result_loc(E, b, p.proj[0].field) : NULL;
    if (res && p.nproj == 1)    /* _0.k = v: into result k (Go's note) */
        return hole_note(E, hole_of(res), sp, "return");
    Root r = place_root(E, b, p);
    int through = place_derefs_from(r, p);
    if (through < 0)
        ICE("escape: store to a captured variable's address");
    if (!through)   /* x.f = v, arr[i] = v: into x itself */
        return hole_note(E, hole_of(r.loc), sp, assign_why(E, sp));
    int site = b->locals.data[p.local].init_site;
    if (site >= 0 && through == 1 && p.proj[0].kind == PJ_DEREF)
        return init_hole(E, b, site, sp, rv);
    return hole_note(E, esc_heap_hole(E), sp, assign_why(E, sp));
}

/* Go's HeapAllocReason for the allocation rv makes (none for an
 * interface's box: Go's OCONVIFACE node is the interface, 16 bytes). */
static const char *forced_heap(Rvalue *rv, const AllocSite *site) {
    enum { MAX_IMPLICIT = 64 * 1024 };
    if (rv->kind == RV_ALLOC && rv->elem->size > MAX_IMPLICIT && !site->iface_box)
        return "too large for stack";
    if (rv->kind == RV_CLOSURE) {   /* Go's ClosureType/MethodValueType: code pointer, captures */
        int64_t size = 8;
        for (int i = 0; i < rv->args.len; i++)
            size += rv->args.data[i].type ? rv->args.data[i].type->size : 8;
        return size > MAX_IMPLICIT ? "too large for stack" : NULL;
    }
    if (rv->kind != RV_MAKE_SLICE)
        return NULL;
    Operand *n = rv->args.data[1].c.kind == CONST_VOID && rv->args.data[1].kind == OPD_CONST
                     ? &rv->args.data[0] : &rv->args.data[1];
    if (n->kind != OPD_CONST || n->c.kind != CONST_INT)
        return "non-constant size";
    if (rv->elem->size && n->c.i > MAX_IMPLICIT / rv->elem->size)
        return "too large for stack";
    return NULL;
}

/* An allocation: a location for its storage, whose address flows to k. */
static void spill(Esc *E, Body *b, Hole k, Rvalue *rv) {
    EscLoc *s = E->bodies[b->index].sites[rv->site];
    AllocSite *site = &b->sites.data[rv->site];
    esc_list_loc(E, s);     /* Go's spill makes the location now */
    const char *why = forced_heap(rv, site);
    if (why)
        s->forced_why = why;    /* its flow to the heap: esc_flow_forced */
    Hole h = hole_shift(E, k, -1, site->span, "spill");
    if (h.notes)
        h.notes->what_ref = &site->desc;
    esc_flow(E, h, s);
}

/* &place into k, its "address-of" note at `at` (the source of &place
 * unless Go placed an implicit & elsewhere). */
static void address_of(Esc *E, Body *b, Hole k, Rvalue *rv, Span at) {
    Root r = place_root(E, b, rv->place);
    Hole h = hole_shift(E, k, place_derefs_from(r, rv->place) - 1, at, "address-of");
    if (h.notes && (at.lo != rv->span.lo || at.hi != rv->span.hi))
        h.notes->what = esc_quote(E, rv->span);
    h = esc_place_notes(E, h, rv->place, r.from, r.t, operand_span(E, rv->span, false, NULL));
    flow_root(E, b, h, r);
}

/* (*[N]T)(s), the MIR's borrow of s[0]: Go's OSLICE2ARRPTR, where s
 * itself flows to the result (no dereference, no address-of note). */
static void slice_to_array_ptr(Esc *E, Body *b, Hole k, Rvalue *rv) {
    Operand s = {.kind = OPD_COPY, .span = rv->span};
    s.place = rv->place;
    s.place.nproj--;
    s.type = mir_place_type(b, s.place);
    Expr *e = esc_expr_at(E, rv->span);
    while (e && e->kind == E_PAREN)
        e = e->u.paren.x;
    if (e && e->kind == E_CALL && e->u.call.args.len == 1)
        s.span = e->u.call.args.data[0]->span;
    esc_operand(E, b, k, &s);
}

/* Where Go places the address-of note of &x at sp: x's position, but
 * the '.' written for a promoted method's implicit &v.Base (v.Tag() is
 * (*Base).Tag(&v.Base): the implicit selector's position), and the
 * method selector's '.' for a receiver's implicit &x (autoref: c.M() is
 * (*C).M(&c), noted at `.M`, after any ')' closing the receiver). */
static Span implicit_addr_pos(Esc *E, Span sp, bool autoref) {
    if (!(E->c->opt.m_level >= 2 || E->c->opt.explain) || sp.file < 0)
        return sp;
    Expr *x = esc_expr_at(E, sp);
    while (x && x->kind == E_PAREN)
        x = x->u.paren.x;
    bool promoted = x && x->kind == E_FIELD && x->u.field.implicit && x->u.field.x;
    if (!promoted && !autoref)
        return sp;
    const char *t = E->c->files.data[sp.file].text;
    int i = promoted ? x->u.field.x->span.hi : sp.hi;
    while (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || (!promoted && t[i] == ')'))
        i++;
    return t[i] == '.' ? (Span){sp.file, i, i + 1} : sp;
}

/* Is f sema's wrapper of a method value x.M (not of an expression T.M)? */
static bool method_value_wrapper(Body *f) {
    return f->fi && f->fi->mv && f->fi->mv->x;
}

/* The method a method value's or expression's wrapper f calls (its one
 * static call), or NULL (an interface's method). */
Body *esc_wrapped_method(Esc *E, Body *f) {
    mir_foreach_stmt(f, bb, st)
        if (mir_stmt_has_rvalue(st) && st->rv.kind == RV_CALL && st->rv.args.len &&
            st->rv.args.data[0].kind == OPD_CONST && st->rv.args.data[0].c.kind == CONST_FUNC)
            return E->p->bodies.data[st->rv.args.data[0].c.func];
    return NULL;
}

/* Where a method value's receiver goes besides its storage (Go's tagHole
 * on the method's receiver): the method's receiver parameter when it is
 * in this batch; its summary's places when analysed, the results counting
 * as the heap (the later calls are unknown); the heap for an interface's
 * method (no static callee). The method is the one the wrapper f calls. */
static Hole method_receiver_hole(Esc *E, Body *b, Body *f) {
    Body *m = esc_wrapped_method(E, f);
    EscBody *me = m ? &E->bodies[m->index] : NULL;
    if (me && me->in_batch)
        return hole_of(me->locals[m->has_env ? 2 : 1]);
    if (!me || !me->analyzed || me->nparams < 1)
        return esc_heap_hole(E);
    Leaks lk = me->param_leaks[0];
    Hole ks[1 + ESC_RESULTS];
    int n = 0, x = leaks_heap(lk);
    if (x >= 0)
        ks[n++] = hole_shift(E, esc_heap_hole(E), x, NO_SPAN, NULL);
    for (int i = 0; i < ESC_RESULTS; i++)
        if ((x = leaks_result(lk, i)) >= 0)
            ks[n++] = hole_shift(E, esc_heap_hole(E), x, NO_SPAN, NULL);
    return esc_tee(E, ks, n, b);
}

/* A method value x.M (Go's OMETHVALUE): its storage, and x evaluated
 * into a tee ({temp} in -m=2) of the method's receiver and that storage.
 * The wrapper sema made is Go's autogenerated one: nothing flows into it
 * (no environment edge, no capture; the hidden variable holding x is a
 * deferred temporary, temps.c) and -m=2 explains nothing of it. */
static void method_value(Esc *E, Body *b, Hole k, Rvalue *rv, Body *f) {
    spill(E, b, k, rv);
    EscBody *fe = &E->bodies[f->index];
    if (fe->in_batch && !fe->built)
        esc_build_body(E, f);
    Hole ks[2] = {method_receiver_hole(E, b, f), hole_of(E->bodies[b->index].sites[rv->site])};
    Hole tee = esc_tee_at(E, ks, 2, b, b->sites.data[rv->site].loop_depth);
    if (rv->args.len != 1)
        return;     /* var f = c.M: the receiver is a (hidden) global */
    Operand *x = &rv->args.data[0];
    EscTemp *t = x->kind != OPD_CONST && x->place.nproj == 0 ? &E->bodies[b->index].temps[x->place.local] : NULL;
    if (t && t->def && !t->done && !t->busy && !t->ninits && t->def->rv.kind == RV_REF) {
        /* x.M of a pointer method on an addressable x: Go's implicit &x,
           placed at the selector's '.' */
        t->done = true;
        address_of(E, b, tee, &t->def->rv, f->fi->mv->at);
    } else if (t && t->def && !t->done && !t->busy && !t->ninits && t->def->rv.kind == RV_USE &&
               f->fi->mv->recv && f->fi->mv->recv->kind == E_DEREF && t->def->rv.args.data[0].kind != OPD_CONST &&
               t->def->rv.args.data[0].place.nproj == 1 && t->def->rv.args.data[0].place.proj[0].kind == PJ_DEREF) {
        /* p.M of a value method through a pointer p: Go's implicit *p,
           an "indirection" at the selector's '.' quoting p */
        t->done = true;
        Operand p = t->def->rv.args.data[0];
        p.place.nproj = 0;
        p.type = b->locals.data[p.place.local].type;
        Hole h = hole_shift(E, tee, 1, f->fi->mv->at, "indirection");
        if (h.notes)
            h.notes->what = esc_quote(E, f->fi->mv->recv->u.deref.x->span);
        esc_operand(E, b, h, &p);
    } else {
        esc_operand(E, b, tee, x);
    }
}

/* A func literal: its storage; the captured variables flow into it
 * once every body is built (esc_flow_closures, Go's flowClosure), so a
 * by-reference capture's `_t = &x` temporary is not evaluated here. */
static void closure(Esc *E, Body *b, Hole k, Rvalue *rv) {
    if (method_value_wrapper(E->p->bodies.data[rv->func])) {
        method_value(E, b, k, rv, E->p->bodies.data[rv->func]);
        return;
    }
    spill(E, b, k, rv);
    EscLoc *s = E->bodies[b->index].sites[rv->site];
    EscBody *eb = &E->bodies[b->index];
    Body *lit = E->p->bodies.data[rv->func];
    for (int i = 0; i < rv->args.len; i++) {
        Operand *o = &rv->args.data[i];
        if (o->kind != OPD_CONST && o->place.nproj == 0 && eb->temps[o->place.local].def &&
            lit->byval && captured_var(E, lit, i))
            eb->temps[o->place.local].done = true;
    }
    Body *f = E->p->bodies.data[rv->func];
    EscBody *fe = &E->bodies[f->index];
    if (fe->in_batch)   /* the closure's env parameter points at s */
        esc_flow(E, hole_shift(E, hole_of(fe->locals[1]), -1, rv->span, "closure environment"), s);
    if (fe->in_batch && !fe->built)     /* Go walks the literal's body here */
        esc_build_body(E, f);
}

/* The first '(' of a call's source: where Go places the call's notes. */
static Span lparen(Esc *E, Span s) {
    if (s.file < 0)
        return s;
    const char *t = E->c->files.data[s.file].text;
    for (int i = s.lo; i < s.hi; i++)
        if (t[i] == '(')
            return (Span){s.file, i, i + 1};
    return s;
}

/* Go's OAPPEND: the appendee may flow to the result (room enough) and its
 * elements to the heap (a new array); the appended values to the heap.
 * Notes as Go's: at the call's '(' (the growth site's position). */
static void append(Esc *E, Body *b, Hole k, Rvalue *rv) {
    Span at = rv->site >= 0 ? b->sites.data[rv->site].span : rv->span;
    Hole ka = k;
    if (type_has_pointers(rv->type->elem)) {
        Hole ks[2] = {k, hole_shift(E, esc_heap_hole(E), 1, at, "appendee slice")};
        if (ks[1].notes && rv->site >= 0)
            ks[1].notes->what_ref = &b->sites.data[rv->site].desc;
        ka = esc_tee(E, ks, 2, b);
    }
    const char *what = rv->site >= 0 ? b->sites.data[rv->site].desc : NULL;
    Hole h = hole_note(E, ka, at, "call parameter");
    if (h.notes)
        h.notes->what = what;   /* the call, not the '(' it is placed at */
    esc_operand(E, b, h, &rv->args.data[0]);
    if (rv->spread) {   /* append(x, y...): what y's elements point to is
                           copied into x's (heap) array (escape/call.go's
                           "appended slice...") */
        Operand *y = &rv->args.data[1];
        if (y->type->kind == T_SLICE && type_has_pointers(y->type->elem)) {
            Hole hy = hole_shift(E, esc_heap_hole(E), 1, at, "appended slice...");
            if (hy.notes)
                hy.notes->what = what;
            hy = hole_note(E, hy, at, "call parameter");    /* Go's argument() */
            if (hy.notes)
                hy.notes->what = what;
            esc_operand(E, b, hy, y);
        } else
            esc_operand(E, b, esc_blank_hole(E), y);
        return;
    }
    mir_foreach_operand_from(rv, 1, o) {
        h = hole_note(E, esc_heap_hole(E), at, "call parameter");
        if (h.notes)
            h.notes->what = what;
        esc_operand(E, b, h, o);
    }
}

/* Maps (mir/build_map.c), as Go's escape analysis sees OMAKEMAP,
 * OMAPLIT, OINDEXMAP and ORANGE: a made map is an allocation; a key and
 * a value put into a map go to the heap; a lookup's result comes from
 * nowhere the analysis tracks (the heap); a range's value is what the
 * map points to (Go's "range-deref"); a lookup, len and delete discard
 * their arguments in place (OINDEXMAP, OLEN, ODELETE), the calls in the
 * key with them. */
/* The site of the map literal whose elements a mapset on m stores (m
 * the temporary its makemap made, the site at the literal's '{'), or
 * NULL for any other map. */
static AllocSite *map_literal(Esc *E, Body *b, Operand *m) {
    if (m->kind == OPD_CONST || m->place.nproj != 0 || b->locals.data[m->place.local].kind != LOCAL_TEMP)
        return NULL;
    EscBody *eb = &E->bodies[b->index];
    if (!eb->single_def)
        esc_find_single_defs(E, b, eb);
    Rvalue *def = eb->single_def[m->place.local];
    if (!def || def->kind != RV_INTRINSIC || def->intrinsic != IN_MAP_MAKE || def->site < 0)
        return NULL;
    AllocSite *s = &b->sites.data[def->site];
    if (s->span.file < 0 || E->c->files.data[s->span.file].text[s->span.lo] != '{')
        return NULL;
    return s;
}

/* mapset(m, k, v)'s key into the heap: Go's assignHeap(k, "key of map
 * put", m[k]), noted at the index expression's '[' quoting `m[k]`: the
 * statement's start up to the ']' closing its first '[' at depth 0. */
static Hole map_key_note(Esc *E, Rvalue *rv) {
    Span sp = rv->span;
    Hole h = hole_note(E, esc_heap_hole(E), sp, "key of map put");
    if (!h.notes || sp.file < 0)
        return h;
    const char *t = E->c->files.data[sp.file].text;
    int depth = 0, lb = -1;
    for (int i = sp.lo; i < sp.hi; i++) {
        if (depth == 0 && t[i] == '[' && lb < 0)
            lb = i;
        depth += t[i] == '(' || t[i] == '[' || t[i] == '{';
        depth -= t[i] == ')' || t[i] == ']' || t[i] == '}';
        if (lb >= 0 && depth == 0) {
            h.notes->where = (Span){sp.file, lb, lb + 1};
            h.notes->what = esc_quote(E, (Span){sp.file, sp.lo, i + 1});
            return h;
        }
    }
    return h;
}

/* Did mapset rv's key flow already, before its statement's first store
 * (multi_assign_keys)? */
static bool key_flowed_first(Esc *E, Rvalue *rv) {
    for (int i = 0; i < E->keys_first.len; i++)
        if (E->keys_first.data[i] == rv)
            return true;
    return false;
}

static void map_intrinsic(Esc *E, Body *b, Hole k, Rvalue *rv) {
    switch (rv->intrinsic) {
    case IN_MAP_MAKE:
        spill(E, b, k, rv);
        return;
    case IN_MAP_SET: {
        AllocSite *lit = map_literal(E, b, &rv->args.data[0]);
        if (lit) {  /* Go's OMAPLIT: both to the heap, noted at the literal */
            Hole hk = hole_note(E, esc_heap_hole(E), lit->span, "map literal key");
            Hole hv = hole_note(E, esc_heap_hole(E), lit->span, "map literal value");
            if (hk.notes)
                hk.notes->what_ref = hv.notes->what_ref = &lit->desc;
            esc_operand(E, b, hk, &rv->args.data[1]);
            esc_operand(E, b, hv, &rv->args.data[2]);
            return;
        }
        if (!key_flowed_first(E, rv))
            esc_operand(E, b, map_key_note(E, rv), &rv->args.data[1]);
        esc_operand(E, b, hole_note(E, esc_heap_hole(E), rv->span, "assign"), &rv->args.data[2]);
        return;
    }
    case IN_MAP_DELETE:
        /* Go's ODELETE: each argument discarded, in order, so the calls
           in the key make their flows here, not after the body */
        mir_foreach_operand(rv, o)
            esc_operand(E, b, esc_blank_hole(E), o);
        return;
    case IN_MAP_GET:
    case IN_MAP_GET2: {
        /* Go's OINDEXMAP: the map, then the key, discarded in place (the
           calls in them make their flows here); a key the put of
           `m[k] op= v` also reads is evaluated by that put alone */
        esc_operand(E, b, esc_blank_hole(E), &rv->args.data[0]);
        Operand *key = &rv->args.data[1];
        EscTemp *ts = E->bodies[b->index].temps;
        EscTemp *t = ts && key->kind != OPD_CONST && key->place.nproj == 0 ? &ts[key->place.local] : NULL;
        if (!(t && t->def && !t->lookup_key))
            esc_operand(E, b, esc_blank_hole(E), key);
        return;
    }
    case IN_MAP_LEN:    /* Go's OLEN: its argument discarded in place */
        esc_operand(E, b, esc_blank_hole(E), &rv->args.data[0]);
        return;
    case IN_MAP_VAL:    /* a range loop's value: range_value */
        esc_operand(E, b, hole_shift(E, k, 1, rv->span, "range-deref"), &rv->args.data[0]);
        return;
    default:
        return;
    }
}

/* T{...} and [N]T{...}: Go's OSTRUCTLIT / OARRAYLIT note on its
 * elements, at the literal's '{' (a []T{...}'s elements have theirs, also
 * when its type is a name, Ops{...} with type Ops = []func(); a struct
 * value that is no literal none). */
static Hole literal_note(Esc *E, Hole k, Rvalue *rv) {
    Span sp = rv->span;
    if (!(E->c->opt.m_level >= 2 || E->c->opt.explain) || sp.file < 0 || sp.hi <= sp.lo ||
        (rv->type->kind != T_STRUCT && rv->type->kind != T_ARRAY))
        return k;
    Expr *lit = esc_expr_at(E, sp);
    while (lit && (lit->kind == E_PAREN || lit->kind == E_ADDR))
        lit = lit->kind == E_PAREN ? lit->u.paren.x : lit->u.addr.x;
    if (!lit || lit->kind != E_COMPOSITE || !lit->type ||
        (lit->type->kind != T_STRUCT && lit->type->kind != T_ARRAY))
        return k;
    const char *t = E->c->files.data[sp.file].text;
    int brace = lit->u.composite.type ? lit->u.composite.type->span.hi : lit->span.lo;
    while (brace < lit->span.hi && t[brace] != '{')
        brace++;
    k = hole_note(E, k, (Span){sp.file, brace, brace + 1},
                  rv->type->kind == T_STRUCT ? "struct literal element" : "array literal element");
    if (k.notes)
        k.notes->what = go_expr_text(E->c, lit);
    return k;
}

/* A pointer converted to an interface (Go's OCONVIFACE of a direct-
 * interface type, no allocation): its "interface-converted" note, at
 * go1.19's position of the conversion (recorded by the MIR builder). */
static Hole pointer_converted(Esc *E, Body *b, Hole k, Rvalue *rv) {
    if (E->c->opt.m_level < 2 && !E->c->opt.explain)
        return k;
    for (int i = 0; i < b->iface_at.len; i++) {
        IfaceAt *ia = &b->iface_at.data[i];
        if (ia->expr.file == rv->span.file && ia->expr.lo == rv->span.lo && ia->expr.hi == rv->span.hi) {
            k = hole_note(E, k, ia->at, "interface-converted");
            k.notes->what = ia->what ? ia->what : esc_quote(E, rv->span);
            Operand *x = &rv->args.data[0];
            Var *v = x->kind != OPD_CONST && x->place.nproj == 0 ? b->locals.data[x->place.local].var : NULL;
            if (!ia->what && v && v->name && strncmp(v->name, ".autotmp_", 9) == 0)
                k.notes->what = v->name;    /* g's result in f(g()) (sema/tuples.c), spanning g() */
            return k;
        }
    }
    return k;
}

/* Go's position of an assertion x.(T): its '.' (before the last '('). */
static Span assert_dot(Esc *E, Span at) {
    if (at.file < 0)
        return at;
    const char *src = E->c->files.data[at.file].text;
    for (int i = at.hi - 1; i > at.lo; i--)
        if (src[i] == '(' && src[i - 1] == '.')
            return (Span){at.file, i - 1, i};
    return at;
}

static void rvalue(Esc *E, Body *b, Hole k, Rvalue *rv) {
    k = init_store(E, b, k, rv->span, rv->type);
    if (rv->range_x && k.derefs >= 0 && rv->type && !type_has_pointers(rv->type)) {
        /* go1.19's ORANGE flows the ranged value's content into the
           value variable whatever its type (range-deref): a pointer-free
           value moved to the heap (captured by reference) leaks it */
        Operand xo = {.kind = OPD_COPY, .span = rv->span,
                      .type = b->locals.data[rv->range_x - 1].type,
                      .place = {rv->range_x - 1, 0, NULL}};
        esc_operand(E, b, hole_shift(E, k, 1, rv->span, "range-deref"), &xo);
    }
    if (k.derefs >= 0 && rv->type && !type_has_pointers(rv->type))
        k = esc_blank_hole(E);   /* pointer-free results flow nowhere */
    switch (rv->kind) {
    case RV_USE:
        esc_operand(E, b, k, &rv->args.data[0]);
        return;
    case RV_IFACE:      /* the data word: the box's address or the pointer; */
        if (rv->args.len == 1 && rv->elem)     /* a pointer, or an interface of another type */
            k = pointer_converted(E, b, k, rv);
        if (rv->args.len == 2) {    /* a lent box's contents: stored into its site */
            int site = b->locals.data[rv->args.data[0].place.local].init_site;
            AllocSite *s = &b->sites.data[site];
            bool direct = s->silent && s->iface_box && rv->elem && mir_go_direct_iface(rv->elem);
            /* a box Go does not make (eval_temp): the value goes where the interface does */
            Hole h = hole_note(E, direct ? k : hole_of(E->bodies[b->index].sites[site]), s->span,
                               "interface-converted");
            if (h.notes)
                h.notes->what_ref = &s->desc;     /* Go's printing of the value */
            if (direct) {
                esc_operand(E, b, h, &rv->args.data[1]);
                esc_operand(E, b, k, &rv->args.data[0]);
                return;
            }
            esc_operand(E, b, k, &rv->args.data[0]);
            esc_operand(E, b, h, &rv->args.data[1]);
            return;
        }
        esc_operand(E, b, k, &rv->args.data[0]);
        return;
    case RV_REF:
        if (rv->slice_conv) {
            slice_to_array_ptr(E, b, k, rv);
            return;
        }
        address_of(E, b, k, rv, implicit_addr_pos(E, rv->span, rv->autoref || esc_implicit_addr_at(E, rv->span)));
        return;
    case RV_AGGREGATE:
        k = literal_note(E, k, rv);
        mir_foreach_operand(rv, o)
            esc_operand(E, b, k, o);
        return;
    case RV_CONCAT:
        if (rv->site < 0 && rv->args.len == 2) {
            /* s += x (no site: Go's OASOP assigns x to s) */
            esc_operand(E, b, k, &rv->args.data[1]);
            return;
        }
        if (rv->site >= 0) {    /* Go's OADDSTR: the spill, then its operands discarded */
            spill(E, b, k, rv);
            mir_foreach_operand(rv, o)
                esc_operand(E, b, esc_blank_hole(E), o);
            return;
        }
        /* fall through */
    case RV_ALLOC:
    case RV_MAKE_SLICE:
    case RV_STR_CONV:
        if (rv->site >= 0)      /* a constant concatenation has none */
            spill(E, b, k, rv);
        if (rv->kind != RV_ALLOC)   /* Go: the spill, then n.Len, n.X discarded */
            discard_operands(E, b, rv);
        return;
    case RV_CLOSURE:
        closure(E, b, k, rv);
        return;
    case RV_APPEND:
        append(E, b, k, rv);
        return;
    case RV_SLICE: {
        Root r = place_root(E, b, rv->place);
        int d = place_derefs_from(r, rv->place);
        Type *t = mir_place_type(b, rv->place);
        /* the slice of a slice literal's backing array is no step in Go */
        bool literal = rv->place.nproj == 1 && b->locals.data[rv->place.local].init_site >= 0;
        int lb = -1;
        Span x = operand_span(E, rv->span, true, &lb);
        Hole h = hole_shift(E, k, t->kind == T_ARRAY ? d - 1 : d, NO_SPAN, NULL);
        if (!literal && lb >= 0) {     /* Go's OSLICE, at its '[' */
            h = hole_note(E, h, (Span){rv->span.file, lb, lb + 1}, "slice");
            if (h.notes)
                h.notes->what = esc_quote(E, rv->span);
            Expr *xe = t->kind == T_ARRAY ? esc_expr_at(E, x) : NULL;
            if (t->kind == T_ARRAY && !(xe && xe->type && xe->type->kind == T_PTR))
                h = hole_note(E, h, x, "address-of");   /* arr[:] is (&arr)[:]; p[:] of a *[N]T is no & */
        } else if (!literal) {
            h = hole_note(E, h, rv->span, "slice");
        }
        if (!literal)
            h = esc_place_notes(E, h, rv->place, r.from, r.t, x);
        flow_root(E, b, h, r);
        discard_operands(E, b, rv);     /* Go: then the bounds, discarded */
        return;
    }
    case RV_CALL:
        esc_call(E, b, k, rv);
        return;
    case RV_ICALL:      /* an unknown callee: the receiver and every argument
                           flow to the heap (Go's tagHole with fn == nil) */
        esc_icall(E, b, k, rv);
        return;
    case RV_ASSERT:     /* Go's dotType: a pointer-shaped T is the data word
                           itself; any other is loaded out of the box */
        if (rv->amode == ASSERT_TEST)
            return;
        /* Go's dotType notes "dot" whether or not it dereferences */
    {
        Hole h = hole_shift(E, k, mir_go_direct_iface(rv->elem) || rv->elem->kind == T_IFACE ? 0 : 1,
                            assert_dot(E, rv->span), "dot");
        if (h.notes)
            h.notes->what = esc_quote(E, rv->span);
        esc_operand(E, b, h, &rv->args.data[0]);
    }
        return;
    case RV_INTRINSIC:
        if (rv->intrinsic >= IN_MAP_MAKE && rv->intrinsic <= IN_MAP_VAL) {
            map_intrinsic(E, b, k, rv);
            return;
        }
        if (rv->intrinsic == IN_PRINT || rv->intrinsic == IN_PRINTLN) {
            /* Go's OPRINT: each argument discarded, in order (its calls'
               flows made there: println(*f(&v))) */
            mir_foreach_operand(rv, o)
                esc_operand(E, b, esc_blank_hole(E), o);
            return;
        }
        if (rv->intrinsic == IN_COPY) {
            /* Go's OCOPY: dst discarded, then src, in place (the calls in
               them make their flows here) */
            esc_operand(E, b, esc_blank_hole(E), &rv->args.data[0]);
            if (rv->args.data[1].type->kind == T_SLICE && type_has_pointers(rv->args.data[1].type->elem)) {
                /* what src points to is copied into dst's backing array,
                   which Go treats as the heap: heap.deref(call, "copied
                   slice"), then the argument's "call parameter" note, both
                   at the call's '(' */
                Hole h = hole_shift(E, esc_heap_hole(E), 1, lparen(E, rv->span), "copied slice");
                if (h.notes)
                    h.notes->what = esc_quote(E, rv->span);
                esc_operand(E, b, hole_note(E, h, rv->span, "call parameter"), &rv->args.data[1]);
            } else {
                esc_operand(E, b, esc_blank_hole(E), &rv->args.data[1]);
            }
            return;
        }
        if (rv->intrinsic == IN_PANIC && rv->site >= 0) {
            /* panic(x): x converted to interface{} (a site) and kept */
            AllocSite *conv = &b->sites.data[rv->site];
            Type *xt = rv->args.data[0].type;
            if (conv->silent && (mir_go_direct_iface(xt) || xt->kind == T_IFACE)) {
                /* a pointer-shaped x is the interface's data word, an
                   interface is converted in place: no box */
                Hole h = hole_note(E, hole_note(E, esc_heap_hole(E), rv->span, "call parameter"), conv->span,
                                   "interface-converted");
                if (h.notes)
                    h.notes->what_ref = &conv->desc;
                esc_operand(E, b, h, &rv->args.data[0]);
                return;
            }
            spill(E, b, hole_note(E, esc_heap_hole(E), rv->span, "call parameter"), rv);
            Hole h = hole_note(E, hole_of(E->bodies[b->index].sites[rv->site]), conv->span,
                               "interface-converted");
            if (h.notes)
                h.notes->what_ref = &conv->desc;
            esc_operand(E, b, h, &rv->args.data[0]);
        }
        return;
    default:        /* arithmetic, casts, len, cap: scalars (Go's discard) */
        discard_operands(E, b, rv);
        return;
    }
}

/* Go's name for a function: a method of *T is (*T).m, and so its func
 * literals are (*T).m.func1 (ml0c names them T.m, T.m.func1); a method
 * of T is T.m, as ml0c names it. */
static const char *go_func_name(Esc *E, Body *b) {
    Body *top = b;
    while (top->parent >= 0)
        top = E->p->bodies.data[top->parent];
    const char *dot = strchr(b->name, '.');
    if (!top->fi || !top->fi->recv || !dot || !top->fi->recv->type || top->fi->recv->type->kind != T_PTR)
        return b->name;
    return arena_printf(E->batch, "(*%.*s)%s", (int)(dot - b->name), b->name, dot);
}

static bool span_in(Span in, Span s) { return s.file == in.file && s.lo >= in.lo && s.hi <= in.hi; }

/* go1.19's assignList takes the address of every target (e.addrs) before
 * it assigns the first: the key of a map target goes into the heap ("key
 * of map put") then, before any value and any self-assignment's note:
 *
 *   int1, t.a, m[T{...}] = f(&t), t.b, u.b    T{...}'s escape, then the
 *                                              note of t.a = t.b
 *
 * The builder stores the elements in turn, each with the statement's
 * span, a map target by a mapset (its span inside the statement's) after
 * the stores before it. So at a store, the mapsets among the stores after
 * it have their keys flowed now (once), and their own flow skips the key. */
static void multi_assign_keys(Esc *E, Body *b, Block *bb, MirStmt *st) {
    if (st->span.file < 0 || st->span.hi <= st->span.lo)
        return;
    for (int j = mir_stmt_index(bb, st) + 1; j < bb->stmts.len; j++) {
        MirStmt *n = &bb->stmts.data[j];
        bool mapset = n->kind == ST_EVAL && n->rv.kind == RV_INTRINSIC && n->rv.intrinsic == IN_MAP_SET;
        if (!mapset) {  /* another element's store, with the statement's span */
            if (n->kind != ST_ASSIGN || n->span.lo != st->span.lo || n->span.hi != st->span.hi)
                return;
            continue;
        }
        if (!span_in(st->span, n->rv.span))
            return;
        if (map_literal(E, b, &n->rv.args.data[0]))
            continue;
        if (key_flowed_first(E, &n->rv))
            continue;
        vec_push(E->batch, &E->keys_first, &n->rv);
        esc_operand(E, b, map_key_note(E, &n->rv), &n->rv.args.data[1]);
    }
}

/* b.f = b.f[i:j] and kin (Go's isSelfAssign, marked by the MIR builder):
 * the value is evaluated into the blank hole; -m says so first, while
 * the graph is built, as Go's assignList does (so -m=2 interleaves it
 * with the escapes explained while building). */
static void self_assign(Esc *E, Body *b, MirStmt *st) {
    SelfAssign *sa = &b->self_assigns.data[st->local];
    if (E->c->opt.m_level && !b->is_init && sa->text)
        esc_say(E, esc_why_at(E, sa->at), ESC_NOTE, "%s ignoring self-assignment in %s",
                go_func_name(E, b), sa->text);
    rvalue(E, b, esc_blank_hole(E), &st->rv);
}

/* Capture k of literal f (made in b, stored in s) flows into s, noted at
 * Go's closure variable (sema's capture_at: the first use in f, or the
 * `func` of a literal nested in f that captures it), which both notes
 * quote by the variable's Go name. */
static void capture_flow(Esc *E, Body *b, Body *f, int k, EscLoc *s, Rvalue *rv) {
    Span at = f->fi->capture_at.len == f->fi->captures.len ? f->fi->capture_at.data[k] : rv->span;
    Var *cv = f->fi->captures.data[k];
    if (cv->esc_tmp)    /* a deferred call's argument: Go's closure variable */
        at = cv->esc_cv_at;
    Hole h = hole_of(s);
    if (!f->byval[k]) {
        h = hole_shift(E, h, -1, at, "reference");
        if (h.notes)
            h.notes->what = sema_go_var_name(E->c, cv);
    }
    h = hole_note(E, h, at, "captured by a closure");
    if (h.notes)
        h.notes->what = sema_go_var_name(E->c, cv);
    EscLoc *v = captured_var(E, f, k);
    if (v)
        esc_flow(E, h, v);
    else if (k < rv->args.len)      /* not a variable of b's: as the MIR says */
        esc_operand(E, b, h, &rv->args.data[k]);
}

/* Go's flowClosure, once the bodies are built and before solving, in
 * the order the walk meets the literals (a nested one right after its
 * parent): each captured variable flows into the literal's storage, its
 * address when captured by reference, noted at its first use in the
 * literal; -m=2 says how each is captured. A capture by reference takes
 * the variable's address, so a later literal capturing it says
 * addr=true. */
void esc_flow_closures(Esc *E, Body *b) {
    mir_foreach_stmt(b, bb, st) {
        Rvalue *rv = &st->rv;
        if (st->kind != ST_ASSIGN || rv->kind != RV_CLOSURE || E->bodies[b->index].sites[rv->site]->dead)
            continue;
        Body *f = E->p->bodies.data[rv->func];
        EscLoc *s = E->bodies[b->index].sites[rv->site];
        if (method_value_wrapper(f))
            continue;   /* flowed where it is made (method_value) */
        if (!f->fi || !f->byval)    /* no captures Go would know of */
            mir_foreach_operand(rv, o)
                esc_operand(E, b, hole_note(E, hole_of(s), rv->span, "captured by a closure"), o);
        for (int n = 0; f->fi && f->byval && n < f->fi->captures.len; n++) {
            /* in Go's order (sema's go_captures) when sema made it */
            int k = n;
            if (f->fi->go_captures.len == f->fi->captures.len)
                for (k = 0; k < f->fi->captures.len; k++)
                    if (f->fi->captures.data[k] == f->fi->go_captures.data[n])
                        break;
            Var *v = f->fi->captures.data[k];
            EscLoc *outer = captured_var(E, f, k);
            bool addr = v->addressed;
            for (int j = 0; j < E->by_ref.len && !addr; j++)
                addr = E->by_ref.data[j] == v;
            Span at = v->span;
            int width = (int)type_go_size(v->type);
            if (E->c->opt.m_level >= 2 && v->esc_tmp)
                esc_defer_recv_capture(E, f, k, &at, &width);   /* M's receiver, not s */
            if (E->c->opt.m_level >= 2)
                esc_say(E, esc_why_at(E, at), ESC_NOTE, "%s capturing by %s: %s (addr=%s assign=%s width=%d)",
                        outer ? go_func_name(E, outer->body) : b->name,
                        f->byval[k] ? "value" : "ref", sema_go_var_name(E->c, v), addr ? "true" : "false",
                        v->reassigned ? "true" : "false", width);
            if (!f->byval[k] && !addr)
                vec_push(E->batch, &E->by_ref, v);
            capture_flow(E, b, f, k, s, rv);
        }
        if (E->bodies[f->index].in_batch)
            esc_flow_closures(E, f);
    }
}

/* Go's deadcode pass runs before escape analysis: the arm of an `if`
 * whose condition is a constant is gone (and with it what followed, when
 * the live arm returns). Dead here: blocks reached only through such an
 * arm. Blocks nothing jumps to (code after a return) stay alive, as Go
 * keeps them. */
static bool *dead_blocks(Esc *E, Body *b) {
    int n = b->blocks.len;
    int *preds = arena_alloc(E->batch, sizeof(int) * (size_t)(n + 1));
    bool *live = arena_alloc(E->batch, (size_t)n + 1);
    int *todo = arena_alloc(E->batch, sizeof(int) * (size_t)(n + 1));
    bool any = false;
    mir_foreach_block(b, bb) {
        BlockId succ[2];
        any |= bb->term.kind == TM_BRANCH && bb->term.const_if;
        for (int k = 0, ns = mir_term_succs(&bb->term, succ); k < ns; k++)
            preds[succ[k]]++;
    }
    if (!any)
        return NULL;
    int top = 0;
    for (int i = 0; i < n; i++)     /* by block id: the roots of the walk */
        if (i == 0 || preds[i] == 0)
            live[todo[top++] = i] = true;
    while (top > 0) {
        Terminator *t = &b->blocks.data[todo[--top]].term;
        BlockId next[2];
        int k = mir_term_succs(t, next);
        if (t->kind == TM_BRANCH && t->const_if)    /* only the live arm */
            next[0] = t->cond.c.i ? t->target : t->els, k = 1;
        for (int j = 0; j < k; j++)
            if (!live[next[j]])
                live[todo[top++] = next[j]] = true;
    }
    bool *dead = arena_alloc(E->batch, (size_t)n + 1);
    for (int i = 0; i < n; i++)
        dead[i] = !live[i];
    return dead;
}

/* defer f: Go's goDeferStmt. A deferred func() value outside any loop
 * only has to last until the function returns (Go: later(discard), so its
 * closure stays in the frame); inside a loop the defers pile up in the
 * heap. */
static void defer(Esc *E, Body *b, Rvalue *rv) {
    Operand *f = &rv->args.data[0];
    if (f->kind == OPD_CONST)
        return;     /* a function: static */
    /* the loop depth of the statement is that of the temporary the MIR
       builder put the deferred value in (a block may begin outside) */
    bool in_loop = b->locals.data[f->place.local].loop_depth > 0;
    Hole k = in_loop ? esc_heap_hole(E) : esc_blank_hole(E);     /* no note (goDeferStmt) */
    esc_operand(E, b, k, f);
}

/* The sites of dead code: Go never sees them (no -m line). */
static void mark_dead_sites(Esc *E, Body *b, Block *bb) {
    mir_foreach_stmt_in(bb, st)
        if (mir_stmt_has_rvalue(st) && st->rv.site >= 0 && st->rv.site < b->sites.len)
            E->bodies[b->index].sites[st->rv.site]->dead = true;
}

/* `return a, b` (_0 = (a, b)), or a tuple temporary made of values:
 * each value into its own element. */
static void tuple_elements(Esc *E, Body *b, MirStmt *st) {
    EscLoc *whole = loc_of(E, b, st->place.local);
    for (int k = 0; k < st->rv.args.len && k < whole->nfields; k++) {
        EscLoc *res = whole->fields[k];
        Hole h = hole_of(res);
        if (st->place.local == 0)
            h = hole_note(E, h, st->span, "return");
        Operand *o = &st->rv.args.data[k];
        if (!type_has_pointers(o->type) ||
            (o->kind != OPD_CONST && o->place.nproj == 0 && loc_of(E, b, o->place.local) == res))
            h = esc_blank_hole(E);  /* a named result returned as itself */
        esc_operand(E, b, h, &st->rv.args.data[k]);
    }
}

/* The operator of an assignment statement at sp (`:=` or `=`, at
 * bracket depth 0), or sp. */
static Span assign_op(Esc *E, Span sp) {
    if (sp.file < 0)
        return sp;
    const char *t = E->c->files.data[sp.file].text;
    int depth = 0;
    for (int i = sp.lo; i < sp.hi; i++) {
        depth += t[i] == '(' || t[i] == '[' || t[i] == '{';
        depth -= t[i] == ')' || t[i] == ']' || t[i] == '}';
        if (depth == 0 && t[i] == ':' && t[i + 1] == '=')
            return (Span){sp.file, i, i + 2};
        if (depth == 0 && t[i] == '=' && !strchr("=!<>", t[i + 1]) && (i == sp.lo || !strchr("=!<>+-*/%&|^", t[i - 1])))
            return (Span){sp.file, i, i + 1};
    }
    return sp;
}

/* `v, ok := x.(T)` (Go's OAS2DOTTYPE): v = _t.0 of the tuple temporary
 * _t = x.(T)?, whose assertion is evaluated here, into v (k): notes
 * "assign-pair-dot-type" at the statement's operator and "dot" at the
 * assertion (dotType: dereferenced when T is loaded out of the box). The
 * tuple's own assignment flows nowhere then (is_comma_ok_def). */
static Rvalue *comma_ok_def(Esc *E, Body *b, LocalId t) {
    EscBody *eb = &E->bodies[b->index];
    if (!eb->single_def)
        esc_find_single_defs(E, b, eb);
    Rvalue *def = eb->single_def[t];
    return def && def->kind == RV_ASSERT && def->amode == ASSERT_OK && def->args.len == 1 ? def : NULL;
}

static bool comma_ok(Esc *E, Body *b, Hole k, LocalId t, Span stmt) {
    Rvalue *def = comma_ok_def(E, b, t);
    if (!def)
        return false;
    k = hole_note(E, k, assign_op(E, stmt), "assign-pair-dot-type");
    if (k.notes)
        k.notes->what = esc_quote(E, stmt);
    if (!mir_go_direct_iface(def->elem) && def->elem->kind != T_IFACE)
        k.derefs++;
    Span at = def->span;
    if (at.file >= 0) {     /* the assertion's '.': before its '(' */
        const char *src = E->c->files.data[at.file].text;
        for (int i = at.hi - 1; i > at.lo; i--)
            if (src[i] == '(' && src[i - 1] == '.') {
                at = (Span){at.file, i - 1, i};
                break;
            }
    }
    k = hole_note(E, k, at, "dot");
    if (k.notes)
        k.notes->what = esc_quote(E, def->span);
    esc_operand(E, b, k, &def->args.data[0]);
    return true;
}

/* x = _t.k, storing element k of a tuple temporary (x, y := f(),
 * g(f())'s hidden arguments): Go's OAS2FUNC, whose destinations carry no
 * note (addrs(n.Lhs)). */
static bool tuple_element_store(Esc *E, Body *b, MirStmt *st) {
    Rvalue *rv = &st->rv;
    if (rv->kind != RV_USE || rv->args.len != 1 || rv->args.data[0].kind == OPD_CONST)
        return false;
    Place *p = &rv->args.data[0].place;
    if (p->nproj != 1 || p->proj[0].kind != PJ_FIELD || b->locals.data[p->local].kind != LOCAL_TEMP)
        return false;
    Hole k = dest_hole(E, b, st->place, st->span, rv);
    if (k.notes && strcmp(k.notes->why, "assign") == 0)
        k.notes = k.notes->next;
    if (p->proj[0].field == 0 && comma_ok(E, b, k, p->local, st->span))
        return true;
    rvalue(E, b, k, rv);
    return true;
}

/* `_0 = f()` from `return f()` with f's several results: go1.19 made it
 * `.autotmp_N, ... = f(); return .autotmp_N, ...` (sema recorded N), so
 * the results go through those variables, which -m=2 names. */
static bool return_call(Esc *E, Body *b, MirStmt *st) {
    EscLoc *whole = loc_of(E, b, 0);
    if (st->place.local != 0 || st->place.nproj != 0 || !whole->nfields || !b->fi ||
        (st->rv.kind != RV_CALL && st->rv.kind != RV_ICALL))
        return false;
    GoReturnTmps *rt = NULL;
    for (int i = 0; i < b->fi->return_tmps.len && !rt; i++)
        if (b->fi->return_tmps.data[i].at.file == st->span.file && b->fi->return_tmps.data[i].at.lo == st->span.lo)
            rt = &b->fi->return_tmps.data[i];
    if (!rt)
        return false;
    int n = whole->nfields;
    EscLoc *tup = esc_new_loc(E, b, -1, -1, 0);
    tup->hidden = true;
    tup->nfields = n;
    tup->fields = arena_alloc(E->batch, sizeof(EscLoc *) * (size_t)n);
    const char *text = "return";
    for (int i = 0; i < n; i++) {
        tup->fields[i] = esc_new_loc(E, b, -1, -1, 0);
        tup->fields[i]->name = arena_printf(E->batch, ".autotmp_%d", rt->first + i);
        text = arena_printf(E->batch, "%s%s%s", text, i ? ", " : " ", tup->fields[i]->name);
    }
    rvalue(E, b, hole_of(tup), &st->rv);
    for (int i = 0; i < n; i++) {
        Hole h = hole_note(E, hole_of(whole->fields[i]), st->span, "return");
        if (h.notes)
            h.notes->what = text;
        esc_flow(E, h, tup->fields[i]);
    }
    return true;
}

/* v = x[i] of `for k, v := range x` (Go's ORANGE): x was copied into a
 * temporary, Go's unnamed location {temp} (`flow: {temp} = x`), and the
 * value comes from it with one note, "for loop (range-deref)" at the
 * `range` keyword ("range" for an array), not an assignment's. */
/* Go's position of a range loop: its `range` keyword, the first one at
 * bracket depth 0 after the statement's start (strings skipped). */
static Span range_kw(Esc *E, Span s) {
    SourceFile *f = &E->c->files.data[s.file];
    int depth = 0;
    for (int i = s.lo; i + 5 <= s.hi && i + 5 <= f->len; i++) {
        char ch = f->text[i];
        if (ch == '"' || ch == '\'' || ch == '`') {
            for (i++; i < s.hi && f->text[i] != ch; i++)
                if (f->text[i] == '\\' && ch != '`')
                    i++;
            continue;
        }
        depth += ch == '(' || ch == '[' || ch == '{';
        depth -= ch == ')' || ch == ']' || ch == '}';
        if (depth == 0 && strncmp(f->text + i, "range", 5) == 0 &&
            !(isalnum((unsigned char)f->text[i - 1]) || f->text[i - 1] == '_') &&
            !(isalnum((unsigned char)f->text[i + 5]) || f->text[i + 5] == '_'))
            return (Span){s.file, i, i + 5};
    }
    return s;
}

/* The rune of `for _, r := range s` (decoded, so not marked
 * range_value): a range loop's value all the same. */
static bool rune_range_value(Body *b, MirStmt *st) {
    return st->kind == ST_ASSIGN && st->rv.kind == RV_USE && st->rv.range_x &&
           b->locals.data[st->rv.range_x - 1].type->kind == T_STRING && !type_has_pointers(st->rv.type);
}

static void range_value(Esc *E, Body *b, MirStmt *st) {
    Hole k = st->place.nproj == 0 ? hole_of(loc_of(E, b, st->place.local))
                                   : dest_hole(E, b, st->place, st->span, &st->rv);
    Operand *x = &st->rv.args.data[0];
    if (st->range_value && x->kind != OPD_CONST && b->locals.data[x->place.local].kind == LOCAL_TEMP)
        loc_of(E, b, x->place.local)->go_temp = true;
    if (st->rv.range_x && b->locals.data[st->rv.range_x - 1].kind == LOCAL_TEMP)
        loc_of(E, b, st->rv.range_x - 1)->go_temp = true;   /* the range's copy of x: {temp} */
    Span at = range_kw(E, st->span);
    if (st->rv.kind != RV_USE) {    /* a map's value: map_intrinsic */
        Hole h = hole_shift(E, k, 1, at, "range-deref");
        if (h.notes)
            h.notes->what = "for loop";
        esc_operand(E, b, h, x);
        return;
    }
    bool array = x->kind != OPD_CONST && x->place.nproj == 1 &&
                 b->locals.data[x->place.local].type->kind == T_ARRAY;
    if (st->rv.range_x && k.derefs >= 0 && st->rv.type && !type_has_pointers(st->rv.type)) {
        /* go1.19's ORANGE flows the ranged value's content into the value
           variable whatever its type: a pointer-free value moved to the
           heap (captured by reference) leaks it (range-deref) */
        Operand xo = {.kind = OPD_COPY, .span = st->rv.span,
                      .type = b->locals.data[st->rv.range_x - 1].type,
                      .place = {st->rv.range_x - 1, 0, NULL}};
        Hole h = hole_shift(E, k, 1, at, "range-deref");
        if (h.notes)
            h.notes->what = "for loop";
        esc_operand(E, b, h, &xo);
        return;
    }
    k = hole_note(E, k, at, array ? "range" : "range-deref");
    if (k.notes)
        k.notes->what = "for loop";
    esc_operand(E, b, k, x);
}

/* A local's variable, if it is a type switch's .tag with a binding. */
static Var *switch_tag(Body *b, LocalId l) {
    Var *v = b->locals.data[l].var;
    return v && v->ts_vars.len ? v : NULL;
}

/* `switch x := v.(type)` (Go's OSWITCH with a guard): v flows through a
 * tee ({temp} in -m=2; the variable itself when only one clause's has
 * pointers) into each clause's x whose type has pointers, dereferenced
 * when x is loaded out of the box (Go's dotType), noted "switch case" at
 * the clause, which the note quotes. st assigns .tag; each clause's
 * `x = .tag.(T)` is then no flow of its own (is_switch_bind). */
static void type_switch(Esc *E, Body *b, MirStmt *st, Var *tag) {
    Hole ks[64];
    int n = 0;
    for (int i = 0; i < tag->ts_vars.len && n < 64; i++) {
        Var *v = tag->ts_vars.data[i];
        if (!type_has_pointers(v->type))
            continue;
        LocalId l = -1;
        for (int j = 0; j < b->locals.len && l < 0; j++)
            if (b->locals.data[j].var == v)
                l = j;
        if (l < 0)
            continue;   /* its clause is dead code */
        Hole k = hole_of(loc_of(E, b, l));
        if (v->type->kind != T_IFACE && !mir_go_direct_iface(v->type))
            k.derefs++;
        k = hole_note(E, k, v->ts_clause->span, "switch case");
        if (k.notes)
            k.notes->what = go_case_text(E->c, v->ts_clause, true);
        ks[n++] = k;
    }
    rvalue(E, b, esc_tee_at(E, ks, n, b, b->locals.data[st->place.local].loop_depth), &st->rv);
}

/* A clause's `x = .tag.(T)` (or `x = .tag`): flowed by type_switch. */
static bool is_switch_bind(Body *b, MirStmt *st) {
    Var *v = st->place.nproj == 0 ? b->locals.data[st->place.local].var : NULL;
    if (!v || !v->ts_clause)
        return false;
    Rvalue *rv = &st->rv;
    Operand *o = (rv->kind == RV_USE || rv->kind == RV_ASSERT) && rv->args.len == 1 ? &rv->args.data[0] : NULL;
    return o && o->kind != OPD_CONST && o->place.nproj == 0 && switch_tag(b, o->place.local);
}

/* Go walks a function's statements in source order (escape/stmt.go: a
 * for loop's condition, post statement, then body; a switch's clauses
 * one after another), so its flows, and the edges -m=2's walk meets, come
 * in that order. ml0c's builder makes a statement's join block (the code
 * after an if, a switch or a loop) before the blocks of its branches:
 * the blocks are visited in the order of their first statement's
 * position instead (a block without statements keeps the place after its
 * predecessor in index order). */
static int *source_order(Esc *E, Body *b) {
    int n = b->blocks.len;
    int *ord = arena_alloc(E->batch, sizeof(int) * (size_t)(n + 1));
    Span *key = arena_alloc(E->batch, sizeof(Span) * (size_t)(n + 1));
    Span last = {-1, 0, 0};
    for (int i = 0; i < n; i++) {
        Block *bb = &b->blocks.data[i];
        key[i] = last;
        mir_foreach_stmt_in(bb, st)
            if ((st->kind == ST_ASSIGN || st->kind == ST_EVAL) && st->span.file >= 0) {
                key[i] = st->span;
                break;
            }
        last = key[i];
        /* insertion sort, stable: after every block not later in source */
        int j = i;
        while (j > 0 && (key[ord[j - 1]].file > key[i].file ||
                         (key[ord[j - 1]].file == key[i].file && key[ord[j - 1]].lo > key[i].lo)))
            ord[j] = ord[j - 1], j--;
        ord[j] = i;
    }
    return ord;
}

void esc_build_body(Esc *E, Body *b) {
    E->bodies[b->index].built = true;
    bool *dead = dead_blocks(E, b);
    esc_find_temps(E, b);
    int *ord = source_order(E, b);
    for (int oi = 0; oi < b->blocks.len; oi++) {
        Block *bb = &b->blocks.data[ord[oi]];
        if (dead && dead[mir_block_id(b, bb)]) {
            mark_dead_sites(E, b, bb);
            mir_foreach_stmt_in(bb, st)     /* gone with the code */
                if (st->kind == ST_ASSIGN && esc_stmt_deferred(E, b, st))
                    E->bodies[b->index].temps[st->place.local].done = true;
            continue;
        }
        E->loop_depth = bb->loop_depth;
        mir_foreach_stmt_in(bb, st) {
            if (esc_stmt_deferred(E, b, st))
                continue;   /* evaluated where its temporary is read */
            if (st->kind == ST_ASSIGN)
                multi_assign_keys(E, b, bb, st);
            if (st->kind == ST_ASSIGN && st->place.nproj == 0 && switch_tag(b, st->place.local))
                type_switch(E, b, st, switch_tag(b, st->place.local));
            else if (st->kind == ST_ASSIGN && is_switch_bind(b, st))
                continue;
            else if (st->kind == ST_ASSIGN && st->place.nproj == 0 && st->rv.kind == RV_ASSERT &&
                     st->rv.amode == ASSERT_OK && loc_of(E, b, st->place.local)->nfields &&
                     comma_ok_def(E, b, st->place.local) == &st->rv)
                continue;   /* flowed at its v = _t.0 (comma_ok) */
            else if (st->kind == ST_ASSIGN && st->self_assign)
                self_assign(E, b, st);
            else if (st->kind == ST_ASSIGN && (st->range_value || rune_range_value(b, st)))
                range_value(E, b, st);
            else if (st->kind == ST_ASSIGN && (tuple_element_store(E, b, st) || return_call(E, b, st)))
                continue;
            else if (st->kind == ST_ASSIGN && st->place.nproj == 0 &&
                     st->rv.kind == RV_AGGREGATE && loc_of(E, b, st->place.local)->nfields)
                tuple_elements(E, b, st);
            else if (st->kind == ST_ASSIGN)
                rvalue(E, b, dest_hole(E, b, st->place, st->span, &st->rv), &st->rv);
            else if (st->kind == ST_EVAL && st->rv.kind == RV_INTRINSIC && st->rv.intrinsic == IN_DEFER)
                defer(E, b, &st->rv);
            else if (st->kind == ST_EVAL) {
                E->stmt_call = st->blank_value ? NULL : &st->rv;   /* `f(x)`, not `_ = f(x)` */
                rvalue(E, b, esc_blank_hole(E), &st->rv);
                E->stmt_call = NULL;
            }
        }
    }
    EscBody *eb = &E->bodies[b->index];
    for (int l = 0; l < b->locals.len; l++)     /* read by nothing followed */
        if (eb->temps[l].def && !eb->temps[l].done) {
            E->loop_depth = b->locals.data[l].loop_depth;
            eval_temp(E, b, hole_of(eb->locals[l]), &eb->temps[l]);
        }
    E->loop_depth = 0;
}
