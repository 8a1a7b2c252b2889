import { expect } from '@open-wc/testing';
import { removeFile, writeFile } from '@web/test-runner-commands';
import { clearStoryCache } from '../../src/data/loader.js';
import { validateStory } from '../../src/data/diagnostics.js';
import { COLOR_PATTERN } from '../../src/data/validate.js';
import { embedCode } from '../../src/embed.js';
import { jsonForScript } from '../../src/embed/html.js';
import { cleanStory, hostileCases, hostileObjectCases } from '../fixtures/hostile/corpus.js';
import { PageWatch, ROUTES, WIDGETS, allElements, makeContainer, mount, settled, shadowSignatures, signature } from './harness.js';
import type { HostileCase } from '../fixtures/hostile/corpus.js';
import type { Delivery, Route, Widget, WidgetTag } from './harness.js';

const cases = hostileCases();
/** Served files get a per-run name, so two runs in one working tree never delete each other's. */
const RUN = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const servedPath = (c: HostileCase) => `../fixtures/hostile/served/${RUN}-${c.name}.json`;
const servedUrl = (c: HostileCase) => new URL(servedPath(c), import.meta.url).pathname;

/** Tag and attribute names a widget may render: its clean rendering and its error state. */
const allowed = new Map<WidgetTag, Set<string>>();

function delivery(c: HostileCase, route: Route): Delivery {
  if (route === 'src') return { src: servedUrl(c) };
  if (route === 'inline') return { inline: c.body };
  let value: unknown;
  try {
    value = JSON.parse(c.body);
  } catch {
    value = c.body; // what a page would hand over after reading a broken file as text
  }
  return { property: value };
}

/** The code a widget reports: a body that is not JSON is a JSON error from a file, a wrong type as a property. */
function expectedOutcome(c: HostileCase, route: Route): HostileCase['expect'] {
  return c.expect === 'invalid-json' && route === 'property' ? 'invalid-story' : c.expect;
}

/** What every hostile rendering must satisfy, whatever it shows. */
function checkSafe(el: Widget): void {
  const tag = el.localName as WidgetTag;
  const extra = [...shadowSignatures(el)].filter((s) => !allowed.get(tag)!.has(s));
  expect(extra, `<${tag}> rendered elements or attributes its clean rendering does not have`).to.deep.equal([]);
  for (const element of allElements(el.shadowRoot!)) {
    const names = element.getAttributeNames();
    expect(names.filter((n) => n.startsWith('on') || n === 'srcdoc'), `${element.localName} handlers`).to.deep.equal([]);
    if (element.hasAttribute('href')) {
      expect(new URL(element.getAttribute('href')!, document.baseURI).protocol, `href of ${element.localName}`).to.be.oneOf(['http:', 'https:']);
    }
    // Every widget's links alike: outside the article, with no opener and no referrer.
    if (element.localName === 'a') {
      expect([element.getAttribute('rel'), element.getAttribute('target')], `<${tag}> link`).to.deep.equal(['noopener noreferrer', '_blank']);
    }
    const style = (element as HTMLElement).style;
    if (style?.length) {
      // Data reaches CSS only as a custom property holding a checked colour.
      for (const property of Array.from(style)) {
        expect(property, 'inline style property').to.match(/^--/);
        expect(style.getPropertyValue(property).trim(), `value of ${property}`).to.match(COLOR_PATTERN);
      }
    }
  }
}

