import type { LoadResult } from '../data/errors.js';
import type { Story } from '../data/story.js';
import type { Locale } from './i18n.js';

export type ModelCache<M> = (story: Story, key: string, locale: Locale, build: () => LoadResult<M>) => LoadResult<M>;

/**
 * A widget's built view models, by story object and then by a key of whatever else shapes them. A
 * validated story is a fresh object the data layer never changes, and rendering never changes a
 * model, so widgets showing the same thing, and updates that change none of it (a focus move, an
 * opened panel), share one. An entry is rebuilt when its locale object changes (a language's
 * strings arrived). At most `limit` keys a story, for pages that run for days.
 */
export function modelCache<M>(limit: number): ModelCache<M> {
  const cache = new WeakMap<Story, Map<string, { locale: Locale; result: LoadResult<M> }>>();
  return (story, key, locale, build) => {
    let byKey = cache.get(story);
    if (!byKey) cache.set(story, (byKey = new Map()));
    let entry = byKey.get(key);
    if (entry?.locale !== locale) {
      if (byKey.size >= limit) byKey.clear();
      byKey.set(key, (entry = { locale, result: build() }));
    }
    return entry.result;
  };
}
