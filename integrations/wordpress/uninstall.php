<?php
/**
 * Deleting the plugin removes what it stored: its settings and its cached feeds, on every site of
 * a network.
 *
 * @package si-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Removes the settings and the cached feeds of the current site. */
function si_widgets_uninstall_site() {
	global $wpdb;
	delete_option( 'si_widgets_settings' );
	// Cached feeds are transients named si_widgets_feed_<md5 of the URL>: there is no list of them.
	$wpdb->query(
		$wpdb->prepare(
			"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( '_transient_si_widgets_' ) . '%',
			$wpdb->esc_like( '_transient_timeout_si_widgets_' ) . '%'
		)
	);
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $si_widgets_site ) {
		switch_to_blog( $si_widgets_site );
		si_widgets_uninstall_site();
		restore_current_blog();
	}
} else {
	si_widgets_uninstall_site();
}
