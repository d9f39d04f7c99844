/*
 * build.c: MIR building, program level, and the builder's verbs for
 * locals, blocks, statements and scopes.
 *
 * mir_lower_func (sema's hook, called as each body checks) creates one
 * Body per function and method first (so every FuncInfo has
 * its body index before any call is lowered), lowers them in source order,
 * lowers func literals as they are met (their bodies are appended), and
 * mir_finish builds the package initializer from the globals'
 * initializers. A Builder's `cur` is the block being filled; after a
 * terminator it is -1 and the next statement opens a fresh, unreachable
 * block, so lowering never has to ask whether code is reachable.
 */
#include "build.h"

#include <stdlib.h>
#include <string.h>

Arena *bld_arena(Builder *B) { return &B->c->arena; }
Arena *bld_tmp(Builder *B) { return B->tmp; }

/* ---- FuncInfo -> body index ------------------------------------------- */

static unsigned ptr_hash(const void *p) {
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (unsigned)(x >> 32);
}

static void funcmap_put(Builder *B, FuncInfo *fi, int index) {
    FuncMap *m = B->funcs;
    if (m->cap == 0 || (index + 1) * 2 > m->cap) {
        FuncMap old = *m;
        m->cap = m->cap ? m->cap * 4 : 256;
        m->keys = arena_alloc(bld_arena(B), sizeof(FuncInfo *) * (size_t)m->cap);
        m->vals = arena_alloc(bld_arena(B), sizeof(int) * (size_t)m->cap);
        for (int i = 0; i < old.cap; i++)
            if (old.keys[i]) {
                unsigned h = ptr_hash(old.keys[i]) & (unsigned)(m->cap - 1);
                while (m->keys[h])
                    h = (h + 1) & (unsigned)(m->cap - 1);
                m->keys[h] = old.keys[i];
                m->vals[h] = old.vals[i];
            }
    }
    unsigned h = ptr_hash(fi) & (unsigned)(m->cap - 1);
    while (m->keys[h] && m->keys[h] != fi)
        h = (h + 1) & (unsigned)(m->cap - 1);
    m->keys[h] = fi;
    m->vals[h] = index;
}

int bld_body_of(Builder *B, FuncInfo *fi) {
    FuncMap *m = B->funcs;
    if (m->cap == 0)
        return -1;
    unsigned h = ptr_hash(fi) & (unsigned)(m->cap - 1);
    while (m->keys[h]) {
        if (m->keys[h] == fi)
            return m->vals[h];
        h = (h + 1) & (unsigned)(m->cap - 1);
    }
    return -1;
}

/* ---- bodies and locals ------------------------------------------------- */

Body *bld_new_body(Builder *B, Sym name, FuncInfo *fi, Span sp) {
    Body *b = arena_alloc(bld_arena(B), sizeof *b);
    b->name = name;
    b->fi = fi;
    b->span = sp;
    b->index = B->mp->bodies.len;
    b->fn_type = fi ? fi->type : NULL;
    b->parent = -1;
    vec_push(bld_arena(B), &B->mp->bodies, b);
    if (fi)
        funcmap_put(B, fi, b->index);
    return b;
}

static LocalId add_local(Builder *B, LocalKind k, Type *t, Sym name, Span sp) {
    Local l = {0};
    l.kind = k;
    l.type = t;
    l.name = name;
    l.span = sp;
    l.scope = B->scope;
    l.loop_depth = B->loop_depth;
    l.init_site = -1;
    vec_push(bld_tmp(B), &B->b->locals, l);
    return B->b->locals.len - 1;
}

LocalId bld_temp(Builder *B, Type *t, Span sp) {
    return add_local(B, LOCAL_TEMP, t, NULL, sp);
}

/* A user variable comes alive here: a local, StorageLive, live-stack entry. */
LocalId bld_user_local(Builder *B, Var *v) {
    LocalId l = add_local(B, LOCAL_USER, v->type, v->name, v->span);
    B->b->locals.data[l].var = v;
    if (v->owner == B->fi && v->index >= 0)
        B->var_local[v->index] = l;
    bld_storage(B, ST_STORAGE_LIVE, l, v->span);
    vec_push(bld_tmp(B), &B->live, l);
    return l;
}

/* ---- blocks and statements ------------------------------------------- */

BlockId bld_block(Builder *B) {
    Block bb = {0};
    bb.term.kind = TM_UNREACHABLE;
    bb.loop_depth = B->loop_depth;
    vec_push(bld_tmp(B), &B->b->blocks, bb);
    return B->b->blocks.len - 1;
}

