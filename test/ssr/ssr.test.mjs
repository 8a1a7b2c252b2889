// Server rendering in Node, on the built npm package (needs a build): Lit's own renderer on the
// elements, `renderWidget` and `prerender` of negotiation-widgets/ssr.js, the CLI `render` command,
// an Eleventy 3 site with @lit-labs/eleventy-plugin-lit, and every entry point imported in plain Node.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const builtIn = JSON.parse(readFileSync(join(root, 'src/data/stories/us-russia-ukraine-talks-2025.json'), 'utf8'));
const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/story.json'), 'utf8'));
const de = JSON.parse(readFileSync(join(root, 'src/shared/locales/de.json'), 'utf8'));

/** Runs a module script in a fresh Node process (so no test's imports leak into another). */
function runNode(script) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
}

/** The text a reader sees in rendered HTML: no styles, tags or comments, entities decoded, spaces collapsed. */
function visibleText(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The declarative shadow root of the first `tag` in `html`. */
function shadowOf(html, tag) {
  const start = html.indexOf(`<${tag}`);
  assert.ok(start >= 0, `no <${tag}> in the output`);
  const open = html.indexOf('<template shadowroot', start);
  const close = html.indexOf('</template>', open);
  assert.ok(open > start && close > open, `<${tag}> has no declarative shadow root`);
  return html.slice(open, close);
}

describe('every entry point in plain Node', () => {
  const subpaths = Object.keys(pkg.exports).filter((subpath) => !subpath.endsWith('.json'));

  it('imports without throwing or printing, through "exports" (the node condition) and as the browser files', () => {
    for (const subpath of subpaths) {
      const specifier = `negotiation-widgets${subpath.slice(1)}`;
      const result = runNode(`await import(${JSON.stringify(specifier)});`);
      assert.equal(result.status, 0, `${specifier}: ${result.stderr}`);
      assert.equal(result.stderr + result.stdout, '', `${specifier} printed something`);
      const target = pkg.exports[subpath];
      if (target.default) {
        // What a bundler configured for browsers would load, imported on a server all the same.
        const file = join(root, target.default);
        const direct = runNode(`await import(${JSON.stringify(file)});`);
        assert.equal(direct.status, 0, `${target.default}: ${direct.stderr}`);
        assert.equal(direct.stderr + direct.stdout, '', `${target.default} printed something`);
      }
    }
  });
});

describe("Lit's server renderer on the elements", () => {
  /** Renders a Lit template (given as source text) in a fresh process with `negotiation-widgets` imported; returns the HTML. */
  function litRender(template, { setup = '', imports = "import 'negotiation-widgets';" } = {}) {
    const script = `${imports}
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
globalThis.fetch = () => { throw new Error('fetch on the server'); };
${setup}
process.stdout.write(collectResultSync(render(${template})));`;
    const result = runNode(script);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '', 'nothing printed to stderr');
    return result.stdout;
  }

  it('renders each widget with the built-in story, synchronously, into a declarative shadow root', () => {
    const html = litRender("html`<quote-card quote=\"hegseth-nato-membership\"></quote-card><position-matrix></position-matrix><negotiation-status></negotiation-status>`");
    const quote = builtIn.quotes.find((q) => q.id === 'hegseth-nato-membership');
    const card = visibleText(shadowOf(html, 'quote-card'));
    assert.ok(card.includes(quote.text), card.slice(0, 300));
    assert.ok(card.includes('Pete Hegseth'));
    const matrix = shadowOf(html, 'position-matrix');
    for (const issue of builtIn.issues) assert.ok(visibleText(matrix).includes(issue.title), issue.title);
    // One markup, presented by container queries: the table, no second layout in the DOM.
    assert.equal(matrix.match(/<table/g)?.length, 1);
    assert.ok(matrix.includes('data-layout="auto"'));
    const status = visibleText(shadowOf(html, 'negotiation-status'));
    assert.ok(status.includes(builtIn.negotiation.title));
    assert.ok(status.includes('Day 1,085'), status.slice(0, 300));
    assert.ok(!html.includes('aria-busy'), 'no widget is in its loading state');
  });

  it('party colours survive: a rule per colour in the shadow root, the colour on the marked elements, no style attribute', () => {
    // The built-in story sets no party colours (docs/built-in-story.md: no party colours); the test story does.
    const html = litRender('html`<position-matrix .story=${fixture}></position-matrix>`', { setup: `const fixture = ${JSON.stringify(fixture)};` });
    const shadow = shadowOf(html, 'position-matrix');
    assert.ok(fixture.parties.some((p) => p.color));
    for (const party of fixture.parties.filter((p) => p.color)) {
      assert.ok(shadow.includes(`[data-party-color="${party.color}"]{--_party:${party.color}}`), party.id);
    }
    assert.ok(/<th scope="col"[^>]*data-party-color="#[0-9a-f]{6}"/.test(shadow));
    assert.ok(!/\sstyle=/.test(shadow), 'a style attribute');
  });

  it('a colour that could leave its rule never reaches the server stylesheet', () => {
    const result = runNode(`import { serverPartyColors } from ${JSON.stringify(join(root, 'dist/shared/custom-properties.js'))};
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
const story = { parties: [{ id: 'a', color: 'red}</style><script>alert(1)</script>' }, { id: 'b', color: '#123456' }] };
process.stdout.write(collectResultSync(render(serverPartyColors(story))));`);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.includes('[data-party-color="#123456"]{--_party:#123456}'));
    assert.ok(!result.stdout.includes('alert'), result.stdout);
  });

  it('a colour with a line break, carriage return, form feed, tab or other control character never reaches the server stylesheet, and the others keep their rules', () => {
    const bad = ['\n', '\r', '\f', '\t', '\v', '\u0000', '\u0085', '\u00a0'].map((c) => `rgb(1 2 3${c})`);
    const result = runNode(`import { serverPartyColors } from ${JSON.stringify(join(root, 'dist/shared/custom-properties.js'))};
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
const bad = ${JSON.stringify(bad)};
const story = { parties: [...bad.map((color, i) => ({ id: 'p' + i, color })), { id: 'b', color: 'rgb(4 5 6)' }] };
process.stdout.write(collectResultSync(render(serverPartyColors(story))));`);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.replace(/<!--[^>]*-->/g, ''), '<style>[data-party-color="rgb(4 5 6)"]{--_party:rgb(4 5 6)}</style>');
  });

  it('the story property, story-id and the language come from the element; each render shows its own story', () => {
    const html = litRender('html`<quote-card .story=${fixture}></quote-card><quote-card lang="de" story-id="us-russia-ukraine-talks-2025"></quote-card><quote-card .story=${fixture}></quote-card>`', {
      setup: `const fixture = ${JSON.stringify(fixture)};`,
    });
    const cards = html.split('<quote-card').slice(1).map(visibleText);
    assert.ok(cards[0].includes(fixture.quotes[0].text));
    assert.ok(cards[1].includes(builtIn.quotes[0].text));
    assert.ok(cards[1].includes(de.copyQuote), 'German strings');
    assert.ok(cards[2].includes(fixture.quotes[0].text), 'the third card shows its own story, not the one before');
  });

  it('a src story, relative or not, renders the loading state over its fallback content, and nothing is fetched', () => {
    const html = litRender('html`<quote-card src="stories/talks.json"><p>Fallback text</p></quote-card><position-matrix src="https://example.org/s.json"></position-matrix>`');
    for (const tag of ['quote-card', 'position-matrix']) {
      const shadow = shadowOf(html, tag);
      assert.ok(shadow.includes('aria-busy="true"') && shadow.includes('<slot>'), `${tag}: ${visibleText(shadow).slice(0, 200)}`);
      assert.ok(!visibleText(shadow).includes('not an http'), 'no error');
    }
    assert.ok(html.includes('<p>Fallback text</p>'));
  });

  it('a story the server cannot see (an unknown story-id: perhaps an inline child) shows no error, only the fallback', () => {
    const html = litRender('html`<quote-card story-id="my-own-story"></quote-card>`');
    const shadow = shadowOf(html, 'quote-card');
    assert.ok(shadow.includes('<slot>'));
    assert.equal(visibleText(shadow.replace(/<template[^>]*>/, '')), '');
  });
});

