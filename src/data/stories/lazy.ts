/**
 * The built-in stories, fetched on first use as JSON beside the script (stories/<id>.json, through
 * the one asset loader, src/shared/assets.ts): a page that brings its own story never downloads
 * them. Validated like any other story. A server has them at once (src/node/server-data.ts).
 */
import { storyError } from '../errors.js';
import { validateStoryLean } from '../validate.js';
import { builtInStoryFiles, fetchAsset } from '../../shared/assets.js';
import type { LoadResult } from '../errors.js';
import type { Story } from '../story.js';

/** What a widget needs of the built-in stories once they have arrived. */
export interface BuiltInStories {
  builtInStoryIds(): string[];
  getBuiltInStory(id: string): Story | undefined;
}

/** One request per page, however many widgets ask; a failure is not kept, so a later widget tries again. */
let pending: Promise<LoadResult<BuiltInStories>> | undefined;

export function builtInStories(): Promise<LoadResult<BuiltInStories>> {
  pending ??= fetchAll().then((result) => {
    if (!result.ok) pending = undefined;
    return result;
  });
  return pending;
}

async function fetchAll(): Promise<LoadResult<BuiltInStories>> {
  const stories = new Map<string, Story>();
  for (const id of builtInStoryFiles()) {
    let json: unknown;
    try {
      json = await fetchAsset(`stories/${id}.json`);
    } catch (error) {
      return { ok: false, error: storyError('network', `The built-in story ${(error as Error).message} (host the stories/ folder beside the script, unchanged).`) };
    }
    const result = validateStoryLean(json);
    // Cannot happen with the file the hash names: the build and the test suite check it.
    if (result.ok) stories.set(id, result.story);
  }
  return { ok: true, value: { builtInStoryIds: () => [...stories.keys()], getBuiltInStory: (id) => stories.get(id) } };
}
