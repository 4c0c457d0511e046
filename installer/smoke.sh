#!/usr/bin/env bash
# Smoke check of the app-image built by installer/build.sh (Linux):
#  1. the command line of the image, on its trimmed runtime, sets up a ledger and imports customers;
#  2. the desktop app of the image opens its main window on a display: under Xvfb when there is no
#     DISPLAY, found with xwininfo (x11-utils) by its title "Meterbook — <ledger>", then closed.
# Exit 0 only if both worked. Uses a throw-away ledger and user.home, so it touches no real settings.
#
#   installer/smoke.sh [--screenshot FILE.png]      (needs: xvfb, x11-utils; imagemagick for --screenshot)
set -euo pipefail
cd "$(dirname "$0")/.."

screenshot=""
if [ "${1:-}" = "--screenshot" ]; then screenshot=$(realpath -m "${2:?--screenshot needs a file}"); fi

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "smoke: needs xvfb-run (apt-get install -y xvfb)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$PWD/installer/smoke.sh" "$@"
fi
command -v xwininfo >/dev/null || { echo "smoke: needs xwininfo (apt-get install -y x11-utils)" >&2; exit 1; }

app=$PWD/target/installer/image/Meterbook/bin/Meterbook
[ -x "$app" ] || { echo "smoke: $app missing: run installer/build.sh first" >&2; exit 1; }
sample=$PWD/target/installer/image/Meterbook/lib/app/sample-data
work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill -KILL "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# The launcher ignores JDK_JAVA_OPTIONS; the JVM itself reads JAVA_TOOL_OPTIONS. A fresh user.home also
# exercises the first launch: JavaFX unpacks its native libraries into ~/.openjfx/cache.
export JAVA_TOOL_OPTIONS="-Duser.home=$work/home"
started=$SECONDS

# 1. The command line: Flyway, Hibernate and H2 on the jlinked runtime, and a CSV import.
cli_bin=$(dirname "$app")/meterbook-cli
[ -x "$cli_bin" ] || { echo "smoke: $cli_bin missing: the image has no command-line launcher" >&2; exit 1; }
cli="$cli_bin --ledger $work/cli-ledger"
if ! { $cli init --zone Asia/Kuala_Lumpur && $cli customers import "$sample/customers.csv"; } >"$work/cli.log" 2>&1; then
  echo "smoke: FAILED: the command line of the image did not set up a ledger" >&2
  cat "$work/cli.log" >&2
  exit 1
fi
echo "smoke: command line set up a ledger ($((SECONDS - started)) s): $(tail -1 "$work/cli.log")"

# 2. The desktop app: its main window must appear within the deadline.
# From a folder without sample-data/, so the start screen finds the one inside the image.
(cd "$work" && exec "$app" --ledger "$work/ledger") >"$work/app.log" 2>&1 &
app_pid=$!
found=""
for _ in $(seq 1 120); do
  found=$(xwininfo -root -tree | grep -F '"Meterbook — ' || true)
  if [ -n "$found" ] || ! kill -0 "$app_pid" 2>/dev/null; then break; fi
  sleep 0.5
done
if [ -z "$found" ]; then
  echo "smoke: FAILED: no Meterbook window within 60 s" >&2
  cat "$work/app.log" >&2
  exit 1
fi
window=$(awk '{print $1}' <<<"$found" | head -1)
if ! xwininfo -id "$window" | grep -q 'Map State: IsViewable'; then
  echo "smoke: FAILED: the Meterbook window is not viewable" >&2
  exit 1
fi
echo "smoke: main window shown ($((SECONDS - started)) s):$found"

if [ -n "$screenshot" ]; then
  sleep 2  # let the first screen finish loading before the picture
  import -window root "$screenshot"
  echo "smoke: screenshot $screenshot"
fi

# What the app logged while it ran; JavaFX may log its renderer's teardown after a SIGTERM, which is
# not the app's error (seen: RejectedExecutionException from QuantumRenderer while painting).
cp "$work/app.log" "$work/app-running.log"

# Close it: SIGTERM ends the JVM normally (shutdown hooks run, H2 closes its file).
kill -TERM "$app_pid"
for _ in $(seq 1 40); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.25; done
if kill -0 "$app_pid" 2>/dev/null; then
  echo "smoke: FAILED: the app did not stop within 10 s of SIGTERM" >&2
  exit 1
fi
app_pid=""
if grep -E 'Exception|ERROR|SEVERE' "$work/app-running.log" >&2; then
  echo "smoke: FAILED: the app logged errors (above)" >&2
  exit 1
fi
echo "smoke: OK in $((SECONDS - started)) s"
