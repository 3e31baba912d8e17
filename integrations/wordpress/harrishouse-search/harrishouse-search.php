<?php
/**
 * Plugin Name:       Harris House Search
 * Plugin URI:        https://harrishouse.org/
 * Description:       Replaces the WordPress search with the Harris House search service, keeps its index up to date as content is published, and shows related content under posts.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            Harris House
 * License:           GPLv2 or later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       harrishouse-search
 * Domain Path:       /languages
 *
 * @package HarrisHouseSearch
 */

defined( 'ABSPATH' ) || exit;

define( 'HH_SEARCH_VERSION', '1.0.0' );
define( 'HH_SEARCH_FILE', __FILE__ );
define( 'HH_SEARCH_DIR', plugin_dir_path( __FILE__ ) );
define( 'HH_SEARCH_URL', plugin_dir_url( __FILE__ ) );

require_once HH_SEARCH_DIR . 'includes/class-hh-search-settings.php';
require_once HH_SEARCH_DIR . 'includes/class-hh-search-client.php';
require_once HH_SEARCH_DIR . 'includes/class-hh-search-documents.php';
require_once HH_SEARCH_DIR . 'includes/class-hh-search-post-meta.php';
require_once HH_SEARCH_DIR . 'includes/class-hh-search-sync.php';
require_once HH_SEARCH_DIR . 'includes/class-hh-search-reindex.php';
require_once HH_SEARCH_DIR . 'includes/class-hh-search-frontend.php';
require_once HH_SEARCH_DIR . 'includes/class-hh-search-admin.php';

HH_Search_Settings::init();
HH_Search_Sync::init();
HH_Search_Post_Meta::init();
HH_Search_Reindex::init();
HH_Search_Frontend::init();
HH_Search_Admin::init();

register_activation_hook( __FILE__, 'hh_search_activate' );
register_deactivation_hook( __FILE__, 'hh_search_deactivate' );

/**
 * Activation: default settings and the hourly safety-net flush.
 */
function hh_search_activate() {
	add_option( HH_Search_Settings::OPTION, HH_Search_Settings::defaults() );
	add_option( HH_Search_Sync::QUEUE_OPTION, array(), '', 'no' );
	if ( ! wp_next_scheduled( HH_Search_Sync::HOURLY_HOOK ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'hourly', HH_Search_Sync::HOURLY_HOOK );
	}
}

/**
 * Deactivation: no cron events left behind (the queue and settings stay).
 */
function hh_search_deactivate() {
	wp_clear_scheduled_hook( HH_Search_Sync::RETRY_HOOK );
	wp_clear_scheduled_hook( HH_Search_Sync::HOURLY_HOOK );
}