static Block *open_block(Builder *B) {
    if (B->cur < 0)
        B->cur = bld_block(B);      /* unreachable code still gets lowered */
    return &B->b->blocks.data[B->cur];
}

void bld_switch_to(Builder *B, BlockId bb) {
    B->cur = bb;
    B->b->blocks.data[bb].loop_depth = B->loop_depth;
}

/* A new statement at the end of the current block, filled in place (a
 * statement built on the stack and then copied into the vector cost two
 * copies of 128 bytes). Fresh vector slots are zero: scratch memory. */
static MirStmt *push_stmt(Builder *B, MirStmtKind k, Span sp) {
    Block *bb = open_block(B);
    vec_reserve_(bld_tmp(B), (void **)&bb->stmts.data, &bb->stmts.cap, bb->stmts.len + 1,
                 sizeof(MirStmt));
    MirStmt *st = &bb->stmts.data[bb->stmts.len++];
    st->kind = k;
    st->span = sp;
    return st;
}

void bld_assign(Builder *B, Place dst, Rvalue rv, Span sp) {
    MirStmt *st = push_stmt(B, ST_ASSIGN, sp);
    st->place = dst;
    st->rv = rv;
}

/* The store just emitted reads a range loop's value (MirStmt.range_value). */
void bld_mark_range_value(Builder *B) {
    Block *bb = &B->b->blocks.data[B->cur];
    bb->stmts.data[bb->stmts.len - 1].range_value = true;
}

void bld_eval(Builder *B, Rvalue rv, Span sp) {
    push_stmt(B, ST_EVAL, sp)->rv = rv;
}

void bld_storage(Builder *B, MirStmtKind k, LocalId l, Span sp) {
    push_stmt(B, k, sp)->local = l;
}

static void set_term(Builder *B, Terminator t) {
    Block *bb = open_block(B);
    bb->term = t;
    B->cur = -1;
}

void bld_goto(Builder *B, BlockId target, Span sp) {
    set_term(B, (Terminator){.kind = TM_GOTO, .span = sp, .target = target});
}

void bld_branch(Builder *B, Operand cond, BlockId t, BlockId f, Span sp) {
    set_term(B, (Terminator){.kind = TM_BRANCH, .span = sp, .cond = cond,
                             .target = t, .els = f,
                             .const_if = B->in_if_cond && cond.kind == OPD_CONST});
}

void bld_terminate(Builder *B, TermKind k, Span sp) {
    set_term(B, (Terminator){.kind = k, .span = sp});
}

/* ---- scopes ------------------------------------------------------------ */

int bld_scope_enter(Builder *B, Span sp) {
    Scope s = {B->scope, sp};
    vec_push(bld_tmp(B), &B->b->scopes, s);
    B->scope = B->b->scopes.len - 1;
    return B->live.len;
}

void bld_kill_to(Builder *B, int mark, Span sp) {
    if (B->cur < 0)
        return;
    for (int i = B->live.len - 1; i >= mark; i--)
        bld_storage(B, ST_STORAGE_DEAD, B->live.data[i], sp);
}

void bld_scope_exit(Builder *B, int mark, Span sp) {
    bld_kill_to(B, mark, sp);
    B->live.len = mark;
    B->scope = B->b->scopes.data[B->scope].parent;
}

int bld_site(Builder *B, Span sp, const char *desc) {
    AllocSite s = {0};
    s.id = B->b->sites.len;
    s.span = sp;
    s.desc = desc;
    s.loop_depth = B->loop_depth;
    vec_push(bld_tmp(B), &B->b->sites, s);
    vec_push(bld_tmp(B), &B->site_seq, B->site_clock++);
    return s.id;
}

/* ---- functions --------------------------------------------------------- */

/* Go's capture rule (escape.go flowClosure): a variable that is never
 * reassigned nor addressed and is at most 128 bytes is captured by value;
 * any other by reference. */
bool bld_capture_byval(Var *v) {
    return sema_capture_byval(v);
}

