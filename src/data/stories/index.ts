import { validateStoryLean } from '../validate.js';
import usRussiaUkraineTalks2025 from './us-russia-ukraine-talks-2025.json';
import { DEFAULT_STORY_ID } from './default-id.js';
import type { Story } from '../story.js';

export { DEFAULT_STORY_ID };

/** Built-in stories as shipped JSON, by id. Validated on first use, like any other story. */
const BUILT_IN: Readonly<Record<string, unknown>> = {
  [DEFAULT_STORY_ID]: usRussiaUkraineTalks2025,
};

const validated = new Map<string, Story>();

export function builtInStoryIds(): string[] {
  return Object.keys(BUILT_IN);
}

/** The built-in story with this id, validated; `undefined` for an unknown id. */
export function getBuiltInStory(id: string = DEFAULT_STORY_ID): Story | undefined {
  const cached = validated.get(id);
  if (cached) return cached;
  if (!Object.hasOwn(BUILT_IN, id)) return undefined;
  const result = validateStoryLean(BUILT_IN[id]);
  // A built-in story that fails is a bug of ours; the test suite keeps it from shipping.
  if (!result.ok) return undefined;
  validated.set(id, result.story);
  return result.story;
}
