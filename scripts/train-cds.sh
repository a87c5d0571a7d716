#!/usr/bin/env bash
# AppCDS training run for an app-image: start the app once (under Xvfb when there is no display), record the
# classes it loads up to its first frame into lib/app/badge-manager.jsa, and point the launcher at it.
# Class loading dominates start-up; the archive cuts it to about the time of a bare JavaFX window.
#   scripts/train-cds.sh target/installer/image/BadgeManager
set -euo pipefail
image=${1:?app-image folder}
cfg=$(ls "$image"/lib/app/*.cfg | head -n 1)
launcher=$(ls "$image"/bin/* | head -n 1)
archive='$APPDIR/badge-manager.jsa'
sed -i '/SharedArchiveFile\|ArchiveClassesAtExit\|startupProbe/d' "$cfg"
rm -f "$image/lib/app/badge-manager.jsa"

xvfb_pid=""
if [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null; then
    echo "train-cds: no display and no Xvfb: the installer ships without a CDS archive (starts ~40% slower)"
    exit 0
  fi
  export DISPLAY=":$((80 + RANDOM % 9))"
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
fi
trap '[ -n "$xvfb_pid" ] && kill $xvfb_pid 2>/dev/null || true' EXIT
home=$(mktemp -d)
cp "$cfg" "$cfg.orig"
printf 'java-options=-XX:ArchiveClassesAtExit=%s\njava-options=-Dbadgemanager.startupProbe=exit\n' "$archive" >> "$cfg"
HOME="$home" XDG_CONFIG_HOME="$home/c" XDG_DATA_HOME="$home/d" timeout 120 "$launcher" >/dev/null 2>&1 || true
mv "$cfg.orig" "$cfg"
rm -rf "$home"
if [ -s "$image/lib/app/badge-manager.jsa" ]; then
  echo "java-options=-XX:SharedArchiveFile=$archive" >> "$cfg"
  echo "train-cds: $(du -h "$image/lib/app/badge-manager.jsa" | cut -f1) archive written and enabled"
else
  echo "train-cds: the training run wrote no archive; the installer ships without one"
fi
