<?php
/**
 * Per-item search controls in the editor: keep an item out of site search, and the phrases people use for it.
 *
 * @package HarrisHouseSearch
 */

defined( 'ABSPATH' ) || exit;

/**
 * The "Harris House Search" box beside a post or page, stored as post meta and sent with the item
 * (the service's `search` and `search_phrases` fields).
 */
class HH_Search_Post_Meta {

	const HIDDEN  = '_hh_search_hidden';
	const PHRASES = '_hh_search_phrases';
	const NONCE   = 'hh_search_post_meta';

	/** The service accepts at most this many phrases, each at most this long. */
	const MAX_PHRASES       = 50;
	const MAX_PHRASE_LENGTH = 200;

	/**
	 * Hooks.
	 */
	public static function init() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_action( 'add_meta_boxes', array( __CLASS__, 'add_box' ) );
		// Before the sync's own save_post handler (priority 10), so the change it queues carries the new values.
		add_action( 'save_post', array( __CLASS__, 'save' ), 5, 2 );
	}

	/**
	 * The meta, also through the REST API (for the block editor and for apps), for those who may edit the item.
	 */
	public static function register() {
		foreach ( HH_Search_Settings::get()['post_types'] as $post_type ) {
			$common = array(
				'single'        => true,
				'show_in_rest'  => true,
				'auth_callback' => static fn( $allowed, $meta_key, $post_id ) => current_user_can( 'edit_post', $post_id ),
			);
			register_post_meta( $post_type, self::HIDDEN, $common + array( 'type' => 'boolean', 'default' => false ) );
			register_post_meta(
				$post_type,
				self::PHRASES,
				$common + array(
					'type'              => 'string',
					'default'           => '',
					'sanitize_callback' => array( __CLASS__, 'sanitize_phrases' ),
				)
			);
		}
	}

	/**
	 * The box, on the types that are indexed.
	 */
	public static function add_box() {
		foreach ( HH_Search_Settings::get()['post_types'] as $post_type ) {
			add_meta_box( 'hh-search', __( 'Harris House Search', 'harrishouse-search' ), array( __CLASS__, 'render' ), $post_type, 'side' );
		}
	}

	/**
	 * The box's fields.
	 *
	 * @param WP_Post $post Post.
	 */
	public static function render( $post ) {
		wp_nonce_field( self::NONCE, self::NONCE );
		$hidden  = (bool) get_post_meta( $post->ID, self::HIDDEN, true );
		$phrases = (string) get_post_meta( $post->ID, self::PHRASES, true );
		?>
		<p>
			<label>
				<input type="checkbox" name="hh_search_hidden" value="1" <?php checked( $hidden ); ?> />
				<?php esc_html_e( 'Keep out of site search', 'harrishouse-search' ); ?>
			</label>
			<br /><span class="description"><?php esc_html_e( 'Still reachable by its address, and still offered as related content.', 'harrishouse-search' ); ?></span>
		</p>
		<p>
			<label for="hh-search-phrases"><?php esc_html_e( 'Search phrases (one per line)', 'harrishouse-search' ); ?></label>
			<textarea id="hh-search-phrases" name="hh_search_phrases" rows="4" class="widefat"><?php echo esc_textarea( $phrases ); ?></textarea>
			<span class="description"><?php esc_html_e( 'How people ask for this page, e.g. "my son is using again". Never shown to visitors.', 'harrishouse-search' ); ?></span>
		</p>
		<?php
	}

	/**
	 * Saves the box, for those who may edit the item, with the nonce the box printed.
	 *
	 * @param int     $post_id Post ID.
	 * @param WP_Post $post    Post.
	 */
	public static function save( $post_id, $post ) {
		if ( ! isset( $_POST[ self::NONCE ] ) || ! wp_verify_nonce( sanitize_key( wp_unslash( $_POST[ self::NONCE ] ) ), self::NONCE ) ) {
			return;
		}
		if ( ( defined( 'DOING_AUTOSAVE' ) && DOING_AUTOSAVE ) || wp_is_post_revision( $post_id ) || ! current_user_can( 'edit_post', $post_id ) ) {
			return;
		}
		update_post_meta( $post_id, self::HIDDEN, isset( $_POST['hh_search_hidden'] ) );
		$phrases = isset( $_POST['hh_search_phrases'] ) ? sanitize_textarea_field( wp_unslash( $_POST['hh_search_phrases'] ) ) : '';
		update_post_meta( $post_id, self::PHRASES, self::sanitize_phrases( $phrases ) );
	}

	/**
	 * One phrase per line, empty lines dropped, within the service's limits.
	 *
	 * @param mixed $value Text.
	 * @return string
	 */
	public static function sanitize_phrases( $value ) {
		$lines = preg_split( '/\R/u', sanitize_textarea_field( (string) $value ) );
		$lines = array_values( array_unique( array_filter( array_map( 'trim', (array) $lines ), 'strlen' ) ) );
		$lines = array_map( static fn( $line ) => mb_substr( $line, 0, self::MAX_PHRASE_LENGTH ), array_slice( $lines, 0, self::MAX_PHRASES ) );
		return implode( "\n", $lines );
	}

	/**
	 * The document fields for an item: `search` only when it is kept out, `search_phrases` only when there are some.
	 *
	 * @param WP_Post $post Post.
	 * @return array
	 */
	public static function fields( WP_Post $post ) {
		$fields = array();
		if ( (bool) get_post_meta( $post->ID, self::HIDDEN, true ) ) {
			$fields['search'] = false;
		}
		$phrases = (string) get_post_meta( $post->ID, self::PHRASES, true );
		if ( '' !== $phrases ) {
			$fields['search_phrases'] = explode( "\n", $phrases );
		}
		return $fields;
	}
}
