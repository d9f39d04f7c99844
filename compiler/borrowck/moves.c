/*
 * moves.c: move checking (E0382), the first part of --borrowck.
 *
 * A move path is a local followed by field projections (x, x.f, x.f.g);
 * a move-out is one `move` of a path at one statement. A forward "may"
 * dataflow (mir/dataflow.c) computes, at every point, which move-outs
 * may have happened on some path without the moved path being assigned
 * again since. A use (read, borrow, move) of a place that overlaps a
 * maybe-moved path, as prefix or as extension, is a conflict; it is
 * recorded for explain.c, once per set of move-outs reaching a use, at
 * the use rustc keeps (buffer_error: the first, or a later one whose
 * place is not a prefix of it).
 *
 * Closures: a closure whose body moves a captured value owns it (Rust's
 * by-value capture), so making it moves the value out of the maker, and
 * calling it consumes it (FnOnce); in its body the capture is a move
 * path of its own (bck_capture_len, captures.c), so moving it twice is E0382 there.
 * A closure that is not Copy (closure_moves.c) moves when copied (`g :=
 * f`); calling it, or passing it on, borrows it.
 *
 * Within a statement operands move left to right, as rustc's MIR: a move
 * by one operand is in effect for the operands after it and for the
 * temporaries the builder computed for them (check_later_temps).
 */
#include "borrowck.h"

#include <limits.h>
#include <string.h>

/* The move path of p: its local (or a closure's capture), then its
 * leading fields and dereferences of Boxes (a Box owns its contents:
 * rustc's move paths go through it, so `take(*b)` moves `*b`). */
MovePath bck_path_of(Body *b, Place p) {
    int k = bck_capture_len(b, p);
    int off = k ? 1 : 0;
    MovePath mp = {p.local, k ? k - 1 : 0, k ? p.proj + 1 : p.proj};
    Type *t = k ? p.proj[k - 1].type : b->locals.data[p.local].type;
    while (mp.nfields + off < p.nproj) {
        Proj *pj = &p.proj[mp.nfields + off];
        if (pj->kind != PJ_FIELD && !(pj->kind == PJ_DEREF && t->kind == T_BOX))
            break;
        t = pj->type;
        mp.nfields++;
    }
    return mp;
}

/* How many projections of p its move path stands for. */
static int path_nproj(Body *b, MovePath mp, Place p) {
    return mp.nfields + (bck_capture_len(b, p) ? 1 : 0);
}

/* Does p go past its move path: through a pointer, or an index? */
static bool through_pointer(Body *b, Place p) {
    return path_nproj(b, bck_path_of(b, p), p) < p.nproj;
}

/* Is a a prefix of b (a contains b; fields and Box dereferences, owned
 * paths too)? */
bool bck_path_prefix(MovePath a, MovePath b) {
    if (a.local != b.local || a.nfields > b.nfields)
        return false;
    for (int i = 0; i < a.nfields; i++)
        if (a.proj[i].kind != b.proj[i].kind || (a.proj[i].kind == PJ_FIELD && a.proj[i].field != b.proj[i].field))
            return false;
    return true;
}

static bool tracked(Body *b, LocalId l) {
    LocalKind k = b->locals.data[l].kind;
    return k == LOCAL_USER || k == LOCAL_ARG;
}

/* Is p under a variable whose moves are tracked (a closure's capture too)? */
static bool tracked_place(Body *b, Place p) {
    return tracked(b, p.local) || bck_capture_len(b, p) > 0;
}

static bool has_span(Span s) { return s.hi > 0; }

/* ---- collecting move-outs --------------------------------------------- */

/* Does `move` operand o of st give the value away? Not all do. */
bool bck_really_moves(Body *b, MirStmt *st, Operand *o) {
    if (o->kind != OPD_MOVE)
        return false;
    if (bck_append_in_place(st, o))
        return false;   /* x = append(x, ...) is Vec::push: x is borrowed, not moved */
    if (bck_iface_lends(b, st, o))
        return false;   /* i.M(), x.(int): &self / downcast_ref (iface.c) */
    if (mir_lends(b, st, o))
        return false;   /* fmt.Println(s), strings.Contains(s, x): &s (mir/lends.c) */
    /* passing a *mut T reborrows it: the caller's pointer stays usable */
    return !(st->rv.kind == RV_CALL && o != &st->rv.args.data[0] && o->type->kind == T_PTR && o->type->mut);
}

/* Is o a range loop's string value passed to a user function (`f(w)` in
 * `for _, w := range words`)? w is a `&String` (range_values.c) and the
 * twin's string parameters are `&str` (`up(x)` in
 * tests/borrowck/ok_fresh_string_result): a reborrow, no move, so it may
 * be passed again. (A struct or slice value passed by value is still a
 * move of the loop's copy: the twins' by-value parameters.) */
static bool lends_range_value(Body *b, MirStmt *st, Operand *o) {
    return st->rv.kind == RV_CALL && o != &st->rv.args.data[0] && o->place.nproj == 0 && o->type &&
           o->type->kind == T_STRING && bck_range_value(b, o->place.local);
}

static void add_moveout(Ctx *c, MoveData *md, Operand *o, MirStmt *st, int block, int index) {
    if (!bck_really_moves(md->body, st, o) || through_pointer(md->body, o->place) || !tracked_place(md->body, o->place) ||
        lends_range_value(md->body, st, o) || bck_drop_type_moved_from(md->body, o->place))
        return;
    MoveOut m = {0};
    m.path = bck_path_of(md->body, o->place);
    m.span = has_span(o->span) ? o->span : st->span;
    m.block = block;
    m.index = index;
    m.stmt = st;
    m.opd = o;
    if (st->rv.kind == RV_CALL && o != &st->rv.args.data[0])
        m.call = &st->rv;
    vec_push(&c->arena, &md->outs, m);
}

