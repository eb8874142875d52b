<?php
/**
 * The feed as the server reads it, for the fallback links only: what visitors without JavaScript
 * and search engines get. The widget itself reads the feed in the browser.
 *
 * @package si-widgets
 */

defined( 'ABSPATH' ) || exit;

const SI_WIDGETS_FEED_CACHE_SECONDS   = 600;
const SI_WIDGETS_FAILURE_CACHE_SECONDS = 60;
/** The elements refuse feeds over 20 MB; so does the server. */
const SI_WIDGETS_FEED_MAX_BYTES = 20971520;

/**
 * The feed's projects (id, title, summary, url) and its language, cached for ten minutes; a failure
 * is cached for a minute so that a dead feed host does not slow every page.
 *
 * @param string $feed_url Absolute URL.
 * @return array{language: string, projects: array<int, array<string, mixed>>}|WP_Error
 */
function si_widgets_feed_projects( $feed_url ) {
	$key    = 'si_widgets_feed_' . md5( $feed_url );
	$cached = get_transient( $key );
	if ( is_array( $cached ) ) {
		return isset( $cached['error'] ) ? new WP_Error( 'si_widgets_feed', $cached['error'] ) : $cached;
	}
	$result = si_widgets_read_feed( $feed_url );
	if ( is_wp_error( $result ) ) {
		set_transient( $key, array( 'error' => $result->get_error_message() ), SI_WIDGETS_FAILURE_CACHE_SECONDS );
		return $result;
	}
	set_transient( $key, $result, SI_WIDGETS_FEED_CACHE_SECONDS );
	return $result;
}

/**
 * Fetches and reads the feed (wp_safe_remote_get: no private addresses but the site's own).
 *
 * @param string $feed_url Absolute URL.
 * @return array{language: string, projects: array<int, array<string, mixed>>}|WP_Error
 */
function si_widgets_read_feed( $feed_url ) {
	$response = wp_safe_remote_get(
		$feed_url,
		array(
			'timeout'             => 5,
			'limit_response_size' => SI_WIDGETS_FEED_MAX_BYTES,
			'headers'             => array( 'Accept' => 'application/json' ),
		)
	);
	if ( is_wp_error( $response ) ) {
		return $response;
	}
	$status = wp_remote_retrieve_response_code( $response );
	if ( 200 !== $status ) {
		return new WP_Error( 'si_widgets_feed', sprintf( 'HTTP %d', $status ) );
	}
	$feed = json_decode( wp_remote_retrieve_body( $response ), true );
	if ( ! is_array( $feed ) || ! isset( $feed['projects'] ) || ! is_array( $feed['projects'] ) ) {
		return new WP_Error( 'si_widgets_feed', 'not a feed (no "projects" list)' );
	}
	$projects = array();
	foreach ( $feed['projects'] as $project ) {
		if ( ! is_array( $project ) || ! isset( $project['id'] ) || ! is_string( $project['id'] ) ) {
			continue;
		}
		$projects[] = array(
			'id'      => $project['id'],
			'title'   => $project['title'] ?? '',
			'summary' => $project['summary'] ?? '',
			'url'     => is_string( $project['url'] ?? null ) ? $project['url'] : '',
		);
	}
	$language = is_string( $feed['language'] ?? null ) ? $feed['language'] : 'sv';
	return array(
		'language' => $language,
		'projects' => $projects,
	);
}

/**
 * A Text of the feed (a string, or translations by language tag) in one language, with the
 * fallbacks of docs/feed-format.md: the language, its base language, the feed's, Swedish, the first.
 *
 * @param mixed  $value         The Text.
 * @param string $language      Wanted language tag.
 * @param string $feed_language The feed's language.
 * @return string
 */
function si_widgets_feed_text( $value, $language, $feed_language ) {
	if ( is_string( $value ) ) {
		return $value;
	}
	if ( ! is_array( $value ) ) {
		return '';
	}
	$base = strtolower( strtok( $language, '-_' ) );
	foreach ( array( $language, $base, $feed_language, 'sv' ) as $tag ) {
		if ( '' !== $tag && isset( $value[ $tag ] ) && is_string( $value[ $tag ] ) ) {
			return $value[ $tag ];
		}
	}
	foreach ( $value as $text ) {
		if ( is_string( $text ) ) {
			return $text;
		}
	}
	return '';
}
