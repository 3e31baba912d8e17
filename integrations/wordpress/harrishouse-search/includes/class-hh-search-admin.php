<?php
/**
 * Settings → Harris House Search: the page, "Test connection" and "Retry now".
 *
 * @package HarrisHouseSearch
 */

defined( 'ABSPATH' ) || exit;

/**
 * The admin page.
 */
class HH_Search_Admin {

	const NONCE = 'hh_search_admin';

	/**
	 * Page hook suffix.
	 *
	 * @var string
	 */
	private static $hook = '';

	/**
	 * Hooks.
	 */
	public static function init() {
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
		add_action( 'admin_enqueue_scripts', array( __CLASS__, 'assets' ) );
		add_action( 'wp_ajax_hh_search_test_connection', array( __CLASS__, 'ajax_test_connection' ) );
		add_action( 'admin_post_hh_search_retry_now', array( __CLASS__, 'retry_now' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( HH_SEARCH_FILE ), array( __CLASS__, 'action_links' ) );
	}

	/**
	 * The menu entry.
	 */
	public static function menu() {
		self::$hook = (string) add_options_page(
			__( 'Harris House Search', 'harrishouse-search' ),
			__( 'Harris House Search', 'harrishouse-search' ),
			'manage_options',
			HH_Search_Settings::PAGE,
			array( __CLASS__, 'render' )
		);
	}

	/**
	 * "Settings" link on the plugins screen.
	 *
	 * @param array $links Links.
	 * @return array
	 */
	public static function action_links( $links ) {
		$url = admin_url( 'options-general.php?page=' . HH_Search_Settings::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'harrishouse-search' ) . '</a>' );
		return $links;
	}

	/**
	 * Admin script, on our page only.
	 *
	 * @param string $hook Page hook suffix.
	 */
	public static function assets( $hook ) {
		if ( '' === self::$hook || $hook !== self::$hook ) {
			return;
		}
		wp_enqueue_script( 'hh-search-admin', HH_SEARCH_URL . 'assets/admin.js', array(), HH_SEARCH_VERSION, true );
		wp_localize_script(
			'hh-search-admin',
			'hhSearchAdmin',
			array(
				'ajaxUrl' => admin_url( 'admin-ajax.php' ),
				'nonce'   => wp_create_nonce( self::NONCE ),
				'i18n'    => array(
					'testing'   => __( 'Testing…', 'harrishouse-search' ),
					'failed'    => __( 'The request failed:', 'harrishouse-search' ),
					'progress'  => __( '%1$d of %2$d sent', 'harrishouse-search' ),
					'finished'  => __( 'Reindex finished.', 'harrishouse-search' ),
					'stopped'   => __( 'Reindex stopped (press the button to resume):', 'harrishouse-search' ),
					'resume'    => __( 'Resume reindex', 'harrishouse-search' ),
					'reindex'   => __( 'Reindex everything', 'harrishouse-search' ),
					'confirm'   => __( 'Send every published item to the search service again?', 'harrishouse-search' ),
					'skipped'   => __( 'Skipped (invalid document):', 'harrishouse-search' ),
				),
			)
		);
	}

	/**
	 * Renders the page.
	 */
	public static function render() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$queue      = HH_Search_Sync::get_queue();
		$last_error = HH_Search_Sync::last_error();
		$state      = HH_Search_Reindex::state();
		$next_retry = wp_next_scheduled( HH_Search_Sync::RETRY_HOOK );
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- display only.
		$notice = isset( $_GET['hh_search_notice'] ) ? sanitize_key( wp_unslash( $_GET['hh_search_notice'] ) ) : '';
		?>
		<div class="wrap" id="hh-search-settings">
			<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
			<?php if ( 'retried' === $notice ) : ?>
				<div class="notice notice-info is-dismissible"><p><?php esc_html_e( 'The queue was sent again; see the status below.', 'harrishouse-search' ); ?></p></div>
			<?php endif; ?>

			<form action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" method="post">
				<?php
				settings_fields( HH_Search_Settings::GROUP );
				do_settings_sections( HH_Search_Settings::PAGE );
				submit_button();
				?>
			</form>

			<hr />
			<h2><?php esc_html_e( 'Connection', 'harrishouse-search' ); ?></h2>
			<p>
				<button type="button" class="button" id="hh-search-test"><?php esc_html_e( 'Test connection', 'harrishouse-search' ); ?></button>
				<span id="hh-search-test-result" role="status" aria-live="polite"></span>
			</p>