/* ---- closures that move what they capture ------------------------------- */

/* Rust captures a variable by value when the closure's body moves it (or,
 * precisely, the moved field path: `p.a` for `take(p.a)`), and the move
 * happens where the closure is made. ML0's environment field a holds the
 * value (Go's by-value capture) or a pointer to the variable (by
 * reference); the body moves `(*env).a.f...` or `(*(*env).a).f...`, or
 * makes a closure of its own that moves it (`func() { take(y) }()`
 * inside: the same rule, one level down); bck_body_moves walks both. Up
 * to max such places of the maker's body go to out; returns how many. The
 * operand is a variable of the maker, or a capture of its own when the
 * maker is a closure too. */
typedef struct CaptureMoves {
    Ctx *c;
    int a;          /* the capture's field in the environment */
    bool byref;     /* the field holds a pointer to the variable */
    Place base;     /* the maker's place the capture stands for */
    Place *out;
    int n, max;
} CaptureMoves;

/* Body move m, when it is of capture a (`(*env).a.f...`, or
 * `(*(*env).a).f...` by reference), as the maker's place into out. */
static void moved_capture(void *env, const BodyMove *m) {
    CaptureMoves *cm = env;
    Place q = m->place;
    int skip = cm->byref ? 3 : 2;
    if (q.local != 1 || q.nproj < skip || q.proj[0].kind != PJ_DEREF || q.proj[1].kind != PJ_FIELD ||
        q.proj[1].field != cm->a || (cm->byref && q.proj[2].kind != PJ_DEREF))
        return;
    bool fields = true;     /* fields, and a Box's contents (`s := *b`) */
    for (int i = skip; i < q.nproj; i++)
        fields = fields && (q.proj[i].kind == PJ_FIELD ||
                            (q.proj[i].kind == PJ_DEREF && q.proj[i - 1].type->kind == T_BOX));
    if (!fields || cm->n >= cm->max)
        return;     /* out of a pointer or an index: E0507 there */
    Place base = cm->base, p = base;
    p.nproj = base.nproj + q.nproj - skip;
    p.proj = arena_alloc(&cm->c->arena, sizeof(Proj) * (size_t)(p.nproj ? p.nproj : 1));
    if (base.nproj)
        memcpy(p.proj, base.proj, sizeof(Proj) * (size_t)base.nproj);
    if (q.nproj > skip)
        memcpy(p.proj + base.nproj, q.proj + skip, sizeof(Proj) * (size_t)(q.nproj - skip));
    for (int i = base.nproj; i < p.nproj; i++)
        if (p.proj[i].kind == PJ_DEREF) {
            p.nproj = i;    /* a by-value capture stops at its first dereference: the whole Box */
            break;
        }
    for (int i = 0; i < cm->n; i++) {   /* moved twice in the body: one capture */
        Place *o = &cm->out[i];
        bool seen = o->local == p.local && o->nproj == p.nproj;
        for (int j = 0; seen && j < p.nproj; j++)
            seen = o->proj[j].kind == p.proj[j].kind && o->proj[j].field == p.proj[j].field;
        if (seen)
            return;
    }
    cm->out[cm->n++] = p;
}

int bck_closure_moves(Ctx *c, MirProgram *prog, Body *b, MirStmt *st, Operand *o, Place *out, int max) {
    Rvalue *rv = &st->rv;
    if (rv->kind != RV_CLOSURE || o->kind == OPD_CONST || o->place.nproj != bck_capture_len(b, o->place) ||
        rv->func < 0 || rv->func >= prog->bodies.len)
        return 0;
    CaptureMoves cm = {c, mir_operand_index(rv, o), b->locals.data[o->place.local].kind == LOCAL_TEMP, o->place,
                       out, 0, max};
    if (cm.byref && !bck_ref_source(b, o->place.local, &cm.base))
        return 0;
    bck_body_moves(c, prog, prog->bodies.data[rv->func], moved_capture, &cm);
    return cm.n;
}

void bck_collect_moves(Ctx *c, MoveData *md) {
    Body *b = md->body;
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        mir_foreach_operand(&st->rv, o)
            add_moveout(c, md, o, st, mir_block_id(b, bb), mir_stmt_index(bb, st));
        Operand *callee = st->rv.kind == RV_CALL ? &st->rv.args.data[0] : NULL;
        if (callee && callee->kind != OPD_CONST && callee->place.nproj == 0 &&
            tracked(b, callee->place.local) && bck_closure_local_once(c, md->prog, b, callee->place.local)) {
            MoveOut m = {0};    /* f() consumes an FnOnce f */
            m.path = bck_path_of(b, callee->place);
            m.span = has_span(callee->span) ? callee->span : st->span;
            m.block = mir_block_id(b, bb);
            m.index = mir_stmt_index(bb, st);
            m.stmt = st;
            vec_push(&c->arena, &md->outs, m);
        }
        mir_foreach_operand(&st->rv, o) {
            if (!bck_closure_copy_moves(c, md->prog, b, st, o))
                continue;
            MoveOut m = {0};    /* g := f of a closure that is not Copy */
            m.path = bck_path_of(b, o->place);
            m.span = has_span(o->span) ? o->span : st->span;
            m.block = mir_block_id(b, bb);
            m.index = mir_stmt_index(bb, st);
            m.stmt = st;
            m.opd = o;
            vec_push(&c->arena, &md->outs, m);
        }
        if (st->rv.kind != RV_CLOSURE)
            continue;
        mir_foreach_operand(&st->rv, o) {
            Place moved[8];
            int n = bck_closure_moves(c, md->prog, b, st, o, moved, 8);
            for (int i = 0; i < n; i++) {
                if (through_pointer(b, moved[i]) || !tracked_place(b, moved[i]))
                    continue;   /* (a capture of b's own, when b is a closure) */
                MoveOut m = {0};
                m.path = bck_path_of(b, moved[i]);
                m.span = st->rv.span.hi > 0 ? st->rv.span : st->span;
                m.block = mir_block_id(b, bb);
                m.index = mir_stmt_index(bb, st);
                m.stmt = st;
                vec_push(&c->arena, &md->outs, m);
            }
        }
    }
}

