<?php
/**
 * Live updates: a queue of changed posts, sent at the end of the request that changed them, with
 * WP-Cron retries and back-off for whatever could not be sent.
 *
 * @package HarrisHouseSearch
 */

defined( 'ABSPATH' ) || exit;

/**
 * The change queue (option hh_search_queue, keyed by post ID) and its flushing.
 */
class HH_Search_Sync {

	const QUEUE_OPTION      = 'hh_search_queue';
	const LAST_ERROR_OPTION = 'hh_search_last_error';
	const LOCK_OPTION       = 'hh_search_flush_lock';
	const RETRY_HOOK        = 'hh_search_retry';
	const HOURLY_HOOK       = 'hh_search_hourly_flush';
	const MAX_DELAY         = HOUR_IN_SECONDS;
	const LOCK_TTL          = 120;

	/**
	 * Whether this request changed the queue (and so flushes it at shutdown).
	 *
	 * @var bool
	 */
	private static $flush_at_shutdown = false;

	/**
	 * Hooks.
	 */
	public static function init() {
		add_action( 'transition_post_status', array( __CLASS__, 'on_transition' ), 10, 3 );
		add_action( 'post_updated', array( __CLASS__, 'on_post_updated' ), 10, 3 );
		add_action( 'save_post', array( __CLASS__, 'on_save' ), 10, 2 );
		add_action( 'wp_trash_post', array( __CLASS__, 'on_trash' ) );
		add_action( 'before_delete_post', array( __CLASS__, 'on_delete' ), 10, 2 );
		add_action( self::RETRY_HOOK, array( __CLASS__, 'cron_flush' ) );
		add_action( self::HOURLY_HOOK, array( __CLASS__, 'cron_flush' ) );
		add_action( 'update_option_' . HH_Search_Settings::OPTION, array( __CLASS__, 'on_settings_saved' ) );
		add_action( 'init', array( __CLASS__, 'ensure_hourly' ) );
	}

	/**
	 * Keeps the hourly safety net scheduled (e.g. after a cron reset).
	 */
	public static function ensure_hourly() {
		if ( ! wp_installing() && ! wp_next_scheduled( self::HOURLY_HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'hourly', self::HOURLY_HOOK );
		}
	}

	/**
	 * Whether a post's changes are tracked at all.
	 *
	 * @param mixed $post Post.
	 * @return bool
	 */
	private static function tracked( $post ) {
		return $post instanceof WP_Post
			&& HH_Search_Settings::is_synced_type( $post->post_type )
			&& ! wp_is_post_revision( $post )
			&& ! wp_is_post_autosave( $post );
	}

	/**
	 * Status changes: publish → upsert; leaving publish → delete.
	 *
	 * @param string  $new_status New status.
	 * @param string  $old_status Old status.
	 * @param WP_Post $post       Post.
	 */
	public static function on_transition( $new_status, $old_status, $post ) {
		if ( ! self::tracked( $post ) || in_array( $new_status, array( 'auto-draft', 'inherit' ), true ) ) {
			return;
		}
		if ( HH_Search_Documents::is_indexable( $post ) ) {
			self::enqueue( $post->ID, 'upsert' );
		} elseif ( 'publish' === $old_status || '' !== HH_Search_Documents::sent_path( $post->ID ) ) {
			self::enqueue( $post->ID, 'delete', array( HH_Search_Documents::path( $post ) ) );
		}
	}

	/**
	 * A published post whose address changed: the old address goes too.
	 *
	 * @param int     $post_id     Post ID.
	 * @param WP_Post $post_after  Post after the update.
	 * @param WP_Post $post_before Post before the update.
	 */
	public static function on_post_updated( $post_id, $post_after, $post_before ) {
		if ( ! self::tracked( $post_after ) || ! $post_before instanceof WP_Post || 'publish' !== $post_before->post_status ) {
			return;
		}
		$old_path = HH_Search_Documents::path( $post_before );
		$new_path = HH_Search_Documents::path( $post_after );
		if ( '' !== $old_path && $old_path !== $new_path ) {
			self::enqueue( $post_id, HH_Search_Documents::is_indexable( $post_after ) ? 'upsert' : 'delete', array( $old_path ) );
		}
	}

