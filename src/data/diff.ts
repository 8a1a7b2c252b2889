/**
 * What changed between two versions of one story file: the ids of quotes, positions, timeline
 * events and obstacles added, changed and removed, and the other parts that changed. Used by
 * live widgets (`refresh`), their `nw-update` event and the `diff` command of the CLI.
 * Pure and importable in Node and the browser.
 */
import type { Story } from './story.js';

/** The lists whose items a diff names by id. A position's id is `party/issue` (ids never hold "/"). */
export type DiffKind = 'quotes' | 'positions' | 'events' | 'obstacles';
export const DIFF_KINDS: readonly DiffKind[] = ['quotes', 'positions', 'events', 'obstacles'];

export type DiffIds = Record<DiffKind, string[]>;

export interface StoryDiff {
  /** The id of the newer story. */
  storyId: string;
  added: DiffIds;
  changed: DiffIds;
  removed: DiffIds;
  /**
   * Everything else that changed, as paths: `headline`, `summary`, `updated`, `source`,
   * `people/<id>`, `parties/<id>`, `issues/<id>`, `negotiation/stage`, `negotiation/stages/<id>`…
   */
  other: string[];
}

/** The id a diff gives a position. */
export function positionId(position: { party: string; issue: string }): string {
  return `${position.party}/${position.issue}`;
}

interface Keyed {
  id: string;
}

/** Each list of a story as id → item. */
export function storyItems(story: Story): Record<DiffKind, Map<string, unknown>> {
  const byId = <T extends Keyed>(items: readonly T[] | undefined) => new Map<string, unknown>((items ?? []).map((item) => [item.id, item]));
  return {
    quotes: byId(story.quotes),
    positions: new Map(story.positions.map((position) => [positionId(position), position])),
    events: byId(story.negotiation?.events),
    obstacles: byId(story.negotiation?.obstacles),
  };
}

export function emptyIds(): DiffIds {
  return { quotes: [], positions: [], events: [], obstacles: [] };
}

/** Compares two stories (meant to be versions of the same file). Key order and array copies don't count as changes. */
export function diffStories(a: Story, b: Story): StoryDiff {
  const diff: StoryDiff = { storyId: b.id, added: emptyIds(), changed: emptyIds(), removed: emptyIds(), other: [] };
  const before = storyItems(a);
  const after = storyItems(b);
  for (const kind of DIFF_KINDS) {
    for (const [id, item] of after[kind]) {
      if (!before[kind].has(id)) diff.added[kind].push(id);
      else if (!same(before[kind].get(id), item)) diff.changed[kind].push(id);
    }
    for (const id of before[kind].keys()) if (!after[kind].has(id)) diff.removed[kind].push(id);
  }
  for (const key of ['version', 'id', 'headline', 'summary', 'language', 'published', 'updated', 'source'] as const) {
    if (!same(a[key], b[key])) diff.other.push(key);
  }
  for (const key of ['people', 'parties', 'issues'] as const) diff.other.push(...listChanges(key, a[key], b[key]));
  const na = a.negotiation;
  const nb = b.negotiation;
  if (!na !== !nb) diff.other.push('negotiation');
  else if (na && nb) {
    for (const key of ['title', 'conflictStart', 'asOf', 'stage'] as const) if (!same(na[key], nb[key])) diff.other.push(`negotiation/${key}`);
    diff.other.push(...listChanges('negotiation/stages', na.stages, nb.stages));
    // The order of the timeline and of the stages is part of what readers see.
    if (!same(na.stages.map((s) => s.id), nb.stages.map((s) => s.id)) && !diff.other.some((path) => path.startsWith('negotiation/stages/'))) {
      diff.other.push('negotiation/stages');
    }
  }
  return diff;
}

/** True when nothing a reader could see changed. */
export function isEmptyDiff(diff: StoryDiff): boolean {
  return diff.other.length === 0 && DIFF_KINDS.every((kind) => !diff.added[kind].length && !diff.changed[kind].length && !diff.removed[kind].length);
}

/** How many items were added, changed or removed, `other` paths included. */
export function diffSize(diff: StoryDiff): number {
  return diff.other.length + DIFF_KINDS.reduce((n, kind) => n + diff.added[kind].length + diff.changed[kind].length + diff.removed[kind].length, 0);
}

function listChanges(path: string, a: readonly Keyed[], b: readonly Keyed[]): string[] {
  const before = new Map(a.map((item) => [item.id, item]));
  const after = new Map(b.map((item) => [item.id, item]));
  const paths: string[] = [];
  for (const [id, item] of after) if (!same(before.get(id), item)) paths.push(`${path}/${id}`);
  for (const id of before.keys()) if (!after.has(id)) paths.push(`${path}/${id}`);
  return paths;
}

