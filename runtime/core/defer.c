/*
 * defer.c: deferred calls, panics and recover (docs/RUNTIME.md, "defer,
 * panic, recover").
 *
 * A function that defers owns a frame record (ml0_frame, in its own stack
 * frame) that ml0_defer_enter links to the chain of such frames, newest
 * first; right after, the function calls setjmp on the record's jmp_buf
 * (compiler/codegen/defer.c) and branches to its landing block when that
 * returns a second time. `defer f` pushes f (a func() value: code pointer
 * and environment) on the record's list.
 *
 * Returning: ml0_defer_return pops and calls the list, last deferred
 * first, then unlinks the frame.
 *
 * Panicking: ml0_panic records the value and longjmps to the newest
 * linked frame; its landing calls ml0_defer_unwind, which pops and calls
 * the list. A deferred call that calls recover() (while a panic is
 * running the calls of a frame) gets the value and ends the panic: the
 * rest of the list then runs as for a return, ml0_defer_unwind returns,
 * and the landing returns the function's named results. Otherwise, the
 * list empty, the frame is unlinked and the panic goes on to the next
 * frame; with none left, Go's message goes to standard error after the
 * program's output and the process exits with status 2. A deferred call
 * that panics itself replaces the panic (its frame still runs the rest
 * of its list); Go prints both, the first marked as such.
 *
 * Frames of functions that do not defer are skipped by longjmp: nothing
 * runs there (under --runtime=drop, what they own is not dropped: see
 * docs/RUNTIME.md, "defer vs drop").
 *
 * recover() works only in the function the list calls (or the one a defer
 * wrapper or thunk it calls forwards to): call_one names the code pointer
 * it calls in a token, which such a function takes at its entry
 * (ml0_recover_take); a helper it calls finds the token gone.
 *
 * Invariant: a frame is linked from its function's entry until its
 * function returns (through ml0_defer_return or a recovered
 * ml0_defer_unwind), so the chain is the stack of live frames that defer.
 */
#include "rt.h"
#include "../ml0type.h"

#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef ML0RT_DROP
#include <unwind.h>
#endif

typedef struct Deferred {
    void (*fn)(void *env);
    void *env;
    struct Deferred *next;
} Deferred;

typedef struct Frame {
    jmp_buf jb;                 /* first: codegen calls setjmp(frame) */
    struct Frame *prev;
    Deferred *defers;
} Frame;

_Static_assert(sizeof(Frame) <= ML0_FRAME_SIZE, "ML0_FRAME_SIZE too small for a frame record");

/* The panic in flight (Go's _panic), and the one it replaced. */
typedef struct Panic {
#ifdef ML0RT_DROP
    struct _Unwind_Exception exc;   /* what the unwinder carries (first: aligned) */
#endif
    ml0_iface value;
    const char *sigline;        /* nil dereference: Go's [signal ...] line */
    int recovered;
    void *outer;                /* the frame whose deferred call was running for
                                   the panic before (running), or NULL */
} Panic;

int rt_panic_unwound;

static Frame *frames;           /* newest linked frame */
static void *token;             /* the code pointer call_one is calling (recover) */
static Frame *running;          /* whose list runs for the panic (recover) */
static Panic *current;          /* the running panic, or NULL */
static Panic panics[64];        /* nested panics (a deferred call panicking) */
static int npanics;
static int landed;              /* the landing being run recovered (ml0_defer_resume returns) */

void ml0_defer_enter(void *frame) {
    Frame *f = frame;
    f->prev = frames;
    f->defers = NULL;
    frames = f;
}

/* Codegen passes the address of each named result here once: the landing
 * reads them after a longjmp, so they must live in memory. */
void ml0_defer_keep(void *p) { (void)p; }

void ml0_defer_push(void *frame, void *fn, void *env) {
    Frame *f = frame;
    Deferred *d = malloc(sizeof *d);
    if (!d)
        rt_fatal("out of memory");
    d->fn = (void (*)(void *))fn;
    d->env = env;
    d->next = f->defers;
    f->defers = d;
}

/* Pop and call the newest deferred value of f; its reference (the
 * environment, under --runtime=drop) is given back after the call. */
