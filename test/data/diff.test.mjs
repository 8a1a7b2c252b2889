// Node tests of diffStories (negotiation-widgets/data.js) and the `diff` command, against the build.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { diffStories, isEmptyDiff, positionId, DIFF_KINDS, validateStory } from '../../dist/data.js';

const FILE = 'src/data/stories/us-russia-ukraine-talks-2025.json';
const base = JSON.parse(readFileSync(FILE, 'utf8'));
const copy = () => structuredClone(base);

/** Each list of a story as its ids, positions as `party/issue`. */
function ids(story) {
  return {
    quotes: story.quotes.map((q) => q.id),
    positions: story.positions.map(positionId),
    events: (story.negotiation?.events ?? []).map((e) => e.id),
    obstacles: (story.negotiation?.obstacles ?? []).map((o) => o.id),
  };
}

const none = { quotes: [], positions: [], events: [], obstacles: [] };

describe('diffStories: each kind of change', () => {
  const cases = [
    ['a quote added', (s) => s.quotes.push({ ...s.quotes[0], id: 'new-quote', text: 'New words.' }), { added: { ...none, quotes: ['new-quote'] } }],
    ['a quote corrected', (s) => (s.quotes[2].text += ' (corrected)'), { changed: { ...none, quotes: [base.quotes[2].id] } }],
    ['a quote removed', (s) => s.quotes.splice(3, 1), { removed: { ...none, quotes: [base.quotes[3].id] } }],
    ['a stance changed', (s) => (s.positions[0].stance = s.positions[0].stance === 'opposes' ? 'supports' : 'opposes'), { changed: { ...none, positions: [positionId(base.positions[0])] } }],
    ['a position removed', (s) => s.positions.pop(), { removed: { ...none, positions: [positionId(base.positions.at(-1))] } }],
    ['an event added', (s) => s.negotiation.events.push({ id: 'riyadh-2', date: '2025-04-01', title: 'Second round', parties: [], status: 'scheduled' }), { added: { ...none, events: ['riyadh-2'] } }],
    ['an event cancelled', (s) => (s.negotiation.events[1].status = 'cancelled'), { changed: { ...none, events: [base.negotiation.events[1].id] } }],
    ['an obstacle removed', (s) => s.negotiation.obstacles.shift(), { removed: { ...none, obstacles: [base.negotiation.obstacles[0].id] } }],
    ['the stage moved', (s) => (s.negotiation.stage = s.negotiation.stages.at(-1).id), { other: ['negotiation/stage'] }],
    ['the headline and updated date', (s) => ((s.headline += '!'), (s.updated = '2025-04-02')), { other: ['headline', 'updated'] }],
    ['a party renamed', (s) => (s.parties[0].name += ' (renamed)'), { other: [`parties/${base.parties[0].id}`] }],
  ];
  for (const [name, change, expected] of cases) {
    test(name, () => {
      const after = copy();
      change(after);
      const diff = diffStories(base, after);
      assert.deepEqual(diff, { storyId: base.id, added: none, changed: none, removed: none, other: [], ...expected });
      assert.equal(isEmptyDiff(diff), false);
    });
  }

  test('key order and copies are not changes', () => {
    const reordered = JSON.parse(JSON.stringify(base, (key, value) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value)));
    assert.equal(isEmptyDiff(diffStories(base, reordered)), true);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'nw-diff-'));
const cli = (...args) => spawnSync(process.execPath, ['dist/cli.js', 'diff', ...args], { encoding: 'utf8' });

describe('negotiation-widgets diff: editor language', () => {
  test('names each change with what it was and what it is', () => {
    const after = copy();
    const position = after.positions.find((p) => p.stance === 'supports') ?? after.positions[0];
    const from = position.stance;
    position.stance = 'opposes';
    after.negotiation.events.push({ id: 'geneva', date: '2025-05-02', title: 'Talks in Geneva', parties: [], status: 'scheduled' });
    after.negotiation.events[0].status = 'cancelled';
    const file = join(dir, 'edited.json');
    writeFileSync(file, JSON.stringify(after));
    const lines = cli(FILE, file).stdout.split('\n').map((line) => line.trim());
    const party = base.parties.find((p) => p.id === position.party).name;
    const issue = base.issues.find((i) => i.id === position.issue).title;
    assert.ok(lines.includes(`Position changed: ${party} on ${issue}: stance "${from}" → "opposes"`), lines.join('\n'));
    assert.ok(lines.includes('Event added: "Talks in Geneva" (2025-05-02, scheduled)'), lines.join('\n'));
    assert.ok(lines.some((line) => line.startsWith('Event changed: ') && line.endsWith(`status "${base.negotiation.events[0].status}" → "cancelled"`)), lines.join('\n'));
  });
});

/** A random edit of the built-in story: items dropped, edited and added in every list. */
const edited = fc
  .record({
    drop: fc.array(fc.nat(), { maxLength: 12 }),
    edit: fc.array(fc.nat(), { maxLength: 12 }),
    add: fc.array(fc.tuple(fc.constantFrom(...DIFF_KINDS), fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/)), { maxLength: 6 }),
    stance: fc.constantFrom('supports', 'opposes', 'conditional', 'unclear', 'not-stated'),
  })
  .map(({ drop, edit, add, stance }) => {
    const story = copy();
    const lists = { quotes: story.quotes, positions: story.positions, events: story.negotiation.events, obstacles: story.negotiation.obstacles };
    drop.forEach((n, i) => {
      const list = lists[DIFF_KINDS[i % 4]];
      if (list.length) list.splice(n % list.length, 1);
    });
    edit.forEach((n, i) => {
      const kind = DIFF_KINDS[(i + 1) % 4];
      const list = lists[kind];
      if (!list.length) return;
      const item = list[n % list.length];
      if (kind === 'positions') item.stance = stance;
      else if (kind === 'events') item.title += ' (edited)';
      else item.text += ' (edited)';
    });
    for (const [kind, id] of add) {
      if (kind === 'positions') lists.positions.push({ party: `p-${id}`, issue: 'new-issue', stance, summary: 'New.', evidence: [] });
      else if (kind === 'events') lists.events.push({ id: `e-${id}`, date: null, title: 'New', parties: [], status: 'tentative' });
      else lists[kind].push({ id: `${kind}-${id}`, text: 'New.', parties: [], issues: [] });
    }
    // Ids stay unique, as the validator demands.
    for (const kind of DIFF_KINDS) {
      const seen = new Set();
      const list = lists[kind];
      for (let i = list.length - 1; i >= 0; i--) {
        const id = kind === 'positions' ? positionId(list[i]) : list[i].id;
        if (seen.has(id)) list.splice(i, 1);
        seen.add(id);
      }
    }
    return story;
  });

