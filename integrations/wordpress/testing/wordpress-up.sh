#!/usr/bin/env bash
# Starts a private, throw-away WordPress test site (own MariaDB, PHP's built-in server) with the
# Harris House Search plugin activated. Prints one line of JSON on stdout; progress goes to stderr.
#
#   wordpress-up.sh --dir DIR --port PORT --plugin PLUGIN_DIR [--service-url URL --api-key KEY] [--retry-base SECONDS]
#
# Exit codes: 0 ok, 2 bad usage, 3 packages missing ("missing: ..."), 1 anything else.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log() { echo "wordpress-up: $*" >&2; }
die() { local code="$1"; shift; echo "wordpress-up: error: $*" >&2; exit "$code"; }

DIR="" PORT="" PLUGIN="" SERVICE_URL="" API_KEY="" RETRY_BASE="1"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dir) DIR="${2:-}"; shift 2 ;;
    --port) PORT="${2:-}"; shift 2 ;;
    --plugin) PLUGIN="${2:-}"; shift 2 ;;
    --service-url) SERVICE_URL="${2:-}"; shift 2 ;;
    --api-key) API_KEY="${2:-}"; shift 2 ;;
    --retry-base) RETRY_BASE="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0" >&2; exit 0 ;;
    *) die 2 "unknown argument: $1" ;;
  esac
done
[[ -n "$DIR" && -n "$PORT" && -n "$PLUGIN" ]] || die 2 "usage: wordpress-up.sh --dir DIR --port PORT --plugin PLUGIN_DIR [--service-url URL --api-key KEY] [--retry-base SECONDS]"
[[ "$PORT" =~ ^[0-9]+$ && "$PORT" -ge 1 && "$PORT" -le 65535 ]] || die 2 "--port must be a number from 1 to 65535"
[[ "$RETRY_BASE" =~ ^[0-9]+$ ]] || die 2 "--retry-base must be a whole number of seconds"
[[ -f "$PLUGIN/harrishouse-search.php" ]] || die 2 "--plugin $PLUGIN does not contain harrishouse-search.php"

