/*
 * temps.c: MIR temporaries read as Go's expression trees.
 *
 * Go's escape analysis walks expressions: in f(&a, []*int{&b}) the
 * argument's hole (where the value goes: the heap, a parameter) is handed
 * down into `&a` and into the slice literal, and a flow into a location
 * that already escapes sends its source to the heap at once (explained
 * there, while building). ml0c's MIR first evaluates every operand into a
 * temporary (`_3 = &a; ...; f(copy _3, ...)`), so the same flows would go
 * through a temporary location, in another order, and -m=2 would explain
 * other paths than Go's.
 *
 * So a temporary that is assigned once and read once (a copy of it, or a
 * place through it such as (*_4) in `slice((*_4))`) is *deferred*: its
 * assignment is not a statement of the graph build but is evaluated where
 * the temporary is read, into the reader's hole, as Go evaluates the
 * subexpression in place. An allocation's temporary may also be the
 * destination of the stores that initialise it (`_4 = alloc; (*_4) =
 * aggregate(...)`: a composite literal); those stores are evaluated right
 * after the allocation, as Go's spill is followed by the literal's
 * elements. Anything else (two reads, a read of its address, a use in a
 * terminator) keeps the temporary as a location of its own.
 *
 * Arithmetic, a comparison, a conversion, len and cap, a make's length,
 * a string conversion's operand and a map lookup's map and key are
 * followed too, into the blank hole (Go's discard): `fmt.Sprint(&v) ==
 * v.String()` in another call's arguments evaluates Sprint where Go does,
 * after the outer call's spill. A temporary computed by arithmetic, a
 * comparison, a conversion, len, cap, a lookup or copy (pointer-free) is
 * deferred as a call's is, so the calls in it move with it. The key of
 * `m[k] op= v` is read by its lookup and its put: the put evaluates it
 * (Go's "key of map put"), the lookup leaves it (EscTemp.lookup_key);
 * a put's value is followed too, so a pointer-free value's calls come
 * after the key, as in Go's assignList (addresses, then values).
 * A slice's bounds are discarded after its operand (Go's OSLICE), and a
 * place read through a temporary, f()[i], evaluates f() where Go's OINDEX
 * does; an operand's index held in a temporary, xs[f()], is read with
 * the operand and discarded after its root (OINDEX's discard(index)). A read the graph build does not follow (an intrinsic's operand
 * it skips) would lose the assignment's flows: after the
 * body, flows.c evaluates every deferred assignment not yet evaluated
 * into its temporary's own location, as if it had not been deferred.
 *
 * esc_find_temps fills EscBody.temps per body; flows.c skips the
 * statements esc_stmt_deferred names and evaluates them at the read.
 */
#include "escape.h"

typedef struct Count {
    int defs, reads, inits;
    int lookups;        /* reads as a map lookup's key, which Go discards
                           (`m[k] op= v` reads k twice; only its put flows) */
    bool other;         /* used in a way a deferral cannot follow */
    bool scalar_read;   /* read by arithmetic, a cast, a comparison...: an
                           rvalue whose operands the graph build skips */
} Count;

static void read_place(Count *n, Place p) {
    n[p.local].reads++;
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PJ_INDEX)
            n[p.proj[i].index].other = true;    /* an int index: keep it */
}

/* An operand's place: an index held in a temporary, xs[f()], is read
 * with it (flows.c esc_operand evaluates it after the place's root, as
 * Go's OINDEX discards its index after its operand). */
static void read_operand(Count *n, Operand *o) {
    if (o->kind == OPD_CONST)
        return;
    n[o->place.local].reads++;
    for (int i = 0; i < o->place.nproj; i++)
        if (o->place.proj[i].kind == PJ_INDEX)
            n[o->place.proj[i].index].reads++;
}

/* Does the graph build evaluate rv's operands (flows.c rvalue)? */
static bool follows_operands(Rvalue *rv) {
    switch (rv->kind) {
    case RV_USE: case RV_IFACE: case RV_AGGREGATE: case RV_CALL: case RV_ICALL: case RV_APPEND: return true;
    case RV_INTRINSIC:
        return rv->intrinsic == IN_PRINT || rv->intrinsic == IN_PRINTLN || rv->intrinsic == IN_MAP_DELETE ||
               rv->intrinsic == IN_MAP_GET || rv->intrinsic == IN_MAP_GET2 || rv->intrinsic == IN_MAP_LEN ||
               rv->intrinsic == IN_COPY || rv->intrinsic == IN_MAP_SET;
    case RV_UNARY: case RV_BINARY: case RV_CAST: case RV_MAKE_SLICE: case RV_STR_CONV:
    case RV_LEN: case RV_CAP: case RV_SLICE:
        return true;    /* discarded in place (flows.c discard_operands) */
    default: return false;
    }
}

