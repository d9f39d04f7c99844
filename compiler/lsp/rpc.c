/*
 * rpc.c: JSON-RPC 2.0 framing for LSP: each message is
 * `Content-Length: N\r\n\r\n` then N bytes of JSON (other headers, such
 * as Content-Type, are read and ignored). Parsing and printing are cJSON's.
 */
#define _POSIX_C_SOURCE 200809L
#include "lsp/lsp.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

cJSON *lsp_read(void) {
    char line[256];
    long len = -1;
    for (;;) {
        if (!fgets(line, sizeof line, stdin))
            return NULL;
        if (strcmp(line, "\r\n") == 0 || strcmp(line, "\n") == 0)
            break;
        if (strncasecmp(line, "Content-Length:", 15) == 0)
            len = strtol(line + 15, NULL, 10);
    }
    if (len < 0 || len > (1 << 28))
        return NULL;
    char *buf = malloc((size_t)len + 1);
    if (!buf || fread(buf, 1, (size_t)len, stdin) != (size_t)len) {
        free(buf);
        return NULL;
    }
    buf[len] = 0;
    cJSON *msg = cJSON_Parse(buf);
    free(buf);
    return msg ? msg : cJSON_CreateObject();   /* unparsable: an empty message */
}

void lsp_send(cJSON *msg) {
    cJSON_AddStringToObject(msg, "jsonrpc", "2.0");
    char *s = cJSON_PrintUnformatted(msg);
    cJSON_Delete(msg);
    if (!s)
        return;
    printf("Content-Length: %zu\r\n\r\n%s", strlen(s), s);
    fflush(stdout);
    free(s);
}

void lsp_reply(const cJSON *id, cJSON *result) {
    cJSON *msg = cJSON_CreateObject();
    cJSON_AddItemToObject(msg, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
    cJSON_AddItemToObject(msg, "result", result ? result : cJSON_CreateNull());
    lsp_send(msg);
}

void lsp_notify(const char *method, cJSON *params) {
    cJSON *msg = cJSON_CreateObject();
    cJSON_AddStringToObject(msg, "method", method);
    cJSON_AddItemToObject(msg, "params", params);
    lsp_send(msg);
}
