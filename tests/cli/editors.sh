# The editor files are well formed: the VS Code extension's JSON parses and
# names the grammar it ships; Vim recognises *.ml0 and loads the syntax.
. "$(dirname "$0")/lib.bash"
E="$SRC/editors"
if command -v python3 >/dev/null; then
    python3 - "$E" <<'EOS' || fail "VS Code extension files"
import json, os, sys
e = sys.argv[1]
pkg = json.load(open(os.path.join(e, "vscode/package.json")))
json.load(open(os.path.join(e, "vscode/language-configuration.json")))
g = json.load(open(os.path.join(e, "vscode/syntaxes/ml0.tmLanguage.json")))
assert pkg["contributes"]["grammars"][0]["scopeName"] == g["scopeName"] == "source.ml0"
assert os.path.exists(os.path.join(e, "vscode", pkg["main"]))
EOS
fi
if command -v vim >/dev/null; then
    vim -u NONE -N -es -c "set rtp+=$E/vim" -c 'filetype on' -c 'syntax on' -c "e $SRC/examples/newuser.ml0" \
        -c 'if &ft != "ml0" || b:current_syntax != "ml0" | cquit | endif' -c 'q' </dev/null >/dev/null 2>&1 ||
        fail "vim does not load the ml0 syntax"
fi
exit 0
