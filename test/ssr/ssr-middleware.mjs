// Test-server pages made by server rendering, as a publisher's server or site generator makes them:
//   /test/ssr/pages/widgets.html  the three widgets from `renderWidget` (negotiation-widgets/ssr.js);
//   /test/ssr/pages/inline.html   one quote card of another story, given to `renderWidget` (inline JSON);
//   /test/ssr/pages/eleventy.html the page of the Eleventy site in test/ssr/eleventy/, built with
//                                 @lit-labs/eleventy-plugin-lit (built once per test run).
// `?script=` picks how the widgets' code arrives: `none` (JavaScript off), `cdn` (the CDN module,
// loaded 300 ms after the page so the server's content is on screen first) or `hydrate` (the npm
// build after Lit's hydration support, as in an app). `?lang=` sets the page's language.
import { readFile } from 'node:fs/promises';

const PAGES = '/test/ssr/pages/';
const WIDGETS = {
  'negotiation-status': { layout: 'compact' },
  'quote-card': { quote: 'hegseth-nato-membership' },
  'position-matrix': { parties: 'us,ukraine,france', issues: 'nato-membership,territorial-integrity' },
};

const SCRIPTS = {
  none: '',
  cdn: `<script type="module">setTimeout(() => import('/dist/cdn/negotiation-widgets.js'), 300);</script>`,
  hydrate: `<script type="module">setTimeout(() => import('/test/ssr/pages/hydrate.js'), 300);</script>`,
};

/** Layout shifts, where the engine reports them (Chromium), for the test to read. */
const SHIFTS = `<script>
  window.nwShifts = [];
  try {
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.nwShifts.push(entry.value); }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
</script>`;

/**
 * Watches each widget's shadow root from before the script arrives: every time it changes, whether
 * the reader could see a loading state or nothing (a paint happens only after these callbacks), and
 * the widgets' heights before the script, to compare with after.
 */
const WATCH = `<script>
  window.nwSsr = { before: {}, seen: [] };
  for (const widget of document.querySelectorAll('quote-card, position-matrix, negotiation-status')) {
    const root = widget.shadowRoot;
    window.nwSsr.before[widget.localName] = widget.getBoundingClientRect().height;
    if (!root) continue;
    new MutationObserver(() => {
      window.nwSsr.seen.push({ tag: widget.localName, pending: !!root.querySelector('.pending'), empty: !root.textContent.trim() });
    }).observe(root, { childList: true, subtree: true, characterData: true });
  }
</script>`;

let eleventyPage;
async function eleventyHtml() {
  eleventyPage ??= (async () => {
    const { default: Eleventy } = await import('@11ty/eleventy');
    const site = new Eleventy(undefined, undefined, { configPath: 'test/ssr/eleventy/eleventy.config.mjs', quietMode: true });
    const [page] = await site.toJSON();
    return page.content;
  })();
  return eleventyPage;
}

function page(lang, body, script) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered widgets</title>
    <script src="/test/dist/pages/probe.js"></script>
    ${SHIFTS}
    <style>body { margin: 0 auto; max-width: 672px; font-family: Georgia, 'DejaVu Serif', serif; }</style>
  </head>
  <body>
    <main>
${body}
    </main>
    ${WATCH}
    ${script}
  </body>
</html>`;
}

export async function ssrMiddleware(context, next) {
  if (!context.path.startsWith(PAGES) || !context.path.endsWith('.html')) return next();
  const name = context.path.slice(PAGES.length, -'.html'.length);
  const script = SCRIPTS[context.query.script ?? 'cdn'];
  const lang = /^[a-z]{2,3}$/.test(context.query.lang ?? '') ? context.query.lang : 'en';
  if (script === undefined) return next();
  const { renderWidget } = await import('negotiation-widgets/ssr.js');
  let html;
  if (name === 'widgets') {
    html = page(lang, Object.entries(WIDGETS).map(([tag, attributes]) => renderWidget(tag, attributes, { lang })).join('\n'), script);
  } else if (name === 'inline') {
    const story = await readFile('test/fixtures/story.json', 'utf8');
    html = page(lang, renderWidget('quote-card', {}, { story, lang }), script);
  } else if (name === 'eleventy') {
    html = (await eleventyHtml()).replace('</body>', `${SHIFTS}<script src="/test/dist/pages/probe.js"></script>${WATCH}${script}</body>`);
  } else {
    return next();
  }
  context.type = 'html';
  context.body = html;
  return undefined;
}