/* ---- transfer ------------------------------------------------------------ */

static void kill_prefixed(MoveData *md, BitSet *s, MovePath reinit) {
    for (int m = 0; m < md->outs.len; m++)
        if (bck_path_prefix(reinit, md->outs.data[m].path))
            bitset_clear(s, m);
}

/* Apply statement j of block bb to the state. */
static void transfer_stmt(MoveData *md, BitSet *s, int block, int j, MirStmt *st) {
    for (int m = 0; m < md->outs.len; m++)
        if (md->outs.data[m].block == block && md->outs.data[m].index == j)
            bitset_set(s, m);
    if (st->kind == ST_ASSIGN && !through_pointer(md->body, st->place) &&
        !(st->rv.args.len && bck_append_in_place(st, &st->rv.args.data[0])))
        kill_prefixed(md, s, bck_path_of(md->body, st->place));   /* (a push does not re-initialise) */
    if (st->kind == ST_STORAGE_LIVE || st->kind == ST_STORAGE_DEAD)
        kill_prefixed(md, s, (MovePath){st->local, 0, NULL});
}

static void transfer_block(void *ctx, BitSet *s, Block *bb, int block) {
    MoveData *md = ctx;
    mir_foreach_stmt_in(bb, st)
        transfer_stmt(md, s, block, mir_stmt_index(bb, st), st);
}

/* ---- finding uses of moved values ---------------------------------------- */

/* An error waiting for the end of the walk: rustc buffers one per set
 * of move-outs reaching a use, and a later use with the same set replaces
 * it unless the later place is a prefix of (or is) the reported one:
 * after `take(p)`, `f(&p)` then `println(p.n)` reports p.n. A place
 * through a field whose type has a region equals no earlier place
 * (through_region_field): the last such use is reported. */
typedef struct Pending {
    BitSet moves;
    MovePath path;
    Conflict cf;
} Pending;

typedef struct MoveCheck {
    Ctx *c;
    MoveData *md;
    VEC(Pending) pending;
    int block, index;   /* the statement being checked */
    BitSet *fresh;      /* moves made by its operands checked so far, or NULL */
} MoveCheck;

/* Was a field path under moved path mp, and over q, assigned earlier in
 * this block (after the move, if the move is here)? Then q is initialised
 * again although mp as a whole is not (`take(p); p.n = 6; bump(&mut p.n)`
 * uses p.n legally; only a use of all of p is an error). Straight-line
 * code only: enough for the common case, and never unsound. */
static bool reinitialised(MoveCheck *k, MoveOut *m, MovePath q) {
    Block *bb = &k->md->body->blocks.data[k->block];
    if (m->block == k->block && m->index == k->index)
        return false;   /* moved by an earlier operand of this statement */
    int from = m->block == k->block && m->index < k->index ? m->index + 1 : 0;
    for (int j = from; j < k->index && j < bb->stmts.len; j++) {  /* between the move and the use */
        MirStmt *st = &bb->stmts.data[j];
        if (st->kind != ST_ASSIGN || through_pointer(k->md->body, st->place))
            continue;
        MovePath r = bck_path_of(k->md->body, st->place);
        if (r.nfields > m->path.nfields && bck_path_prefix(m->path, r) && bck_path_prefix(r, q))
            return true;
    }
    return false;
}

/* The owned part of p: its local, then fields and dereferences of Boxes
 * (rustc's move paths go through a Box: `*b` is longer than `b`), for
 * comparing which of two uses is the more general. */
static MovePath owned_path_of(Body *b, Place p) {
    int k = bck_capture_len(b, p), off = k ? 1 : 0;
    MovePath mp = {p.local, k ? k - 1 : 0, k ? p.proj + 1 : p.proj};
    Type *t = k ? p.proj[k - 1].type : b->locals.data[p.local].type;
    while (mp.nfields + off < p.nproj && (p.proj[mp.nfields + off].kind == PJ_FIELD ||
                                          (p.proj[mp.nfields + off].kind == PJ_DEREF && t->kind == T_BOX))) {
        t = p.proj[mp.nfields + off].type;
        mp.nfields++;
    }
    return mp;
}


/* Is st a write of an owned path r strictly under mp and over qo
 * (`*b = 4` after `takeB(b)`, before a use of `*b`)? */
static bool reinits_under(Body *b, MirStmt *st, MovePath mp, MovePath qo) {
    if (st->kind != ST_ASSIGN)
        return false;
    MovePath r = owned_path_of(b, st->place);
    return path_nproj(b, r, st->place) == st->place.nproj && r.nfields > mp.nfields && bck_path_prefix(mp, r) &&
           bck_path_prefix(r, qo);
}

/* Does every path from move m to the use being checked write an owned
 * path between m's and qo (rustc initialises `*b` by `*b = v`, so `&*b`
 * after it is fine although `b` stays moved)? A forward search from the
 * move that stops at such writes and looks for the use. */
