// Entry of the single-file bundles' live code file (dist/cdn/live/negotiation-widgets-live.js, a
// classic script). It runs inside the <script> element the bundle created (live-script.ts): its
// imports from the bundle arrive on that element (`nwLiveDeps`, see live-deps.ts) and its exports
// go back on it (`nwLive`). Nothing is left on the page's globals.
import { LiveController } from './live-controller.js';
import type { LiveScript } from './live-script.js';

(document.currentScript as LiveScript).nwLive = { LiveController };
