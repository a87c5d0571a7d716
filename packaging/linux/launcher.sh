#!/bin/bash
# Badge Manager's launcher on Linux: starts the bundled runtime with what lib/app/BadgeManager.cfg says (class
# path, main class, JVM options; the same file jpackage's own launcher reads, and the one the CDS training run
# edits). It replaces jpackage's native launcher, which asks rpm and then dpkg which package owns it at every
# start: "dpkg -S" reads every package's file list, 0.2-0.3 s on a desktop with a few thousand packages,
# before the JVM even starts.
set -euo pipefail
root=$(dirname "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")")
app="$root/lib/app"
class_path=""
main_class=""
options=()
while IFS= read -r line || [ -n "$line" ]; do
  value=${line#*=}
  value=${value//\$APPDIR/$app}
  case $line in
    app.classpath=*) class_path=${class_path:+$class_path:}$value ;;
    app.mainclass=*) main_class=$value ;;
    java-options=*) options+=("$value") ;;
  esac
done < "$app/BadgeManager.cfg"
# A subcommand (list, export, compare, apply, delete-activities, help) runs the command line: no window, no
# display, and no background job left behind (a CI step ends when its command does).
headless=""
case "${1:-}" in list|export|compare|apply|delete-activities|help|--help|-h) headless=1 ;; esac
# Without a GPU device (virtual machines, remote desktops) JavaFX refuses its OpenGL pipeline anyway, but only
# after GDK has loaded Mesa and its LLVM (about 55 MB resident, and time): go straight to the software pipeline
# and keep GDK from opening OpenGL.
if ! compgen -G "/dev/dri/*" >/dev/null && ! compgen -G "/dev/nvidia*" >/dev/null; then
  options+=("-Dprism.order=sw")
  export GDK_GL=${GDK_GL:-disable}
fi
java="$root/lib/runtime/bin/java"

# The AppCDS archive (the classes a session loads first, pre-parsed: start-up close to a bare JavaFX window) is
# made on the user's machine from the shipped class list, with this runtime and this class path: an archive
# only maps for the runtime, class path and jars it was made with.
classlist="$app/badge-manager.classlist"
create_archive() { # target file: a static archive of the class list; the target appears whole or not at all
  local dump_options=() option
  for option in "${options[@]}"; do
    case $option in -Xshare:*|-XX:SharedArchiveFile=*) ;; *) dump_options+=("$option") ;; esac
  done
  "$java" -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$1.part" \
      "${dump_options[@]}" -cp "$class_path" &
  local dump=$! status=0
  trap 'kill $dump 2>/dev/null' TERM INT # stopped (the post-install step's time limit): the dump stops too
  wait $dump && mv -f "$1.part" "$1" || status=$?
  trap - TERM INT
  wait $dump 2>/dev/null || true
  rm -f "$1.part"
  return $status
}
if [ "${1:-}" = "--create-cds-archive" ]; then # the .deb's post-install step
  create_archive "${2:?archive file}"
  exit
fi
# The archive the package's post-install step made, else this user's own. Where neither exists (an install
# without that step, or it failed), one is made for this user in the background: detached, at the lowest CPU
# and I/O priority and only after start-up is over, so it never delays this start; this start runs on the
# runtime's own archive (-Xshare:auto: a missing or stale archive only means slower class loading).
if [ -f "$app/badge-manager.jsa" ]; then
  options+=("-XX:SharedArchiveFile=$app/badge-manager.jsa")
elif [ -r "$classlist" ]; then
  cache="${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/badge-manager"
  # named after this install (its path and its files' date): an upgrade or a second copy makes its own
  stamp=$(printf '%s' "$root" | cksum | cut -d ' ' -f 1)-$(stat -c %Y "$app/BadgeManager.cfg")
  user_archive="$cache/cds-$stamp.jsa"
  if [ -f "$user_archive" ]; then
    options+=("-XX:SharedArchiveFile=$user_archive")
  elif [ -z "$headless" ] && command -v flock >/dev/null && mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ]; then
    # forked twice: the app (this script becomes it) never reaps children, so the job must not be one of them
    ( (
      flock -n 9 || exit 0 # another start is making it
      sleep "${BADGE_MANAGER_CDS_DELAY:-20}"
      [ -f "$user_archive" ] && exit 0
      renice -n 19 -p $BASHPID || true
      ionice -c 3 -p $BASHPID || true
      create_archive "$user_archive" && find "$cache" -maxdepth 1 -name 'cds-*.jsa' ! -name "cds-$stamp.jsa" -delete
    ) 9>"$cache/cds.lock" </dev/null >/dev/null 2>&1 & )
  fi
fi
exec "$java" "${options[@]}" -Djpackage.app-path="$root/bin/BadgeManager" -cp "$class_path" "$main_class" "$@"
