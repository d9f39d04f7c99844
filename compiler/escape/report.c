/*
 * report.c: escape decisions in Go's words (escape.go finish/paramTag and
 * solve.go explainPath). -m prints one line per decision:
 *   moved to heap: x              an addressed variable that escapes
 *   &T{...} escapes to heap       an allocation site that escapes
 *   make([]int, 100) does not escape
 *   leaking param: p / leaking param content: p /
 *   leaking param: p to result ~r0 level=0 / p does not escape
 * -m=2 adds, before a decision, the flow path that forced it, one step a
 * line ("flow: {heap} = &x:") with the notes of each step. MIR temporaries
 * are folded into the step that passes through them, so paths read like
 * Go's, which has no temporaries. The lines go into each location's
 * record (decide.c) while the batch's flow graph exists; esc_report
 * prints them after the last pass.
 */
#include "escape.h"

#include <ctype.h>
#include <string.h>

static bool is_temp(EscLoc *l) {
    if (!l->body)
        return false;
    if (l->site >= 0)
        return false;
    if (l->hidden)
        return true;
    if (l->go_temp)
        return false;
    if (l->local < 0)
        return false;   /* a tee's temporary: Go prints it as {temp} */
    Local *lc = &l->body->locals.data[l->local];
    return lc->kind == LOCAL_TEMP || lc->kind == LOCAL_ENV || esc_hidden_var(lc);
}

/* Go names a result leak by the result: ~r0 when unnamed, else its name.
 * A single result is _0: a leak names the one named result that can hold
 * a pointer. (Several results have a location each: result_k_name.) */
static const char *result_name(Body *b) {
    const char *name = "~r0";
    int n = 0;
    for (int i = 0; b->fi && i < b->fi->results.len; i++) {
        Var *v = b->fi->results.data[i];
        if (type_has_pointers(v->type) && n++ == 0)
            name = v->name;
    }
    return n == 1 ? name : "~r0";
}

/* Go's name of result k of b: its name if the results are named, else
 * ~rK. */
static const char *result_k_name(Esc *E, Body *b, int k) {
    if (b->fi && k < b->fi->results.len && b->fi->results.data[k]->name)
        return b->fi->results.data[k]->name;
    return arena_printf(E->batch, "~r%d", k);
}

static const char *loc_name(Esc *E, EscLoc *l) {
    if (l == &E->heap)
        return "{heap}";
    if (l->site >= 0)
        return arena_printf(E->batch, "{storage for %s}", l->body->sites.data[l->site].desc);
    if (l->name)
        return l->name;
    if (l->is_result && l->result_index >= 0)
        return result_k_name(E, l->body, l->result_index);
    if (l->local == 0)
        return result_name(l->body);
    if (l->local > 0 && l->body->locals.data[l->local].var)
        return sema_go_var_name(E->c, l->body->locals.data[l->local].var);
    if (l->local > 0 && l->body->locals.data[l->local].name)
        return l->body->locals.data[l->local].name;
    return "{temp}";
}

static const char *span_text(Esc *E, Span s) { return source_text(E->c, s); }

static const char *pos_text(Esc *E, Span s) {
    if (s.file < 0)
        return "?";
    LineCol lc = source_linecol(E->c, s.file, s.lo);
    return arena_printf(E->batch, "%s:%d:%d", E->c->files.data[s.file].path, lc.line, lc.col);
}

/* The end of the brace group opening at text[i] == '{' (its '}'), or -1;
 * string and rune literals inside are skipped. */
static int group_end(const char *text, int i) {
    int depth = 0;
    for (; text[i]; i++) {
        char q = text[i];
        if (q == '"' || q == '\'' || q == '`') {
            for (i++; text[i] && text[i] != q; i++)
                if (text[i] == '\\' && q != '`' && text[i + 1])
                    i++;
            if (!text[i])
                return -1;
            continue;
        }
        depth += q == '{';
        depth -= q == '}';
        if (depth == 0)
            return i;
    }
    return -1;
}

