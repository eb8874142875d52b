<?php
/**
 * The widgets and the attributes each takes: the attributes that dist/custom-elements.json lists for
 * each element, less `state` (set by the element itself). test/wordpress/allow-list.test.js checks
 * this list against the manifest, so the two cannot drift apart.
 *
 * @package si-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every widget (the tag name without `si-`) and the attributes it takes.
 *
 * @return array<string, string[]>
 */
function si_widgets_known_widgets() {
	$common = array( 'feed', 'timeout', 'heading-level', 'theme', 'structured-data', 'lang' );
	return array(
		'project-list'  => array_merge(
			$common,
			array( 'organization', 'organization-role', 'topic', 'municipality', 'funder', 'place', 'sdg', 'status', 'limit', 'filters', 'sort', 'page-size', 'sync-url' )
		),
		'project-card'  => array_merge( $common, array( 'project', 'share', 'hide' ) ),
		'goal-progress' => array_merge( $common, array( 'project', 'goal' ) ),
		'partner-list'  => array_merge( $common, array( 'project', 'layout' ) ),
	);
}

/**
 * Attributes that may stand alone, without a value: `[si_widget type="project-list" sync-url]`.
 *
 * @return string[]
 */
function si_widgets_boolean_attributes() {
	return array( 'sync-url', 'structured-data', 'share' );
}

/**
 * The widget's name in the editor's language.
 *
 * @param string $widget A key of si_widgets_known_widgets().
 * @return string
 */
function si_widgets_widget_label( $widget ) {
	$labels = array(
		'project-list'  => __( 'Project list', 'si-widgets' ),
		'project-card'  => __( 'Project card', 'si-widgets' ),
		'goal-progress' => __( 'Goal progress', 'si-widgets' ),
		'partner-list'  => __( 'Partner list', 'si-widgets' ),
	);
	return $labels[ $widget ] ?? $widget;
}