describe('hostile stories', function () {
  const watch = new PageWatch();
  let container: HTMLDivElement;

  before(async function () {
    this.timeout(60_000);
    for (const c of cases) await writeFile({ path: servedPath(c), content: c.body });
    // The allow-list: each widget's clean rendering (with links), the same with an event and an
    // obstacle naming more parties than get chips ("+N more"), and its error state.
    const host = makeContainer();
    watch.start();
    const crowded = cleanStory() as { parties: { id: string }[]; negotiation: { events: { parties: string[] }[]; obstacles: { parties: string[] }[] } };
    const ids = crowded.parties.map((p) => p.id);
    for (const item of [crowded.negotiation.events[0]!, crowded.negotiation.obstacles[0]!]) item.parties = Array.from({ length: 6 }, (_, i) => ids[i % ids.length]!);
    for (const tag of WIDGETS) {
      const clean = await mount(tag, { property: cleanStory() }, host);
      const busy = await mount(tag, { property: crowded }, host);
      const failed = await mount(tag, { property: { version: 2 } }, host);
      expect(clean.error, `clean <${tag}>`).to.equal(undefined);
      expect(busy.error, `crowded <${tag}>`).to.equal(undefined);
      allowed.set(tag, new Set([...shadowSignatures(clean), ...shadowSignatures(busy), ...shadowSignatures(failed)]));
    }
    watch.stop();
    host.remove();
  });

  after(async function () {
    this.timeout(60_000);
    for (const c of cases) await removeFile({ path: servedPath(c) });
  });

  beforeEach(() => {
    clearStoryCache();
    watch.warnings = [];
    watch.dialogs = [];
    watch.uncaught = [];
    watch.start();
    container = makeContainer();
  });

  afterEach(() => {
    watch.stop();
    container.remove();
  });

  for (const c of cases) {
    for (const route of ROUTES) {
      const outcome = expectedOutcome(c, route);
      it(`${c.name} by ${route}: ${outcome === 'render' ? 'renders safely' : `shows a ${outcome} error`}`, async function () {
        this.timeout(20_000);
        const errors: string[] = [];
        container.addEventListener('nw-error', (event) => errors.push((event as CustomEvent<{ code: string }>).detail.code));
        const widgets: Widget[] = [];
        for (const tag of WIDGETS) widgets.push(await mount(tag, delivery(c, route), container));
        await watch.quiet();

        for (const el of widgets) {
          if (outcome === 'render') {
            expect(el.error?.message, `<${el.localName}> error`).to.equal(undefined);
            expect(el.shadowRoot!.querySelector('slot'), `<${el.localName}> still loading`).to.equal(null);
            if (c.shows) expect(el.shadowRoot!.textContent, `<${el.localName}> shows the markup as text`).to.contain(c.shows);
          } else {
            expect(el.error?.code, `<${el.localName}> error code`).to.equal(outcome);
            expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent, `<${el.localName}> error shown`).to.contain(el.error!.message);
          }
          checkSafe(el);
        }
        expect(errors).to.deep.equal(outcome === 'render' ? [] : WIDGETS.map(() => outcome));
        expect(watch.warnings).to.have.length(outcome === 'render' ? 0 : WIDGETS.length);
        expect(watch.pwned, 'payload flag').to.equal(undefined);
        expect(watch.dialogs, 'dialogs').to.deep.equal([]);
        expect(watch.uncaught, 'uncaught errors').to.deep.equal([]);
        expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);
        // Nothing escaped into the page: the container holds the widgets and their inline scripts only.
        const outside = Array.from(container.querySelectorAll('*')).filter((e) => !WIDGETS.includes(e.localName as WidgetTag) && !(e.localName === 'script' && (e as HTMLScriptElement).type === 'application/json'));
        expect(outside.map((e) => e.localName), 'light DOM').to.deep.equal([]);
      });
    }
  }

  for (const c of hostileObjectCases()) {
    it(`${c.name} as the story property: ${c.expect === 'render' ? 'renders safely' : 'shows an invalid-story error'}`, async () => {
      const widgets: Widget[] = [];
      for (const tag of WIDGETS) widgets.push(await mount(tag, { property: c.value() }, container));
      for (const el of widgets) {
        if (c.expect === 'render') expect(el.error?.message, `<${el.localName}>`).to.equal(undefined);
        else expect(el.error?.code, `<${el.localName}>`).to.equal('invalid-story');
        checkSafe(el);
      }
      expect(watch.warnings).to.have.length(c.expect === 'render' ? 0 : WIDGETS.length);
      expect(watch.uncaught).to.deep.equal([]);
    });
  }
});

describe('hostile stories through embedCode (inline JSON with fallback)', function () {
  const watch = new PageWatch();
  /** Tag and attribute names each widget's snippet has for the clean story. */
  const snippetAllowed = new Map<WidgetTag, Set<string>>();
  const parse = (snippet: string) => new DOMParser().parseFromString(snippet, 'text/html').body;

  before(() => {
    for (const tag of WIDGETS) snippetAllowed.set(tag, new Set(allElements(parse(embedCode(tag, { story: cleanStory(), inline: true }))).map(signature)));
  });
  beforeEach(() => {
    watch.warnings = [];
    watch.uncaught = [];
    watch.start();
  });
  afterEach(() => watch.stop());

  for (const c of cases.filter((c) => c.expect === 'render')) {
    it(`${c.name}: the snippet holds the story as data only, and the widget renders it safely`, async function () {
      this.timeout(20_000);
      const container = makeContainer();
      try {
        const input: unknown = JSON.parse(c.body);
        const validated = validateStory(input);
        for (const tag of WIDGETS) {
          const body = parse(embedCode(tag, { story: input, inline: true }));
          const extra = allElements(body).map(signature).filter((s) => !snippetAllowed.get(tag)!.has(s));
          expect(extra, `<${tag}> snippet`).to.deep.equal([]);
          const json = body.querySelector(`${tag} > script[type="application/json"]`)!;
          expect(JSON.parse(json.textContent!), 'inline JSON').to.deep.equal(validated.ok ? validated.story : undefined);
          for (const link of Array.from(body.querySelectorAll('[href]'))) expect(new URL(link.getAttribute('href')!).protocol).to.be.oneOf(['http:', 'https:']);
          // The widget element alone: the snippet's CDN script is the page's business, not this test's.
          const el = document.importNode(body.querySelector(tag)!, true) as unknown as Widget;
          container.append(el);
          await settled(el);
          expect(el.error?.message, `<${tag}>`).to.equal(undefined);
          checkSafe(el);
        }
        await watch.quiet();
        expect([watch.pwned, watch.dialogs, watch.uncaught, watch.warnings]).to.deep.equal([undefined, [], [], []]);
      } finally {
        container.remove();
      }
    });
  }
});

