import { expect } from '@open-wc/testing';
import { parsePartialDate } from '../../src/data/dates.js';
import { getBuiltInStory } from '../../src/data/stories/index.js';
import { localeFor } from '../../src/shared/i18n.js';
import { buildStatusModel, findNext, sortEvents } from '../../src/negotiation-status/status-model.js';
import type { EventStatus, Negotiation, Story, TimelineEvent } from '../../src/data/story.js';
import type { StatusModel, StatusOptions } from '../../src/negotiation-status/status-model.js';
import { loadAllLanguages } from '../helpers.js';
import type { STATUS_STRINGS } from '../../src/negotiation-status/strings.js';

// The models are tested in every language: load them all first, as widgets on such pages do.
await loadAllLanguages();

const builtIn = getBuiltInStory()!;
const strings = localeFor<typeof STATUS_STRINGS>('en').strings;

function withNegotiation(patch: Partial<Negotiation>, story: Partial<Story> = {}): Story {
  const base = structuredClone(builtIn);
  return { ...base, ...story, negotiation: { ...base.negotiation!, ...patch } };
}

function build(story: Story, options: Partial<StatusOptions> = {}): StatusModel {
  const result = buildStatusModel(story, { strings, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function event(id: string, date: string | null, status: EventStatus = 'done'): TimelineEvent {
  return { id, date, title: id, parties: [], status };
}

const day = (iso: string) => parsePartialDate(iso)!;

describe('status-model', () => {
  describe('day of the war (conflict start is day 1)', () => {
    const cases: [string, string, number | null][] = [
      ['2022-02-24', '2025-02-12', 1085],
      ['2025-01-01', '2025-01-01', 1],
      ['2025-01-01', '2025-01-02', 2],
      ['2025-01', '2025-02-01', 32],
      ['2024', '2025-01-01', 367],
      ['2025-03-01', '2025-02-12', null],
    ];
    for (const [conflictStart, asOf, expected] of cases) {
      it(`${conflictStart} → ${asOf}: ${expected}`, () => {
        expect(build(withNegotiation({ conflictStart, asOf })).dayOfWar).to.equal(expected);
      });
    }

    it('counts against the reader’s today when given one, else against the story’s date', () => {
      const today = build(builtIn, { today: day('2025-02-20') });
      expect([today.dayOfWar, today.reference]).to.deep.equal([1093, day('2025-02-20')]);
      expect(today.asOf).to.deep.equal(day('2025-02-12'));
      expect(build(builtIn).reference).to.deep.equal(day('2025-02-12'));
    });
  });

  describe('stages', () => {
    const ids = builtIn.negotiation!.stages.map((s) => s.id);
    for (const [index, current] of ids.entries()) {
      it(`current "${current}" makes earlier stages done and later ones upcoming`, () => {
        const model = build(withNegotiation({ stage: current }));
        expect(model.stages.map((s) => s.state)).to.deep.equal(ids.map((_, i) => (i < index ? 'done' : i === index ? 'current' : 'upcoming')));
        expect(model.stage.id).to.equal(current);
      });
    }
  });

  describe('sortEvents', () => {
    const cases: [string, (string | null)[], string[]][] = [
      ['chronological', ['2025-02-12', '2021-06', '2025-01-21'], ['2021-06', '2025-01-21', '2025-02-12']],
      ['coarser dates head the finer ones they contain', ['2024-03-05', '2024-03', '2024'], ['2024', '2024-03', '2024-03-05']],
      ['undated last, in story order', [null, '2025', null, '2024'], ['2024', '2025', 'null#0', 'null#2']],
    ];
    for (const [name, dates, expected] of cases) {
      it(name, () => {
        const events = dates.map((d, i) => ({ key: d === null ? `null#${i}` : d, date: d === null ? null : day(d) }));
        expect(sortEvents(events).map((e) => e.key)).to.deep.equal(expected);
      });
    }

    it('keeps story order among equal dates', () => {
      const events = ['a', 'b', 'c', 'd'].map((key, i) => ({ key, date: day(i === 3 ? '2025-01-01' : '2025-02-12') }));
      expect(sortEvents(events).map((e) => e.key)).to.deep.equal(['d', 'a', 'b', 'c']);
    });
  });

  describe('findNext', () => {
    const cases: [string, TimelineEvent[], string, string | undefined][] = [
      ['the first scheduled event on or after the reference', [event('a', '2025-02-01', 'scheduled'), event('b', '2025-02-14', 'scheduled'), event('c', '2025-02-20', 'tentative')], '2025-02-12', 'b'],
      ['an event on the reference day itself', [event('a', '2025-02-12', 'scheduled')], '2025-02-12', 'a'],
      ['a tentative event counts', [event('a', '2025-03-01', 'tentative')], '2025-02-12', 'a'],
      ['done and cancelled events never count', [event('a', '2025-03-01', 'done'), event('b', '2025-03-02', 'cancelled'), event('c', '2025-03-03', 'scheduled')], '2025-02-12', 'c'],
      ['a month that has not ended is still upcoming', [event('a', '2025-03', 'scheduled')], '2025-03-10', 'a'],
      ['a month that has ended is not', [event('a', '2025-02', 'scheduled')], '2025-03-01', undefined],
      ['an undated event only when no dated one counts', [event('u', null, 'tentative'), event('a', '2025-03-01', 'scheduled')], '2025-02-12', 'a'],
      ['the undated event when the dated ones are past', [event('a', '2025-02-01', 'scheduled'), event('u', null, 'tentative')], '2025-02-12', 'u'],
      ['nothing upcoming', [event('a', '2025-02-01', 'done')], '2025-02-12', undefined],
    ];
    for (const [name, events, reference, expected] of cases) {
      it(name, () => {
        const views = sortEvents(events.map((e) => ({ ...e, date: e.date === null ? null : day(e.date) })));
        expect(findNext(views, day(reference))?.id).to.equal(expected);
      });
    }
  });

  describe('the built-in story', () => {
    const model = build(builtIn);
    const negotiation = builtIn.negotiation!;

    it('has the title, stage and dates of the story', () => {
      expect([model.title, model.stage.label, model.dayOfWar]).to.deep.equal([negotiation.title, 'Talks announced', 1085]);
      expect(model.asOf).to.deep.equal(day(negotiation.asOf));
    });

    it('keeps every event, the undated meeting, visits and daily work last', () => {
      expect(model.events.map((e) => [e.id, e.status])).to.deep.equal(negotiation.events.map((e) => [e.id, e.status]));
      expect(model.events.slice(-3).map((e) => [e.id, e.date, e.dateLabel])).to.deep.equal([
        ['saudi-arabia-meeting', null, 'No date given'],
        ['visits', null, 'No date given'],
        ['daily-work', null, 'No date given'],
      ]);
    });

    it('marks the Munich Security Conference next; "in 2 days" only counted to the reader’s today', () => {
      expect([model.next?.id, model.next?.daysAway]).to.deep.equal(['munich-security-conference', undefined]);
      const today = build(builtIn, { today: day('2025-02-12') });
      expect([today.next?.id, today.next?.daysAway]).to.deep.equal(['munich-security-conference', 2]);
      expect(model.events.filter((e) => e.isNext)).to.have.length(1);
    });

    it('marks the undated meeting next when the conference is past, counted to today', () => {
      const today = build(builtIn, { today: day('2025-02-20') });
      expect([today.next?.id, today.next?.daysAway]).to.deep.equal(['saudi-arabia-meeting', undefined]);
    });

    it('names the talks by the story’s label, else by the title', () => {
      expect(model.label).to.equal('Ukraine talks');
      const copy = structuredClone(builtIn);
      delete copy.negotiation!.label;
      expect(build(copy).label).to.equal(copy.negotiation!.title);
    });

    it('marks a gap of more than a year before the next dated event, and only that one', () => {
      expect(model.events.filter((e) => e.gapAfter).map((e) => e.id)).to.deep.equal(['geneva-summit-2021']);
    });

    it('gives event quotes verbatim with their speaker and the article’s words around them', () => {
      const call = model.events.find((e) => e.id === 'trump-putin-call')!;
      const quote = builtIn.quotes.find((q) => q.id === 'trump-negotiations-immediately')!;
      expect(call.quote).to.deep.equal({ text: quote.text, context: quote.context, contextAfter: quote.contextAfter, attribution: 'Donald Trump' });
    });

    it('names the parties and the issue of each obstacle', () => {
      expect(model.obstacles.map((o) => [o.id, o.parties.map((p) => p.shortName), o.issue?.title])).to.deep.equal(
        negotiation.obstacles.map((o) => [
          o.id,
          o.parties.map((id) => builtIn.parties.find((p) => p.id === id)!.shortName),
          builtIn.issues.find((i) => i.id === o.issue)?.title,
        ]),
      );
    });

    it('has no footer data when the story has no source or update date', () => {
      expect([model.source, model.updated]).to.deep.equal([undefined, undefined]);
    });
  });

  describe('footer', () => {
    const cases: [string, Partial<Story>, StatusModel['source'], string | undefined][] = [
      ['an http source is linked', { source: { name: 'Gazette', url: 'https://example.org/a' } }, { name: 'Gazette', url: 'https://example.org/a' }, undefined],
      ['any other address is dropped', { source: { name: 'Gazette', url: 'javascript:alert(1)' } }, { name: 'Gazette' }, undefined],
      ['a source without a url', { source: { name: 'Gazette' }, updated: '2025-03' }, { name: 'Gazette' }, '2025-03'],
    ];
    for (const [name, patch, source, updated] of cases) {
      it(name, () => {
        const model = build({ ...structuredClone(builtIn), ...patch });
        expect(model.source).to.deep.equal(source);
        expect(model.updated).to.deep.equal(updated ? day(updated) : undefined);
      });
    }
  });

  describe('errors, naming the story', () => {
    const cases: [string, Story, string, string][] = [
      ['no negotiation part', { ...structuredClone(builtIn), id: 'bare', negotiation: undefined }, 'missing-part', 'Story "bare" has no negotiation part.'],
      ['an unknown stage id', withNegotiation({ stage: 'truce' }, { id: 'odd' }), 'not-found', 'No stage "truce" in story "odd".'],
    ];
    for (const [name, story, code, message] of cases) {
      it(name, () => {
        const result = buildStatusModel(story, { strings });
        expect(result.ok).to.equal(false);
        if (!result.ok) expect([result.error.code, result.error.message]).to.deep.equal([code, message]);
      });
    }

    it('uses the page language for the message', () => {
      const result = buildStatusModel({ ...structuredClone(builtIn), id: 'bare', negotiation: undefined }, { strings: localeFor<typeof STATUS_STRINGS>('de').strings });
      expect(!result.ok && result.error.message).to.equal('Die Geschichte „bare“ enthält keinen Verhandlungsteil.');
    });
  });
});
