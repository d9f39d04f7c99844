/*
 * stackguard.c: unbounded recursion ends as Go's does, with
 *
 *     runtime: goroutine stack exceeds 1000000000-byte limit
 *     fatal error: stack overflow
 *
 * and exit status 2, instead of a bare "Segmentation fault". A program
 * thread's stack ends in a guard page; running into it raises SIGSEGV on
 * a stack that is already full, so the handler runs on an alternate
 * signal stack (sigaltstack). The handler tells the two SIGSEGV causes
 * apart by the faulting address: inside the main stack's reserved range
 * (from the top recorded at start-up down to RLIMIT_STACK below it, plus
 * a margin for the guard) is a stack overflow; anything else is a wild or
 * nil memory access, which gets Go's nil-pointer panic (compiled code
 * checks the nil dereferences it can see; this catches the rest): a
 * runtime error like the others, so deferred calls run and recover()
 * stops it, with Go's `[signal SIGSEGV: segmentation violation code=...
 * addr=... pc=...]` line when nothing does.
 *
 * The overflow path makes only async-signal-safe calls (write, _exit;
 * rt_flush is a write loop over the stdout buffer). The panic path
 * leaves the handler as Go's does, by unwinding from the faulting
 * instruction. Compiled code checks every dereference itself (a panic
 * from a call site, which the frame's cleanup sees: docs/RUNTIME.md,
 * "Nil dereferences"), so the faults that reach this handler are in the
 * runtime's own C code given a nil pointer by the program (a nil
 * *strings.Builder), single-threaded and holding no lock: the unwinder
 * goes from the signal frame through that function to its compiled
 * caller's call site, whose cleanup runs.
 */
#define _GNU_SOURCE
#include "rt.h"

#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <ucontext.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static uintptr_t stack_top, stack_bottom;
static char alt_stack[1 << 16];

static void say(const char *s) {
    size_t n = strlen(s);
    while (n) {
        ssize_t w = write(2, s, n);
        if (w <= 0)
            return;
        s += w;
        n -= (size_t)w;
    }
}

static void on_segv(int sig, siginfo_t *si, void *uc) {
    uintptr_t a = (uintptr_t)si->si_addr;
    if (a >= stack_bottom && a < stack_top) {
        rt_flush();
        say("runtime: goroutine stack exceeds 1000000000-byte limit\n"
            "fatal error: stack overflow\n\n"
            "goroutine 1 [running]:\nmain.main()\n");
        _exit(2);
    }
    /* A nil (or wild) dereference: Go's runtime error, a panic like any
     * other (deferred calls run, recover() stops it). The handler leaves
     * by unwinding or longjmp, never by returning, so the signal is
     * unblocked first (SA_NODEFER too: setjmp does not save the mask). */
    static char line[128];
    uintptr_t pc = 0;
#if defined(__x86_64__)
    pc = (uintptr_t)((ucontext_t *)uc)->uc_mcontext.gregs[REG_RIP];
#else
    (void)uc;
#endif
    snprintf(line, sizeof line, "[signal %s: %s code=0x%x addr=0x%lx pc=0x%lx]",
             sig == SIGBUS ? "SIGBUS" : "SIGSEGV", sig == SIGBUS ? "bus error" : "segmentation violation",
             (unsigned)si->si_code, (unsigned long)a, (unsigned long)pc);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    rt_panic_error(RT_ERR_STRING, "invalid memory address or nil pointer dereference", line);
}

/* Called once from ml0_init, on the main thread, after the allocator is
 * set up (Boehm probes memory with its own handlers while it starts). */
void rt_stack_guard_init(void) {
    char here;
    struct rlimit rl;
    uintptr_t size = (uintptr_t)1 << 30;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        size = (uintptr_t)rl.rlim_cur;
    stack_top = (uintptr_t)&here + (1 << 20);       /* argv and environment lie above */
    stack_bottom = (uintptr_t)&here > size + (1 << 20) ? (uintptr_t)&here - size - (1 << 20) : 0;
    stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0)
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}
