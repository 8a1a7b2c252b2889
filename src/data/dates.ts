import type { PartialDate } from './story.js';

export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedDate {
  year: number;
  /** 1–12, when the precision allows. */
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial ISO date; `undefined` for anything that is not a real calendar date. */
export function parsePartialDate(value: unknown): ParsedDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(value: unknown): value is PartialDate {
  return parsePartialDate(value) !== undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Milliseconds at UTC midnight of the first day the partial date covers. */
export function startOfPartialDate(date: ParsedDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** Milliseconds at UTC midnight just after the last day the partial date covers. */
export function endOfPartialDate(date: ParsedDate): number {
  // The start of the next year, month or day (the precision names the field; Date.UTC carries
  // month 13 and day 32 over).
  return startOfPartialDate({ ...date, [date.precision]: date[date.precision]! + 1 });
}

/**
 * Orders partial dates chronologically; a coarser date sorts before the finer dates
 * it contains ("2025-02" before "2025-02-12"), so months head their days.
 */
export function comparePartialDates(a: ParsedDate, b: ParsedDate): number {
  const diff = startOfPartialDate(a) - startOfPartialDate(b);
  if (diff !== 0) return diff;
  return precisionRank(a.precision) - precisionRank(b.precision);
}

function precisionRank(precision: DatePrecision): number {
  return precision === 'year' ? 0 : precision === 'month' ? 1 : 2;
}

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to` (both UTC midnights). */
export function daysBetween(from: ParsedDate, to: ParsedDate): number {
  return Math.round((startOfPartialDate(to) - startOfPartialDate(from)) / DAY_MS);
}

/** Today as a day-precision date in UTC. */
export function todayUtc(now: Date = new Date()): ParsedDate {
  return {
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    day: now.getUTCDate(),
    precision: 'day',
  };
}

export function toIsoString(date: ParsedDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.precision === 'year') return String(date.year).padStart(4, '0');
  if (date.precision === 'month') return `${String(date.year).padStart(4, '0')}-${pad(date.month ?? 1)}`;
  return `${String(date.year).padStart(4, '0')}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}
