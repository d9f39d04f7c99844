/*
 * base.h: the base layer of ml0c, shared by every other layer.
 *
 * It holds the one compilation context (Ctx), the arena allocator all
 * compiler data lives in, growable vectors, interned strings (Sym), source
 * files with their line tables, spans, and diagnostics. Nothing here knows
 * about ML0 syntax or types. The only mutable state of a compilation lives
 * in a Ctx; there are no other globals.
 *
 * Invariant: every pointer handed out by arena_* stays valid until the
 * arena is freed; nothing allocated in an arena is ever freed on its own.
 */
#ifndef ML0_BASE_H
#define ML0_BASE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define ML0C_VERSION "0.1.0"

/* ICE: an internal compiler error, for broken invariants only. */
#define ICE(...) base_ice(__FILE__, __LINE__, __VA_ARGS__)
_Noreturn void base_ice(const char *file, int line, const char *fmt, ...);

/* ---- arena.c ---------------------------------------------------------- */

/* A chunk: a header, then cap bytes of memory handed out from the start. */
typedef struct ArenaChunk ArenaChunk;
struct ArenaChunk {
    ArenaChunk *next;
    size_t used, cap;   /* bytes handed out (synced from Arena.cur), held */
    size_t mapped;      /* arena_pages.c: bytes mmap'd, or 0 when calloc'd */
    _Alignas(16) unsigned char mem[];
};

typedef struct Arena {
    unsigned char *cur, *end; /* the free part of the newest chunk */
    ArenaChunk *head;   /* newest chunk; older chunks follow ->next */
    ArenaChunk *spare;  /* chunks emptied by arena_reset, reused first */
    size_t used_total;  /* bytes handed out, for statistics */
    /* for arena_pages.c, which supplies the chunks: */
    size_t expect;      /* bytes it is expected to grow to (sizes chunks) */
    bool map_ahead;     /* map each next big chunk on a helper thread */
    struct ArenaAhead *ahead; /* that thread, while it runs */
} Arena;

void *arena_alloc_slow(Arena *a, size_t size);     /* a new chunk */
/* Zeroed, 16-aligned memory (the common case inline: a bump). */
static inline void *arena_alloc(Arena *a, size_t size) {
    size = (size + 15) & ~(size_t)15;
    if ((size_t)(a->end - a->cur) < size)
        return arena_alloc_slow(a, size);
    void *p = a->cur;
    a->cur += size;
    a->used_total += size;
    return p;
}
char *arena_strndup(Arena *a, const char *s, size_t n); /* NUL-terminated */
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...);
void arena_free(Arena *a);                          /* frees every chunk */
/* Forget every allocation but keep the chunks (zeroed again) for the next
 * ones: a scratch arena reset per function reuses the same warm pages. */
void arena_reset(Arena *a);

/* ---- arena_pages.c ------------------------------------------------------ */
/* Where chunks come from (the plain supplier is calloc/free; the default
 * one is the speed machinery: growing chunks, huge pages mapped ahead on
 * a helper thread). A new chunk is zeroed and holds at least size bytes. */
ArenaChunk *arena_pages_new(Arena *a, size_t size);
void arena_pages_free(ArenaChunk *ch);
void arena_pages_stop(Arena *a);        /* arena_free: let go of the helper */
void base_tune_process(void);           /* malloc thresholds, stderr buffer */

/* ---- vec.c ------------------------------------------------------------- */

/* A growable array in an arena. Declare with VEC(T) name; and push with
 * vec_push(arena, &v, x). Growth copies into a new arena block (the old
 * one is wasted; at most half the memory). */
#define VEC(T) struct { T *data; int len; int cap; }
#define vec_push(arena, v, x)                                               \
    (vec_reserve_((arena), (void **)&(v)->data, &(v)->cap, (v)->len + 1,    \
                  sizeof(*(v)->data)),                                      \
     (v)->data[(v)->len++] = (x))
#define vec_last(v) ((v)->data[(v)->len - 1])
void vec_reserve_(Arena *a, void **data, int *cap, int need, size_t elem);

/* ---- intern.c ---------------------------------------------------------- */

/* An interned string: equal strings are the same pointer. */
typedef const char *Sym;

typedef struct InternSlot {
    Sym s;              /* NULL: empty */
    uint32_t hash, len;
} InternSlot;

typedef struct InternTable {
    InternSlot *slots;  /* open addressing, power-of-two size */
    int cap, count;
} InternTable;

/* ---- source.c ---------------------------------------------------------- */

/* A byte range in one source file. lo/hi are byte offsets, hi exclusive. */
typedef struct Span {
    int file;           /* index into Ctx.files; -1 for "no location" */
    int lo, hi;
} Span;