static void call_one(Frame *f) {
    Deferred *d = f->defers;
    f->defers = d->next;
    void (*fn)(void *) = d->fn;
    void *env = d->env;
    free(d);
    if (!fn)
        ml0_panic_nil();        /* defer of a nil func value */
    token = (void *)fn;
    fn(env);
    ml0_rc_dec(env);
}

static void run_list(Frame *f) {
    while (f->defers)
        call_one(f);
}

static void unlink_frame(Frame *f) {
    frames = f->prev;
}

void ml0_defer_return(void *frame) {
    Frame *f = frame;
    run_list(f);
    unlink_frame(f);
}

/* Go's printpanicval: how `panic: ...` shows the value. */
static void print_value(const ml0_iface *v) {
    const ml0_type *t = v->type;
    if (!t) {
        fputs("nil", stderr);
        return;
    }
    ml0_string s;
    if (t->error_method || t->string_method) {
        (t->error_method ? t->error_method : t->string_method)(v->data, &s);
        fwrite(s.ptr, 1, (size_t)s.len, stderr);
        return;
    }
    const void *p = (t->flags & ML0_TF_DIRECT) ? (const void *)&v->data : v->data;
    int named = (t->flags & ML0_TF_NAMED) != 0;
    char b[64];
    b[0] = 0;
    switch (t->kind) {
    case ML0_K_BOOL: snprintf(b, sizeof b, "%s", *(const uint8_t *)p ? "true" : "false"); break;
    case ML0_K_INT: case ML0_K_INT64: snprintf(b, sizeof b, "%lld", (long long)*(const int64_t *)p); break;
    case ML0_K_INT32: snprintf(b, sizeof b, "%d", *(const int32_t *)p); break;
    case ML0_K_INT16: snprintf(b, sizeof b, "%d", *(const int16_t *)p); break;
    case ML0_K_INT8: snprintf(b, sizeof b, "%d", *(const int8_t *)p); break;
    case ML0_K_UINT: case ML0_K_UINT64: case ML0_K_UINTPTR:
        snprintf(b, sizeof b, "%llu", (unsigned long long)*(const uint64_t *)p); break;
    case ML0_K_UINT32: snprintf(b, sizeof b, "%u", *(const uint32_t *)p); break;
    case ML0_K_UINT16: snprintf(b, sizeof b, "%u", *(const uint16_t *)p); break;
    case ML0_K_UINT8: snprintf(b, sizeof b, "%u", *(const uint8_t *)p); break;
    case ML0_K_FLOAT64: case ML0_K_FLOAT32: {
        double d = t->kind == ML0_K_FLOAT32 ? *(const float *)p : *(const double *)p;
        size_t n = rt_format_float(b, d);
        b[n] = 0;
        break;
    }
    case ML0_K_STRING: {
        const ml0_string *str = p;
        if (named)
            fprintf(stderr, "%s(\"", t->name);
        fwrite(str->ptr, 1, (size_t)str->len, stderr);
        if (named)
            fputs("\")", stderr);
        return;
    }
    default:
        fprintf(stderr, "(%s) %p", t->name, v->data);
        return;
    }
    if (named)
        fprintf(stderr, "%s(%s)", t->name, b);
    else
        fputs(b, stderr);
}

/* No frame left: Go's fatal panic message, exit status 2. */
static _Noreturn void die(void) {
    rt_flush();
    for (int i = 0; i < npanics; i++) {
        fputs(i ? "\tpanic: " : "panic: ", stderr);
        print_value(&panics[i].value);
        if (panics[i].recovered)
            fputs(" [recovered]", stderr);
        fputs("\n", stderr);
        if (panics[i].sigline)
            fprintf(stderr, "%s\n", panics[i].sigline);
    }
    fputs("\ngoroutine 1 [running]:\nmain.main()\n", stderr);
    fflush(stderr);
    exit(2);
}

#ifdef ML0RT_DROP
/* The unwinder asks at each frame, innermost first, before that frame's
 * cleanup runs: the first frame whose CFA lies above the frame record of
 * the newest function that defers is that function's frame, so the record
 * is reached and the unwinding ends in its landing (longjmp). */
