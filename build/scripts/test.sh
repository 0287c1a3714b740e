#!/usr/bin/env bash
# Sets up everything, then runs every test: the workflow files, Go lint
# (golangci-lint), go vet, Go tests, frontend type-check, lint (ESLint) and
# unit tests, the Linux and Windows builds, and the Playwright suite in
# Debian's Chromium against `wails dev` under Xvfb with a throwaway database.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
bash build/scripts/setup.sh
export PATH="$(go env GOPATH)/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() { printf '\n== %s\n' "$*"; }

# First, as it takes a second: a broken release or CI workflow fails here
# instead of on the next tag. (-shellcheck= -pyflakes=: those linters are
# not installed on these machines.)
step "workflow files (actionlint)"
actionlint -shellcheck= -pyflakes=

step "Go lint (golangci-lint)"
golangci-lint run --config .ci/golangci.yml ./...

step "go vet"
go vet ./...

step "Go tests"
go test -count=1 ./...

step "frontend type-check, lint and unit tests"
(cd frontend && npm run typecheck && npm run lint && npm test)

step "Linux build"
wails build -tags webkit2_41 -clean -o afterloop
ls -la build/bin/afterloop
go build -o build/bin/afterloop-cli ./backend/cmd/afterloop-cli

step "Windows build with NSIS installer"
wails build -platform windows/amd64 -nsis -o afterloop.exe -skipbindings
ls -la build/bin/*.exe
GOOS=windows GOARCH=amd64 go build -o build/bin/afterloop-cli.exe ./backend/cmd/afterloop-cli

step "browser tests (Playwright + Chromium against wails dev)"
bash build/scripts/e2e.sh
