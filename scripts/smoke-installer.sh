#!/usr/bin/env bash
# Smoke test of the native installer: build the .deb, install it the way users do (as root, which CI is:
# `apt-get install ./badge-manager_….deb`, post-install step included), start the installed app under Xvfb with
# --sandbox, wait until the main window shows the sandbox's badges, save a screenshot, run the command line
# headless against a standalone sandbox (exit codes checked), then `apt-get remove` it and check that nothing of
# it is left. Fails if the install, the window or the removal fails.
# Not root: the package is only unpacked into a temporary folder (`dpkg -x`, no post-install step); the app
# then makes its CDS archive itself in the background, and the script waits for it.
#   scripts/smoke-installer.sh            (builds first)
#   SKIP_BUILD=1 scripts/smoke-installer.sh
#   SKIP_BUILD=1 CDS_RUNS=9 scripts/smoke-installer.sh   (also: start-up with the install-made archive vs none)
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v import >/dev/null || need+=(imagemagick)
command -v xdotool >/dev/null || need+=(xdotool)
command -v objcopy >/dev/null || need+=(binutils)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
as_root=""
[ "$(id -u)" = 0 ] && as_root=1
if [ ${#need[@]} -gt 0 ] || { [ -n "$as_root" ] && ! compgen -G "/var/lib/apt/lists/*_Packages*" >/dev/null; }; then
  apt-get update -qq
fi
if [ ${#need[@]} -gt 0 ]; then
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -Pinstaller clean package -DskipTests
fi
deb=$(ls "$PWD"/target/installer/*.deb | head -n 1)
package=$(dpkg-deb -f "$deb" Package)
work=$(mktemp -d)
installed=""
cleanup() {
  kill ${app_pid:-0} ${xvfb_pid:-0} ${sandbox_pid:-0} 2>/dev/null || true
  if [ -n "$installed" ]; then
    apt-get purge -y -qq "$package" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "$as_root" ]; then
  if dpkg -s "$package" >/dev/null 2>&1 || [ -e "/opt/$package" ]; then
    echo "$package is installed already, or /opt/$package exists: remove it first" >&2
    installed=""; exit 1
  fi
  installed=1
  apt-get install -y -qq "$deb" >"$work/apt.out" 2>&1 || { cat "$work/apt.out"; echo "apt-get install failed"; exit 1; }
  if ! dpkg -s "$package" | grep -q '^Status: install ok installed'; then
    cat "$work/apt.out"; dpkg -s "$package" | grep '^Status'; echo "the package is not fully installed"; exit 1
  fi
  grep "^$package:" "$work/apt.out" || true # the post-install step's notes (no menu entry, no CDS archive)
  app_dir="/opt/$package"
  [ -f "$app_dir/lib/app/badge-manager.jsa" ] && cds="made by the post-install step" || cds="none made at install"
  echo "installed with apt-get: $(du -sh "$app_dir" | cut -f1) installed (CDS archive $cds: $(du -h "$app_dir/lib/app/badge-manager.jsa" 2>/dev/null | cut -f1)), $(du -h "$deb" | cut -f1) download"
else
  dpkg -x "$deb" "$work/fs"
  app_dir="$work/fs/opt/$package"
  echo "not root: unpacked only (no post-install step): $(du -sh "$app_dir" | cut -f1) installed, $(du -h "$deb" | cut -f1) download"
fi
launcher="$app_dir/bin/BadgeManager"

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CACHE_HOME="$work/home/.cache"
mkdir -p "$HOME"
started=$(date +%s%N)
DISPLAY="$display" BADGE_MANAGER_CDS_DELAY=1 "$launcher" --sandbox >"$work/app.out" 2>&1 &
app_pid=$!
log="$XDG_DATA_HOME/badge-manager/logs/badge-manager.0.log"
shown=""
for _ in $(seq 1 120); do
  if [ -f "$log" ] && grep -q "Badge table shows [1-9]" "$log"; then
    ready=$(( ($(date +%s%N) - started) / 1000000 ))
    sleep 1
    mkdir -p target/smoke
    DISPLAY="$display" import -window root target/smoke/installed-app.png
    title=$(DISPLAY="$display" xdotool search --name "Badge Manager" getwindowname 2>/dev/null | head -n 1 || true)
    echo "window \"$title\" showed the sandbox's badges ${ready} ms after launch; screenshot: target/smoke/installed-app.png"
    shown=1
    break
  fi
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "the installed app exited early:"; cat "$work/app.out"; exit 1
  fi
  sleep 0.5
done
if [ -z "$shown" ]; then
  echo "the main window never showed the sandbox's badges within 60 s"; cat "$work/app.out"; exit 1
fi
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true

if [ -z "$as_root" ]; then
  # no installer step here: the launcher makes this user's archive in the background (after BADGE_MANAGER_CDS_DELAY)
  for _ in $(seq 1 240); do
    compgen -G "$XDG_CACHE_HOME/badge-manager/cds-*.jsa" >/dev/null && break
    sleep 0.5
  done
  archive=$(compgen -G "$XDG_CACHE_HOME/badge-manager/cds-*.jsa" | head -n 1 || true)
  [ -n "$archive" ] || { echo "no CDS archive made in the background within 120 s"; exit 1; }
  echo "first start made this user's CDS archive in the background: $(du -h "$archive" | cut -f1)"
  flock "$XDG_CACHE_HOME/badge-manager/cds.lock" true # its maker is done
fi

# start-up (launch → the main window's first frame, the app's probe) with the install-made archive vs none,
# alternating in one run; "none" hides the class list too, so that no archive is made meanwhile
if [ "${CDS_RUNS:-0}" -gt 0 ] && [ -f "$app_dir/lib/app/badge-manager.jsa" ]; then
  first_frame() {
    local home started frame
    home=$(mktemp -d -p "$work")
    started=$(date +%s%3N)
    frame=$(HOME="$home" XDG_CONFIG_HOME="$home/c" XDG_DATA_HOME="$home/d" XDG_CACHE_HOME="$home/cache" \
        DISPLAY="$display" JAVA_TOOL_OPTIONS=-Dbadgemanager.startupProbe=exit timeout 60 "$launcher" 2>/dev/null \
        | sed -n 's/^first-frame-epoch-ms=//p')
    echo $(( frame - started ))
  }
  with=(); without=()
  for i in $(seq 0 "$CDS_RUNS"); do # run 0 warms the page cache and is not counted
    a=$(first_frame)
    mv "$app_dir/lib/app/badge-manager.jsa" "$app_dir/lib/app/badge-manager.classlist" "$work/"
    b=$(first_frame)
    mv "$work/badge-manager.jsa" "$work/badge-manager.classlist" "$app_dir/lib/app/"
    [ "$i" -gt 0 ] && with+=("$a") && without+=("$b")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
  m_with=$(median "${with[@]}"); m_without=$(median "${without[@]}")
  echo "start-up to first frame, $CDS_RUNS runs each, alternating: install-made archive ${m_with} ms (${with[*]}), none ${m_without} ms (${without[*]}); ratio $(awk "BEGIN {printf \"%.2f\", $m_with / $m_without}")"
fi

# The command line of the installed launcher, headless (no DISPLAY), against a standalone sandbox portal run from
# the installed jars: list, export, compare (0 same, 1 different), apply --dry-run, and exit codes 2 and 3.
sandbox_port=$((18400 + RANDOM % 500))
"$app_dir/lib/runtime/bin/java" -Dsandbox.port="$sandbox_port" -cp "$app_dir/lib/app/*" \
    org.badgemanager.sandbox.SandboxMain >"$work/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 60); do
  grep -q "is running at" "$work/sandbox.out" 2>/dev/null && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.out"; echo "the sandbox did not start"; exit 1; }
  sleep 0.5
done
SMOKE_WEBHOOK=$(sed -n 's/^Webhook URL (user 1, CRM admin): *//p' "$work/sandbox.out")
SMOKE_NOBODY="http://127.0.0.1:$((sandbox_port + 500))/rest/1/abcdefgh12345678/"
[ -n "$SMOKE_WEBHOOK" ] || { cat "$work/sandbox.out"; echo "no webhook URL from the sandbox"; exit 1; }
export SMOKE_WEBHOOK SMOKE_NOBODY
cli() { # expected exit code, then the arguments; no display, stdin not a terminal (as in CI)
  local want=$1 got=0
  shift
  env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" "$@" </dev/null >"$work/cli.out" 2>"$work/cli.err" || got=$?
  if [ "$got" != "$want" ]; then
    echo "BadgeManager $* exited with $got, expected $want:"; cat "$work/cli.out" "$work/cli.err"; exit 1
  fi
}
started=$(date +%s%N)
cli 0 list --webhook-env SMOKE_WEBHOOK
list_ms=$(( ($(date +%s%N) - started) / 1000000 ))
grep -q '^missedCall ' "$work/cli.out" || { cat "$work/cli.out"; echo "list did not show the sandbox's badges"; exit 1; }
cli 0 export --webhook-env SMOKE_WEBHOOK -o "$work/badges.json"
cli 0 export --webhook-env SMOKE_WEBHOOK -o "$work/one.json" --code missedCall
cli 0 compare --webhook-env SMOKE_WEBHOOK "$work/badges.json"
cli 1 compare --webhook-env SMOKE_WEBHOOK "$work/one.json" --json
grep -q '"same" : false' "$work/cli.out" || { cat "$work/cli.out"; echo "compare --json did not say the sets differ"; exit 1; }
cli 1 apply --webhook-env SMOKE_WEBHOOK --dry-run --delete-extra "$work/one.json"
cli 0 compare --webhook-env SMOKE_WEBHOOK "$work/badges.json" # the dry run changed nothing
cli 0 apply --webhook-env SMOKE_WEBHOOK "$work/badges.json"    # nothing to do
cli 2 list
cli 2 delete-activities --webhook-env SMOKE_WEBHOOK 1-3       # no terminal and no --yes: refused
cli 3 list --webhook-env SMOKE_NOBODY
kill "$sandbox_pid"; wait "$sandbox_pid" 2>/dev/null || true
echo "command line (no display): list took ${list_ms} ms; list, export, compare, apply and the exit codes 0/1/2/3 as documented"

if [ -n "$as_root" ]; then
  apt-get remove -y -qq "$package" >"$work/apt.out" 2>&1 || { cat "$work/apt.out"; echo "apt-get remove failed"; exit 1; }
  installed=""
  if dpkg -s "$package" 2>/dev/null | grep -q '^Status: .* installed'; then
    cat "$work/apt.out"; echo "the package is still installed after apt-get remove"; exit 1
  fi
  left=$(find "$app_dir" /usr/share/applications /usr/local/share/applications -name "*$package*" 2>/dev/null || true)
  if [ -e "$app_dir" ] || [ -n "$left" ]; then
    echo "apt-get remove left files behind:"; find "$app_dir" 2>/dev/null | head; echo "$left"; exit 1
  fi
  echo "apt-get remove: nothing of $package left"
  # dpkg keeps a removed package's post-removal script until a purge: purge it, for a clean package database
  apt-get purge -y -qq "$package" >/dev/null 2>&1
fi
