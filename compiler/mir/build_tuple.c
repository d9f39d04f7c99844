/*
 * build_tuple.c: multiple results -> MIR (sema/tuples.c has the rules).
 * A tuple is an anonymous struct; the results travel in _0 as one value.
 *
 *   named results      r = zero, at entry (user locals of the function)
 *   return a, b        _0 = aggregate (a, b); return
 *   return             _0 = aggregate (r1, r2)   (named results)
 *   x, y := f()        _t = call f(); x = _t.0; y = _t.1
 *   var x, y = f()     the same (at package level: into the globals)
 *   g(f())             _t = call f(); t0 = _t.0; t1 = _t.1; call g(t0, t1)
 *                      (t0, t1: sema's .autotmp_N, g's arguments)
 */
#include "build.h"

void lower_named_results(Builder *B, FuncInfo *fi) {
    for (int i = 0; i < fi->results.len; i++) {
        Var *v = fi->results.data[i];
        LocalId l = bld_user_local(B, v);
        Rvalue r = rv_new(RV_USE, v->type, v->span);
        rv_arg(B, &r, zero_operand(B, v->type, v->span));
        bld_assign(B, place_local(l), r, v->span);
    }
}

/* The place of field i of a tuple-valued temporary. */
static Operand tuple_field(Builder *B, Place tup, Type *t, int i) {
    Type *ft = t->fields.data[i].type;
    return opd_place(B, place_project(B, tup, PJ_FIELD, i, -1, ft), ft);
}

static Place tuple_temp(Builder *B, Expr *call) {
    Operand o = lower_operand(B, call, NULL);
    if (o.kind != OPD_CONST && o.place.nproj == 0)
        return o.place;
    Rvalue use = rv_new(RV_USE, o.type, call->span);
    rv_arg(B, &use, o);
    return opd_temp(B, use, call->span).place;
}

/* return a, b / bare return of named results: true if handled. */
bool lower_return_tuple(Builder *B, Stmt *s) {
    ExprList *l = &s->u.ret.list;
    FuncInfo *fi = B->fi;
    if (s->u.ret.x || (!l->len && !fi->results.len))
        return false;
    Type *rt = B->b->locals.data[0].type;
    Rvalue r;
    if (l->len) {
        r = rv_new(RV_AGGREGATE, rt, s->span);
        for (int i = 0; i < l->len; i++)    /* return x, f(): x read after f */
            bld_order_to(B, l->data[i], true, rt->fields.data[i].type);
        ConvList saved = go_list_conv(B, l->data, l->len, NULL, 0, true);
        for (int i = 0; i < l->len; i++)
            rv_arg(B, &r, lower_operand(B, l->data[i], rt->fields.data[i].type));
        go_list_conv_end(B, saved);
    } else {
        r = rv_new(rt->tuple ? RV_AGGREGATE : RV_USE, rt, s->span);
        for (int i = 0; i < fi->results.len; i++) {
            Var *v = fi->results.data[i];
            rv_arg(B, &r, opd_place(B, place_of_var(B, v), v->type));
        }
    }
    bld_assign(B, place_local(0), r, s->span);
    bld_kill_to(B, 0, s->span);
    bld_terminate(B, TM_RETURN, s->span);
    return true;
}

static void store(Builder *B, Place dst, Operand o, Span sp) {
    Rvalue r = rv_new(RV_USE, o.type, sp);
    rv_arg(B, &r, o);
    bld_assign(B, dst, r, sp);
}

/* var a, b I = f() / u, v = f() converting f's results (sema's
 * chk_result_temps): the results into the .autotmp_N first; the
 * conversions are then each variable's value. */
static void results_to_temps(Builder *B, Place tup, Type *t, ExprList *temps, Span sp) {
    for (int i = 0; i < temps->len; i++) {
        Var *v = temps->data[i]->u.name.sym->var;
        store(B, place_local(bld_user_local(B, v)), tuple_field(B, tup, t, i), sp);
    }
}