static bool word_at(const char *text, int i, const char *w) {
    size_t n = strlen(w);
    return strncmp(text + i, w, n) == 0 && (i == 0 || !(isalnum((unsigned char)text[i - 1]) || text[i - 1] == '_')) &&
           !(isalnum((unsigned char)text[i + n]) || text[i + n] == '_');
}

/* Go's rendering of source text inside a note: every composite literal
 * elided (`&Bar{...}`, `[]int{}` stays), every func literal `func
 * literal`, as its expression printer does. */
static const char *abbreviate(Esc *E, const char *text) {
    if (!strchr(text, '{'))
        return text;
    size_t n = strlen(text);
    char *out = arena_alloc(E->batch, n + 16 * (n / 2 + 1));
    size_t o = 0;
    for (int i = 0; text[i];) {
        char q = text[i];
        if (q == '"' || q == '\'' || q == '`') {       /* copied as written */
            int j = i + 1;
            for (; text[j] && text[j] != q; j++)
                if (text[j] == '\\' && q != '`' && text[j + 1])
                    j++;
            if (text[j])
                j++;
            memcpy(out + o, text + i, (size_t)(j - i));
            o += (size_t)(j - i);
            i = j;
            continue;
        }
        if (word_at(text, i, "interface") || word_at(text, i, "struct")) {
            int j = i;      /* types: kept whole */
            while (text[j] && text[j] != '{')
                j++;
            int e = text[j] ? group_end(text, j) : -1;
            j = e < 0 ? j : e + 1;
            memcpy(out + o, text + i, (size_t)(j - i));
            o += (size_t)(j - i);
            i = j;
            continue;
        }
        if (word_at(text, i, "func")) {
            int j = i + 4, depth = 0;       /* the body's '{' after the signature */
            for (; text[j] && !(depth == 0 && text[j] == '{'); j++) {
                depth += text[j] == '(';
                depth -= text[j] == ')';
                if (word_at(text, j, "interface") || word_at(text, j, "struct")) {
                    while (text[j] && text[j] != '{')
                        j++;
                    int e = text[j] ? group_end(text, j) : -1;
                    if (e < 0)
                        break;
                    j = e;
                }
            }
            int e = text[j] == '{' ? group_end(text, j) : -1;
            if (e > 0) {
                memcpy(out + o, "func literal", 12);
                o += 12;
                i = e + 1;
                continue;
            }
        }
        if (q == '{') {
            int e = group_end(text, i);
            if (e > i + 1) {
                memcpy(out + o, "{...}", 5);
                o += 5;
                i = e + 1;
                continue;
            }
        }
        out[o++] = text[i++];
    }
    out[o] = 0;
    return out;
}

/* Notes are stacked newest first, and Go prints them in that order. */
/* Go places an assignment at its `=` (or `:=`), not at its start. */
static Span assign_pos(Esc *E, Span s) {
    SourceFile *f = &E->c->files.data[s.file];
    int depth = 0;
    for (int i = s.lo; i < s.hi && i < f->len; i++) {
        char ch = f->text[i];
        depth += ch == '(' || ch == '[' || ch == '{';
        depth -= ch == ')' || ch == ']' || ch == '}';
        if (depth == 0 && ch == ':' && i + 1 < f->len && f->text[i + 1] == '=')
            return (Span){s.file, i, i + 2};
        if (depth == 0 && ch == '=' && i + 1 < f->len && f->text[i + 1] != '=' &&
            !strchr("=!<>:+-*/%&|^", f->text[i - 1]))
            return (Span){s.file, i, i + 1};
        /* s += x (Go's OASOP): at its operator */
        if (depth == 0 && ch == '=' && i > s.lo && i + 1 < f->len && f->text[i + 1] != '=') {
            char p = f->text[i - 1], pp = i - 2 >= s.lo ? f->text[i - 2] : 0;
            if ((p == '<' || p == '>') && pp == p)
                return (Span){s.file, i - 2, i + 1};
            if (p == '^' && pp == '&')
                return (Span){s.file, i - 2, i + 1};
            if (strchr("+-*/%&|^", p))
                return (Span){s.file, i - 1, i + 1};
        }
    }
    return s;
}

