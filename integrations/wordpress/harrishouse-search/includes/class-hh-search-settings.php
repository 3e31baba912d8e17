<?php
/**
 * The plugin's one option, hh_search_settings, through the Settings API.
 *
 * @package HarrisHouseSearch
 */

defined( 'ABSPATH' ) || exit;

/**
 * Settings: defaults, reading, registration and sanitising.
 */
class HH_Search_Settings {

	const OPTION = 'hh_search_settings';
	const GROUP  = 'hh_search_settings_group';
	const PAGE   = 'harrishouse-search';

	/**
	 * Hooks.
	 */
	public static function init() {
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
	}

	/**
	 * Default values.
	 *
	 * @return array
	 */
	public static function defaults() {
		return array(
			'service_url'         => '',
			'api_key'             => '',
			'post_types'          => array( 'post', 'page' ),
			'replace_search'      => true,
			'related_below_posts' => true,
		);
	}

	/**
	 * The settings, with defaults for anything missing.
	 *
	 * @return array
	 */
	public static function get() {
		$saved = get_option( self::OPTION, array() );
		if ( ! is_array( $saved ) ) {
			$saved = array();
		}
		$settings                        = array_merge( self::defaults(), $saved );
		$settings['service_url']         = untrailingslashit( (string) $settings['service_url'] );
		$settings['api_key']             = (string) $settings['api_key'];
		$settings['post_types']          = array_values( array_filter( (array) $settings['post_types'], 'is_string' ) );
		$settings['replace_search']      = (bool) $settings['replace_search'];
		$settings['related_below_posts'] = (bool) $settings['related_below_posts'];
		return $settings;
	}

	/**
	 * Whether the service URL is set.
	 *
	 * @return bool
	 */
	public static function is_configured() {
		return '' !== self::get()['service_url'];
	}

	/**
	 * Whether a post type is one the site sends to the service.
	 *
	 * @param string $post_type Post type name.
	 * @return bool
	 */
	public static function is_synced_type( $post_type ) {
		return in_array( $post_type, self::get()['post_types'], true );
	}

	/**
	 * Public post types offered on the settings page (all but attachments).
	 *
	 * @return WP_Post_Type[]
	 */
	public static function available_post_types() {
		$types = get_post_types( array( 'public' => true ), 'objects' );
		unset( $types['attachment'] );
		return $types;
	}

	/**
	 * Registers the setting, its section and its fields.
	 */
	public static function register() {
		register_setting(
			self::GROUP,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => self::defaults(),
				'show_in_rest'      => false,
			)
		);

		add_settings_section( 'hh_search_service', __( 'Search service', 'harrishouse-search' ), '__return_false', self::PAGE );
		add_settings_field( 'hh_search_service_url', __( 'Service URL', 'harrishouse-search' ), array( __CLASS__, 'field_service_url' ), self::PAGE, 'hh_search_service', array( 'label_for' => 'hh_search_service_url' ) );
		add_settings_field( 'hh_search_api_key', __( 'API key', 'harrishouse-search' ), array( __CLASS__, 'field_api_key' ), self::PAGE, 'hh_search_service', array( 'label_for' => 'hh_search_api_key' ) );

