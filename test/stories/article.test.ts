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
    // The CDN bundle fetches the built-in story first: wait until each widget has it and has rendered.
    () =>
      Array.from(doc.querySelectorAll('quote-card, position-matrix, negotiation-status')).every(
        (el) => (el as Element & { loadedStory?: unknown }).loadedStory && el.shadowRoot?.querySelector('.base:not(.error)'),
      ),
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
    const banner = main.firstElementChild!.firstElementChild!;
    expect(banner.localName).to.equal('negotiation-status');
    expect(banner.getAttribute('layout')).to.equal('compact');
    const quotes = Array.from(doc.querySelectorAll('quote-card')).map((q) => [q.getAttribute('quote'), q.getAttribute('layout') ?? 'card']);
    expect(quotes).to.deep.equal([
      ['trump-way-to-peace', 'pull'],
      ['zelenskyy-security-guarantees', 'compact'],
      ['kallas-territorial-integrity', 'card'],
    ]);
    const matrix = doc.querySelector('position-matrix')!;
    expect(matrix.closest('figure')!.previousElementSibling!.textContent).to.contain('France was also at odds');
  });

  it('gives each quote card a voice the paragraphs beside it do not already carry', () => {
    const doc = frame.contentDocument!;
    for (const card of Array.from(doc.querySelectorAll('quote-card'))) {
      const quote = card.shadowRoot!.querySelector('blockquote')!.textContent!.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
      expect(quote.length, card.getAttribute('quote')!).to.be.greaterThan(20);
      const aside = card.parentElement!;
      for (const neighbour of [aside.previousElementSibling, aside.nextElementSibling]) {
        expect(neighbour!.textContent!.replace(/\s+/g, ' '), card.getAttribute('quote')!).not.to.contain(quote.slice(0, 30));
      }
    }
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

/** The article page in a `width` × `height` frame; `script`: as served, delayed by `delay` ms, or removed (the server-rendered state). */
async function articleFrame(width: number, height: number, script: 'delayed' | 'none', delay = 600): Promise<HTMLIFrameElement> {
  const source = await (await fetch('/dist/demo/article.html')).text();
  const tag = '<script type="module" src="./cdn/negotiation-widgets.js"></script>';
  expect(source).to.contain(tag);
  const page = source
    .replace('<head>', '<head><base href="/dist/demo/">')
    // Absolute, or Chromium's preload scanner may fetch it before it reads the base.
    .replace('href="article.css"', 'href="/dist/demo/article.css"')
    .replace(tag, script === 'none' ? '' : `<script type="module" src="/__slow/${delay}/dist/demo/cdn/negotiation-widgets.js"></script>`);
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = page;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Where the article's own text sits: every heading and paragraph, in document coordinates. */
const textPositions = (doc: Document) => Array.from(doc.querySelectorAll('article > h1, article > h2, article > p')).map((el) => Math.round(el.getBoundingClientRect().top + doc.defaultView!.scrollY));

const WIDGETS = 'quote-card, position-matrix, negotiation-status';

/** Blank under each widget's content, inside its box: what a reader sees as a hole in the page. */
const holes = (doc: Document) =>
  Array.from(doc.querySelectorAll(WIDGETS), (el) => el.getBoundingClientRect().bottom - el.shadowRoot!.querySelector('.base')!.getBoundingClientRect().bottom);

describe('the demo article page while the widgets load', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  // 375 × 812: a phone; 1280 × 900: a desktop, where the quotes float in a side column.
  for (const [width, height] of [
    [375, 812],
    [672, 900],
    [1280, 900],
  ] as const) {
    it(`at ${width} px, the server-rendered widgets are the widgets' own layout: the script takes them over without moving the text (CLS 0.000), no blank over 16 px under any`, async () => {
      // Before any script (or without it): the server's declarative shadow DOM, already laid out.
      const bare = await articleFrame(width, height, 'none');
      frames.push(bare);
      const bareDoc = bare.contentDocument!;
      const served = Array.from(bareDoc.querySelectorAll(WIDGETS));
      expect(served).to.have.length(6);
      for (const el of served) expect(el.shadowRoot?.querySelector('.base:not(.pending)'), `${el.localName}: server-rendered`).to.not.equal(null);
      const servedHeights = served.map((el) => Math.round(el.getBoundingClientRect().height));
      // Fits the page: no sideways scroll (Firefox's scrollbar takes its width off the client area).
      expect(bareDoc.documentElement.scrollWidth, 'the page fits').to.equal(bareDoc.documentElement.clientWidth);

      // The script arrives after the server's widgets have been painted, as on a slow network.
      const live = await articleFrame(width, height, 'delayed');
      frames.push(live);
      const doc = live.contentDocument!;
      await waitUntil(
        () =>
          Array.from(doc.querySelectorAll<HTMLElement & { loadedStory?: unknown; hasUpdated?: boolean }>(WIDGETS)).every(
            (el) => el.loadedStory && el.hasUpdated && el.shadowRoot?.querySelector('.base:not(.error)') && !el.shadowRoot.querySelector('style'),
          ),
        'the widgets were not taken over',
        { timeout: 10000 },
      );
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const widgetHeights = Array.from(doc.querySelectorAll(WIDGETS)).map((el) => Math.round(el.getBoundingClientRect().height));
      const heights = `server-rendered heights ${servedHeights.join(', ')}; taken over ${widgetHeights.join(', ')}`;
      expect(textPositions(doc), heights).to.deep.equal(textPositions(bareDoc));
      // No hole: each widget's box ends where its content does, in both states.
      for (const [state, blank] of [
        ['server-rendered', holes(bareDoc)],
        ['taken over', holes(doc)],
      ] as const) {
        blank.forEach((hole, i) => {
          const el = doc.querySelectorAll(WIDGETS)[i]!;
          expect(hole, `${state} ${el.localName} ${el.getAttribute('layout') ?? ''}: ${Math.round(hole)} px blank under it; ${heights}`).to.be.at.most(16);
        });
      }

      // Chromium reports layout shifts; Firefox and WebKit have no such entries: the positions above are their check.
      const win = live.contentWindow as Window & typeof globalThis;
      if (win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
        const entries = await new Promise<PerformanceEntryList>((resolve) => {
          const observer = new win.PerformanceObserver((list) => {
            observer.disconnect();
            resolve(list.getEntries());
          });
          observer.observe({ type: 'layout-shift', buffered: true });
          // No buffered entries: the observer never calls back.
          setTimeout(() => {
            observer.disconnect();
            resolve([]);
          }, 500);
        });
        const cls = entries.reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0);
        expect(cls.toFixed(3), heights).to.equal('0.000');
      }
    });
  }
});

describe('the demo article page, server-rendered', () => {
  it('carries every widget rendered, then the CDN module takes each of them over', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1280px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/dist/demo/article-server-rendered.html';
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const widgets = Array.from(doc.querySelectorAll<HTMLElement & { loadedStory?: unknown; hasUpdated?: boolean }>('quote-card, position-matrix, negotiation-status'));
      expect(widgets).to.have.length(6);
      await waitUntil(() => widgets.every((el) => el.loadedStory && el.hasUpdated && !el.shadowRoot!.querySelector('style')), 'the widgets were not taken over', { timeout: 10000 });
      for (const widget of widgets) expect(widget.shadowRoot!.querySelector('.base:not(.pending)'), widget.localName).to.not.equal(null);
      const text = (await (await fetch('/dist/demo/article-server-rendered.html')).text()).replace(/\s+/g, ' ');
      // Served with the content in it: six declarative shadow roots.
      expect(text.match(/<template shadowroot="open" shadowrootmode="open">/g)).to.have.length(6);
    } finally {
      frame.remove();
    }
  });
});
