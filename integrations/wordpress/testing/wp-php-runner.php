<?php
/**
 * Used by wp-php.sh: loads the test site's WordPress as the admin user and runs the given code.
 *
 * @package HarrisHouseSearch
 */

$hh_dir                    = getenv( 'HH_DIR' );
$_SERVER['HTTP_HOST']      = '127.0.0.1:' . getenv( 'HH_PORT' );
$_SERVER['SERVER_NAME']    = '127.0.0.1';
$_SERVER['SERVER_PORT']    = getenv( 'HH_PORT' );
$_SERVER['REQUEST_URI']    = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR']    = '127.0.0.1';

require $hh_dir . '/site/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_set_current_user( 1 );

/**
 * Runs the cron events due now, inline (what wp-cron.php would do), and returns the hooks that ran.
 *
 * @return string[]
 */
function hh_test_run_due_cron() {
	$ran   = array();
	$crons = _get_cron_array();
	$now   = time();
	foreach ( (array) $crons as $timestamp => $hooks ) {
		if ( $timestamp > $now ) {
			break;
		}
		foreach ( $hooks as $hook => $events ) {
			foreach ( $events as $event ) {
				if ( $event['schedule'] ) {
					wp_reschedule_event( $timestamp, $event['schedule'], $hook, $event['args'] );
				}
				wp_unschedule_event( $timestamp, $hook, $event['args'] );
				do_action_ref_array( $hook, $event['args'] );
				$ran[] = $hook;
			}
		}
	}
	return $ran;
}

$hh_code = (string) getenv( 'HH_CODE' );
$hh_code = preg_replace( '/^\s*<\?php\s/', '', $hh_code );
eval( $hh_code ); // phpcs:ignore Squiz.PHP.Eval.Discouraged -- test helper.