/* Go places a call at its '(' (the first one after the callee's name). */
static Span call_pos(Esc *E, Span s) {
    SourceFile *f = &E->c->files.data[s.file];
    int from = s.lo;
    if (word_at(f->text, s.lo, "func")) {  /* func(p *int) {...}(&w): after the literal */
        int brace = s.lo;
        while (brace < s.hi && f->text[brace] != '{')
            brace++;
        int end = brace < s.hi ? group_end(f->text, brace) : -1;
        if (end > 0 && end < s.hi)
            from = end;
    }
    for (int i = from; i < s.hi && i < f->len; i++)
        if (f->text[i] == '(')
            return i == s.lo ? s : (Span){s.file, i, i + 1};
    return s;
}

static void print_notes(Esc *E, EscWhy *w, EscNote *n) {
    for (; n; n = n->next) {
        if (n->where.file < 0)
            continue;
        Span at = strcmp(n->why, "assign") == 0           ? assign_pos(E, n->where)
                  : strcmp(n->why, "call parameter") == 0 ? call_pos(E, n->where)
                                                          : n->where;
        const char *step = arena_printf(E->batch, "    from %s (%s)",
                                        abbreviate(E, n->what_ref ? *n->what_ref : n->what ? n->what : span_text(E, n->where)), n->why);
        EscLine *line = esc_say(E, w, ESC_FROM, "%s at %s", step, pos_text(E, at));
        line->loglen = (int)strlen(step);
        line->from = at;
    }
}

/* One "flow: dst = &src:" step, temporaries folded in. */
static void print_step(Esc *E, EscWhy *w, EscLoc *dst, EscLoc *src, int derefs,
                       EscNote **notes, int nnotes) {
    const char *ops = "&";
    if (derefs >= 0) {
        char *s = arena_alloc(E->batch, (size_t)derefs + 1);
        memset(s, '*', (size_t)derefs);
        ops = s;
    }
    EscLine *line = esc_say(E, w, ESC_FLOW, "  flow: %s = %s%s:", loc_name(E, dst), ops, loc_name(E, src));
    line->heap_addr = dst == &E->heap && derefs < 0;
    for (int i = 0; i < nnotes; i++)
        print_notes(E, w, notes[i]);
}

static void explain_path(Esc *E, EscLoc *root, EscLoc *src, EscWhy *w) {
    EscNote *notes[64];
    int nnotes = 0, derefs = 0;
    EscLoc *from = src;
    for (int guard = 0; src && src != root && guard < 10000; guard++) {
        EscLoc *dst = src->dst;
        if (!dst)
            break;
        EscEdge *e = &dst->edges.data[src->dst_edge];
        derefs += e->derefs;
        if (nnotes < 64)
            notes[nnotes++] = e->notes;
        if (!is_temp(dst) || dst == root) {
            print_step(E, w, dst, from, derefs < -1 ? -1 : derefs, notes, nnotes);
            nnotes = 0;
            derefs = 0;
            from = dst;
        }
        src = dst;
    }
}

static const char *fn_name(EscLoc *l) { return l->body ? l->body->name : "?"; }

/* The reasons along the path from l to root, in plain words. */
static const char *path_words(Esc *E, EscLoc *root, EscLoc *l) {
    char buf[1024];
    size_t n = 0;
    buf[0] = 0;
    for (int guard = 0; l && l != root && l->dst && guard < 1000; guard++) {
        EscEdge *e = &l->dst->edges.data[l->dst_edge];
        for (EscNote *note = e->notes; note; note = note->next) {
            if (note->where.file < 0 || n > sizeof buf - 100)
                continue;
            LineCol lc = source_linecol(E->c, note->where.file, note->where.lo);
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s (line %d)", n ? ", " : "",
                                  note->why, lc.line);
        }
        l = l->dst;
    }
    return arena_strdup(E->batch, buf);
}

