import type { Locale } from '../shared/i18n.js';

/**
 * `<negotiation-status>`'s own strings (and the events' statuses).
 * English, in every build that has the widget; other languages come with all widgets' strings
 * in one file (`src/shared/locales/`). Registered by the widget's model module (`addEnglish`), so
 * a page that loads one widget's file does not download the others' words.
 */
export const STATUS_STRINGS = {
  asOf: 'As of {date}',
  dayOfWar: 'Day {n} of the war',
  /** Over the stage tracker: the stages are a typical path, not a forecast. */
  stages: 'Typical stages of talks',
  timeline: 'Timeline',
  obstacles: 'Obstacles',
  next: 'Next',
  stageDone: 'Done',
  stageCurrent: 'Current stage',
  stageUpcoming: 'Upcoming',
  done: 'Done',
  scheduled: 'Scheduled',
  tentative: 'Tentative',
  cancelled: 'Cancelled',
  noDateSet: 'No date set',
  noNegotiation: 'Story "{story}" has no negotiation part.',
  notFoundStage: 'No stage "{id}" in story "{story}".',
  statusParties: 'Parties',
  statusIssue: 'Issue: {title}',
  statusEarlierEvents: 'Show earlier events ({n})',
  /** Counting to today (`live`), when the events were reported on another day than today. */
  statusReportedOn: 'Events as reported on {date}',
  statusLaterEvents: 'Show later events ({n})',
  statusAllObstacles: 'Show all obstacles ({n})',
  statusQuote: 'Quote',
  /** After the first few party names of an event or obstacle. */
  statusMoreParties: '+{n} more',
  statusUnavailable: 'The state of the talks is not available.',
};

/** A locale as `<negotiation-status>` reads it: the common strings and its own. */
export type StatusLocale = Locale<typeof STATUS_STRINGS>;
