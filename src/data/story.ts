/**
 * The story format, version 1: the single source of truth for its shape.
 * `story.schema.json` mirrors these types for editors' tools; references, unique ids
 * and real calendar dates are checked by `validateStory` alone.
 */

/** A partial ISO date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, always a real date. */
export type PartialDate = string;

export type PartyKind = 'country' | 'bloc' | 'organization' | 'group';
export type Stance = 'supports' | 'opposes' | 'conditional' | 'unclear' | 'not-stated';
export type EventStatus = 'done' | 'scheduled' | 'tentative' | 'cancelled';

export const STANCES: readonly Stance[] = ['supports', 'opposes', 'conditional', 'unclear', 'not-stated'];
export const PARTY_KINDS: readonly PartyKind[] = ['country', 'bloc', 'organization', 'group'];
export const EVENT_STATUSES: readonly EventStatus[] = ['done', 'scheduled', 'tentative', 'cancelled'];

export interface StorySource {
  name: string;
  /** `http:` or `https:` only. */
  url?: string;
}

/** How `<position-matrix>` presents the story as a graphic: each field optional, in the story's language. */
export interface MatrixGraphic {
  /** The graphic's title, saying what the grid shows (default: "Where they stand: 6 parties on 7 issues"). */
  title?: string;
  /** One line under the title on how to read it. */
  standfirst?: string;
  /** The source line's text (default: the story's `source` name). */
  source?: string;
}

export interface Person {
  id: string;
  name: string;
  /**
   * Who the article says the person is, in the form that follows a name in house style: "US
   * defence secretary", "Kremlin spokesman". The party's short name follows it where it does not
   * name the party ("Kremlin spokesman, Russia").
   */
  role: string;
  /** A party id. */
  party: string;
}

export interface Party {
  id: string;
  name: string;
  shortName: string;
  kind: PartyKind;
  /** An accent colour only (hex, rgb(), hsl() or a named colour); never the sole carrier of meaning. */
  color?: string;
}

export interface Issue {
  id: string;
  /** Short: fits a column header. */
  title: string;
  /** The full wording of the question. */
  question: string;
}

export interface Quote {
  id: string;
  /** A person id; exactly one of `speaker` and `party` is set. */
  speaker?: string;
  /** A party id, for words the article attributes to a government or institution. */
  party?: string;
  /** Verbatim. */
  text: string;
  /** Only when the article gives or fixes it. */
  date?: PartialDate;
  /** Where the words were said, as a phrase in the article's words: "on X", "at a defence summit in Brussels". */
  venue?: string;
  /** The article's own words that frame a fragment; shown before the quoted words. */
  context?: string;
  /** The article's own words that follow the quoted words, when the sentence goes on past them ("… call with Putin"). */
  contextAfter?: string;
  /**
   * The words do not stand alone: their context goes wherever they go (card with `hide-context`,
   * copied text, matrix evidence, timeline, fallbacks). Unset: true when the text starts mid-sentence
   * (a lower-case letter or an ellipsis first), false otherwise (see `needsContext()` in `quote-context.ts`).
   */
  needsContext?: boolean;
  /** Issue ids. */
  issues: string[];
  sourceUrl?: string;
}

export interface Position {
  party: string;
  issue: string;
  stance: Stance;
  /** One sentence, in the article's terms. */
  summary: string;
  /** Quote ids. */
  evidence: string[];
  /** The article's own sentence reporting the stance, verbatim, when nobody is quoted. */
  reported?: string;
}

export interface Stage {
  id: string;
  label: string;
  description?: string;
}

export interface TimelineEvent {
  id: string;
  /** `null` when no date is set. */
  date: PartialDate | null;
  /** Shown instead of a date, e.g. "No date set". */
  dateLabel?: string;
  title: string;
  description?: string;
  parties: string[];
  status: EventStatus;
  /** A quote id. */
  quote?: string;
}

export interface Obstacle {
  id: string;
  text: string;
  parties: string[];
  /** An issue id. */
  issue?: string;
}

export interface Negotiation {
  title: string;
  /** The talks in a few words ("Ukraine talks"), the compact banner's kicker; default: `title`. */
  label?: string;
  conflictStart: PartialDate;
  /**
   * Where the day count comes from, in the story's language, shown after it while it counts to
   * `asOf` (not when a live widget counts to today), e.g. "as the article counts".
   */
  dayCountBasis?: string;
  /**
   * The day count's wording in the story's language, `{n}` where the number goes, for a story
   * that is not about a war: "Day {n} of the strike". Unset: the page language's "Day {n} of the war".
   */
  dayCountLabel?: string;
  asOf: PartialDate;
  /** The current stage id. */
  stage: string;
  stages: Stage[];
  events: TimelineEvent[];
  obstacles: Obstacle[];
}

export interface Story {
  version: 1;
  id: string;
  headline: string;
  summary: string;
  /** BCP 47: the language of the story's text. */
  language: string;
  published?: PartialDate;
  updated?: PartialDate;
  source?: StorySource;
  /** The matrix's title, standfirst and source line, when the story's headline is not the graphic's. */
  matrix?: MatrixGraphic;
  people: Person[];
  parties: Party[];
  issues: Issue[];
  quotes: Quote[];
  positions: Position[];
  negotiation?: Negotiation;
}

/** One problem found in a story: a JSON pointer and a message an editor understands. */
export interface ValidationError {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; story: Story }
  | { ok: false; errors: ValidationError[] };