describe('renderWidget and prerender (negotiation-widgets/ssr.js)', () => {
  let ssr;
  let embed;
  before(async () => {
    ssr = await import('negotiation-widgets/ssr.js');
    embed = await import('negotiation-widgets/embed.js');
  });

  it('returns the element, its declarative shadow root, then the fallback; no Lit markers', () => {
    const html = ssr.renderWidget('quote-card', { quote: 'kallas-central-role', layout: 'pull' });
    assert.ok(html.startsWith('<quote-card quote="kallas-central-role" layout="pull"><template shadowroot="open" shadowrootmode="open">'), html.slice(0, 200));
    assert.ok(html.endsWith('</quote-card>'));
    assert.ok(!/<!--\/?lit-/.test(html), 'Lit hydration markers');
    const [shadow, light] = html.split('</template>');
    assert.ok(visibleText(shadow).includes('in any negotiation, Europe must have a central role'));
    // The fallback, for browsers without declarative shadow DOM.
    assert.ok(light.includes('<blockquote>'), light);
  });

  it('renders in the page language given', () => {
    const html = ssr.renderWidget('negotiation-status', { layout: 'compact' }, { lang: 'de' });
    assert.ok(visibleText(shadowOf(html, 'negotiation-status')).includes('Tag 1.085'));
    assert.ok(!html.startsWith('<negotiation-status lang'), 'the element itself keeps the page language');
  });

  it('with a story: renders it and puts it inside as inline JSON, so the browser shows the same story', () => {
    const html = ssr.renderWidget('quote-card', {}, { story: JSON.stringify(fixture) });
    assert.ok(visibleText(shadowOf(html, 'quote-card')).includes(fixture.quotes[0].text));
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1];
    assert.equal(JSON.parse(json).id, fixture.id);
    // With src, the browser loads the file: no inline copy that would hide it.
    const withSrc = ssr.renderWidget('quote-card', { src: 'https://example.org/story.json' }, { story: fixture });
    assert.ok(!withSrc.includes('application/json'));
    assert.ok(visibleText(shadowOf(withSrc, 'quote-card')).includes(fixture.quotes[0].text));
  });

  it('escapes attribute values and refuses what embedCode refuses, in its own name', () => {
    const html = ssr.renderWidget('quote-card', { quote: '"><script>alert(1)</script>' });
    assert.ok(!html.includes('<script>alert'), html.slice(0, 200));
    assert.throws(() => ssr.renderWidget('quote-card', { bogus: 'x' }), { name: 'TypeError', message: /^renderWidget: <quote-card> has no attribute "bogus"/ });
    assert.throws(() => ssr.renderWidget('news-ticker'), { name: 'TypeError', message: /^renderWidget: unknown widget/ });
    assert.throws(() => ssr.renderWidget('quote-card', {}, { story: '{' }), { name: 'TypeError', message: /not valid JSON/ });
    assert.throws(() => ssr.renderWidget('quote-card', {}, { story: { id: 'x' } }), { name: 'TypeError', message: /^renderWidget: the story is not valid/ });
  });

  it('a live story whose list grows between reads (a Proxy) is checked and emitted as one snapshot: within the limits', async () => {
    const { LIMITS, validateStory } = await import('negotiation-widgets/data.js');
    // The events list answers its true length to the first read of `length`, 20,000 afterwards.
    const growing = () => {
      const story = structuredClone(fixture);
      const events = story.negotiation.events;
      const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, date: null, title: 'x', parties: [], status: 'done' }));
      let reads = 0;
      story.negotiation.events = new Proxy(events, {
        get: (target, key, receiver) => (key === 'length' ? (reads++ ? many.length : target.length) : /^\d+$/.test(String(key)) ? many[key] : Reflect.get(target, key, receiver)),
        has: (target, key) => (/^\d+$/.test(String(key)) ? Number(key) < many.length : Reflect.has(target, key)),
      });
      return story;
    };
    const result = validateStory(growing());
    if (result.ok) assert.ok(result.story.negotiation.events.length <= LIMITS.lists.events, `${result.story.negotiation.events.length} events`);
    const small = ssr.renderWidget('negotiation-status', {}, { story: fixture }).length;
    for (const html of [embed.embedCode('negotiation-status', { story: growing(), inline: true, variant: 'element' }), ssr.renderWidget('negotiation-status', {}, { story: growing() })]) {
      const json = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1]);
      assert.ok(json.negotiation.events.length <= LIMITS.lists.events, `${json.negotiation.events.length} events emitted`);
      assert.ok(html.length < 4 * small, `${html.length} characters (the story alone renders to ${small})`);
    }
  });

  it("embedCode's prerender option puts the server-rendered widget in the snippet", () => {
    const snippet = embed.embedCode('position-matrix', { attributes: { issues: 'nato-membership' }, prerender: ssr.prerender });
    assert.ok(snippet.startsWith('<script type="module"'));
    assert.ok(snippet.includes('<position-matrix issues="nato-membership"><template shadowroot="open" shadowrootmode="open">'));
    assert.ok(visibleText(shadowOf(snippet, 'position-matrix')).includes('NATO membership'));
    assert.throws(() => embed.embedCode('quote-card', { variant: 'iframe', baseUrl: 'https://example.org/nw/', prerender: ssr.prerender }), TypeError);
  });
});

