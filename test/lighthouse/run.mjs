// `npm run lighthouse` (after `npm run build`; not part of npm test): serves dist/ as a CDN would
// (gzip or brotli, long cache for the versioned files, revalidation for pages) on 127.0.0.1 and
// runs Lighthouse 12.8 (mobile and desktop) on the demo article page and the three iframe embed
// pages, NW_LIGHTHOUSE_RUNS times each (default 3). Prints the medians of the four category
// scores, FCP, LCP, TBT, CLS and DOM size, and every audit that failed in any run.
// On a shared machine TBT and the performance score swing between runs: read them as a ranking.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const ROOT = 'dist';
const RUNS = Number(process.env.NW_LIGHTHOUSE_RUNS ?? 3);
const PAGES = {
  'article page': '/demo/article.html',
  'iframe quote-card': '/embed/index.html?widget=quote-card&quote=hegseth-nato-membership',
  'iframe position-matrix': '/embed/index.html?widget=position-matrix',
  'iframe negotiation-status': '/embed/index.html?widget=negotiation-status',
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json' };
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

if (!existsSync(join(ROOT, 'demo/article.html')) || !existsSync(join(ROOT, 'embed/index.html'))) {
  console.error('dist/ is not built: run `npm run build` first.');
  process.exit(1);
}

/** A static file server with what a CDN adds: compression, cache headers, CORS for the data files. */
const compressed = new Map();
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  let file = join(ROOT, path);
  if (!file.startsWith(ROOT) || !existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  if (statSync(file).isDirectory()) file = join(file, 'index.html');
  const type = extname(file);
  const headers = {
    'content-type': TYPES[type] ?? 'application/octet-stream',
    // Pages revalidate; the files they load sit under a versioned URL on a CDN: cached for a year.
    'cache-control': type === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    'access-control-allow-origin': '*',
    vary: 'accept-encoding',
  };
  let body = readFileSync(file);
  const accepts = String(request.headers['accept-encoding'] ?? '');
  const encoding = !COMPRESSIBLE.has(type) ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
  if (encoding) {
    const key = `${encoding} ${file}`;
    if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 9 }));
    body = compressed.get(key);
    headers['content-encoding'] = encoding;
  }
  response.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox'],
});

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['FCP', 'first-contentful-paint', (v) => `${(v / 1000).toFixed(2)} s`],
  ['LCP', 'largest-contentful-paint', (v) => `${(v / 1000).toFixed(2)} s`],
  ['TBT', 'total-blocking-time', (v) => `${Math.round(v)} ms`],
  ['CLS', 'cumulative-layout-shift', (v) => v.toFixed(3)],
  ['DOM', 'dom-size', (v) => `${Math.round(v)} elements`],
];

try {
  for (const [formFactor, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
    for (const [name, path] of Object.entries(PAGES)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
        runs.push(result.lhr);
      }
      const scores = CATEGORIES.map((id) => `${id} ${Math.round(100 * median(runs.map((lhr) => lhr.categories[id]?.score)))}`).join(', ');
      const metrics = METRICS.map(([label, id, format]) => `${label} ${format(median(runs.map((lhr) => lhr.audits[id]?.numericValue)))}`).join(', ');
      console.log(`\n${formFactor} · ${name} (${path}; median of ${runs.length})`);
      console.log(`  ${scores}`);
      console.log(`  ${metrics}`);
      // Failed: scored below 0.9 (Lighthouse's pass mark) in any run; informative and manual audits have no score.
      const failed = new Map();
      for (const lhr of runs) {
        for (const audit of Object.values(lhr.audits)) {
          if (typeof audit.score !== 'number' || audit.score >= 0.9 || ['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode)) continue;
          const entry = failed.get(audit.id) ?? { title: audit.title, values: [] };
          entry.values.push(audit.displayValue ?? '');
          failed.set(audit.id, entry);
        }
      }
      if (!failed.size) console.log('  no failing audit');
      for (const [id, { title, values }] of failed) {
        const shown = values.filter(Boolean);
        console.log(`  failing (${values.length}/${runs.length} runs): ${id}: ${title}${shown.length ? ` (${shown.join('; ')})` : ''}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
