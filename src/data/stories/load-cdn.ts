// How the built-in stories arrive in the CDN files: as JSON beside the script (stories/<id>.json),
// fetched when a widget first shows one, with the sha256 hash built into the script. An embed
// code's `integrity` on the script thereby covers the story too, a page that brings its own story
// never downloads it, and it is data, never code. Validated like any other story.
import { storyError } from '../errors.js';
import { validateStoryLean as validateStory } from '../validate.js';
import { STORY_FILES } from './story-files.js';
import type { LoadResult } from '../errors.js';
import type { Story } from '../story.js';
import type { BuiltInStories, BuiltInStoriesResult } from './lazy.js';

/** One request per page, however many widgets ask; a failure is not kept, so a later widget tries again. */
let pending: Promise<LoadResult<BuiltInStories>> | undefined;

export function builtInStories(): BuiltInStoriesResult {
  pending ??= fetchAll().then((result) => {
    if (!result.ok) pending = undefined;
    return result;
  });
  return pending;
}

async function fetchAll(): Promise<LoadResult<BuiltInStories>> {
  const stories = new Map<string, Story>();
  for (const [id, integrity] of Object.entries(STORY_FILES.integrity)) {
    const url = new URL(`${STORY_FILES.base}${id}.json`, import.meta.url);
    let json: unknown;
    try {
      // A stalled CDN must not keep the widget loading for ever: after 10 s it shows the error.
      const response = await fetch(url, { integrity, credentials: 'omit', signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      json = await response.json();
    } catch {
      // The integrity check covers error pages too, so a missing file, a blocked request and a
      // changed file all end here, alike to the script.
      return {
        ok: false,
        error: storyError('network', `The built-in story ${url.href} could not be loaded: it is missing, blocked, or does not match the hash built into the script (host the stories/ folder beside the script, unchanged).`),
      };
    }
    const result = validateStory(json);
    // Cannot happen with the file the hash names: the build and the test suite check it.
    if (result.ok) stories.set(id, result.story);
  }
  return { ok: true, value: { builtInStoryIds: () => [...stories.keys()], getBuiltInStory: (id) => stories.get(id) } };
}
