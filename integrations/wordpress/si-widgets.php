<?php
/**
 * Plugin Name:       si-widgets
 * Description:       Shows Skåne's social-innovation projects from one JSON feed: a block and a [si_widget] shortcode that editors without unfiltered_html can use, and the script loaded once, only on pages with a widget.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            si-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       si-widgets
 * Domain Path:       /languages
 *
 * @package si-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SI_WIDGETS_VERSION', '0.1.0' );
define( 'SI_WIDGETS_FILE', __FILE__ );
define( 'SI_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/script.php';
require_once __DIR__ . '/includes/feed.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/block.php';

/** Loads the plugin's words before anything registers a translated label. */
function si_widgets_load_textdomain() {
	load_plugin_textdomain( 'si-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'si_widgets_load_textdomain', 1 );

add_action( 'init', 'si_widgets_register_shortcode' );
add_action( 'init', 'si_widgets_register_block' );
add_action( 'admin_init', 'si_widgets_register_settings' );
add_action( 'admin_menu', 'si_widgets_add_settings_page' );
add_filter( 'script_loader_tag', 'si_widgets_module_script_tag', 10, 3 );
add_action( 'enqueue_block_editor_assets', 'si_widgets_enqueue_script' );
