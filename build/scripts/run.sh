#!/usr/bin/env bash
# Sets up everything, then runs Afterloop. With a display the window opens;
# without one the app runs under Xvfb and is reachable in any browser at
# http://localhost:34115 (Wails dev server with live Go bindings).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash build/scripts/setup.sh
export PATH="$(go env GOPATH)/bin:$PATH"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec wails dev -tags webkit2_41
fi
echo "No display found: running under Xvfb. Open http://localhost:34115 in a browser."
exec xvfb-run -a wails dev -tags webkit2_41
