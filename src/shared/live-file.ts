// Where the single-file CDN bundles find their live code (relative to the bundle) and its sha256
// hash: written by their builds (rollup.config.mjs, cdnLiveCode). These are placeholders.
export const LIVE_FILE: { path: string; integrity: string } = { path: './live/negotiation-widgets-live.js', integrity: '' };
