#!/usr/bin/env bash
# Smoke test of the standalone build: it runs without any Python of ours, finds its own
# content, and renders a real window to a PNG.
#
#   packaging/smoke_test_standalone.sh [BUILD_DIR]    (default: dist/strategy-viewer)
#
# The binary runs from an empty folder with a bare environment (no PYTHONPATH, no
# PYTHONHOME, no virtual environment on PATH, a fresh HOME) under Qt's offscreen platform.
set -euo pipefail

build=$(cd "${1:-dist/strategy-viewer}" && pwd)
binary="$build/strategy-viewer"
[ -x "$binary" ] || { echo "no executable at $binary (run: make standalone)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
bare=(env -i HOME="$scratch" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
  XDG_RUNTIME_DIR="$scratch")
run() { "${bare[@]}" "$binary" "$@"; }

version=$(run --version)
echo "version: $version"
case "$version" in strategy-viewer\ *) ;; *) echo "unexpected --version output" >&2; exit 1 ;; esac

run --check | tee "$scratch/check.txt"
grep -q "OK — 9 partners" "$scratch/check.txt"
grep -qF "$build/" "$scratch/check.txt" || { echo "content not from the build" >&2; exit 1; }

# shot NAME OPTIONS...: a 1280x800 screenshot with nothing unexpected on stderr.
shot() {
  local name=$1
  shift
  png="$scratch/$name.png"
  run "$@" --size 1280x800 --screenshot "$png" 2>"$scratch/err.txt" \
    || { cat "$scratch/err.txt" >&2; exit 1; }
  # PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers.
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] \
    || { echo "$png is not a PNG" >&2; exit 1; }
  width=$((16#$(dd if="$png" bs=1 skip=16 count=4 2>/dev/null | od -An -tx1 | tr -d ' \n')))
  height=$((16#$(dd if="$png" bs=1 skip=20 count=4 2>/dev/null | od -An -tx1 | tr -d ' \n')))
  size=$(wc -c <"$png")
  echo "screenshot ($name): ${width}x${height}, $size bytes"
  [ "$width" = 1280 ] && [ "$height" = 800 ] || { echo "wrong size" >&2; exit 1; }
  [ "$size" -gt 20000 ] || { echo "suspiciously small: a blank window?" >&2; exit 1; }
  if grep -v "propagateSizeHints" "$scratch/err.txt" | grep -q .; then
    echo "unexpected messages:" >&2; cat "$scratch/err.txt" >&2; exit 1
  fi
}
shot en --lang en --section partners
shot zh_CN --lang zh_CN --section partners
# A search builds the index, which reads pypinyin's character dictionary as a data file
# (never importing pypinyin): a build without it warns or fails here.
shot search --search "lu weibing"

# Run it as the desktop would (GUI mode), and check that every Python piece it loaded
# came from the build: no interpreter, library or package of this machine's Python.
if [ -d /proc/self ]; then
  "${bare[@]}" "$binary" --new-instance >/dev/null 2>&1 &
  pid=$!
  log="$scratch/.local/share/StrategyViewer/strategy-viewer/logs/strategy-viewer.log"
  for _ in $(seq 100); do grep -qs "started (pid" "$log" && break; sleep 0.1; done
  grep -qs "started (pid" "$log" || { echo "the GUI did not start" >&2; kill "$pid"; exit 1; }
  foreign=$(grep -oE '/[^ ]*(python|site-packages)[^ ]*' "/proc/$pid/maps" \
    | grep -vF "$build/" | sort -u || true)
  kill -TERM "$pid"
  wait "$pid" || { echo "no clean exit on SIGTERM" >&2; exit 1; }
  [ -z "$foreign" ] || { echo "loaded from outside the build: $foreign" >&2; exit 1; }
  echo "GUI start and SIGTERM exit OK; nothing loaded from a Python outside the build"
fi
echo "standalone build OK: $(du -sh "$build" | cut -f1) in $build"
