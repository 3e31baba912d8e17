<?php
/**
 * Search results page: the results widget inside the active theme's header and footer.
 *
 * @package HarrisHouseSearch
 */

defined( 'ABSPATH' ) || exit;

$hh_search_heading = sprintf(
	/* translators: %s: the search words. */
	__( 'Search results for “%s”', 'harrishouse-search' ),
	get_search_query( false )
);
$hh_search_main = '<h1 class="hh-search-title wp-block-query-title">' . esc_html( $hh_search_heading ) . '</h1>'
	. HH_Search_Frontend::search_box()
	. HH_Search_Frontend::results_element();

if ( function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() ) {
	// Rendered before wp_head() so the blocks' styles are enqueued in time.
	ob_start();
	block_template_part( 'header' );
	$hh_search_header = ob_get_clean();
	ob_start();
	block_template_part( 'footer' );
	$hh_search_footer = ob_get_clean();
	?>
<!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>" />
	<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<div class="wp-site-blocks">
	<?php
	echo $hh_search_header; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- rendered block markup.
	?>
	<main class="wp-block-group is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50, 2rem);margin-bottom:var(--wp--preset--spacing--50, 2rem)" id="hh-search-main">
		<?php echo $hh_search_main; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>
	</main>
	<?php
	echo $hh_search_footer; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- rendered block markup.
	?>
</div>
<?php wp_footer(); ?>
</body>
</html>
	<?php
} else {
	get_header();
	?>
	<main id="primary" class="site-main hh-search-page">
		<?php echo $hh_search_main; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>
	</main>
	<?php
	get_footer();
}
