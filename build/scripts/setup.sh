#!/usr/bin/env bash
# Installs everything Afterloop needs on a fresh Debian 12 machine: Debian
# packages, the pinned Wails CLI, actionlint and golangci-lint, and the
# frontend's npm packages. Safe to run again: each step is skipped when
# already done.
set -euo pipefail
cd "$(dirname "$0")/../.."

WAILS_VERSION=v2.16.0
ACTIONLINT_VERSION=v1.7.12
GOLANGCI_LINT_VERSION=v2.15.0
PACKAGES=(build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev xvfb xauth
  chromium poppler-utils qpdf imagemagick nsis fonts-dejavu-core fonts-ipafont-gothic curl unzip
  libreoffice-calc)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

export PATH="$(go env GOPATH)/bin:$PATH"
if ! wails version 2>/dev/null | grep -q "$WAILS_VERSION"; then
  echo "== installing the Wails CLI $WAILS_VERSION"
  go install "github.com/wailsapp/wails/v2/cmd/wails@$WAILS_VERSION"
fi

# actionlint checks the GitHub Actions workflows (release and CI) in the tests.
if ! actionlint -version 2>/dev/null | head -n 1 | grep -qx "$ACTIONLINT_VERSION"; then
  echo "== installing actionlint $ACTIONLINT_VERSION"
  go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
fi

# golangci-lint checks the Go code in the tests (.ci/golangci.yml). Pinned:
# a newer version brings new findings, which should come in their own change.
if ! golangci-lint version --short 2>/dev/null | grep -qx "${GOLANGCI_LINT_VERSION#v}"; then
  echo "== installing golangci-lint $GOLANGCI_LINT_VERSION"
  go install "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$GOLANGCI_LINT_VERSION"
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
  echo "== installing frontend packages (npm ci)"
  (cd frontend && npm ci --no-audit --no-fund)
fi
go mod download