/* Which rules a source file follows where ML0's contract and Go differ
 * (docs/LANGUAGE.md "Go files and ML0 files"): a `*.go` file is Go
 * (package clause required, unused variables are errors, builtin
 * print/println write to standard error); anything else is ML0.
 * --dialect=go|ml0 overrides the file name (DIALECT_AUTO: by name). */
typedef enum { DIALECT_AUTO, DIALECT_ML0, DIALECT_GO } Dialect;

typedef struct SourceFile {
    const char *path;   /* as given on the command line */
    const char *name;   /* base name, used in -m output like Go */
    const char *text;   /* NUL-terminated contents (followed by padding) */
    int len;
    int *line_starts;   /* offset of each line's first byte */
    int nlines;
    Dialect dialect;    /* DIALECT_ML0 or DIALECT_GO (source_dialect) */
} SourceFile;

typedef struct LineCol { int line, col; } LineCol;   /* both 1-based */

/* ---- diag.c ------------------------------------------------------------ */

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE, DIAG_REMARK } DiagLevel;

typedef struct DiagLabel {
    Span span;
    const char *text;   /* may be "" */
    bool primary;       /* ^^^ when true, --- when false */
} DiagLabel;

typedef struct Diag {
    DiagLevel level;
    const char *code;   /* "E0382" for borrow errors, NULL otherwise */
    const char *msg;
    Span span;          /* primary location */
    VEC(DiagLabel) labels;
    VEC(DiagLabel) related; /* Go's continuation lines: another position
                               the message refers to ("previous case",
                               "other declaration of x"), each printed as
                               `\tfile:line:col: text` under the message */
    VEC(const char *) notes;
    VEC(const char *) helps;
    bool flow;          /* a -m=2 flow line (diag_remark_flow), shown
                           only when -m=2 was asked */
} Diag;

/* ---- bitset.c ---------------------------------------------------------- */

/* A fixed-size set of bits for dataflow states. */
typedef struct BitSet {
    int nbits;
    int nwords;
    uint64_t *w;
} BitSet;

BitSet bitset_new(Arena *a, int nbits);
void bitset_set(BitSet *b, int i);
void bitset_clear(BitSet *b, int i);
bool bitset_get(const BitSet *b, int i);
void bitset_copy(BitSet *dst, const BitSet *src);
bool bitset_union(BitSet *dst, const BitSet *src);     /* true if dst changed */
void bitset_clear_all(BitSet *b);

/* ---- ctx.c ------------------------------------------------------------- */

typedef enum { RT_GC, RT_DROP } RuntimeKind;
typedef enum { EMIT_EXE, EMIT_OBJ, EMIT_ASM, EMIT_LLVM, EMIT_MIR, EMIT_AST } EmitKind;
/* --emit=mir:STAGE: the MIR after which pass (FINAL: after the last) */
typedef enum { MIR_STAGE_FINAL, MIR_STAGE_BUILT, MIR_STAGE_ESCAPE, MIR_STAGE_DROP } MirStage;

typedef struct Options {
    const char *input;      /* source path */
    const char *output;     /* -o, or NULL for the default */
    int opt_level;          /* 0..3 */
    EmitKind emit;
    MirStage mir_stage;     /* EMIT_MIR: which stage */
    RuntimeKind runtime;
    int m_level;            /* -m count: 0 none, 1 decisions, 2 flows */
    bool borrowck;
    bool json;              /* --diagnostics=json */
    bool color;             /* colored diagnostics on a terminal */
    bool asan;              /* instrument generated code with ASan */
    const char *explain;    /* --explain NAME */
    const char *runtime_dir;/* where libml0rt_*.a live */
    const char *cpu;        /* -march/-mcpu: NULL generic, "native" the host */
    bool debug;             /* -g: DWARF debug information */
    const char *go_json_dir;/* -json=0,DIR: Go's escape log (diag_gojson.c) */
    int m_asked;            /* the -m level asked for (-json raises m_level to 2) */
    Dialect dialect;        /* --dialect=go|ml0; DIALECT_AUTO: by file name */
} Options;

typedef struct Ctx {
    Options opt;
    Arena arena;            /* source, AST, types, interned strings: whole run */
    InternTable syms;
    VEC(SourceFile) files;
    VEC(Diag *) diags;      /* collected, printed by diag_flush */
    int nerrors;
    int ncoded;             /* errors carrying a code (rustc-style borrow errors) */
    int quiet;              /* inside diag_quiet_begin/end: count, keep nothing */
    Diag *last_error;       /* the last plain error kept: go1.19 drops an
                               equal one on its line (diag.c same_as_last) */
} Ctx;

void ctx_init(Ctx *c);
void ctx_free(Ctx *c);

/* intern.c */
Sym intern(Ctx *c, const char *s, size_t n);
Sym intern_cstr(Ctx *c, const char *s);

