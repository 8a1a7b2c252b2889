// The framework recipes of docs/frameworks.md in real apps, from the packed package as users get it:
// a Next.js App Router app (test/frameworks/next: the three widgets through `renderWidget` in a
// server component, and `PositionMatrix` from `negotiation-widgets/react.js` with the page's own
// story in a client component) and an Astro site (test/frameworks/astro: the `renderWidget`
// recipe). `npm pack`, the tarball extracted into each app's node_modules/negotiation-widgets
// (next, astro, react and lit come from the repository's node_modules), `next build` and
// `astro build`, then `next start` and `astro preview` on free ports, read in Chromium with
// JavaScript off and on. Needs a build. Build output stays in the apps' git-ignored folders.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { freePort } from '../free-port.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const here = join(root, 'test/frameworks');
const bin = (name) => join(root, 'node_modules/.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));

const builtIn = JSON.parse(readFileSync(join(root, 'src/data/stories/us-russia-ukraine-talks-2025.json'), 'utf8'));
const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/story.json'), 'utf8'));
const quote = builtIn.quotes.find((q) => q.id === 'hegseth-nato-membership');
const TAGS = ['quote-card', 'position-matrix', 'negotiation-status'];

/** Runs a command to its end; rejects with its output when it fails. */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

const servers = [];
/** Starts a server in a process group of its own (killed as a group at the end) and waits until it answers. */
async function serve(command, args, cwd, port) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  servers.push(child);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return { url: `http://127.0.0.1:${port}/`, output: () => output };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${command} never answered on port ${port}:\n${output}`);
}

function stopServers() {
  for (const child of servers.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopServers);

/** The packed package, extracted as npm installs it into the app's own node_modules. */
function install(tarball, app) {
  const target = join(app, 'node_modules/negotiation-widgets');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
}

let browser;
const apps = {};
let work;

before(async () => {
  assert.ok(chromium, 'Chromium is required: apt-get install -y chromium, or set CHROME_PATH');
  work = mkdtempSync(join(tmpdir(), 'nw-frameworks-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  const tarball = join(work, packed.filename);
  const next = join(here, 'next');
  const astro = join(here, 'astro');
  install(tarball, next);
  install(tarball, astro);
  rmSync(join(next, '.next'), { recursive: true, force: true });
  rmSync(join(astro, 'dist'), { recursive: true, force: true });
  // One after the other: the machine's cores are shared.
  apps.next = { build: await run(bin('next'), ['build'], next) };
  apps.astro = { build: await run(bin('astro'), ['build'], astro) };
  const [nextPort, astroPort] = [await freePort(), await freePort()];
  Object.assign(apps.next, await serve(bin('next'), ['start', '--port', String(nextPort), '--hostname', '127.0.0.1'], next, nextPort));
  Object.assign(apps.astro, await serve(bin('astro'), ['preview', '--port', String(astroPort), '--host', '127.0.0.1'], astro, astroPort));
  browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
}, { timeout: 300_000 });

after(async () => {
  try {
    await browser?.close();
  } finally {
    stopServers();
    if (work) rmSync(work, { recursive: true, force: true });
  }
});

/** Opens a page (JavaScript on or off), recording what the console and the page report. */
async function open(url, { javaScript = true } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 1600 });
  await page.setJavaScriptEnabled(javaScript);
  const reported = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') reported.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => reported.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => reported.push(`requestfailed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) reported.push(`${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, reported };
}

/** What a reader sees in the three server-rendered widgets, read in the page. */
function readWidgets(page) {
  return page.evaluate((tags) => {
    const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return tags.map((tag) => {
      const element = document.querySelector(`${tag}:not([id="own-matrix"])`);
      const shadow = element?.shadowRoot;
      const copy = shadow?.querySelector('[part~="copy-button"]');
      const table = shadow?.querySelector('table');
      const fallback = element?.querySelector('blockquote, table, p, ol, ul');
      return {
        tag,
        count: document.querySelectorAll(`${tag}:not([id="own-matrix"])`).length,
        defined: Boolean(customElements.get(tag)),
        shadow: Boolean(shadow),
        bases: shadow ? shadow.querySelectorAll('[part~="base"]').length : 0,
        styles: shadow ? shadow.querySelectorAll('style').length : 0,
        quote: text(shadow?.querySelector('blockquote')),
        speaker: text(shadow?.querySelector('figcaption')),
        headers: Array.from(shadow?.querySelectorAll('[part~="party-header"]') ?? []).map(text),
        tables: shadow ? shadow.querySelectorAll('table').length : 0,
        tableHeight: table ? table.getBoundingClientRect().height : 0,
        status: text(shadow?.querySelector('[part~="base"]')),
        copyVisibility: copy ? getComputedStyle(copy).visibility : undefined,
        fallbackShown: fallback ? fallback.getClientRects().length > 0 : false,
        loadedStory: element?.loadedStory?.id,
        shadowText: text(shadow),
      };
    });
  }, TAGS);
}

function expectStory(widgets) {
  const [card, matrix, status] = widgets;
  for (const widget of widgets) {
    assert.equal(widget.count, 1, `one <${widget.tag}> on the page`);
    assert.ok(widget.shadow, `<${widget.tag}> has its shadow root`);
    assert.equal(widget.bases, 1, `<${widget.tag}> shows one base part (no duplicate)`);
    assert.equal(widget.fallbackShown, false, `<${widget.tag}>'s fallback content is not shown as well`);
  }
  assert.ok(card.quote.includes(quote.text), `the quote card shows the quote: ${card.quote}`);
  assert.ok(card.speaker.includes('Pete Hegseth'), card.speaker);
  assert.equal(card.shadowText.split(quote.text).length - 1, 1, 'the quote once');
  assert.match(matrix.headers.join(' | '), /United States.*Ukraine.*France/);
  assert.equal(matrix.tables, 1, 'one table in the matrix');
  assert.ok(matrix.tableHeight > 80, `the matrix table is laid out (${matrix.tableHeight}px)`);
  assert.ok(status.status.includes('Talks announced'), status.status);
}

