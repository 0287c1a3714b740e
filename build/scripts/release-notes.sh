#!/usr/bin/env bash
# Drafts the release notes for a tag: the commits since the previous tag, the
# downloads by platform, whether they are signed, and their SHA-256 sums.
#
#   release-notes.sh TAG [DIST_DIR]
#
# WINDOWS_SIGNED and MACOS_NOTARIZED ("true"/"false") say what the release
# workflow managed to sign; DIST_DIR holds SHA256SUMS.txt when given.
set -euo pipefail
tag=${1:?usage: release-notes.sh TAG [DIST_DIR]}
dist=${2:-}
version=${tag#v}

previous=$(git describe --tags --abbrev=0 --match 'v*' "$tag^" 2>/dev/null || true)
if [ -n "$previous" ]; then
  range="$previous..$tag"
  since="since $previous"
else
  range="$tag"
  since="(first release)"
fi

echo "# Afterloop $version"
echo
echo "## What changed $since"
echo
# Merge commits only repeat what their branches said.
changes=$(git log --no-merges --format='- %s (%h)' "$range")
if [ -n "$changes" ]; then
  echo "$changes"
else
  echo "- No changes since the previous release."
fi
echo
echo "## Downloads"
echo
echo "| System | File |"
echo "| --- | --- |"
echo "| Windows 10 and 11 (installer) | \`Afterloop-Windows-Setup.exe\` |"
echo "| Windows 10 and 11 (portable, no install) | \`Afterloop-Windows-Portable.exe\` |"
echo "| macOS 11 or later, Apple silicon and Intel | \`Afterloop-macOS.dmg\` (or \`Afterloop-macOS.zip\`) |"
echo

if [ "${WINDOWS_SIGNED:-false}" != "true" ]; then
  echo "> **Windows: this build is not signed.** Windows SmartScreen shows \"Windows protected your PC\""
  echo "> on first launch: choose **More info → Run anyway**."
  echo
fi
if [ "${MACOS_NOTARIZED:-false}" != "true" ]; then
  echo "> **macOS: this build is not signed and notarised.** On first launch, Control-click (or"
  echo "> right-click) Afterloop in Applications and choose **Open**, then **Open** again; or open it once,"
  echo "> then go to **System Settings → Privacy & Security** and click **Open Anyway**."
  echo
fi

if [ -n "$dist" ] && [ -f "$dist/SHA256SUMS.txt" ]; then
  echo "## SHA-256 checksums"
  echo
  echo '```'
  cat "$dist/SHA256SUMS.txt"
  echo '```'
fi