static bool reinit_on_every_path(MoveCheck *k, MoveOut *m, MovePath qo) {
    Body *b = k->md->body;
    if (qo.nfields <= m->path.nfields || (m->block == k->block && m->index == k->index))
        return false;   /* (moved by an earlier operand of this statement) */
    BitSet seen = bitset_new(&k->c->arena, b->blocks.len);
    VEC(int) work = {0};
    int start_block = m->block, start_index = m->index + 1;
    for (;;) {
        Block *bb = &b->blocks.data[start_block];
        bool stopped = false;
        for (int j = start_index; j < bb->stmts.len; j++) {
            if (start_block == k->block && j == k->index)
                return false;   /* reached the use */
            if (reinits_under(b, &bb->stmts.data[j], m->path, qo)) {
                stopped = true;
                break;
            }
        }
        if (!stopped && start_block == k->block && k->index >= bb->stmts.len && start_index <= k->index)
            return false;
        if (!stopped) {
            BlockId succ[2];
            for (int n = mir_term_succs(&bb->term, succ), i = 0; i < n; i++)
                if (!bitset_get(&seen, succ[i])) {
                    bitset_set(&seen, succ[i]);
                    vec_push(&k->c->arena, &work, succ[i]);
                }
        }
        if (work.len == 0)
            return true;
        start_block = work.data[--work.len];
        start_index = 0;
    }
}

/* The path a partial write `q.f.x = v` under moved path mp is reported
 * as using, for merging it with later errors: the place its last field
 * is projected from (rustc's check_parent_of_field: `q.f`, so a later
 * `&q.f` or `q.f.y = w` is the same error, not a new one at the later
 * line); mp when the write is not a field of an owned path. */
static MovePath written_base(Body *b, Place p, MovePath mp) {
    MovePath r = owned_path_of(b, p);
    if (path_nproj(b, r, p) != p.nproj || r.nfields <= mp.nfields || r.proj[r.nfields - 1].kind != PJ_FIELD)
        return mp;
    r.nfields--;
    return r;
}

/* The shortest moved prefix of q among moves: a partial write `p.n = v`
 * is checked on it (rustc's check_parent_of_field), so the walk for its
 * moves stops only at writes of that prefix, not at an earlier `p.n = w`. */
static MovePath shortest_moved(MoveData *md, BitSet *moves, MovePath q) {
    MovePath r = q;
    for (int m = 0; m < md->outs.len; m++)
        if (bitset_get(moves, m) && md->outs.data[m].path.nfields < r.nfields)
            r.nfields = md->outs.data[m].path.nfields;
    return r;
}

/* Does a field of type t carry a region in the twin: a reference, a
 * closure (`Box<dyn FnMut() + 'a>`), an interface (`Box<dyn Trait>`, whose
 * bound is an implicit 'static), also in a Box, slice, array or map, or a
 * struct with a lifetime parameter (one holding a reference or closure;
 * an interface inside a struct is `+ 'static` there, no parameter)?
 * Depth-bounded for recursive types. */
static bool type_has_region(Type *t, bool in_struct, int depth) {
    if (!t || depth > 8)
        return false;
    switch (t->kind) {
    case T_PTR: case T_FUNC: return true;
    case T_IFACE: return !in_struct;
    case T_ARRAY: case T_SLICE: case T_BOX: return type_has_region(t->elem, in_struct, depth + 1);
    case T_MAP: return type_has_region(t->key, in_struct, depth + 1) || type_has_region(t->elem, in_struct, depth + 1);
    case T_STRUCT:
        for (int i = 0; i < t->fields.len; i++)
            if (type_has_region(t->fields.data[i].type, true, depth + 1))
                return true;
        return false;
    default: return false;
    }
}

/* Does p, in its first n projections, go through a field whose type
 * carries a region? rustc's MIR places name a field with its type, and
 * the region renumbering before borrow checking gives every occurrence
 * fresh region variables: two uses through such a field (`h.s` of a
 * `Box<dyn Shower>`, `a.r` of a `&i32`) are never equal places. */
static bool through_region_field(Place p, int n) {
    for (int i = 0; i < n && i < p.nproj; i++)
        if (p.proj[i].kind == PJ_FIELD && type_has_region(p.proj[i].type, false, 0))
            return true;
    return false;
}

/* regions: the use goes through a field with a region (through_region_field),
 * so it is a prefix of no earlier reported place and replaces the error
 * of its move set: rustc reports the last of two `h.s.Show()` after
 * `takeH(h)` (wide seed 1408), the first of two `g.s.get()` of a Box[P]. */
static void buffer_error(MoveCheck *k, BitSet *moves, MovePath q, bool regions, Conflict *cf) {
    for (int i = 0; i < k->pending.len; i++) {
        Pending *e = &k->pending.data[i];
        bool same = true;
        for (int m = 0; m < k->md->outs.len && same; m++)
            same = bitset_get(&e->moves, m) == bitset_get(moves, m);
        if (!same)
            continue;
        if (regions || !bck_path_prefix(q, e->path))
            e->path = q, e->cf = *cf;
        return;
    }
    Pending e = {*moves, q, *cf};
    vec_push(&k->c->arena, &k->pending, e);
}

/* Is p a slice's element (`s[i] = v`: the twin's IndexMut borrows s)? */
static bool slice_elem(Body *b, Place p) {
    if (!p.nproj || (p.proj[p.nproj - 1].kind != PJ_INDEX && p.proj[p.nproj - 1].kind != PJ_CONST_INDEX))
        return false;
    return (p.nproj == 1 ? b->locals.data[p.local].type : p.proj[p.nproj - 2].type)->kind == T_SLICE;
}

/* Is writing p an assignment to a field of an owned path (`q.f.x = v`):
 * rustc's "assign to part of moved value" (a write through a Box, `*b =
 * v`, is a use of b)? */
static bool field_write(Body *b, Place p) {
    return p.nproj && p.proj[p.nproj - 1].kind == PJ_FIELD && path_nproj(b, owned_path_of(b, p), p) == p.nproj;
}

