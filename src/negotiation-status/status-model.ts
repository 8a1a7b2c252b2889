/**
 * The pure part of `<negotiation-status>`: a story and a reference date in, everything the
 * widget shows out. No DOM, no clock: the caller passes the reader's today when days count to it
 * (the widget's `live`), else they count to the story's `asOf`; the same inputs always give the same model.
 */
import { comparePartialDates, daysBetween, endOfPartialDate, parsePartialDate, startOfPartialDate, toIsoString } from '../data/dates.js';
import { storyError } from '../data/errors.js';
import { isHttpUrl } from '../data/validate.js';
import { addEnglish, format } from '../shared/i18n.js';
import { STATUS_STRINGS } from './strings.js';
import { UPCOMING } from './timeline-model.js';
import type { ParsedDate } from '../data/dates.js';
import type { LoadResult } from '../data/errors.js';
import type { EventStatus, Story } from '../data/story.js';

// The widget's English strings join the common ones as soon as its code loads.
addEnglish(STATUS_STRINGS);

export type StageState = 'done' | 'current' | 'upcoming';

export interface PartyRef {
  id: string;
  shortName: string;
  name: string;
  color?: string;
}

export interface StageView {
  id: string;
  label: string;
  description?: string;
  state: StageState;
}

export interface EventQuoteView {
  /** Verbatim, without quotation marks. */
  text: string;
  /** The article's framing words, shown before the quoted words, and those that follow them. */
  context?: string;
  contextAfter?: string;
  /** The speaker's name, or the party's name for words attributed to a party. */
  attribution: string;
}

export interface EventView {
  id: string;
  title: string;
  description?: string;
  status: EventStatus;
  /** `null` when the event has no date. */
  date: ParsedDate | null;
  /** The `datetime` value: the partial ISO date at its own precision. */
  datetime?: string;
  /** The story's own label for an undated event. */
  dateLabel?: string;
  parties: PartyRef[];
  quote?: EventQuoteView;
  /** The first upcoming event. */
  isNext: boolean;
  /** For the next event with a day-precision date, counting to today only: whole days from today. */
  daysAway?: number;
  /** More than a year passes before the next dated event: the line shows a break, not a day's step. */
  gapAfter?: boolean;
}

export interface ObstacleView {
  id: string;
  text: string;
  parties: PartyRef[];
  /** The issue the obstacle concerns, with its full question, shown inside the widget. */
  issue?: { id: string; title: string; question: string };
}

export interface StatusModel {
  storyId: string;
  /** The language of the story's text. */
  language: string;
  title: string;
  /** What the talks are, in a few words, for the compact banner's kicker: the story's `label`, else the title. */
  label: string;
  stage: StageView;
  stages: StageView[];
  /** Day N of the war on the reference date (conflict start is day 1); `null` before the conflict started. */
  dayOfWar: number | null;
  /** Where the count comes from ("as the article counts"), while it counts to `asOf`; not when counting to today. */
  dayCountBasis?: string;
  /** The story's own wording of the count ("Day {n} of the strike"), in its language; else the page's "Day {n} of the war". */
  dayCountLabel?: string;
  /** The story's `asOf`: the date its facts describe. */
  asOf: ParsedDate;
  /** The date days and "next" count against: `asOf`, or the reader's today when given one. */
  reference: ParsedDate;
  /** Sorted: dated events by date (story order among equals), then undated events in story order. */
  events: EventView[];
  next?: EventView;
  obstacles: ObstacleView[];
  source?: { name: string; url?: string };
  updated?: ParsedDate;
}

export interface StatusOptions {
  /** UI strings, for error messages. */
  strings: Pick<typeof STATUS_STRINGS, 'noNegotiation' | 'notFoundStage'>;
  /** The reader's today, to count days and "next" against instead of the story's `asOf`. */
  today?: ParsedDate;
}

/** A gap longer than this between two dated events breaks the timeline's line. */
const YEAR_MS = 366 * 86_400_000;

