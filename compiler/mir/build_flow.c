/*
 * build_flow.c: checked switch, labels, break/continue, goto and
 * fallthrough -> MIR blocks.
 *
 * Sema resolved every jump to its target statement (Stmt.u.jump.target),
 * so lowering only maps statements to blocks: each for/range/switch pushes
 * a Loop naming its break (and continue) block, and each label gets one
 * block, made by whichever of the label or its first goto comes first.
 *
 * Leaving scopes: a jump emits StorageDead for every user local that is
 * live at the jump but not at its target, in reverse declaration order,
 * as a scope exit does. For break/continue the target's height is the
 * loop's live_mark. For goto Go's rules make it computable: a goto never
 * enters a block and a forward goto never skips a declaration of the
 * label's block, so what is live at a forward target is what was live
 * when the statement holding the goto began in the label's block
 * (OpenBlock.at); a backward goto uses the height recorded at the label.
 *
 * Escape analysis sees loops through Block.loop_depth: as in go1.19's
 * escape/stmt.go (OLABEL), a label that a later goto jumps back to makes
 * everything after it one loop deeper, to the end of the label's block
 * (lower_block restores the depth, as Go's block does).
 */
#include "build.h"

/* The loop body with break/continue targets; loop_depth one deeper. */
void lower_loop_body(Builder *B, Stmt *loop, Stmt *body, BlockId brk, BlockId cont) {
    Loop lp = {brk, cont, B->live.len, B->loop, loop};
    B->loop = &lp;
    B->loop_depth++;
    if (B->cur >= 0)    /* the body's first block: Go's e.loopDepth++ comes
                           before the range assignments and the body */
        B->b->blocks.data[B->cur].loop_depth = B->loop_depth;
    lower_block(B, body);
    B->loop_depth--;
    B->loop = lp.outer;
}

/* break [L] / continue [L] */
void lower_branch(Builder *B, Stmt *s) {
    Loop *l = B->loop;
    while (l && l->stmt != s->u.jump.target)
        l = l->outer;
    if (!l || (s->kind == S_CONTINUE && l->cont < 0))
        ICE("break/continue without a target after sema");
    bld_kill_to(B, l->live_mark, s->span);
    bld_goto(B, s->kind == S_BREAK ? l->brk : l->cont, s->span);
}

static LabelBlock *label_block(Builder *B, Stmt *labeled) {
    for (int i = 0; i < B->labels.len; i++)
        if (B->labels.data[i].labeled == labeled)
            return &B->labels.data[i];
    LabelBlock lb = {labeled, bld_block(B), -1};
    vec_push(bld_tmp(B), &B->labels, lb);
    return &vec_last(&B->labels);
}

/* L: stmt  ->  goto L_bb; L_bb: stmt */
void lower_labeled(Builder *B, Stmt *s) {
    LabelBlock *lb = label_block(B, s);
    BlockId bb = lb->bb;
    lb->mark = B->live.len;
    bld_goto(B, bb, s->u.labeled.label_span);
    if (s->u.labeled.looping)
        B->loop_depth++;
    bld_switch_to(B, bb);
    lower_stmt(B, s->u.labeled.stmt);
}

/* goto L */
void lower_goto(Builder *B, Stmt *s) {
    Stmt *target = s->u.jump.target;
    LabelBlock *lb = label_block(B, target);
    int mark = lb->mark;
    if (mark < 0) {     /* forward */
        int i = B->blocks.len - 1;
        while (i >= 0 && B->blocks.data[i].blk != target->u.labeled.block)
            i--;
        if (i < 0)
            ICE("goto into a block after sema");
        mark = B->blocks.data[i].at;
    }
    bld_kill_to(B, mark, s->span);
    bld_goto(B, lb->bb, s->span);
}

/* fallthrough: the last statement of a clause; leave its block, enter the
 * next clause's body. */
void lower_fallthrough(Builder *B, Stmt *s) {
    if (B->fall < 0 || !B->blocks.len)
        ICE("fallthrough without a next clause after sema");
    bld_kill_to(B, vec_last(&B->blocks).entry, s->span);
    bld_goto(B, B->fall, s->span);
}

/* switch init; tag { case a, b: S1  default: S2  case c: S3 }
 *
 *     init; _tag = tag
 *     test1: if cond1 goto body1 else test3      (cond: _tag == a || _tag == b)
 *     test3: if cond3 goto body3 else body2      (then default, or exit)
 *     body1: S1; goto exit (fallthrough: goto body2) ...
 *     exit:
 */
void lower_switch(Builder *B, Stmt *s) {
    int mark = bld_scope_enter(B, s->span);
    if (s->u.switch_.init)
        lower_stmt(B, s->u.switch_.init);
    Var *tv = s->u.switch_.tag_var;
    if (tv) {
        Rvalue rv = lower_rvalue(B, s->u.switch_.tag, tv->type);
        rv.type = tv->type;
        retype_const_use(&rv, tv->type);
        bld_assign(B, place_local(bld_user_local(B, tv)), rv, s->u.switch_.tag->span);
    }
    int n = s->u.switch_.clauses.len;
    BlockId *body = arena_alloc(bld_tmp(B), sizeof(BlockId) * (size_t)(n + 1));
    BlockId exit = bld_block(B), dflt = exit;
    for (int i = 0; i < n; i++) {
        body[i] = bld_block(B);
        if (s->u.switch_.clauses.data[i].is_default)
            dflt = body[i];
    }
    for (int i = 0; i < n; i++) {
        CaseClause *cl = &s->u.switch_.clauses.data[i];
        if (cl->is_default || !cl->cond)
            continue;
        BlockId next = bld_block(B);
        lower_cond(B, cl->cond, body[i], next);
        bld_switch_to(B, next);
    }
    bld_goto(B, dflt, s->span);
    Loop lp = {exit, -1, B->live.len, B->loop, s};
    B->loop = &lp;
    BlockId saved_fall = B->fall;
    for (int i = 0; i < n; i++) {
        bld_switch_to(B, body[i]);
        B->fall = i + 1 < n ? body[i + 1] : -1;
        lower_block(B, s->u.switch_.clauses.data[i].body);
        if (B->cur >= 0)
            bld_goto(B, exit, s->span);
    }
    B->fall = saved_fall;
    B->loop = lp.outer;
    bld_switch_to(B, exit);
    bld_scope_exit(B, mark, s->span);
}