static _Unwind_Reason_Code stop(int version, _Unwind_Action actions, _Unwind_Exception_Class cls,
                                struct _Unwind_Exception *exc, struct _Unwind_Context *ctx,
                                void *param) {
    (void)version;
    (void)cls;
    (void)exc;
    (void)param;
    if (actions & _UA_END_OF_STACK)
        die();
    if (_Unwind_GetCFA(ctx) > (uintptr_t)frames)
        longjmp(frames->jb, 1);
    return _URC_NO_REASON;
}
#endif

/* Go on to the newest frame that defers, or die. Under --runtime=drop the
 * frames between run their cleanups on the way (the values they own are
 * dropped, docs/RUNTIME.md "What a panic drops"); under gc nothing runs
 * there and longjmp goes straight to the landing. */
static _Noreturn void unwind(void) {
    running = NULL;
    if (!frames)
        die();
#ifdef ML0RT_DROP
    struct _Unwind_Exception *e = &current->exc;
    memset(e, 0, sizeof *e);
    e->exception_class = 0x4d4c30004d4c3000ull;     /* "ML0\0ML0\0" */
    _Unwind_ForcedUnwind(e, stop, NULL);
    rt_fatal("panic: the unwinder failed");
#else
    longjmp(frames->jb, 1);
#endif
}

static _Noreturn void start(const ml0_iface *v, const char *sigline) {
    if (npanics == (int)(sizeof panics / sizeof panics[0]))
        rt_fatal("panic while panicking too deeply");
    Panic *p = &panics[npanics++];
    p->value = *v;
    p->sigline = sigline;
    p->recovered = 0;
    p->outer = running;
    current = p;
    unwind();
}

_Noreturn void ml0_panic(const void *v) { start(v, NULL); }

/* Forget the panics from index `from` on (a recovery ended them): each
 * record's reference to its value is given back (--runtime=drop; the
 * recoverer got a reference of its own). */
static void drop_panics(int from) {
    for (int i = from; i < npanics; i++)
        ml0_rc_dec(panics[i].value.data);
    npanics = from;
}

/* Is frame a newer than frame b (b is on the chain below a)? */
static bool newer(Frame *a, Frame *b) {
    for (Frame *x = a->prev; x; x = x->prev)
        if (x == b)
            return true;
    return false;
}

/* Landing: run the list for the panic, and unlink the frame. The landing
 * then drops what the function owned and calls ml0_defer_resume. */
void ml0_defer_unwind(void *frame) {
    Frame *f = frame;
    while (f->defers && !current->recovered) {
        running = f;
        call_one(f);
    }
    running = NULL;
    if (current->recovered) {
        rt_panic_unwound = 1;
        if (current->outer && newer(f, current->outer)) {
            /* recovered inside a deferred call the panic before is
               running (f is below that frame): that one goes on */
            Frame *outer = current->outer;
            drop_panics(npanics - 1);
            current = &panics[npanics - 1];
            run_list(f);
            unlink_frame(f);
            running = outer;
            landed = 1;
            return;
        }
        drop_panics(0);
        current = NULL;
        landed = 1;
        run_list(f);            /* the rest, as for a return */
        unlink_frame(f);
        return;
    }
    unlink_frame(f);
}

/* After the landing's drops: a recovered panic is over (the function
 * returns its named results); any other goes on to the next frame. */
void ml0_defer_resume(void *frame) {
    (void)frame;
    if (landed) {   /* this frame recovered: it returns */
        landed = 0;
        return;
    }
    if (current)
        unwind();
}

/* At the entry of a function that calls recover(): was it called
 * directly by call_one (the token names it)? The token is used up, so a
 * helper the function calls later sees none. */
int32_t ml0_recover_take(void *self) {
    int32_t direct = token == self;
    token = NULL;
    return direct;
}

/* A defer wrapper or a thunk called directly passes the token on to the
 * function it calls: that one is the deferred call, as in Go. */
void ml0_recover_pass(int32_t direct, void *callee) { token = direct ? callee : NULL; }

