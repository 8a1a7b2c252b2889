// How a widget gets its live code (`refresh`): a dynamic import, which the npm build and the
// per-widget CDN files keep as a chunk of its own. The single-file CDN bundles swap in
// ./live-loader-eager.ts (see rollup.config.mjs): they are one file, whose integrity covers everything.
export const loadLiveCode = () => import('./live-controller.js');
