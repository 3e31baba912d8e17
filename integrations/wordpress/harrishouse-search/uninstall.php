<?php
/**
 * Removes everything the plugin stored.
 *
 * @package HarrisHouseSearch
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

foreach ( array( 'hh_search_settings', 'hh_search_queue', 'hh_search_reindex_state', 'hh_search_last_error', 'hh_search_flush_lock' ) as $hh_search_option ) {
	delete_option( $hh_search_option );
}
delete_post_meta_by_key( '_hh_search_path' );
delete_post_meta_by_key( '_hh_search_hidden' );
delete_post_meta_by_key( '_hh_search_phrases' );
wp_clear_scheduled_hook( 'hh_search_retry' );
wp_clear_scheduled_hook( 'hh_search_hourly_flush' );
