import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getBuiltInStory } from '../../src/data/stories/index.js';
import { localeFor } from '../../src/shared/i18n.js';
import '../../src/position-matrix.js';
import { makeLargeStory, makeWorstStory } from './large-story.js';
import { captureWarnings, loadAllLanguages } from '../helpers.js';
import type { TemplateResult } from 'lit';
import type { Story } from '../../src/data/story.js';
import type { PositionMatrix } from '../../src/position-matrix/position-matrix.js';
import type { NwErrorDetail } from '../../src/shared/story-element.js';

const story = getBuiltInStory()!;
const strings = localeFor('en').strings;

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: PositionMatrix): ShadowRoot => el.shadowRoot!;
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

function expectedStance(s: Story, party: string, issue: string): string {
  return s.positions.find((p) => p.party === party && p.issue === issue)?.stance ?? 'not-stated';
}

async function mount(template: TemplateResult): Promise<PositionMatrix> {
  const host = await fixture<HTMLElement>(template);
  const el = host.localName === 'position-matrix' ? (host as PositionMatrix) : host.querySelector('position-matrix')!;
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

function columnTitles(el: PositionMatrix): string[] {
  return Array.from(root(el).querySelectorAll('thead th[scope="col"]')).map(text);
}

function rowNames(el: PositionMatrix): string[] {
  return Array.from(root(el).querySelectorAll('tbody th[scope="row"] span[lang]')).map(text);
}

function cell(el: PositionMatrix, row: number, col: number): HTMLButtonElement {
  return root(el).querySelectorAll('tbody tr')[row]!.querySelectorAll('td')[col]!.querySelector('button')!;
}

function focused(el: PositionMatrix): Element | null {
  return root(el).activeElement;
}

/** The story with one-word issue titles, each narrower than the minimum column (4.5 rem). */
function shortTitles(s: Story): Story {
  const copy = structuredClone(s);
  const titles = ['NATO', 'Old borders', 'Land', 'Kursk', 'US role', 'Europe', 'Talks'];
  copy.issues.forEach((issue, index) => (issue.title = titles[index % titles.length]!));
  return copy;
}

/** Ctrl+key on the focused cell (WebDriver's sendKeys has no held modifiers). */
function ctrlKey(el: PositionMatrix, key: string): void {
  focused(el)!.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
}


describe('<position-matrix>', () => {
  describe('table layout', () => {
    it('shows every cell of the built-in story as the story states it', async () => {
      const el = await mount(html`<position-matrix layout="table"></position-matrix>`);
      expect(text(root(el).querySelector('caption'))).to.equal(story.headline);
      expect(columnTitles(el)).to.deep.equal(story.issues.map((i) => i.title));
      expect(rowNames(el)).to.deep.equal(story.parties.map((p) => p.name));
      story.parties.forEach((party, r) => {
        story.issues.forEach((issue, c) => {
          const button = cell(el, r, c);
          const stance = expectedStance(story, party.id, issue.id);
          expect(text(button.querySelector('.label')), `${party.id} / ${issue.id}`).to.equal(strings[stance as 'supports']);
          // One element for the mark: its icon is drawn by CSS.
          expect(button.querySelectorAll('*')).to.have.length(1);
          expect(button.parentElement!.className).to.equal(`stance-${stance}`);
        });
      });
    });

    it('shows "Not stated" where the story has no position, distinct from "Unclear"', async () => {
      const trimmed = structuredClone(story);
      trimmed.positions = trimmed.positions.filter((p) => !(p.party === 'us' && p.issue === 'nato-membership'));
      // Ukraine's position has the article's reported sentence, which an "unclear" stance needs too.
      trimmed.positions.find((p) => p.party === 'ukraine' && p.issue === 'nato-membership')!.stance = 'unclear';
      const el = await mount(html`<position-matrix layout="table" .story=${trimmed}></position-matrix>`);
      expect(text(cell(el, 0, 0).querySelector('.label'))).to.equal(strings['not-stated']);
      expect(text(cell(el, 2, 0).querySelector('.label'))).to.equal(strings.unclear);
      const mark = (button: HTMLButtonElement) => getComputedStyle(button.querySelector('.label')!, '::before');
      expect(cell(el, 0, 0).parentElement!.className).to.not.equal(cell(el, 2, 0).parentElement!.className);
      expect(mark(cell(el, 2, 0)).content).to.equal('"?"');
    });

    it('uses real table semantics: caption, column and row headers, and the summary as description', async () => {
      const el = await mount(html`<position-matrix layout="table"></position-matrix>`);
      const table = root(el).querySelector('table')!;
      expect(table.querySelectorAll('th[scope="col"]')).to.have.length(story.issues.length);
      expect(table.querySelectorAll('th[scope="row"]')).to.have.length(story.parties.length);
      const summary = root(el).getElementById(table.getAttribute('aria-describedby')!)!;
      expect(text(summary)).to.match(/^6 parties on 7 issues\./);
      expect(text(summary)).to.contain('NATO membership: 2 support, 1 opposes, 3 not stated.');
    });

    it('lets caption and description override the defaults', async () => {
      const el = await mount(html`<position-matrix layout="table" caption="Who wants what" description="A short description."></position-matrix>`);
      expect(text(root(el).querySelector('caption'))).to.equal('Who wants what');
      expect(text(root(el).getElementById('summary'))).to.equal('A short description.');
    });

    it('chooses and orders rows and columns with parties and issues', async () => {
      const el = await mount(html`<position-matrix layout="table" parties="ukraine, us" issues="immediate-negotiations,nato-membership"></position-matrix>`);
      const byId = (id: string) => story.parties.find((p) => p.id === id)!.name;
      expect(rowNames(el)).to.deep.equal([byId('ukraine'), byId('us')]);
      expect(columnTitles(el)).to.deep.equal(['immediate-negotiations', 'nato-membership'].map((id) => story.issues.find((i) => i.id === id)!.title));
      expect(text(cell(el, 1, 1).querySelector('.label'))).to.equal(strings[expectedStance(story, 'us', 'nato-membership') as 'opposes']);
      el.parties = 'eu';
      await el.updateComplete;
      expect(rowNames(el)).to.deep.equal([byId('eu')]);
    });

    it('emphasises the highlighted row with more than colour', async () => {
      const el = await mount(html`<position-matrix layout="table" highlight="ukraine"></position-matrix>`);
      const headers = Array.from(root(el).querySelectorAll('tbody th[scope="row"]'));
      const index = story.parties.findIndex((p) => p.id === 'ukraine');
      expect(headers.map((th) => th.getAttribute('aria-current'))).to.deep.equal(story.parties.map((_, i) => (i === index ? 'true' : null)));
      expect(text(headers[index])).to.contain(`(${strings.matrixHighlighted})`);
      expect(headers[index]!.querySelector('.marker')).to.exist;
      expect(getComputedStyle(headers[index]!).fontWeight).to.not.equal(getComputedStyle(headers[0]!).fontWeight);
    });

    it('shows the one-line summaries with show-summary', async () => {
      const el = await mount(html`<position-matrix layout="table" show-summary></position-matrix>`);
      const summary = cell(el, 0, 0).parentElement!.querySelector('.cell-summary')!;
      expect(text(summary)).to.equal(story.positions.find((p) => p.party === 'us' && p.issue === 'nato-membership')!.summary);
      expect(getComputedStyle(summary).display).to.not.equal('none');
      el.showSummary = false;
      await el.updateComplete;
      expect(root(el).querySelector('.cell-summary')).to.equal(null);
    });

    it('names the source and the update date in the footer, and has no footer without them', async () => {
      const el = await mount(html`<position-matrix layout="table"></position-matrix>`);
      expect(root(el).querySelector('footer')).to.equal(null);
      const dated = { ...structuredClone(story), updated: '2025-02-13', source: { name: 'Test Wire', url: 'https://example.com/story' } };
      const withFooter = await mount(html`<position-matrix layout="table" .story=${dated}></position-matrix>`);
      const footer = root(withFooter).querySelector('footer')!;
      expect(footer.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/story');
      expect(text(footer.querySelector('a'))).to.equal('Test Wire');
      expect(text(footer)).to.contain('Updated 13 February 2025');
    });

    it('has a legend that explains all five stances', async () => {
      const el = await mount(html`<position-matrix layout="table"></position-matrix>`);
      const legend = root(el).querySelector('[part="legend"]')!;
      expect(text(legend.querySelector('h3'))).to.equal(strings.legend);
      expect(Array.from(legend.querySelectorAll('li .label')).map(text)).to.deep.equal(
        (['supports', 'opposes', 'conditional', 'unclear', 'not-stated'] as const).map((s) => strings[s]),
      );
    });
  });

  describe('activation and the detail panel', () => {
    it('opens the panel on click with the evidence quotes, fires nw-select, and closes with the close button', async () => {
      const el = await mount(html`<position-matrix layout="table"></position-matrix>`);
      const button = cell(el, 0, 0);
      const event = oneEvent(el, 'nw-select');
      button.click();
      const { detail } = await event;
      expect(detail).to.deep.equal({ storyId: story.id, party: 'us', issue: 'nato-membership', stance: expectedStance(story, 'us', 'nato-membership') });
      await el.updateComplete;
      const panel = root(el).querySelector('[part="panel"]')!;
      expect(text(panel.querySelector('h3'))).to.equal('United States on NATO membership');
      const position = story.positions.find((p) => p.party === 'us' && p.issue === 'nato-membership')!;
      const quote = story.quotes.find((q) => q.id === position.evidence[0])!;
      const speaker = story.people.find((p) => p.id === quote.speaker)!;
      expect(text(panel)).to.contain(position.summary);
      expect(text(panel.querySelector('blockquote'))).to.equal(`“${quote.text}”`);
      expect(text(panel.querySelector('.attribution'))).to.contain(speaker.name).and.contain('12 February 2025').and.contain(quote.venue!);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => focused(el)?.id === 'panel-heading', 'focus did not move to the panel');
      (panel.querySelector('[part="close"]') as HTMLButtonElement).click();
      await waitUntil(() => focused(el) === button, 'focus did not return to the cell');
      expect(root(el).querySelector('[part="panel"]')).to.equal(null);
    });

    it('shows the article’s reported sentence when nobody is quoted', async () => {
      const el = await mount(html`<position-matrix layout="table" parties="ukraine" issues="nato-membership"></position-matrix>`);
      cell(el, 0, 0).click();
      await el.updateComplete;
      const position = story.positions.find((p) => p.party === 'ukraine' && p.issue === 'nato-membership')!;
      const panel = root(el).querySelector('[part="panel"]')!;
      expect(text(panel)).to.contain(strings.reportedByArticle);
      expect(text(panel.querySelector('blockquote'))).to.equal(`“${position.reported}”`);
    });

    it('opens with Enter and closes with Escape, returning focus to the cell', async () => {
      const el = await mount(html`<position-matrix layout="table"></position-matrix>`);
      const button = cell(el, 0, 0);
      button.focus();
      const event = oneEvent(el, 'nw-select');
      await sendKeys({ press: 'Enter' });
      await event;
      await waitUntil(() => focused(el)?.id === 'panel-heading', 'focus did not move to the panel');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => focused(el) === button, 'focus did not return to the cell');
      expect(root(el).querySelector('[part="panel"]')).to.equal(null);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('links a quote’s source only when it is http(s)', async () => {
      const linked = structuredClone(story);
      linked.quotes.find((q) => q.id === 'hegseth-nato-membership')!.sourceUrl = 'https://example.com/hegseth';
      const el = await mount(html`<position-matrix layout="table" .story=${linked}></position-matrix>`);
      cell(el, 0, 0).click();
      await el.updateComplete;
      const link = root(el).querySelector('[part="panel"] a')!;
      expect(link.getAttribute('href')).to.equal('https://example.com/hegseth');
      expect(text(link)).to.equal(strings.source);
    });
  });

  describe('keyboard navigation', () => {
    it('has one tab stop and moves with the arrow keys, Home and End', async () => {
      const el = await mount(html`<position-matrix layout="table"></position-matrix>`);
      const tabbable = Array.from(root(el).querySelectorAll('button.cell')).filter((b) => b.getAttribute('tabindex') === '0');
      expect(tabbable).to.deep.equal([cell(el, 0, 0)]);
      cell(el, 0, 0).focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(cell(el, 0, 1));
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(cell(el, 1, 1));
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(cell(el, 1, story.issues.length - 1));
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(cell(el, 1, story.issues.length - 1));
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(cell(el, 1, 0));
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(cell(el, 0, 0));
      await el.updateComplete;
      expect(Array.from(root(el).querySelectorAll('button.cell')).filter((b) => b.getAttribute('tabindex') === '0')).to.have.length(1);
    });

    it('remembers the last cell as the tab stop', async () => {
      const el = await mount(html`<position-matrix layout="table"></position-matrix>`);
      cell(el, 0, 0).focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(cell(el, 1, 0).getAttribute('tabindex')).to.equal('0');
      expect(cell(el, 0, 0).getAttribute('tabindex')).to.equal('-1');
    });

    it('swaps Left and Right in right-to-left pages', async () => {
      const el = await mount(html`<div dir="rtl"><position-matrix layout="table"></position-matrix></div>`);
      cell(el, 0, 0).focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal(cell(el, 0, 1));
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(cell(el, 0, 0));
    });
  });

  describe('auto: one markup, presented by container queries', () => {
    const visible = (node: Element) => node.getClientRects().length > 0 && getComputedStyle(node).clipPath === 'none';

    it('presents the table as one block per party where the columns do not fit, issues grouped by stance', async () => {
      const el = await mount(html`<div style="width: 400px"><position-matrix></position-matrix></div>`);
      expect(el.currentLayout).to.equal('list');
      expect(root(el).querySelector('[part="base"]')!.getAttribute('data-layout')).to.equal('auto');
      // The same table: rows are parties, the column headers stay for screen readers.
      expect(rowNames(el)).to.deep.equal(story.parties.map((p) => p.name));
      expect(columnTitles(el)).to.deep.equal(story.issues.map((i) => i.title));
      const us = root(el).querySelector('tbody tr')!;
      expect(getComputedStyle(us).display).to.equal('flex');
      // Opposes: NATO membership, Pre-2014 borders: the mark shows once, before the first of its group.
      const [nato, borders] = [cell(el, 0, 0), cell(el, 0, 1)];
      expect(visible(nato.querySelector('.label')!)).to.equal(true);
      expect(visible(borders.querySelector('.label')!)).to.equal(false);
      // The issue's title comes from data-issue (Firefox reports the specified value, others the computed one).
      expect(getComputedStyle(nato, '::after').content).to.match(/NATO membership|attr\(data-issue\)/);
      expect(nato.dataset.issue).to.equal('NATO membership');
      expect(nato.getBoundingClientRect().top).to.be.below(borders.getBoundingClientRect().bottom);
      // Stated groups come before the quiet not-stated one.
      const talks = cell(el, 0, 6);
      const kursk = cell(el, 0, 3);
      expect(talks.getBoundingClientRect().top).to.be.below(kursk.getBoundingClientRect().top);
      expect(el.getBoundingClientRect().width).to.be.at.most(400);
    });

    it('switches between the two presentations with no re-render when the container resizes', async () => {
      const el = await mount(html`<div style="width: 1000px"><position-matrix></position-matrix></div>`);
      expect(el.currentLayout).to.equal('table');
      const button = cell(el, 2, 3);
      el.parentElement!.style.width = '400px';
      await waitUntil(() => el.currentLayout === 'list', 'did not switch to the compact presentation');
      expect(cell(el, 2, 3)).to.equal(button);
    });

    it('shows the table wherever its columns fit', async () => {
      // Short titles: a column needs the room of its widest label, "✓ Supports" (about 7 em of 13 px type: 98 px);
      // the party column that of "European" (about 6 em of 15 px type and its padding: 114 px).
      const short = shortTitles(story);
      const sixIssues = 'nato-membership,pre-2014-borders,territorial-integrity,kursk-territory-swap,us-security-guarantees,seat-at-the-table';
      const six = await mount(html`<div style="width: 690px"><position-matrix issues=${sixIssues} .story=${short}></position-matrix></div>`);
      expect(six.currentLayout).to.equal('list');
      const sixWide = await mount(html`<div style="width: 710px"><position-matrix issues=${sixIssues} .story=${short}></position-matrix></div>`);
      expect(sixWide.currentLayout).to.equal('table');
      // Seven issues: 114 + 7 × 98 px, 802 px.
      const seven = await mount(html`<div style="width: 810px"><position-matrix .story=${short}></position-matrix></div>`);
      expect(seven.currentLayout).to.equal('table');
      const three = await mount(html`<div style="width: 410px"><position-matrix issues="nato-membership,pre-2014-borders,kursk-territory-swap" .story=${short}></position-matrix></div>`);
      expect(three.currentLayout).to.equal('table');
    });

    it('needs wider columns for a wider header word: the table only where the widest word fits its column', async () => {
      // "membership", about 8 em of 13 px type, and the header's padding: 108 px a column, 114 px for the party + 7 × 108 px: 870 px.
      const narrow = await mount(html`<div style="width: 855px"><position-matrix></position-matrix></div>`);
      expect(narrow.currentLayout).to.equal('list');
      const wide = await mount(html`<div style="width: 875px"><position-matrix></position-matrix></div>`);
      expect(wide.currentLayout).to.equal('table');
      const three = await mount(html`<div style="width: 320px"><position-matrix issues="nato-membership,pre-2014-borders,kursk-territory-swap"></position-matrix></div>`);
      expect(three.currentLayout).to.equal('list');
    });

    it('measures nothing in script to choose (server rendering is right at every width)', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
      const original = Element.prototype.getBoundingClientRect;
      let calls = 0;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        calls++;
        return original.call(this);
      };
      try {
        const el = document.createElement('position-matrix');
        host.append(el);
        await el.updateComplete;
        await frame();
      } finally {
        Element.prototype.getBoundingClientRect = original;
      }
      expect(calls).to.equal(0);
    });
  });

  describe('reading in an article column', () => {
    const FONTS = ["'DejaVu Serif'", "'DejaVu Sans'", "'Liberation Serif'", "'Liberation Sans'", 'serif'];

    /** Header words wider than their header's content box, and stance labels wider than their cell, as "word (width > room)". */
    function wordsThatDoNotFit(el: PositionMatrix): string[] {
      const context = document.createElement('canvas').getContext('2d')!;
      const misfits: string[] = [];
      // Issue headers, and party headers (their name: not the highlight marker or its hidden words).
      for (const header of root(el).querySelectorAll<HTMLTableCellElement>('thead th[scope="col"], th[scope="row"]')) {
        const style = getComputedStyle(header);
        const room = header.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const name = [...header.querySelectorAll('span:not(.marker, .visually-hidden)')].map(text).join(' ');
        for (const word of (header.scope === 'row' ? name : text(header)).split(' ')) {
          const width = context.measureText(word).width;
          if (width > room + 0.5) misfits.push(`${word} (${width.toFixed(1)} > ${room.toFixed(1)})`);
        }
      }
      // And each cell's stance label, with its mark, within its cell.
      for (const label of root(el).querySelectorAll<HTMLElement>('td:not(.stance-not-stated) .label')) {
        const width = label.getBoundingClientRect().width;
        const room = label.closest('td')!.clientWidth;
        if (width > room + 0.5) misfits.push(`${text(label)} (${width.toFixed(1)} > ${room})`);
      }
      return misfits;
    }

    /**
     * Widens the matrix's container from `from` to `to` px by `step`; wherever auto shows the table,
     * expects every word to fit (`wordsThatDoNotFit`). Returns how many widths showed the table.
     */
    async function tablesWhereEveryWordFits(el: PositionMatrix, [from, to, step]: [number, number, number], label: string): Promise<number> {
      let tables = 0;
      for (let width = from; width <= to; width += step) {
        el.parentElement!.style.width = `${width}px`;
        await frame();
        if (el.currentLayout !== 'table') continue;
        tables++;
        expect(wordsThatDoNotFit(el), `${label} at ${width} px`).to.deep.equal([]);
      }
      return tables;
    }

    it('never breaks a header word: where auto shows the table, every column (issues and parties) is as wide as its widest word', async function () {
      this.timeout(30_000);
      for (const font of FONTS) {
        const el = await mount(html`<div style="width: 320px; font-family: ${font}"><position-matrix></position-matrix></div>`);
        // From 56 rem the table always shows (and scrolls if it must).
        expect(await tablesWhereEveryWordFits(el, [320, 1200, 40], font), font).to.be.at.least(8);
      }
    });

    it('fits every stance label in its cell where auto shows the table, in every language', async function () {
      this.timeout(30_000);
      await loadAllLanguages();
      for (const lang of ['en', 'de', 'fr', 'uk', 'ar']) {
        const el = await mount(html`<div lang=${lang} style="width: 600px; font-family: 'DejaVu Serif'"><position-matrix .story=${shortTitles(story)}></position-matrix></div>`);
        expect(await tablesWhereEveryWordFits(el, [600, 1200, 50], lang), lang).to.be.at.least(5);
      }
    });

    it('makes the table layout scroll sideways rather than break a header word, its caption kept in view', async () => {
      for (const width of [320, 672]) {
        const el = await mount(html`<div style="width: ${width}px; font-family: 'DejaVu Serif'"><position-matrix layout="table"></position-matrix></div>`);
        expect(wordsThatDoNotFit(el), `${width} px`).to.deep.equal([]);
        const scroller = root(el).querySelector<HTMLElement>('[part="scroller"]')!;
        expect(scroller.scrollWidth, `${width} px`).to.be.above(scroller.clientWidth);
        const caption = root(el).querySelector('caption')!;
        const box = scroller.getBoundingClientRect();
        expect(caption.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
        scroller.scrollLeft = scroller.scrollWidth;
        await frame();
        expect(caption.getBoundingClientRect().left).to.be.closeTo(box.left, 0.5);
        expect(caption.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
        // It scrolls inside the widget: the page itself never scrolls sideways.
        expect(document.documentElement.scrollWidth, `${width} px`).to.be.at.most(document.documentElement.clientWidth);
      }
    });

    it('gives the party column its widest name word, from 6 rem up to 10 rem', async () => {
      const long = structuredClone(story);
      long.parties.forEach((party, i) => (party.name = ['Liechtenstein', 'Netherlands', 'Switzerland', 'Kazakhstan', 'Azerbaijan', 'Palestinians'][i]!));
      for (const width of [320, 672]) {
        const el = await mount(html`<div style="width: ${width}px; font-family: 'DejaVu Serif'"><position-matrix layout="table" .story=${long}></position-matrix></div>`);
        expect(wordsThatDoNotFit(el), `${width} px`).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, `${width} px`).to.be.at.most(document.documentElement.clientWidth);
      }
      // Short names keep the 6 rem column.
      const short = structuredClone(story);
      short.parties.forEach((party, i) => (party.name = ['US', 'Mali', 'Chad', 'EU', 'Peru', 'Iran'][i]!));
      const el = await mount(html`<div style="width: 672px"><position-matrix layout="table" .story=${short}></position-matrix></div>`);
      expect(root(el).querySelector('th[scope="row"]')!.getBoundingClientRect().width).to.be.closeTo(96, 1);
    });

    it('sets column headers in their own direction', async () => {
      const el = await mount(html`<div dir="rtl"><position-matrix layout="table"></position-matrix></div>`);
      for (const header of root(el).querySelectorAll('thead th')) {
        if (header.getAttribute('scope') === 'col') expect(header.getAttribute('dir')).to.equal('auto');
      }
    });

    describe('separators in the compact presentation', () => {
      before(loadAllLanguages);

      /** The text a cell's title shows: the computed content (Firefox gives the specified one, attr() unresolved). */
      function titleText(button: HTMLElement): string {
        const content = getComputedStyle(button, '::after').content;
        let shown = '';
        for (const match of content.matchAll(/"((?:[^"\\]|\\[\s\S])*)"|attr\(data-issue\)|\s\/\s/g)) {
          if (match[0].trim() === '/') break;
          shown +=
            match[1] === undefined
              ? button.dataset.issue!
              : match[1].replace(/\\([0-9a-fA-F]{1,6}) ?|\\([\s\S])/g, (_, hex: string | undefined, char: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : char!));
        }
        return shown;
      }

      /**
       * Lays a cell's title out again as real text, in the same place, font and direction, and returns
       * the rectangles of its title and of its separator (Range rectangles do not reach generated text).
       */
      function titleAndSeparator(button: HTMLElement): { title: DOMRect; separator?: DOMRect; width: number } {
        const shown = titleText(button);
        const end = shown.lastIndexOf('\u2069');
        expect(shown.startsWith('\u2068') && end >= shown.length - 2, JSON.stringify(shown)).to.equal(true);
        const replica = document.createElement('span');
        const style = getComputedStyle(button, '::after');
        replica.style.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        replica.style.whiteSpace = 'nowrap';
        replica.textContent = shown;
        (button.getRootNode() as ShadowRoot).host.before(replica);
        const range = document.createRange();
        const node = replica.firstChild!;
        range.setStart(node, 1);
        range.setEnd(node, end);
        const title = range.getBoundingClientRect();
        let separator: DOMRect | undefined;
        if (end < shown.length - 1) {
          range.setStart(node, end + 1);
          range.setEnd(node, shown.length);
          separator = range.getBoundingClientRect();
        }
        const width = replica.getBoundingClientRect().width;
        replica.remove();
        return { title, separator, width };
      }

      const arabicStory = (): Story => {
        const copy = structuredClone(story);
        copy.language = 'ar';
        const titles: Record<string, string> = { 'nato-membership': 'عضوية الناتو', 'pre-2014-borders': 'حدود ما قبل 2014 هدفًا' };
        for (const issue of copy.issues) issue.title = titles[issue.id] ?? `قضية ${issue.id}`;
        return copy;
      };

      const cases = [
        { name: 'an English story on an Arabic page', page: 'ar', story: () => story, comma: '،', end: 'left' },
        { name: 'an Arabic story on an Arabic page', page: 'ar', story: arabicStory, comma: '،', end: 'left' },
        { name: 'an Arabic story on an English page', page: 'en', story: arabicStory, comma: ',', end: 'right' },
        { name: 'an English story on an English page', page: 'en', story: () => story, comma: ',', end: 'right' },
      ] as const;
      for (const { name, page, story: make, comma, end } of cases) {
        it(`ends each title but a group's last with the page's comma, on the reading end of the list: ${name}`, async () => {
          const el = await mount(
            html`<div lang=${page} dir=${page === 'ar' ? 'rtl' : 'ltr'} style="width: 320px; font-family: 'DejaVu Serif'"><position-matrix .story=${make()}></position-matrix></div>`,
          );
          expect(el.currentLayout).to.equal('list');
          // The United States oppose NATO membership and pre-2014 borders: one group, a comma after the first title only.
          const [first, last] = [cell(el, 0, 0), cell(el, 0, 1)];
          expect(titleText(last)).to.equal(`\u2068${last.dataset.issue}\u2069`);
          const { title, separator } = titleAndSeparator(first);
          expect(titleText(first).at(-1)).to.equal(comma);
          // Beside the title's reading end (engines round or kern a pixel), not at its start.
          if (end === 'left') expect(separator!.right).to.be.within(title.left - 2, title.left + 2);
          else expect(separator!.left).to.be.within(title.right - 2, title.right + 2);
          // The replica is the title as shown: the second cell's button is its title alone (its mark is hidden).
          const alone = titleAndSeparator(last);
          expect(alone.width).to.be.closeTo(last.getBoundingClientRect().width, 1);
          // Screen readers skip the generated text (alternative text ''), the column header names the issue.
          expect(getComputedStyle(first, '::after').content).to.match(/\/ ""$/);
        });
      }
    });
  });

  describe('list layout', () => {
    it('shows one section per issue with its parties grouped by stance', async () => {
      const el = await mount(html`<div style="width: 900px"><position-matrix layout="list"></position-matrix></div>`);
      expect(root(el).querySelector('table')).to.equal(null);
      const sections = Array.from(root(el).querySelectorAll('section[part="issue"]'));
      expect(sections.map((s) => text(s.querySelector('h3')))).to.deep.equal(story.issues.map((i) => i.title));
      sections.forEach((section, c) => {
        const groups = Array.from(section.querySelectorAll('.groups > li'));
        const seen = groups.flatMap((group) =>
          Array.from(group.querySelectorAll('button')).map((button) => [text(button), text(group.querySelector('.label'))]),
        );
        const expected = story.parties.map((party) => [party.name, strings[expectedStance(story, party.id, story.issues[c]!.id) as 'supports']]);
        expect(seen.slice().sort()).to.deep.equal(expected.slice().sort());
      });
    });

    it('activates the same way, with the highlighted party marked', async () => {
      const el = await mount(html`<div style="width: 900px"><position-matrix layout="list" highlight="eu"></position-matrix></div>`);
      const section = root(el).querySelectorAll('section[part="issue"]')[0]!;
      const item = section.querySelector('li[aria-current="true"]')!;
      expect(text(item)).to.contain('European Union');
      const button = item.querySelector('button')!;
      const event = oneEvent(el, 'nw-select');
      button.click();
      expect((await event).detail).to.include({ party: 'eu', issue: 'nato-membership' });
      await el.updateComplete;
      expect(section.querySelector('[part="panel"]')).to.exist;
      await waitUntil(() => focused(el)?.id === 'panel-heading', 'focus did not move to the panel');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => focused(el) === button, 'focus did not return');
    });
  });

  describe('a 30 × 20 story', () => {
    it('renders every cell, scrolls inside the widget with sticky row headers, and navigates', async () => {
      const large = makeLargeStory();
      const el = await mount(html`<div style="width: 600px"><position-matrix layout="table" .story=${large}></position-matrix></div>`);
      expect(root(el).querySelectorAll('tbody tr')).to.have.length(30);
      expect(root(el).querySelectorAll('button.cell')).to.have.length(600);
      expect(text(cell(el, 29, 19).querySelector('.label'))).to.equal(strings[expectedStance(large, 'party-30', 'issue-20') as 'supports']);
      const scroller = root(el).querySelector<HTMLElement>('[part="scroller"]')!;
      await waitUntil(() => scroller.getAttribute('tabindex') === '0', 'the scroller is not focusable');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(root(el).getElementById(scroller.getAttribute('aria-labelledby')!)!.textContent).to.equal(large.headline);
      expect(getComputedStyle(root(el).querySelector('th[scope="row"]')!).position).to.equal('sticky');
      cell(el, 0, 0).focus();
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(cell(el, 0, 19));
      await waitUntil(() => scroller.scrollLeft > 0, 'did not scroll to the focused cell');
      ctrlKey(el, 'End');
      expect(focused(el)).to.equal(cell(el, 29, 19));
      ctrlKey(el, 'Home');
      expect(focused(el)).to.equal(cell(el, 0, 0));
      expect(el.getBoundingClientRect().width).to.be.at.most(600);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    });
  });

  describe('errors', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    const cases: [string, string, string][] = [
      ['parties', 'us,narnia', 'No party "narnia"'],
      ['issues', 'moon-base', 'No issue "moon-base"'],
      ['highlight', 'atlantis', 'No party "atlantis"'],
    ];
    for (const [attribute, value, message] of cases) {
      it(`names an unknown id in ${attribute}`, async () => {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('position-matrix');
        el.setAttribute(attribute, value);
        const event = oneEvent(el, 'nw-error') as Promise<CustomEvent<NwErrorDetail>>;
        host.append(el);
        const { detail } = await event;
        await el.updateComplete;
        expect(detail).to.deep.equal({ storyId: story.id, code: 'not-found', message: `${message} in story "${story.id}".` });
        expect(text(root(el).querySelector('.error'))).to.contain(message);
        expect(warnings.messages).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('names an unknown built-in story id', async () => {
      const el = await mount(html`<position-matrix story-id="nope"></position-matrix>`);
      expect(el.error?.code).to.equal('not-found');
      expect(text(root(el).querySelector('.error'))).to.contain('"nope"');
    });
  });

  describe('accessibility', () => {
    for (const layout of ['table', 'list']) {
      for (const theme of ['light', 'dark']) {
        it(`passes axe in the ${layout} layout, ${theme} theme, with the panel open`, async () => {
          const el = await mount(html`<div style="width: 900px"><position-matrix layout=${layout} theme=${theme} highlight="us" show-summary></position-matrix></div>`);
          await expect(el).to.be.accessible();
          (root(el).querySelector('button.cell') as HTMLButtonElement).click();
          await el.updateComplete;
          await aTimeout(0);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('passes axe when the 30 × 20 table scrolls', async function () {
      // 600 cells: axe alone takes seconds on a loaded machine.
      this.timeout(30_000);
      const el = await mount(html`<div style="width: 600px"><position-matrix layout="table" .story=${makeLargeStory()}></position-matrix></div>`);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<position-matrix> on paper', () => {
  it('keeps every stated position for print, and each quote once, referred to by number', async () => {
    const el = await mount(html`<div style="width: 900px"><position-matrix layout="table"></position-matrix></div>`);
    // On screen they are not rendered at all; printing renders them, before the page is laid out for paper.
    expect(root(el).querySelector('.print-notes')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    const notes = root(el).querySelector('.print-notes')!;
    expect(getComputedStyle(notes).display).to.equal('none');
    const stated = story.positions.filter((p) => p.stance !== 'not-stated');
    const items = Array.from(notes.querySelectorAll('.print-note'));
    expect(items).to.have.length(stated.length);
    const quotes = Array.from(notes.querySelectorAll('.print-quotes > li')).map(text);
    const cited = new Set(stated.flatMap((p) => p.evidence));
    expect(quotes).to.have.length(cited.size);
    for (const position of stated) {
      const party = story.parties.find((p) => p.id === position.party)!;
      const issue = story.issues.find((i) => i.id === position.issue)!;
      const note = items.find((item) => text(item).startsWith(`${party.name} · ${issue.title}: ${strings[position.stance]}.`));
      expect(note, `${party.id}/${issue.id}`).to.exist;
      const refs = Array.from(text(note!).matchAll(/\[(\d+)\]/g), (match) => Number(match[1]));
      expect(refs).to.have.length(position.evidence.length);
      position.evidence.forEach((id, k) => {
        const quote = story.quotes.find((q) => q.id === id)!;
        expect(quotes[refs[k]! - 1], id).to.contain(quote.text);
      });
      if (position.reported && position.evidence.length === 0) expect(text(note!)).to.contain(position.reported);
    }
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(root(el).querySelector('.print-notes')).to.equal(null);
  });
});

/** sRGB channels of any CSS colour the browser understands (oklch and relative colours included). */
function rgb(color: string): [number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('<position-matrix> at a glance (built-in story, Georgia 16 px)', () => {
  const page = (width: number, inner: TemplateResult) => html`<div style="width: ${width}px; font: 16px Georgia, serif">${inner}</div>`;

  it('shows five issues as a table in a 672 px column where their words fit, no taller than 560 px with legend and footer, and no sideways scroll', async () => {
    const dated = { ...shortTitles(story), updated: '2025-02-13', source: { name: 'Test Wire', url: 'https://example.com/story' } };
    const issues = 'nato-membership,pre-2014-borders,territorial-integrity,kursk-territory-swap,us-security-guarantees';
    const el = await mount(page(672, html`<position-matrix issues=${issues} .story=${dated}></position-matrix>`));
    expect(el.currentLayout).to.equal('table');
    expect(el.getBoundingClientRect().height).to.be.at.most(560);
    const scroller = root(el).querySelector<HTMLElement>('[part="scroller"]')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    for (const header of root(el).querySelectorAll('th[scope="col"]')) expect(header.getBoundingClientRect().width).to.be.within(98, 125);
    // Each stance label fits its cell.
    for (const label of root(el).querySelectorAll<HTMLElement>('td:not(.stance-not-stated) .label')) {
      expect(label.getBoundingClientRect().width).to.be.at.most(label.closest('td')!.clientWidth);
    }
  });

  it('presents the built-in story in a 672 px column one block per party ("membership" needs wider columns), no taller than 800 px', async () => {
    const el = await mount(page(672, html`<position-matrix></position-matrix>`));
    expect(el.currentLayout).to.equal('list');
    expect(el.getBoundingClientRect().height).to.be.at.most(800);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('fits a 320 px phone in at most 1,200 px, and the page never scrolls sideways', async () => {
    const el = await mount(page(320, html`<position-matrix></position-matrix>`));
    expect(el.currentLayout).to.equal('list');
    expect(el.getBoundingClientRect().height).to.be.at.most(1200);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    const right = el.getBoundingClientRect().right;
    for (const node of root(el).querySelectorAll('tbody th, button')) expect(node.getBoundingClientRect().right).to.be.at.most(right + 0.5);
  });

  for (const theme of ['light', 'dark']) {
    it(`fills stated cells (text 4.5:1 on the fill) and keeps not-stated ones the quietest, ${theme} theme`, async () => {
      const el = await mount(page(672, html`<position-matrix layout="table" theme=${theme} .story=${shortTitles(story)}></position-matrix>`));
      const background = getComputedStyle(root(el).querySelector('[part="base"]')!).backgroundColor;
      const opposes = getComputedStyle(cell(el, 0, 0));
      expect(contrast(opposes.color, opposes.backgroundColor)).to.be.at.least(4.5);
      expect(contrast(opposes.backgroundColor, background)).to.be.at.least(3);
      const notStated = cell(el, 1, 0);
      const style = getComputedStyle(notStated);
      expect(style.backgroundColor).to.match(/rgba\(0, 0, 0, 0\)|transparent/);
      // Its word is for screen readers; sighted readers see a thin dash.
      const label = notStated.querySelector('.label')!;
      expect(text(label)).to.equal(strings['not-stated']);
      expect(label.getBoundingClientRect().width).to.be.at.most(1);
      expect(parseFloat(getComputedStyle(notStated, '::before').height)).to.be.at.most(1);
    });

    it(`keeps every party mark at 3:1 or more against the background, ${theme} theme`, async () => {
      const el = await mount(page(672, html`<position-matrix theme=${theme}></position-matrix>`));
      const background = getComputedStyle(root(el).querySelector('[part="base"]')!).backgroundColor;
      const headers = Array.from(root(el).querySelectorAll<HTMLElement>('th[scope="row"]'));
      expect(headers).to.have.length(story.parties.length);
      for (const header of headers) {
        const mark = getComputedStyle(header).borderInlineStartColor;
        expect(contrast(mark, background), text(header)).to.be.at.least(3);
      }
    });
  }

  it('keeps a cell lean: td, button and one element for the mark', async () => {
    const el = await mount(page(672, html`<position-matrix></position-matrix>`));
    const td = cell(el, 0, 0).parentElement!;
    expect(td.querySelectorAll('*')).to.have.length(2);
  });

  it('renders a story at the validator’s limits with bounded DOM: each quote once', async function () {
    // A 2 MB story is validated and rendered here; its time is measured by the bench, not asserted.
    this.timeout(30_000);
    const worst = makeWorstStory();
    const el = await mount(page(1024, html`<position-matrix .story=${worst}></position-matrix>`));
    expect(el.error).to.equal(undefined);
    expect(root(el).querySelectorAll('button.cell')).to.have.length(worst.parties.length * worst.issues.length);
    window.dispatchEvent(new Event('beforeprint'));
    expect(root(el).querySelectorAll('*').length).to.be.at.most(30_000);
    expect(root(el).querySelectorAll('.print-quotes > li')).to.have.length(new Set(worst.positions.flatMap((p) => p.evidence)).size);
    expect(root(el).querySelector('.print-notes')!.textContent!.length).to.be.below(worst.quotes.length * 5_500 + 2_000_000);
    window.dispatchEvent(new Event('afterprint'));
  });
});
