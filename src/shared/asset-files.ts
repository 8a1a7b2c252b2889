// The files a widget loads beside its own code, by name: the built-in stories, the other languages'
// strings, and the single-file CDN bundles' live code. As written here (the npm build, the
// workbench, the sources in tests), each is a dynamic import, which bundlers split into a chunk of
// its own. The CDN builds write this module (rollup.config.mjs, `assets`): each file is then a
// path beside the script (relative to this module) with the sha256 hash it is checked against.
export type AssetFile = (() => Promise<{ default: unknown }>) | readonly [path: string, integrity: string];

export const ASSET_FILES: Record<string, AssetFile> = {
  'stories/us-russia-ukraine-talks-2025.json': () => import('../data/stories/us-russia-ukraine-talks-2025.json'),
  'locales/ar.json': () => import('./locales/ar.json'),
  'locales/de.json': () => import('./locales/de.json'),
  'locales/fr.json': () => import('./locales/fr.json'),
  'locales/uk.json': () => import('./locales/uk.json'),
};

/**
 * True in the single-file CDN bundles, which load their live code from `live/…` in ASSET_FILES (a
 * classic script, so the `.iife.js` can too); every other build imports it as a chunk.
 */
export const LIVE_BESIDE: boolean = false;