/* The projections of p that name rustc's move_path_closest_to(p): its
 * longest prefix with a move path, which is any path moved or assigned
 * in the body, and their prefixes. After `take(w.b)`, `t := w.b.a` moves
 * w.b.a too, so its E0382 is "use of moved value: `w.b.a`". */
static int closest_move_path(MoveData *md, Place p) {
    Body *b = md->body;
    if (bck_capture_len(b, p))
        return 0;
    MovePath q = bck_path_of(b, p);
    for (int n = q.nfields; n > 0; n--) {
        MovePath pre = {q.local, n, q.proj};
        for (int m = 0; m < md->outs.len; m++)
            if (bck_path_prefix(pre, md->outs.data[m].path))
                return n;
        mir_foreach_stmt(b, bb, st)
            if (st->kind == ST_ASSIGN && st->place.local == q.local && !through_pointer(b, st->place) &&
                bck_path_prefix(pre, bck_path_of(b, st->place)))
                return n;
    }
    return 0;
}

/* The labels of cf, from the set of its moves: the first is cf->move,
 * the others more_moves, in move-out order; those in loops (or none) are
 * "in previous iteration of loop". */
static void label_moves(MoveCheck *k, Conflict *cf, BitSet *moves, BitSet *loops) {
    for (int m = 0; m < k->md->outs.len; m++) {
        if (!bitset_get(moves, m))
            continue;
        int label = cf->move ? cf->more_moves.len + 1 : 0;
        if (loops && bitset_get(loops, m) && label < 64)
            cf->loop_moves |= (uint64_t)1 << label;
        if (!cf->move)
            cf->move = &k->md->outs.data[m];
        else
            vec_push(&k->c->arena, &cf->more_moves, &k->md->outs.data[m]);
    }
}

/* A use of p (write: an assignment to part of p, which re-initialises
 * what it overwrites and is an error only under a wholly moved prefix). */
static void use_or_write(MoveCheck *k, BitSet *s, Place p, Span at, bool borrow, bool write) {
    Body *body = k->md->body;
    if (body->locals.data[p.local].kind == LOCAL_ENV && !bck_capture_len(body, p))
        return;     /* the environment itself, or a by-reference capture's pointer */
    MovePath q = bck_path_of(body, p);
    Conflict cf = {.kind = CONFLICT_USE_MOVED, .prog = k->md->prog, .body = k->md->body,
                   .used = p, .at = at, .borrow = borrow || (write && slice_elem(body, p)),
                   .assign = write && field_write(body, p)};
    BitSet moves = bitset_new(&k->c->arena, k->md->outs.len);
    bool any = false;
    for (int m = 0; m < k->md->outs.len; m++) {
        if (!bitset_get(s, m))
            continue;
        MovePath mp = k->md->outs.data[m].path;
        if (write ? !bck_path_prefix(mp, q) || (mp.nfields >= q.nfields && p.nproj == path_nproj(k->md->body, q, p))
                  : !bck_path_prefix(mp, q) && !bck_path_prefix(q, mp))
            continue;
        if (!write && mp.nfields < q.nfields && bck_path_prefix(mp, q) && reinitialised(k, &k->md->outs.data[m], q))
            continue;
        if (!write && bck_path_prefix(mp, q) &&
            reinit_on_every_path(k, &k->md->outs.data[m], owned_path_of(k->md->body, p)))
            continue;
        bitset_set(&moves, m);      /* one error per use: every move is a label */
        any = true;
    }
    /* rustc looks for the moves of the used path or of a prefix of it
       when that is maybe moved; only when it is not, for those of a moved
       path under it (`take(p.a)` then `use(p)`): with both, the moves of
       the fields are not this use's (`x = p; take(p.a); y = p` is one
       error, at p.a) */
    bool whole = false;
    int depth = INT_MAX;    /* the shallowest moved path */
    for (int m = 0; m < k->md->outs.len && !write; m++)
        if (bitset_get(&moves, m)) {
            whole |= k->md->outs.data[m].path.nfields <= q.nfields;
            if (k->md->outs.data[m].path.nfields < depth)
                depth = k->md->outs.data[m].path.nfields;
        }
    /* when only paths under it were moved, rustc takes one maybe-moved
       path under the used one, the shallowest (find_descendant looks at a
       path's children before their children), and looks for its moves:
       after `take(w.b)`, `t := w.b.a` (E0382, at the move of w.b) moves
       w.b.a, yet `bump(&mut w)` finds only take's move, the same set, and
       is no second error (meth seed 1172) */
    if (depth < INT_MAX)
        for (int m = 0; m < k->md->outs.len; m++)
            if (bitset_get(&moves, m) && k->md->outs.data[m].path.nfields > (whole ? q.nfields : depth))
                bitset_clear(&moves, m);
    /* rustc finds the moves by walking back from the use, stopping at the
       first one on each path and following a loop's back edge only when
       nothing else is found (move_sites.c); the set of moves is the key
       errors are merged by */
    BitSet found = bitset_new(&k->c->arena, k->md->outs.len);
    BitSet back = bitset_new(&k->c->arena, k->md->outs.len);
    bool here = false;  /* moved by an earlier operand of this statement: the nearest move on every path */
    for (int m = 0; m < k->md->outs.len; m++)
        if (bitset_get(&moves, m) && k->fresh && bitset_get(k->fresh, m)) {
            bitset_set(&found, m);
            here = true;
        }
    BitSet *loops = NULL;   /* the moves reached through a loop's back edge */
    if (here) {
        bitset_copy(&moves, &found);
    } else if (any && bck_move_sites(k->c, k->md, &moves, write ? shortest_moved(k->md, &moves, q) : q, k->block,
                                     k->index, &found, &back) > 0) {
        bitset_copy(&moves, &found);
        loops = &back;
    }
    label_moves(k, &cf, &moves, loops);
    if (cf.move && !write)
        cf.named = closest_move_path(k->md, p);
    if (cf.move)    /* a partial write is reported as a use of the moved prefix */
        buffer_error(k, &moves, write ? written_base(k->md->body, p, cf.move->path) : owned_path_of(k->md->body, p),
                     through_region_field(p, write && field_write(body, p) ? p.nproj - 1 : p.nproj), &cf);
    for (int i = 0; i < p.nproj; i++)     /* index locals are reads too */
        if (p.proj[i].kind == PJ_INDEX)
            use_or_write(k, s, place_local(p.proj[i].index), at, false, false);
}

