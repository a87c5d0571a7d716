#!/usr/bin/env bash
# Finishes jpackage's Linux app-image before it is packaged:
# - the script launcher replaces jpackage's native one (see packaging/linux/launcher.sh);
# - the jars are stored uncompressed: the .deb compresses its whole content with xz, which packs stored class
#   files far better than it packs deflated ones (measured: the jars' share of the .deb 7.4 → 4.2 MB; on disk
#   8.7 → 20 MB). Reading a stored jar costs the JVM no inflating either.
#   scripts/finish-linux-image.sh target/installer/image/BadgeManager
set -euo pipefail
cd "$(dirname "$0")/.."
image=$(cd "${1:?app-image folder}" && pwd)
install -m 755 packaging/linux/launcher.sh "$image/bin/BadgeManager"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for jar in "$image"/lib/app/*.jar; do
  rm -rf "$work/x" && mkdir "$work/x"
  (cd "$work/x" && jar --extract --file "$jar")
  manifest=()
  if [ -f "$work/x/META-INF/MANIFEST.MF" ]; then
    mv "$work/x/META-INF/MANIFEST.MF" "$work/manifest"
    manifest=(--manifest "$work/manifest")
  fi
  # a jar whose module-info is newer than this JDK's jar tool reads (atlantafx-base: Java 21) is kept as it is
  if ! jar --create --no-compress --file "$work/stored.jar" "${manifest[@]}" -C "$work/x" . 2>"$work/err"; then
    echo "finish-linux-image: $(basename "$jar") kept compressed ($(head -n 1 "$work/err"))"
    rm -f "$work/stored.jar" "$work/manifest"
    continue
  fi
  touch -r "$jar" "$work/stored.jar"
  mv "$work/stored.jar" "$jar"
done
echo "finish-linux-image: script launcher installed, $(ls "$image"/lib/app/*.jar | wc -l) jars stored uncompressed"
