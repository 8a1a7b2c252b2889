// What the server-rendering browser tests share (ssr-pages.test.ts, ssr-inserted.test.ts): the test
// pages (test/ssr/ssr-middleware.mjs makes them) opened in frames, and what a reader must see in them.
import { expect, waitUntil } from '@open-wc/testing';
import builtIn from '../../src/data/stories/us-russia-ukraine-talks-2025.json';
import de from '../../src/shared/locales/de.json';

export const PAGES = '/test/ssr/pages/';
export const TAGS = ['quote-card', 'position-matrix', 'negotiation-status'] as const;

export type Widget = HTMLElement & { loadedStory?: { id: string }; updateComplete: Promise<boolean>; hasUpdated?: boolean };
export type PageWindow = Window &
  typeof globalThis & {
    nwProbe: { warnings: string[]; errors: string[]; violations: string[] };
    nwShifts: number[];
    nwSsr: { before: Record<string, number>; seen: { tag: string; pending: boolean; empty: boolean }[] };
  };

export interface Page {
  window: PageWindow;
  document: Document;
  widget(tag: string): Widget;
}

const frames: HTMLIFrameElement[] = [];

/** Removes the pages `openPage` opened (each test file's `afterEach`). */
export function closePages(): void {
  frames.splice(0).forEach((frame) => frame.remove());
}

/** Opens a test page (test/ssr/ssr-middleware.mjs makes them) in a 700 × 1600 frame, once it has loaded. */
export async function openPage(path: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '700px';
  frame.style.height = '1600px';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGES + path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  return { window: win, document: doc, widget: (tag) => doc.querySelector<Widget>(tag)! };
}

/** Waits until the script has arrived and every widget shows its own render (the server's `<style>` elements are gone then). */
export async function takenOver(page: Page, tags: readonly string[] = TAGS): Promise<void> {
  await waitUntil(
    () =>
      tags.every((tag) => {
        const widget = page.widget(tag);
        return page.window.customElements.get(tag) && widget.loadedStory && widget.hasUpdated && !widget.shadowRoot!.querySelector('style');
      }),
    'the widgets never took over from the server content',
    { timeout: 8000 },
  );
  await Promise.all(tags.map((tag) => page.widget(tag).updateComplete));
}

export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const quote = builtIn.quotes.find((q) => q.id === 'hegseth-nato-membership')!;

/** What a reader sees in the three widgets of the test page, server-rendered or not. */
export function expectStory(page: Page, lang = 'en'): void {
  const card = page.widget('quote-card').shadowRoot!;
  expect(text(card.querySelector('blockquote'))).to.contain(quote.text);
  expect(text(card.querySelector('figcaption'))).to.contain('Pete Hegseth');
  const matrix = page.widget('position-matrix').shadowRoot!;
  expect(Array.from(matrix.querySelectorAll('[part~="party-header"]')).map(text).join(' | ')).to.match(/United States.*Ukraine.*France/);
  expect(matrix.querySelectorAll('table')).to.have.length(1);
  const status = text(page.widget('negotiation-status').shadowRoot!.querySelector('[part~="base"]'));
  expect(status).to.contain('Talks announced');
  expect(status).to.contain(lang === 'de' ? 'Tag 1.085' : 'Day 1,085');
  if (lang === 'de') expect(text(card.querySelector('[part~="copy-button"]'))).to.equal(de.copyQuote);
}

/** No error and no warning on the page (Lit's development-mode notice aside). */
export function expectQuiet(page: Page): void {
  expect(page.window.nwProbe.errors, 'errors').to.deep.equal([]);
  // The npm build runs on Lit's development build in the test server (an app's bundler picks the production one).
  expect(page.window.nwProbe.warnings.filter((warning) => !warning.includes('Lit is in dev mode')), 'warnings').to.deep.equal([]);
}
