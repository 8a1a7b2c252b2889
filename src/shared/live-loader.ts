// How a widget gets its live code (`refresh`), the first time it needs it: a dynamic import, which
// the npm build and the per-widget CDN files keep as a chunk of its own; the single-file CDN
// bundles (LIVE_BESIDE, written by their build) load it as a classic script beside them, checked
// against the hash built into them (live-script.ts). `timeoutMs` bounds that wait; a chunk of the
// page's own build has none.
import { LIVE_BESIDE } from './asset-files.js';
import { loadLiveScript } from './live-script.js';

export const loadLiveCode = (timeoutMs: number) => (LIVE_BESIDE ? loadLiveScript(timeoutMs) : import('./live-controller.js'));
