#!/usr/bin/env bash
# Installs what Boekhoudbrug needs to build, run and test on Debian 12 (bookworm).
# Does nothing when everything is already present. Uses apt-get as root, sudo otherwise.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config clang-format git
    # Qt 6.4 and friends
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    qtkeychain-qt6-dev libspdlog-dev
    # test runtime: a real session bus and keyring, fonts for offscreen rendering, Xvfb for screenshots
    # fuzzing the reply parsers (scripts/fuzz.sh)
    clang libclang-rt-14-dev
    dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools fonts-dejavu-core xvfb xauth libqt6svg6
    # a profile's store on PostgreSQL; the tests start a private cluster (tests/store/pg-cluster.sh)
    postgresql
    # systemd-analyze checks the scheduler's units; dpkg-dev lets CPack compute the .deb's dependencies
    systemd dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