/** Waits until the script has arrived and every widget shows its own render (the server's `<style>` elements are gone then). */
async function takenOver(page, selectors) {
  await page.waitForFunction(
    (selectors) =>
      selectors.every((selector) => {
        const element = document.querySelector(selector);
        return element && customElements.get(element.localName) && element.loadedStory && element.hasUpdated && !element.shadowRoot.querySelector('style');
      }),
    { timeout: 15_000 },
    selectors,
  );
}

const SERVER_WIDGETS = TAGS.map((tag) => `${tag}:not([id="own-matrix"])`);

for (const name of ['next', 'astro']) {
  describe(`${name === 'next' ? 'Next.js' : 'Astro'}: the renderWidget recipe from the packed package`, () => {
    it('builds and serves with no warning from the package or the framework', () => {
      // Next.js bundles server and client components apart, each with a copy of the package: the
      // second registers nothing and says nothing.
      const logs = `${apps[name].build}\n${apps[name].output()}`;
      // Next.js notes on a CI machine (CI set) that it has no build cache from an earlier run: about the machine, not the app.
      const machineNotes = /No build cache found/;
      assert.deepEqual(logs.split('\n').filter((line) => /negotiation-widgets:|⚠|\[WARN\]|\bwarn(ing)?\b/i.test(line) && !machineNotes.test(line)), []);
    });

    it('puts the widgets’ real content in the server HTML, as declarative shadow DOM', async () => {
      const html = await (await fetch(apps[name].url)).text();
      for (const tag of TAGS) {
        assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot(?:mode)?="open"`), `<${tag}> with a declarative shadow root`);
      }
      assert.ok(html.includes(quote.text), 'the quote is in the HTML');
      assert.ok(html.includes('Talks announced'), 'the status is in the HTML');
      assert.ok(html.includes('United States'), 'the matrix is in the HTML');
    });

    it('shows the widgets styled with JavaScript off', async () => {
      const { page } = await open(apps[name].url, { javaScript: false });
      try {
        const widgets = await readWidgets(page);
        for (const widget of widgets) assert.equal(widget.defined, false, `<${widget.tag}> is not defined without JavaScript`);
        expectStory(widgets);
        // A rule of the shadow root's own styles applies: the copy button, which only script can work, keeps its room unseen.
        assert.equal(widgets[0].copyVisibility, 'hidden');
      } finally {
        await page.close();
      }
    });

    it('takes over with JavaScript on: the same story, no duplicate, interactive, nothing in the console', async () => {
      const { page, reported } = await open(apps[name].url);
      try {
        await takenOver(page, SERVER_WIDGETS);
        const widgets = await readWidgets(page);
        for (const widget of widgets) {
          assert.equal(widget.defined, true);
          assert.equal(widget.styles, 0, `<${widget.tag}> rendered itself`);
          assert.equal(widget.loadedStory, builtIn.id);
        }
        expectStory(widgets);
        assert.equal(widgets[0].copyVisibility, 'visible', 'the copy button shows once script can work it');
        // A cell opens its panel.
        const expanded = await page.evaluate(async () => {
          const matrix = document.querySelector('position-matrix:not([id="own-matrix"])');
          const cell = matrix.shadowRoot.querySelector('button[part~="cell"]');
          cell.click();
          await matrix.updateComplete;
          return [cell.getAttribute('aria-expanded'), Boolean(matrix.shadowRoot.querySelector('[part~="panel"]'))];
        });
        assert.deepEqual(expanded, ['true', true]);
        assert.deepEqual(reported, []);
      } finally {
        await page.close();
      }
    });
  });
}

describe('Next.js: the React components in a client component, on a direct load', () => {
  it('show the page’s own story and call onNwSelect on a matrix click, with no console error', async () => {
    const html = await (await fetch(apps.next.url)).text();
    assert.match(html, /<position-matrix[^>]*id="own-matrix"/, 'the component is server-rendered as its element');
    const { page, reported } = await open(apps.next.url);
    try {
      await takenOver(page, ['#own-matrix', ...SERVER_WIDGETS]);
      const seen = await page.evaluate(() => {
        const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const matrix = document.getElementById('own-matrix');
        return {
          story: matrix.loadedStory.id,
          layout: matrix.layout,
          headers: Array.from(matrix.shadowRoot.querySelectorAll('[part~="party-header"]')).map(text),
          bases: matrix.shadowRoot.querySelectorAll('[part~="base"]').length,
        };
      });
      assert.deepEqual(seen, { story: fixture.id, layout: 'table', headers: fixture.parties.map((party) => `${party.shortName}${party.name}`), bases: 1 });
      await page.evaluate(() => document.getElementById('own-matrix').shadowRoot.querySelector('button[part~="cell"]').click());
      const position = fixture.positions[0];
      await page.waitForFunction(
        (expected) => document.getElementById('selected')?.textContent === expected,
        { timeout: 5000 },
        `${position.party}/${position.issue}/${position.stance}`,
      );
      assert.deepEqual(reported, []);
    } finally {
      await page.close();
    }
  });
});
