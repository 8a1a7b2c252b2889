import type { Locale } from '../shared/i18n.js';

/**
 * `<position-matrix>`'s own strings (and the stances' names).
 * English, in every build that has the widget; other languages come with all widgets' strings
 * in one file (`src/shared/locales/`). Registered by the widget's model module (`addEnglish`), so
 * a page that loads one widget's file does not download the others' words.
 */
export const MATRIX_STRINGS = {
  legend: 'Legend',
  supports: 'Supports',
  opposes: 'Opposes',
  conditional: 'Conditional',
  unclear: 'Unclear',
  'not-stated': 'Not stated',
  matrixPartyCount: 'one:{n} party|other:{n} parties',
  matrixIssueCount: 'one:{n} issue|other:{n} issues',
  matrixSummary: '{parties} on {issues}.',
  matrixIssueSummary: '{issue}: {counts}.',
  matrixCountSupports: 'one:{n} supports|other:{n} support',
  matrixCountOpposes: 'one:{n} opposes|other:{n} oppose',
  matrixCountConditional: '{n} conditional',
  matrixCountUnclear: '{n} unclear',
  matrixCountNotStated: '{n} not stated',
  matrixLegendNotStated: 'The article reports no position',
  matrixPositionOf: '{party} on {issue}',
  matrixTitle: 'Where they stand: {parties} on {issues}',
  matrixHint: 'Select a cell for its evidence.',
  matrixAsOf: 'As of {date}',
  matrixMore: 'one:Scroll for {n} more party|other:Scroll for {n} more parties',
  matrixHighlighted: 'highlighted',
  evidence: 'Evidence',
  reportedByArticle: 'As the article reports it',
  close: 'Close',
  notFoundParty: 'No party "{id}" in story "{story}".',
  notFoundIssue: 'No issue "{id}" in story "{story}".',
};

/** A locale as `<position-matrix>` reads it: the common strings and its own. */
export type MatrixLocale = Locale<typeof MATRIX_STRINGS>;
