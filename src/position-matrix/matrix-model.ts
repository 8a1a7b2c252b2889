/**
 * The position matrix as a view model: story + filters → rows (parties), columns (issues),
 * cells (stances with their evidence), the legend and a summary sentence. Pure: no DOM, no
 * state; the element rebuilds it on every update.
 */
import { STANCES } from '../data/story.js';
import { storyError } from '../data/errors.js';
import { isHttpUrl } from '../data/validate.js';
import { addEnglish, format } from '../shared/i18n.js';
import { MATRIX_STRINGS } from './strings.js';
import { formatList } from '../shared/format.js';
import type { LoadResult } from '../data/errors.js';
import type { Issue, Party, Person, Position, Quote, Stance, Story } from '../data/story.js';
import type { MatrixLocale } from './strings.js';

// The widget's English strings join the common ones as soon as its code loads.
addEnglish(MATRIX_STRINGS);

/** What the element's attributes choose; every field optional. */
export interface MatrixOptions {
  /** Comma-separated party ids: which rows, in which order. */
  parties?: string | null;
  /** Comma-separated issue ids: which columns, in which order. */
  issues?: string | null;
  /** A party id whose row is emphasised. */
  highlight?: string | null;
  /** Replaces the title (default: the story's `matrix.title`, or "Where they stand: 6 parties on 7 issues"). */
  caption?: string | null;
  /** Replaces the generated summary sentence. */
  description?: string | null;
}

export interface MatrixParty {
  id: string;
  name: string;
  shortName: string;
  color?: string;
  highlighted: boolean;
}

/** A story's issue as it is: the matrix needs all of its fields. */
export type MatrixIssue = Issue;

/** One evidence quote, resolved: who said it, when, where, verbatim. */
export interface MatrixEvidence {
  id: string;
  /** Verbatim. */
  text: string;
  /** The speaker's or the party's name. */
  speaker: string;
  /** The speaker's role, when the quote has a person as speaker. */
  role?: string;
  /** A partial ISO date. */
  date?: string;
  venue?: string;
  /** The article's words before the quote, and after it; shown with the quote wherever it is. */
  context?: string;
  contextAfter?: string;
  /** Only http(s) URLs survive. */
  sourceUrl?: string;
}

export interface MatrixCell {
  party: MatrixParty;
  issue: MatrixIssue;
  stance: Stance;
  /** The position's one-line summary; absent when the story has no position for this pair. */
  summary?: string;
  evidence: MatrixEvidence[];
  /** The article's own sentence, verbatim, when nobody is quoted. */
  reported?: string;
}

export interface MatrixRow {
  party: MatrixParty;
  cells: MatrixCell[];
}

export interface MatrixModel {
  storyId: string;
  /** The story's language, for `lang` on its text. */
  language: string;
  /** The graphic's title: what the grid shows. */
  caption: string;
  /** True when `caption` is in the page's language (from the options, or generated) rather than the story's. */
  captionFromOptions: boolean;
  /** One line on how to read the grid, from the story (its language); absent when the story has none. */
  standfirst?: string;
  /** The summary sentence (generated, or `description`). */
  summary: string;
  summaryFromOptions: boolean;
  columns: MatrixIssue[];
  rows: MatrixRow[];
  /**
   * No word of a party's short name is over 7 characters ("Germany"): the names stay across in
   * narrower columns (their room is in position-matrix.styles.ts).
   */
  shortNames: boolean;
  /** The stances the shown cells use, in legend order ("not stated" last): the key lists these only. */
  legend: Stance[];
  /**
   * Every quote the shown cells cite, once, in reading order (row by row): the print notes list
   * them once and cells refer to them by number, so a quote cited by many cells is not repeated.
   */
  quotes: MatrixEvidence[];
  /** The source line: the story's `matrix.source`, or its source's name; `url` only when it is http(s). */
  source?: { name: string; url?: string };
  /** A partial ISO date: the story's `updated`. */
  updated?: string;
  /** A partial ISO date the positions are true for when the story has no `updated`: its negotiation's `asOf`, or `published`. */
  asOf?: string;
}

