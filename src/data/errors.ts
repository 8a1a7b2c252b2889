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
  | 'missing-part';

export interface StoryError {
  code: StoryErrorCode;
  /** One sentence an editor understands, naming the URL, id or path involved. */
  message: string;
  /** For `invalid-story`: every problem the validator found. */
  errors?: ValidationError[];
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: StoryError };

export function storyError(code: StoryErrorCode, message: string, errors?: ValidationError[]): StoryError {
  return errors ? { code, message, errors } : { code, message };
}
