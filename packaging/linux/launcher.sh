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
# Without a GPU device (virtual machines, remote desktops) JavaFX refuses its OpenGL pipeline anyway, but only
# after GDK has loaded Mesa and its LLVM (about 55 MB resident, and time): go straight to the software pipeline
# and keep GDK from opening OpenGL.
if ! compgen -G "/dev/dri/*" >/dev/null && ! compgen -G "/dev/nvidia*" >/dev/null; then
  options+=("-Dprism.order=sw")
  export GDK_GL=${GDK_GL:-disable}
fi
exec "$root/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$root/bin/BadgeManager" \
    -cp "$class_path" "$main_class" "$@"
