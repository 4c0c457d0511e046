#!/usr/bin/env bash
# Builds Meterbook's installer: Maven package -> jlink runtime -> jpackage app-image -> native package
# (.deb on Linux, .msi on Windows under Git Bash, .dmg on macOS). Everything lands in target/installer/.
#
#   installer/build.sh                 package, runtime, app-image, native package
#   installer/build.sh --skip-package  reuse target/meterbook.jar and target/lib (e.g. after ./mvnw verify)
#   installer/build.sh --image-only    stop after the app-image
#
# MAVEN_FLAGS adds flags to the Maven call (the team's offline machines: MAVEN_FLAGS=-o).
set -euo pipefail
cd "$(dirname "$0")/.."

skip_package=false
image_only=false
for arg in "$@"; do
  case "$arg" in
    --skip-package) skip_package=true ;;
    --image-only) image_only=true ;;
    *) echo "usage: installer/build.sh [--skip-package] [--image-only]" >&2; exit 2 ;;
  esac
done

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/*25*; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/jpackage" ]; then
  echo "JDK 25 (with jlink and jpackage) not found: set JAVA_HOME" >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"

case "$(uname -s)" in
  Linux) type=deb; os=linux; sep=: ;;
  Darwin) type=dmg; os=macos; sep=: ;;
  MINGW* | MSYS* | CYGWIN*) type=msi; os=windows; sep=';' ;;
  *) echo "unsupported system $(uname -s)" >&2; exit 1 ;;
esac

out=target/installer
started=$SECONDS
step() { printf '[%3ds] %s\n' "$((SECONDS - started))" "$*"; }

if ! $skip_package; then
  step "maven package"
  # shellcheck disable=SC2086
  ./mvnw -q -B ${MAVEN_FLAGS:-} package -DskipTests
fi
[ -f target/meterbook.jar ] || { echo "target/meterbook.jar missing: run without --skip-package" >&2; exit 1; }

# jpackage wants a plain x.y.z version (no -SNAPSHOT; the .msi needs major < 256).
version=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1)

step "staging the app in $out/input"
rm -rf "$out"
mkdir -p "$out/input/lib" "$out/dist"
cp target/meterbook.jar "$out/input/"
# JavaFX goes into the runtime (below), everything else stays on the class path beside the jar.
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} "$out/input/lib/" \;
# The start screen offers sample-data/ when it lies beside the jar.
cp -r sample-data "$out/input/sample-data"

# The platform's JavaFX jars (javafx-base-25.0.4-linux.jar, ...-win.jar, ...-mac.jar) are modular jars
# with their native libraries inside; the classifier-less javafx-*.jar are empty and must not be linked.
fx_jars=$(find target/lib -name 'javafx-*-*-*.jar' | sort | tr '\n' "$sep")
[ -n "$fx_jars" ] || { echo "no platform JavaFX jars in target/lib" >&2; exit 1; }
modules=$(grep -v '^\s*#' installer/jlink-modules.txt | grep -v '^\s*$' | paste -sd, -)

step "jlink: $modules"
jlink @installer/jlink.txt --module-path "$fx_jars" --add-modules "$modules" --output "$out/runtime"

step "jpackage app-image"
jpackage @installer/jpackage-common.txt @installer/jpackage-app.txt --type app-image --app-version "$version" \
  --input "$out/input" --runtime-image "$out/runtime" --dest "$out/image"
image="$out/image/Meterbook"
[ "$os" = macos ] && image="$out/image/Meterbook.app"

if ! $image_only; then
  step "jpackage $type"
  jpackage @installer/jpackage-common.txt @"installer/jpackage-$os.txt" --type "$type" --app-version "$version" \
    --app-image "$image" --dest "$out/dist"
fi

step "done"
du -sh "$out/runtime" "$image" "$out"/dist/* 2>/dev/null || true
