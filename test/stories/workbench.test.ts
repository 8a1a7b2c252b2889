import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { IFRAME_BASE_URL, collectStories } from '../../stories/workbench.js';
import { DEFAULT_BASE_URL } from '../../src/embed.js';
import type { NwWorkbench } from '../../stories/workbench.js';
import type { StoryElement } from '../../src/shared/story-element.js';

const entries = collectStories();
const WIDGETS = 'quote-card, position-matrix, negotiation-status';

function widgetIn(bench: NwWorkbench): StoryElement<unknown> {
  return bench.querySelector<StoryElement<unknown>>(`.canvas :is(${WIDGETS})`)!;
}

async function settle(bench: NwWorkbench): Promise<StoryElement<unknown>> {
  await bench.updateComplete;
  const widget = widgetIn(bench);
  await waitUntil(() => widget.loadedStory !== undefined || widget.error !== undefined, 'the widget never settled', { timeout: 5000 });
  await widget.updateComplete;
  return widget;
}

function shadowText(element: Element): string {
  return element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('the demo workbench', () => {
  let warn: typeof console.warn;
  before(async () => {
    // The page's sheets, in the order index.html links them.
    const links = ['/stories/demo-base.css', '/stories/workbench.css'].map((href) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
    const loaded = links.map((link) => new Promise((resolve) => link.addEventListener('load', resolve)));
    document.head.append(...links);
    await Promise.all(loaded);
  });
  beforeEach(() => {
    history.replaceState(null, '', location.pathname + location.search.replace(/([?&])(story|args|bg|lang|width|tab)=[^&]*/g, '$1'));
    warn = console.warn;
    console.warn = () => undefined; // error stories warn by design
  });
  afterEach(() => {
    console.warn = warn;
    history.replaceState(null, '', location.pathname);
  });

  it('lists every story of every widget, grouped, and filters them', async () => {
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    expect(entries.length).to.be.greaterThan(15);
    const links = Array.from(bench.querySelectorAll('.sidebar a[href^="?story="]'));
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(entries.map((e) => e.name));
    // In the order the stories files are written: each widget's default story first.
    expect(links.slice(0, 3).map((a) => a.textContent!.trim())).to.deep.equal(['Card (default)', 'Pull quote', 'Compact, long quote']);
    const groups = Array.from(bench.querySelectorAll('.sidebar h2')).map((h) => h.textContent);
    for (const tag of ['quote-card', 'position-matrix', 'negotiation-status']) expect(groups.join(' ')).to.contain(tag);
    const filter = bench.querySelector<HTMLInputElement>('.filter input')!;
    filter.value = 'dark';
    filter.dispatchEvent(new Event('input'));
    await bench.updateComplete;
    const filtered = Array.from(bench.querySelectorAll('.sidebar a[href^="?story="]')).map((a) => a.textContent!.toLowerCase());
    expect(filtered.length).to.be.greaterThan(0);
    for (const name of filtered) expect(name).to.contain('dark');
  });

  it('renders every story’s widget: without error, or with the error the story is about', async () => {
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    for (const entry of entries) {
      bench.select(entry.id);
      const widget = await settle(bench);
      expect(widget.localName, entry.id).to.equal(entry.meta.component);
      if (/error/i.test(entry.name)) expect(widget.error, entry.id).to.not.equal(undefined);
      else expect(widget.error?.message, entry.id).to.equal(undefined);
    }
  });

  it('changes the widget live from a control, and from the toolbar', async () => {
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    bench.select('quote-card--card');
    await settle(bench);
    const layout = bench.querySelector<HTMLSelectElement>('#control-layout')!;
    layout.value = 'pull';
    layout.dispatchEvent(new Event('change'));
    let widget = await settle(bench);
    expect(widget.getAttribute('layout')).to.equal('pull');
    expect(widget.shadowRoot!.querySelector('.layout-pull')).to.not.equal(null);

    const [theme, background, language, direction, width] = Array.from(bench.querySelectorAll<HTMLSelectElement>('.toolbar select'));
    theme!.value = 'dark';
    theme!.dispatchEvent(new Event('change'));
    widget = await settle(bench);
    expect(widget.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(widget).colorScheme).to.equal('dark');

    background!.value = 'dark';
    background!.dispatchEvent(new Event('change'));
    await bench.updateComplete;
    expect(getComputedStyle(bench.querySelector('.page')!).colorScheme).to.equal('dark');

    const english = shadowText(widget);
    language!.value = 'de';
    language!.dispatchEvent(new Event('change'));
    widget = await settle(bench);
    await widget.updateComplete;
    expect(bench.querySelector('.page')!.getAttribute('lang')).to.equal('de');
    expect(shadowText(widget)).to.not.equal(english);
    expect(shadowText(widget)).to.contain('„');

    expect(widget.closest('[dir]')!.getAttribute('dir')).to.equal('ltr');
    direction!.value = 'rtl';
    direction!.dispatchEvent(new Event('change'));
    await bench.updateComplete;
    expect(bench.querySelector('.page')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(widget).direction).to.equal('rtl');

    width!.value = '320';
    width!.dispatchEvent(new Event('change'));
    await bench.updateComplete;
    expect(widget.getBoundingClientRect().width).to.be.at.most(320);
    expect(new URLSearchParams(location.search).get('width')).to.equal('320');
  });

  it('gives embed code that renders the same widget on a blank page, and its fallback without the script', async () => {
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    bench.select('quote-card--pull');
    const widget = await settle(bench);
    const code = bench.querySelector<HTMLTextAreaElement>('.embed-code')!.value;
    expect(code).to.match(new RegExp(`^<script type="module" src="${DEFAULT_BASE_URL}cdn/negotiation-widgets\\.js" integrity="sha384-[\\w+/=]+" crossorigin="anonymous"></script>\n`));
    expect(code).to.contain('<quote-card quote="hegseth-pre-2014-borders" layout="pull" theme="page">\n');
    expect(code).to.match(/<blockquote><p lang="en">“We must start by recognising[^<]+”<\/p><\/blockquote>\n  <p>— Pete Hegseth, /);

    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void (copied = text) }, configurable: true });
    try {
      bench.querySelector<HTMLButtonElement>('.copy')!.click();
      await waitUntil(() => copied !== '', 'nothing copied');
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(copied).to.equal(code);
    expect(bench.querySelector('[role="status"]')!.textContent).to.contain('copied');

    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body>${copied.replace(DEFAULT_BASE_URL, `${location.origin}/dist/`)}</body></html>`;
    const bare = document.createElement('iframe');
    bare.srcdoc = `<!doctype html><html lang="en"><body>${copied.replace(/^<script[^>]*><\/script>/, '')}</body></html>`;
    const bareLoaded = new Promise((resolve) => bare.addEventListener('load', resolve));
    document.body.append(frame, bare);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('quote-card')?.shadowRoot?.querySelector('blockquote'), 'the pasted widget did not render', { timeout: 5000 });
      expect(shadowText(frame.contentDocument!.querySelector('quote-card')!)).to.equal(shadowText(widget));
      await bareLoaded;
      const fallback = bare.contentDocument!.querySelector('quote-card > blockquote')!;
      expect(fallback.getClientRects().length, 'the fallback shows without the script').to.be.greaterThan(0);
      expect(fallback.textContent!.trim()).to.equal(widget.shadowRoot!.querySelector('[part="text"]')!.textContent!.trim());
    } finally {
      frame.remove();
      bare.remove();
    }
  });

  it('offers the npm import and the iframe embed as variants', async () => {
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    bench.select('position-matrix--filtered');
    await settle(bench);
    const choose = async (variant: string) => {
      const radio = bench.querySelector<HTMLInputElement>(`.variants input[value="${variant}"]`)!;
      radio.click();
      await bench.updateComplete;
      return bench.querySelector<HTMLTextAreaElement>('.embed-code')!.value;
    };
    const npm = await choose('npm');
    expect(npm).to.match(/^\/\/ npm install negotiation-widgets\nimport 'negotiation-widgets\/position-matrix\.js';/);
    expect(npm).to.contain('<caption>Where the three main parties stand</caption>');
    const iframe = await choose('iframe');
    // The embed page is on the publisher's own site: a placeholder the editor replaces. It takes no text parameters by default.
    expect(iframe).to.match(/^<!-- caption left out: the embed page takes text parameters only where the publisher turns them on -->\n<iframe /);
    expect(iframe).to.contain(`<iframe src="${IFRAME_BASE_URL}embed/index.html?widget=position-matrix&amp;parties=ukraine%2Cus%2Crussia&amp;`);
    expect(iframe).to.contain(`<script src="${IFRAME_BASE_URL}embed/resize.js" integrity="sha384-`);
    expect(new URLSearchParams(new URL(location.href).search).get('story')).to.equal('position-matrix--filtered');
  });

  it('restores a view from the URL', async () => {
    history.replaceState(null, '', '?story=quote-card--card&args=%7B%22layout%22%3A%22compact%22%7D&lang=de&width=480&bg=dark');
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    const widget = await settle(bench);
    expect(widget.getAttribute('layout')).to.equal('compact');
    expect(bench.querySelector('.page')!.getAttribute('lang')).to.equal('de');
    expect(bench.querySelector('.frame')!.classList.contains('width-480')).to.equal(true);
    expect(bench.querySelector('.page')!.classList.contains('dark')).to.equal(true);
  });

  it('opens a story from a Storybook link: its id, args and globals in Storybook’s URL form', async () => {
    history.replaceState(null, '', '?path=/story/position-matrix--table&args=layout:list;showSummary:!true&globals=lang:fr;backgrounds.value:dark');
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    const widget = await settle(bench);
    expect(widget.localName).to.equal('position-matrix');
    expect(widget.getAttribute('layout')).to.equal('list');
    expect(widget.hasAttribute('show-summary')).to.equal(true);
    expect(bench.querySelector('.page')!.getAttribute('lang')).to.equal('fr');
    expect(bench.querySelector('.page')!.classList.contains('dark')).to.equal(true);
  });

  it('gives each story the id Storybook gives it, and applies the story’s globals', async () => {
    const ids = entries.map((entry) => entry.id);
    expect(ids).to.include.members(['quote-card--card', 'quote-card--party-quote', 'position-matrix--with-summaries', 'negotiation-status--compact-dark']);
    expect(new Set(ids).size).to.equal(ids.length);
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    bench.select('quote-card--arabic-rtl');
    const widget = await settle(bench);
    expect(bench.querySelector('.page')!.getAttribute('lang')).to.equal('ar');
    expect(bench.querySelector('.page')!.getAttribute('dir')).to.equal('rtl');
    expect(widget.closest('.nw-story-page')!.getAttribute('lang'), 'the shared page decorator').to.equal('ar');
    bench.select('position-matrix--narrow');
    const matrix = await settle(bench);
    expect(matrix.getBoundingClientRect().width, 'the story’s column width').to.be.at.most(380);
  });

  it('builds its controls from custom-elements.json: one per attribute, a select for a union type', async () => {
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    bench.select('quote-card--card');
    await waitUntil(() => (bench as unknown as { manifest?: unknown }).manifest, 'no manifest');
    await bench.updateComplete;
    const layout = bench.querySelector<HTMLSelectElement>('#control-layout')!;
    expect(Array.from(layout.options, (o) => o.value)).to.deep.equal(['card', 'pull', 'compact']);
    const ids = Array.from(bench.querySelectorAll('.control-grid [id^="control-"]'), (c) => c.id.slice('control-'.length));
    expect(ids).to.include.members(['quote', 'layout', 'hideContext', 'hideSource', 'storyId', 'src', 'timeout']);
    expect(ids).to.not.include.members(['hide-context', 'loadToken', 'error']);
  });

  it('documents the selected element from custom-elements.json', async () => {
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    bench.select('quote-card--card');
    await waitUntil(() => (bench as unknown as { manifest?: unknown }).manifest, 'no manifest');
    bench.querySelector<HTMLButtonElement>('#tab-docs')!.click();
    await bench.updateComplete;
    const text = bench.querySelector('[role="tabpanel"]')!.textContent!;
    for (const name of ['hide-context', 'layout', 'nw-copy', 'copy-button']) expect(text).to.contain(name);
  });

  it('is accessible', async () => {
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    await settle(bench);
    await expect(bench).to.be.accessible();
  });
});