# ---- prerequisites (exit 3 so tests can skip with the reason)
missing=()
command -v php >/dev/null 2>&1 || missing+=(php-cli)
if command -v php >/dev/null 2>&1 && ! php -r 'exit(extension_loaded("mysqli") ? 0 : 1);' 2>/dev/null; then missing+=(php-mysql); fi
{ command -v mariadbd >/dev/null 2>&1 || [[ -x /usr/sbin/mariadbd ]]; } && command -v mariadb-install-db >/dev/null 2>&1 && command -v mariadb >/dev/null 2>&1 || missing+=(mariadb-server)
[[ -f /usr/share/wordpress/wp-settings.php ]] || missing+=(wordpress)
[[ ${#missing[@]} -eq 0 ]] || die 3 "missing: ${missing[*]}"
MARIADBD="$(command -v mariadbd || echo /usr/sbin/mariadbd)"

PLUGIN="$(cd "$PLUGIN" && pwd -P)"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd -P)"
[[ ! -e "$DIR/site" && ! -e "$DIR/db" ]] || die 2 "$DIR already holds a site; use a fresh directory (or run wordpress-down.sh and delete it)"
# A Unix socket path is limited to 107 bytes.
[[ ${#DIR} -le 90 ]] || die 2 "--dir path is too long for a socket path (max 90 characters): $DIR"
if php -r '$s=@fsockopen("127.0.0.1",(int)$argv[1],$e,$m,0.5); exit($s?0:1);' "$PORT" 2>/dev/null; then
  die 1 "port $PORT is already in use"
fi

mkdir -p "$DIR/logs" "$DIR/tmp"
SOCK="$DIR/mysqld.sock"
URL="http://127.0.0.1:$PORT"
START=$(date +%s)

# Everything started below is stopped again if this script fails half-way.
cleanup_on_error() {
  local rc=$?
  if [[ $rc -ne 0 ]]; then
    log "failed (exit $rc); stopping what was started; logs in $DIR/logs"
    "$SCRIPT_DIR/wordpress-down.sh" --dir "$DIR" >&2 || true
  fi
}
trap cleanup_on_error EXIT

USER_ARGS=()
[[ "$(id -u)" -eq 0 ]] && USER_ARGS=(--user=root)

# ---- MariaDB
log "initialising MariaDB in $DIR/db"
mariadb-install-db --no-defaults --datadir="$DIR/db" --auth-root-authentication-method=normal \
  --skip-test-db "${USER_ARGS[@]}" >"$DIR/logs/mariadb-install.log" 2>&1 \
  || die 1 "mariadb-install-db failed, see $DIR/logs/mariadb-install.log"

log "starting mariadbd"
setsid "$MARIADBD" --no-defaults --datadir="$DIR/db" --socket="$SOCK" --skip-networking \
  --pid-file="$DIR/mysqld.pid" --log-error="$DIR/logs/mariadb.log" "${USER_ARGS[@]}" \
  --innodb-buffer-pool-size=32M --skip-log-bin --character-set-server=utf8mb4 \
  </dev/null >/dev/null 2>&1 &
echo $! >"$DIR/mysqld.launcher.pid"

deadline=$((SECONDS + 30))
until mariadb --no-defaults -S "$SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1; do
  if (( SECONDS > deadline )); then die 1 "mariadbd did not start within 30 s, see $DIR/logs/mariadb.log"; fi
  if ! kill -0 "$(cat "$DIR/mysqld.launcher.pid")" 2>/dev/null; then die 1 "mariadbd exited, see $DIR/logs/mariadb.log"; fi
  sleep 0.2
done

DB_PASSWORD="$(php -r 'echo bin2hex(random_bytes(12));')"
mariadb --no-defaults -S "$SOCK" -uroot <<SQL || die 1 "could not create the database"
CREATE DATABASE wordpress DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
FLUSH PRIVILEGES;
SQL

# ---- WordPress files
log "copying /usr/share/wordpress to $DIR/site"
cp -rL /usr/share/wordpress "$DIR/site"
rm -f "$DIR/site/wp-config.php"
mkdir -p "$DIR/site/wp-content/uploads" "$DIR/site/wp-content/mu-plugins" "$DIR/site/wp-content/upgrade"
ln -s "$PLUGIN" "$DIR/site/wp-content/plugins/harrishouse-search"

SERVICE_HOST=""
if [[ -n "$SERVICE_URL" ]]; then
  SERVICE_HOST="$(php -r 'echo (string) parse_url($argv[1], PHP_URL_HOST);' "$SERVICE_URL")"
fi

HH_DIR="$DIR" HH_PORT="$PORT" HH_DB_PASSWORD="$DB_PASSWORD" HH_RETRY_BASE="$RETRY_BASE" HH_SERVICE_HOST="$SERVICE_HOST" php <<'PHP' || die 1 "could not write wp-config.php"
<?php
$dir = getenv('HH_DIR');
$e = fn($v) => var_export((string) $v, true);
$salts = '';
foreach (['AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT'] as $k) {
    $salts .= "define('$k', " . $e(base64_encode(random_bytes(48))) . ");\n";
}
$hosts = array_filter(['localhost', '127.0.0.1', '*.wordpress.invalid', getenv('HH_SERVICE_HOST')]);
$url = 'http://127.0.0.1:' . getenv('HH_PORT');
$config = "<?php\n// Test site written by integrations/wordpress/testing/wordpress-up.sh\n"
  . "define('DB_NAME', 'wordpress');\ndefine('DB_USER', 'wordpress');\n"
  . "define('DB_PASSWORD', " . $e(getenv('HH_DB_PASSWORD')) . ");\n"
  . "define('DB_HOST', " . $e("localhost:$dir/mysqld.sock") . ");\n"
  . "define('DB_CHARSET', 'utf8mb4');\ndefine('DB_COLLATE', '');\n"
  . $salts
  . "\$table_prefix = 'wp_';\n"
  . "define('WP_HOME', " . $e($url) . ");\ndefine('WP_SITEURL', " . $e($url) . ");\n"
  . "define('WP_DEBUG', true);\ndefine('WP_DEBUG_LOG', " . $e("$dir/logs/debug.log") . ");\ndefine('WP_DEBUG_DISPLAY', false);\n"
  . "define('WP_ENVIRONMENT_TYPE', 'local');\n"
  . "define('HH_SEARCH_RETRY_BASE_SECONDS', " . (int) getenv('HH_RETRY_BASE') . ");\n"
  . "define('AUTOMATIC_UPDATER_DISABLED', true);\ndefine('WP_AUTO_UPDATE_CORE', false);\n"
  . "define('DISALLOW_FILE_MODS', true);\n"
  . "// No internet here: only local hosts (and the service's host) may be called.\n"
  . "define('WP_HTTP_BLOCK_EXTERNAL', true);\ndefine('WP_ACCESSIBLE_HOSTS', " . $e(implode(',', $hosts)) . ");\n"
  . "if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }\n"
  . "// Debian's WordPress 6.1 bundles a Requests library (wp-includes/Requests) that predates PHP 8.1's return types:\n"
  . "// its deprecations would fill debug.log on every HTTP call. Only those are dropped; everything else is logged.\n"
  . "set_error_handler(static function (\$errno, \$errstr, \$errfile) {\n"
  . "    return E_DEPRECATED === \$errno && str_starts_with(\$errfile, ABSPATH . 'wp-includes/Requests/');\n"
  . "});\n"
  . "require_once ABSPATH . 'wp-settings.php';\n";
file_put_contents("$dir/site/wp-config.php", $config);

// Offline test site: no update checks against wordpress.org (they would only log connection warnings).
file_put_contents("$dir/site/wp-content/mu-plugins/hh-test-site.php", <<<'MU'
<?php
/**
 * Plugin Name: Harris House test site (offline)
 * Description: Written by wordpress-up.sh. Skips wordpress.org update checks on this offline test site.
 */
$hh_test_no_updates = static function () {
	return (object) array( 'last_checked' => time(), 'version_checked' => get_bloginfo( 'version' ), 'updates' => array(), 'translations' => array(), 'response' => array(), 'no_update' => array(), 'checked' => array() );
};
add_filter( 'pre_site_transient_update_core', $hh_test_no_updates );
add_filter( 'pre_site_transient_update_plugins', $hh_test_no_updates );
add_filter( 'pre_site_transient_update_themes', $hh_test_no_updates );
remove_action( 'init', 'wp_schedule_update_checks' );
remove_action( 'admin_init', '_maybe_update_core' );
remove_action( 'admin_init', '_maybe_update_plugins' );
remove_action( 'admin_init', '_maybe_update_themes' );
remove_action( 'admin_init', 'default_password_nag_handler' );
add_filter( 'pre_http_request', static function ( $pre, $args, $url ) {
	$host = (string) wp_parse_url( $url, PHP_URL_HOST );
	if ( str_ends_with( $host, 'wordpress.org' ) || str_ends_with( $host, 'w.org' ) ) {
		return new WP_Error( 'hh_test_offline', 'Offline test site.' );
	}
	return $pre;
}, 10, 3 );
MU
);
PHP

# Router for php -S: existing files as they are, everything else to WordPress (pretty permalinks).
cat >"$DIR/router.php" <<'PHP'
<?php
$hh_root = $_SERVER['DOCUMENT_ROOT'];
$hh_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( '/' !== $hh_path && ! str_contains( $hh_path, '..' ) ) {
	$hh_file = $hh_root . $hh_path;
	if ( is_file( $hh_file ) ) {
		return false;
	}
	if ( is_dir( $hh_file ) && is_file( rtrim( $hh_file, '/' ) . '/index.php' ) ) {
		return false;
	}
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $hh_root . '/index.php';
chdir( $hh_root );
require $hh_root . '/index.php';
PHP

# ---- install WordPress with its own installer, then configure
ADMIN_PASSWORD="$(php -r 'echo bin2hex(random_bytes(12));')"
export HH_DIR="$DIR" HH_PORT="$PORT"
log "installing WordPress"
HH_ADMIN_PASSWORD="$ADMIN_PASSWORD" php -d display_errors=stderr <<'PHP' >&2 || die 1 "WordPress install failed"
<?php
$dir = getenv('HH_DIR');
$_SERVER['HTTP_HOST'] = '127.0.0.1:' . getenv('HH_PORT');
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = getenv('HH_PORT');
$_SERVER['REQUEST_URI'] = '/wp-admin/install.php';
$_SERVER['REQUEST_METHOD'] = 'GET';
define('WP_INSTALLING', true);
require "$dir/site/wp-load.php";
// No mail server here: skip the "your new site" e-mail (pluggable).
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (is_blog_installed()) { file_put_contents('php://stderr', "already installed\n"); exit(1); }
$result = wp_install('Harris House (test)', 'admin', 'admin@example.org', false, '', wp_slash(getenv('HH_ADMIN_PASSWORD')));
if (empty($result['user_id'])) { file_put_contents('php://stderr', "wp_install returned no user\n"); exit(1); }
PHP

log "configuring permalinks, plugin and application password"
APP_PASSWORD="$(HH_SERVICE_URL="$SERVICE_URL" HH_API_KEY="$API_KEY" php -d display_errors=stderr <<'PHP'
<?php
$dir = getenv('HH_DIR');
$_SERVER['HTTP_HOST'] = '127.0.0.1:' . getenv('HH_PORT');
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = getenv('HH_PORT');
$_SERVER['REQUEST_URI'] = '/wp-admin/';
$_SERVER['REQUEST_METHOD'] = 'GET';
require "$dir/site/wp-load.php";
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_set_current_user(1);

global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/blog/%postname%/');
flush_rewrite_rules(false);

$activated = activate_plugin('harrishouse-search/harrishouse-search.php', '', false, false);
if (is_wp_error($activated)) { file_put_contents('php://stderr', 'activate_plugin: ' . $activated->get_error_message() . "\n"); exit(1); }
if (!is_plugin_active('harrishouse-search/harrishouse-search.php')) { file_put_contents('php://stderr', "plugin not active after activate_plugin\n"); exit(1); }

$service = (string) getenv('HH_SERVICE_URL');
$key = (string) getenv('HH_API_KEY');
if ($service !== '' || $key !== '') {
    $settings = array_merge(HH_Search_Settings::defaults(), (array) get_option('hh_search_settings', array()));
    if ($service !== '') { $settings['service_url'] = untrailingslashit($service); }
    if ($key !== '') { $settings['api_key'] = $key; }
    update_option('hh_search_settings', $settings);
}

$created = WP_Application_Passwords::create_new_application_password(1, array('name' => 'harrishouse-search tests'));
if (is_wp_error($created)) { file_put_contents('php://stderr', 'application password: ' . $created->get_error_message() . "\n"); exit(1); }
file_put_contents('php://stderr', 'theme: ' . get_stylesheet() . (wp_is_block_theme() ? ' (block theme)' : ' (classic theme)') . "\n");
echo $created[0];
PHP
)" || die 1 "configuring WordPress failed"
[[ -n "$APP_PASSWORD" ]] || die 1 "no application password was created"

# ---- web server
log "starting php -S on $URL"
PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$PORT" -t "$DIR/site" "$DIR/router.php" \
  </dev/null >"$DIR/logs/php-server.log" 2>&1 &
echo $! >"$DIR/php-server.pid"

deadline=$((SECONDS + 30))
until php -r '$c=@file_get_contents($argv[1], false, stream_context_create(["http"=>["timeout"=>2,"ignore_errors"=>true]])); exit($c===false?1:0);' "$URL/" 2>/dev/null; do
  if (( SECONDS > deadline )); then die 1 "$URL/ did not answer within 30 s, see $DIR/logs/php-server.log"; fi
  if ! kill -0 "$(cat "$DIR/php-server.pid")" 2>/dev/null; then die 1 "php -S exited, see $DIR/logs/php-server.log"; fi
  sleep 0.2
done

printf '%s\n' "$PORT" >"$DIR/port"
log "ready in $(( $(date +%s) - START )) s: $URL (admin / $ADMIN_PASSWORD)"
trap - EXIT
HH_URL="$URL" HH_PASSWORD="$ADMIN_PASSWORD" HH_APP="$APP_PASSWORD" HH_LOG="$DIR/logs/debug.log" php -r '
echo json_encode(["url" => getenv("HH_URL"), "user" => "admin", "password" => getenv("HH_PASSWORD"),
  "applicationPassword" => getenv("HH_APP"), "debugLog" => getenv("HH_LOG")], JSON_UNESCAPED_SLASHES), "\n";'