/** Each stance's part of its count's string key: `matrixCountNotStated`. */
const STANCE_KEY_NAMES = {
  supports: 'Supports',
  opposes: 'Opposes',
  conditional: 'Conditional',
  unclear: 'Unclear',
  'not-stated': 'NotStated',
} as const satisfies Record<Stance, string>;

/** The key of a stance's count (`"{n} unclear"`). */
export function stanceKey(stance: Stance): keyof typeof MATRIX_STRINGS {
  return `matrixCount${STANCE_KEY_NAMES[stance]}`;
}

export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Where a key press moves the focus in a grid of `rows` × `cols` cells: arrows by one cell
 * (Left and Right swapped right to left), Home and End to the row's ends, with Ctrl to the
 * grid's first and last cells. `undefined` for any other key. Clamped at the edges.
 */
export function moveInGrid(
  from: GridPosition,
  key: string,
  { ctrl = false, rtl = false }: { ctrl?: boolean; rtl?: boolean },
  rows: number,
  cols: number,
): GridPosition | undefined {
  let { row, col } = from;
  if (key === 'ArrowRight') col += rtl ? -1 : 1;
  else if (key === 'ArrowLeft') col += rtl ? 1 : -1;
  else if (key === 'ArrowDown') row += 1;
  else if (key === 'ArrowUp') row -= 1;
  else if (key === 'Home') [row, col] = [ctrl ? 0 : row, 0];
  else if (key === 'End') [row, col] = [ctrl ? rows - 1 : row, cols - 1];
  else return undefined;
  return { row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) };
}

/**
 * For each issue, its parties' indices in the order the by-issue presentation shows them: grouped
 * by stance in STANCES order (the CSS order of its groups), in grid order within a group.
 */
export function shownOrder(model: Pick<MatrixModel, 'rows' | 'columns'>): number[][] {
  const rank = (party: number, issue: number) => STANCES.indexOf(model.rows[party]!.cells[issue]!.stance);
  return model.columns.map((_, issue) => model.rows.map((_, party) => party).sort((a, b) => rank(a, issue) - rank(b, issue) || a - b));
}

/**
 * The same keys in the by-issue presentation, where issue `row` shows its parties in the order
 * `shown[row]`: Left and Right, Home and End move through the cells as they are shown (not in grid
 * order); Up and Down move to the same party in the issue above or below.
 */
export function moveInIssues(from: GridPosition, key: string, options: { ctrl?: boolean; rtl?: boolean }, shown: number[][]): GridPosition | undefined {
  const parties = shown[0]?.length ?? 0;
  if (key === 'ArrowUp' || key === 'ArrowDown') return moveInGrid(from, key, options, shown.length, parties);
  const next = moveInGrid({ row: from.row, col: shown[from.row]!.indexOf(from.col) }, key, options, shown.length, parties);
  return next && { row: next.row, col: shown[next.row]![next.col]! };
}

/** The cell at a grid position (row: the issue, column: the party), if the grid has one. */
export function cellAt(model: Pick<MatrixModel, 'rows'>, { row, col }: GridPosition): MatrixCell | undefined {
  return model.rows[col]?.cells[row];
}

/** Where a party's cell on an issue is in the grid; -1 for an index the grid does not have. */
export function positionOf(model: Pick<MatrixModel, 'rows' | 'columns'>, party: string, issue: string): GridPosition {
  return { row: model.columns.findIndex((each) => each.id === issue), col: model.rows.findIndex((each) => each.party.id === party) };
}

/** A position kept inside the grid (one that shrank since, with a live update or another filter). */
export function clampToGrid({ row, col }: GridPosition, model: Pick<MatrixModel, 'rows' | 'columns'>): GridPosition {
  return { row: Math.min(row, model.columns.length - 1), col: Math.min(col, model.rows.length - 1) };
}

