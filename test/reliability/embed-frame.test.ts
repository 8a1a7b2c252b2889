import { expect, waitUntil } from '@open-wc/testing';
import { removeFile, writeFile } from '@web/test-runner-commands';
import { DANGEROUS_URLS, MARKUP_PAYLOADS, PWNED_FLAG, hostileCases } from '../fixtures/hostile/corpus.js';
import { WIDGETS, allElements } from './harness.js';
import type { Widget } from './harness.js';

/**
 * The hostile corpus through the iframe embed page (dist/embed/index.html), whose only inputs are
 * its query parameters: stories by `src`, and hostile values in the parameters themselves.
 */
const cases = hostileCases();
const RUN = `frame-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const servedPath = (name: string) => `../fixtures/hostile/served/${RUN}-${name}.json`;
const servedUrl = (name: string) => new URL(servedPath(name), import.meta.url).href;
const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'img', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form']);

async function loadEmbed(parameters: Record<string, string>): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = `/dist/embed/index.html?${new URLSearchParams(parameters)}`;
  frame.width = '640';
  frame.height = '480';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

function widgetIn(frame: HTMLIFrameElement): Widget | null {
  return frame.contentDocument!.querySelector<Widget>(WIDGETS.join(', '));
}

/** Nothing from the data became an element, an event handler or a non-http(s) link. */
function expectInert(frame: HTMLIFrameElement): void {
  expect((frame.contentWindow as unknown as Record<string, unknown>)[PWNED_FLAG], 'flag in the frame').to.equal(undefined);
  expect((window as unknown as Record<string, unknown>)[PWNED_FLAG], 'flag in the page').to.equal(undefined);
  const roots: Node[] = [frame.contentDocument!.body];
  const widget = widgetIn(frame);
  if (widget?.shadowRoot) roots.push(widget.shadowRoot);
  for (const element of roots.flatMap((root) => allElements(root))) {
    // The page's own scripts (and the test server's socket script) are not data.
    if (element.localName === 'script' && /^\/(dist\/|__web-dev-server)/.test(new URL((element as HTMLScriptElement).src || 'about:blank').pathname)) continue;
    expect(FORBIDDEN_TAGS.has(element.localName), `<${element.localName}> ${element.outerHTML.slice(0, 120)}`).to.equal(false);
    for (const { name } of Array.from(element.attributes)) expect(/^on|^srcdoc$/i.test(name), `${element.localName}[${name}]`).to.equal(false);
    const href = element.getAttribute('href');
    if (href !== null) expect(new URL(href, frame.contentWindow!.location.href).protocol).to.be.oneOf(['http:', 'https:']);
  }
}

describe('hostile input through the iframe embed', function () {
  this.timeout(20_000);

  before(async () => {
    for (const c of cases) await writeFile({ path: servedPath(c.name), content: c.body });
  });
  after(async () => {
    for (const c of cases) await removeFile({ path: servedPath(c.name) });
  });

  cases.forEach((c, index) => {
    const tag = WIDGETS[index % WIDGETS.length]!;
    it(`${c.name}, by src into <${tag}>: ${c.expect === 'render' ? 'a safe rendering' : c.expect}`, async () => {
      const frame = await loadEmbed({ widget: tag, src: servedUrl(c.name) });
      try {
        await waitUntil(() => widgetIn(frame)?.loadedStory !== undefined || widgetIn(frame)?.error !== undefined, 'the widget never settled', { timeout: 10_000 });
        const widget = widgetIn(frame)!;
        await widget.updateComplete;
        if (c.expect === 'render') expect(widget.error?.message).to.equal(undefined);
        else expect(widget.error?.code).to.equal(c.expect);
        expectInert(frame);
      } finally {
        frame.remove();
      }
    });
  });

  for (const payload of MARKUP_PAYLOADS) {
    it(`markup in an id parameter stays text: ${payload.slice(0, 40)}`, async () => {
      const frame = await loadEmbed({ widget: 'quote-card', quote: payload });
      try {
        await waitUntil(() => widgetIn(frame)?.error !== undefined, 'no error for an unknown quote', { timeout: 10_000 });
        const widget = widgetIn(frame)!;
        await widget.updateComplete;
        expect(widget.error!.code).to.equal('not-found');
        expect(widget.shadowRoot!.textContent).to.contain(payload);
        expectInert(frame);
      } finally {
        frame.remove();
      }
    });
  }

  // Addresses that resolve to http(s) against the page (relative ones, encoded schemes that are just
  // paths) are legitimate there and covered by the element tests; these must be refused outright.
  const schemes = DANGEROUS_URLS.filter((url) => !/^https?:$/.test(new URL(url, location.href).protocol));
  for (const url of schemes) {
    it(`a dangerous src parameter is refused: ${JSON.stringify(url).slice(0, 50)}`, async () => {
      const frame = await loadEmbed({ widget: 'negotiation-status', src: url });
      try {
        expect(widgetIn(frame), 'no widget').to.equal(null);
        expect(frame.contentDocument!.body.textContent).to.contain('src');
        expectInert(frame);
      } finally {
        frame.remove();
      }
    });
  }
});

/**
 * The embed page shows only the publisher's stories (issue 20): anyone can craft a link to it, so
 * the link must not choose whose words appear under the publisher's address.
 */
describe('the iframe embed page: whose stories it shows', function () {
  this.timeout(20_000);
  /** The test server under its other host name: another origin. */
  const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
  const fixture = '/test/fixtures/story.json';
  const allowPage = `allow-${RUN}.html`;

  /** A page's visible refusal, once the page has run. */
  async function refusal(frame: HTMLIFrameElement): Promise<string> {
    await waitUntil(() => frame.contentDocument!.querySelector('.embed-error'), 'no message', { timeout: 10_000 });
    expect(widgetIn(frame), 'no widget').to.equal(null);
    return frame.contentDocument!.querySelector('.embed-error')!.textContent!;
  }

  before(async () => {
    // The deployment's choice, in the page's own file: another origin allowed (meta and CSP alike), text parameters on.
    const page = await (await fetch('/dist/embed/index.html')).text();
    const allowing = page
      .replace(`connect-src 'self'`, `connect-src 'self' ${other}`)
      .replace('<meta name="nw-story-origins" content="" />', `<meta name="nw-story-origins" content="${other}" />`)
      .replace('<meta name="nw-text-parameters" content="off" />', '<meta name="nw-text-parameters" content="on" />');
    expect(allowing).to.contain(`content="${other}"`);
    await writeFile({ path: `../../dist/embed/${allowPage}`, content: allowing });
  });
  after(async () => {
    await removeFile({ path: `../../dist/embed/${allowPage}` });
  });

  it('a story on the page’s own origin is shown (relative and absolute)', async () => {
    for (const src of [fixture, `${location.origin}${fixture}`]) {
      const frame = await loadEmbed({ widget: 'quote-card', src });
      try {
        await waitUntil(() => widgetIn(frame)?.loadedStory !== undefined, `no story for ${src}`, { timeout: 10_000 });
        expect(widgetIn(frame)!.loadedStory!.id).to.equal('fixture-talks');
      } finally {
        frame.remove();
      }
    }
  });

  for (const [name, src] of [
    ['another origin', `${other}${fixture}`],
    ['protocol-relative', `//${new URL(other).host}${fixture}`],
    ['protocol-relative with backslashes', `\\\\${new URL(other).host}${fixture}`],
    ['a fabricated story elsewhere', 'https://other.example/fake.json'],
  ] as const) {
    it(`a story from ${name} is refused with a visible message: ${src}`, async () => {
      const frame = await loadEmbed({ widget: 'quote-card', src });
      try {
        expect(await refusal(frame)).to.contain('is on another site');
        expectInert(frame);
      } finally {
        frame.remove();
      }
    });
  }

  it('a same-origin address that redirects to another origin is refused (the page’s CSP stops the redirect)', async () => {
    const frame = await loadEmbed({ widget: 'quote-card', src: `/__redirect?to=${encodeURIComponent(`${other}/__cors${fixture}`)}` });
    try {
      await waitUntil(() => widgetIn(frame)?.error !== undefined || widgetIn(frame)?.loadedStory !== undefined, 'the widget never settled', { timeout: 10_000 });
      expect(widgetIn(frame)!.loadedStory, 'story shown').to.equal(undefined);
      expect(widgetIn(frame)!.error!.code).to.equal('network');
    } finally {
      frame.remove();
    }
  });

  it('the same redirect is followed where the deployment allows that origin (so the refusal above is the policy at work)', async () => {
    const frame = document.createElement('iframe');
    frame.src = `/dist/embed/${allowPage}?${new URLSearchParams({ widget: 'quote-card', src: `/__redirect?to=${encodeURIComponent(`${other}/__cors${fixture}`)}` })}`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      await waitUntil(() => widgetIn(frame)?.loadedStory !== undefined || widgetIn(frame)?.error !== undefined, 'the widget never settled', { timeout: 10_000 });
      expect(widgetIn(frame)!.error?.message).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('an origin the deployment allows (listed in its meta tag and its CSP) is shown', async () => {
    const frame = document.createElement('iframe');
    frame.src = `/dist/embed/${allowPage}?${new URLSearchParams({ widget: 'position-matrix', src: `${other}/__cors${fixture}`, caption: 'Allowed caption' })}`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      await waitUntil(() => widgetIn(frame)?.loadedStory !== undefined || widgetIn(frame)?.error !== undefined, 'the widget never settled', { timeout: 10_000 });
      const widget = widgetIn(frame)!;
      expect(widget.error?.message).to.equal(undefined);
      expect(widget.loadedStory!.id).to.equal('fixture-talks');
      await widget.updateComplete;
      expect(widget.shadowRoot!.textContent).to.contain('Allowed caption');
    } finally {
      frame.remove();
    }
  });

  for (const name of ['caption', 'description']) {
    it(`the ${name} parameter is off by default: a link cannot put its text under the publisher’s name`, async () => {
      const frame = await loadEmbed({ widget: 'position-matrix', [name]: 'Fabricated statement' });
      try {
        expect(await refusal(frame)).to.contain(`The ${name} parameter is off on this embed page`);
        expect(frame.contentDocument!.body.textContent).to.not.contain('Fabricated statement');
      } finally {
        frame.remove();
      }
    });
  }

  it('the shipped page’s allowlist and its CSP connect-src agree', async () => {
    const doc = new DOMParser().parseFromString(await (await fetch('/dist/embed/index.html')).text(), 'text/html');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const connect = /connect-src ([^;]*)/.exec(csp)![1]!.trim().split(/\s+/);
    const origins = doc.querySelector('meta[name="nw-story-origins"]')!.getAttribute('content')!.split(/\s+/).filter(Boolean);
    expect(connect).to.deep.equal(["'self'", ...origins]);
    expect(doc.querySelector('meta[name="nw-text-parameters"]')!.getAttribute('content')).to.equal('off');
  });
});