/* source.c */
int source_load(Ctx *c, const char *path);     /* file index, or -1 (error reported) */
int source_add(Ctx *c, const char *name, const char *text, int len);
LineCol source_linecol(Ctx *c, int file, int offset);
const char *source_line(Ctx *c, int file, int line, int *len); /* without '\n' */
/* Does `file` follow Go's rules where they differ from ML0's? The one
 * question every pass asks about the dialect (decided when the file is
 * loaded: --dialect, else a name ending in .go). A span without a file
 * (-1) asks about the first file, the program. */
bool source_is_go(Ctx *c, int file);
/* The smallest span covering a and b (either may be NO_SPAN). */
static inline Span span_join(Span a, Span b) {
    if (a.file < 0)
        return b;
    if (b.file < 0)
        return a;
    if (b.lo < a.lo)
        a.lo = b.lo;
    if (b.hi > a.hi)
        a.hi = b.hi;
    return a;
}
/* The text of a span with runs of white space folded to one space. */
const char *source_text(Ctx *c, Span s);
extern const Span NO_SPAN;

/* diag.c: report, then keep adding labels/notes/help to the returned Diag. */
Diag *diag_error(Ctx *c, Span at, const char *fmt, ...);
Diag *diag_error_code(Ctx *c, const char *code, Span at, const char *fmt, ...);
Diag *diag_warning(Ctx *c, Span at, const char *fmt, ...);
void diag_label(Ctx *c, Diag *d, Span at, bool primary, const char *fmt, ...);
void diag_note(Ctx *c, Diag *d, const char *fmt, ...);
/* A related position, as go1.19 prints one: `\t./x.go:9:7: previous case`
 * on the line after the message (a rustc json child note with its span). */
void diag_related(Ctx *c, Diag *d, Span at, const char *fmt, ...);
void diag_help(Ctx *c, Diag *d, const char *fmt, ...);
/* Print every collected diagnostic (sorted by position) to stderr and
 * forget them. Plain errors use `file:line:col: error: msg` + line + caret;
 * coded ones rustc's boxed layout; --diagnostics=json one object a line. */
void diag_flush(Ctx *c);
/* One diagnostic in the human layouts (rustc's boxed one when it has a
 * code), into `out`; diag_json.c renders it again as the "rendered" field. */
void diag_render(Ctx *c, Diag *d, FILE *out);
void diag_render_plain(Ctx *c, Diag *d, FILE *out);
void diag_render_rustc(Ctx *c, Diag *d, FILE *out);
/* go1.19's closing line after ten errors, `file:line:col: too many
 * errors\n`, at the tenth error's span. */
const char *diag_too_many_line(Ctx *c, Span at);

/* diag_json.c */
/* One diagnostic as one line of rustc's --error-format=json. */
void diag_render_json(Ctx *c, Diag *d, FILE *out);
/* The entry that closes the JSON where the human form says "too many
 * errors" (diag_flush stops both at the same tenth error). */
void diag_json_too_many(Ctx *c, Span at, FILE *out);
/* A JSON string literal for `s`: escapes quotes, backslashes and control
 * characters, and turns bytes that are not UTF-8 into U+FFFD. */
void json_put_string(FILE *out, const char *s, size_t n);

/* diag_gojson.c: Go's -json=0,DIR escape log, written from plain
 * entries that escape's report step (escape/decide.c) makes from its
 * records. One entry per heap decision of file 0, in report order. */
typedef struct GoEscFlow {
    const char *text;       /* "  flow: ~r0 = &u:", "    from &u (address-of)" */
    int line, col;          /* 1-based */
} GoEscFlow;
typedef struct GoEscEntry {
    int lo;                 /* byte offset in file 0: the log's order */
    int line, col;          /* 1-based */
    const char *code;       /* "escape", "escapes" or "leak" */
    const char *message;    /* "u escapes to heap" */
    GoEscFlow *flow;        /* its relatedInformation */
    int nflow;
} GoEscEntry;
/* Writes DIR/main/NAME.json (c->opt.go_json_dir) once: later calls do
 * nothing. diag_flush calls it with no entries when the report step was
 * never reached (a --emit=mir:built stop), as Go logs an empty file. */
void diag_write_go_json(Ctx *c, const GoEscEntry *es, int n);
/* A -m decision line ("moved to heap: x"), printed by diag_flush in
 * `file:line:col: text` form, sorted with everything else. */
void diag_remark(Ctx *c, Span at, const char *fmt, ...);
void diag_remark_text(Ctx *c, Span at, const char *text);   /* text as is */
void diag_remark_flow(Ctx *c, Span at, const char *text);   /* a -m=2 flow line */
/* A quiet section: diagnostics reported between begin and end are
 * counted but not kept; end restores the counts and returns how many
 * errors were reported inside (a pass asking another a question). */
typedef struct DiagQuiet { int nerrors, ncoded; } DiagQuiet;
DiagQuiet diag_quiet_begin(Ctx *c);
int diag_quiet_end(Ctx *c, DiagQuiet q);

#endif
