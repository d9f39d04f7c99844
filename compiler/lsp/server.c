/*
 * server.c: the LSP loop. Reads a message, dispatches on its method,
 * answers requests (those with an id) and ignores notifications it does
 * not know, as the protocol asks. Documents are kept whole (textDocumentSync
 * Full: each change sends the entire text), and re-checked on open and on
 * every change. `shutdown` then `exit` ends with status 0; `exit` alone, or
 * the end of input, with 1.
 */
#define _POSIX_C_SOURCE 200809L
#include "lsp/lsp.h"

#include <stdlib.h>
#include <string.h>

typedef struct Server {
    LspDoc *docs;
    int ndocs, cap;
    bool borrowck;      /* initializationOptions.borrowck */
    bool shut_down;
} Server;

static const cJSON *get(const cJSON *o, const char *path) {
    char key[64];
    while (o && *path) {
        const char *dot = strchr(path, '.');
        size_t n = dot ? (size_t)(dot - path) : strlen(path);
        snprintf(key, sizeof key, "%.*s", (int)n, path);
        o = cJSON_GetObjectItemCaseSensitive(o, key);
        path += n + (dot != NULL);
    }
    return o;
}

static LspDoc *find_doc(Server *s, const char *uri, bool create) {
    for (int i = 0; uri && i < s->ndocs; i++)
        if (strcmp(s->docs[i].uri, uri) == 0)
            return &s->docs[i];
    if (!create || !uri)
        return NULL;
    if (s->ndocs == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->docs = realloc(s->docs, sizeof(LspDoc) * (size_t)s->cap);
    }
    LspDoc *d = &s->docs[s->ndocs++];
    *d = (LspDoc){strdup(uri), NULL, s->borrowck};
    return d;
}

static void publish(LspDoc *d) {
    cJSON *p = cJSON_CreateObject();
    cJSON_AddStringToObject(p, "uri", d->uri);
    cJSON_AddItemToObject(p, "diagnostics", lsp_diagnostics(d));
    lsp_notify("textDocument/publishDiagnostics", p);
}

static void set_text(Server *s, const cJSON *params, const char *text) {
    LspDoc *d = find_doc(s, cJSON_GetStringValue(get(params, "textDocument.uri")), true);
    if (!d || !text)
        return;
    free(d->text);
    d->text = strdup(text);
    publish(d);
}

static cJSON *capabilities(void) {
    cJSON *r = cJSON_CreateObject();
    cJSON *caps = cJSON_AddObjectToObject(r, "capabilities");
    cJSON_AddNumberToObject(caps, "textDocumentSync", 1);      /* Full */
    cJSON_AddBoolToObject(caps, "hoverProvider", 1);
    cJSON_AddBoolToObject(caps, "definitionProvider", 1);
    cJSON *info = cJSON_AddObjectToObject(r, "serverInfo");
    cJSON_AddStringToObject(info, "name", "ml0c");
    cJSON_AddStringToObject(info, "version", ML0C_VERSION);
    return r;
}

static cJSON *hover(Server *s, const cJSON *params) {
    LspDoc *d = find_doc(s, cJSON_GetStringValue(get(params, "textDocument.uri")), false);
    if (!d)
        return NULL;
    char *text = lsp_hover(d, (int)cJSON_GetNumberValue(get(params, "position.line")),
                           (int)cJSON_GetNumberValue(get(params, "position.character")));
    if (!text)
        return NULL;
    cJSON *r = cJSON_CreateObject();
    cJSON *contents = cJSON_AddObjectToObject(r, "contents");
    cJSON_AddStringToObject(contents, "kind", "plaintext");
    cJSON_AddStringToObject(contents, "value", text);
    free(text);
    return r;
}

static cJSON *definition(Server *s, const cJSON *params) {
    LspDoc *d = find_doc(s, cJSON_GetStringValue(get(params, "textDocument.uri")), false);
    return d ? lsp_definition(d, (int)cJSON_GetNumberValue(get(params, "position.line")),
                              (int)cJSON_GetNumberValue(get(params, "position.character")))
             : NULL;
}

/* One message; returns false at `exit`. */
static bool dispatch(Server *s, const cJSON *msg) {
    const char *m = cJSON_GetStringValue(get(msg, "method"));
    const cJSON *id = get(msg, "id"), *params = get(msg, "params");
    if (!m)
        return true;                            /* a response, or garbage */
    if (strcmp(m, "initialize") == 0) {
        s->borrowck = cJSON_IsTrue(get(params, "initializationOptions.borrowck"));
        lsp_reply(id, capabilities());
    } else if (strcmp(m, "shutdown") == 0) {
        s->shut_down = true;
        lsp_reply(id, NULL);
    } else if (strcmp(m, "exit") == 0) {
        return false;
    } else if (strcmp(m, "textDocument/didOpen") == 0) {
        set_text(s, params, cJSON_GetStringValue(get(params, "textDocument.text")));
    } else if (strcmp(m, "textDocument/didChange") == 0) {
        const cJSON *changes = get(params, "contentChanges"), *last = NULL, *ch;
        cJSON_ArrayForEach(ch, changes)
            last = ch;
        set_text(s, params, cJSON_GetStringValue(get(last, "text")));
    } else if (strcmp(m, "textDocument/hover") == 0) {
        lsp_reply(id, hover(s, params));
    } else if (strcmp(m, "textDocument/definition") == 0) {
        lsp_reply(id, definition(s, params));
    } else if (id) {
        cJSON *err = cJSON_CreateObject();
        cJSON_AddItemToObject(err, "id", cJSON_Duplicate(id, 1));
        cJSON *e = cJSON_AddObjectToObject(err, "error");
        cJSON_AddNumberToObject(e, "code", -32601);             /* MethodNotFound */
        cJSON_AddStringToObject(e, "message", "method not supported by ml0c");
        lsp_send(err);
    }
    return true;
}

int lsp_main(Ctx *c) {
    (void)c;
    Server s = {0};
    cJSON *msg;
    bool running = true;
    while (running && (msg = lsp_read())) {
        running = dispatch(&s, msg);
        cJSON_Delete(msg);
    }
    for (int i = 0; i < s.ndocs; i++) {
        free(s.docs[i].uri);
        free(s.docs[i].text);
    }
    free(s.docs);
    return s.shut_down && !running ? 0 : 1;
}
