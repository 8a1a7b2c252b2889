/**
 * UI strings and locale rules. The page's language (nearest `[lang]`) picks the strings;
 * an unsupported locale falls back by its language subtag, then to English.
 */

import { fetchStrings } from './locales/load.js';

export type SupportedLanguage = 'en' | 'de' | 'fr' | 'uk' | 'ar';

const en = {
  loading: 'Loading…',
  errorTitle: 'This widget could not be shown',
  copyQuote: 'Copy quote',
  copied: 'Copied',
  copyFailed: 'Could not copy',
  showFullQuote: 'Show full quote',
  showLess: 'Show less',
  source: 'Source',
  updated: 'Updated {date}',
  asOf: 'As of {date}',
  dayOfWar: 'Day {n} of the war',
  issues: 'Issues',
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
  matrixLegendSupports: 'In favour, as the article reports it',
  matrixLegendOpposes: 'Against, as the article reports it',
  matrixLegendConditional: 'In favour only under conditions',
  matrixLegendUnclear: 'A position is reported, but it is ambiguous',
  matrixLegendNotStated: 'The article reports no position',
  matrixPositionOf: '{party} on {issue}',
  matrixHighlighted: 'highlighted',
  evidence: 'Evidence',
  reportedByArticle: 'As the article reports it',
  close: 'Close',
  stages: 'Stages',
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
  notFoundQuote: 'No quote "{id}" in story "{story}".',
  notFoundSpeaker: 'No speaker "{id}" in story "{story}".',
  noQuotes: 'Story "{story}" has no quotes.',
  notFoundParty: 'No party "{id}" in story "{story}".',
  notFoundIssue: 'No issue "{id}" in story "{story}".',
  noNegotiation: 'Story "{story}" has no negotiation part.',
  notFoundStage: 'No stage "{id}" in story "{story}".',
  statusParties: 'Parties',
  statusIssue: 'Issue: {title}',
  statusEarlierEvents: 'Show earlier events ({n})',
  /** Live mode, when the events were reported on another day than today. */
  statusReportedOn: 'Events as reported on {date}',
  statusLaterEvents: 'Show later events ({n})',
  statusAllObstacles: 'Show all obstacles ({n})',
  statusQuote: 'Quote',
  /** After the first few party names of an event or obstacle. */
  statusMoreParties: '+{n} more',
  /** What a reader sees when a widget cannot show its story (the detail goes to the console and `nw-error`). */
  quoteUnavailable: 'This quote is not available.',
  statusUnavailable: 'The state of the talks is not available.',
  /** After the above, when the story could not be loaded (network, timeout). */
  unavailableRetry: 'Reload the page to try again.',
  /** Folds the developer detail under a reader's error message. */
  errorDetails: 'Details',
  liveUpdatedAt: 'Updated {time}',
  liveStale: 'Could not refresh; showing the last version',
  changed: 'Changed',
  liveNewQuote: 'New quote: {speaker}',
  liveQuoteChanged: 'Quote changed: {speaker}',
  liveQuoteRemoved: 'Quote removed: {speaker}',
  liveNewPosition: 'New position: {party} on {issue}',
  liveStanceChanged: 'Stance changed: {party} on {issue}',
  livePositionChanged: 'Position updated: {party} on {issue}',
  livePositionRemoved: 'Position removed: {party} on {issue}',
  liveNewEvent: 'New event: {title}',
  liveEventChanged: 'Event changed: {title}',
  liveEventCancelled: 'Event cancelled: {title}',
  liveEventRemoved: 'Event removed: {title}',
  liveNewObstacle: 'New obstacle: {text}',
  liveObstacleChanged: 'Obstacle changed: {text}',
  liveObstacleRemoved: 'Obstacle removed: {text}',
  liveStageChanged: 'Stage changed: {stage}',
  liveStoryUpdated: 'Story updated',
  liveMore: 'one:And {n} more change|other:And {n} more changes',
  /** Between a venue and a date ("defence summit in Brussels, 12 February 2025"). */
  listSeparator: ', ',
};

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

/**
 * Strings by language. English ships in every build; the others are small files fetched on
 * first use (`loadLanguage`), so pages in one language don't download the other four.
 */
