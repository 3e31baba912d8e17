#!/usr/bin/env bash
# Builds harrishouse-search.zip (folder harrishouse-search/ at the zip's root), ready for
# Plugins → Add New → Upload Plugin.
#
#   build-zip.sh [OUTPUT_DIR]     (default: integrations/wordpress/dist/)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/dist}"
command -v zip >/dev/null 2>&1 || { echo "build-zip: missing: zip" >&2; exit 3; }
if command -v php >/dev/null 2>&1; then
  while IFS= read -r -d '' f; do
    php -l "$f" >/dev/null || { echo "build-zip: syntax error in $f" >&2; exit 1; }
  done < <(find "$HERE/harrishouse-search" -name '*.php' -print0)
fi
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
rm -f "$OUT/harrishouse-search.zip"
(cd "$HERE" && zip -qr -X "$OUT/harrishouse-search.zip" harrishouse-search -x '*/.*' '*~')
echo "$OUT/harrishouse-search.zip"
