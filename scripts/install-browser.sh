#!/usr/bin/env bash
# Install the headless Chromium the browser tests drive (Debian's `chromium`
# package, launched through playwright-core) and a CJK font, so that the
# screenshot in .artifacts/ shows the Chinese seed text. Idempotent and quiet:
# does nothing when both are there.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=()
[ -x "$chromium" ] || packages+=(chromium)
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then packages+=(fonts-wqy-zenhei); fi
[ ${#packages[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
if [ ! -x "$chromium" ]; then
  echo "install-browser: chromium was installed but $chromium is missing; set CHROMIUM_PATH" >&2
  exit 1
fi
