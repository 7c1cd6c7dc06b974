#!/usr/bin/env bash
# Builds a native package of Community Asset Atlas with jpackage (JDK 17+).
#   installer/build.sh            -> target/installer/Community Asset Atlas (app image, runs in place)
#   installer/build.sh deb        -> target/installer/*.deb   (Debian/Ubuntu; needs fakeroot and dpkg-deb)
#   installer/build.sh msi|exe    -> on Windows, with the WiX toolset
#   installer/build.sh dmg|pkg    -> on macOS
# jpackage bundles a trimmed Java runtime, so users need no Java of their own.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
mvn -B -ntp -q -DskipTests package
rm -rf target/installer target/jpackage-input
mkdir -p target/jpackage-input
cp target/asset-atlas.jar target/jpackage-input/
version=$(mvn -q -DforceStdout help:evaluate -Dexpression=project.version 2>/dev/null | sed 's/-SNAPSHOT//')
args=(
  --type "$type"
  --name "Community Asset Atlas"
  --app-version "${version:-0.1.0}"
  --vendor "Community Asset Atlas"
  --description "Map the strengths of communities: assets, barriers and enablers, signposting and reports."
  --input target/jpackage-input
  --main-jar asset-atlas.jar
  --main-class org.assetatlas.Launcher
  --dest target/installer
  --java-options "-Xmx1g"
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2"
)
case "$type" in
  deb|rpm)
    args+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group "Office"
           --file-associations installer/atlas-file.properties) ;;
  msi|exe)
    args+=(--win-menu --win-shortcut --win-dir-chooser --file-associations installer/atlas-file.properties) ;;
  dmg|pkg)
    args+=(--file-associations installer/atlas-file.properties) ;;
esac
jpackage "${args[@]}"
echo "Built into target/installer:"
ls -1 target/installer
