#!/usr/bin/env bash
# Finishes jpackage's Linux app-image before it is packaged:
# - the script launcher replaces jpackage's native one (see packaging/linux/launcher.sh);
# - the jars are stored uncompressed: the .deb compresses its whole content with xz, which packs stored class
#   files far better than it packs deflated ones (measured: the jars' share of the .deb 7.4 → 4.2 MB; on disk
#   8.7 → 20 MB). Reading a stored jar costs the JVM no inflating either.
# - JNA's native helper is kept for this machine's platform only: the jar carries it for 27 platforms (4.4 MB),
#   and JNA loads only the one it runs on (.deb 25.5 → see docs/benchmarks.md).
#   scripts/finish-linux-image.sh target/installer/image/BadgeManager
set -euo pipefail
cd "$(dirname "$0")/.."
image=$(cd "${1:?app-image folder}" && pwd)
install -m 755 packaging/linux/launcher.sh "$image/bin/BadgeManager"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# JNA's name for this platform (com/sun/jna/<os>-<arch>/libjnidispatch.so)
case "$(uname -m)" in
  x86_64) jna_platform=linux-x86-64 ;;
  aarch64) jna_platform=linux-aarch64 ;;
  *) jna_platform="linux-$(uname -m)" ;;
esac
for jar in "$image"/lib/app/*.jar; do
  rm -rf "$work/x" && mkdir "$work/x"
  (cd "$work/x" && jar --extract --file "$jar")
  if [[ "$(basename "$jar")" == jna-[0-9]* ]]; then
    find "$work/x/com/sun/jna" -mindepth 1 -maxdepth 1 -type d -name '*-*' ! -name "$jna_platform" -exec rm -rf {} +
    [ -d "$work/x/com/sun/jna/$jna_platform" ] || { echo "finish-linux-image: JNA has no $jna_platform" >&2; exit 1; }
  fi
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
