import { expect, waitUntil } from '@open-wc/testing';

/** The demo article page (dist/demo/article.html), as a reader's browser loads it: CDN module only. */
async function loadArticle(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = '/dist/demo/article.html';
  frame.style.width = '1280px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(
    () => Array.from(doc.querySelectorAll('quote-card, position-matrix, negotiation-status')).every((el) => el.shadowRoot?.querySelector('.base:not(.error)')),
    'the widgets did not render',
    { timeout: 10000 },
  );
  return frame;
}

interface AxeResults {
  violations: { id: string; nodes: { target: unknown }[] }[];
}

describe('the demo article page', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await loadArticle();
  });
  after(() => frame.remove());

  it('places the widgets where a desk editor would: banner on top, quotes beside their paragraphs, matrix after the positions', () => {
    const doc = frame.contentDocument!;
    const main = doc.querySelector('main')!;
    expect(main.firstElementChild!.localName).to.equal('negotiation-status');
    expect(main.firstElementChild!.getAttribute('layout')).to.equal('compact');
    const quotes = Array.from(doc.querySelectorAll('quote-card')).map((q) => q.getAttribute('quote'));
    expect(quotes).to.deep.equal(['trump-work-together', 'hegseth-pre-2014-borders', 'peskov-exchange-of-territory']);
    const matrix = doc.querySelector('position-matrix')!;
    expect(matrix.closest('figure')!.previousElementSibling!.textContent).to.contain('France was also at odds');
  });

  it('shows the whole article text', async () => {
    const article = await (await fetch('/test/fixtures/source-article.txt')).text();
    const shown = frame.contentDocument!.querySelector('article')!.textContent!.replace(/\s+/g, ' ');
    for (const paragraph of article.split('\n').map((l) => l.trim()).filter(Boolean)) {
      expect(shown, paragraph.slice(0, 40)).to.contain(paragraph.replace(/\s+/g, ' '));
    }
  });

  it('has no axe violations', async () => {
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & { axe?: { run(context: Document): Promise<AxeResults> } };
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await loaded;
    const results = await win.axe!.run(doc);
    expect(results.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
  });
});