describe('hostile embed markup: where the inline story sits, and the timeout', function () {
  const watch = new PageWatch();
  let container: HTMLDivElement;
  const story = { ...cleanStory(), id: 'inline-story' };
  const json = jsonForScript(story);

  beforeEach(() => {
    clearStoryCache();
    watch.warnings = [];
    watch.uncaught = [];
    watch.start();
    container = makeContainer();
  });
  afterEach(() => {
    watch.stop();
    container.remove();
  });

  /** Parses `markup` as a page's HTML parser would, and waits for the widget in it. */
  async function parsed(markup: string): Promise<Widget> {
    container.innerHTML = markup;
    const el = container.querySelector<Widget>(WIDGETS.join(','))!;
    await settled(el);
    return el;
  }

  // Browsers read a type with spaces around it, in any case, with parameters, as that MIME type.
  for (const type of ['application/json ', ' APPLICATION/JSON', 'Application/Json; charset=utf-8', '\tapplication/json\n']) {
    it(`<script type=${JSON.stringify(type)}> inside the element is read, not replaced by the built-in story`, async () => {
      const el = await parsed(`<quote-card><script type="${type}">${json}</script></quote-card>`);
      expect(el.loadedStory?.id).to.equal('inline-story');
      expect(watch.warnings).to.deep.equal([]);
    });
  }

  it('a story script inside a <template> child is read (and the template is no fallback content)', async () => {
    const el = await parsed(`<position-matrix><template><script type="application/json">${json}</script></template></position-matrix>`);
    expect(el.loadedStory?.id).to.equal('inline-story');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('a story script nested deeper is an invalid-json error saying where, never the built-in story', async () => {
    for (const tag of WIDGETS) {
      const el = await parsed(`<${tag}><div><script type="application/json">${json}</script></div></${tag}>`);
      expect(el.loadedStory, tag).to.equal(undefined);
      expect(el.error?.code, tag).to.equal('invalid-json');
      expect(el.error?.message, tag).to.contain('inside <div>');
    }
    expect(watch.warnings).to.have.length(WIDGETS.length);
  });

  it('a story with <!--<script> in its text, written by embedCode, leaves the rest of the page alone', async () => {
    const hostile = { ...cleanStory(), headline: `<!--<script>window.${'__nwPwned'}=1</script>` };
    const snippet = embedCode('quote-card', { story: hostile, inline: true, fallback: false });
    container.innerHTML = `${snippet.split('\n').slice(1).join('\n')}<p id="after">after</p>`;
    expect(container.querySelector('#after')?.textContent, 'the paragraph after the snippet').to.equal('after');
    const el = container.querySelector<Widget>('quote-card')!;
    await settled(el);
    expect(el.loadedStory?.headline).to.equal(hostile.headline);
    expect(watch.pwned).to.equal(undefined);
  });

  for (const [timeout, warning] of [
    ['-1', 'is not a number of milliseconds above 0'],
    ['NaN', 'is not a number of milliseconds above 0'],
    ['soon', 'is not a number of milliseconds above 0'],
    ['0', 'is not a number of milliseconds above 0'],
    [String(2 ** 31), 'is more than the 2147483647 ms browsers can wait'],
    ['1e12', 'is more than the 2147483647 ms browsers can wait'],
  ] as const) {
    it(`timeout="${timeout}": the story loads (no instant timeout), with one warning that says why`, async () => {
      const el = await parsed(`<quote-card src="/test/fixtures/story.json" timeout="${timeout}"></quote-card>`);
      expect(el.error?.message).to.equal(undefined);
      expect(el.loadedStory).to.not.equal(undefined);
      expect(watch.warnings).to.have.length(1);
      expect(watch.warnings[0]).to.contain(warning);
    });
  }
});
