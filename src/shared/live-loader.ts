// How a widget gets its live code (`refresh`): a dynamic import, which the npm build and the
// per-widget CDN files keep as a chunk of its own. The single-file CDN bundles swap in
// ./live-loader-cdn.ts (a classic script beside them, checked against a hash inside them), the
// demo workbench ./live-loader-eager.ts (see rollup.config.mjs).
// Takes the widget's `timeout` for the single-file bundles' loader; a chunk of the page's own build has none.
export const loadLiveCode = (_timeoutMs: number) => import('./live-controller.js');
