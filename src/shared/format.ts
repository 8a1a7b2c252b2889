import { parsePartialDate } from '../data/dates.js';
import type { ParsedDate } from '../data/dates.js';
/** What formatting reads of a locale (i18n.ts's `Locale`; i18n.ts fills strings with these functions). */
type Locale = { tag: string; quoteMarks: readonly [string, string] };

/** Bare "en" reads dates the international way ("12 February 2025"); "en-US" keeps its own. */
function dateLocale(locale: Locale): string {
  return locale.tag === 'en' ? 'en-GB' : locale.tag;
}

/**
 * One Intl object per kind, locale and options: building them is costly (tens of microseconds)
 * and the widgets format on every render.
 */
const intlCache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = intlCache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    intlCache.set(key, value);
  }
  return value;
}

/**
 * Western digits in every language, pinned: engines disagree for Arabic (WebKit's `Intl` writes
 * Arabic-Indic digits, Chromium's and Firefox's Western ones), and a graphic must read the same in each.
 */
const DIGITS = { numberingSystem: 'latn' } as const;

const DATE_OPTIONS: Record<ParsedDate['precision'], Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', ...DIGITS },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC', ...DIGITS },
  year: { year: 'numeric', timeZone: 'UTC', ...DIGITS },
};

/** A partial ISO date at its own precision: "2025", "February 2025", "12 February 2025". */
export function formatPartialDate(value: string | ParsedDate, locale: Locale): string {
  const date = typeof value === 'string' ? parsePartialDate(value) : value;
  if (!date) return typeof value === 'string' ? value : '';
  const tag = dateLocale(locale);
  const instant = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  return cached(`date|${tag}|${date.precision}`, () => new Intl.DateTimeFormat(tag, DATE_OPTIONS[date.precision])).format(instant);
}

export function formatNumber(value: number, locale: Locale): string {
  return cached(`number|${locale.tag}`, () => new Intl.NumberFormat(locale.tag, DIGITS)).format(value);
}

/** "in 2 days", "yesterday", "today": whole days, in the page's language. */
export function formatRelativeDays(days: number, locale: Locale): string {
  return cached(`relative|${locale.tag}`, () => new Intl.RelativeTimeFormat(locale.tag, { numeric: 'auto', ...DIGITS })).format(days, 'day');
}

/** The plural category of `n` ("one", "few", "other", …) in the page's language. */
export function pluralCategory(n: number, locale: Locale): Intl.LDMLPluralRule {
  return cached(`plural|${locale.tag}`, () => new Intl.PluralRules(locale.tag)).select(n);
}

/** "US, Russia and Ukraine"-style lists, short unit style, in the page's language. */
export function formatList(items: string[], locale: Locale): string {
  return cached(`list|${locale.tag}`, () => new Intl.ListFormat(locale.tag, { type: 'unit', style: 'short' })).format(items);
}

/** Wraps text in the page language's quotation marks. */
export function quoted(text: string, locale: Locale): string {
  return `${locale.quoteMarks[0]}${text}${locale.quoteMarks[1]}`;
}

/** The words the article puts around a quote, where the story gives them. */
export interface QuoteFraming {
  text: string;
  context?: string;
  contextAfter?: string;
}

/**
 * A quote as one line of plain text inside the article's own words around it
 * ("Moscow denied that this call ever happened, terming it as “pure fiction”"): for copies,
 * labels and print, where a fragment must not travel without what it was said of.
 */
export function quotedInContext(quote: QuoteFraming, locale: Locale): string {
  const after = quote.contextAfter ? (/^[,.;:!?]/.test(quote.contextAfter) ? '' : ' ') + quote.contextAfter : '';
  return `${quote.context ? `${quote.context} ` : ''}${quoted(quote.text, locale)}${after}`;
}