/* Arithmetic, a comparison, a conversion, a map lookup, copy's count: Go
 * evaluates its operands (and the calls in them) where the value is used,
 * as any expression. */
static bool scalar_op(Rvalue *rv) {
    return rv->kind == RV_UNARY || rv->kind == RV_BINARY || rv->kind == RV_CAST || rv->kind == RV_LEN ||
           rv->kind == RV_CAP ||
           (rv->kind == RV_INTRINSIC &&
            (rv->intrinsic == IN_MAP_GET || rv->intrinsic == IN_MAP_LEN || rv->intrinsic == IN_COPY));
}

static void read_rvalue(Count *n, Rvalue *rv) {
    if (!follows_operands(rv))
        mir_foreach_operand(rv, o)
            if (o->kind != OPD_CONST) {
                n[o->place.local].scalar_read = true;
                for (int i = 0; i < o->place.nproj; i++)
                    if (o->place.proj[i].kind == PJ_INDEX)
                        n[o->place.proj[i].index].other = true;     /* not followed: keep it */
            }
    bool lookup = rv->kind == RV_INTRINSIC && (rv->intrinsic == IN_MAP_GET || rv->intrinsic == IN_MAP_GET2) &&
                  rv->args.len == 2;
    mir_foreach_operand(rv, o) {
        if (lookup && o == &rv->args.data[1] && o->kind != OPD_CONST && o->place.nproj == 0) {
            n[o->place.local].lookups++;
            continue;
        }
        read_operand(n, o);
    }
    if ((rv->kind == RV_LEN || rv->kind == RV_CAP) && rv->place.nproj > 0)
        n[rv->place.local].other = true;        /* read for a number only */
    if (mir_rvalue_has_place(rv)) {
        read_place(n, rv->place);
        if (rv->kind == RV_REF && rv->place.nproj == 0)
            n[rv->place.local].other = true;    /* &_t: its own address */
    }
}

/* A store through the allocation it initialises: (*_t) = v, (*_t).f = v. */
static bool init_store(Body *b, Place p) {
    return p.nproj > 0 && p.proj[0].kind == PJ_DEREF && b->locals.data[p.local].init_site >= 0;
}

/* A map literal's element store: mapset(_t, k, v) on the temporary its
 * makemap made (maplit[_t]); the temporary, or -1. */
static LocalId map_init(Body *b, const bool *maplit, MirStmt *st) {
    if (st->kind != ST_EVAL || st->rv.kind != RV_INTRINSIC || st->rv.intrinsic != IN_MAP_SET)
        return -1;
    Operand *m = &st->rv.args.data[0];
    if (m->kind == OPD_CONST || m->place.nproj != 0 || b->locals.data[m->place.local].kind != LOCAL_TEMP)
        return -1;
    return maplit && maplit[m->place.local] ? m->place.local : -1;
}

static void count_stmt(Body *b, Count *n, const bool *maplit, MirStmt *st) {
    LocalId ml = map_init(b, maplit, st);
    if (ml >= 0) {      /* the literal's element: evaluated with it */
        n[ml].inits++;
        read_operand(n, &st->rv.args.data[1]);
        read_operand(n, &st->rv.args.data[2]);
        return;
    }
    if (st->kind == ST_ASSIGN) {
        if (st->place.nproj == 0)
            n[st->place.local].defs++;
        else if (init_store(b, st->place))
            n[st->place.local].inits++;
        else
            n[st->place.local].other = true;
        for (int i = 0; i < st->place.nproj; i++)
            if (st->place.proj[i].kind == PJ_INDEX)
                n[st->place.proj[i].index].other = true;
        if (st->self_assign)
            n[st->place.local].other = true;
        read_rvalue(n, &st->rv);
        if (st->range_value && st->rv.args.len && st->rv.args.data[0].kind != OPD_CONST)
            n[st->rv.args.data[0].place.local].other = true;     /* the range's copy: Go's {temp} */
    } else if (st->kind == ST_EVAL) {
        read_rvalue(n, &st->rv);
    } else if (st->kind == ST_DROP || st->kind == ST_RETAIN) {
        n[st->place.local].other = true;
    }
}

