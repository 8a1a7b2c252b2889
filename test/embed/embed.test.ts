import { expect, waitUntil } from '@open-wc/testing';
import { embedCode } from '../../src/embed.js';
import { getBuiltInStory } from '../../src/data/stories/index.js';
import { NegotiationStatus, PositionMatrix, QuoteCard } from '../../src/elements.js';
import { readParameters, readPolicy } from '../../src/embed/page-parameters.js';
import { widgetAttributes } from '../../src/embed/widgets.js';
import type { EmbedOptions, WidgetName } from '../../src/embed.js';
import type { Story } from '../../src/data/story.js';

/** The built files, as a publisher self-hosting dist/ would serve them. */
const BASE = `${location.origin}/dist/`;
const story = getBuiltInStory()!;
const frames: HTMLIFrameElement[] = [];

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const visible = (element: Element | null | undefined) => Boolean(element && element.getClientRects().length > 0);

/** A page holding `body`, in an iframe: without the widget script the elements stay undefined, as in a feed reader. */
async function page(body: string, width = 700): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Waits until the widget has rendered its story (no slot left for the fallback). */
async function rendered(doc: Document, tag: string): Promise<Element> {
  await waitUntil(
    () => {
      const root = doc.querySelector(tag)?.shadowRoot;
      return root?.querySelector('[part~="base"]') && !root.querySelector('slot');
    },
    `<${tag}> did not render`,
    { timeout: 8000 },
  );
  return doc.querySelector(tag)!;
}

function withoutScript(code: string): string {
  return code.replace(/^<script type="module"[^>]*><\/script>\n/, '');
}

