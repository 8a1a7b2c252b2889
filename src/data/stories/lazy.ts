/**
 * The built-in stories, fetched on first use: a page that brings its own story never downloads
 * them. The CDN files swap in `./load-cdn.ts` (the stories as JSON with their hashes built in)
 * and the workbench `./eager.ts` (see rollup.config.mjs).
 */
import { storyError } from '../errors.js';
import type { LoadResult } from '../errors.js';
import type { Story } from '../story.js';

/** What a widget needs of the built-in stories once they have arrived. */
export interface BuiltInStories {
  builtInStoryIds(): string[];
  getBuiltInStory(id: string): Story | undefined;
}

/** The built-in stories, at once where a build has them, else a promise that never rejects. */
export type BuiltInStoriesResult = BuiltInStories | Promise<LoadResult<BuiltInStories>>;

export const builtInStories = (): BuiltInStoriesResult =>
  import('./index.js').then(
    (stories): LoadResult<BuiltInStories> => ({ ok: true, value: stories }),
    (): LoadResult<BuiltInStories> => ({ ok: false, error: storyError('network', 'The built-in stories could not be loaded (a file beside the script is missing).') }),
  );
