// Server-rendered pages in the browser: widgets rendered by `renderWidget` (negotiation-widgets/ssr.js)
// and by Eleventy with Lit's plugin (test/ssr/ssr-middleware.mjs makes the pages), read with
// JavaScript off, then taken over by the CDN module or by the npm build after Lit's hydration support.
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS, closePages, expectQuiet, expectStory, openPage, takenOver, text } from './ssr-page.js';
import type { Page } from './ssr-page.js';

afterEach(closePages);

/** No loading state and no empty widget was ever on screen, no shift, the same heights as the server's. */
function expectSeamless(page: Page, tags: readonly string[] = TAGS): void {
  const { seen, before } = page.window.nwSsr;
  // The watch saw each widget's takeover (so it could have seen a loading state).
  for (const tag of tags) expect(seen.some((record) => record.tag === tag), `${tag} was never re-rendered`).to.equal(true);
  expect(seen.filter((record) => record.pending || record.empty), 'a loading state or an empty widget').to.deep.equal([]);
  expect(page.window.nwShifts.reduce((sum, value) => sum + value, 0), 'cumulative layout shift').to.equal(0);
  for (const tag of tags) {
    const height = page.widget(tag).getBoundingClientRect().height;
    expect(Math.abs(height - before[tag]!), `${tag} height ${before[tag]} → ${height}`).to.be.below(1);
  }
}

describe('server-rendered widgets, JavaScript off', () => {
  it('are readable and styled from the declarative shadow DOM alone', async () => {
    const page = await openPage('widgets.html?script=none');
    for (const tag of TAGS) {
      expect(page.window.customElements.get(tag), tag).to.equal(undefined);
      expect(page.widget(tag).shadowRoot, `${tag} has its declarative shadow root`).to.not.equal(null);
    }
    expectStory(page);
    const matrix = page.widget('position-matrix');
    const table = matrix.shadowRoot!.querySelector('table')!;
    expect(table.getBoundingClientRect().height).to.be.above(80);
    expect(matrix.getBoundingClientRect().width).to.be.at.most(672);
    // A button only script can work is not shown (its room is kept, so nothing moves when it appears).
    const copy = page.widget('quote-card').shadowRoot!.querySelector('[part~="copy-button"]')!;
    expect(page.window.getComputedStyle(copy).visibility).to.equal('hidden');
    expect(copy.getBoundingClientRect().height).to.be.above(0);
    // The fallback content for browsers without declarative shadow DOM is not shown as well.
    const fallback = page.widget('quote-card').querySelector('blockquote')!;
    expect(fallback, 'the fallback is in the page').to.not.equal(null);
    expect(fallback.getClientRects().length, 'the fallback is not displayed').to.equal(0);
  });

  it('the Eleventy site shows every widget rendered by Lit\'s plugin', async () => {
    const page = await openPage('eleventy.html?script=none');
    expectStory(page);
    expect(page.widget('negotiation-status').shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect().height).to.be.above(20);
  });
});

for (const script of ['cdn', 'hydrate'] as const) {
  const how = script === 'cdn' ? 'the CDN module' : "the npm build after Lit's hydration support";
  describe(`server-rendered widgets taken over by ${how}`, () => {
    it('keep the story on screen throughout: no loading state, no shift, no duplicate', async () => {
      const page = await openPage(`widgets.html?script=${script}`);
      expectStory(page);
      await takenOver(page);
      expectStory(page);
      expectSeamless(page);
      expectQuiet(page);
    });

    it('are interactive afterwards: a cell opens its panel, the quote can be copied', async () => {
      const page = await openPage(`widgets.html?script=${script}`);
      await takenOver(page);
      const matrix = page.widget('position-matrix');
      const cell = matrix.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="cell"]')!;
      cell.click();
      await matrix.updateComplete;
      expect(cell.getAttribute('aria-expanded')).to.equal('true');
      expect(matrix.shadowRoot!.querySelector('[part~="panel"]')).to.not.equal(null);
      const card = page.widget('quote-card');
      const copy = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy-button"]')!;
      expect(page.window.getComputedStyle(copy).visibility).to.equal('visible');
      copy.click();
      // Copied, or (where the test browser refuses clipboard access) the reader is told to copy by hand: either way the button answered.
      await waitUntil(() => text(card.shadowRoot!.querySelector('[role="status"]')) !== '', 'the copy button did nothing');
    });

    it('keep the page language from server to browser', async () => {
      const page = await openPage(`widgets.html?script=${script}&lang=de`);
      expectStory(page, 'de');
      await takenOver(page);
      expectStory(page, 'de');
      expectSeamless(page);
      expectQuiet(page);
    });

    it('show an inline story the server was given, before and after', async () => {
      const page = await openPage(`inline.html?script=${script}`);
      const fixture = (await (await fetch('/test/fixtures/story.json')).json()) as { quotes: { text: string }[]; parties: { color?: string }[] };
      const card = page.widget('quote-card');
      expect(text(card.shadowRoot!.querySelector('blockquote'))).to.contain(fixture.quotes[0]!.text);
      // The party's colour, from the server's rules before any script (the built-in story sets none).
      const edge = page.window.getComputedStyle(card.shadowRoot!.querySelector('[part~="card"]')!).getPropertyValue('--_party').trim();
      expect(fixture.parties.map((party) => party.color)).to.include(edge);
      await takenOver(page, ['quote-card']);
      expect(text(card.shadowRoot!.querySelector('blockquote'))).to.contain(fixture.quotes[0]!.text);
      expectSeamless(page, ['quote-card']);
      expectQuiet(page);
    });

    it('the Eleventy page is taken over the same way', async () => {
      const page = await openPage(`eleventy.html?script=${script}`);
      expectStory(page);
      await takenOver(page);
      expectStory(page);
      expectSeamless(page);
      expectQuiet(page);
    });
  });
}
