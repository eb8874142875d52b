<?php
/**
 * The `<div data-si-widget>` mount that both the shortcode and the block print: the bundle turns it
 * into the element (src/embed/mounts.ts). Every attribute is escaped here; only the attributes the
 * widget takes are passed on, and what was left out is said in an HTML comment for the editor.
 *
 * @package si-widgets
 */

defined( 'ABSPATH' ) || exit;

/** How many projects a list's fallback links to, as the snippet builder does. */
const SI_WIDGETS_FALLBACK_PROJECTS = 12;

/** `[si_widget type="project-card" project="asif"]`. */
function si_widgets_register_shortcode() {
	add_shortcode( 'si_widget', 'si_widgets_shortcode' );
}

/**
 * The shortcode: `type` names the widget; every other attribute is the element's, and a word on its
 * own (`sync-url`) is a boolean attribute.
 *
 * @param array<int|string, string>|string $atts As WordPress parsed them.
 * @return string
 */
function si_widgets_shortcode( $atts ) {
	$atts       = is_array( $atts ) ? $atts : array();
	$widget     = isset( $atts['type'] ) ? (string) $atts['type'] : '';
	$attributes = array();
	foreach ( $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$attributes[ strtolower( (string) $value ) ] = '';
		} elseif ( 'type' !== $name ) {
			$attributes[ strtolower( $name ) ] = (string) $value;
		}
	}
	return si_widgets_mount( $widget, $attributes );
}

/**
 * The mount div with its fallback content, and the script asked for on this page.
 *
 * @param string                $widget     Widget name, with or without `si-`.
 * @param array<string, string> $attributes The element's attributes by name.
 * @param string                $wrapper    Extra attributes for the div, already escaped (a block's class).
 * @return string
 */
function si_widgets_mount( $widget, $attributes, $wrapper = '' ) {
	$widget = strtolower( trim( (string) $widget ) );
	$widget = str_starts_with( $widget, 'si-' ) ? substr( $widget, 3 ) : $widget;
	$known  = si_widgets_known_widgets();
	if ( ! isset( $known[ $widget ] ) ) {
		return si_widgets_unknown_widget( $widget );
	}
	$notes   = array();
	$kept    = si_widgets_keep_known( $widget, $attributes, $notes );
	$feed    = si_widgets_feed_for( $kept, $notes );
	$html    = '<div ' . ( '' === $wrapper ? '' : $wrapper . ' ' ) . 'data-si-widget="' . esc_attr( $widget ) . '"';
	$html   .= null === $feed ? '' : ' data-feed="' . esc_url( $feed ) . '"';
	foreach ( $kept as $name => $value ) {
		$html .= ' data-' . $name . ( '' === $value ? '' : '="' . esc_attr( $value ) . '"' );
	}
	$fallback = null === $feed ? '' : si_widgets_fallback( $feed, $kept, $notes );
	si_widgets_enqueue_script();
	return implode( '', array_map( 'si_widgets_comment', $notes ) ) . $html . '>' . $fallback . '</div>';
}

/**
 * The attributes the widget takes; the others are named in a note.
 *
 * @param string                $widget     Known widget.
 * @param array<string, string> $attributes As given.
 * @param string[]              $notes      Notes for the editor, added to.
 * @return array<string, string>
 */
function si_widgets_keep_known( $widget, $attributes, &$notes ) {
	$allowed = si_widgets_known_widgets()[ $widget ];
	$kept    = array();
	$ignored = array();
	foreach ( $attributes as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( in_array( $name, $allowed, true ) ) {
			$kept[ $name ] = (string) $value;
		} else {
			$ignored[] = $name;
		}
	}
	if ( $ignored ) {
		$notes[] = sprintf(
			/* translators: 1: attribute names, 2: widget name, 3: the attributes it takes */
			__( 'si-widgets: ignored %1$s; %2$s takes %3$s.', 'si-widgets' ),
			implode( ', ', $ignored ),
			$widget,
			implode( ', ', $allowed )
		);
	}
	return $kept;
}

/**
 * The widget's feed: its own when allowed (https: or this site), else the default one.
 *
 * @param array<string, string> $kept  The kept attributes; `feed` is taken out.
 * @param string[]              $notes Notes for the editor, added to.
 * @return string|null
 */