/* recover(): the value of the panic whose deferred calls are running, and
 * that panic ends; nil when there is none (or it already recovered), and
 * when the caller was not called directly by the deferred-call machinery
 * (direct: ml0_recover_take's answer at its entry). */
void ml0_recover(void *out, int32_t direct) {
    ml0_iface *o = out;
    if (!current || current->recovered || !running || !direct) {
        o->type = NULL;
        o->data = NULL;
        return;
    }
    current->recovered = 1;
    *o = current->value;
    ml0_rc_inc(o->data);    /* the record keeps its own until the panic is over */
}

/* fn(a, b) as Go's fmt calls a String or Error method, under its
 * catchPanic: a panic in fn stops here, as a recover in a deferred call
 * would stop it (fn's frames unwound, under --runtime=drop with their
 * drops), its value goes to *value and the answer is 1. The frame record
 * here is what the panic unwinds to; the panic state before the call (a
 * panic running, when fmt prints from a deferred call) comes back. */
int rt_call_catching(void (*fn)(void *, void *), void *a, void *b, ml0_iface *value) {
    Frame f;
    Panic *saved_current = current;
    Frame *saved_running = running;
    int saved_npanics = npanics;
    ml0_defer_enter(&f);
    if (setjmp(f.jb) == 0) {
        fn(a, b);
        unlink_frame(&f);
        return 0;
    }
    *value = current->value;    /* the record's reference, handed over */
    npanics--;
    unlink_frame(&f);
    drop_panics(saved_npanics);  /* the panics it replaced */
    current = saved_current;
    running = saved_running;
    rt_panic_unwound = 1;
    return 1;
}

/* ---- the runtime's own panics: Go's runtime.Error values ------------ */

typedef struct RtError {
    ml0_string msg;             /* "runtime error: ...", or a plain text */
} RtError;

/* Its text, a new reference under --runtime=drop: the string points into
 * the error object itself (message bytes after the struct), so it keeps
 * the object alive. */
static void rt_error_text(void *recv, ml0_string *out) {
    *out = ((RtError *)recv)->msg;
    ml0_rc_inc(out->ptr);
}

/* Their method set, so recover()'s value asserts to error (and prints
 * through Error()): Error() string and runtime.Error's RuntimeError(). */
static ml0_string rt_error_error(void *recv) {
    ml0_string s = ((RtError *)recv)->msg;
    ml0_rc_inc(s.ptr);
    return s;
}
static void rt_error_runtime_error(void *recv) { (void)recv; }
static const ml0_method rt_error_methods[] = {
    {"Error", "func() string", (void *)rt_error_error},
    {"RuntimeError", "func()", (void *)rt_error_runtime_error},
};

#define RT_ERROR_TYPE(goname)                                                                   \
    {.kind = ML0_K_STRUCT, .flags = ML0_TF_NAMED, .size = sizeof(RtError), .name = goname,      \
     .error_method = rt_error_text, .nmethods = 2, .methods = rt_error_methods}

/* by RtErrorKind (rt.h) */
static const ml0_type rt_error_types[] = {
    RT_ERROR_TYPE("runtime.errorString"),
    RT_ERROR_TYPE("runtime.boundsError"),
    RT_ERROR_TYPE("runtime.plainError"),
    RT_ERROR_TYPE("*runtime.TypeAssertionError"),
};

/* A runtime error: "runtime error: " + text for the first two kinds, the
 * text alone for a plain error (a nil map write) or a failed assertion. */
_Noreturn void rt_panic_error(int kind, const char *text, const char *sigline) {
    const char *prefix = kind <= RT_ERR_BOUNDS ? "runtime error: " : "";
    size_t n = strlen(text) + strlen(prefix);
    /* one object, the text after the struct (it holds no other reference:
       kind 0), freed with the recovered value's last reference */
    RtError *e = ml0_alloc_kind((int64_t)(sizeof *e + n + 1), 0);
    char *s = (char *)(e + 1);
    snprintf(s, n + 1, "%s%s", prefix, text);
    e->msg.ptr = (const uint8_t *)s;
    e->msg.len = (int64_t)n;
    ml0_iface v = {&rt_error_types[kind], e};
    start(&v, sigline);
}
