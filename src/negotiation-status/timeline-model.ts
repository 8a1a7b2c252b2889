/**
 * What `<negotiation-status>` draws of its long lists, and which events it draws as still to come.
 * Pure: the lists, the reference day and what the reader has opened in; no DOM, no clock.
 *
 * A story may hold hundreds of events and obstacles, each naming dozens of parties: the widget
 * renders a window of the timeline around what is next and the first few of the rest, and leaves
 * the others behind a button ("Show earlier events (12)", "+17 more"), unrendered until shown, so
 * a story costs what is on screen.
 */
import { endOfPartialDate, startOfPartialDate } from '../data/dates.js';
import type { ParsedDate } from '../data/dates.js';
import type { EventStatus } from '../data/story.js';

/** Events shown before the next one (or before the end when nothing is next) and after it. */
export type WindowSize = readonly [before: number, after: number];

/** The full layout: the two events before the next one, the next, and three after it. */
export const FULL_WINDOW: WindowSize = [2, 3];
/** The timeline layout, which has the room: 25 events each side of the next one. */
export const TIMELINE_WINDOW: WindowSize = [25, 25];
/** Obstacles shown before "Show all obstacles" (the full layout). */
export const OBSTACLES_SHOWN = 8;
/** Party names shown on an event or obstacle before "+N more". */
export const PARTIES_SHOWN = 3;

/** Which sides of the timeline the reader has opened (both while the page prints). */
export interface OpenSides {
  earlier: boolean;
  later: boolean;
}

export interface TimelineWindow<T> {
  /** Events before the window: the count "Show earlier events" gives, 0 when there is no such button. */
  earlier: number;
  /** Events after the window: the count "Show later events" gives, 0 when there is no such button. */
  later: number;
  /** The events rendered: the window, and each side the reader opened. */
  shown: T[];
}

/**
 * The events a timeline renders: a window of the given size around `next` (around the end when
 * nothing is next). A side is folded only when it holds two events or more: a button never stands for one.
 */
export function timelineWindow<T>(events: readonly T[], next: T | undefined, [before, after]: WindowSize, open: OpenSides): TimelineWindow<T> {
  const anchor = next ? events.indexOf(next) : events.length;
  const laterFrom = anchor + 1 + after;
  const earlier = anchor - before > 1 ? anchor - before : 0;
  const later = events.length - laterFrom > 1 ? events.length - laterFrom : 0;
  return { earlier, later, shown: events.slice(earlier && !open.earlier ? earlier : 0, later && !open.later ? laterFrom : events.length) };
}

export interface FirstFew<T> {
  /** The items rendered. */
  shown: readonly T[];
  /** Whether the list is long enough to fold (it has a button or "+N more"), open or not. */
  folds: boolean;
}

/**
 * The first `count` items of a list (obstacles, an event's parties) unless it is `open`; a list
 * only one longer than `count` is shown whole (four parties show as four, not three and "+1 more").
 */
export function firstFew<T>(items: readonly T[], count: number, open: boolean): FirstFew<T> {
  const folds = items.length > count + 1;
  return { shown: folds && !open ? items.slice(0, count) : items, folds };
}

/** The statuses of events that have not happened: what can be next. */
export const UPCOMING: ReadonlySet<EventStatus> = new Set(['scheduled', 'tentative']);

/**
 * Whether the timeline draws an event as still to come (its stretch of the line dashed): scheduled
 * or tentative, unless its date has wholly passed by the reference day (a past event the story
 * still calls scheduled): a day before it, or a month or year that ended before it, as for what is next.
 */
export function stillToCome(event: { status: EventStatus; date: ParsedDate | null }, reference: ParsedDate): boolean {
  return UPCOMING.has(event.status) && !(event.date && endOfPartialDate(event.date) <= startOfPartialDate(reference));
}
