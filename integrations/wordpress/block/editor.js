/**
 * The block "Project (si-widgets)" in the editor: a sidebar to pick the widget, the project (from the
 * feed), presets, filters, heading level and language, and the server's rendering as the preview
 * (the bundle, loaded in the editor too, turns it into the live widget). Plain JavaScript with
 * wp.element.createElement, so the plugin needs no build step. The widgets and their attributes
 * come from PHP (window.siWidgetsEditor), the same list the shortcode and the renderer use.
 */
(function (wp, data) {
  const el = wp.element.createElement;
  const { useEffect, useState } = wp.element;
  const { __ } = wp.i18n;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { CheckboxControl, Disabled, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  const FILTERS = ['search', 'organization', 'topic', 'municipality', 'status', 'sort'];
  const PRESETS = ['organization', 'topic', 'municipality', 'sdg'];

  function widgetNamed(name) {
    return data.widgets.find((widget) => widget.name === name) ?? data.widgets[0];
  }

  /** A Text of the feed in the editor's language, else Swedish, else the first. */
  function feedText(value) {
    if (typeof value === 'string') return value;
    if (!value || typeof value !== 'object') return '';
    const language = (document.documentElement.lang || 'sv').slice(0, 2);
    return value[language] ?? value.sv ?? Object.values(value).find((text) => typeof text === 'string') ?? '';
  }

  /** The feed's projects as select options, or null while unknown or unreadable. */
  function useProjects(feedUrl) {
    const [projects, setProjects] = useState(null);
    useEffect(() => {
      if (!feedUrl) return undefined;
      let current = true;
      setProjects(null);
      fetch(feedUrl, { credentials: 'omit' })
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
        .then((feed) => {
          const list = Array.isArray(feed?.projects) ? feed.projects : [];
          if (current) setProjects(list.map((project) => ({ value: project.id, label: feedText(project.title) || project.id })));
        })
        .catch((error) => {
          console.warn(`[si-widgets] the block could not read ${feedUrl}: ${error.message}`);
          if (current) setProjects(null);
        });
      return () => {
        current = false;
      };
    }, [feedUrl]);
    return projects;
  }

  function Edit({ attributes, setAttributes }) {
    const widget = widgetNamed(attributes.widget);
    const values = attributes.widgetAttributes || {};
    const takes = (name) => widget.attributes.includes(name);
    const value = (name) => (values[name] === undefined ? '' : String(values[name]));
    const set = (name, next) => {
      const changed = { ...values };
      if (next === '' || next === false || next === undefined) delete changed[name];
      else changed[name] = next;
      setAttributes({ widgetAttributes: changed });
    };
    const chooseWidget = (name) => {
      const allowed = widgetNamed(name).attributes;
      const kept = Object.fromEntries(Object.entries(values).filter(([key]) => allowed.includes(key)));
      setAttributes({ widget: name, widgetAttributes: kept });
    };
    const projects = useProjects(value('feed') || data.defaultFeed);
    const text = (name, label, help) =>
      el(TextControl, { key: name, label, help, value: value(name), onChange: (next) => set(name, next.trim() === '' ? '' : next) });
    const select = (name, label, options) =>
      el(SelectControl, { key: name, label, value: value(name), options, onChange: (next) => set(name, next) });

    const projectControl = () => {
      if (!takes('project')) return null;
      if (!projects) return text('project', __('Project (its id in the feed)', 'si-widgets'));
      const none = { value: '', label: takes('layout') ? __('— every organisation —', 'si-widgets') : __('— choose a project —', 'si-widgets') };
      return select('project', __('Project', 'si-widgets'), [none, ...projects]);
    };

    const widgetPanel = el(
      PanelBody,
      { title: __('Widget', 'si-widgets'), key: 'widget' },
      el(SelectControl, {
        label: __('Widget', 'si-widgets'),
        value: widget.name,
        options: data.widgets.map((w) => ({ value: w.name, label: w.label })),
        onChange: chooseWidget,
      }),
      text(
        'feed',
        __('Feed URL', 'si-widgets'),
        data.defaultFeed ? __('Empty: the default feed from Settings → si-widgets.', 'si-widgets') : __('No default feed is set: give one here or in Settings → si-widgets.', 'si-widgets'),
      ),
      projectControl(),
      takes('goal') ? text('goal', __('Only this goal (its id)', 'si-widgets')) : null,
      takes('layout')
        ? select('layout', __('Layout', 'si-widgets'), [
            { value: '', label: __('List', 'si-widgets') },
            { value: 'logos', label: __('Logos', 'si-widgets') },
          ])
        : null,
    );

    const presetPanel = takes('organization')
      ? el(
          PanelBody,
          { title: __('Presets', 'si-widgets'), key: 'presets', initialOpen: false },
          ...PRESETS.map((name) => text(name, name, __('Comma-separated values; any of them matches.', 'si-widgets'))),
          select('organization-role', 'organization-role', [
            { value: '', label: __('any role', 'si-widgets') },
            ...['lead', 'partner', 'need-owner', 'knowledge-partner', 'funder'].map((role) => ({ value: role, label: role })),
          ]),
          select('status', 'status', [{ value: '', label: __('any status', 'si-widgets') }, ...['planned', 'active', 'completed'].map((s) => ({ value: s, label: s }))]),
          text('limit', __('At most this many projects', 'si-widgets')),
        )
      : null;

    const chosenFilters = value('filters').split(/\s+/).filter(Boolean);
    const filterPanel = takes('filters')
      ? el(
          PanelBody,
          { title: __('Filters for visitors', 'si-widgets'), key: 'filters', initialOpen: false },
          ...FILTERS.map((name) =>
            el(CheckboxControl, {
              key: name,
              label: name,
              checked: chosenFilters.includes(name),
              onChange: (on) => set('filters', FILTERS.filter((f) => (f === name ? on : chosenFilters.includes(f))).join(' ')),
            }),
          ),
          el(ToggleControl, {
            label: __('Keep the choices in the page address (sync-url)', 'si-widgets'),
            checked: values['sync-url'] !== undefined,
            onChange: (on) => set('sync-url', on ? true : ''),
          }),
        )
      : null;

    const displayPanel = el(
      PanelBody,
      { title: __('Display', 'si-widgets'), key: 'display', initialOpen: false },
      select('heading-level', __('Heading level', 'si-widgets'), [
        { value: '', label: __('Default (3)', 'si-widgets') },
        ...['2', '3', '4', '5', '6'].map((level) => ({ value: level, label: `h${level}` })),
      ]),
      select('lang', __('Language', 'si-widgets'), [
        { value: '', label: __("The page's language", 'si-widgets') },
        { value: 'sv', label: 'Svenska' },
        { value: 'en', label: 'English' },
        { value: 'ar', label: 'العربية' },
      ]),
      select('theme', __('Colours', 'si-widgets'), [
        { value: '', label: __("Follow the page's colour scheme", 'si-widgets') },
        { value: 'light', label: __('Light', 'si-widgets') },
        { value: 'dark', label: __('Dark', 'si-widgets') },
        { value: 'auto', label: __('Follow the visitor’s system', 'si-widgets') },
      ]),
    );

    return el(
      'div',
      useBlockProps(),
      el(InspectorControls, null, widgetPanel, presetPanel, filterPanel, displayPanel),
      // Keyed by the attributes: a new preview for each choice. WordPress 6.1's ServerSideRender
      // debounces a change and loses it when it re-renders within the debounce (e.g. as its previous
      // request answers), so a project picked right after inserting the block never showed.
      el(Disabled, null, el(ServerSideRender, { key: JSON.stringify(attributes), block: 'si-widgets/widget', attributes })),
    );
  }

  wp.blocks.registerBlockType('si-widgets/widget', { edit: Edit, save: () => null });
})(window.wp, window.siWidgetsEditor);
