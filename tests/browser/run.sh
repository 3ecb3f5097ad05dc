#!/usr/bin/env bash
# The browser test of the report page: builds the default zone and a zone with hostile
# names, opens both index.html files in Debian's Chromium (playwright-core) and checks them.
# usage: tests/browser/run.sh CHAINMAP_BINARY [SCREENSHOT_DIR]
set -euo pipefail
chainmap=$(realpath "${1:?usage: run.sh CHAINMAP_BINARY [SCREENSHOT_DIR]}")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
for tool in /usr/bin/chromium node npm; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing: scripts/install-deps.sh --test" >&2; exit 2; }
done
if [[ ! -f "$here/node_modules/playwright-core/package.json" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$chainmap" build "$root/chains" -o "$work/default" --maps svg --lists csv >/dev/null
# The same zone with names that would run script if they were ever taken as markup.
cp -r "$root/chains" "$work/xss-zone"
python3 - "$work/xss-zone" <<'PY'
import json, sys, pathlib
d = pathlib.Path(sys.argv[1])
bad = "<img src=x onerror=alert(1)>"
def edit(name, change):
    p = d / name
    data = json.loads(p.read_text(encoding="utf-8"))
    change(data)
    p.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
def zone(z): z["name"]["zh"] = "济源" + bad + "高新区</script><script>alert(2)</script>"
def steel(c):
    c["name"]["zh"] = "钢铁</script>" + bad
    c["links"][0]["name"]["zh"] = c["links"][0]["name"]["zh"] + bad
def firms(e):
    e["enterprises"][0]["short_name"] = "济钢" + bad
    e["enterprises"][1]["name"] = "</script><script>alert(3)</script>" + bad
def candidates(e): e["enterprises"][0]["name"] = bad + "候选</script>"
def projects(p): p["projects"][0]["name"] = bad + "项目<!--"
edit("zone.json", zone); edit("steel.json", steel); edit("enterprises.json", firms)
edit("candidates.json", candidates); edit("projects.json", projects)
PY
"$chainmap" build "$work/xss-zone" -o "$work/xss" --maps svg --lists csv >/dev/null

node "$here/report_page_test.js" --page "$work/default/index.html" --zone "$root/chains" \
  --xss "$work/xss/index.html" ${2:+--shots "$2"}