/** Turns a validated story into the status widget's view model. */
export function buildStatusModel(story: Story, options: StatusOptions): LoadResult<StatusModel> {
  const negotiation = story.negotiation;
  if (!negotiation) {
    return { ok: false, error: storyError('missing-part', format(options.strings.noNegotiation, { story: story.id })) };
  }
  const currentIndex = negotiation.stages.findIndex((stage) => stage.id === negotiation.stage);
  if (currentIndex < 0) {
    return {
      ok: false,
      error: storyError('not-found', format(options.strings.notFoundStage, { id: negotiation.stage, story: story.id })),
    };
  }
  // Partial ISO dates: the widget builds models of validated stories only (StoryElement checks
  // every story, object or JSON), and the validator requires both dates.
  const asOf = parsePartialDate(negotiation.asOf)!;
  const conflictStart = parsePartialDate(negotiation.conflictStart)!;
  const reference = options.today ?? asOf;

  // The validator resolves every id an event or obstacle names (parties, quote, issue), and every
  // quote's speaker or party: the look-ups below always find their target.
  const parties = new Map(story.parties.map((p) => [p.id, p]));
  const partyRefs = (ids: readonly string[]): PartyRef[] =>
    ids.map((id) => {
      const party = parties.get(id)!;
      const ref: PartyRef = { id, shortName: party.shortName, name: party.name };
      if (party.color) ref.color = party.color;
      return ref;
    });

  const stages = negotiation.stages.map((stage, i): StageView => {
    const state = i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'upcoming';
    const view: StageView = { id: stage.id, label: stage.label, state };
    if (stage.description) view.description = stage.description;
    return view;
  });

  const events = sortEvents(
    negotiation.events.map((event): EventView => {
      const date = event.date === null ? null : parsePartialDate(event.date)!;
      const view: EventView = { id: event.id, title: event.title, status: event.status, date, parties: partyRefs(event.parties), isNext: false };
      if (date) view.datetime = toIsoString(date);
      else if (event.dateLabel) view.dateLabel = event.dateLabel;
      if (event.description) view.description = event.description;
      if (event.quote) view.quote = quoteView(story, event.quote);
      return view;
    }),
  );

  events.forEach((event, i) => {
    const following = events[i + 1];
    if (event.date && following?.date && startOfPartialDate(following.date) - startOfPartialDate(event.date) > YEAR_MS) event.gapAfter = true;
  });

  const next = findNext(events, reference);
  if (next) {
    next.isNext = true;
    // "In 2 days" only where it is true for the reader: counted to today, never to the story's
    // own date, which an archived page would keep saying forever.
    if (options.today && next.date?.precision === 'day') next.daysAway = daysBetween(reference, next.date);
  }

  const issues = new Map(story.issues.map((issue) => [issue.id, issue]));
  const obstacles = negotiation.obstacles.map((obstacle): ObstacleView => {
    const view: ObstacleView = { id: obstacle.id, text: obstacle.text, parties: partyRefs(obstacle.parties) };
    if (obstacle.issue) {
      const issue = issues.get(obstacle.issue)!;
      view.issue = { id: issue.id, title: issue.title, question: issue.question };
    }
    return view;
  });

  const day = daysBetween(conflictStart, reference) + 1;
  // The story's basis is true of its own date only: a count against today is ours, not the article's.
  const dayCountBasis = options.today ? undefined : negotiation.dayCountBasis?.trim() || undefined;
  const model: StatusModel = {
    storyId: story.id,
    language: story.language,
    title: negotiation.title,
    label: negotiation.label?.trim() || negotiation.title,
    stage: stages[currentIndex]!,
    stages,
    dayOfWar: day >= 1 ? day : null,
    ...(dayCountBasis && day >= 1 ? { dayCountBasis } : {}),
    ...(negotiation.dayCountLabel?.trim() ? { dayCountLabel: negotiation.dayCountLabel.includes('{n}') ? negotiation.dayCountLabel : `${negotiation.dayCountLabel} {n}` } : {}),
    asOf,
    reference,
    events,
    obstacles,
  };
  if (next) model.next = next;
  if (story.source) {
    model.source = isHttpUrl(story.source.url) ? { name: story.source.name, url: story.source.url } : { name: story.source.name };
  }
  if (story.updated) model.updated = parsePartialDate(story.updated)!;
  return { ok: true, value: model };
}

/** Dated events by date, stable among equal dates; undated events last, in story order. */
export function sortEvents<T extends { date: ParsedDate | null }>(events: readonly T[]): T[] {
  const dated = events.filter((e) => e.date !== null);
  const undated = events.filter((e) => e.date === null);
  // Array.prototype.sort is stable, so equal dates keep the story's order.
  dated.sort((a, b) => comparePartialDates(a.date!, b.date!));
  return [...dated, ...undated];
}

/**
 * The first upcoming event in timeline order: scheduled or tentative, with a date whose span
 * has not ended before the reference day ("2025-03" is still upcoming on 10 March 2025).
 * An undated one counts only when no dated one does.
 */
export function findNext<T extends { date: ParsedDate | null; status: EventStatus }>(events: readonly T[], reference: ParsedDate): T | undefined {
  const from = startOfPartialDate(reference);
  const candidates = events.filter((e) => UPCOMING.has(e.status));
  return candidates.find((e) => e.date !== null && endOfPartialDate(e.date) > from) ?? candidates.find((e) => e.date === null);
}

function quoteView(story: Story, id: string): EventQuoteView {
  const quote = story.quotes.find((q) => q.id === id)!;
  const attribution = quote.speaker
    ? story.people.find((p) => p.id === quote.speaker)!.name
    : story.parties.find((p) => p.id === quote.party)!.name;
  const view: EventQuoteView = { text: quote.text, attribution };
  if (quote.context) view.context = quote.context;
  if (quote.contextAfter) view.contextAfter = quote.contextAfter;
  return view;
}
