#!/usr/bin/env bash
# AppCDS training run: start the app once (under Xvfb when there is no display), record the classes it loads
# into lib/app/badge-manager.jsa, and point the launcher at it. The run goes up to the first frame, then through
# what every session does first (CdsTraining: the connection dialog opened, the built-in sandbox's badges
# shown, the Activities tab opened and listed) and quits. Class loading dominates start-up; the archive brings
# it close to a bare JavaFX window, and spares those first-time paths their class loading.
# On JDK 17 an archive only works at the path it was made at, so the training runs from the folder the
# package installs to (/opt/badge-manager); where that folder is taken or not writable, training is skipped
# and the app starts without an archive (slower, nothing else changes).
#   scripts/train-cds.sh target/installer/image/BadgeManager /opt/badge-manager
set -euo pipefail
image=$(cd "${1:?app-image folder}" && pwd)
install_dir=${2:-/opt/badge-manager}
cfg_name=$(basename "$(ls "$image"/lib/app/*.cfg | head -n 1)")
archive='$APPDIR/badge-manager.jsa'
sed -i '/SharedArchiveFile\|ArchiveClassesAtExit\|startupProbe/d' "$image/lib/app/$cfg_name"
rm -f "$image/lib/app/badge-manager.jsa"

if [ -e "$install_dir" ]; then
  echo "train-cds: $install_dir exists (an installed copy?): not touching it, no CDS archive this time"
  exit 0
fi
if ! mkdir -p "$install_dir" 2>/dev/null; then
  echo "train-cds: cannot create $install_dir: no CDS archive this time"
  exit 0
fi
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$install_dir" "${home:-}"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null; then
    echo "train-cds: no display and no Xvfb: no CDS archive this time"
    exit 0
  fi
  export DISPLAY=":$((80 + RANDOM % 9))"
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
fi
cp -a "$image/." "$install_dir/"
printf 'java-options=-XX:ArchiveClassesAtExit=%s\njava-options=-Dbadgemanager.startupProbe=train\n' "$archive" \
    >> "$install_dir/lib/app/$cfg_name"
home=$(mktemp -d)
HOME="$home" XDG_CONFIG_HOME="$home/c" XDG_DATA_HOME="$home/d" timeout 120 "$install_dir"/bin/* >/dev/null 2>&1 || true
if [ -s "$install_dir/lib/app/badge-manager.jsa" ]; then
  cp "$install_dir/lib/app/badge-manager.jsa" "$image/lib/app/"
  echo "java-options=-XX:SharedArchiveFile=$archive" >> "$image/lib/app/$cfg_name"
  echo "train-cds: $(du -h "$image/lib/app/badge-manager.jsa" | cut -f1) archive for $install_dir written and enabled"
else
  echo "train-cds: the training run wrote no archive; the package ships without one"
fi
