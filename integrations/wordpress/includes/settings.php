<?php
/**
 * Settings → si-widgets: the default feed and where the script comes from. Only `manage_options`
 * reaches it; the Settings API adds and checks the nonce (options.php).
 *
 * @package si-widgets
 */

defined( 'ABSPATH' ) || exit;

const SI_WIDGETS_OPTION = 'si_widgets_settings';

/**
 * The settings when nothing is saved: no default feed, the script packed in the plugin.
 *
 * @return array{feed_url: string, script_source: string, cdn_url: string}
 */
function si_widgets_default_settings() {
	return array(
		'feed_url'      => '',
		'script_source' => 'bundled',
		'cdn_url'       => '',
	);
}

/**
 * The saved settings, each key present.
 *
 * @return array{feed_url: string, script_source: string, cdn_url: string}
 */
function si_widgets_settings() {
	$saved = get_option( SI_WIDGETS_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array_merge( si_widgets_default_settings(), array_intersect_key( $saved, si_widgets_default_settings() ) );
}

/**
 * A URL the plugin may send browsers and its own server to: `https:`, or the site's own origin.
 * A path starting with one `/` is taken on the site's origin.
 *
 * @param string $url What was typed.
 * @return string|null The absolute URL, or null when it is not allowed.
 */
function si_widgets_allowed_url( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url ) {
		return null;
	}
	if ( str_starts_with( $url, '/' ) && ! str_starts_with( $url, '//' ) ) {
		$url = home_url( $url );
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || empty( $parts['scheme'] ) ) {
		return null;
	}
	$scheme = strtolower( $parts['scheme'] );
	if ( 'https' === $scheme || si_widgets_is_own_origin( $parts ) ) {
		return esc_url_raw( $url, array( 'http', 'https' ) );
	}
	return null;
}

/**
 * Whether URL parts have the scheme, host and port of the site.
 *
 * @param array<string, mixed> $parts From wp_parse_url().
 * @return bool
 */
function si_widgets_is_own_origin( $parts ) {
	$home = wp_parse_url( home_url() );
	if ( ! is_array( $home ) || empty( $home['host'] ) ) {
		return false;
	}
	$origin = static function ( $p ) {
		$scheme = strtolower( (string) ( $p['scheme'] ?? '' ) );
		$port   = $p['port'] ?? ( 'https' === $scheme ? 443 : 80 );
		return $scheme . '://' . strtolower( (string) $p['host'] ) . ':' . $port;
	};
	return $origin( $parts ) === $origin( $home );
}

/**
 * Checks what the form sent; a refused URL keeps the saved one and says why.
 *
 * @param mixed $input The submitted option.
 * @return array{feed_url: string, script_source: string, cdn_url: string}
 */
function si_widgets_sanitize_settings( $input ) {
	$saved = si_widgets_settings();
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$clean = $saved;
	foreach ( array( 'feed_url', 'cdn_url' ) as $key ) {
		$typed = isset( $input[ $key ] ) ? sanitize_text_field( (string) $input[ $key ] ) : '';
		if ( '' === $typed ) {
			$clean[ $key ] = '';
			continue;
		}
		$allowed = si_widgets_allowed_url( $typed );
		if ( null === $allowed ) {
			add_settings_error(
				SI_WIDGETS_OPTION,
				'si-widgets-' . $key,
				sprintf(
					/* translators: %s: the URL that was typed */
					__( '%s was not saved: use an https: address, or one on this site.', 'si-widgets' ),
					$typed
				)
			);
			continue;
		}
		$clean[ $key ] = $allowed;
	}
	$source                 = isset( $input['script_source'] ) ? sanitize_key( $input['script_source'] ) : 'bundled';
	$clean['script_source'] = ( 'cdn' === $source && '' !== $clean['cdn_url'] ) ? 'cdn' : 'bundled';
	if ( 'cdn' === $source && '' === $clean['cdn_url'] ) {
		add_settings_error( SI_WIDGETS_OPTION, 'si-widgets-cdn', __( 'No CDN address: the copy packed in the plugin is used.', 'si-widgets' ) );
	}
	return $clean;
}

/** Registers the option and the form's fields. */
function si_widgets_register_settings() {
	register_setting(
		'si_widgets',
		SI_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'si_widgets_sanitize_settings',
			'default'           => si_widgets_default_settings(),
		)
	);
	add_settings_section( 'si_widgets_main', __( 'Feed and script', 'si-widgets' ), '__return_null', 'si-widgets' );
	add_settings_field( 'si-widgets-feed-url', __( 'Default feed URL', 'si-widgets' ), 'si_widgets_feed_field', 'si-widgets', 'si_widgets_main', array( 'label_for' => 'si-widgets-feed-url' ) );
	add_settings_field( 'si-widgets-script-source', __( 'Script', 'si-widgets' ), 'si_widgets_script_field', 'si-widgets', 'si_widgets_main' );
}

/** Settings → si-widgets. */
function si_widgets_add_settings_page() {
	add_options_page( __( 'si-widgets settings', 'si-widgets' ), 'si-widgets', 'manage_options', 'si-widgets', 'si_widgets_settings_page' );
}

/** The default feed field. */
function si_widgets_feed_field() {
	$settings = si_widgets_settings();
	printf(
		'<input type="url" class="regular-text code" id="si-widgets-feed-url" name="%1$s[feed_url]" value="%2$s" placeholder="https://feeds.example.se/skane-projekt.json" aria-describedby="si-widgets-feed-url-help" />',
		esc_attr( SI_WIDGETS_OPTION ),
		esc_attr( $settings['feed_url'] )
	);
	echo '<p class="description" id="si-widgets-feed-url-help">' . esc_html__( 'Used by every widget that names no feed of its own. An https: address, or one on this site.', 'si-widgets' ) . '</p>';
}

/** The script source: the packed copy (default) or a CDN URL. */
function si_widgets_script_field() {
	$settings = si_widgets_settings();
	$name     = SI_WIDGETS_OPTION;
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Script', 'si-widgets' ) . '</legend>';
	printf(
		'<p><label><input type="radio" name="%1$s[script_source]" value="bundled" %2$s /> %3$s</label></p>',
		esc_attr( $name ),
		checked( $settings['script_source'], 'bundled', false ),
		esc_html__( 'The copy packed in this plugin (no request to anyone else)', 'si-widgets' )
	);
	printf(
		'<p><label><input type="radio" name="%1$s[script_source]" value="cdn" %2$s /> %3$s</label></p>',
		esc_attr( $name ),
		checked( $settings['script_source'], 'cdn', false ),
		esc_html__( 'From a CDN:', 'si-widgets' )
	);
	printf(
		'<p><label for="si-widgets-cdn-url" class="screen-reader-text">%1$s</label><input type="url" class="regular-text code" id="si-widgets-cdn-url" name="%2$s[cdn_url]" value="%3$s" placeholder="https://your-cdn.example/si-widgets@0.1.0/si-widgets.js" /></p>',
		esc_html__( 'CDN URL of si-widgets.js', 'si-widgets' ),
		esc_attr( $name ),
		esc_attr( $settings['cdn_url'] )
	);
	echo '</fieldset>';
}

/** The page itself. */
function si_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'si_widgets' );
	do_settings_sections( 'si-widgets' );
	submit_button();
	echo '</form>';
	echo '<p>' . wp_kses(
		__( 'Editors place a widget with the <strong>Project (si-widgets)</strong> block, or with a shortcode such as <code>[si_widget type="project-card" project="asif"]</code>.', 'si-widgets' ),
		array(
			'strong' => array(),
			'code'   => array(),
		)
	) . '</p></div>';
}
