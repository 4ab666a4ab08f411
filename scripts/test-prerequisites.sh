#!/usr/bin/env bash
# What the tests need beyond the .NET SDK, installed from Debian's packages when missing (as root, or through
# password-less sudo): Node.js and npm (the screens' build and Vitest), PostgreSQL (a private server the cluster tests
# start on 127.0.0.1), docker-compose (validates docker-compose.yml without an engine), HAProxy (the cluster tests'
# balancer), Debian's chromium (Playwright drives it; it never downloads a browser) and a CJK font (readable Chinese
# screenshots). Prints what it installs; a missing piece it cannot install is named, and the tests that need it fail.
set -uo pipefail

need=()
want() { command -v "$1" >/dev/null 2>&1 || [ -x "$1" ] || need+=("$2"); }
want npm npm
want node nodejs
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
want docker-compose docker-compose
want haproxy haproxy
want /usr/bin/chromium chromium
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)

[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "note: the tests need ${need[*]}; install them as root (apt-get install ${need[*]}) and run again." >&2
  exit 0
fi
echo "installing: ${need[*]}"
if ! ("${as_root[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${need[@]}") >/dev/null 2>&1; then
  echo "note: could not install ${need[*]}" >&2
fi
exit 0