/** A valid story whose text tries to break out of every context it is written into. */
function hostileStory(): Story {
  const copy = structuredClone(story) as Story;
  const payload = '</script><script>window.pwned = 1</script>"><img src=x onerror="window.pwned = 1"><!--';
  copy.quotes[0]!.text = `Quote ${payload}`;
  copy.people.find((p) => p.id === copy.quotes[0]!.speaker)!.name = `Name ${payload}`;
  return copy;
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('embed code with fallback content', () => {
  const cases: { widget: WidgetName; options: EmbedOptions; fallback: string; check: (fallback: Document, widget: ShadowRoot) => void }[] = [
    {
      widget: 'quote-card',
      options: { attributes: { quote: 'hegseth-nato-membership' } },
      fallback: 'blockquote',
      check(fallback, widget) {
        expect(text(fallback.querySelector('blockquote'))).to.equal(text(widget.querySelector('[part="text"]')));
        const attribution = text(fallback.querySelector('blockquote + p'));
        expect(attribution).to.contain(text(widget.querySelector('.name')));
        expect(attribution).to.contain(text(widget.querySelector('figcaption time')));
      },
    },
    {
      widget: 'position-matrix',
      options: { attributes: { layout: 'table', parties: 'us,ukraine,russia,france', issues: 'nato-membership,immediate-negotiations' } },
      fallback: 'table',
      check(fallback, widget) {
        // One row per issue, the parties grouped by the stance the widget shows for them.
        const label = { supports: 'Supports', opposes: 'Opposes', conditional: 'Conditional', unclear: 'Unclear', 'not-stated': 'Not stated' } as const;
        const issues = ['nato-membership', 'immediate-negotiations'];
        const parties = ['us', 'ukraine', 'russia', 'france'];
        const rows = Array.from(fallback.querySelectorAll('tbody tr')).map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]);
        expect(rows.map(([issue]) => issue)).to.deep.equal(issues.map((id) => story.issues.find((i) => i.id === id)!.title));
        issues.forEach((issue, i) => {
          for (const party of parties) {
            const stance = story.positions.find((p) => p.party === party && p.issue === issue)?.stance ?? 'not-stated';
            if (stance === 'not-stated') continue;
            const name = story.parties.find((p) => p.id === party)!.shortName;
            const group = rows[i]![1]!.split(/(?=Supports:|Opposes:|Conditional:|Unclear:|Not stated)/).find((g) => g.includes(name));
            expect(group, `${name} on ${issue}`).to.match(new RegExp(`^${label[stance]}:`));
          }
        });
        expect(text(fallback.querySelector('caption'))).to.equal(text(widget.querySelector('[part~="caption"]')));
        // Those the article gives no position are counted, as quietly as the grid's dashes.
        const unstated = parties.filter((party) => !story.positions.some((p) => p.party === party && p.issue === issues[0] && p.stance !== 'not-stated')).length;
        expect(rows[0]![1]).to.contain(`Not stated (${unstated})`);
      },
    },
    {
      widget: 'negotiation-status',
      options: { attributes: { layout: 'full' } },
      fallback: 'p',
      check(fallback, widget) {
        const summary = text(fallback.querySelector('p'));
        expect(summary).to.contain(text(widget.querySelector('.stage-now strong')));
        expect(summary).to.contain(text(widget.querySelector('.day')));
        expect(summary).to.contain(text(widget.querySelector('[part~="event-next"] .event-title')));
      },
    },
  ];

  for (const { widget, options, fallback, check } of cases) {
    it(`<${widget}>: without the script the fallback shows; with it the widget replaces it, saying the same`, async () => {
      const code = embedCode(widget, { ...options, baseUrl: BASE });
      const bare = await page(withoutScript(code));
      const content = bare.querySelector(`${widget} > ${fallback}`);
      expect(visible(content), 'fallback shown without the script').to.equal(true);
      expect(content!.getBoundingClientRect().height).to.be.greaterThan(20);

      // The same snippet, script and all (its integrity hash must match the built file, or nothing runs).
      const live = await page(code);
      const element = await rendered(live, widget);
      expect(visible(element.querySelector(fallback)), 'fallback hidden once rendered').to.equal(false);
      check(bare, element.shadowRoot!);
    });
  }

  it('keeps the fallback in view when the data fails', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const code = embedCode('quote-card', { attributes: { src: '/test/fixtures/broken.json', quote: 'hegseth-nato-membership' }, story, baseUrl: BASE });
      const doc = await page(code);
      const element = doc.querySelector('quote-card')!;
      element.ownerDocument.defaultView!.console.warn = () => undefined;
      await waitUntil(() => (element as QuoteCard).error !== undefined, 'no error', { timeout: 8000 });
      expect(visible(element.querySelector('blockquote'))).to.equal(true);
      expect(text(element.querySelector('blockquote'))).to.contain('realistic outcome');
    } finally {
      console.warn = warn;
    }
  });

  it('a 320 px page with the matrix fallback stays 320 px wide: the fallback reflows, no inline style', async () => {
    const code = embedCode('position-matrix', { baseUrl: BASE });
    expect(code).not.to.match(/style=/);
    const doc = await page(withoutScript(code), 320);
    expect(visible(doc.querySelector('position-matrix > table'))).to.equal(true);
    // No sideways scroll: as wide as the page's client area (320 px, less a classic scrollbar where the engine draws one).
    expect(doc.documentElement.clientWidth).to.be.within(300, 320);
    expect(doc.documentElement.scrollWidth).to.equal(doc.documentElement.clientWidth);
  });

  it('keeps hostile story text inert: no element, attribute or script comes from the data', async () => {
    const hostile = hostileStory();
    const code = embedCode('quote-card', { story: hostile, inline: true, baseUrl: BASE });
    const parsed = new DOMParser().parseFromString(code, 'text/html');
    const tags = new Set(Array.from(parsed.querySelectorAll('*')).map((element) => element.localName));
    expect([...tags].sort()).to.deep.equal(['blockquote', 'body', 'head', 'html', 'p', 'quote-card', 'script', 'time']);
    expect(parsed.querySelectorAll('script')).to.have.length(2);
    expect(parsed.querySelectorAll('[onerror]')).to.have.length(0);
    expect(JSON.parse(parsed.querySelector('script[type="application/json"]')!.textContent!)).to.deep.equal(hostile);
    expect(text(parsed.querySelector('blockquote'))).to.equal(`“${hostile.quotes[0]!.text}”`);

    const doc = await page(code);
    const element = await rendered(doc, 'quote-card');
    expect(text(element.shadowRoot!.querySelector('[part="text"]'))).to.equal(`“${hostile.quotes[0]!.text}”`);
    expect(text(element.shadowRoot!.querySelector('.name'))).to.equal(hostile.people.find((p) => p.id === hostile.quotes[0]!.speaker)!.name);
    expect(doc.querySelectorAll('img').length + element.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    expect((doc.defaultView as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('knows the attributes each element observes', () => {
    const classes = { 'quote-card': QuoteCard, 'position-matrix': PositionMatrix, 'negotiation-status': NegotiationStatus };
    for (const [widget, element] of Object.entries(classes)) {
      expect([...widgetAttributes(widget as WidgetName)].sort(), widget).to.deep.equal([...element.observedAttributes].sort());
    }
  });
});

describe('the iframe embed', () => {
  before(async () => {
    // The host page's script, as the snippet loads it (with its integrity hash).
    const snippet = new DOMParser().parseFromString(embedCode('quote-card', { variant: 'iframe', baseUrl: BASE }), 'text/html');
    const script = document.createElement('script');
    for (const { name, value } of Array.from(snippet.querySelector('script')!.attributes)) script.setAttribute(name, value);
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    document.head.append(script);
    await loaded;
  });

  /** The iframe from the snippet, in a column `width` px wide. */
  function embed(widget: WidgetName, attributes: EmbedOptions['attributes'], width: number): { column: HTMLElement; frame: HTMLIFrameElement } {
    const column = document.createElement('div');
    column.style.width = `${width}px`;
    const snippet = new DOMParser().parseFromString(embedCode(widget, { variant: 'iframe', baseUrl: BASE, attributes }), 'text/html');
    const frame = snippet.querySelector('iframe')!;
    column.append(document.adoptNode(frame));
    document.body.append(column);
    frames.push(frame);
    return { column, frame };
  }

  /** Waits until the frame is as tall as its page's content, then checks that nothing scrolls. */
  async function fitted(frame: HTMLIFrameElement, tag: string): Promise<number> {
    await waitUntil(
      () => {
        const doc = frame.contentDocument;
        const main = doc?.querySelector('main');
        const root = doc?.querySelector(tag)?.shadowRoot;
        if (!main || !root || root.querySelector('slot')) return false;
        return Math.abs(frame.clientHeight - Math.ceil(main.getBoundingClientRect().height)) <= 1;
      },
      `the frame never fitted <${tag}>`,
      { timeout: 8000 },
    );
    const scroller = frame.contentDocument!.scrollingElement!;
    expect(scroller.scrollHeight, 'no vertical scrollbar').to.be.at.most(scroller.clientHeight);
    expect(scroller.scrollWidth, 'no horizontal scrollbar').to.be.at.most(scroller.clientWidth);
    return frame.clientHeight;
  }

  const cases: [WidgetName, EmbedOptions['attributes']][] = [
    ['quote-card', { quote: 'trump-work-together' }],
    ['position-matrix', { issues: 'nato-membership,immediate-negotiations' }],
    ['negotiation-status', { layout: 'compact' }],
  ];
  for (const [widget, attributes] of cases) {
    it(`resizes to <${widget}>’s height as its width changes, without scrollbars`, async () => {
      const { column, frame } = embed(widget, attributes, 720);
      expect(frame.getAttribute('width')).to.equal('320');
      const wide = await fitted(frame, widget);
      // resize.js made it fill the column, borderless, through the CSSOM (no style attribute in the snippet).
      expect(frame.getBoundingClientRect().width).to.equal(720);
      column.style.width = '300px';
      await waitUntil(() => frame.clientHeight !== wide, 'the height did not follow the width', { timeout: 8000 });
      const narrow = await fitted(frame, widget);
      expect(narrow).to.be.greaterThan(wide);
    });
  }

  it('ignores size messages from other origins and from frames it does not manage', async () => {
    const spoof = async (configure: (frame: HTMLIFrameElement) => void) => {
      const frame = document.createElement('iframe');
      frame.height = '150';
      configure(frame);
      const done = new Promise<void>((resolve) => {
        const listener = (event: MessageEvent) => {
          if (event.source === frame.contentWindow && (event.data as { type?: string })?.type === 'spoof-done') {
            window.removeEventListener('message', listener);
            resolve();
          }
        };
        window.addEventListener('message', listener);
      });
      frame.src = '/test/embed/fixtures/spoof-size.html';
      document.body.append(frame);
      frames.push(frame);
      // Messages from one window arrive in order: once "done" is here, resize.js has seen the size message.
      await done;
      return frame.clientHeight;
    };
    // A sandboxed frame has an opaque origin ("null"), not the origin of its src.
    expect(await spoof((frame) => ((frame.dataset['nwEmbed'] = ''), frame.setAttribute('sandbox', 'allow-scripts')))).to.equal(150);
    // An iframe without data-nw-embed is never resized.
    expect(await spoof(() => undefined)).to.equal(150);
    // The same page, same origin and marked: taken (so the two refusals above are the checks at work).
    expect(await spoof((frame) => (frame.dataset['nwEmbed'] = ''))).to.equal(987);
  });

  it('posts its height as nw-embed-size and as AMP embed-size, and again when asked with nw-embed-size-request', async () => {
    const frame = document.createElement('iframe');
    const received: { type?: string; sentinel?: string; id?: string | null; height?: number }[] = [];
    const listener = (event: MessageEvent) => {
      if (event.source === frame.contentWindow) received.push(event.data as (typeof received)[number]);
    };
    window.addEventListener('message', listener);
    try {
      frame.src = '/dist/embed/index.html?widget=quote-card&quote=trump-work-together&id=story-7';
      document.body.append(frame);
      frames.push(frame);
      const sizes = () => received.filter((m) => m.type === 'nw-embed-size');
      await waitUntil(() => sizes().length > 0 && received.some((m) => m.sentinel === 'amp'), 'no size message', { timeout: 8000 });
      const [first] = sizes();
      expect(first).to.deep.equal({ type: 'nw-embed-size', id: 'story-7', height: first!.height });
      expect(first!.height).to.be.greaterThan(50);
      expect(received.find((m) => m.sentinel === 'amp')).to.deep.equal({ sentinel: 'amp', type: 'embed-size', height: first!.height });
      // Once the page is settled (the widget rendered, no message for 300 ms), a message comes only because it was asked for.
      await waitUntil(() => frame.contentDocument?.querySelector('quote-card')?.shadowRoot?.querySelector('figure'), 'the widget never rendered', { timeout: 8000 });
      let count = -1;
      await waitUntil(
        () => {
          const settled = count === received.length;
          count = received.length;
          return settled;
        },
        'the embed kept posting sizes',
        { interval: 300, timeout: 8000 },
      );
      const before = sizes().length;
      frame.contentWindow!.postMessage({ type: 'nw-embed-size-request' }, '*');
      await waitUntil(() => sizes().length > before, 'no answer to nw-embed-size-request', { timeout: 4000 });
      expect(sizes().at(-1)).to.deep.equal(sizes().at(-2));
    } finally {
      window.removeEventListener('message', listener);
    }
  });

  async function embedPage(query: string): Promise<Document> {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/dist/embed/index.html?${query}`;
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    return frame.contentDocument!;
  }

  it('refuses unknown widgets, unknown parameters and non-http(s) sources with a visible message', async () => {
    for (const [query, message] of [
      ['widget=quote-box', 'Unknown widget "quote-box"'],
      ['widget=quote-card&onclick=alert(1)', 'Unknown parameter "onclick"'],
      ['widget=quote-card&src=javascript:alert(1)', 'is not an http: or https: address'],
      ['widget=position-matrix&theme=neon', 'Unknown theme "neon"'],
    ] as const) {
      const doc = await embedPage(query);
      await waitUntil(() => doc.querySelector('.embed-error'), `no message for ${query}`);
      const error = doc.querySelector('.embed-error')!;
      expect(visible(error), query).to.equal(true);
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error), query).to.contain(message);
      expect(doc.querySelector('quote-card, position-matrix, negotiation-status'), query).to.equal(null);
    }
  });

  it('renders the widget alone under its strict CSP, on a background matching the theme', async () => {
    for (const [theme, background] of [
      ['dark', 'rgb(27, 27, 31)'],
      ['light', 'rgb(255, 255, 255)'],
    ] as const) {
      const doc = await embedPage(`widget=quote-card&quote=hegseth-nato-membership&theme=${theme}&lang=de`);
      const element = await rendered(doc, 'quote-card');
      expect(doc.querySelector('main')!.children).to.have.length(1);
      expect(element.getAttribute('theme')).to.equal(theme);
      expect(getComputedStyle(doc.documentElement).backgroundColor, theme).to.equal(background);
      // The widget's own styles applied (no inline style was needed) and the page language reached it.
      expect(getComputedStyle(element).display).to.equal('block');
      expect(text(element.shadowRoot!.querySelector('[part="text"]'))).to.match(/^„The United States/);
    }
  });

  it('checks its query string against each widget’s attributes', () => {
    const base = 'https://publisher.example/embed/index.html';
    expect(readParameters('?widget=quote-card&quote=q1&hide-context=&hide-source=false&lang=ar', base)).to.deep.equal({
      ok: true,
      widget: 'quote-card',
      attributes: [['quote', 'q1'], ['hide-context', '']],
      lang: 'ar',
      dir: 'rtl',
    });
    expect(readParameters('?widget=position-matrix&src=/story.json&id=x', base)).to.deep.equal({ ok: true, widget: 'position-matrix', attributes: [['src', '/story.json']] });
    for (const query of ['', '?widget=toString', '?widget=quote-card&live=', '?widget=negotiation-status&live=yes', '?widget=quote-card&src=data:text/plain,x', '?widget=quote-card&lang=<b>', '?widget=quote-card&dir=up']) {
      expect(readParameters(query, base).ok, query).to.equal(false);
    }
  });

  it('takes story files from its own origin, or from origins its own files allow, never from the URL', () => {
    const base = 'https://publisher.example/embed/index.html';
    const ok = (query: string, policy?: Parameters<typeof readParameters>[2]) => readParameters(query, base, policy).ok;
    expect(ok('?widget=quote-card&src=/s.json')).to.equal(true);
    expect(ok('?widget=quote-card&src=https://publisher.example/s.json')).to.equal(true);
    for (const src of ['https://other.example/fake.json', '//other.example/fake.json', '\\\\other.example/fake.json', 'http://publisher.example/s.json', 'https://publisher.example:8443/s.json']) {
      expect(ok(`?widget=quote-card&src=${encodeURIComponent(src)}`), src).to.equal(false);
    }
    const policy = readPolicy('https://data.example.org  not-an-origin https://x.example/path javascript:alert(1)', 'ON');
    expect(policy).to.deep.equal({ storyOrigins: ['https://data.example.org'], textParameters: true });
    expect(ok('?widget=quote-card&src=https://data.example.org/s.json', policy)).to.equal(true);
    expect(ok('?widget=quote-card&src=https://evil.example/s.json', policy)).to.equal(false);
    // Text parameters: off by default, on only by the page's policy.
    expect(ok('?widget=position-matrix&caption=x')).to.equal(false);
    expect(ok('?widget=position-matrix&description=x')).to.equal(false);
    expect(ok('?widget=position-matrix&caption=x&description=y', policy)).to.equal(true);
    expect(readPolicy(null, null)).to.deep.equal({ storyOrigins: [], textParameters: false });
  });
});
