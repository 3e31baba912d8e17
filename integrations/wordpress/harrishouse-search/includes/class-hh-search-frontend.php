<?php
/**
 * Front end: the widgets' assets, the search box and results page, related content, shortcodes.
 *
 * @package HarrisHouseSearch
 */

defined( 'ABSPATH' ) || exit;

/**
 * Front-end integration.
 */
class HH_Search_Frontend {

	const HANDLE = 'hh-search';

	/**
	 * Hooks.
	 */
	public static function init() {
		add_action( 'wp_enqueue_scripts', array( __CLASS__, 'assets' ) );
		add_filter( 'script_loader_tag', array( __CLASS__, 'defer' ), 10, 2 );
		add_filter( 'get_search_form', array( __CLASS__, 'search_form' ), 20 );
		add_filter( 'render_block_core/search', array( __CLASS__, 'search_block' ), 20 );
		add_filter( 'posts_pre_query', array( __CLASS__, 'skip_search_query' ), 10, 2 );
		add_filter( 'template_include', array( __CLASS__, 'search_template' ), 99 );
		add_filter( 'the_content', array( __CLASS__, 'related' ), 20 );
		add_shortcode( 'hh_related', array( __CLASS__, 'shortcode_related' ) );
		add_shortcode( 'hh_search', array( __CLASS__, 'shortcode_search' ) );
	}

	/**
	 * Whether the service is set and search is replaced.
	 *
	 * @return bool
	 */
	private static function replaces_search() {
		$settings = HH_Search_Settings::get();
		return '' !== $settings['service_url'] && $settings['replace_search'];
	}

	/**
	 * The widgets' stylesheet and script, from the service.
	 */
	public static function assets() {
		$settings = HH_Search_Settings::get();
		if ( '' === $settings['service_url'] ) {
			return;
		}
		// phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- the service versions its own files.
		wp_enqueue_style( self::HANDLE, $settings['service_url'] . '/widgets/hh-search.css', array(), null );
		// phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion,WordPress.WP.EnqueuedResourceParameters.NotInFooter
		wp_enqueue_script( self::HANDLE, $settings['service_url'] . '/widgets/hh-search.js', array(), null, false );
	}

	/**
	 * Adds defer to the widgets' script tag.
	 *
	 * @param string $tag    Tag.
	 * @param string $handle Handle.
	 * @return string
	 */
	public static function defer( $tag, $handle ) {
		if ( self::HANDLE !== $handle || str_contains( $tag, ' defer' ) ) {
			return $tag;
		}
		return str_replace( ' src=', ' defer src=', $tag );
	}

	/**
	 * The search box element.
	 *
	 * @param string $fallback Markup for visitors without JavaScript.
	 * @return string
	 */
	public static function search_box( $fallback = '' ) {
		$html = sprintf( '<hh-search-box action="%s" param="s"></hh-search-box>', esc_url( home_url( '/' ) ) );
		if ( '' !== $fallback ) {
			$html .= '<noscript>' . $fallback . '</noscript>';
		}
		return $html;
	}

	/**
	 * get_search_form: the widget instead of the theme's form (which stays as the no-script fallback).
	 *
	 * @param string $form Form markup.
	 * @return string
	 */
	public static function search_form( $form ) {
		if ( ! self::replaces_search() || is_admin() ) {
			return $form;
		}
		return self::search_box( (string) $form );
	}

	/**
	 * Block themes: the core/search block becomes the widget too.
	 *
	 * @param string $content Block markup.
	 * @return string
	 */
	public static function search_block( $content ) {
		if ( ! self::replaces_search() || is_admin() || wp_is_json_request() || '' === trim( (string) $content ) ) {
			return $content;
		}
		return self::search_box( (string) $content );
	}

	/**
	 * Whether a query is the front end's main search query.
	 *
	 * @param WP_Query $query Query.
	 * @return bool
	 */
	private static function is_main_search( $query ) {
		return $query instanceof WP_Query && ! is_admin() && $query->is_main_query() && $query->is_search() && ! $query->is_feed();
	}

	/**
	 * Skips WordPress's LIKE search: the results come from the service, in the browser.
	 *
	 * @param array|null $posts Posts or null.
	 * @param WP_Query   $query Query.
	 * @return array|null
	 */
	public static function skip_search_query( $posts, $query ) {
		if ( null !== $posts || ! self::replaces_search() || ! self::is_main_search( $query ) ) {
			return $posts;
		}
		$query->found_posts   = 0;
		$query->max_num_pages = 0;
		return array();
	}

	/**
	 * The search results page: our template, in the theme's header and footer.
	 *
	 * @param string $template Template path.
	 * @return string
	 */
	public static function search_template( $template ) {
		global $wp_query;
		if ( ! self::replaces_search() || ! self::is_main_search( $wp_query ) ) {
			return $template;
		}
		return HH_SEARCH_DIR . 'templates/search.php';
	}

	/**
	 * The results element.
	 *
	 * @return string
	 */
	public static function results_element() {
		return '<hh-search-results param="s"></hh-search-results>';
	}

	/**
	 * "You also might be interested in" under the post being viewed.
	 *
	 * @param string $content Content.
	 * @return string
	 */
	public static function related( $content ) {
		$settings = HH_Search_Settings::get();
		if ( '' === $settings['service_url'] || ! $settings['related_below_posts'] || is_admin() || is_feed() || wp_is_json_request() ) {
			return $content;
		}
		if ( ! is_singular( 'post' ) || ! is_main_query() || (int) get_the_ID() !== (int) get_queried_object_id() ) {
			return $content;
		}
		$path = (string) wp_make_link_relative( (string) get_permalink() );
		return $content . sprintf( '<hh-related url="%s"></hh-related>', esc_attr( $path ) );
	}

	/**
	 * [hh_related url="/blog/x/" count="3"]
	 *
	 * @param array|string $atts Attributes.
	 * @return string
	 */
	public static function shortcode_related( $atts ) {
		$atts = shortcode_atts(
			array(
				'url'   => '',
				'count' => '3',
			),
			$atts,
			'hh_related'
		);
		$url = '' !== $atts['url'] ? (string) $atts['url'] : (string) wp_make_link_relative( (string) get_permalink() );
		return sprintf(
			'<hh-related url="%1$s" count="%2$d"></hh-related>',
			esc_attr( $url ),
			max( 1, min( 20, absint( $atts['count'] ) ) )
		);
	}

	/**
	 * [hh_search]
	 *
	 * @return string
	 */
	public static function shortcode_search() {
		return self::search_box();
	}
}