/** Structural equality of JSON values; object key order does not matter, array order does. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => same(value, other[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The fields of two versions of an item that differ, in the newer item's key order. */
export function changedFields(a: unknown, b: unknown): string[] {
  const ra = (a ?? {}) as Record<string, unknown>;
  const rb = (b ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(rb), ...Object.keys(ra)])];
  return keys.filter((key) => !same(ra[key], rb[key]));
}

const KIND_NAMES: Record<DiffKind, string> = { quotes: 'Quote', positions: 'Position', events: 'Event', obstacles: 'Obstacle' };

/**
 * The diff in an editor's words, one line per change, for reviewing a story update before it
 * goes out: `Event added: "Talks in Riyadh" (2025-02-18, done)`, `Position changed: France on
 * NATO membership: supports → opposes`.
 */
export function describeDiff(a: Story, b: Story, diff: StoryDiff = diffStories(a, b)): string[] {
  const lines: string[] = [];
  const before = storyItems(a);
  const after = storyItems(b);
  const text = (value: unknown) => JSON.stringify(value === undefined ? null : value);
  const clip = (value: string, n = 80) => (value.length > n ? `${value.slice(0, n - 1)}…` : value);
  const partyName = (story: Story, id: string) => story.parties.find((p) => p.id === id)?.name ?? id;
  const issueTitle = (story: Story, id: string) => story.issues.find((i) => i.id === id)?.title ?? id;
  const label = (kind: DiffKind, story: Story, item: unknown, id: string): string => {
    const record = item as Record<string, unknown>;
    if (kind === 'positions') return `${partyName(story, String(record['party']))} on ${issueTitle(story, String(record['issue']))}`;
    if (kind === 'events') return `"${clip(String(record['title']))}" (${String(record['date'] ?? record['dateLabel'] ?? 'no date')}, ${String(record['status'])})`;
    if (kind === 'obstacles') return `"${clip(String(record['text']))}"`;
    const speaker = story.people.find((p) => p.id === record['speaker'])?.name ?? (record['party'] ? partyName(story, String(record['party'])) : '');
    return `${id}${speaker ? ` (${speaker})` : ''}: "${clip(String(record['text']), 60)}"`;
  };
  for (const kind of DIFF_KINDS) {
    const name = KIND_NAMES[kind];
    for (const id of diff.added[kind]) lines.push(`${name} added: ${label(kind, b, after[kind].get(id), id)}`);
    for (const id of diff.changed[kind]) {
      const old = before[kind].get(id);
      const fields = changedFields(old, after[kind].get(id));
      const detail = fields
        .map((field) => {
          const from = (old as Record<string, unknown>)[field];
          const to = (after[kind].get(id) as Record<string, unknown>)[field];
          return typeof from !== 'object' && typeof to !== 'object' && String(from ?? '').length + String(to ?? '').length < 60 ? `${field} ${text(from)} → ${text(to)}` : field;
        })
        .join('; ');
      lines.push(`${name} changed: ${label(kind, b, after[kind].get(id), id)}: ${detail}`);
    }
    for (const id of diff.removed[kind]) lines.push(`${name} removed: ${label(kind, a, before[kind].get(id), id)}`);
  }
  for (const path of diff.other) {
    const [head, ...rest] = path.split('/');
    if (rest.length === 0 && head !== 'negotiation') {
      const from = (a as unknown as Record<string, unknown>)[head!];
      const to = (b as unknown as Record<string, unknown>)[head!];
      lines.push(`${capitalise(head!)}: ${clip(text(from))} → ${clip(text(to))}`);
    } else if (head === 'negotiation' && rest.length === 1 && rest[0] !== 'stages') {
      const key = rest[0] as 'title' | 'conflictStart' | 'asOf' | 'stage';
      lines.push(`Negotiation ${key}: ${clip(text(a.negotiation?.[key]))} → ${clip(text(b.negotiation?.[key]))}`);
    } else if (path === 'negotiation') {
      lines.push(b.negotiation ? 'Negotiation part added' : 'Negotiation part removed');
    } else if (path === 'negotiation/stages') {
      lines.push('Stages reordered');
    } else {
      const id = rest.at(-1)!;
      const list = (story: Story): readonly Keyed[] =>
        head === 'negotiation' ? (story.negotiation?.stages ?? []) : (story[head as 'people' | 'parties' | 'issues'] as readonly Keyed[]);
      const old = list(a).find((item) => item.id === id);
      const now = list(b).find((item) => item.id === id);
      const noun = { people: 'Person', parties: 'Party', issues: 'Issue', negotiation: 'Stage' }[head as 'people'] ?? head;
      lines.push(!old ? `${noun} added: ${id}` : !now ? `${noun} removed: ${id}` : `${noun} changed: ${id}: ${changedFields(old, now).join('; ')}`);
    }
  }
  return lines;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