/** Splits a comma-separated id list; blanks and repeats are dropped. `null` when none is given. */
export function parseIdList(value: string | null | undefined): string[] | null {
  if (value == null) return null;
  const ids = [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))];
  return ids.length ? ids : null;
}

/** "NATO membership: 2 support, 1 opposes, 3 not stated." for one column. */
export function issueSummary(issue: MatrixIssue, cells: readonly MatrixCell[], locale: MatrixLocale): string {
  const counts = STANCES.map((stance) => [stance, cells.filter((cell) => cell.stance === stance).length] as const)
    .filter(([, count]) => count > 0)
    .map(([stance, count]) => format(locale.strings[stanceKey(stance)], { n: count }, locale));
  return format(locale.strings.matrixIssueSummary, { issue: issue.title, counts: formatList(counts, locale) });
}

/**
 * A cell's accessible name, "United States on NATO membership: Opposes.", whatever the presentation
 * shows: the issue summary's pattern ("{issue}: {counts}.") joins the two with the language's colon and full stop.
 */
export function cellName(cell: MatrixCell, strings: MatrixLocale['strings']): string {
  return format(strings.matrixIssueSummary, { issue: format(strings.matrixPositionOf, { party: cell.party.name, issue: cell.issue.title }), counts: strings[cell.stance] });
}

/** "6 parties on 6 issues. NATO membership: 2 support, 1 opposes, 3 not stated. …"; `counts` are the first two, as the title has them. */
export function summarySentence(columns: readonly MatrixIssue[], rows: readonly MatrixRow[], counts: { parties: string; issues: string }, locale: MatrixLocale): string {
  const head = format(locale.strings.matrixSummary, counts);
  const perIssue = columns.map((issue, index) =>
    issueSummary(
      issue,
      rows.map((row) => row.cells[index]!),
      locale,
    ),
  );
  return [head, ...perIssue].join(' ');
}

/** Items by id (ids are unique in a valid story), in story order. */
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** The wanted items in the wanted order (all when `wanted` is `null`), or the first unknown id. */
function pick<T>(all: Map<string, T>, wanted: string[] | null): { ok: true; items: T[] } | { ok: false; missing: string } {
  if (!wanted) return { ok: true, items: [...all.values()] };
  const items: T[] = [];
  for (const id of wanted) {
    const item = all.get(id);
    if (!item) return { ok: false, missing: id };
    items.push(item);
  }
  return { ok: true, items };
}

function toParty(party: Party, highlight: string | null): MatrixParty {
  const result: MatrixParty = { id: party.id, name: party.name, shortName: party.shortName, highlighted: party.id === highlight };
  if (party.color) result.color = party.color;
  return result;
}

interface Lookup {
  quotes: Map<string, Quote>;
  people: Map<string, Person>;
  parties: Map<string, Party>;
  /** Quotes resolved so far, in order of first citation: each is resolved once and shared by every cell citing it. */
  resolved: Map<string, MatrixEvidence>;
}

function resolveQuote({ people, parties }: Lookup, quote: Quote): MatrixEvidence {
  const person = quote.speaker ? people.get(quote.speaker) : undefined;
  const evidence: MatrixEvidence = {
    id: quote.id,
    text: quote.text,
    speaker: person?.name ?? (quote.party ? (parties.get(quote.party)?.name ?? quote.party) : (quote.speaker ?? '')),
  };
  if (person?.role) evidence.role = person.role;
  if (quote.date) evidence.date = quote.date;
  if (quote.venue) evidence.venue = quote.venue;
  if (quote.context) evidence.context = quote.context;
  if (quote.contextAfter) evidence.contextAfter = quote.contextAfter;
  if (quote.sourceUrl && isHttpUrl(quote.sourceUrl)) evidence.sourceUrl = quote.sourceUrl;
  return evidence;
}

