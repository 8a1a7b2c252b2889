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
