# The repository stands alone: no tracked file points at a path outside it
# (the project's workspace, ../shared, absolute home paths). A clone has
# none of them; docs/LANGUAGE.md is the project's own reference.
. "$(dirname "$0")/lib.bash"
cd "$SRC" || fail "no source tree"
command -v git >/dev/null && git rev-parse --is-inside-work-tree >/dev/null 2>&1 || exit 0
HITS=$(git ls-files -z | xargs -0 grep -nIE '\.\./shared|/work/(shared|main|wt|notes|baseline)' -- \
       | grep -v '^tests/cli/no_outside_paths.sh:' || true)
[ -z "$HITS" ] || fail "paths outside the repository: $HITS"
grep -q 'docs/LANGUAGE.md' README.md || fail "README does not link docs/LANGUAGE.md"
[ -s docs/LANGUAGE.md ] || fail "docs/LANGUAGE.md missing"