static void use(MoveCheck *k, BitSet *s, Place p, Span at, bool borrow) {
    use_or_write(k, s, p, at, borrow, false);
}

static void use_operand(MoveCheck *k, BitSet *s, Operand *o, Span fallback, bool borrow) {
    if (o->kind != OPD_CONST)
        use(k, s, o->place, has_span(o->span) ? o->span : fallback, borrow);
}

static void check_stmt(MoveCheck *k, BitSet *s, MirStmt *st);

/* Is operand o an element of a slice right after its move path (`v[i]`,
 * `t.v[i]`)? The twin's Vec Index borrows v: "borrow of moved value". */
static bool slice_elem_read(Body *b, Operand *o) {
    if (o->kind == OPD_CONST)
        return false;
    int n = path_nproj(b, bck_path_of(b, o->place), o->place);
    if (n >= o->place.nproj || (o->place.proj[n].kind != PJ_INDEX && o->place.proj[n].kind != PJ_CONST_INDEX))
        return false;
    Type *t = n == 0 ? b->locals.data[o->place.local].type : o->place.proj[n - 1].type;
    return t->kind == T_SLICE;
}

/* Operands are evaluated left to right (rustc moves each into its place
 * as it meets it): `take2(v, v)`, `T{v: v, n: len(v)}`, `return s,
 * len(s)` move v (s) before the later operand reads it. The builder has
 * lowered a later operand's work (len, a call, a borrow) into temporaries
 * defined just before st; this checks those definitions, and the
 * temporaries they read, against the state after the move. A nested
 * literal's temporary is a view of storage the builder filled first
 * (`[][]int{v, []int{len(v)}}`: `_6 = slice(*_5)` after `(*_5) =
 * aggregate(copy _3)`, `_3 = len(v)`), so the stores into what a
 * definition's place is projected from are followed too. */
static void check_later_temp(MoveCheck *k, BitSet *s, LocalId t, int depth) {
    if (depth > 4 || k->md->body->locals.data[t].kind != LOCAL_TEMP)
        return;
    Block *bb = &k->md->body->blocks.data[k->block];
    for (int j = k->index - 1; j >= 0; j--) {
        MirStmt *d = &bb->stmts.data[j];
        if (d->kind != ST_ASSIGN || d->place.local != t)
            continue;
        if (d->place.nproj && d->place.proj[0].kind != PJ_DEREF)
            continue;
        check_stmt(k, s, d);
        mir_foreach_operand(&d->rv, x)
            if (x->kind != OPD_CONST && !x->place.nproj)
                check_later_temp(k, s, x->place.local, depth + 1);
        if (mir_rvalue_has_place(&d->rv))
            check_later_temp(k, s, d->rv.place.local, depth + 1);
        if (!d->place.nproj)
            return;     /* its definition: nothing before it is this temporary's */
    }
}

static void check_later_temps(MoveCheck *k, BitSet *s, Operand *o) {
    if (o->kind != OPD_CONST && !o->place.nproj)
        check_later_temp(k, s, o->place.local, 0);
}

/* The moves st's operand o makes, now in effect for the operands after it. */
static bool moved_by(MoveCheck *k, BitSet *s, MirStmt *st, Operand *o) {
    bool any = false;
    for (int m = 0; m < k->md->outs.len; m++) {
        MoveOut *mo = &k->md->outs.data[m];
        if (mo->stmt == st && mo->opd == o && mo->block == k->block && mo->index == k->index) {
            bitset_set(s, m);
            bitset_set(k->fresh, m);
            any = true;
        }
    }
    return any;
}

/* Is o a call's closure (or a closure passed to one) that is not FnOnce:
 * the call borrows it (`&mut f`), as rustc's "borrow of moved value"? */
static bool calls_fnmut(MoveCheck *k, MirStmt *st, Operand *o) {
    Body *b = k->md->body;
    return st->rv.kind == RV_CALL && o->kind != OPD_CONST && o->place.nproj == 0 && o->type &&
           o->type->kind == T_FUNC && tracked(b, o->place.local) &&
           bck_closure_local_not_copy(k->c, k->md->prog, b, o->place.local) &&
           !bck_closure_local_once(k->c, k->md->prog, b, o->place.local);
}