			<h2><?php esc_html_e( 'Pending changes', 'harrishouse-search' ); ?></h2>
			<p id="hh-search-queue-count">
				<?php
				/* translators: %d: number of queued changes. */
				echo esc_html( sprintf( _n( '%d change waits to be sent to the search service.', '%d changes wait to be sent to the search service.', count( $queue ), 'harrishouse-search' ), count( $queue ) ) );
				if ( $queue && $next_retry ) {
					echo ' ';
					/* translators: %s: date and time. */
					echo esc_html( sprintf( __( 'Next automatic try: %s.', 'harrishouse-search' ), wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $next_retry ) ) );
				}
				?>
			</p>
			<p id="hh-search-last-error">
				<?php
				if ( $last_error ) {
					/* translators: 1: date and time, 2: error message. */
					echo esc_html( sprintf( __( 'Last error (%1$s): %2$s', 'harrishouse-search' ), wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), (int) $last_error['time'] ), $last_error['message'] ) );
				} else {
					esc_html_e( 'No errors so far.', 'harrishouse-search' );
				}
				?>
			</p>
			<form action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" method="post">
				<input type="hidden" name="action" value="hh_search_retry_now" />
				<?php wp_nonce_field( 'hh_search_retry_now' ); ?>
				<?php submit_button( __( 'Retry now', 'harrishouse-search' ), 'secondary', 'hh-search-retry', false, $queue ? array() : array( 'disabled' => 'disabled' ) ); ?>
			</form>

			<h2><?php esc_html_e( 'Reindex', 'harrishouse-search' ); ?></h2>
			<p class="description"><?php esc_html_e( 'Sends every published item of the selected types to the service, 20 at a time. Leaving the page pauses it; come back to resume.', 'harrishouse-search' ); ?></p>
			<p>
				<button type="button" class="button button-secondary" id="hh-search-reindex"
					data-resume="<?php echo $state ? '1' : '0'; ?>"
					data-total="<?php echo esc_attr( (string) ( $state['total'] ?? 0 ) ); ?>"
					data-done="<?php echo esc_attr( (string) ( $state['done'] ?? 0 ) ); ?>">
					<?php echo $state ? esc_html__( 'Resume reindex', 'harrishouse-search' ) : esc_html__( 'Reindex everything', 'harrishouse-search' ); ?>
				</button>
				<?php if ( $state ) : ?>
					<button type="button" class="button-link" id="hh-search-reindex-restart"><?php esc_html_e( 'Start over', 'harrishouse-search' ); ?></button>
				<?php endif; ?>
			</p>
			<p>
				<progress id="hh-search-reindex-progress" max="<?php echo esc_attr( (string) max( 1, (int) ( $state['total'] ?? 1 ) ) ); ?>" value="<?php echo esc_attr( (string) ( $state['done'] ?? 0 ) ); ?>" <?php echo $state ? '' : 'hidden'; ?>></progress>
				<span id="hh-search-reindex-status" role="status" aria-live="polite">
					<?php
					if ( $state ) {
						/* translators: 1: done, 2: total, 3: date and time. */
						echo esc_html( sprintf( __( 'A reindex started %3$s stopped after %1$d of %2$d items.', 'harrishouse-search' ), (int) $state['done'], (int) $state['total'], wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), (int) ( $state['started_at'] ?? time() ) ) ) );
					}
					?>
				</span>
			</p>
			<ul id="hh-search-reindex-errors"></ul>
		</div>
		<?php
	}

	/**
	 * admin-ajax: Test connection.
	 */
	public static function ajax_test_connection() {
		check_ajax_referer( self::NONCE, 'nonce' );
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_send_json_error( array( 'message' => __( 'You are not allowed to do this.', 'harrishouse-search' ) ), 403 );
		}
		$result = HH_Search_Client::from_settings()->test_connection();
		if ( $result['ok'] ) {
			wp_send_json_success( $result );
		}
		wp_send_json_error( $result );
	}

	/**
	 * admin-post: Retry now.
	 */
	public static function retry_now() {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'You are not allowed to do this.', 'harrishouse-search' ), 403 );
		}
		check_admin_referer( 'hh_search_retry_now' );
		HH_Search_Sync::flush( 25 );
		wp_safe_redirect( add_query_arg( array( 'page' => HH_Search_Settings::PAGE, 'hh_search_notice' => 'retried' ), admin_url( 'options-general.php' ) ) );
		exit;
	}
}