describe('server output is proportional to the story (issue 26, item 2)', () => {
  // HTML ≤ K × the story's JSON + C, for every valid story: K covers text a widget shows in its
  // shadow root, its fallback and the inline JSON (a headline is the caption twice, and the
  // JSON); C the markup of at most 30,000 nodes, and the fields widgets repeat, which have their
  // own bounds (a short name on 3,000 chips is at most 300,000 characters).
  const K = 3;
  const C = 1_000_000;
  const CASES = {
    'quote-card': [{ layout: 'card' }, { layout: 'pull' }],
    'position-matrix': [{ layout: 'table', 'show-summary': true }, { layout: 'list', 'show-summary': true }],
    'negotiation-status': [{ layout: 'full' }, { layout: 'timeline' }],
  };
  let ssr;
  let data;
  let fixtures;
  let dir;
  before(async () => {
    ssr = await import('negotiation-widgets/ssr.js');
    data = await import('negotiation-widgets/data.js');
    // The worst stories are TypeScript, shared with the browser tests.
    const { build } = await import('esbuild');
    dir = mkdtempSync(join(tmpdir(), 'nw-worst-'));
    const outfile = join(dir, 'worst-stories.mjs');
    await build({ entryPoints: [join(root, 'test/fixtures/worst-stories.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
    fixtures = await import(outfile);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** [story bytes, HTML bytes] of `story` rendered in `widget`, the page in French (so every story text carries the story's `lang`). */
  function measure(widget, attributes, story) {
    const result = data.validateStory(story);
    assert.ok(result.ok, JSON.stringify(result.errors?.slice(0, 2)));
    const bytes = Buffer.byteLength(JSON.stringify(result.story));
    const html = ssr.renderWidget(widget, widget === 'quote-card' ? { ...attributes, quote: story.quotes[0].id } : attributes, { story, lang: 'fr' });
    return [bytes, Buffer.byteLength(html)];
  }

  /** Every string of `value` (the first two items of each list): their JSON pointers. */
  function strings(value, pointer = '', found = []) {
    if (typeof value === 'string') found.push(pointer);
    else if (Array.isArray(value)) value.slice(0, 2).forEach((item, i) => strings(item, `${pointer}/${i}`, found));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, `${pointer}/${key}`, found);
    return found;
  }

  it('the worst stories set every string field of the format (walked from the JSON Schema), each at its own bound where it has one', () => {
    const schema = JSON.parse(readFileSync(join(root, 'src/data/story.schema.json'), 'utf8'));
    const resolve = (node) => (node.$ref ? { ...resolve(schema.$defs[node.$ref.split('/').pop()]), ...node, $ref: undefined } : node);
    /** The pointers (`*` for any item of a list) of every string field, with its own bound in characters if it has one. */
    const walk = (node, pointer, found) => {
      const n = resolve(node);
      if (n.type === 'object') for (const [key, child] of Object.entries(n.properties)) key === '$schema' || walk(child, `${pointer}/${key}`, found);
      else if (n.type === 'array') walk(n.items, `${pointer}/*`, found);
      else if (n.oneOf) walk(n.oneOf.find((option) => resolve(option).type !== 'null'), pointer, found);
      else if (n.const === undefined && n.type !== 'boolean') found.push([pointer, n.maxLength < 200_000 ? n.maxLength : undefined]);
      return found;
    };
    /** The values at `pointer` in `value`, every item of a list for `*`. */
    const at = (value, keys) => (keys.length === 0 ? [value] : value == null ? [] : keys[0] === '*' ? (Array.isArray(value) ? value.flatMap((item) => at(item, keys.slice(1))) : []) : at(value[keys[0]], keys.slice(1)));
    const pointers = walk(schema, '', []);
    assert.ok(pointers.length >= 40, `${pointers.length} string fields`);
    for (const widget of Object.keys(CASES)) {
      const story = fixtures.worstStory(widget);
      for (const [pointer, max] of pointers) {
        const values = at(story, pointer.split('/').slice(1));
        assert.ok(values.some((v) => typeof v === 'string' && v !== ''), `worstStory('${widget}') sets no ${pointer}`);
        // A field with its own bound is at that bound somewhere (ids at 100, the language at 35…).
        if (max) assert.ok(values.some((v) => v.length === max), `worstStory('${widget}'): no ${pointer} of ${max} characters`);
      }
    }
  });

  it(`the worst story for each widget, every string at its bound: ≤ ${K} × the story + ${C} bytes`, () => {
    for (const [widget, cases] of Object.entries(CASES)) {
      for (const attributes of cases) {
        const [bytes, html] = measure(widget, attributes, fixtures.worstStory(widget));
        assert.ok(html <= K * bytes + C, `<${widget} layout="${attributes.layout}">: ${html} bytes of HTML for ${bytes} of story`);
      }
    }
  });

  it('the rest of the text moved into any one text field, in turn: the same bound', () => {
    let fields = 0;
    for (const [widget, cases] of Object.entries(CASES)) {
      const base = fixtures.worstStory(widget);
      for (const pointer of strings(base)) {
        const story = structuredClone(base);
        const keys = pointer.split('/').slice(1);
        const parent = keys.slice(0, -1).reduce((value, key) => value[key], story);
        const key = keys.at(-1);
        const rest = story.summary.length - 8;
        if (pointer === '/summary') continue;
        story.summary = 'Summary.';
        parent[key] += ' word'.repeat(Math.floor(rest / 5));
        // Fields with their own bound (and quotes every event shows) refuse it: that is the point.
        if (!data.validateStory(story).ok) continue;
        fields++;
        for (const attributes of cases) {
          const [bytes, html] = measure(widget, attributes, story);
          assert.ok(html <= K * bytes + C, `<${widget} layout="${attributes.layout}">, the text in ${pointer}: ${html} bytes of HTML for ${bytes} of story`);
        }
      }
    }
    assert.ok(fields >= 30, `${fields} fields`);
  });

  it('the built-in story, every event and obstacle naming one party 20 times, with the text budget in any one text field in turn: the same bound', () => {
    const base = structuredClone(builtIn);
    const n = base.negotiation;
    n.events = Array.from({ length: 100 }, (_, i) => ({ id: `e${i}`, date: '2025-01-01', title: 'T.', parties: Array(20).fill('us'), status: 'done', quote: base.quotes[0].id }));
    n.obstacles = Array.from({ length: 50 }, (_, i) => ({ id: `o${i}`, text: 'O.', parties: Array(20).fill('us'), issue: base.issues[0].id }));
    let fields = 0;
    for (const pointer of strings(base)) {
      const story = structuredClone(base);
      const keys = pointer.split('/').slice(1);
      const parent = keys.slice(0, -1).reduce((value, key) => value[key], story);
      // As much as the field takes: the text budget, or its own bound (then the story is refused).
      for (const length of [150_000, 1_000, 200, 100]) {
        parent[keys.at(-1)] = 'word '.repeat(length / 5);
        if (data.validateStory(story).ok) break;
      }
      if (!data.validateStory(story).ok) continue;
      fields++;
      for (const [widget, cases] of Object.entries(CASES)) {
        for (const attributes of cases) {
          const [bytes, html] = measure(widget, attributes, story);
          assert.ok(html <= K * bytes + C, `<${widget} layout="${attributes.layout}">, the text in ${pointer}: ${html} bytes of HTML for ${bytes} of story`);
        }
      }
    }
    assert.ok(fields >= 20, `${fields} fields`);
  });

  it('a 1.6 MB language tag, a long short name on every chip, one long quote on every event: refused, not rendered', () => {
    const story = fixtures.worstStory('negotiation-status');
    const cases = [
      (s) => (s.language = `en-${'abcdefgh-'.repeat(180_000)}a`),
      (s) => (s.parties[0].shortName += ' word'.repeat(1000)),
      (s) => {
        s.quotes[1].text += ' word'.repeat(1000);
        for (const event of s.negotiation.events) event.quote = s.quotes[1].id;
      },
    ];
    for (const change of cases) {
      const changed = structuredClone(story);
      changed.summary = 'Summary.';
      change(changed);
      assert.throws(() => ssr.renderWidget('negotiation-status', { layout: 'timeline' }, { story: changed }), { name: 'TypeError', message: /^renderWidget: the story is not valid/ });
    }
  });
});

describe('negotiation-widgets render (CLI)', () => {
  let work;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'nw-render-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));
  const cli = (...args) => spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'render', ...args], { encoding: 'utf8' });

  it('prints the widget server-rendered, with attributes, a story file and a language', () => {
    const file = join(work, 'story.json');
    writeFileSync(file, JSON.stringify(fixture));
    const result = cli('quote-card', '--layout', 'compact', '--hide-source', '--story', file, '--lang', 'de');
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith('<quote-card layout="compact" hide-source><template shadowroot="open"'), result.stdout.slice(0, 200));
    assert.ok(visibleText(shadowOf(result.stdout, 'quote-card')).includes(fixture.quotes[0].text));
    assert.ok(result.stdout.includes('application/json'));
  });

  it('--no-fallback leaves the fallback out', () => {
    const result = cli('quote-card', '--no-fallback');
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.trim().endsWith('</template></quote-card>'), result.stdout.slice(-200));
  });

  it('exits 1 on an attribute or story it refuses, 2 on a usage error', () => {
    assert.equal(cli('quote-card', '--bogus', 'x').status, 1);
    const bad = join(work, 'bad.json');
    writeFileSync(bad, '{"id": 1}');
    assert.equal(cli('quote-card', '--story', bad).status, 1);
    assert.equal(cli().status, 2);
    assert.equal(cli('quote-card', '--story').status, 2);
    assert.equal(cli('quote-card', 'stray').status, 2);
    assert.equal(cli('quote-card', '--story', join(work, 'missing.json')).status, 2);
  });
});

describe('an Eleventy 3 site with @lit-labs/eleventy-plugin-lit', () => {
  it('renders all three widgets into the built page', async () => {
    const { default: Eleventy } = await import('@11ty/eleventy');
    const site = new Eleventy(undefined, undefined, { configPath: join(root, 'test/ssr/eleventy/eleventy.config.mjs'), quietMode: true });
    const [page] = await site.toJSON();
    const quote = builtIn.quotes.find((q) => q.id === 'hegseth-nato-membership');
    assert.ok(visibleText(shadowOf(page.content, 'quote-card')).includes(quote.text));
    assert.ok(visibleText(shadowOf(page.content, 'position-matrix')).includes('Territorial integrity'));
    assert.ok(visibleText(shadowOf(page.content, 'negotiation-status')).includes('Talks announced'));
    assert.ok(!page.content.includes('aria-busy'), 'no widget in its loading state');
  });
});