		add_settings_section( 'hh_search_content', __( 'Content and display', 'harrishouse-search' ), '__return_false', self::PAGE );
		add_settings_field( 'hh_search_post_types', __( 'Content types to index', 'harrishouse-search' ), array( __CLASS__, 'field_post_types' ), self::PAGE, 'hh_search_content' );
		add_settings_field( 'hh_search_replace_search', __( 'Site search', 'harrishouse-search' ), array( __CLASS__, 'field_replace_search' ), self::PAGE, 'hh_search_content' );
		add_settings_field( 'hh_search_related_below_posts', __( 'Related content', 'harrishouse-search' ), array( __CLASS__, 'field_related' ), self::PAGE, 'hh_search_content' );
	}

	/**
	 * Sanitises a submitted settings array. A blank API key keeps the saved one.
	 *
	 * @param mixed $input Submitted value.
	 * @return array
	 */
	public static function sanitize( $input ) {
		$old   = self::get();
		$input = is_array( $input ) ? $input : array();
		$clean = self::defaults();

		$url = isset( $input['service_url'] ) ? trim( (string) $input['service_url'] ) : '';
		if ( '' !== $url ) {
			$url = esc_url_raw( $url, array( 'http', 'https' ) );
			if ( '' === $url ) {
				add_settings_error( self::OPTION, 'hh_search_service_url', __( 'The service URL must start with http:// or https://.', 'harrishouse-search' ) );
				$url = $old['service_url'];
			}
		}
		$clean['service_url'] = untrailingslashit( $url );

		$key              = isset( $input['api_key'] ) ? trim( sanitize_text_field( (string) $input['api_key'] ) ) : '';
		$clean['api_key'] = '' === $key ? $old['api_key'] : $key;

		$allowed             = array_keys( self::available_post_types() );
		$types               = isset( $input['post_types'] ) ? array_map( 'sanitize_key', (array) $input['post_types'] ) : array();
		$clean['post_types'] = array_values( array_intersect( $types, $allowed ) );

		$clean['replace_search']      = ! empty( $input['replace_search'] );
		$clean['related_below_posts'] = ! empty( $input['related_below_posts'] );

		return $clean;
	}

	/**
	 * Service URL field.
	 */
	public static function field_service_url() {
		$settings = self::get();
		printf(
			'<input type="url" class="regular-text code" id="hh_search_service_url" name="%1$s[service_url]" value="%2$s" placeholder="https://search.example.org" />',
			esc_attr( self::OPTION ),
			esc_attr( $settings['service_url'] )
		);
		echo '<p class="description">' . esc_html__( 'Where the search service runs. The widgets\' script and stylesheet are loaded from here.', 'harrishouse-search' ) . '</p>';
	}

	/**
	 * API key field: the saved key is never printed.
	 */
	public static function field_api_key() {
		$settings    = self::get();
		$placeholder = '' === $settings['api_key'] ? '' : __( 'saved — leave blank to keep', 'harrishouse-search' );
		printf(
			'<input type="password" class="regular-text" id="hh_search_api_key" name="%1$s[api_key]" value="" placeholder="%2$s" autocomplete="new-password" />',
			esc_attr( self::OPTION ),
			esc_attr( $placeholder )
		);
		echo '<p class="description">' . esc_html__( 'Sent as the X-Api-Key header on the service\'s admin routes.', 'harrishouse-search' ) . '</p>';
	}

	/**
	 * Post type checkboxes.
	 */
	public static function field_post_types() {
		$settings = self::get();
		echo '<fieldset>';
		foreach ( self::available_post_types() as $name => $type ) {
			printf(
				'<label><input type="checkbox" name="%1$s[post_types][]" value="%2$s" %3$s /> %4$s</label><br />',
				esc_attr( self::OPTION ),
				esc_attr( $name ),
				checked( in_array( $name, $settings['post_types'], true ), true, false ),
				esc_html( $type->labels->name )
			);
		}
		echo '</fieldset>';
	}

	/**
	 * Replace-search checkbox.
	 */
	public static function field_replace_search() {
		$settings = self::get();
		printf(
			'<label><input type="checkbox" name="%1$s[replace_search]" value="1" %2$s /> %3$s</label>',
			esc_attr( self::OPTION ),
			checked( $settings['replace_search'], true, false ),
			esc_html__( 'Replace the WordPress search box and results page with the Harris House search', 'harrishouse-search' )
		);
	}

	/**
	 * Related-below-posts checkbox.
	 */
	public static function field_related() {
		$settings = self::get();
		printf(
			'<label><input type="checkbox" name="%1$s[related_below_posts]" value="1" %2$s /> %3$s</label>',
			esc_attr( self::OPTION ),
			checked( $settings['related_below_posts'], true, false ),
			esc_html__( 'Show "You also might be interested in" under each post', 'harrishouse-search' )
		);
	}
}