	/**
	 * Any save (content, terms, password) of a tracked post.
	 *
	 * @param int     $post_id Post ID.
	 * @param WP_Post $post    Post.
	 */
	public static function on_save( $post_id, $post ) {
		if ( ! self::tracked( $post ) || 'auto-draft' === $post->post_status ) {
			return;
		}
		if ( HH_Search_Documents::is_indexable( $post ) ) {
			self::enqueue( $post_id, 'upsert' );
		} elseif ( '' !== HH_Search_Documents::sent_path( $post_id ) ) {
			self::enqueue( $post_id, 'delete' );
		}
	}

	/**
	 * Trashing (fires while the post still has its old status and slug).
	 *
	 * @param int $post_id Post ID.
	 */
	public static function on_trash( $post_id ) {
		$post = get_post( $post_id );
		if ( ! self::tracked( $post ) ) {
			return;
		}
		if ( 'publish' === $post->post_status || '' !== HH_Search_Documents::sent_path( $post_id ) ) {
			self::enqueue( $post_id, 'delete', array( HH_Search_Documents::path( $post ) ) );
		}
	}

	/**
	 * Permanent deletion.
	 *
	 * @param int     $post_id Post ID.
	 * @param WP_Post $post    Post.
	 */
	public static function on_delete( $post_id, $post = null ) {
		$post = $post instanceof WP_Post ? $post : get_post( $post_id );
		if ( ! self::tracked( $post ) ) {
			return;
		}
		if ( 'publish' === $post->post_status || '' !== HH_Search_Documents::sent_path( $post_id ) ) {
			self::enqueue( $post_id, 'delete', array( HH_Search_Documents::path( $post ) ) );
		}
	}

	/**
	 * New settings: try the queue soon.
	 */
	public static function on_settings_saved() {
		if ( self::get_queue() ) {
			self::schedule_retry( 0 );
		}
	}

	/**
	 * Records a change. A later change of the same post replaces the earlier one (addresses still to be
	 * removed are kept). What is actually sent is decided when the queue is flushed, from the post as it is then.
	 *
	 * @param int      $post_id     Post ID.
	 * @param string   $action      'upsert' or 'delete' (informational).
	 * @param string[] $delete_urls Addresses to remove from the index.
	 */
	public static function enqueue( $post_id, $action, array $delete_urls = array() ) {
		$post_id = (int) $post_id;
		$queue   = self::get_queue();
		$earlier = $queue[ $post_id ] ?? array();

		$sent = HH_Search_Documents::sent_path( $post_id );
		if ( '' !== $sent ) {
			$delete_urls[] = $sent;
		}
		$urls = array_merge( (array) ( $earlier['delete_urls'] ?? array() ), $delete_urls );
		$urls = array_values( array_unique( array_filter( array_map( 'strval', $urls ), 'strlen' ) ) );

		$queue[ $post_id ] = array(
			'post_id'     => $post_id,
			'action'      => 'delete' === $action ? 'delete' : 'upsert',
			'delete_urls' => $urls,
			'attempts'    => 0,
			'queued_at'   => time(),
			'last_error'  => '',
			'token'       => wp_generate_uuid4(),
		);
		self::save_queue( $queue );

		if ( ! self::$flush_at_shutdown ) {
			self::$flush_at_shutdown = true;
			add_action( 'shutdown', array( __CLASS__, 'on_shutdown' ), 100 );
		}
	}

	/**
	 * The queue, read from the database (not a stale copy).
	 *
	 * @return array
	 */
	public static function get_queue() {
		wp_cache_delete( self::QUEUE_OPTION, 'options' );
		$queue = get_option( self::QUEUE_OPTION, array() );
		return is_array( $queue ) ? $queue : array();
	}

	/**
	 * Saves the queue (not autoloaded).
	 *
	 * @param array $queue Queue.
	 */
	private static function save_queue( array $queue ) {
		update_option( self::QUEUE_OPTION, $queue, false );
	}

	/**
	 * End of the request that changed something: answer the visitor first, then send.
	 */
	public static function on_shutdown() {
		if ( ! HH_Search_Settings::is_configured() ) {
			return;
		}
		if ( function_exists( 'fastcgi_finish_request' ) ) {
			fastcgi_finish_request();
		} elseif ( function_exists( 'litespeed_finish_request' ) ) {
			litespeed_finish_request();
		}
		ignore_user_abort( true );
		self::flush( 10 );
	}