function si_widgets_feed_for( &$kept, &$notes ) {
	$own = $kept['feed'] ?? '';
	unset( $kept['feed'] );
	if ( '' !== $own ) {
		$allowed = si_widgets_allowed_url( $own );
		if ( null !== $allowed ) {
			return $allowed;
		}
		/* translators: %s: the feed URL given */
		$notes[] = sprintf( __( 'si-widgets: feed %s ignored: use an https: address, or one on this site.', 'si-widgets' ), $own );
	}
	$default = si_widgets_settings()['feed_url'];
	if ( '' !== $default ) {
		return $default;
	}
	$notes[] = __( 'si-widgets: no feed. Set the default feed in Settings → si-widgets.', 'si-widgets' );
	return null;
}

/**
 * What the page shows before the widget is ready and without JavaScript: the project's link and
 * summary, or links to the feed's first projects (as the snippet builder writes it).
 *
 * @param string                $feed  Feed URL.
 * @param array<string, string> $kept  The widget's attributes.
 * @param string[]              $notes Notes for the editor, added to.
 * @return string
 */
function si_widgets_fallback( $feed, $kept, &$notes ) {
	$read = si_widgets_feed_projects( $feed );
	if ( is_wp_error( $read ) ) {
		/* translators: 1: feed URL, 2: the reason */
		$notes[] = sprintf( __( 'si-widgets: the server could not read %1$s (%2$s), so there are no fallback links.', 'si-widgets' ), $feed, $read->get_error_message() );
		return '';
	}
	$language = $kept['lang'] ?? get_bloginfo( 'language' );
	$link     = static function ( $project ) use ( $feed, $language, $read ) {
		$title = si_widgets_feed_text( $project['title'], $language, $read['language'] );
		$title = '' === $title ? $project['id'] : $title;
		$href  = si_widgets_link_url( $project['url'], $feed );
		return '' === $href ? esc_html( $title ) : '<a href="' . esc_url( $href ) . '">' . esc_html( $title ) . '</a>';
	};
	if ( isset( $kept['project'] ) && '' !== $kept['project'] ) {
		foreach ( $read['projects'] as $project ) {
			if ( $project['id'] === $kept['project'] ) {
				$summary = si_widgets_feed_text( $project['summary'], $language, $read['language'] );
				return '<p>' . $link( $project ) . '</p>' . ( '' === $summary ? '' : '<p>' . esc_html( $summary ) . '</p>' );
			}
		}
		/* translators: %s: project id */
		$notes[] = sprintf( __( 'si-widgets: the feed has no project "%s".', 'si-widgets' ), $kept['project'] );
		return '';
	}
	$items = array_map( $link, array_slice( $read['projects'], 0, SI_WIDGETS_FALLBACK_PROJECTS ) );
	return $items ? '<ul><li>' . implode( '</li><li>', $items ) . '</li></ul>' : '';
}

/**
 * A project's link resolved against the feed's URL, when it is http:, https: or mailto:; else ''.
 *
 * @param string $url  From the feed.
 * @param string $feed The feed's URL.
 * @return string
 */
function si_widgets_link_url( $url, $feed ) {
	if ( '' === $url ) {
		return '';
	}
	$absolute = WP_Http::make_absolute_url( $url, $feed );
	$scheme   = strtolower( (string) wp_parse_url( $absolute, PHP_URL_SCHEME ) );
	return in_array( $scheme, array( 'http', 'https', 'mailto' ), true ) ? $absolute : '';
}

/**
 * An unknown widget: said to whoever can edit (the block preview, a logged-in editor), an HTML
 * comment for anyone else.
 *
 * @param string $widget What was asked for.
 * @return string
 */
function si_widgets_unknown_widget( $widget ) {
	$message = sprintf(
		/* translators: 1: what was asked for, 2: the widgets there are */
		__( 'si-widgets: there is no widget "%1$s". Use one of: %2$s.', 'si-widgets' ),
		$widget,
		implode( ', ', array_keys( si_widgets_known_widgets() ) )
	);
	if ( current_user_can( 'edit_posts' ) ) {
		return '<p class="si-widgets-notice">' . esc_html( $message ) . '</p>';
	}
	return si_widgets_comment( $message );
}

/**
 * An HTML comment that cannot end early, whatever the text.
 *
 * @param string $text Plain text.
 * @return string
 */
function si_widgets_comment( $text ) {
	return '<!-- ' . str_replace( '--', '- -', esc_html( $text ) ) . ' -->';
}
