namespace MirrorAce.Action.Tests.LinkRot.Support;

/// <summary>
/// A stand-in for the GitHub CLI in the link-rot watch tests: answers <c>gh api</c> GETs from files the
/// test wrote, and records every call (method, path, request body) for the test to check.
/// </summary>
public static class FakeGh
{
    public const string Script = """
#!/usr/bin/env bash
set -e
[ "$1" = api ] || { echo "fake gh: only 'gh api' is served" >&2; exit 9; }
shift
method=GET; input=""; path=""; paginate=""
while [ $# -gt 0 ]; do
  case "$1" in
    --paginate) paginate=" (paginated)" ;;
    -X|--method) method="$2"; shift ;;
    --input) input="$2"; shift ;;
    -*) echo "fake gh: unknown option $1" >&2; exit 9 ;;
    *) path="$1" ;;
  esac
  shift
done
n="$(printf '%03d' "$(find "$FAKE_GH/calls" -name '*.txt' | wc -l)")"
printf '%s %s%s\n' "$method" "$path" "$paginate" > "$FAKE_GH/calls/$n.txt"
[ -z "$input" ] || cp "$input" "$FAKE_GH/calls/$n.json"
if [ "$method" != GET ]; then echo '{}'; exit 0; fi
case "$path" in
  # Paginated, as gh does: one array per page, here one release per page.
  "repos/$GITHUB_REPOSITORY/releases?"*) if [ -n "$paginate" ]; then jq -c '.[] | [.]' "$FAKE_GH/releases.json"; else cat "$FAKE_GH/releases.json"; fi ;;
  "repos/$GITHUB_REPOSITORY/issues?"*) cat "$FAKE_GH/issues.json" ;;
  *) echo "fake gh: no answer for GET $path" >&2; exit 9 ;;
esac
""";
}
