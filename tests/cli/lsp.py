#!/usr/bin/env python3
"""lsp.py ML0C: drives `ml0c lsp` end to end over stdio, as an editor does:
initialize, didOpen of a program with a type error and an escaping
variable, didChange to a borrow error (with borrowck on), hover on a
variable, go-to-definition, shutdown, exit. Exits 1 with a message on the
first wrong answer."""
import json
import subprocess
import sys

ML0C = sys.argv[1]
p = subprocess.Popen([ML0C, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
next_id = [0]


def send(method, params, request=True):
    msg = {"jsonrpc": "2.0", "method": method, "params": params}
    if request:
        next_id[0] += 1
        msg["id"] = next_id[0]
    body = json.dumps(msg).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    p.stdin.flush()
    return msg.get("id")


def read():
    length = None
    while True:
        line = p.stdout.readline()
        if not line:
            fail("the server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(p.stdout.read(length))


def wait_for(pred, what):
    for _ in range(20):
        m = read()
        if pred(m):
            return m
    fail("no " + what)


def fail(why):
    print("FAIL:", why)
    p.kill()
    sys.exit(1)


URI = "file:///tmp/lsp_test/prog.ml0"
PROG = """type User struct {
    name string
}

func newUser() *User {
    u := User{name: "Tom"}
    return &u
}

func main() {
    p := newUser()
    println(p.name, missing)
}
"""
i = send("initialize", {"processId": None, "rootUri": None, "capabilities": {},
                        "initializationOptions": {"borrowck": False}})
r = wait_for(lambda m: m.get("id") == i, "initialize reply")
caps = r["result"]["capabilities"]
if not caps.get("hoverProvider") or not caps.get("definitionProvider") or caps.get("textDocumentSync") != 1:
    fail("capabilities: %r" % caps)
send("initialized", {}, request=False)
send("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "ml0", "version": 1, "text": PROG}},
     request=False)
d = wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics", "diagnostics after didOpen")
diags = d["params"]["diagnostics"]
if d["params"]["uri"] != URI:
    fail("diagnostics for %r" % d["params"]["uri"])
errs = [x for x in diags if x["severity"] == 1]
if len(errs) != 1 or errs[0]["message"] != "undefined: missing" or errs[0]["range"]["start"] != {"line": 11, "character": 20}:
    fail("type error: %r" % diags)

# fixed: no error, and the escape decision shows as information
fixed = PROG.replace(", missing", "")
send("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"text": fixed}]},
     request=False)
d = wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics", "diagnostics after didChange")
diags = d["params"]["diagnostics"]
if any(x["severity"] == 1 for x in diags):
    fail("errors in a correct program: %r" % diags)
info = [x for x in diags if x["severity"] == 3 and x["message"] == "moved to heap: u"]
if not info or info[0]["range"]["start"] != {"line": 5, "character": 4}:
    fail("escape decision as information: %r" % diags)

# hover on u (line 6, `return &u`) gives --explain's sentence
i = send("textDocument/hover", {"textDocument": {"uri": URI}, "position": {"line": 6, "character": 12}})
h = wait_for(lambda m: m.get("id") == i, "hover reply")
text = (h.get("result") or {}).get("contents", {}).get("value", "")
if "u" not in text or "heap" not in text:
    fail("hover: %r" % h)

# go to definition of newUser (used on line 10)
i = send("textDocument/definition", {"textDocument": {"uri": URI}, "position": {"line": 10, "character": 10}})
g = wait_for(lambda m: m.get("id") == i, "definition reply")
loc = g.get("result")
if not loc or loc["uri"] != URI or loc["range"]["start"] != {"line": 4, "character": 5}:
    fail("definition: %r" % g)

# an unknown request is MethodNotFound, not silence
i = send("textDocument/formatting", {"textDocument": {"uri": URI}, "options": {}})
e = wait_for(lambda m: m.get("id") == i, "error reply")
if e.get("error", {}).get("code") != -32601:
    fail("unknown method: %r" % e)

# a .go document follows Go's rules (docs/LANGUAGE.md 1.1): an unused
# variable is an error there, not in the .ml0 document above
GO_URI = "file:///tmp/lsp_test/prog.go"
GO_PROG = "package main\n\nfunc main() {\n\tx := 1\n}\n"
send("textDocument/didOpen", {"textDocument": {"uri": GO_URI, "languageId": "go", "version": 1, "text": GO_PROG}},
     request=False)
d = wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == GO_URI,
             "diagnostics of the .go document")
errs = [x for x in d["params"]["diagnostics"] if x["severity"] == 1]
if len(errs) != 1 or errs[0]["message"] != "x declared but not used" or errs[0]["range"]["start"] != {"line": 3, "character": 1}:
    fail("unused variable in a .go document: %r" % d["params"]["diagnostics"])

i = send("shutdown", None)
wait_for(lambda m: m.get("id") == i, "shutdown reply")
send("exit", None, request=False)
p.stdin.close()
if p.wait(timeout=30) != 0:
    fail("exit status %d after shutdown + exit" % p.returncode)
print("lsp: initialize, diagnostics, escape information, hover, definition, a .go document, shutdown: ok")