static void check_stmt(MoveCheck *k, BitSet *s, MirStmt *st) {
    if (st->kind != ST_ASSIGN && st->kind != ST_EVAL)
        return;
    bool top = k->index < k->md->body->blocks.data[k->block].stmts.len &&
               &k->md->body->blocks.data[k->block].stmts.data[k->index] == st;
    BitSet after = top ? bitset_new(&k->c->arena, k->md->outs.len) : *s;
    bool moved = false;
    BitSet fresh = top ? bitset_new(&k->c->arena, k->md->outs.len) : after;
    if (top) {
        bitset_copy(&after, s);
        k->fresh = &fresh;
    }
    Rvalue *rv = &st->rv;
    bool print = rv->kind == RV_INTRINSIC && (rv->intrinsic == IN_PRINT || rv->intrinsic == IN_PRINTLN);
    /* a closure borrows what it captures (Rust's non-move closures), even
       where Go copies a never-reassigned variable into its environment:
       the places its body uses (captures.c) */
    Place caps[8];
    mir_foreach_operand(rv, o) {
        /* m[k] = append(m[k], x) is m.entry(k).or_default().push(x): the
           key is moved into the entry once, not read after the move */
        if (o == &rv->args.data[1] && rv->kind == RV_INTRINSIC && rv->intrinsic == IN_MAP_GET &&
            bck_map_entry_update(k->md->body, st))
            continue;
        if (moved)
            check_later_temps(k, &after, o);
        BitSet *at = moved ? &after : s;
        int n = rv->kind == RV_CLOSURE ? bck_closure_captures(k->c, k->md->prog, k->md->body, st, o, caps, NULL, 8) : 0;
        for (int i = 0; i < n; i++)
            use(k, at, caps[i], has_span(o->span) ? o->span : st->span, true);
        if (!n)
            use_operand(k, at, o, st->span,
                        print || rv->kind == RV_CLOSURE || bck_iface_lends(k->md->body, st, o) ||
                            mir_lends(k->md->body, st, o) || calls_fnmut(k, st, o) || slice_elem_read(k->md->body, o));
        /* append's spread is read before the slice moves; its elements
           (`append(w, v, []int{len(v)})`) move left to right */
        if (top && (rv->kind != RV_APPEND || (!rv->spread && o != &rv->args.data[0])))
            moved = moved_by(k, &after, st, o) || moved;
    }
    if (top)
        k->fresh = NULL;
    if (mir_rvalue_has_place(rv)) {
        /* `t = &x` for a closure capturing x by reference (a temporary:
           `m := &mut v[0]` captured later is a use of v here) */
        Operand *co = NULL;
        MirStmt *cl = rv->kind == RV_REF && st->kind == ST_ASSIGN && st->place.nproj == 0 &&
                              k->md->body->locals.data[st->place.local].kind == LOCAL_TEMP
                          ? bck_capturing_closure(&k->md->body->blocks.data[k->block], k->index, st->place.local, &co)
                          : NULL;
        int n = cl ? bck_closure_captures(k->c, k->md->prog, k->md->body, cl, co, caps, NULL, 8) : 0;
        for (int i = 0; i < n; i++)
            use(k, s, caps[i], rv->span, true);
        if (!n)
            use(k, s, rv->place, rv->span, true);
    }
    if (st->kind == ST_ASSIGN && st->place.nproj > 0)   /* writing into part of a value */
        use_or_write(k, s, st->place, st->span, false, true);
}

/* `x = append(x, ...)` grows x in place (Vec::push): its operand is not
 * a move out of x, wherever x lives. */
bool bck_append_in_place(MirStmt *st, Operand *o) {
    if (st->kind != ST_ASSIGN || st->rv.kind != RV_APPEND || o != &st->rv.args.data[0] ||
        o->kind == OPD_CONST || o->place.local != st->place.local || o->place.nproj != st->place.nproj)
        return false;
    for (int i = 0; i < o->place.nproj; i++) {
        Proj *a = &o->place.proj[i], *b = &st->place.proj[i];
        if (a->kind != b->kind || (a->kind == PJ_FIELD && a->field != b->field) ||
            (a->kind == PJ_INDEX && a->index != b->index) ||
            (a->kind == PJ_CONST_INDEX && a->const_index != b->const_index))
            return false;
    }
    return true;
}

/* The temporary holding `m[k]` (mapget) that this operand moves, or NULL:
 * HashMap's Index gives a reference, so moving a non-Copy value out of
 * it is E0507. Not when it is only lent to a library call (mir_lends:
 * Rust's macros and the twin's methods borrow). */
static Rvalue *map_get_moved(Body *b, MirStmt *st, Operand *o) {
    if (o->kind != OPD_MOVE || o->place.nproj != 0 || b->locals.data[o->place.local].kind != LOCAL_TEMP)
        return NULL;
    if (mir_lends(b, st, o))
        return NULL;
    mir_foreach_stmt(b, bb, d)
        if (d->kind == ST_ASSIGN && d->place.nproj == 0 && d->place.local == o->place.local)
            return d->rv.kind == RV_INTRINSIC && d->rv.intrinsic == IN_MAP_GET && !bck_map_entry_update(b, d)
                       ? &d->rv : NULL;     /* m[k] = append(m[k], x): entry().or_default() */
    return NULL;
}

static void check_moves_from_maps(Ctx *c, MirProgram *p, Body *b) {
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        if (st->kind == ST_ASSIGN && st->rv.kind == RV_INTRINSIC && st->rv.intrinsic == IN_MAP_GET &&
            st->place.nproj == 0 && b->locals.data[st->place.local].kind == LOCAL_USER &&
            !type_is_copy(st->rv.type)) {   /* s := m[k]: straight into a variable */
            Conflict cf = {.kind = CONFLICT_MOVE_FROM_MAP, .prog = p, .body = b, .used = st->place,
                           .at = st->rv.span, .map = st->rv.args.data[0].type};
            bck_explain(c, &cf);
            continue;
        }
        mir_foreach_operand(&st->rv, o) {
            Rvalue *get = map_get_moved(b, st, o);
            if (!get || type_is_copy(o->type) || bck_iface_lends(b, st, o))
                continue;   /* m[k].M(), m[k].(int): a borrow of the entry */
            Conflict cf = {.kind = CONFLICT_MOVE_FROM_MAP, .prog = p, .body = b, .used = o->place,
                           .at = has_span(o->span) ? o->span : st->span, .map = get->args.data[0].type};
            bck_explain(c, &cf);
        }
    }
}

/* E0507: moving a value out from behind a `*T` / `*mut T` held in a named
 * variable, or out of a slice element (Rust's Vec index); E0508: out of an
 * array element. A Box may be moved out of, but the scan goes on through
 * its `*`: `bw.ps[0].a` with bw a Box[W] is Vec's Index again. Globals are
 * reached through temporaries and are not checked here. */
