import { startMounts } from '../embed/mounts.js';

// Import after the elements' define modules: upgrades every <div data-si-widget="…"> on the page.
startMounts();