static void count_term(Count *n, Terminator *t) {
    if (t->kind == TM_BRANCH && t->cond.kind != OPD_CONST)
        n[t->cond.place.local].other = true;
    if (t->kind == TM_DROP)
        n[t->place.local].other = true;
}

void esc_find_temps(Esc *E, Body *b) {
    EscBody *eb = &E->bodies[b->index];
    int nl = b->locals.len;
    Count *n = arena_alloc(E->batch, sizeof(Count) * (size_t)(nl + 1));
    eb->temps = arena_alloc(E->batch, sizeof(EscTemp) * (size_t)(nl + 1));
    /* temporaries holding a map literal (Go's OMAPLIT: its elements are
       evaluated with it, where it is read) */
    bool *maplit = arena_alloc(E->batch, (size_t)nl + 1);
    mir_foreach_stmt(b, bb, st) {
        Rvalue *rv = &st->rv;
        if (st->kind == ST_ASSIGN && st->place.nproj == 0 && b->locals.data[st->place.local].kind == LOCAL_TEMP &&
            rv->kind == RV_INTRINSIC && rv->intrinsic == IN_MAP_MAKE && rv->site >= 0) {
            Span at = b->sites.data[rv->site].span;
            maplit[st->place.local] = at.file >= 0 && E->c->files.data[at.file].text[at.lo] == '{';
        }
    }
    eb->maplit = maplit;
    /* the hidden variable holding a method value's receiver (sema's
       MethVal.var): Go has only the expression x of x.M */
    bool *mvvar = arena_alloc(E->batch, (size_t)nl + 1);
    mir_foreach_stmt(b, bb, st) {
        Rvalue *rv = &st->rv;
        if (!mir_stmt_has_rvalue(st) || rv->kind != RV_CLOSURE || rv->args.len != 1 ||
            rv->args.data[0].kind == OPD_CONST || rv->args.data[0].place.nproj != 0)
            continue;
        Body *f = E->p->bodies.data[rv->func];
        LocalId l = rv->args.data[0].place.local;
        mvvar[l] = f->fi && f->fi->mv && f->fi->mv->x && f->fi->mv->var && b->locals.data[l].var == f->fi->mv->var;
    }
    mir_foreach_block(b, bb) {
        mir_foreach_stmt_in(bb, st)
            count_stmt(b, n, maplit, st);
        count_term(n, &bb->term);
    }
    mir_foreach_stmt(b, bb, st) {
        LocalId l = st->place.local;
        if (st->kind != ST_ASSIGN ||
            (b->locals.data[l].kind != LOCAL_TEMP && !mvvar[l] && !esc_hidden_var(&b->locals.data[l])))
            continue;
        int reads = n[l].reads ? n[l].reads : n[l].lookups;
        /* a value without pointers flows nowhere, but a call making it
           (`fmt.Println(k, sh.Area())`) has flows of its own, in Go
           evaluated where the value is used */
        bool scalar_call = !n[l].scalar_read && (st->rv.kind == RV_CALL || st->rv.kind == RV_ICALL ||
                                                 st->rv.kind == RV_USE || scalar_op(&st->rv));
        if (n[l].defs != 1 || reads != 1 || n[l].other ||
            !(type_has_pointers(b->locals.data[l].type) || scalar_call) || eb->locals[l]->nfields)
            continue;   /* (a tuple's elements are locations of their own) */
        EscTemp *t = &eb->temps[l];
        if (st->place.nproj == 0) {
            t->def = st;
            t->lookup_key = n[l].reads == 0;
            t->inits = arena_alloc(E->batch, sizeof(MirStmt *) * (size_t)(n[l].inits + 1));
        }
    }
    mir_foreach_stmt(b, bb, st) {   /* the initialising stores */
        LocalId ml = map_init(b, maplit, st);
        if (ml >= 0 && eb->temps[ml].def) {
            eb->temps[ml].inits[eb->temps[ml].ninits++] = st;
            continue;
        }
        EscTemp *t = &eb->temps[st->place.local];
        if (st->kind == ST_ASSIGN && st->place.nproj > 0 && t->def)
            t->inits[t->ninits++] = st;
    }
}

/* Is st evaluated where its temporary is read, not as a statement? */
bool esc_stmt_deferred(Esc *E, Body *b, MirStmt *st) {
    EscBody *eb = &E->bodies[b->index];
    if (!eb->temps)
        return false;
    LocalId ml = map_init(b, eb->maplit, st);
    if (ml >= 0)
        return eb->temps[ml].def != NULL;
    return st->kind == ST_ASSIGN && eb->temps[st->place.local].def;
}
