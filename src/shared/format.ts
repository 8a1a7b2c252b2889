import { parsePartialDate } from '../data/dates.js';
import type { ParsedDate } from '../data/dates.js';
import type { Locale } from './i18n.js';

/** Bare "en" reads dates the international way ("12 February 2025"); "en-US" keeps its own. */
function dateLocale(locale: Locale): string {
  return locale.tag === 'en' ? 'en-GB' : locale.tag;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(tag: string, precision: ParsedDate['precision']): Intl.DateTimeFormat {
  const key = `${tag}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(tag, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A partial ISO date at its own precision: "2025", "February 2025", "12 February 2025". */
export function formatPartialDate(value: string | ParsedDate, locale: Locale): string {
  const date = typeof value === 'string' ? parsePartialDate(value) : value;
  if (!date) return typeof value === 'string' ? value : '';
  const instant = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  return dateFormatter(dateLocale(locale), date.precision).format(instant);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale.tag).format(value);
}

/** "in 2 days", "yesterday", "today": whole days, in the page's language. */
export function formatRelativeDays(days: number, locale: Locale): string {
  return new Intl.RelativeTimeFormat(locale.tag, { numeric: 'auto' }).format(days, 'day');
}

/** Wraps text in the page language's quotation marks. */
export function quoted(text: string, locale: Locale): string {
  return `${locale.quoteMarks[0]}${text}${locale.quoteMarks[1]}`;
}
