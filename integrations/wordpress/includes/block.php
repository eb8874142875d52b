<?php
/**
 * The block "Project (si-widgets)": rendered on the server into the same mount as the shortcode.
 * Its editor script is plain JavaScript (wp.element.createElement), so no build step.
 *
 * @package si-widgets
 */

defined( 'ABSPATH' ) || exit;

const SI_WIDGETS_EDITOR_HANDLE = 'si-widgets-block-editor';

/** Registers the editor script, then the block from block.json. */
function si_widgets_register_block() {
	wp_register_script(
		SI_WIDGETS_EDITOR_HANDLE,
		plugins_url( 'block/editor.js', SI_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		SI_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( SI_WIDGETS_EDITOR_HANDLE, 'si-widgets', SI_WIDGETS_DIR . '/languages' );
	wp_add_inline_script( SI_WIDGETS_EDITOR_HANDLE, 'window.siWidgetsEditor = ' . wp_json_encode( si_widgets_editor_data() ) . ';', 'before' );
	register_block_type( SI_WIDGETS_DIR . '/block', array( 'render_callback' => 'si_widgets_render_block' ) );
}

/**
 * What the editor script needs from PHP: the widgets and their attributes (one list for both),
 * and the default feed, so the sidebar can offer the feed's projects.
 *
 * @return array<string, mixed>
 */
function si_widgets_editor_data() {
	$widgets = array();
	foreach ( si_widgets_known_widgets() as $name => $attributes ) {
		$widgets[] = array(
			'name'       => $name,
			'label'      => si_widgets_widget_label( $name ),
			'attributes' => $attributes,
		);
	}
	return array(
		'widgets'     => $widgets,
		'defaultFeed' => si_widgets_settings()['feed_url'],
	);
}

/**
 * The block's markup: the mount, with the block's wrapper class (alignment, custom class).
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @return string
 */
function si_widgets_render_block( $attributes ) {
	$values = is_array( $attributes['widgetAttributes'] ?? null ) ? $attributes['widgetAttributes'] : array();
	$kept   = array();
	foreach ( $values as $name => $value ) {
		if ( true === $value ) {
			$kept[ (string) $name ] = '';
		} elseif ( ( is_string( $value ) && '' !== $value ) || is_int( $value ) || is_float( $value ) ) {
			$kept[ (string) $name ] = (string) $value;
		}
	}
	return si_widgets_mount( (string) ( $attributes['widget'] ?? '' ), $kept, get_block_wrapper_attributes() );
}