static void check_moves_from_borrows(Ctx *c, MirProgram *p, Body *b) {
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        mir_foreach_operand(&st->rv, o) {
            int k = bck_capture_len(b, o->place);   /* a closure's capture: from its variable */
            if (o->kind != OPD_MOVE || (!k && !tracked(b, o->place.local)) || bck_append_in_place(st, o) ||
                bck_iface_lends(b, st, o) || mir_lends(b, st, o))
                continue;   /* (a lent `*p` or `v[i]` is `&(*p)`, `&v[i]`) */
            Type *t = k ? o->place.proj[k - 1].type : b->locals.data[o->place.local].type;
            Conflict cf = {.kind = CONFLICT_MOVE_FROM_BORROW, .prog = p, .body = b,
                           .used = o->place, .at = has_span(o->span) ? o->span : st->span};
            for (int q = k; q < o->place.nproj; q++) {
                ProjKind pk = o->place.proj[q].kind;
                if (pk == PJ_DEREF && t->kind == T_PTR) {
                    cf.loan_mut = t->mut;
                    bck_explain(c, &cf);
                    break;
                }
                if ((pk == PJ_INDEX || pk == PJ_CONST_INDEX) && (t->kind == T_SLICE || t->kind == T_ARRAY)) {
                    cf.kind = CONFLICT_MOVE_FROM_INDEX;
                    cf.loan_place = o->place;
                    cf.loan_place.nproj = q;
                    bck_explain(c, &cf);
                    break;
                }
                if (pk == PJ_DEREF && t->kind != T_BOX)
                    break;      /* a Box's contents may be moved out of; not their index */
                t = o->place.proj[q].type;
            }
        }
    }
}

/* `g.v = append(g.v, x)`: the global's slice grows in place (Vec::push),
 * its destination reached through another temporary holding &g. */
static bool appended_in_place(Ctx *c, Body *b, int **gt, MirStmt *st, Operand *o, int g) {
    Place d = st->place;
    if (st->kind != ST_ASSIGN || st->rv.kind != RV_APPEND || o != &st->rv.args.data[0] ||
        d.nproj != o->place.nproj || bck_global_of(c, b, gt, d.local) != g)
        return false;
    for (int i = 0; i < d.nproj; i++)
        if (d.proj[i].kind != o->place.proj[i].kind ||
            (d.proj[i].kind == PJ_FIELD && d.proj[i].field != o->place.proj[i].field))
            return false;
    return true;
}

/* E0507: moving a non-Copy value out of a global or one of its fields
 * (`test(bar)`, `take(bar.v)`, `x := bar`): a Rust static item cannot be
 * moved out of. Lending it (a library call, an interface method, an
 * append in place) is no move; through a pointer or an index of it, the
 * other E0507 rules speak. */
static void check_moves_from_globals(Ctx *c, MirProgram *p, Body *b) {
    int *gt = NULL;
    mir_foreach_stmt(b, bb, st) {
        if (!mir_stmt_has_rvalue(st))
            continue;
        mir_foreach_operand(&st->rv, o) {
            if (o->kind != OPD_MOVE || o->place.nproj < 1 || o->place.proj[0].kind != PJ_DEREF ||
                type_is_copy(o->type) || bck_append_in_place(st, o) || bck_iface_lends(b, st, o) ||
                mir_lends(b, st, o))
                continue;
            bool fields = true;
            for (int q = 1; q < o->place.nproj; q++)
                fields = fields && o->place.proj[q].kind == PJ_FIELD;
            int g = fields ? bck_global_of(c, b, &gt, o->place.local) : -1;
            if (g < 0 || appended_in_place(c, b, &gt, st, o, g))
                continue;
            Conflict cf = {.kind = CONFLICT_MOVE_FROM_STATIC, .prog = p, .body = b, .used = o->place,
                           .at = has_span(o->span) ? o->span : st->span,
                           .global = p->sema->globals.data[g].name};
            bck_explain(c, &cf);
        }
    }
}

void bck_check_moves(Ctx *c, MirProgram *p, Body *b) {
    check_moves_from_borrows(c, p, b);
    check_moves_from_globals(c, p, b);
    check_moves_from_maps(c, p, b);
    bck_check_moves_from_drop_types(c, p, b);
    MoveData md = {p, b, {0}, NULL};
    bck_collect_moves(c, &md);
    if (md.outs.len == 0)
        return;
    Dataflow df = {0};
    mir_dataflow_init(c, &df, b, md.outs.len);
    df.ctx = &md;
    df.transfer = transfer_block;
    mir_dataflow_solve(c, &df);
    MoveCheck k = {c, &md, {0}, 0, 0, NULL};
    BitSet s = bitset_new(&c->arena, md.outs.len);
    /* rustc's visiting order (visit_order.c): each move is reported at its
     * first use in this order, as rustc does; after a loop that moves, the
     * use after the loop, not the next iteration */
    int *order = bck_visit_order(c, b);
    for (int oi = 0; oi < b->blocks.len; oi++) {   /* in visit order, not block order */
        int i = order[oi];
        Block *bb = &b->blocks.data[i];
        bitset_copy(&s, &df.entry[i]);
        k.block = i;
        mir_foreach_stmt_in(bb, st) {
            k.index = mir_stmt_index(bb, st);
            check_stmt(&k, &s, st);
            transfer_stmt(&md, &s, i, k.index, st);
        }
        if (bb->term.kind == TM_BRANCH)
            use_operand(&k, &s, &bb->term.cond, bb->term.span, false);
    }
    for (int i = 0; i < k.pending.len; i++)
        bck_explain(c, &k.pending.data[i].cf);
}