/* --explain NAME: one sentence on why NAME lives on the heap. */
static void explain_sentence(Esc *E, EscLoc *root, EscLoc *l, const char *what) {
    const char *why;
    if (root == &E->heap)
        why = "the heap (a global, or memory reached through a pointer) keeps it";
    else if (root->escapes)
        why = arena_printf(E->batch, "%s is on the heap itself", loc_name(E, root));
    else if (root->is_result)
        why = arena_printf(E->batch, "%s's result outlives its frame", fn_name(root));
    else if (root->body == l->body && root->loop_depth < l->loop_depth)
        why = arena_printf(E->batch, "%s is declared outside the loop that declares it", loc_name(E, root));
    else
        why = arena_printf(E->batch, "%s, in %s, outlives it", loc_name(E, root), fn_name(root));
    esc_say(E, esc_why(E, l), ESC_NOTE, "%s is moved to the heap because its address flows to %s (%s), and %s",
                what, loc_name(E, root), path_words(E, root, l), why);
}

/* Where a location's lines go: its site's or its local's position. */
static Span loc_span(EscLoc *l) {
    return l->site >= 0 ? l->body->sites.data[l->site].span : l->body->locals.data[l->local].span;
}

/* A site of the package initializer that go1.19 lays out as static data
 * (staticinit, even when some elements are stored at run time): composite
 * literals and func literals (and conversions to interfaces in static
 * places: their box sites are silent, mir_note_init_static). Maps, new,
 * make, a variadic call's implicit slice, other conversions, concatenations and method values
 * (`var f = c.M`) are allocations its escape analysis reports. */
static bool init_static(const AllocSite *s) {
    if (s->kind == SITE_MAP)
        return false;
    if (s->kind == SITE_SLICE_LIT || !s->desc)
        return true;
    size_t n = strlen(s->desc);
    return strcmp(s->desc, "func literal") == 0 || (n && s->desc[n - 1] == '}');
}

/* A site Go has no location for: a box it does not make (flows.c sends
 * what is stored in it where the interface goes) or, in the package
 * initializer, static data (mir/init_plan.c sends what is stored in it
 * straight to the heap). */
static bool init_no_loc(EscLoc *l) {
    if (!l->body || l->site < 0)
        return false;
    AllocSite *s = &l->body->sites.data[l->site];
    return (s->silent && s->iface_box) || (l->body->is_init && (s->silent || init_static(s)));
}

void esc_explain_escape(Esc *E, EscLoc *root, EscLoc *l) {
    if (is_temp(l) || l->explained)
        return;
    if (E->c->opt.explain) {
        const char *nm = l->site >= 0 ? l->body->sites.data[l->site].desc : loc_name(E, l);
        if (strcmp(nm, E->c->opt.explain) == 0)
            explain_sentence(E, root, l, nm);
        if (E->c->opt.m_level < 2)
            return;
    }
    if (init_no_loc(l))
        return;
    l->explained = true;
    EscWhy *w = esc_why_at(E, loc_span(l));     /* Go prints it while solving */
    const char *what = l->site >= 0 ? l->body->sites.data[l->site].desc : loc_name(E, l);
    esc_say(E, w, ESC_HEADER_ESCAPE, "%s escapes to heap:", what);
    explain_path(E, root, l, w);
}

void esc_explain_leak(Esc *E, EscLoc *root, EscLoc *p, int derefs) {
    if (p->body->fi && p->body->fi->mv)
        return;     /* a method value's or expression's wrapper: Go's own, silent */
    EscWhy *w = esc_why_at(E, loc_span(p));
    esc_say(E, w, ESC_HEADER_LEAK, "parameter %s leaks to %s with derefs=%d:", loc_name(E, p),
            loc_name(E, root), derefs);
    explain_path(E, root, p, w);
}

/* A flow of l's address into a location that escapes already (esc_flow
 * sends l to the heap at once), explained by that single edge; Go prints
 * it while building, each time such a flow is added. */
