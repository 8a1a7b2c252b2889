/**
 * The built-in stories, fetched on first use: a page that brings its own story never downloads
 * them. Builds that must be a single file swap in `./eager.ts` (see rollup.config.mjs), which
 * also spares the first widget an update while the module arrives.
 */
export type BuiltInStories = typeof import('./index.js');

export const builtInStories = (): BuiltInStories | Promise<BuiltInStories> => import('./index.js');
