/*
 * os.c: package os's Args, Environ, Exit, Stdin, Stdout and Stderr. ml0_init records argv
 * (core/stats.c calls lib_set_args); Args builds a fresh []string each
 * call, so the caller owns it under either runtime, and so does Environ
 * (from the C library's environ, skipping empty entries as Go's
 * syscall.Environ does). Stdout and Stderr are
 * static Files, outside both heaps (never collected, never counted).
 * (*File).Write and WriteString write through lib_write_fd (fd 1 through
 * the stdout buffer) and set *err to nil; a nil *File writes nothing and
 * sets *err to os.ErrInvalid (`invalid argument`), as Go's checkValid.
 * Close closes the descriptor (stdout's buffer flushed first) and marks
 * the File closed by storing -1 - fd; from then on Write, WriteString and
 * Close fail with Go's *fs.PathError (`write /dev/stdout: file already
 * closed`), and Name still answers.
 */
#include "lib.h"
#include "../core/rt.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int saved_argc;
static char **saved_argv;

void lib_set_args(int argc, char **argv) {
    saved_argc = argc;
    saved_argv = argv;
}

void ml0_os_Args(ml0_slice *out) {
    int64_t n = saved_argv ? saved_argc : 0;
    ml0_string *v = lib_new_strings(out, n);
    for (int64_t i = 0; i < n; i++)
        lib_string(&v[i], saved_argv[i], (int64_t)strlen(saved_argv[i]));
}

extern char **environ;

void ml0_os_Environ(ml0_slice *out) {
    int64_t n = 0;
    for (char **e = environ; e && *e; e++)
        n += **e != 0;
    ml0_string *v = lib_new_strings(out, n);
    int64_t k = 0;
    for (char **e = environ; e && *e; e++)
        if (**e)
            lib_string(&v[k++], *e, (int64_t)strlen(*e));
}

static ml0_os_File stdin_file = {0}, stdout_file = {1}, stderr_file = {2};

ml0_os_File *ml0_os_Stdin(void) { return &stdin_file; }

ml0_os_File *ml0_os_Stdout(void) { return &stdout_file; }
ml0_os_File *ml0_os_Stderr(void) { return &stderr_file; }

static int64_t file_fd(const ml0_os_File *f) { return f->fd < 0 ? -1 - f->fd : f->fd; }

static const char *file_name(const ml0_os_File *f) {
    int64_t fd = file_fd(f);
    return fd == 0 ? "/dev/stdin" : fd == 1 ? "/dev/stdout" : "/dev/stderr";
}

int64_t lib_file_fd(const ml0_os_File *f) { return file_fd(f); }

int64_t ml0_os_File_WriteString(ml0_iface *err, ml0_os_File *f, const uint8_t *s, int64_t slen) {
    if (!f) {
        ml0_os_ErrInvalid(err);
        return 0;
    }
    if (f->fd < 0) {
        lib_closed_error(err, "write", file_name(f));
        return 0;
    }
    err->type = NULL;
    err->data = NULL;
    lib_write_fd(f->fd, s, (size_t)slen);
    return slen;
}

int64_t ml0_os_File_Write(ml0_iface *err, ml0_os_File *f, const ml0_slice *b) {
    return ml0_os_File_WriteString(err, f, b->ptr, b->len);
}

void ml0_os_File_Close(ml0_iface *err, ml0_os_File *f) {
    if (!f) {
        ml0_os_ErrInvalid(err);
        return;
    }
    if (f->fd < 0) {
        lib_closed_error(err, "close", file_name(f));
        return;
    }
    rt_flush();
    close((int)f->fd);
    f->fd = -1 - f->fd;
    err->type = NULL;
    err->data = NULL;
}

void ml0_os_File_Name(ml0_string *out, ml0_os_File *f) {
    if (!f)
        ml0_panic_nil();
    const char *n = file_name(f);
    lib_string(out, n, (int64_t)strlen(n));
}

_Noreturn void ml0_os_Exit(int64_t code) {
    rt_flush();
    exit((int)code);
}
