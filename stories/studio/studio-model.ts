/**
 * The story studio's pure parts: a new story, ids from names, a quote from words selected in the
 * source, and the draft kept in the browser (saved on every change, never silently overwriting
 * another tab's). No DOM here beyond `Storage`, so each part is tested on its own.
 */
import type { Quote, Story } from '../../src/data/story.js';

/** A story with nothing in it yet but its required shape, dated today. */
export function emptyStory(today = new Date()): Story {
  return {
    version: 1,
    id: 'my-story',
    headline: '',
    summary: '',
    language: 'en',
    published: today.toISOString().slice(0, 10),
    people: [],
    parties: [],
    issues: [],
    quotes: [],
    positions: [],
  };
}

/** An id from a name ("Kaja Kallas" → "kaja-kallas"), made unique among `taken`. */
export function idFrom(name: string, taken: Iterable<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'item';
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

const OPENING_MARKS = /^[\s"'“‘«„‚‹]+/;
const CLOSING_MARKS = /[\s"'”’»‛›]+$/;

/**
 * What "Add quote" makes of the characters `start`–`end` selected in `source`: the words without
 * the quotation marks around them, and the rest of
 * their sentence before and after them, offered as the quote's context. Undefined when the
 * selection holds no word.
 */
export function quoteFromSelection(source: string, start: number, end: number): Pick<Quote, 'text' | 'context' | 'contextAfter'> | undefined {
  let from = Math.min(start, end);
  let to = Math.max(start, end);
  // Leave out the quotation marks and spaces the editor's selection took in.
  from += OPENING_MARKS.exec(source.slice(from, to))?.[0].length ?? 0;
  to -= CLOSING_MARKS.exec(source.slice(from, to))?.[0].length ?? 0;
  // The article's own typography is kept; only white space is tidied (the check compares normalised).
  const tidy = (words: string) => words.replace(/\s+/g, ' ').trim();
  const text = tidy(source.slice(from, to));
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  // The sentence: from after the last full stop, question or exclamation mark (or line start) before
  // the words, to the next one after them, on the same line (a paragraph).
  const lineStart = source.lastIndexOf('\n', from - 1) + 1;
  const lineEndAt = source.indexOf('\n', to);
  const lineEnd = lineEndAt === -1 ? source.length : lineEndAt;
  const before = source.slice(lineStart, from);
  const sentenceStart = lineStart + (/^[\s\S]*[.!?]["'”’»]?\s+/.exec(before)?.[0].length ?? 0);
  const after = source.slice(to, lineEnd);
  // Words that end on a full stop (or ? or !) end their sentence; otherwise it runs to the next one.
  const stop = /[.!?]$/.test(text) ? undefined : /[.!?]["'”’»]?(?=\s|$)/.exec(after);
  const sentenceEnd = /[.!?]$/.test(text) ? to : stop ? to + stop.index + stop[0].length : lineEnd;
  const context = tidy(source.slice(sentenceStart, from).replace(/[\s"'“‘«„‚‹]+$/, ''));
  // After the words: the closing quotation mark and the comma the article puts inside or outside it.
  const contextAfter = tidy(source.slice(to, sentenceEnd).replace(/^[,.;:!?]?["'”’»]+[,;:]?/, ''));
  return { text, ...(context ? { context } : {}), ...(/[\p{L}\p{N}]/u.test(contextAfter) ? { contextAfter } : {}) };
}

/** What the studio keeps of an editor's work. */
export interface Draft {
  story: Story;
  /** The article's text, as pasted or read from a file. */
  source: string;
  /** The story as last downloaded, for "Changes since the last download". */
  downloaded?: Story;
}

interface Stored {
  revision: number;
  tab: string;
  savedAt: string;
  draft: Draft;
}

export const DRAFT_KEY = 'negotiation-widgets-studio:draft';

/**
 * The draft in `localStorage`, saved on every change. Each save carries a revision; a tab saves only
 * over the revision it last read or wrote, so two tabs never silently overwrite each other: the
 * second one is told (`conflict`) and the editor chooses which draft to keep.
 */
export class DraftStore {
  readonly tab = Math.random().toString(36).slice(2);
  private revision = 0;

  constructor(private readonly storage: Storage = localStorage) {}

  private read(): Stored | undefined {
    try {
      const text = this.storage.getItem(DRAFT_KEY);
      if (!text) return undefined;
      const stored = JSON.parse(text) as Stored;
      return stored && typeof stored.revision === 'number' && stored.draft?.story ? stored : undefined;
    } catch {
      return undefined;
    }
  }

  /** The saved draft, if any, which this tab now builds on. */
  load(): (Draft & { savedAt: string }) | undefined {
    const stored = this.read();
    if (!stored) return undefined;
    this.revision = stored.revision;
    return { ...stored.draft, savedAt: stored.savedAt };
  }

  /** Whether another tab saved since this one last read or wrote. */
  changedElsewhere(): boolean {
    const stored = this.read();
    return stored !== undefined && stored.revision !== this.revision && stored.tab !== this.tab;
  }

  /** Saves `draft` unless another tab saved in between ('conflict'); `force` saves over it. 'full' when storage refused it. */
  save(draft: Draft, force = false): 'saved' | 'conflict' | 'full' {
    if (!force && this.changedElsewhere()) return 'conflict';
    const stored: Stored = { revision: Math.max(this.read()?.revision ?? 0, this.revision) + 1, tab: this.tab, savedAt: new Date().toISOString(), draft };
    try {
      this.storage.setItem(DRAFT_KEY, JSON.stringify(stored));
    } catch {
      return 'full';
    }
    this.revision = stored.revision;
    return 'saved';
  }
}

/** Undo and redo over snapshots of the draft (as JSON, so later edits never change a snapshot). */
export class History {
  private states: string[] = [];
  private index = -1;

  constructor(private readonly limit = 200) {}

  /** Records `draft` as the latest state (dropping what had been undone). */
  push(draft: Draft): void {
    const state = JSON.stringify(draft);
    if (state === this.states[this.index]) return;
    this.states = this.states.slice(0, this.index + 1);
    this.states.push(state);
    if (this.states.length > this.limit) this.states.shift();
    this.index = this.states.length - 1;
  }

  /** Replaces the latest state (typing on in the same field is one step to undo). */
  replaceTop(draft: Draft): void {
    if (this.index < 0 || this.index !== this.states.length - 1) return this.push(draft);
    this.states[this.index] = JSON.stringify(draft);
  }

  get canUndo(): boolean {
    return this.index > 0;
  }

  get canRedo(): boolean {
    return this.index < this.states.length - 1;
  }

  undo(): Draft | undefined {
    if (!this.canUndo) return undefined;
    return JSON.parse(this.states[--this.index] ?? 'null') as Draft;
  }

  redo(): Draft | undefined {
    if (!this.canRedo) return undefined;
    return JSON.parse(this.states[++this.index] ?? 'null') as Draft;
  }
}

/**
 * A story file's text as the editor gave it, parsed: the story object, or a message saying why it
 * cannot be opened (the draft stays as it was).
 */
export function parseStoryText(text: string): { story: unknown } | { error: string } {
  try {
    const story: unknown = JSON.parse(text);
    if (!story || typeof story !== 'object' || Array.isArray(story)) return { error: 'This is JSON but not a story: a story file holds one object.' };
    return { story };
  } catch (error) {
    return { error: `This is not a story file: not valid JSON (${(error as Error).message}).` };
  }
}
