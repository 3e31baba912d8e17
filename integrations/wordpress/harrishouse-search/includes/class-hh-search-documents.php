<?php
/**
 * Turns WordPress posts into the service's documents.
 *
 * @package HarrisHouseSearch
 */

defined( 'ABSPATH' ) || exit;

/**
 * Document building and the paths posts are indexed under.
 */
class HH_Search_Documents {

	const PATH_META = '_hh_search_path';

	/**
	 * Whether a post belongs in the index right now: a synced type, published, no password.
	 *
	 * @param WP_Post|null $post Post.
	 * @return bool
	 */
	public static function is_indexable( $post ) {
		return $post instanceof WP_Post
			&& 'publish' === $post->post_status
			&& '' === (string) $post->post_password
			&& HH_Search_Settings::is_synced_type( $post->post_type );
	}

	/**
	 * The site-relative path of a post's permalink, as if it were published (so drafts and trashed posts
	 * give the path they had or would have when public).
	 *
	 * @param WP_Post $post Post.
	 * @return string Path like /blog/my-post/, or '' if there is none.
	 */
	public static function path( WP_Post $post ) {
		if ( 'publish' !== $post->post_status ) {
			$post              = clone $post;
			$post->post_status = 'publish';
			$post->post_name   = preg_replace( '/__trashed(-\d+)?$/', '', (string) $post->post_name );
			if ( '' === $post->post_name ) {
				$post->post_name = sanitize_title( $post->post_title, (string) $post->ID );
			}
		}
		$link = get_permalink( $post );
		if ( ! is_string( $link ) || '' === $link ) {
			return '';
		}
		return (string) wp_make_link_relative( $link );
	}

	/**
	 * The path last sent to the service for a post.
	 *
	 * @param int $post_id Post ID.
	 * @return string
	 */
	public static function sent_path( $post_id ) {
		return (string) get_post_meta( $post_id, self::PATH_META, true );
	}

	/**
	 * Builds the upsert body for a published post.
	 *
	 * @param WP_Post $post Post.
	 * @return array
	 */
	public static function build( WP_Post $post ) {
		global $wp_query;

		// Filters on the_content and the excerpt expect the post to be "current".
		$previous_post  = $GLOBALS['post'] ?? null;
		$GLOBALS['post'] = $post; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		setup_postdata( $post );

		$html    = (string) apply_filters( 'the_content', $post->post_content ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core hook.
		// Title, excerpt and term names go as WordPress renders them (entities, tags): the service turns them
		// into text with the same conversion it applies when it reads the REST API, so both paths agree.
		$summary = (string) get_the_excerpt( $post );
		$title   = (string) get_the_title( $post );

		$document = array(
			'url'        => self::path( $post ),
			'title'      => $title,
			'summary'    => $summary,
			'categories' => self::term_names( $post, 'category' ),
			'tags'       => self::term_names( $post, 'post_tag' ),
			'html'       => $html,
		);

		$author = get_the_author_meta( 'display_name', (int) $post->post_author );
		if ( is_string( $author ) && '' !== $author ) {
			$document['author'] = $author;
		}
		$document = array_merge( $document, HH_Search_Post_Meta::fields( $post ) );
		if ( 'post' === $post->post_type ) {
			$document['type'] = 'blog';
			$document['date'] = (string) get_post_time( 'Y-m-d', false, $post );
		}

		$GLOBALS['post'] = $previous_post; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		if ( $previous_post instanceof WP_Post ) {
			setup_postdata( $previous_post );
		} elseif ( $wp_query instanceof WP_Query ) {
			$wp_query->reset_postdata();
		}

		/**
		 * Filters the document sent to the search service for a post.
		 *
		 * @param array   $document Document.
		 * @param WP_Post $post     Post.
		 */
		return apply_filters( 'hh_search_document', $document, $post );
	}

	/**
	 * Term names of a taxonomy, if the post type has it.
	 *
	 * @param WP_Post $post     Post.
	 * @param string  $taxonomy Taxonomy.
	 * @return string[]
	 */
	private static function term_names( WP_Post $post, $taxonomy ) {
		if ( ! is_object_in_taxonomy( $post->post_type, $taxonomy ) ) {
			return array();
		}
		$terms = get_the_terms( $post, $taxonomy );
		if ( ! is_array( $terms ) ) {
			return array();
		}
		return array_values( array_map( static fn( $term ) => (string) $term->name, $terms ) );
	}
}
