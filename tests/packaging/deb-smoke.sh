#!/bin/sh
# The .deb as a user gets it: built by CPack from this build, unpacked into a scratch root (dpkg-deb -x), its
# dependencies checked against the machine's packages, and the unpacked app started offscreen (a screenshot of
# the demo) and the CLI asked its version. Usage: deb-smoke.sh BUILD_DIR
set -eu
build=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# gzip: the test checks the package, not its size; xz would spend most of the time compressing debug binaries.
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip \
    >"$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
echo "built $(basename "$deb"): $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version) $(dpkg-deb -f "$deb" Architecture)"

# Every dependency must be met by this machine's packages: dpkg-checkbuilddeps weighs versions, "a | b"
# alternatives and virtual packages (libspdlog1.10 provides libspdlog1.10-fmt9) as apt would.
depends=$(dpkg-deb -f "$deb" Depends)
[ -n "$depends" ] || { echo "the package declares no dependencies"; exit 1; }
printf 'Source: boekhoudbrug\n\nPackage: boekhoudbrug\nArchitecture: any\n' >"$scratch/control"
dpkg-checkbuilddeps -d "$depends" "$scratch/control"
echo "dependencies met: $depends"

root=$scratch/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/boekhoudbrug usr/bin/boekhoudbrug-cli usr/share/applications/boekhoudbrug.desktop \
    usr/share/icons/hicolor/scalable/apps/boekhoudbrug.svg; do
    [ -e "$root/$f" ] || { echo "missing from the package: /$f"; exit 1; }
done

# A private home, so the unpacked app reads and writes nothing of the user's.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/config" XDG_DATA_HOME="$scratch/home/data"
export XDG_CACHE_HOME="$scratch/home/cache" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
version=$("$root/usr/bin/boekhoudbrug-cli" version)
echo "unpacked CLI: $version"
case "$version" in Boekhoudbrug\ *) ;; *) echo "the unpacked CLI did not answer with its version"; exit 1 ;; esac
"$root/usr/bin/boekhoudbrug" --screenshot "$scratch/started.png"
[ -s "$scratch/started.png" ] || { echo "the unpacked app drew nothing"; exit 1; }
echo "unpacked app started offscreen and drew $(wc -c <"$scratch/started.png") bytes"
