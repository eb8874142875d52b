<?php
/**
 * The bundle, as a module, once per page and only on pages with a widget: each widget asks for it
 * while it renders, and WordPress prints an enqueued handle once.
 *
 * @package si-widgets
 */

defined( 'ABSPATH' ) || exit;

const SI_WIDGETS_SCRIPT_HANDLE = 'si-widgets';

/**
 * Where si-widgets.js comes from: the CDN URL when chosen, else the copy packed in the plugin
 * (its locales/ beside it, which the bundle loads from next to itself).
 *
 * @return array{0: string, 1: string|null} The URL and the version for its query string.
 */
function si_widgets_script_source() {
	$settings = si_widgets_settings();
	if ( 'cdn' === $settings['script_source'] && '' !== $settings['cdn_url'] ) {
		return array( $settings['cdn_url'], null );
	}
	return array( plugins_url( 'assets/si-widgets.js', SI_WIDGETS_FILE ), SI_WIDGETS_VERSION );
}

/** Asks for the bundle on this page: a script module where WordPress has them (6.5+), else a classic handle made a module. */
function si_widgets_enqueue_script() {
	list( $src, $version ) = si_widgets_script_source();
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( SI_WIDGETS_SCRIPT_HANDLE, $src, array(), $version );
		return;
	}
	wp_enqueue_script( SI_WIDGETS_SCRIPT_HANDLE, $src, array(), $version, true );
}

/**
 * Before script modules, WordPress prints `<script src>`; the bundle is an ES module and needs
 * `type="module"`.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle Its handle.
 * @param string $src    Its URL, already escaped.
 * @return string
 */
function si_widgets_module_script_tag( $tag, $handle, $src ) {
	if ( SI_WIDGETS_SCRIPT_HANDLE !== $handle ) {
		return $tag;
	}
	return wp_get_script_tag(
		array(
			'type' => 'module',
			'src'  => $src,
			'id'   => SI_WIDGETS_SCRIPT_HANDLE . '-js',
		)
	);
}
