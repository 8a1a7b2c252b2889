import type { BuiltInStories } from './lazy.js';

/**
 * Built-in stories handed over at start-up, so widgets find them synchronously: the Node entry
 * points (src/node/) provide them, because a server renders once and cannot wait for a fetch.
 */
export let providedBuiltIns: BuiltInStories | undefined;

export function provideBuiltInStories(stories: BuiltInStories): void {
  providedBuiltIns = stories;
}
