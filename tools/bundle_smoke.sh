#!/usr/bin/env bash
# Build the frozen Linux bundle (PyInstaller, packaging/reviewer-linux.spec) and run it offscreen:
# the window starts on a fresh database and imports the bundled sample; the command line then
# lists it, approves segments and exports a TMX. Also prints the bundle's size and its start
# time beside the same start from the project's environment (`uv run reviewer-gui`).
#   tools/bundle_smoke.sh            build (a few minutes, about 1 GB in build/), then test
#   tools/bundle_smoke.sh --no-build test the bundle built before
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BUNDLE_OUT:-build/bundle}
if [ "${1:-}" != "--no-build" ]; then
  start=$(date +%s)
  uv run --group bundle pyinstaller --noconfirm --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" packaging/reviewer-linux.spec
  echo "built in $(( $(date +%s) - start )) s"
fi
APP="$OUT/dist/reviewer"
echo "bundle size: $(du -sh "$APP" | cut -f1)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$WORK/config"

# Seconds from starting COMMAND on a fresh database until its first run has imported the sample
# (Qt loaded, the store made, the sample imported, the window next); the window is then closed.
started() {
  local db=$1; shift
  local t0; t0=$(date +%s.%N)
  REVIEWER_DB="$db" "$@" 2>"$db.err" &
  local pid=$!
  python3 - "$db" <<'PY'
import sqlite3, sys, time
deadline = time.time() + 60
while time.time() < deadline:
    try:
        if sqlite3.connect(sys.argv[1]).execute("select count(*) from articles").fetchone()[0]:
            break
    except sqlite3.Error:
        pass
    time.sleep(0.05)
PY
  local t1; t1=$(date +%s.%N)
  sleep 3  # still running: it did not fail after the import
  if ! kill "$pid" 2>/dev/null; then echo "FAIL: $* stopped"; cat "$db.err"; exit 1; fi
  wait "$pid" 2>/dev/null || true
  if grep -q Traceback "$db.err"; then echo "FAIL: $*"; cat "$db.err"; exit 1; fi
  python3 -c "print(f'{$t1 - $t0:.2f}')"
}

"$APP/reviewer" --version
bundle=() venv=()
for i in 1 2 3; do
  bundle+=("$(started "$WORK/b$i.db" "$APP/reviewer-gui")")
  venv+=("$(started "$WORK/v$i.db" uv run --no-sync reviewer-gui)")
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
echo "start until the sample is imported, median of 3: bundle $(median "${bundle[@]}") s," \
     "uv run reviewer-gui $(median "${venv[@]}") s"

export REVIEWER_DB="$WORK/b1.db"
"$APP/reviewer" list | tee "$WORK/list.txt"
grep -q "30 segments" "$WORK/list.txt" || { echo "FAIL: the window imported no sample"; exit 1; }
"$APP/reviewer" approve 1 1-5 --lang uk --from human
"$APP/reviewer" export 1 --format tmx --output "$WORK/out.tmx"
units=$(grep -c "<tu[ >]" "$WORK/out.tmx" || true)
echo "translation units exported: $units"
[ "$units" -ge 5 ] || { echo "FAIL: the export lacks the approved segments"; exit 1; }
echo "smoke: OK"