	/**
	 * WP-Cron: the retry event and the hourly safety net.
	 */
	public static function cron_flush() {
		self::flush( 25 );
	}

	/**
	 * Sends what is queued, until the time budget is used or the service stops answering.
	 *
	 * @param int $budget_seconds Time budget; each call has its own 3 s timeout on top.
	 * @return array { sent: int, dropped: int, failed: int, remaining: int }
	 */
	public static function flush( $budget_seconds = 10 ) {
		$summary = array(
			'sent'      => 0,
			'dropped'   => 0,
			'failed'    => 0,
			'remaining' => count( self::get_queue() ),
		);
		if ( ! HH_Search_Settings::is_configured() || 0 === $summary['remaining'] || ! self::lock() ) {
			return $summary;
		}

		$client  = HH_Search_Client::from_settings();
		$start   = microtime( true );
		$results = array();
		foreach ( self::get_queue() as $post_id => $entry ) {
			if ( microtime( true ) - $start > $budget_seconds ) {
				break;
			}
			$outcome                       = self::process( $client, (int) $post_id, (array) $entry );
			$outcome['token']              = $entry['token'] ?? '';
			$results[ (int) $post_id ]     = $outcome;
			if ( 'retry' === $outcome['status'] && $outcome['unreachable'] ) {
				break; // The rest would wait for the same timeout.
			}
		}

		// Merge into the queue as it is now: entries replaced meanwhile by a newer change stay as they are.
		$queue      = self::get_queue();
		$last_error = null;
		foreach ( $results as $post_id => $outcome ) {
			if ( ! isset( $queue[ $post_id ] ) || ( $queue[ $post_id ]['token'] ?? '' ) !== $outcome['token'] ) {
				continue;
			}
			if ( '' !== $outcome['error'] ) {
				$last_error = array(
					'message' => $outcome['error'],
					'time'    => time(),
					'post_id' => $post_id,
				);
			}
			if ( 'retry' === $outcome['status'] ) {
				++$summary['failed'];
				$queue[ $post_id ]['attempts']     = (int) ( $queue[ $post_id ]['attempts'] ?? 0 ) + 1;
				$queue[ $post_id ]['last_error']   = $outcome['error'];
				$queue[ $post_id ]['last_attempt'] = time();
				$queue[ $post_id ]['delete_urls']  = $outcome['delete_urls'];
			} else {
				++$summary[ 'done' === $outcome['status'] ? 'sent' : 'dropped' ];
				unset( $queue[ $post_id ] );
			}
		}
		self::save_queue( $queue );
		self::unlock();

		if ( null !== $last_error ) {
			update_option( self::LAST_ERROR_OPTION, $last_error, false );
		}
		if ( $queue ) {
			$attempts = max( 1, max( array_map( static fn( $e ) => (int) ( $e['attempts'] ?? 0 ), $queue ) ) );
			self::schedule_retry( self::backoff( $attempts ) );
		} else {
			wp_clear_scheduled_hook( self::RETRY_HOOK );
		}
		$summary['remaining'] = count( $queue );
		return $summary;
	}

	/**
	 * Sends one queued change.
	 *
	 * @param HH_Search_Client $client  Client.
	 * @param int              $post_id Post ID.
	 * @param array            $entry   Queue entry.
	 * @return array { status: done|dropped|retry, error: string, delete_urls: string[], unreachable: bool }
	 */
	private static function process( HH_Search_Client $client, $post_id, array $entry ) {
		$post        = get_post( $post_id );
		$delete_urls = array_values( (array) ( $entry['delete_urls'] ?? array() ) );
		$sent        = $post ? HH_Search_Documents::sent_path( $post_id ) : '';
		if ( '' !== $sent ) {
			$delete_urls[] = $sent;
		}
		$upsert = HH_Search_Documents::is_indexable( $post );
		$path   = $upsert ? HH_Search_Documents::path( $post ) : '';
		if ( $upsert && '' === $path ) {
			$upsert = false;
		}
		$delete_urls = array_values( array_diff( array_unique( $delete_urls ), array( $path, '' ) ) );

		// Send the document first, so a renamed page is never missing from the index.
		if ( $upsert ) {
			$document = HH_Search_Documents::build( $post );
			$result   = $client->upsert( $document );
			if ( '' !== $result['error'] ) {
				if ( self::is_permanent( $result['code'] ) ) {
					return self::outcome( 'dropped', $result['error'] . ' (' . $path . ')', array(), false );
				}
				return self::outcome( 'retry', $result['error'], $delete_urls, 0 === $result['code'] );
			}
			update_post_meta( $post_id, HH_Search_Documents::PATH_META, $path );
		}

		$remaining = array();
		$error     = '';
		$dropped   = '';
		foreach ( $delete_urls as $url ) {
			if ( '' !== $error ) {
				$remaining[] = $url;
				continue;
			}
			$result = $client->delete( $url );
			if ( '' === $result['error'] ) {
				continue;
			}
			if ( self::is_permanent( $result['code'] ) ) {
				$dropped = $result['error'];
				continue;
			}
			$error       = $result['error'];
			$remaining[] = $url;
			if ( 0 === $result['code'] ) {
				return self::outcome( 'retry', $error, $remaining, true );
			}
		}
		if ( '' !== $error ) {
			return self::outcome( 'retry', $error, $remaining, false );
		}
		if ( ! $upsert && $post ) {
			delete_post_meta( $post_id, HH_Search_Documents::PATH_META );
		}
		return self::outcome( '' === $dropped ? 'done' : 'dropped', $dropped, array(), false );
	}

