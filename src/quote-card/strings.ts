import type { Locale } from '../shared/i18n.js';

/**
 * `<quote-card>`'s own strings.
 * English, in every build that has the widget; other languages come with all widgets' strings
 * in one file (`src/shared/locales/`). Registered by the widget's model module (`addEnglish`), so
 * a page that loads one widget's file does not download the others' words.
 */
export const QUOTE_STRINGS = {
  copyQuote: 'Copy quote',
  copied: 'Copied',
  copyFailed: 'Could not copy',
  issues: 'Issues',
  notFoundQuote: 'No quote "{id}" in story "{story}".',
  notFoundSpeaker: 'No speaker "{id}" in story "{story}".',
  noQuotes: 'Story "{story}" has no quotes.',
  /** What a reader sees when a widget cannot show its story (the detail goes to the console and `nw-error`). */
  quoteUnavailable: 'This quote is not available.',
};

/** A locale as `<quote-card>` reads it: the common strings and its own. */
export type QuoteLocale = Locale<typeof QUOTE_STRINGS>;
