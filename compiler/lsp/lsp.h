/*
 * lsp.h: `ml0c lsp`, a language server over standard input and output
 * (prefix lsp_). JSON-RPC messages are framed by Content-Length headers
 * (rpc.c) and parsed with cJSON; the server (server.c) keeps each open
 * document's text and answers:
 *   textDocument/didOpen, didChange   publishDiagnostics: type and syntax
 *                                     errors, borrow errors (with the
 *                                     initialization option
 *                                     {"borrowck": true}), and every -m
 *                                     escape decision as an Information;
 *   textDocument/hover                what --explain says of the name under
 *                                     the cursor (where it lives and why);
 *   textDocument/definition           where that name is declared.
 * The analysis (analyze.c) runs this same ml0c as `check --diagnostics=json`
 * on the document's text: one compiler, one set of diagnostics, whatever
 * the editor.
 */
#ifndef ML0_LSP_H
#define ML0_LSP_H

#include "base/base.h"

#include <cjson/cJSON.h>

/* rpc.c */
/* The next message from stdin, or NULL at end of input. */
cJSON *lsp_read(void);
/* Writes msg (and frees it). */
void lsp_send(cJSON *msg);
/* A response to request `id` with `result` (taken over). */
void lsp_reply(const cJSON *id, cJSON *result);
/* A notification. */
void lsp_notify(const char *method, cJSON *params);

/* analyze.c */
typedef struct LspDoc {
    char *uri;
    char *text;
    bool borrowck;
} LspDoc;
/* Runs the checker on the document; returns the LSP Diagnostic array. */
cJSON *lsp_diagnostics(LspDoc *d);
/* The --explain text for the identifier at (line, character), or NULL. */
char *lsp_hover(LspDoc *d, int line, int character);
/* The Location of the declaration of the identifier there, or NULL. */
cJSON *lsp_definition(LspDoc *d, int line, int character);

/* server.c */
/* The server loop; returns the exit status (0 after shutdown + exit). */
int lsp_main(Ctx *c);

#endif