void esc_explain_flow(Esc *E, EscLoc *l, EscEdge e) {
    if (is_temp(l) || init_no_loc(l))
        return;
    l->explained = true;
    EscWhy *w = esc_why_at(E, loc_span(l));
    AllocSite *s = l->site >= 0 ? &l->body->sites.data[l->site] : NULL;
    const char *desc = s ? s->desc : NULL;
    if (s && s->desc_early)
        s->desc = s->desc_early;    /* as Go prints it now, its calls not yet packed */
    const char *what = s ? s->desc : loc_name(E, l);
    esc_say(E, w, ESC_HEADER_ESCAPE, "%s escapes to heap:", what);
    EscNote *n = e.notes;
    print_step(E, w, e.src, l, e.derefs, &n, 1);
    if (s)
        s->desc = desc;
}

/* A location sent to the heap directly by esc_flow, if not explained. */
void esc_explain_direct(Esc *E, EscLoc *l) {
    if (!l->explained && l->has_direct)
        esc_explain_flow(E, l, l->direct);
}

static bool param_reported(Body *b, LocalId i) {
    Local *l = &b->locals.data[i];
    return l->name && strcmp(l->name, "_") != 0 && type_has_pointers(l->type);
}

static void report_param(Esc *E, Body *b, EscLoc *loc) {
    Local *l = &b->locals.data[loc->local];
    EscWhy *w = esc_why(E, loc);
    Leaks lk = loc->leaks;
    leaks_optimize(&lk);
    if (leaks_empty(lk))
        esc_say(E, w, ESC_VERDICT, "%s does not escape", l->name);
    int x = leaks_heap(lk);
    if (x == 0)
        esc_say(E, w, ESC_VERDICT, "leaking param: %s", l->name);
    else if (x > 0)
        esc_say(E, w, ESC_VERDICT, "leaking param content: %s", l->name);
    int n = E->bodies[b->index].nresults;
    for (int k = 0; k < (n ? n : 1); k++) {
        x = leaks_result(lk, k);
        if (x >= 0)
            esc_say(E, w, ESC_VERDICT, "leaking param: %s to result %s level=%d", l->name,
                    n ? result_k_name(E, b, k) : result_name(b), x);
    }
}

/* Go's paramTag: the parameters' lines of one function. */
static void report_params(Esc *E, Body *b) {
    EscBody *eb = &E->bodies[b->index];
    for (int i = 0; i < b->locals.len; i++)
        if (eb->locals[i]->is_param && !eb->locals[i]->escapes && param_reported(b, i))
            report_param(E, b, eb->locals[i]);
}

/* The variables of one function that move to the heap (Go's fn.Dcl). */
static void report_vars(Esc *E, Body *b) {
    EscBody *eb = &E->bodies[b->index];
    for (int i = 0; i < b->locals.len; i++) {
        EscLoc *loc = eb->locals[i];
        Local *l = &b->locals.data[i];
        bool named = (l->kind == LOCAL_USER || l->kind == LOCAL_ARG) && l->name;
        if (loc->escapes && named) {
            if (E->c->opt.m_level >= 2)
                esc_explain_direct(E, loc);
            esc_say(E, esc_why(E, loc), ESC_VERDICT, "moved to heap: %s", l->name);
        }
    }
}

/* The func literal a site of b makes, or -1. */
static int closure_of_site(Body *b, int site) {
    mir_foreach_stmt(b, bb, st)
        if (st->kind == ST_ASSIGN && st->rv.kind == RV_CLOSURE && st->rv.site == site)
            return st->rv.func;
    return -1;
}

/* The allocation sites of b in Go's walk order: a func literal's own
 * sites come right after it (Go walks a closure where it is written). */
static void report_sites(Esc *E, Body *b) {
    EscBody *eb = &E->bodies[b->index];
    for (int i = 0; i < b->sites.len; i++) {
        EscLoc *loc = eb->sites[i];
        AllocSite *s = &b->sites.data[i];
        if (b->is_init && init_static(s))
            continue;   /* static data in Go, not an allocation */
        if (b->blocks.len && s->kind == SITE_APPEND)
            continue;   /* append growth: always the runtime's heap; Go is silent */
        if (loc->dead)
            continue;   /* removed by Go's deadcode before escape analysis */
        if (s->silent) {
            /* a defer's wrapper: Go says nothing (its sites follow) */
        } else if (loc->escapes) {
            if (E->c->opt.m_level >= 2)
                esc_explain_direct(E, loc);
            esc_say(E, esc_why(E, loc), ESC_VERDICT, "%s escapes to heap", s->desc);
        } else {
            esc_say(E, esc_why(E, loc), ESC_VERDICT, "%s does not escape", s->desc);
        }
        int f = s->kind == SITE_CLOSURE ? closure_of_site(b, i) : -1;
        if (f >= 0 && E->bodies[f].in_batch)
            report_sites(E, E->p->bodies.data[f]);
    }
}
/* --explain NAME for a variable that stays on the stack. */
/* --explain NAME for a variable whose address was stored straight into
 * something already on the heap (esc_flow's direct escape: no walk). */
