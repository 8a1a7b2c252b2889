import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getBuiltInStory } from '../../src/data/stories/index.js';
import { format, localeFor } from '../../src/shared/i18n.js';
import '../../src/negotiation-status.js';
import type { NegotiationStatus } from '../../src/negotiation-status/negotiation-status.js';
import type { NwErrorDetail } from '../../src/shared/story-element.js';
import type { Story } from '../../src/data/story.js';
import { isolateEachTest } from '../helpers.js';
import type { STATUS_STRINGS } from '../../src/negotiation-status/strings.js';

const builtIn = getBuiltInStory()!;
const negotiation = builtIn.negotiation!;
const en = localeFor<typeof STATUS_STRINGS>('en').strings;
const FIXTURE = new URL('../fixtures/story.json', import.meta.url).href;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => Array.from(root(el).querySelectorAll<HTMLElement>(selector));
const visible = (node: Element) => node.getClientRects().length > 0;

/** Text as assistive technology gets it: without `aria-hidden` decoration. */
function spoken(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return clean(Array.from(node.childNodes).map(spoken).join(''));
}

async function settled(el: NegotiationStatus): Promise<NegotiationStatus> {
  await waitUntil(() => el.loadedStory !== undefined || el.error !== undefined, 'story never settled', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** A story whose negotiation is replaced in part. */
function storyWith(patch: Partial<NonNullable<Story['negotiation']>>, story: Partial<Story> = {}): Story {
  const copy = structuredClone(builtIn);
  return { ...copy, ...story, negotiation: { ...copy.negotiation!, ...patch } };
}

/** The timeline as a reader sees it: date, title, status badge. */
function timeline(el: NegotiationStatus): [string, string, string][] {
  return $$(el, '.events > li').map((li) => [
    clean(li.querySelector('.event-when')!.textContent),
    clean(li.querySelector('.event-title')!.textContent),
    clean(li.querySelector('.badge')!.textContent).replace(/^\S+ /, ''),
  ]);
}

async function expand(el: NegotiationStatus): Promise<void> {
  const toggle = $(el, 'button.toggle');
  if (toggle && toggle.getAttribute('aria-expanded') === 'false') {
    toggle.click();
    await el.updateComplete;
  }
}

describe('<negotiation-status>', () => {
  const warnings = isolateEachTest();

  describe('the built-in story', () => {
    it('shows the title, the current stage, the day of the war and the date', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      expect(clean($(el, 'h2')!.textContent)).to.equal(negotiation.title);
      expect(clean($(el, '.stage-now')!.textContent)).to.equal('Current stage Talks announced');
      expect(clean($(el, '.day')!.textContent)).to.equal('Day 1,085 of the war, as the article counts');
      expect(clean($(el, '.as-of')!.textContent)).to.equal('As of 12 February 2025');
      expect($(el, 'section')!.getAttribute('aria-labelledby')).to.equal('title');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('tracks the stages in an ordered list, the current one marked as the step', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      const items = $$(el, 'ol.stage-list > li');
      const current = negotiation.stages.findIndex((s) => s.id === negotiation.stage);
      expect(items.map(spoken)).to.deep.equal(
        negotiation.stages.map((s, i) => `${s.label} (${i < current ? en.stageDone : i === current ? en.stageCurrent : en.stageUpcoming})`),
      );
      expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal(negotiation.stages.map((_, i) => (i === current ? 'step' : null)));
      // State is carried by an icon as well as colour.
      expect(items.map((li) => li.querySelector('.stage-icon')!.textContent)).to.deep.equal(['✓', '●', '○', '○', '○', '○']);
    });

    it('lists every event in date order with its status, the undated meeting and visits last', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      await expand(el);
      const items = $$(el, '.events > li');
      expect(items.every(visible)).to.equal(true);
      expect(timeline(el)).to.deep.equal([
        ['June 2021', negotiation.events[0]!.title, 'Done'],
        ['21 January 2025', negotiation.events[1]!.title, 'Done'],
        ['11 February 2025', 'Zelenskyy suggests a territory swap involving Russia’s Kursk region, in an interview with The Guardian', 'Done'],
        ['12 February 2025', negotiation.events[3]!.title, 'Done'],
        ['12 February 2025', negotiation.events[4]!.title, 'Done'],
        ['12 February 2025', negotiation.events[5]!.title, 'Done'],
        ['14 February 2025', negotiation.events[6]!.title, 'Scheduled'],
        ['No date given', 'Trump and Putin to meet in Saudi Arabia', 'Tentative'],
        ['No date given', 'Trump and Putin to visit each other’s countries', 'Tentative'],
        ['No date given', 'Teams from each side to begin a “process of daily work”', 'Tentative'],
      ]);
      expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? null)).to.deep.equal(negotiation.events.map((e) => e.date));
    });

    it('marks the Munich Security Conference next, without a relative day counted to the story’s date', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      const next = $$(el, '.events > li').filter((li) => li.querySelector('.next-badge'));
      expect(next).to.have.length(1);
      expect(clean(next[0]!.querySelector('.event-title')!.textContent)).to.equal('Munich Security Conference begins');
      expect(clean(next[0]!.querySelector('.next-line')!.textContent)).to.equal('Next');
      // Live, the count is to the reader's today, so it is true where it is read.
      const live = await fixture<NegotiationStatus>(html`<negotiation-status live .now=${new Date('2025-02-12T08:00:00Z')}></negotiation-status>`);
      expect(clean($(live, '.is-next .next-line')!.textContent)).to.equal('Next in 2 days');
    });

    it('shows event quotes verbatim in quotation marks, with the speaker', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      const quote = builtIn.quotes.find((q) => q.id === 'hegseth-nato-membership')!;
      await expand(el);
      const li = $$(el, '.events > li').find((item) => clean(item.querySelector('.event-title')!.textContent) === negotiation.events[3]!.title)!;
      const blockquote = li.querySelector('blockquote')!;
      expect(clean(blockquote.querySelector('.quote-text')!.textContent)).to.equal(`“${quote.text}”`);
      // On the line, "Quote" and the speaker; no words cut to fit: they show whole when opened.
      const details = li.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(spoken(details.querySelector('summary')!)).to.equal('Quote Pete Hegseth');
      expect(details.querySelector('summary')!.textContent).to.not.contain(quote.text.slice(0, 12));
      details.querySelector('summary')!.click();
      expect(visible(blockquote)).to.equal(true);
    });

    it('shows a fragment inside the article’s words around it', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      await expand(el);
      const quote = builtIn.quotes.find((q) => q.id === 'trump-negotiations-immediately')!;
      const li = $$(el, '.events > li').find((item) => item.querySelector('.event-title')!.textContent!.includes('Trump and Putin speak by phone'))!;
      expect(clean(li.querySelector('blockquote')!.textContent)).to.equal(`${quote.context} “immediately” ${quote.contextAfter}`);
    });

    it('lists the obstacles with their parties and issue', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      const items = $$(el, '.obstacle-list > li');
      expect(items.map((li) => clean(li.querySelector('.obstacle-text')!.textContent))).to.deep.equal(negotiation.obstacles.map((o) => o.text));
      expect(items.map((li) => Array.from(li.querySelectorAll('.party')).map((p) => clean(p.textContent)))).to.deep.equal(
        negotiation.obstacles.map((o) => o.parties.map((id) => builtIn.parties.find((p) => p.id === id)!.shortName)),
      );
      expect(clean(items[0]!.querySelector('.issue summary')!.textContent)).to.equal('Issue: NATO membership');
      expect(items[0]!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Parties');
    });

    it('opens an obstacle’s issue inside the widget, from the keyboard', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      const details = $(el, '.obstacle-list > li .issue') as HTMLDetailsElement;
      const question = builtIn.issues.find((i) => i.id === negotiation.obstacles[0]!.issue)!.question;
      expect(details.open).to.equal(false);
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      expect(clean(details.querySelector('.question')!.textContent)).to.equal(question);
      expect(details.querySelector('.question')!.getClientRects().length).to.be.greaterThan(0);
    });

    it('hides earlier events behind a button operable from the keyboard', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      const toggle = $(el, 'button.toggle')!;
      expect([clean(toggle.textContent), toggle.getAttribute('aria-expanded')]).to.deep.equal(['Show earlier events (4)', 'false']);
      // Earlier events are not rendered until shown (a story may have 500).
      const titles = () => $$(el, '.events > li').filter(visible).map((li) => clean(li.querySelector('.event-title')!.textContent));
      expect(titles()).to.deep.equal(negotiation.events.slice(4).map((e) => e.title));
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect([clean(toggle.textContent), toggle.getAttribute('aria-expanded')]).to.deep.equal([en.showLess, 'true']);
      expect(titles()).to.deep.equal(negotiation.events.map((e) => e.title));
      expect(root(el).activeElement).to.equal(toggle);
    });
  });

  it('a story names what its day count counts, in its own words; without a basis none is shown', async () => {
    const story = storyWith({ conflictStart: '2025-01-22', asOf: '2025-02-12', dayCountLabel: 'Day {n} of the strike', dayCountBasis: undefined });
    const el = await fixture<NegotiationStatus>(html`<negotiation-status .story=${story}></negotiation-status>`);
    expect(clean($(el, '.day')!.textContent)).to.equal('Day 22 of the strike');
    const compact = await fixture<NegotiationStatus>(html`<negotiation-status layout="compact" .story=${story}></negotiation-status>`);
    expect(clean($(compact, '.day-item')!.textContent)).to.equal('Day 22 of the strike');
    // On a German page the story's words stay the story's, marked as its language.
    const de = await fixture<HTMLDivElement>(html`<div lang="de"><negotiation-status .story=${story}></negotiation-status></div>`);
    const inGerman = de.querySelector('negotiation-status')!;
    await inGerman.updateComplete;
    expect(clean($(inGerman, '.day')!.textContent)).to.equal('Day 22 of the strike');
    expect($(inGerman, '.day > span')!.getAttribute('lang')).to.equal('en');
  });

  it('a live count against today drops the story’s basis, which is true of its own date only', async () => {
    const el = await fixture<NegotiationStatus>(html`<negotiation-status live .now=${new Date('2025-02-24T12:00:00Z')}></negotiation-status>`);
    expect(clean($(el, '.day')!.textContent)).to.equal('Day 1,097 of the war');
  });

  it('sorts partial dates and shows them at their precision', async () => {
    const story = storyWith({
      asOf: '2024-01-15',
      events: [
        { id: 'day', date: '2024-03-05', title: 'A day', parties: [], status: 'scheduled' },
        { id: 'undated', date: null, title: 'Sometime', parties: [], status: 'cancelled' },
        { id: 'month', date: '2024-03', title: 'A month', parties: [], status: 'tentative' },
        { id: 'year', date: '2024', title: 'A year', parties: [], status: 'done' },
      ],
    });
    const el = await fixture<NegotiationStatus>(html`<negotiation-status .story=${story}></negotiation-status>`);
    expect(timeline(el)).to.deep.equal([
      ['2024', 'A year', 'Done'],
      ['March 2024', 'A month', 'Tentative'],
      ['5 March 2024', 'A day', 'Scheduled'],
      ['No date set', 'Sometime', 'Cancelled'],
    ]);
    expect($$(el, '.events time').map((t) => t.getAttribute('datetime'))).to.deep.equal(['2024', '2024-03', '2024-03-05']);
    // The month is next; a month-precision date gets no day count.
    expect(clean($(el, '.is-next .event-title')!.textContent)).to.equal('A month');
    expect($(el, '.is-next .relative')).to.equal(null);
  });

  it('renders story data as text, never as markup', async () => {
    const markup = '<img src=x onerror="window.__nwHacked = true">';
    const story = storyWith({ title: markup, events: [{ id: 'e', date: '2025-02-13', title: markup, parties: [], status: 'scheduled' }] });
    const el = await fixture<NegotiationStatus>(html`<negotiation-status .story=${story}></negotiation-status>`);
    expect(clean($(el, 'h2')!.textContent)).to.equal(markup);
    expect(clean($(el, '.event-title')!.textContent)).to.equal(markup);
    expect($$(el, 'img')).to.have.length(0);
  });

  describe('live', () => {
    it('counts days and the next event against a fixed now, and states that date', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status live .now=${new Date('2025-02-13T22:00:00Z')}></negotiation-status>`);
      expect(clean($(el, '.day')!.textContent)).to.equal('Day 1,086 of the war');
      expect(clean($(el, '.is-next .next-line')!.textContent)).to.equal('Next tomorrow');
      // The stated date is the one the day count and "tomorrow" count from; the story's own date is named as such.
      expect(clean($(el, '.as-of')!.textContent)).to.equal('As of 13 February 2025');
      expect($(el, '.as-of time')!.getAttribute('datetime')).to.equal('2025-02-13');
      expect(clean($(el, '.reported')!.textContent)).to.equal('Events as reported on 12 February 2025');
      expect(clean($(el, '.hero-next-when')!.textContent)).to.equal('14 February 2025 · tomorrow');
      el.now = new Date('2025-02-20T01:00:00Z');
      await el.updateComplete;
      expect(clean($(el, '.day')!.textContent)).to.equal('Day 1,093 of the war');
      expect(clean($(el, '.as-of')!.textContent)).to.equal('As of 20 February 2025');
      expect(clean($(el, '.is-next .event-title')!.textContent)).to.equal('Trump and Putin to meet in Saudi Arabia');
    });

    it('compact: the banner states the date its day count and "in N days" count from', async () => {
      const el = await fixture<NegotiationStatus>(
        html`<negotiation-status layout="compact" live .now=${new Date('2025-02-13T09:00:00Z')}></negotiation-status>`,
      );
      expect(spoken($(el, '.banner')!)).to.equal(
        'Ukraine talks Current stage Talks announced Day 1,086 of the war Next Munich Security Conference begins, 14 February 2025 (tomorrow) As of 13 February 2025',
      );
    });

    it('without live, states the story’s date and names no other', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status .now=${new Date('2025-03-01T00:00:00Z')}></negotiation-status>`);
      expect(clean($(el, '.dateline')!.textContent)).to.equal('As of 12 February 2025');
    });

    it('ignores now unless live, and reads the clock when now is unset', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status .now=${new Date('2030-01-01T00:00:00Z')}></negotiation-status>`);
      expect(clean($(el, '.day')!.textContent)).to.equal('Day 1,085 of the war, as the article counts');
      el.now = undefined;
      expect(Math.abs(el.now.getTime() - Date.now())).to.be.below(60_000);
    });
  });

  describe('layouts', () => {
    it('compact: one labelled line with what the talks are, the stage, day count and next event', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status layout="compact"></negotiation-status>`);
      expect(spoken($(el, '.banner')!)).to.equal(
        'Ukraine talks Current stage Talks announced Day 1,085 of the war, as the article counts Next Munich Security Conference begins, 14 February 2025 As of 12 February 2025',
      );
      // An archived page never shows "in 2 days" without the dates it counts between.
      expect($$(el, '.banner time').map((t) => t.getAttribute('datetime'))).to.deep.equal(['2025-02-14', '2025-02-12']);
      expect($(el, 'section')!.getAttribute('aria-label')).to.equal(negotiation.title);
      expect($$(el, 'ol, h2, h3')).to.have.length(0);
    });

    it('timeline: the timeline alone, every event shown', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status layout="timeline"></negotiation-status>`);
      expect($$(el, 'h2, h3').map((h) => [h.localName, clean(h.textContent)])).to.deep.equal([['h2', 'Timeline']]);
      expect($$(el, '.stage-list, .obstacle-list, .header, button')).to.have.length(0);
      expect($$(el, '.events > li').map((li) => clean(li.querySelector('.event-title')!.textContent))).to.deep.equal(negotiation.events.map((e) => e.title));
      expect($$(el, '.events > li').every(visible)).to.equal(true);
    });

    it('full (the default): header, stages, timeline, obstacles', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      expect(el.layout).to.equal('full');
      expect($$(el, 'h3').map((h) => clean(h.textContent))).to.deep.equal(['Typical stages of talks', 'Timeline', 'Obstacles']);
    });

    it('switches layout when the attribute changes', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      el.setAttribute('layout', 'compact');
      await el.updateComplete;
      expect($(el, '.banner')).to.not.equal(null);
    });

    for (const layout of ['full', 'compact', 'timeline']) {
      it(`${layout}: fits 240 px without horizontal scrolling`, async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div style="width: 240px"><negotiation-status layout=${layout}></negotiation-status></div>`);
        const el = wrap.querySelector('negotiation-status')!;
        await el.updateComplete;
        await nextFrame();
        const base = $(el, '.base')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      });
    }

    it('lays the stages out in a row when the container is wide, in a column when narrow', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 800px"><negotiation-status></negotiation-status></div>`);
      const el = wrap.querySelector('negotiation-status')!;
      await el.updateComplete;
      await nextFrame();
      expect(getComputedStyle($(el, '.stage-list')!).flexDirection).to.equal('row');
      wrap.style.width = '300px';
      await nextFrame();
      await nextFrame();
      expect(getComputedStyle($(el, '.stage-list')!).flexDirection).to.equal('column');
    });
  });

  describe('footer', () => {
    it('names the linked source and the update date of a story loaded by src', async () => {
      const el = await settled(await fixture<NegotiationStatus>(html`<negotiation-status src=${FIXTURE}></negotiation-status>`));
      const link = $(el, '.footer a')!;
      expect([clean(link.textContent), link.getAttribute('href')]).to.deep.equal(['Test Gazette', 'https://example.org/article']);
      expect(clean($(el, '.footer .updated')!.textContent)).to.equal('Updated March 2025');
      expect(clean($(el, 'h2')!.textContent)).to.equal('North–South talks');
    });

    it('shows no footer when the story has neither source nor update date', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status></negotiation-status>`);
      expect($(el, 'footer')).to.equal(null);
    });
  });

  describe('locales', () => {
    it('de: German strings, number and month names', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="de"><negotiation-status></negotiation-status></div>`);
      const el = wrap.querySelector('negotiation-status')!;
      await el.updateComplete;
      expect(clean($(el, '.day')!.textContent)).to.equal('Tag 1.085 des Krieges, as the article counts');
      expect(clean($(el, '.as-of')!.textContent)).to.equal('Stand: 12. Februar 2025');
      expect(clean($$(el, '.events time')[0]!.textContent)).to.equal('12. Februar 2025');
      expect(clean($(el, '.next-line')!.textContent)).to.equal('Als Nächstes');
      expect($$(el, 'h3').map((h) => clean(h.textContent))).to.deep.equal(['Typische Phasen von Verhandlungen', 'Chronik', 'Hindernisse']);
      // Story text keeps the story's language.
      expect($(el, 'h2')!.getAttribute('lang')).to.equal('en');
    });

    it('ar: right to left, Arabic strings', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><negotiation-status></negotiation-status></div>`);
      const el = wrap.querySelector('negotiation-status')!;
      await el.updateComplete;
      const ar = localeFor<typeof STATUS_STRINGS>('ar').strings;
      expect(getComputedStyle($(el, '.base')!).direction).to.equal('rtl');
      expect(clean($(el, '.day')!.textContent)).to.equal(`${format(ar.dayOfWar, { n: '1,085' })}${ar.listSeparator}as the article counts`);
      expect($$(el, 'h3').map((h) => clean(h.textContent))).to.deep.equal([ar.stages, ar.timeline, ar.obstacles]);
      expect(clean($(el, '.next-badge')!.textContent)).to.equal(ar.next);
      await expect(el).to.be.accessible();
    });
  });

  describe('errors', () => {
    it('reports a story without a negotiation part in place and as nw-error', async () => {
      const story = { ...structuredClone(builtIn), id: 'no-talks', negotiation: undefined };
      const event = oneEvent(document, 'nw-error') as Promise<CustomEvent<NwErrorDetail>>;
      const el = await fixture<NegotiationStatus>(html`<negotiation-status .story=${story}></negotiation-status>`);
      const { detail } = await event;
      expect([detail.code, detail.storyId, detail.message]).to.deep.equal(['missing-part', 'no-talks', 'Story "no-talks" has no negotiation part.']);
      // The reader is told what is missing; the developer detail goes to the console and the event.
      expect(clean($(el, '[part~="error"] strong')!.textContent)).to.equal('The state of the talks is not available.');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('Story "no-talks" has no negotiation part.');
      await expect(el).to.be.accessible();
    });

    it('reports an unknown stage id, which the validator rejects', async () => {
      const story = storyWith({ stage: 'truce' });
      const event = oneEvent(document, 'nw-error') as Promise<CustomEvent<NwErrorDetail>>;
      const el = await fixture<NegotiationStatus>(html`<negotiation-status .story=${story}></negotiation-status>`);
      const { detail } = await event;
      expect(detail.code).to.equal('invalid-story');
      expect(el.error?.errors?.map((e) => e.path)).to.deep.equal(['/negotiation/stage']);
      expect(detail.message).to.contain('truce');
      expect(clean($(el, '[part~="error"] strong')!.textContent)).to.equal('The state of the talks is not available.');
      expect($(el, '.stage-list')).to.equal(null);
    });

    it('reports an unknown story id', async () => {
      const el = await fixture<NegotiationStatus>(html`<negotiation-status story-id="nope"></negotiation-status>`);
      expect(el.error?.code).to.equal('not-found');
      expect(el.error?.message).to.contain('No built-in story "nope"');
      expect(clean($(el, '[part~="error"] strong')!.textContent)).to.equal('The state of the talks is not available.');
    });
  });

  describe('accessibility', () => {
    for (const layout of ['full', 'compact', 'timeline']) {
      for (const theme of ['light', 'dark']) {
        it(`has no axe violations: ${layout}, ${theme} theme`, async () => {
          const el = await fixture<NegotiationStatus>(html`<negotiation-status layout=${layout} theme=${theme}></negotiation-status>`);
          await expect(el).to.be.accessible();
          if ($(el, 'button.toggle')) {
            await expand(el);
            await expect(el).to.be.accessible();
          }
        });
      }
    }
  });
});
