import type { ValidationError } from './story.js';

/**
 * Why a widget could not show its story. Codes are public: publishers' analytics read them
 * from `nw-error` events.
 */
export type StoryErrorCode =
  | 'network'
  | 'http'
  | 'timeout'
  | 'invalid-json'
  | 'invalid-story'
  | 'not-found'
  | 'missing-part'
  /** A refreshed story file holds another story (its `id` changed). */
  | 'other-story'
  /** A refreshed story file is older than the one shown (its `updated` went backwards). */
  | 'older-story';

export interface StoryError {
  code: StoryErrorCode;
  /** One sentence an editor understands, naming the URL, id or path involved. */
  message: string;
  /** For `invalid-story`: every problem the validator found. */
  errors?: ValidationError[];
  /** Set when a refresh failed: the widget keeps showing the last good story. */
  stale?: true;
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: StoryError };

export function storyError(code: StoryErrorCode, message: string, errors?: ValidationError[]): StoryError {
  return errors ? { code, message, errors } : { code, message };
}
