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

/**
 * Rows copied from a spreadsheet (Excel, Google Sheets, Numbers, LibreOffice): tab-separated cells,
 * one row a line; a cell holding a tab, a line break or a double quote comes wrapped in double
 * quotes, with each of its own doubled. Empty trailing rows are dropped.
 */
export function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text.charAt(i + 1) === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  return rows.map((r) => r.map((c) => c.trim()));
}

/** The columns a pasted table can fill, with the header words that name each (lower case). */
export const SHEET_COLUMNS = {
  quotes: {
    text: ['text', 'quote', 'quoted words', 'words'],
    speaker: ['speaker', 'said by', 'who', 'name', 'person'],
    date: ['date', 'when'],
    venue: ['venue', 'where'],
    context: ['context', 'context before', 'before'],
    contextAfter: ['context after', 'after'],
    issues: ['issues', 'issue', 'about'],
  },
  events: {
    title: ['title', 'event', 'what'],
    date: ['date', 'when'],
    status: ['status'],
    parties: ['parties', 'party', 'who'],
    description: ['description', 'details', 'notes'],
    dateLabel: ['date label', 'date text'],
  },
} as const;

export type SheetKind = keyof typeof SHEET_COLUMNS;

/** A template to copy into a spreadsheet: the header row and one example row. */
export function sheetTemplate(kind: SheetKind): string {
  const example =
    kind === 'quotes'
      ? ['Words exactly as the article has them', 'Speaker name', '2025-02-12', 'on X', 'The article’s words before them', 'The words after them', 'Issue title']
      : ['Talks open in Riyadh', '2025-02-18', 'scheduled', 'United States, Russia', 'One line on what happens', ''];
  return `${Object.keys(SHEET_COLUMNS[kind]).join('\t')}\n${example.join('\t')}\n`;
}

/** Which column each pasted column fills, from its header ('' for a column left out); undefined when the first row is not headers. */
export function columnsFromHeader(kind: SheetKind, header: string[]): string[] | undefined {
  const names = SHEET_COLUMNS[kind] as Record<string, readonly string[]>;
  const mapping = header.map((cell) => Object.keys(names).find((key) => key.toLowerCase() === cell.toLowerCase() || names[key]!.includes(cell.toLowerCase())) ?? '');
  return mapping.some(Boolean) ? mapping : undefined;
}

/** Ids of the items whose id, name, short name or title is `value` (case-insensitive), in order of a comma-separated list. */
function lookUp(items: readonly { id: string; name?: string; shortName?: string; title?: string }[], value: string): string[] {
  return value
    .split(/[,;]/)
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean)
    .map((part) => items.find((item) => [item.id, item.name, item.shortName, item.title].some((name) => name?.toLowerCase() === part))?.id ?? `?${part}`);
}

/**
 * Adds the pasted rows to `story` (a copy is changed) as quotes or events, through `columns`.
 * A speaker, party or issue named in a row must already be in the story; one that is not is
 * reported and its cell left empty, never guessed.
 */
export function addRows(story: Story, kind: SheetKind, rows: string[][], columns: string[]): { story: Story; added: number; notes: string[] } {
  const next = structuredClone(story);
  const notes: string[] = [];
  let added = 0;
  rows.forEach((row, r) => {
    const cell = (key: string) => row[columns.indexOf(key)] ?? '';
    const line = `Row ${r + 1}`;
    if (kind === 'quotes') {
      const text = cell('text');
      if (!text) return;
      const quote: Story['quotes'][number] = { id: idFrom(text.split(/\s+/).slice(0, 5).join(' '), next.quotes.map((q) => q.id)), text, issues: [] };
      const [speaker] = lookUp(next.people, cell('speaker'));
      const [party] = speaker?.startsWith('?') ? lookUp(next.parties, cell('speaker')) : [undefined];
      if (speaker && !speaker.startsWith('?')) quote.speaker = speaker;
      else if (party && !party.startsWith('?')) quote.party = party;
      else if (cell('speaker')) notes.push(`${line}: no person or party "${cell('speaker')}" in the story yet; add them, then choose the speaker.`);
      for (const key of ['date', 'venue', 'context', 'contextAfter'] as const) if (cell(key)) quote[key] = cell(key);
      const issues = lookUp(next.issues, cell('issues'));
      quote.issues = issues.filter((id) => !id.startsWith('?'));
      for (const missing of issues.filter((id) => id.startsWith('?'))) notes.push(`${line}: no issue "${missing.slice(1)}" in the story.`);
      next.quotes.push(quote);
    } else {
      const title = cell('title');
      if (!title || !next.negotiation) return;
      const parties = lookUp(next.parties, cell('parties'));
      for (const missing of parties.filter((id) => id.startsWith('?'))) notes.push(`${line}: no party "${missing.slice(1)}" in the story.`);
      const status = cell('status').toLowerCase();
      const event: NonNullable<Story['negotiation']>['events'][number] = {
        id: idFrom(title, next.negotiation.events.map((e) => e.id)),
        date: cell('date') || null,
        title,
        parties: parties.filter((id) => !id.startsWith('?')),
        status: (['done', 'scheduled', 'tentative', 'cancelled'].includes(status) ? status : 'scheduled') as 'scheduled',
      };
      if (cell('status') && event.status !== status) notes.push(`${line}: status "${cell('status')}" is not done, scheduled, tentative or cancelled; set to scheduled.`);
      if (cell('description')) event.description = cell('description');
      if (cell('dateLabel')) event.dateLabel = cell('dateLabel');
      next.negotiation.events.push(event);
    }
    added++;
  });
  return { story: next, added, notes };
}
