// `npm run bench`: measures the widgets in headless Chromium against the floor and prints a table;
// writes dist/bench/results.json. Comparisons alternate the contenders within one browser session
// and report medians, because absolute times on shared machines drift. Expects a build in dist/.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { measureSizes } from './size.mjs';

const ROUNDS = Number(process.env.NW_BENCH_ROUNDS || 25);
const WARM_UP_ROUNDS = 10;
const LOAD_ROUNDS = Number(process.env.NW_BENCH_LOAD_ROUNDS || 7);
const root = process.cwd();
if (!existsSync('dist/cdn/negotiation-widgets.js')) {
  console.error('No build in dist/: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

mkdirSync('dist/bench', { recursive: true });
await build({ entryPoints: ['test/bench/page.ts'], bundle: true, format: 'esm', target: 'es2022', outfile: 'dist/bench/page.js', tsconfig: 'tsconfig.json', logLevel: 'error' });

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(2)} ms`;

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${origin}/test/bench/page.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench);
  await page.evaluate(() => window.bench.ready());
  const run = (name, ...args) => page.evaluate((n, a) => window.bench[n](...a), name, args);

  // Warm up both paths (JIT, style sharing) before measuring.
  for (const kind of ['quote-card', 'position-matrix', 'negotiation-status']) {
    await run('widgets', kind, 5);
    await run('floor', kind, 5);
  }

  const results = { rounds: ROUNDS, render: [], update: {}, pageLoad: {}, scale: [] };

  // 1. Render cost against the floor, alternating contenders.
  for (const [kind, count] of [['quote-card', 100], ['position-matrix', 1], ['negotiation-status', 1]]) {
    const widget = [];
    const floor = [];
    // The first rounds of each case run slower (JIT tiers, GC sizing): run them unmeasured.
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      await run('widgets', kind, count);
      await run('floor', kind, count);
    }
    // Each goes first in every other round: whichever runs second runs measurably faster (by about a
    // tenth of the layout, in either order), so a fixed order would favour one of them.
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2) floor.push(await run('floor', kind, count));
      widget.push(await run('widgets', kind, count));
      if (!(round % 2)) floor.push(await run('floor', kind, count));
    }
    const medians = (timings) => ({ ms: median(timings.map((t) => t.totalMs)), scriptMs: median(timings.map((t) => t.scriptMs)), layoutMs: median(timings.map((t) => t.layoutMs)) });
    const [w, f] = [medians(widget), medians(floor)];
    results.render.push({ case: `${count} × <${kind}>`, widgetMs: w.ms, floorMs: f.ms, ratio: w.ms / f.ms, widgetSplitMs: { script: w.scriptMs, layout: w.layoutMs }, floorSplitMs: { script: f.scriptMs, layout: f.layoutMs } });
  }

  // 2. Update cost.
  const quotes = [];
  const parties = [];
  for (let round = 0; round < ROUNDS; round++) {
    quotes.push(await run('updateQuotes'));
    parties.push(await run('updateParties'));
  }
  results.update = { quoteOn100CardsMs: median(quotes), partiesOn30x20Ms: median(parties) };

  // 5. Scale of the matrix: the cost per cell should not grow with size.
  // The largest is the most a story may hold (LIMITS in src/data/validate.ts).
  for (const [p, i] of [[6, 6], [15, 10], [30, 20]]) {
    const times = [];
    for (let round = 0; round < Math.max(5, Math.round(ROUNDS / 3)); round++) times.push(await run('matrix', p, i));
    results.scale.push({ size: `${p} × ${i}`, cells: p * i, ms: median(times), usPerCell: (median(times) * 1000) / (p * i) });
  }
  await page.close();

  // 3. Page load of the demo article page (script-tag embed).
  const loads = [];
  for (let round = 0; round < LOAD_ROUNDS; round++) {
    const article = await browser.newPage();
    await article.setViewport({ width: 1280, height: 900 });
    await article.evaluateOnNewDocument(() => {
      const metrics = { cls: 0, tbt: 0 };
      window.__nwMetrics = metrics;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) metrics.cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) metrics.tbt += Math.max(0, entry.duration - 50);
      }).observe({ type: 'longtask', buffered: true });
    });
    await article.goto(`${origin}/dist/demo/article.html`, { waitUntil: 'load' });
    const renderedAt = await article.evaluate(async () => {
      const widgets = () => Array.from(document.querySelectorAll('quote-card, position-matrix, negotiation-status'));
      while (!widgets().every((el) => el.shadowRoot?.querySelector('.base'))) await new Promise((r) => requestAnimationFrame(r));
      return performance.now();
    });
    await new Promise((r) => setTimeout(r, 500));
    const { cls, tbt } = await article.evaluate(() => window.__nwMetrics);
    loads.push({ renderedAt, cls, tbt });
    await article.close();
  }
  results.pageLoad = {
    allRenderedMs: median(loads.map((l) => l.renderedAt)),
    totalBlockingTimeMs: median(loads.map((l) => l.tbt)),
    cls: median(loads.map((l) => l.cls)),
  };

  // 4. Bytes: the figures of `npm run size`.
  results.bytes = await measureSizes();

  writeFileSync('dist/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

  console.log(`\nnegotiation-widgets benchmark (headless Chromium, medians of ${ROUNDS} alternating rounds)\n`);
  console.log('1. Render, insertion to laid out      widget        floor      ratio     script + layout: widget | floor');
  const split = ({ script, layout }) => `${script.toFixed(1)} + ${layout.toFixed(1)}`;
  for (const r of results.render) {
    console.log(`   ${r.case.padEnd(32)} ${ms(r.widgetMs).padStart(10)} ${ms(r.floorMs).padStart(12)} ${r.ratio.toFixed(2).padStart(9)}×     ${split(r.widgetSplitMs)} | ${split(r.floorSplitMs)} ms`);
  }
  console.log('\n2. Update');
  console.log(`   quote on 100 cards                ${ms(results.update.quoteOn100CardsMs).padStart(10)}`);
  console.log(`   parties filter, 30 × 20 matrix    ${ms(results.update.partiesOn30x20Ms).padStart(10)}`);
  console.log(`\n3. Article page (medians of ${LOAD_ROUNDS} loads)`);
  console.log(`   all widgets rendered              ${ms(results.pageLoad.allRenderedMs).padStart(10)} after navigation`);
  console.log(`   total blocking time               ${ms(results.pageLoad.totalBlockingTimeMs).padStart(10)}`);
  console.log(`   cumulative layout shift           ${results.pageLoad.cls.toFixed(4).padStart(10)}`);
  if (results.bytes) {
    console.log('\n4. Bytes (dist/cdn)                       min       gzip     brotli');
    for (const f of results.bytes.files.filter((f) => f.file.endsWith('.js'))) console.log(`   ${f.file.padEnd(34)} ${String(f.min).padStart(8)} ${String(f.gzip).padStart(10)} ${String(f.brotli).padStart(10)}`);
    console.log('   budgets (gzip)');
    for (const b of results.bytes.budgets) console.log(`   ${b.label.padEnd(40)} ${String(b.gzip).padStart(8)} of ${b.budget}${b.over ? '  OVER' : ''}`);
    console.log('   what each part adds to the full bundle (gzip)');
    for (const p of results.bytes.parts) console.log(`   ${p.name.padEnd(40)} ${String(p.gzip).padStart(8)}`);
  }
  console.log('\n5. Matrix scale                    render     per cell');
  for (const s of results.scale) console.log(`   ${s.size.padEnd(28)} ${ms(s.ms).padStart(10)} ${`${s.usPerCell.toFixed(1)} µs`.padStart(12)}`);
  console.log('\nWritten to dist/bench/results.json');
} finally {
  await browser.close();
  server.close();
}
