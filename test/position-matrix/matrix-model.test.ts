import { expect } from '@open-wc/testing';
import { getBuiltInStory } from '../../src/data/stories/index.js';
import { localeFor } from '../../src/shared/i18n.js';
import { buildMatrix, cellAt, cellName, clampToGrid, moveInGrid, moveInIssues, parseIdList, positionOf, shownOrder } from '../../src/position-matrix/matrix-model.js';
import { makeLargeStory } from './large-story.js';
import type { GridPosition, MatrixModel, MatrixOptions } from '../../src/position-matrix/matrix-model.js';
import { loadAllLanguages } from '../helpers.js';
import type { MATRIX_STRINGS } from '../../src/position-matrix/strings.js';

// The models are tested in every language: load them all first, as widgets on such pages do.
await loadAllLanguages();

const story = getBuiltInStory()!;
const en = localeFor<typeof MATRIX_STRINGS>('en');

function build(options: MatrixOptions, locale = en): MatrixModel {
  const result = buildMatrix(story, options, locale);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('matrix-model', () => {
  describe('shortNames (every word of every short name at most 7 characters: the names stay across in narrower columns)', () => {
    const cases: [string, boolean][] = [
      ['Germany', true],
      ['New Zealand', true],
      ['Azerbaijan', false],
      ['Bosnia-Herzegovina', false],
      ['Ūkrainė', true],
    ];
    for (const [shortName, expected] of cases) {
      it(`${shortName}: ${expected}`, () => {
        const changed = structuredClone(story);
        changed.parties[0]!.shortName = shortName;
        const result = buildMatrix(changed, {}, en);
        expect(result.ok && result.value.shortNames).to.equal(expected);
      });
    }
    it('the built-in story: true', () => expect(build({}).shortNames).to.equal(true));
  });

  describe('parseIdList', () => {
    const cases: [string | null | undefined, string[] | null][] = [
      [undefined, null],
      [null, null],
      ['', null],
      [' , ,', null],
      ['us', ['us']],
      [' us , russia,,', ['us', 'russia']],
      ['us,us,eu', ['us', 'eu']],
    ];
    for (const [input, expected] of cases) {
      it(`reads ${JSON.stringify(input)}`, () => expect(parseIdList(input)).to.deep.equal(expected));
    }
  });

  describe('moveInGrid (6 rows × 4 columns)', () => {
    const cases: [string, [number, number], string, { ctrl?: boolean; rtl?: boolean }, [number, number] | undefined][] = [
      ['right', [1, 1], 'ArrowRight', {}, [1, 2]],
      ['left', [1, 1], 'ArrowLeft', {}, [1, 0]],
      ['right, right to left', [1, 1], 'ArrowRight', { rtl: true }, [1, 0]],
      ['left, right to left', [1, 1], 'ArrowLeft', { rtl: true }, [1, 2]],
      ['down', [1, 1], 'ArrowDown', {}, [2, 1]],
      ['up', [1, 1], 'ArrowUp', {}, [0, 1]],
      ['up at the top stays', [0, 2], 'ArrowUp', {}, [0, 2]],
      ['right at the end stays', [3, 3], 'ArrowRight', {}, [3, 3]],
      ['down at the bottom stays', [5, 0], 'ArrowDown', {}, [5, 0]],
      ['Home', [3, 2], 'Home', {}, [3, 0]],
      ['End', [3, 1], 'End', {}, [3, 3]],
      ['Ctrl+Home', [3, 2], 'Home', { ctrl: true }, [0, 0]],
      ['Ctrl+End', [3, 1], 'End', { ctrl: true }, [5, 3]],
      ['other keys', [1, 1], 'a', {}, undefined],
    ];
    for (const [name, [row, col], key, options, expected] of cases) {
      it(name, () =>
        expect(moveInGrid({ row, col }, key, options, 6, 4)).to.deep.equal(expected ? { row: expected[0], col: expected[1] } : undefined),
      );
    }
  });

  describe('moveInIssues (the by-issue presentation: 3 issues of 4 parties, shown grouped by stance)', () => {
    // Issue 0 shows parties 2, 0, 3, 1; issue 1 in grid order; issue 2 shows 3, 1, 0, 2.
    const shown = [
      [2, 0, 3, 1],
      [0, 1, 2, 3],
      [3, 1, 0, 2],
    ];
    const cases: [string, [number, number], string, { ctrl?: boolean; rtl?: boolean }, [number, number] | undefined][] = [
      ['right: the next cell shown', [0, 2], 'ArrowRight', {}, [0, 0]],
      ['right again', [0, 0], 'ArrowRight', {}, [0, 3]],
      ['left: the one shown before', [0, 3], 'ArrowLeft', {}, [0, 0]],
      ['right, right to left', [0, 0], 'ArrowRight', { rtl: true }, [0, 2]],
      ['right at the last shown stays', [0, 1], 'ArrowRight', {}, [0, 1]],
      ['Home: the first shown', [2, 0], 'Home', {}, [2, 3]],
      ['End: the last shown', [2, 3], 'End', {}, [2, 2]],
      ['down: the same party on the next issue', [0, 3], 'ArrowDown', {}, [1, 3]],
      ['up: the same party on the issue above', [2, 1], 'ArrowUp', {}, [1, 1]],
      ['Ctrl+Home: the first cell shown', [2, 2], 'Home', { ctrl: true }, [0, 2]],
      ['Ctrl+End: the last cell shown', [0, 2], 'End', { ctrl: true }, [2, 2]],
      ['other keys', [1, 1], 'a', {}, undefined],
    ];
    for (const [name, [row, col], key, options, expected] of cases) {
      it(name, () => expect(moveInIssues({ row, col }, key, options, shown)).to.deep.equal(expected ? { row: expected[0], col: expected[1] } : undefined));
    }

    it('shownOrder: supports, opposes, conditional, unclear, then not stated; grid order within a group', () => {
      const stances = ['not-stated', 'opposes', 'supports', 'not-stated', 'unclear', 'conditional'] as const;
      const rows = stances.map((stance) => ({ cells: [{ stance }] }));
      expect(shownOrder({ rows, columns: [{}] } as unknown as Parameters<typeof shownOrder>[0])).to.deep.equal([[2, 1, 5, 4, 0, 3]]);
    });
  });

  describe('grid positions (3 parties on 2 issues: row is the issue, column the party)', () => {
    const grid = build({ parties: 'us,russia,ukraine', issues: 'nato-membership,immediate-negotiations' });
    const positions: [string, string, string, GridPosition][] = [
      ['the first cell', 'us', 'nato-membership', { row: 0, col: 0 }],
      ['the last cell', 'ukraine', 'immediate-negotiations', { row: 1, col: 2 }],
      ['a party the grid does not show', 'eu', 'nato-membership', { row: 0, col: -1 }],
      ['an issue the grid does not show', 'us', 'territorial-integrity', { row: -1, col: 0 }],
    ];
    for (const [name, party, issue, expected] of positions) {
      it(`positionOf: ${name}`, () => expect(positionOf(grid, party, issue)).to.deep.equal(expected));
    }

    const cells: [string, GridPosition, [string, string] | undefined][] = [
      ['the first cell', { row: 0, col: 0 }, ['us', 'nato-membership']],
      ['the last cell', { row: 1, col: 2 }, ['ukraine', 'immediate-negotiations']],
      ['past the last issue', { row: 2, col: 0 }, undefined],
      ['past the last party', { row: 0, col: 3 }, undefined],
      ['not found (-1)', { row: -1, col: -1 }, undefined],
      ['not a number (a button without data-cell)', { row: NaN, col: NaN }, undefined],
    ];
    for (const [name, position, expected] of cells) {
      it(`cellAt: ${name}`, () => {
        const cell = cellAt(grid, position);
        expect(cell && [cell.party.id, cell.issue.id]).to.deep.equal(expected);
      });
    }

    const clamped: [string, GridPosition, GridPosition][] = [
      ['inside the grid: kept', { row: 1, col: 1 }, { row: 1, col: 1 }],
      ['past both ends (the grid shrank): the last cell', { row: 6, col: 5 }, { row: 1, col: 2 }],
      ['past the last party only', { row: 0, col: 4 }, { row: 0, col: 2 }],
    ];
    for (const [name, position, expected] of clamped) {
      it(`clampToGrid: ${name}`, () => expect(clampToGrid(position, grid)).to.deep.equal(expected));
    }

    const names: [string, GridPosition, string][] = [
      ['en', { row: 0, col: 0 }, 'United States on NATO membership: Opposes.'],
      ['en', { row: 1, col: 2 }, 'Ukraine on Negotiated settlement: Supports.'],
      ['de', { row: 0, col: 2 }, 'Ukraine zu NATO membership: Dafür.'],
    ];
    for (const [tag, position, expected] of names) {
      it(`cellName (${tag}): ${expected}`, () => expect(cellName(cellAt(grid, position)!, localeFor<typeof MATRIX_STRINGS>(tag).strings)).to.equal(expected));
    }
  });

  it('takes every party and issue in story order by default, with the story\'s graphic title, standfirst and source line', () => {
    const model = build({});
    expect(model.rows.map((row) => row.party.id)).to.deep.equal(story.parties.map((p) => p.id));
    expect(model.columns.map((issue) => issue.id)).to.deep.equal(story.issues.map((i) => i.id));
    expect(model.caption).to.equal(story.matrix!.title);
    expect(model.captionFromOptions).to.equal(false);
    expect(model.standfirst).to.equal(story.matrix!.standfirst);
    expect(model.source).to.deep.equal({ name: story.matrix!.source });
    // The date the positions are true for: the negotiation's, as the story has no "updated".
    expect([model.updated, model.asOf]).to.deep.equal([undefined, story.negotiation!.asOf]);
  });

  it('titles a choice of parties or issues, or a story without its own title, by what the grid shows', () => {
    const chosen = build({ parties: 'us,ukraine', issues: 'nato-membership' });
    expect(chosen.caption).to.equal('Where they stand: 2 parties on 1 issue');
    expect(chosen.captionFromOptions).to.equal(true);
    expect(chosen.standfirst).to.equal(undefined);
    const { matrix: _, ...plain } = story;
    const result = buildMatrix(plain, {}, localeFor('de'));
    expect(result.ok && result.value.caption).to.equal('Wo sie stehen: 6 Parteien zu 7 Themen');
    expect(result.ok && result.value.source).to.equal(undefined);
  });

  it('keys only the stances the shown cells use, "not stated" last', () => {
    expect(build({}).legend).to.deep.equal(['supports', 'opposes', 'not-stated']);
    expect(build({ parties: 'ukraine', issues: 'nato-membership' }).legend).to.deep.equal(['supports']);
    const unclear = structuredClone(story);
    unclear.positions.find((p) => p.party === 'ukraine' && p.issue === 'nato-membership')!.stance = 'unclear';
    const result = buildMatrix(unclear, { issues: 'nato-membership' }, en);
    expect(result.ok && result.value.legend).to.deep.equal(['supports', 'opposes', 'unclear', 'not-stated']);
  });

  it('gives every cell the stance of the story, and "not-stated" where there is no position', () => {
    const trimmed = { ...story, positions: story.positions.filter((p) => !(p.party === 'us' && p.issue === 'nato-membership')) };
    const result = buildMatrix(trimmed, {}, en);
    if (!result.ok) throw new Error(result.error.message);
    for (const row of result.value.rows) {
      for (const cell of row.cells) {
        const position = trimmed.positions.find((p) => p.party === cell.party.id && p.issue === cell.issue.id);
        expect(cell.stance, `${cell.party.id}/${cell.issue.id}`).to.equal(position?.stance ?? 'not-stated');
        expect(cell.summary).to.equal(position?.summary);
        expect(cell.reported).to.equal(position?.reported);
        expect(cell.evidence.map((e) => e.id)).to.deep.equal(position?.evidence ?? []);
      }
    }
  });

  it('resolves evidence quotes: verbatim text, speaker name and role, date and venue', () => {
    const cell = build({}).rows.find((r) => r.party.id === 'us')!.cells.find((c) => c.issue.id === 'nato-membership')!;
    const quote = story.quotes.find((q) => q.id === 'hegseth-nato-membership')!;
    const person = story.people.find((p) => p.id === quote.speaker)!;
    expect(cell.evidence).to.deep.equal([{ id: quote.id, text: quote.text, speaker: person.name, role: person.role, date: quote.date, venue: quote.venue }]);
    const russia = build({}).rows.find((r) => r.party.id === 'russia')!.cells.find((c) => c.issue.id === 'kursk-territory-swap')!;
    expect(russia.evidence[0]!.speaker).to.equal(story.parties.find((p) => p.id === 'russia')!.name);
  });

  const filters: [string, MatrixOptions, string[], string[]][] = [
    ['parties choose and order rows', { parties: 'ukraine,us' }, ['ukraine', 'us'], story.issues.map((i) => i.id)],
    ['issues choose and order columns', { issues: 'immediate-negotiations, nato-membership' }, story.parties.map((p) => p.id), ['immediate-negotiations', 'nato-membership']],
    ['both at once', { parties: 'eu', issues: 'seat-at-the-table' }, ['eu'], ['seat-at-the-table']],
    ['blank lists mean all', { parties: ' ', issues: '' }, story.parties.map((p) => p.id), story.issues.map((i) => i.id)],
  ];
  for (const [name, options, rows, columns] of filters) {
    it(`filters: ${name}`, () => {
      const model = build(options);
      expect(model.rows.map((r) => r.party.id)).to.deep.equal(rows);
      expect(model.columns.map((c) => c.id)).to.deep.equal(columns);
      for (const row of model.rows) expect(row.cells.map((c) => c.issue.id)).to.deep.equal(columns);
    });
  }

  const errors: [MatrixOptions, string][] = [
    [{ parties: 'us,narnia' }, 'No party "narnia" in story "us-russia-ukraine-talks-2025".'],
    [{ issues: 'nato-membership,moon-base' }, 'No issue "moon-base" in story "us-russia-ukraine-talks-2025".'],
    [{ highlight: 'atlantis' }, 'No party "atlantis" in story "us-russia-ukraine-talks-2025".'],
  ];
  for (const [options, message] of errors) {
    it(`reports not-found: ${message}`, () => {
      const result = buildMatrix(story, options, en);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.deep.equal({ code: 'not-found', message });
    });
  }

  it('marks the highlighted party', () => {
    const model = build({ highlight: 'ukraine' });
    expect(model.rows.filter((r) => r.party.highlighted).map((r) => r.party.id)).to.deep.equal(['ukraine']);
  });

  it('writes the summary sentence from the data', () => {
    const model = build({});
    expect(model.summary).to.match(/^6 parties on 7 issues\. /);
    expect(model.summary).to.contain('NATO membership: 2 support, 1 opposes, 3 not stated.');
    expect(model.summaryFromOptions).to.equal(false);
  });

  const sentences: [MatrixOptions, string, string][] = [
    [{ issues: 'nato-membership' }, 'en', '6 parties on 1 issue. NATO membership: 2 support, 1 opposes, 3 not stated.'],
    [{ parties: 'us', issues: 'nato-membership' }, 'en', '1 party on 1 issue. NATO membership: 1 opposes.'],
    [{ parties: 'us,russia,ukraine', issues: 'immediate-negotiations' }, 'en', '3 parties on 1 issue. Negotiated settlement: 3 support.'],
    [{ issues: 'nato-membership' }, 'de', '6 Parteien zu 1 Thema. NATO membership: 2 dafür, 1 dagegen und 3 nicht genannt.'],
    [{ description: 'Custom words.' }, 'en', 'Custom words.'],
  ];
  for (const [options, tag, expected] of sentences) {
    it(`summary (${tag}, ${JSON.stringify(options)})`, () => expect(build(options, localeFor(tag)).summary).to.equal(expected));
  }

  it('lets caption override the headline', () => {
    const model = build({ caption: 'Who wants what' });
    expect(model.caption).to.equal('Who wants what');
    expect(model.captionFromOptions).to.equal(true);
  });

  it('keeps the source link only when it is http(s), and the update date', () => {
    const { matrix: _, ...plain } = story;
    const base = { ...plain, updated: '2025-02-13' };
    const withLink = buildMatrix({ ...base, source: { name: 'Wire', url: 'https://example.com/a' } }, {}, en);
    const withoutLink = buildMatrix({ ...plain, source: { name: 'Wire', url: 'javascript:alert(1)' } }, {}, en);
    expect(withLink.ok && withLink.value.source).to.deep.equal({ name: 'Wire', url: 'https://example.com/a' });
    expect(withLink.ok && withLink.value.updated).to.equal('2025-02-13');
    expect(withoutLink.ok && withoutLink.value.source).to.deep.equal({ name: 'Wire' });
  });

  it('builds a 30 × 20 matrix', () => {
    const large = makeLargeStory();
    const result = buildMatrix(large, {}, en);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.rows).to.have.length(30);
    expect(result.value.rows.every((row) => row.cells.length === 20)).to.equal(true);
    expect(result.value.summary).to.match(/^30 parties on 20 issues\./);
  });
});