const STRINGS: Partial<Record<SupportedLanguage, Strings>> = { en };

export type OtherLanguage = Exclude<SupportedLanguage, 'en'>;

/** Opening and closing quotation marks, by language. */
const QUOTE_MARKS: Record<SupportedLanguage, readonly [string, string]> = {
  en: ['“', '”'],
  de: ['„', '“'],
  fr: ['«\u202f', '\u202f»'],
  uk: ['«', '»'],
  ar: ['«', '»'],
};

export interface Locale {
  /** The page's tag as given (e.g. "de-AT"), for `Intl`; "en" when none is set. */
  tag: string;
  /** The language whose strings are used. */
  language: SupportedLanguage;
  /** The language's strings; English until `ready`. */
  strings: Strings;
  quoteMarks: readonly [string, string];
  /** False while the language's strings still have to be loaded (`loadLanguage`). */
  ready: boolean;
}

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return Object.prototype.hasOwnProperty.call(QUOTE_MARKS, value);
}

/** One Locale object per tag: every widget asks on every update, so this keeps that cheap and stable. */
const locales = new Map<string, Locale>();
const loading = new Map<SupportedLanguage, Promise<void>>();

/** Builds a locale from a BCP 47 tag; unknown or malformed tags fall back to English. */
export function localeFor(tag: string | null | undefined): Locale {
  const cleaned = (tag ?? '').trim();
  let locale = locales.get(cleaned);
  if (!locale) {
    locale = buildLocale(cleaned);
    if (locales.size < 100) locales.set(cleaned, locale);
  }
  return locale;
}

function buildLocale(cleaned: string): Locale {
  let canonical = 'en';
  try {
    canonical = cleaned ? (Intl.getCanonicalLocales(cleaned)[0] ?? 'en') : 'en';
  } catch {
    canonical = 'en';
  }
  const subtag = canonical.split('-')[0]!.toLowerCase();
  const language: SupportedLanguage = isSupportedLanguage(subtag) ? subtag : 'en';
  const intlTag = language === subtag ? canonical : 'en';
  const strings = STRINGS[language];
  return { tag: intlTag, language, strings: strings ?? en, quoteMarks: QUOTE_MARKS[language], ready: strings !== undefined };
}

/** Makes a language's strings available synchronously, e.g. for server-side code that bundles them. */
export function registerStrings(language: SupportedLanguage, strings: Strings): void {
  STRINGS[language] = strings;
  // Locales built before now carry English placeholders.
  locales.clear();
}

/**
 * A language's strings from loaded data: every key English has, in that language where the data
 * has it as a string, else in English. The data may come over the network: it is only ever text.
 */
export function stringsFrom(data: unknown): Strings {
  const strings: Strings = { ...en };
  if (typeof data === 'object' && data !== null) {
    for (const key of Object.keys(en) as StringKey[]) {
      const value = (data as Record<string, unknown>)[key];
      if (typeof value === 'string') strings[key] = value;
    }
  }
  return strings;
}

/**
 * Loads a language's strings once per page. Never rejects: when the module can't be loaded
 * (a self-hosted copy without its `locales/` folder, or a file that fails its integrity check), the language shows English strings
 * with its own quotation marks and date formats, and `onFailure` is called once for the page.
 */
export function loadLanguage(language: SupportedLanguage, onFailure?: (error: unknown) => void): Promise<void> {
  if (STRINGS[language]) return Promise.resolve();
  let promise = loading.get(language);
  if (!promise) {
    promise = (language === 'en' ? Promise.resolve(en) : fetchStrings(language))
      .then(
        (data) => registerStrings(language, stringsFrom(data)),
        (error: unknown) => {
          onFailure?.(error);
          registerStrings(language, en);
        },
      );
    loading.set(language, promise);
  }
  return promise;
}

/**
 * The language of the nearest `[lang]` ancestor, crossing shadow roots. On the server (Lit SSR's DOM
 * shim) there is no tree to walk: the element's own `lang` decides.
 */
export function pageLanguage(element: Element): string | undefined {
  if (typeof element.closest !== 'function') return element.getAttribute('lang') ?? undefined;
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}