/** References to the shared resolved quotes: a position citing 100 quotes costs 100 pointers, not 100 copies. */
function evidenceOf(lookup: Lookup, position: Position): MatrixEvidence[] {
  const result: MatrixEvidence[] = [];
  for (const id of position.evidence) {
    let evidence = lookup.resolved.get(id);
    if (!evidence) {
      const quote = lookup.quotes.get(id);
      if (!quote) continue;
      evidence = resolveQuote(lookup, quote);
      lookup.resolved.set(id, evidence);
    }
    result.push(evidence);
  }
  return result;
}

/** Builds the matrix, or a `not-found` error naming the first unknown party or issue id. */
export function buildMatrix(story: Story, options: MatrixOptions, locale: MatrixLocale): LoadResult<MatrixModel> {
  const notFound = (key: 'notFoundParty' | 'notFoundIssue', id: string): LoadResult<MatrixModel> => ({
    ok: false,
    error: storyError('not-found', format(locale.strings[key], { id, story: story.id })),
  });
  const lookup: Lookup = { quotes: byId(story.quotes), people: byId(story.people), parties: byId(story.parties), resolved: new Map() };
  const partyPick = pick(lookup.parties, parseIdList(options.parties));
  if (!partyPick.ok) return notFound('notFoundParty', partyPick.missing);
  const issuePick = pick(byId(story.issues), parseIdList(options.issues));
  if (!issuePick.ok) return notFound('notFoundIssue', issuePick.missing);
  const highlight = options.highlight?.trim() || null;
  if (highlight && !lookup.parties.has(highlight)) return notFound('notFoundParty', highlight);

  const positions = new Map(story.positions.map((position) => [`${position.party}\u0000${position.issue}`, position]));
  const columns = issuePick.items;
  const rows: MatrixRow[] = partyPick.items.map((source) => {
    const party = toParty(source, highlight);
    return {
      party,
      cells: columns.map((issue): MatrixCell => {
        const position = positions.get(`${party.id}\u0000${issue.id}`);
        if (!position) return { party, issue, stance: 'not-stated', evidence: [] };
        const cell: MatrixCell = { party, issue, stance: position.stance, summary: position.summary, evidence: evidenceOf(lookup, position) };
        if (position.reported) cell.reported = position.reported;
        return cell;
      }),
    };
  });

  const shown = new Set(rows.flatMap((row) => row.cells.map((cell) => cell.stance)));
  const caption = options.caption?.trim();
  const description = options.description?.trim();
  // The story's own title and standfirst describe the whole grid: not a choice of its parties or issues.
  const graphic = options.parties == null && options.issues == null ? story.matrix : undefined;
  const counts = { parties: format(locale.strings.matrixPartyCount, { n: rows.length }, locale), issues: format(locale.strings.matrixIssueCount, { n: columns.length }, locale) };
  const model: MatrixModel = {
    storyId: story.id,
    language: story.language,
    caption: caption || graphic?.title || format(locale.strings.matrixTitle, counts),
    captionFromOptions: Boolean(caption) || !graphic?.title,
    summary: description || summarySentence(columns, rows, counts, locale),
    summaryFromOptions: Boolean(description),
    columns,
    rows,
    shortNames: rows.every((row) => !/[^\s\u2010-]{8}/u.test(row.party.shortName)),
    legend: STANCES.filter((stance) => shown.has(stance)),
    quotes: [...lookup.resolved.values()],
  };
  if (graphic?.standfirst) model.standfirst = graphic.standfirst;
  const sourceName = story.matrix?.source || story.source?.name;
  if (sourceName) {
    model.source = { name: sourceName };
    if (story.source?.url && isHttpUrl(story.source.url)) model.source.url = story.source.url;
  }
  if (story.updated) model.updated = story.updated;
  else {
    const asOf = story.negotiation?.asOf ?? story.published;
    if (asOf) model.asOf = asOf;
  }
  return { ok: true, value: model };
}