static void explain_direct(Esc *E, Body *b, EscLoc *l) {
    char buf[512];
    size_t n = 0;
    buf[0] = 0;
    for (EscNote *note = l->direct.notes; note && n < sizeof buf - 100; note = note->next) {
        if (note->where.file < 0)
            continue;
        LineCol lc = source_linecol(E->c, note->where.file, note->where.lo);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s (line %d)", n ? ", " : "", note->why, lc.line);
    }
    if (l->direct.src == &E->heap)
        esc_say(E, esc_why(E, l), ESC_NOTE,
                    "%s is moved to the heap because its address is stored through a pointer or into "
                    "a global (%s), and the heap keeps what is stored there", loc_name(E, l), buf);
    else
        esc_say(E, esc_why(E, l), ESC_NOTE,
                    "%s is moved to the heap because its address is stored into %s (%s), which is on the heap",
                    loc_name(E, l), loc_name(E, l->direct.src), buf);
}

static void explain_stays(Esc *E, Body *b) {
    EscBody *eb = &E->bodies[b->index];
    for (int i = 0; i < b->locals.len; i++) {
        Local *l = &b->locals.data[i];
        if (!l->name || strcmp(l->name, E->c->opt.explain) != 0)
            continue;
        if (eb->locals[i]->escapes && eb->locals[i]->has_direct)
            explain_direct(E, b, eb->locals[i]);
        if (eb->locals[i]->escapes)
            continue;
        if (l->kind == LOCAL_ARG && type_has_pointers(l->type)) {
            Leaks lk = eb->locals[i]->leaks;
            leaks_optimize(&lk);
            esc_say(E, esc_why(E, eb->locals[i]), ESC_NOTE, "%s is a parameter of %s: %s", l->name, b->name,
                        leaks_heap(lk) == 0 ? "its value reaches the heap, so callers' pointers passed here escape"
                        : leaks_heap(lk) > 0 ? "what it points to reaches the heap"
                        : leaks_any_result(lk) >= 0 ? "it flows to the result, so it escapes only if the result does"
                        : "nothing it points to outlives the call");
        } else {
            esc_say(E, esc_why(E, eb->locals[i]), ESC_NOTE, "%s stays in %s's frame: %s", l->name, b->name,
                        l->addressed ? "no pointer to it outlives the frame"
                                     : "its address is never taken");
        }
    }
}

/* In go1.19's order (escape.go finish): every function's parameters,
 * then every function's variables, then the allocation sites as the walk
 * met them; bodies in the order Go lists the component (its Tarjan stack:
 * the reverse of the order solved). */
void esc_report_batch(Esc *E, int *bodies, int n) {
    if (E->c->opt.m_level) {
        for (int i = n - 1; i >= 0; i--)
            if (!E->p->bodies.data[bodies[i]]->is_init)
                report_params(E, E->p->bodies.data[bodies[i]]);
        for (int i = n - 1; i >= 0; i--)
            if (!E->p->bodies.data[bodies[i]]->is_init)
                report_vars(E, E->p->bodies.data[bodies[i]]);
        for (int i = n - 1; i >= 0; i--) {
            Body *b = E->p->bodies.data[bodies[i]];
            if (b->parent < 0)   /* closures: inside their parent's */
                report_sites(E, b);
        }
    }
    for (int i = 0; i < n && E->c->opt.explain; i++)
        explain_stays(E, E->p->bodies.data[bodies[i]]);
}