describe('diffStories: properties', () => {
  test('a story diffed with itself (or a copy) is empty', () => {
    fc.assert(
      fc.property(edited, (story) => {
        assert.equal(isEmptyDiff(diffStories(story, story)), true);
        assert.equal(isEmptyDiff(diffStories(story, structuredClone(story))), true);
      }),
    );
  });

  test('applying the reported changes to the old ids gives the new ids', () => {
    fc.assert(
      fc.property(edited, edited, (a, b) => {
        const diff = diffStories(a, b);
        const before = ids(a);
        const after = ids(b);
        for (const kind of DIFF_KINDS) {
          const removed = new Set(diff.removed[kind]);
          const rebuilt = [...before[kind].filter((id) => !removed.has(id)), ...diff.added[kind]];
          assert.deepEqual(new Set(rebuilt), new Set(after[kind]), kind);
          assert.equal(rebuilt.length, after[kind].length, kind);
          // Changed items are in both, and are exactly those whose content differs.
          for (const id of diff.changed[kind]) assert.ok(before[kind].includes(id) && after[kind].includes(id));
        }
        // Reversed, added and removed swap.
        const back = diffStories(b, a);
        for (const kind of DIFF_KINDS) {
          assert.deepEqual(new Set(back.added[kind]), new Set(diff.removed[kind]));
          assert.deepEqual(new Set(back.changed[kind]), new Set(diff.changed[kind]));
        }
      }),
    );
  });
});

describe('negotiation-widgets diff', () => {
  test('prints the changes in editor language; exit 1 when something changed, 0 when not', () => {
    const after = copy();
    after.updated = '2025-04-01';
    after.negotiation.events.push({ id: 'geneva', date: '2025-05-02', title: 'Talks in Geneva', parties: [], status: 'scheduled' });
    assert.equal(validateStory(after).ok, true);
    const file = join(dir, 'new.json');
    writeFileSync(file, JSON.stringify(after));
    const changed = cli(FILE, file);
    assert.equal(changed.status, 1, changed.stderr);
    assert.match(changed.stdout, /^Story "us-russia-ukraine-talks-2025": 2 changes$/m);
    assert.match(changed.stdout, /^ {2}Event added: "Talks in Geneva" \(2025-05-02, scheduled\)$/m);
    assert.match(changed.stdout, /^ {2}Updated: null → "2025-04-01"$/m);
    const same = cli(FILE, FILE);
    assert.equal(same.status, 0);
    assert.match(same.stdout, /No changes/);
  });

  test('another story, an invalid file or a wrong argument count: exit 2', () => {
    const other = copy();
    other.id = 'another-story';
    const file = join(dir, 'other.json');
    writeFileSync(file, JSON.stringify(other));
    const result = cli(FILE, file);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Different stories/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{');
    assert.match(cli(FILE, broken).stderr, /not valid JSON/);
    assert.equal(cli(FILE).status, 2);
  });
});
