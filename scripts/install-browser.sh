#!/usr/bin/env bash
# Run before `npm test` (pretest). The browser tests (test/html/browser.test.ts)
# drive a headless Chromium through playwright-core: Debian's `chromium`
# package, since Playwright's own browser download cannot run here. A CJK font
# (fonts-wqy-zenhei) draws the Chinese seed text in the screenshots kept in
# .artifacts/. Installs what is missing, says so, and does nothing when both
# are there. CHROMIUM_PATH points at another Chromium.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=()
[ -x "$chromium" ] || packages+=(chromium)
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then packages+=(fonts-wqy-zenhei); fi
[ ${#packages[@]} -eq 0 ] && exit 0
echo "install-browser: installing ${packages[*]} with apt-get, for the browser tests (headless Chromium) and their screenshots"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
if [ ! -x "$chromium" ]; then
  echo "install-browser: chromium was installed but $chromium is missing; set CHROMIUM_PATH" >&2
  exit 1
fi
echo "install-browser: done"
