#!/usr/bin/env bash
# Run inside `dbus-run-session`: start the accessibility bus, then for each section start
# the app on it (under Xvfb) and walk its AT-SPI tree with tests/a11y/atspi_walk.py.
# Usage: atspi_session.sh PYTHON LANG SECTION...
set -u
py=$1; lang=$2; shift 2
here=$(dirname "$0")
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
bus=$!
trap 'kill $bus 2>/dev/null' EXIT
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb
for section in "$@"; do
  echo "SECTION $section"
  # A second try where the first walk never found the app (a start slowed by a busy
  # machine): a walk that ran reports what it found either way.
  for attempt in 1 2; do
    # setsid: the app, xvfb-run and Xvfb in a group of their own, ended together below.
    setsid xvfb-run -a -s "-screen 0 1280x800x24" "$py" -m gui --new-instance \
      --reset-settings --section "$section" --lang "$lang" --size 1280x800 >/dev/null 2>&1 &
    app=$!
    out=$(/usr/bin/python3 "$here/atspi_walk.py" strategy 30)
    kill -- -"$app" 2>/dev/null
    wait "$app" 2>/dev/null
    case "$out" in *CHECKED*) break ;; esac
  done
  [ -n "$out" ] && echo "$out"
done