	/**
	 * Builds a process() result.
	 *
	 * @param string   $status      done|dropped|retry.
	 * @param string   $error       Error message.
	 * @param string[] $delete_urls Addresses still to remove.
	 * @param bool     $unreachable Whether the service did not answer.
	 * @return array
	 */
	private static function outcome( $status, $error, array $delete_urls, $unreachable ) {
		return array(
			'status'      => $status,
			'error'       => $error,
			'delete_urls' => array_values( array_filter( array_map( 'strval', $delete_urls ), 'strlen' ) ),
			'unreachable' => $unreachable,
		);
	}

	/**
	 * Whether an HTTP status means "this will never work" (an invalid document), so retrying is pointless.
	 *
	 * @param int $code HTTP status.
	 * @return bool
	 */
	private static function is_permanent( $code ) {
		return $code >= 400 && $code < 500 && ! in_array( $code, array( 401, 403, 408, 425, 429 ), true );
	}

	/**
	 * Retry delay: base * 2^(attempts-1), at most an hour.
	 *
	 * @param int $attempts Failed attempts so far (1 or more).
	 * @return int Seconds.
	 */
	public static function backoff( $attempts ) {
		$base  = defined( 'HH_SEARCH_RETRY_BASE_SECONDS' ) ? max( 0, (int) HH_SEARCH_RETRY_BASE_SECONDS ) : 30;
		$power = min( 30, max( 0, (int) $attempts - 1 ) );
		return (int) min( self::MAX_DELAY, $base * ( 2 ** $power ) );
	}

	/**
	 * Schedules the retry event, unless one is already due sooner.
	 *
	 * @param int $delay Seconds from now.
	 */
	public static function schedule_retry( $delay ) {
		$when = time() + (int) $delay;
		$next = wp_next_scheduled( self::RETRY_HOOK );
		if ( false !== $next && $next <= $when ) {
			return;
		}
		wp_clear_scheduled_hook( self::RETRY_HOOK );
		wp_schedule_single_event( $when, self::RETRY_HOOK );
	}

	/**
	 * Takes the flush lock (an atomic insert), breaking a stale one.
	 *
	 * @return bool
	 */
	private static function lock() {
		global $wpdb;
		for ( $try = 0; $try < 2; $try++ ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic lock needs INSERT IGNORE.
			$inserted = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'no')", self::LOCK_OPTION, (string) time() ) );
			if ( 1 === (int) $inserted ) {
				return true;
			}
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery
			$since = (int) $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", self::LOCK_OPTION ) );
			if ( $since > time() - self::LOCK_TTL ) {
				return false;
			}
			self::unlock();
		}
		return false;
	}

	/**
	 * Releases the flush lock.
	 */
	private static function unlock() {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->delete( $wpdb->options, array( 'option_name' => self::LOCK_OPTION ) );
		wp_cache_delete( self::LOCK_OPTION, 'options' );
	}

	/**
	 * The last error, if any.
	 *
	 * @return array|null { message, time, post_id }
	 */
	public static function last_error() {
		$error = get_option( self::LAST_ERROR_OPTION );
		return is_array( $error ) && ! empty( $error['message'] ) ? $error : null;
	}
}