/* x, y := f() / x, y = f() */
void lower_tuple_assign(Builder *B, Stmt *s, bool define) {
    ExprList *lhs = &s->u.assign.lhs;
    Expr *call = s->u.assign.rhs.data[0];
    Place *dsts = arena_alloc(bld_tmp(B), sizeof(Place) * (size_t)lhs->len);
    MapDst *mdst = arena_alloc(bld_tmp(B), sizeof(MapDst) * (size_t)lhs->len);
    Type *t = call->type;
    Place tup = {0};
    /* Go's order (build_order.c): the calls of the left side, then f, then
       the left side's places, so a[i], j = f() indexes with the i f left */
    bool go_order = !B->c->opt.borrowck;
    if (go_order) {
        bld_order_list(B, lhs, false);
        tup = tuple_temp(B, call);
    }
    for (int i = 0; i < lhs->len; i++)
        if (!ast_is_blank(lhs->data[i]) && !(define && s->u.assign.vars.data[i])) {
            if (is_map_index(lhs->data[i]))
                mdst[i] = lower_map_dst(B, lhs->data[i]);
            else
                dsts[i] = lower_place(B, lhs->data[i]);
        }
    if (!go_order)
        tup = tuple_temp(B, call);
    ExprList *temps = &s->u.assign.temps;
    results_to_temps(B, tup, t, temps, s->span);
    for (int i = 0; i < lhs->len; i++) {
        if (ast_is_blank(lhs->data[i]))
            continue;
        Var *v = define ? s->u.assign.vars.data[i] : NULL;
        Type *want = v ? v->type : lhs->data[i]->type;
        Operand o = temps->len ? lower_operand(B, temps->data[i], want) : tuple_field(B, tup, t, i);
        if (!v && is_map_index(lhs->data[i])) {
            store_map_dst(B, mdst[i], o, map_target_span(lhs->data[i], s->span));
            continue;
        }
        Place dst = v ? place_local(bld_user_local(B, v)) : dsts[i];
        store(B, dst, o, s->span);
    }
}

/* var x, y = f() */
void lower_tuple_var(Builder *B, Stmt *s) {
    Expr *call = s->u.var.values.data[0];
    Type *t = call->type;
    Place tup = tuple_temp(B, call);
    ExprList *temps = &s->u.var.temps;
    Type *declared = s->u.var.type ? s->u.var.type->resolved : NULL;
    results_to_temps(B, tup, t, temps, s->span);
    for (int i = 0; i < s->u.var.vars.len; i++) {
        Var *v = s->u.var.vars.data[i];
        if (temps->len && declared) {   /* go1.19 converts for `_` too */
            Operand o = lower_operand(B, temps->data[i], declared);
            if (v)
                store(B, place_local(bld_user_local(B, v)), o, s->span);
        } else if (v) {
            store(B, place_local(bld_user_local(B, v)), tuple_field(B, tup, t, i), s->span);
        }
    }
}

/* var a, b = f() at package level: the globals from first on (sema's
 * Global.tuple_n). */
void lower_global_tuple(Builder *B, int first) {
    Global *g = &B->s->globals.data[first];
    Expr *call = g->init;
    Type *t = call->type;
    Place tup = tuple_temp(B, call);
    ExprList *temps = &g->decl->u.var.temps;
    results_to_temps(B, tup, t, temps, g->span);
    for (int i = 0; i < g->tuple_n; i++) {
        Global *gi = &B->s->globals.data[first + i];
        if (temps->len)
            store(B, global_dst(B, first + i), lower_operand(B, temps->data[i], gi->type), g->span);
        else
            store(B, global_dst(B, first + i), tuple_field(B, tup, t, i), g->span);
    }
}

/* f(g()): g's results into the hidden variables sema made f's arguments
 * (sema/tuples.c), before f's arguments are lowered as any others. */
void lower_tuple_args(Builder *B, Expr *call) {
    Expr *inner = call->u.call.tuple_call;
    Type *t = inner->type;
    Place tup = tuple_temp(B, inner);
    for (int i = 0; i < t->fields.len; i++) {
        Var *v = call->u.call.args.data[i]->u.name.sym->var;
        store(B, place_local(bld_user_local(B, v)), tuple_field(B, tup, t, i), call->span);
    }
}
