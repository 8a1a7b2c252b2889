// The static Storybook (what teams publish): built from .storybook/ and stories/, served, and every
// story loaded in Chromium. Needs `npm run build` first (dist/custom-elements.json); `npm test` does.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.NW_CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';
const WIDGETS = ['quote-card', 'position-matrix', 'negotiation-status'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

const out = mkdtempSync(join(tmpdir(), 'nw-storybook-'));
let server;
let browser;
let base;
let stories;

function serve(root) {
  return new Promise((resolve) => {
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(root) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}

/** Opens the preview iframe page, collecting what goes wrong in it. */
async function open(query) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${base}/iframe.html?${query}`, { waitUntil: 'load' });
  return { page, problems };
}

/** Opens a story and waits until it has rendered and its play function (if any) has run. */
async function openStory(query) {
  const opened = await open(query);
  await opened.page.waitForFunction(() => ['completed', 'finished', 'errored', 'aborted'].includes(globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase), { timeout: 20000 });
  return opened;
}

/** What the story's widget shows, read in the page. */
function widgetState(page, tagName) {
  return page.evaluate(async (tag) => {
    const widget = document.querySelector(`#storybook-root ${tag}`);
    if (!widget) return { found: false };
    const deadline = Date.now() + 5000;
    while (!widget.loadedStory && !widget.error && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await widget.updateComplete;
    const wrapper = widget.closest('.nw-story-page');
    return {
      found: true,
      text: (widget.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      loaded: Boolean(widget.loadedStory),
      error: widget.error?.message,
      attributes: Object.fromEntries(Array.from(widget.attributes, (a) => [a.name, a.value])),
      lang: wrapper?.getAttribute('lang'),
      dir: wrapper?.getAttribute('dir'),
      pageScheme: wrapper ? getComputedStyle(wrapper).colorScheme : undefined,
      phase: globalThis.__STORYBOOK_PREVIEW__.currentRender.phase,
      lit: [globalThis.litElementVersions?.length ?? 0, globalThis.litHtmlVersions?.length ?? 0],
    };
  }, tagName);
}

describe('the static Storybook', { timeout: 300000 }, () => {
  before(async () => {
    assert.ok(existsSync('dist/custom-elements.json'), 'run `npm run build` first');
    const build = spawnSync(process.execPath, ['node_modules/storybook/dist/bin/dispatcher.js', 'build', '--quiet', '--output-dir', out], {
      encoding: 'utf8',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    assert.equal(build.status, 0, `storybook build failed:\n${build.stdout}\n${build.stderr}`);
    stories = Object.values(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries).filter((entry) => entry.type === 'story');
    base = await serve(out);
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });

  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('leaves Storybook out of the workbench, which reads the same stories files', () => {
    const workbench = readFileSync('dist/demo/workbench.js', 'utf8');
    assert.doesNotMatch(workbench, /from\s*["']storybook|import\(["']storybook|@storybook\//);
    assert.ok(!workbench.includes('toHaveBeenCalledWith'), 'storybook/test is bundled');
  });

  it('lists every story of the CSF files, in the workbench’s order and with its ids', () => {
    const components = [...new Set(stories.map((story) => story.id.split('--')[0]))];
    assert.deepEqual(components, WIDGETS);
    assert.ok(stories.length >= 40, `only ${stories.length} stories`);
    for (const widget of WIDGETS) {
      const source = readFileSync(`stories/${widget}.stories.ts`, 'utf8');
      const order = JSON.parse(/__namedExportsOrder = (\[[^\]]*\])/.exec(source)[1].replace(/'/g, '"'));
      const ids = order.map((name) => `${widget}--${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`);
      assert.deepEqual(stories.filter((story) => story.id.startsWith(`${widget}--`)).map((story) => story.id), ids);
    }
    const docs = Object.values(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries).filter((entry) => entry.type === 'docs');
    assert.deepEqual(docs.map((entry) => entry.id).sort(), WIDGETS.map((widget) => `${widget}--docs`).sort());
  });

  it('renders every story: real content in the widget’s shadow root, one Lit, no console error', async () => {
    // Each widget's first story loads the page; the others follow through Storybook's channel, as
    // its sidebar switches stories (a page load per story costs seconds on a busy machine).
    for (const widget of WIDGETS) {
      const [first, ...rest] = stories.filter((story) => story.id.startsWith(`${widget}--`));
      const { page, problems } = await openStory(`id=${first.id}&viewMode=story`);
      try {
        for (const story of [first, ...rest]) {
          if (story !== first) {
            problems.length = 0;
            await page.evaluate((storyId) => globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }), story.id);
            await page.waitForFunction(
              (storyId) => {
                const render = globalThis.__STORYBOOK_PREVIEW__?.currentRender;
                return render?.id === storyId && ['completed', 'finished', 'errored', 'aborted'].includes(render.phase);
              },
              { timeout: 20000 },
              story.id,
            );
          }
          const state = await widgetState(page, widget);
          assert.ok(state.found, `${story.id}: no <${widget}>`);
          assert.notEqual(state.phase, 'errored', `${story.id}: the story (or its play function) failed`);
          assert.deepEqual(state.lit, [1, 1], `${story.id}: Lit loaded ${state.lit} times`);
          if (/^Error:/.test(story.name)) {
            assert.ok(state.error, `${story.id}: shows no error`);
          } else {
            assert.equal(state.error, undefined, `${story.id}: ${state.error}`);
            assert.ok(state.loaded && state.text.length > 40, `${story.id}: renders no content (${state.text})`);
          }
          assert.deepEqual(problems, [], story.id);
        }
      } finally {
        await page.close();
      }
    }
  });

  it('applies args and globals from the URL: a string union, a boolean, the language', async () => {
    const { page, problems } = await openStory('id=quote-card--card&viewMode=story&args=layout:pull;hideContext:!true&globals=lang:de;backgrounds.value:dark');
    try {
      const state = await widgetState(page, 'quote-card');
      assert.equal(state.attributes.layout, 'pull');
      assert.equal(state.attributes['hide-context'], '');
      assert.equal(state.lang, 'de');
      assert.equal(state.pageScheme, 'dark');
      assert.match(state.text, /„/);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('gives each attribute one control, keyed by its property, typed from custom-elements.json', async () => {
    const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
    for (const widget of WIDGETS) {
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === widget);
      const { page } = await openStory(`id=${stories.find((s) => s.id.startsWith(`${widget}--`)).id}&viewMode=story`);
      try {
        const argTypes = await page.evaluate(() =>
          Object.fromEntries(
            Object.entries(globalThis.__STORYBOOK_PREVIEW__.currentRender.story.argTypes).map(([key, a]) => [key, { name: a.name, control: a.control?.type ?? a.control, options: a.options, category: a.table?.category }]),
          ),
        );
        const controls = Object.entries(argTypes).filter(([, a]) => a.control);
        for (const attribute of declaration.attributes) {
          const argType = argTypes[attribute.fieldName];
          assert.ok(argType, `${widget}: no control for ${attribute.name}`);
          assert.equal(argType.category, 'attributes');
          assert.ok(!argTypes[attribute.name] || attribute.name === attribute.fieldName, `${widget}: ${attribute.name} listed twice`);
        }
        const layout = declaration.attributes.find((a) => a.name === 'layout');
        assert.deepEqual(argTypes.layout.options, layout.type.text.split(' | ').map((v) => v.slice(1, -1)));
        assert.equal(argTypes.layout.control, 'inline-radio');
        assert.equal(argTypes.theme.control, 'inline-radio');
        for (const internal of ['source', 'model', 'request', 'loadToken', 'requestAbandoned', 'locale', 'brand']) assert.equal(argTypes[internal], undefined, `${widget}: ${internal} is internal`);
        assert.equal(argTypes.error.category, 'properties');
        // Parts, events, custom properties: documented apart from the args, so none hides a property of the same name.
        for (const part of declaration.cssParts) assert.equal(argTypes[`part:${part.name}`]?.category, 'css shadow parts', part.name);
        assert.ok(controls.length >= declaration.attributes.length);
      } finally {
        await page.close();
      }
    }
  });

  it('has a Docs page per widget with its description and API table, without internals', async () => {
    const { page, problems } = await open(`id=${WIDGETS[0]}--docs&viewMode=docs`);
    const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
    try {
      for (const widget of WIDGETS) {
        if (widget !== WIDGETS[0]) {
          await page.evaluate((storyId) => globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'docs' }), `${widget}--docs`);
        }
        const summary = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === widget).description.split('\n')[0];
        await page.waitForFunction((text) => document.querySelector('#storybook-docs .docblock-argstable') && document.querySelector('#storybook-docs').textContent.includes(text), { timeout: 30000 }, summary);
        const text = await page.$eval('#storybook-docs', (docs) => docs.textContent);
        assert.match(text, /theme/);
        assert.doesNotMatch(text, /loadToken|requestAbandoned|modelError/);
      }
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
