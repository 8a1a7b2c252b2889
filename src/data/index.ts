/** The story format: types, validation and the built-in stories. Importable in Node and the browser. */
export type * from './story.js';
export { STANCES, PARTY_KINDS, EVENT_STATUSES } from './story.js';
/** The format's one definition (shape, labels, descriptions), for editors' tools such as the studio's forms. */
export { STORY_FORMAT, STORY_FORMAT_DOCS, STORY_FORMAT_ENUMS, formatFieldAt } from './story-format.js';
export type { FormatType, FormatField, FieldKind, FieldDoc, FormatTypeDoc } from './story-format.js';
export { validateStory, formatValidationErrors, isHttpUrl, LIMITS } from './diagnostics.js';
export { storyWarnings } from './warnings.js';
export { parsePartialDate, comparePartialDates, daysBetween } from './dates.js';
export type { ParsedDate, DatePrecision } from './dates.js';
export { DEFAULT_STORY_ID, builtInStoryIds, getBuiltInStory } from './stories/index.js';
export type { StoryError, StoryErrorCode } from './errors.js';
export { diffStories, isEmptyDiff, positionId, DIFF_KINDS } from './diff.js';
export type { StoryDiff, DiffIds, DiffKind } from './diff.js';
export { checkAgainstSource, sourceTextFromHtml, normaliseQuotation } from './source-check.js';
export type { SourceCheckResult, SourceCheckItem, SourceCheckWarning, SourceCheckKind, SourcePassage, WordChange } from './source-check.js';
