#!/usr/bin/env bash
# Smoke test of the native installer: build the .deb, unpack it into a temporary root (no install needed),
# start the installed launcher under Xvfb with --sandbox, wait until the main window shows the sandbox's
# badges, save a screenshot, and fail if the window never appeared.
#   scripts/smoke-installer.sh            (builds first)
#   SKIP_BUILD=1 scripts/smoke-installer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v import >/dev/null || need+=(imagemagick)
command -v xdotool >/dev/null || need+=(xdotool)
command -v objcopy >/dev/null || need+=(binutils)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -Pinstaller clean package -DskipTests
fi
deb=$(ls target/installer/*.deb | head -n 1)
work=$(mktemp -d)
trap 'kill ${app_pid:-0} ${xvfb_pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
dpkg -x "$deb" "$work/fs"
launcher=$(find "$work/fs/opt" -maxdepth 3 -path '*/bin/*' -type f -perm -u+x ! -path '*/runtime/*' | head -n 1)
echo "installed launcher: ${launcher#"$work/fs"} ($(du -sh "$work/fs/opt" | cut -f1) installed, $(du -h "$deb" | cut -f1) download)"

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
started=$(date +%s%N)
DISPLAY="$display" "$launcher" --sandbox >"$work/app.out" 2>&1 &
app_pid=$!
log="$XDG_DATA_HOME/badge-manager/logs/badge-manager.0.log"
for _ in $(seq 1 120); do
  if [ -f "$log" ] && grep -q "Badge table shows [1-9]" "$log"; then
    ready=$(( ($(date +%s%N) - started) / 1000000 ))
    sleep 1
    mkdir -p target/smoke
    DISPLAY="$display" import -window root target/smoke/installed-app.png
    title=$(DISPLAY="$display" xdotool search --name "Badge Manager" getwindowname 2>/dev/null | head -n 1 || true)
    echo "window \"$title\" showed the sandbox's badges ${ready} ms after launch; screenshot: target/smoke/installed-app.png"
    exit 0
  fi
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "the installed app exited early:"; cat "$work/app.out"; exit 1
  fi
  sleep 0.5
done
echo "the main window never showed the sandbox's badges within 60 s"; cat "$work/app.out"; exit 1
