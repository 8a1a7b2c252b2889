// Measures the room stories/article.css keeps for each widget of the demo article page: for each
// range of column widths, the taller of the fallback (no script) and the rendered widget, at
// several page widths in the range (headless Chromium). Run after `npm run build` when a widget's
// design changes, and paste the values it prints into stories/article.css:
//   node stories/measure-article-rooms.mjs
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = 'dist/demo';
const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json' };
// The page without its reservations, so each state shows its own height.
const css = (await readFile(join(ROOT, 'article.css'), 'utf8')).replace(/min-height: var\(--room-[a-z]+\);/g, '');
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = path === '/article.css' ? css : await readFile(join(ROOT, path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/article.html`;

// Page widths in each range: the column is the page width less 40 px of padding, at most 672 px.
const RANGES = {
  'column < 300px': [320, 330, 339],
  '@container article (min-width: 300px)': [340, 345, 350, 360, 374],
  '@container article (min-width: 335px)': [375, 390, 400, 411],
  '@container article (min-width: 372px)': [412, 430, 450, 479],
  '@container article (min-width: 440px)': [480, 500, 530, 559],
  '@container article (min-width: 520px)': [560, 590, 620, 639],
  '@container article (min-width: 600px)': [640, 660, 680, 711],
  '@container article (min-width: 672px)': [712, 760, 800, 900, 959],
  '@media (min-width: 60rem), quotes floated': [960, 1000, 1280],
};
const NAMES = ['banner', 'pull', 'compact', 'card', 'matrix', 'timeline'];
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  // `node stories/measure-article-rooms.mjs 300px 440px` measures only the ranges naming those widths.
  const only = process.argv.slice(2);
  for (const [range, widths] of Object.entries(RANGES).filter(([range]) => !only.length || only.some((width) => range.includes(width)))) {
    const room = NAMES.map(() => 0);
    for (const width of widths) {
      for (const script of [false, true]) {
        const page = await browser.newPage();
        await page.setJavaScriptEnabled(script);
        await page.setViewport({ width, height: 800 });
        await page.goto(url, { waitUntil: 'networkidle0' });
        if (script) {
          await page.waitForFunction(() =>
            Array.from(document.querySelectorAll('quote-card, position-matrix, negotiation-status')).every((el) => el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('slot')),
          );
        }
        // Let the widgets settle (the matrix picks its layout from its width after the first render).
        await new Promise((resolve) => setTimeout(resolve, 500));
        const heights = await page.evaluate(() => Array.from(document.querySelectorAll('quote-card, position-matrix, negotiation-status'), (el) => el.getBoundingClientRect().height));
        heights.forEach((height, i) => (room[i] = Math.max(room[i], Math.ceil(height / 4) * 4)));
        await page.close();
      }
    }
    console.log(`${range}:\n${NAMES.map((name, i) => `  --room-${name}: ${room[i]}px;`).join('\n')}`);
  }
} finally {
  await browser.close();
  server.close();
}
