/*
 * site_quiet.c: the allocation sites ml0c makes that go1.19's -m says
 * nothing about (AllocSite.silent, which escape/report.c skips). The MIR
 * builders say what a site is for; bld_site_quiet decides, the one writer
 * of the flag:
 *
 *   SITE_FOR_CONV          the box of a value converted to an interface
 *                          (any(x), an implicit conversion, panic's
 *                          argument): silent when Go allocates nothing:
 *                          it keeps the value in the interface word
 *                          (IsDirectIface: mir_go_direct_iface), converts
 *                          an interface or nil in place, lays the value out
 *                          as static data (a package variable's
 *                          initializer: mir_note_init_static), or does not
 *                          convert it at all (the concrete operand of
 *                          `t == e`: lower_cmp_to_iface, B->cmp_box)
 *   SITE_FOR_METHOD_VALUE  x.M's closure: reported ("x.M does not escape")
 *   SITE_FOR_METHOD_EXPR   T.M's wrapper: Go's own, silent
 *   SITE_FOR_DEFER_WRAPPER the closure sema made for `defer f(x)`: Go
 *                          reports no closure (its sites follow)
 *
 * The sites still exist: escape analysis decides where they live, only
 * -m's verdict line is left out.
 */
#include "build.h"

static bool init_static_operand(Builder *B, Expr *e) {
    if (!B->b->is_init)
        return false;
    for (int i = 0; i < B->init_static.len; i++)
        if (B->init_static.data[i] == e)
            return true;
    return false;
}

void bld_site_quiet(Builder *B, int site, SiteFor what, Expr *e) {
    bool silent = false;
    switch (what) {
    case SITE_FOR_CONV: {
        Type *t = e->type;
        bool cmp = B->cmp_box;
        B->cmp_box = false;     /* the operand's own conversions are not */
        silent = mir_go_direct_iface(t) || t->kind == T_IFACE || t->kind == T_UNTYPED_NIL ||
                 init_static_operand(B, e) || cmp;
        break;
    }
    case SITE_FOR_METHOD_VALUE: silent = false; break;
    case SITE_FOR_METHOD_EXPR: silent = true; break;
    case SITE_FOR_DEFER_WRAPPER: silent = true; break;
    }
    B->b->sites.data[site].silent = silent;
}
