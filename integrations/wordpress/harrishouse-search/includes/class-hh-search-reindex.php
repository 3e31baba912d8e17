<?php
/**
 * "Reindex everything": batches of 20 published items, resumable.
 *
 * @package HarrisHouseSearch
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reindexing through admin-ajax, one batch per call; progress in option hh_search_reindex_state.
 */
class HH_Search_Reindex {

	const STATE_OPTION = 'hh_search_reindex_state';
	const BATCH        = 20;
	const AJAX_ACTION  = 'hh_search_reindex';

	/**
	 * Hooks.
	 */
	public static function init() {
		add_action( 'wp_ajax_' . self::AJAX_ACTION, array( __CLASS__, 'ajax' ) );
	}

	/**
	 * The saved progress, or null when no reindex is under way.
	 *
	 * @return array|null { total, done, last_id, started_at }
	 */
	public static function state() {
		$state = get_option( self::STATE_OPTION );
		return is_array( $state ) && isset( $state['total'], $state['done'], $state['last_id'] ) ? $state : null;
	}

	/**
	 * Published, password-free items of the selected types after an ID, in ID order.
	 *
	 * @param int      $after_id Last ID handled.
	 * @param int|null $limit    How many (null = count them instead).
	 * @return int[]|int
	 */
	private static function query( $after_id, $limit ) {
		global $wpdb;
		$types = HH_Search_Settings::get()['post_types'];
		if ( ! $types ) {
			return null === $limit ? 0 : array();
		}
		$in    = implode( ', ', array_fill( 0, count( $types ), '%s' ) );
		$where = $wpdb->prepare( "post_status = 'publish' AND post_password = '' AND post_type IN ($in) AND ID > %d", array_merge( $types, array( (int) $after_id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( null === $limit ) {
			return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE $where" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared,WordPress.DB.DirectDatabaseQuery
		}
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE $where ORDER BY ID ASC LIMIT %d", (int) $limit ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared,WordPress.DB.DirectDatabaseQuery
	}

	/**
	 * Starts over.
	 *
	 * @return array
	 */
	public static function start() {
		$state = array(
			'total'      => self::query( 0, null ),
			'done'       => 0,
			'last_id'    => 0,
			'started_at' => time(),
		);
		update_option( self::STATE_OPTION, $state, false );
		return $state;
	}

	/**
	 * Sends the next batch.
	 *
	 * @return array { ok: bool, state: array, finished: bool, message: string, errors: string[] }
	 */
	public static function next_batch() {
		$state = self::state() ?? self::start();
		if ( ! HH_Search_Settings::is_configured() ) {
			return array(
				'ok'       => false,
				'state'    => $state,
				'finished' => false,
				'message'  => __( 'The service URL is not set.', 'harrishouse-search' ),
				'errors'   => array(),
			);
		}
		$client = HH_Search_Client::from_settings();
		$ids    = self::query( (int) $state['last_id'], self::BATCH );
		$errors = array();
		foreach ( $ids as $id ) {
			$post = get_post( $id );
			if ( ! HH_Search_Documents::is_indexable( $post ) ) {
				$state['last_id'] = $id;
				continue;
			}
			$document = HH_Search_Documents::build( $post );
			$result   = $client->upsert( $document );
			if ( '' !== $result['error'] && ( $result['code'] < 400 || $result['code'] >= 500 || in_array( $result['code'], array( 401, 403, 408, 429 ), true ) ) ) {
				// The service is down or refuses us: stop here, resume from this item later.
				update_option( self::STATE_OPTION, $state, false );
				self::record_error( $result['error'], $id );
				return array(
					'ok'       => false,
					'state'    => $state,
					'finished' => false,
					'message'  => $result['error'],
					'errors'   => $errors,
				);
			}
			if ( '' !== $result['error'] ) {
				// An invalid document: note it and go on.
				$errors[] = $result['error'] . ' (' . $document['url'] . ')';
				self::record_error( $result['error'] . ' (' . $document['url'] . ')', $id );
			} else {
				$old = HH_Search_Documents::sent_path( $id );
				update_post_meta( $id, HH_Search_Documents::PATH_META, $document['url'] );
				if ( '' !== $old && $old !== $document['url'] ) {
					$client->delete( $old );
				}
			}
			$state['last_id'] = $id;
			$state['done']    = min( (int) $state['total'], (int) $state['done'] + 1 );
		}

		$finished = count( $ids ) < self::BATCH;
		if ( $finished ) {
			$state['done'] = max( (int) $state['done'], (int) $state['total'] );
			delete_option( self::STATE_OPTION );
		} else {
			update_option( self::STATE_OPTION, $state, false );
		}
		return array(
			'ok'       => true,
			'state'    => $state,
			'finished' => $finished,
			'message'  => '',
			'errors'   => $errors,
		);
	}

	/**
	 * Records the last error.
	 *
	 * @param string $message Message.
	 * @param int    $post_id Post ID.
	 */
	private static function record_error( $message, $post_id ) {
		update_option(
			HH_Search_Sync::LAST_ERROR_OPTION,
			array(
				'message' => $message,
				'time'    => time(),
				'post_id' => (int) $post_id,
			),
			false
		);
	}

	/**
	 * admin-ajax: one batch (restart=1 starts over).
	 */
	public static function ajax() {
		check_ajax_referer( 'hh_search_admin', 'nonce' );
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_send_json_error( array( 'message' => __( 'You are not allowed to do this.', 'harrishouse-search' ) ), 403 );
		}
		if ( ! empty( $_POST['restart'] ) ) {
			self::start();
		}
		$result = self::next_batch();
		if ( $result['ok'] ) {
			wp_send_json_success( $result );
		}
		wp_send_json_error( $result );
	}
}
