/**
 * A story diff in an editor's words, for the CLI's `diff` command and the workbench. Kept out of
 * the package's entry points so the widgets' bundles don't carry it.
 */
import { DIFF_KINDS, changedFields, diffStories, storyItems } from './diff.js';
import type { DiffKind, StoryDiff } from './diff.js';
import type { Story } from './story.js';

interface Keyed {
  id: string;
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