/* The closure environment: per captured var, its value or its address. */
static Type *env_type(Builder *B, Body *b, FuncInfo *fi) {
    int n = fi->captures.len;
    Field *fs = arena_alloc(bld_arena(B), sizeof(Field) * (size_t)(n ? n : 1));
    b->byval = arena_alloc(bld_arena(B), (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        Var *v = fi->captures.data[i];
        b->byval[i] = bld_capture_byval(v);
        fs[i].name = v->name;
        fs[i].span = v->span;
        fs[i].type = b->byval[i] ? v->type : type_ptr(B->s, v->type, false);
    }
    return type_struct_anon(B->s, fs, n);
}

static void add_arg(Builder *B, Var *v) {
    LocalId l = add_local(B, LOCAL_ARG, v->type, v->name, v->span);
    B->b->locals.data[l].var = v;
    B->var_local[v->index] = l;
    B->b->nargs++;
}

/* ---- the finished body, out of the scratch arena ---------------------- */

static void *keep(Builder *B, const void *src, int n, size_t elem) {
    if (n == 0)
        return NULL;
    void *p = arena_alloc(bld_arena(B), (size_t)n * elem);
    memcpy(p, src, (size_t)n * elem);
    return p;
}

#define KEEP(B, v) ((v).data = keep((B), (v).data, (v).len, sizeof *(v).data), (v).cap = (v).len)

void bld_note_ref(Builder *B, int body, Span at) {
    vec_push(bld_tmp(B), &B->refs, ((BodyRef){at, body}));
}

static int by_ref_position(const void *a, const void *b) {
    const BodyRef *x = a, *y = b;
    if (x->at.file != y->at.file)
        return x->at.file - y->at.file;
    if (x->at.lo != y->at.lo)
        return x->at.lo < y->at.lo ? -1 : 1;
    return x < y ? -1 : x > y;     /* stable: as noted */
}

/* The call graph's edges of b in Go's order. Go's VisitFuncsBottomUp
 * visits what a function names as ir.Visit meets it, each node before its
 * children: in source order (a for loop's post statement before its body,
 * `f(g())` f before g), a method before its receiver (noted first, at the
 * call's start). The builder meets them in evaluation order, so the noted
 * references are sorted by where their expression starts; the statements'
 * scan adds whatever was not noted (mir_verify checks the list is
 * complete). The order decides Tarjan's, so which batches -m prints
 * first. */
/* Go's devirtualize runs before escape analysis builds its call graph:
 * s.M(args), with s a local assigned once (not addressed) from a
 * conversion of a concrete T (through plain copies), is then a call of
 * T.M, so T.M's component comes first (escape/call.c, devirtualized, reads
 * the method's summary). Noted at the call, as any method it names. */
static void note_devirtualized(Builder *B, Body *b) {
    int n = b->locals.len;
    int *count = arena_alloc(bld_tmp(B), sizeof(int) * (size_t)(n + 1));
    Rvalue **def = arena_alloc(bld_tmp(B), sizeof(Rvalue *) * (size_t)(n + 1));
    bool any = false;
    mir_foreach_block(b, bb)
        mir_foreach_stmt_in(bb, st) {
            any |= mir_stmt_has_rvalue(st) && st->rv.kind == RV_ICALL;
            if (st->kind == ST_ASSIGN && st->place.nproj == 0 && count[st->place.local]++ == 0)
                def[st->place.local] = &st->rv;
        }
    if (!any)
        return;
    mir_foreach_block(b, bb)
        mir_foreach_stmt_in(bb, st) {
            Rvalue *rv = &st->rv;
            if (!mir_stmt_has_rvalue(st) || rv->kind != RV_ICALL)
                continue;
            Operand *recv = &rv->args.data[0];
            Rvalue *d = NULL;
            for (int hops = 0; hops < 8 && recv->kind != OPD_CONST && recv->place.nproj == 0; hops++) {
                LocalId l = recv->place.local;
                d = count[l] == 1 && !b->locals.data[l].addressed ? def[l] : NULL;
                if (!d || d->kind != RV_USE || d->args.data[0].type != recv->type)
                    break;
                recv = &d->args.data[0];
            }
            if (!d || d->kind != RV_IFACE || d->elem->kind == T_IFACE)
                continue;
            Type *it = rv->args.data[0].type;
            Method *m = type_iface_impl_sel(d->elem, it->imethods.data[rv->func].name, NULL);
            int f = m && m->decl->u.func.info ? bld_body_of(B, m->decl->u.func.info) : -1;
            if (f >= 0)
                bld_note_ref(B, f, rv->span);
        }
}

static void list_callees(Builder *B, Body *b) {
    note_devirtualized(B, b);
    VEC(int) callees = {0};
    if (b->parent >= 0)
        vec_push(bld_tmp(B), &callees, b->parent);
    if (B->refs.len)
        qsort(B->refs.data, (size_t)B->refs.len, sizeof *B->refs.data, by_ref_position);
    for (int i = 0; i < B->refs.len; i++)
        vec_push(bld_tmp(B), &callees, B->refs.data[i].body);
    B->refs.data = NULL;
    B->refs.len = B->refs.cap = 0;
    mir_foreach_block(b, bb)
        mir_foreach_stmt_in(bb, st) {
            Rvalue *rv = &st->rv;
            if (mir_stmt_has_rvalue(st)) {
                if (rv->kind == RV_CLOSURE)
                    vec_push(bld_tmp(B), &callees, rv->func);
                mir_foreach_operand(rv, o)
                    if (o->kind == OPD_CONST && o->c.kind == CONST_FUNC)
                        vec_push(bld_tmp(B), &callees, o->c.func);
            }
        }
    b->callees.data = callees.data;
    b->callees.len = callees.len;
    KEEP(B, b->callees);
}

/* Copy b's vectors and operand lists, exactly sized, into the context
 * arena: nothing of b points into the scratch arena afterwards. First
 * (the statements are still in cache), list the bodies b names. */
static void keep_body(Builder *B, Body *b) {
    bld_order_sites(B, b);
    list_callees(B, b);
    KEEP(B, b->locals);
    KEEP(B, b->scopes);
    KEEP(B, b->sites);
    KEEP(B, b->self_assigns);
    KEEP(B, b->iface_at);
    KEEP(B, b->call_texts);
    KEEP(B, b->blocks);
    mir_foreach_block(b, bb) {
        KEEP(B, bb->stmts);
        mir_foreach_stmt_in(bb, st)
            KEEP(B, st->rv.args);
    }
}

/* Lower fi into body b with a fresh Builder state (func literals recurse). */
void bld_function(Builder *outer, FuncInfo *fi, Body *b, Stmt *body) {
    Builder B = *outer;
    B.b = b;
    B.fi = fi;
    B.cur = -1;
    B.scope = -1;
    B.loop_depth = 0;
    B.loop = NULL;
    B.concat_site1 = 0;
    B.defer_landed = -1;
    B.in_if_cond = false;
    B.live.data = NULL;
    B.live.len = B.live.cap = 0;
    B.nlits = 0;
    B.labels.data = NULL;
    B.labels.len = B.labels.cap = 0;
    B.blocks.data = NULL;
    B.blocks.len = B.blocks.cap = 0;
    B.fall = -1;
    B.refs.data = NULL;
    B.refs.len = B.refs.cap = 0;
    B.hoisted.data = NULL;
    B.hoisted.len = B.hoisted.cap = 0;
    B.hoisted_at = NULL;
    B.hoisted_cap = 0;
    B.order_depth = 0;
    B.early = 0;
    B.early_index.data = NULL;
    B.early_index.len = B.early_index.cap = 0;
    B.site_seq.data = NULL;
    B.site_seq.len = B.site_seq.cap = 0;
    B.site_clock = 0;
    B.var_local = arena_alloc(bld_tmp(&B), sizeof(LocalId) * (size_t)(fi->vars.len + 1));
    for (int i = 0; i < fi->vars.len; i++)
        B.var_local[i] = -1;
    bld_scope_enter(&B, b->span);
    Type *res = fi->type && fi->type->result ? fi->type->result : B.s->t_void;
    add_local(&B, LOCAL_RETURN, res, NULL, b->span);
    if (fi->lit) {
        b->has_env = true;
        b->env_type = env_type(&B, b, fi);
        add_local(&B, LOCAL_ENV, type_ptr(B.s, b->env_type, false), NULL, b->span);
        b->nargs = 1;
    }
    if (fi->recv)
        add_arg(&B, fi->recv);
    for (int i = 0; i < fi->params.len; i++)
        add_arg(&B, fi->params.data[i]);
    B.cur = bld_block(&B);
    lower_named_results(&B, fi);
    lower_defer_entry(&B, b->span);
    B.depth++;
    lower_body(&B, body);
    keep_body(&B, b);
    outer->mp = B.mp;
    if (outer->depth == 0)
        arena_reset(bld_tmp(outer));
}

/* *&global_i, the place package initialization stores to. */
Place global_dst(Builder *B, int i) {
    Global *g = &B->s->globals.data[i];
    Type *pt = type_ptr(B->s, g->type, false);
    LocalId t = bld_temp(B, pt, g->span);
    Operand addr = opd_const(CONST_GLOBAL, pt);
    addr.c.global = i;
    Rvalue use = rv_new(RV_USE, pt, g->span);
    rv_arg(B, &use, addr);
    bld_assign(B, place_local(t), use, g->span);
    return place_project(B, place_local(t), PJ_DEREF, 0, -1, g->type);
}

static Body *build_init(Builder *B) {
    SemaInfo *s = B->s;
    bool any = false;
    for (int i = 0; i < s->globals.len; i++)
        any |= s->globals.data[i].init != NULL;
    if (!any)
        return NULL;
    Body *b = bld_new_body(B, intern_cstr(B->c, "init"), NULL, NO_SPAN);
    b->is_init = true;
    B->b = b;
    B->refs.data = NULL;
    B->refs.len = B->refs.cap = 0;
    B->fi = NULL;
    B->init_static.data = NULL;
    B->init_static.len = B->init_static.cap = 0;
    B->init_stmp = 0;
    B->hoisted.data = NULL;
    B->hoisted.len = B->hoisted.cap = 0;
    B->hoisted_at = NULL;
    B->hoisted_cap = 0;
    B->site_seq.data = NULL;
    B->site_seq.len = B->site_seq.cap = 0;
    B->site_clock = 0;
    /* the package's own hidden variables (f(g())'s results) */
    B->var_local = arena_alloc(bld_tmp(B), sizeof(LocalId) * (size_t)(s->init_vars.len + 1));
    for (int i = 0; i < s->init_vars.len; i++)
        B->var_local[i] = -1;
    B->scope = -1;
    B->loop_depth = 0;
    bld_scope_enter(B, NO_SPAN);
    vec_push(bld_tmp(B), &b->locals, ((Local){.kind = LOCAL_RETURN, .type = s->t_void, .init_site = -1}));
    B->cur = bld_block(B);
    B->depth++;     /* a func literal lowered inside keeps the scratch arena */
    for (int i = 0; i < s->globals.len; i++) {
        Global *g = &s->globals.data[i];
        if (!g->init)
            continue;
        if (g->tuple_n) {   /* var a, b = f(): f's results to a, b */
            lower_global_tuple(B, i);
            continue;
        }
        if (B->c->opt.m_level >= 2 || B->c->opt.explain)
            mir_plan_init(B, i);
        B->init_static.len = 0;
        mir_note_init_static(B, g->init);
        lower_into(B, global_dst(B, i), g->init, g->type);
        bld_order_done(B);
    }
    bld_order_done(B);
    B->init_static.len = 0;
    bld_kill_to(B, 0, NO_SPAN);     /* f(g())'s .autotmp_N die (and drop) here */
    bld_terminate(B, TM_RETURN, NO_SPAN);
    keep_body(B, b);
    B->depth--;
    arena_reset(bld_tmp(B));
    B->hoisted.data = NULL;
    B->hoisted.cap = 0;
    B->hoisted_at = NULL;
    B->hoisted_cap = 0;
    B->site_seq.data = NULL;
    B->site_seq.len = B->site_seq.cap = 0;
    return b;
}

struct MirBuild {
    Builder B;
    FuncMap funcs;
    Arena tmp;
};

MirBuild *mir_begin(Ctx *c) {
    MirBuild *mb = arena_alloc(&c->arena, sizeof *mb);
    mb->B.c = c;
    mb->B.funcs = &mb->funcs;
    mb->B.tmp = &mb->tmp;
    return mb;
}

/* The program and one body per function and method, before any is
 * lowered, so every call can name its callee's body. */
static void start_program(MirBuild *mb, SemaInfo *s) {
    Builder *B = &mb->B;
    MirProgram *mp = arena_alloc(&B->c->arena, sizeof *mp);
    mp->sema = s;
    mp->main_body = -1;
    mp->init_body = -1;
    B->s = s;
    B->mp = mp;
    for (int i = 0; i < s->funcs.len; i++) {
        FuncInfo *fi = s->funcs.data[i];
        bld_new_body(B, fi->name, fi, fi->decl ? fi->decl->name_span : NO_SPAN);
    }
}

void mir_lower_func(void *arg, SemaInfo *s, int func) {
    MirBuild *mb = arg;
    if (!mb->B.mp)
        start_program(mb, s);
    FuncInfo *fi = s->funcs.data[func];
    bld_function(&mb->B, fi, mb->B.mp->bodies.data[func], fi->decl->u.func.body);
}

MirProgram *mir_program(MirBuild *mb) { return mb->B.mp; }

MirProgram *mir_finish(MirBuild *mb, SemaInfo *s) {
    if (!mb->B.mp)
        start_program(mb, s);
    MirProgram *mp = mb->B.mp;
    if (s->main)
        mp->main_body = bld_body_of(&mb->B, s->main);
    for (int i = 0; i < s->inits.len; i++)
        vec_push(&mb->B.c->arena, &mp->user_inits, bld_body_of(&mb->B, s->inits.data[i]));
    Body *init = build_init(&mb->B);
    if (init)
        mp->init_body = init->index;
    bld_order_finish(mp);
    mir_end(mb);
    return mp;
}

void mir_end(MirBuild *mb) { arena_free(&mb->tmp); }
