#!/usr/bin/env bash
# AppCDS training run: start the app once (under Xvfb when there is no display) and record the classes it loads
# into lib/app/badge-manager.classlist. The run goes up to the first frame, then through what every session does
# first (CdsTraining: the connection dialog opened, the built-in sandbox's badges shown, the Activities tab opened
# and listed) and quits. Class loading dominates start-up; an archive of these classes brings it close to a bare
# JavaFX window, and spares those first-time paths their class loading.
# The package ships the class list (~0.3 MB), not the archive (~33 MB): the archive is made on the user's machine
# from the list with the bundled runtime (-Xshare:dump), by the .deb's post-install step, else in the background
# after a first start (packaging/linux/launcher.sh --create-cds-archive). A class list names classes, not paths,
# so the training runs from a temporary copy of the app-image, wherever it is.
#   scripts/train-cds.sh target/installer/image/BadgeManager
set -euo pipefail
image=$(cd "${1:?app-image folder}" && pwd)
cfg_name=$(basename "$(ls "$image"/lib/app/*.cfg | head -n 1)")
classlist=lib/app/badge-manager.classlist
sed -i '/SharedArchiveFile\|ArchiveClassesAtExit\|DumpLoadedClassList\|startupProbe/d' "$image/lib/app/$cfg_name"
rm -f "$image/lib/app/badge-manager.jsa" "$image/$classlist"

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null; then
    echo "train-cds: no display and no Xvfb: no class list this time (the app starts without a CDS archive)"
    exit 0
  fi
  export DISPLAY=":$((80 + RANDOM % 9))"
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
fi
copy="$work/BadgeManager"
cp -a "$image/." "$copy/"
printf 'java-options=-XX:DumpLoadedClassList=%s\njava-options=-Dbadgemanager.startupProbe=train\n' \
    "$copy/$classlist" >> "$copy/lib/app/$cfg_name"
home="$work/home"
mkdir -p "$home"
HOME="$home" XDG_CONFIG_HOME="$home/c" XDG_DATA_HOME="$home/d" XDG_CACHE_HOME="$home/cache" \
    timeout 120 "$copy/bin/BadgeManager" >/dev/null 2>&1 || true
if [ -s "$copy/$classlist" ]; then
  cp "$copy/$classlist" "$image/$classlist"
  echo "train-cds: class list of $(grep -vc '^@' "$image/$classlist") classes written to $classlist"
else
  echo "train-cds: the training run wrote no class list; the package ships without one"
fi
