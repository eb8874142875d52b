/** studio.html's script: the widgets (for the preview) and the studio. */
import '../si-widgets.js';
import './studio-page.js';
