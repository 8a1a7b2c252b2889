/** The story a widget shows when it is given none. */
export const DEFAULT_STORY_ID = 'us-russia-ukraine-talks-2025';
