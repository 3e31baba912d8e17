#!/usr/bin/env bash
# Runs PHP code with the test site's WordPress loaded, as the admin user (ID 1), and prints its output.
#
#   wp-php.sh --dir DIR --code 'PHP CODE'
#
# The code runs without an opening <?php tag (one is stripped if given). Helpers available to it:
#   hh_test_run_due_cron()  runs the WP-Cron events that are due now, inline; returns the hooks run.
# Exit code: 0, or 255 on a PHP fatal error / uncaught exception.
set -euo pipefail
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DIR="" CODE=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dir) DIR="${2:-}"; shift 2 ;;
    --code) CODE="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" >&2; exit 0 ;;
    *) echo "wp-php: unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$DIR" && -n "$CODE" ]] || { echo "wp-php: usage: wp-php.sh --dir DIR --code 'PHP CODE'" >&2; exit 2; }
[[ -f "$DIR/site/wp-load.php" ]] || { echo "wp-php: no test site in $DIR (run wordpress-up.sh first)" >&2; exit 2; }
DIR="$(cd "$DIR" && pwd -P)"
PORT="$(cat "$DIR/port" 2>/dev/null || echo 80)"
HH_DIR="$DIR" HH_PORT="$PORT" HH_CODE="$CODE" exec php -d display_errors=stderr "$SCRIPT_DIR/wp-php-runner.php"
