// Test-server middleware for the pages in test/dist/pages/: the strict CSP header on csp*.html,
// and the React test apps bundled from the npm build (dist/) on request; and a plugin that gives
// the pages one shared body, so they differ only in how they load the widgets.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const PAGES = '/test/dist/pages/';

/** The policy of issue #6, served as a header (a <meta> cannot carry every directive). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

async function bundleReactApp(name) {
  const result = await build({
    entryPoints: [`test/dist/pages/${name}.tsx`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    // `negotiation-widgets` resolves through package.json "exports" to dist/ (self-reference), as in an app.
    conditions: ['browser'],
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true, // also drops React's development build behind the NODE_ENV check
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export async function pagesMiddleware(context, next) {
  if (!context.path.startsWith(PAGES)) return next();
  const reactApp = /^(react-app|react-hydrated)\.js$/.exec(context.path.slice(PAGES.length));
  if (reactApp) {
    context.type = 'js';
    context.body = await bundleReactApp(reactApp[1]);
    return undefined;
  }
  // A publisher's self-hosted copies of the full bundles (module and classic script), served from
  // other folders: self-hosted/ has the stories/ folder but not locales/; tampered/ has a German file
  // that is not the one built (a tampered CDN, say); tampered-story/ a changed built-in story;
  // missing-story/ no stories/ folder; tampered-live/ a changed live code file (live/); missing-live/ no live/ folder;
  // stalled-live/ a live code file that takes 3 s to arrive.
  const copy = /^(self-hosted|tampered|tampered-story|missing-story|tampered-live|missing-live|stalled-live)\/(negotiation-widgets(?:\.iife)?\.js|stories\/[\w-]+\.json|locales\/[a-z]+\.json|live\/[\w-]+\.js)$/.exec(context.path.slice(PAGES.length));
  if (copy) {
    const [, folder, file] = copy;
    const served = `dist/cdn/${file}`;
    const absent =
      (folder === 'self-hosted' && file.startsWith('locales/')) || (folder === 'missing-story' && file.startsWith('stories/')) || (folder === 'missing-live' && file.startsWith('live/'));
    if (absent || !existsSync(served)) {
      context.status = 404;
      context.body = 'Not found';
      return undefined;
    }
    context.type = file.endsWith('.js') ? 'js' : 'json';
    context.body = await readFile(served, 'utf8');
    if (folder === 'tampered' && file === 'locales/de.json') context.body = JSON.stringify({ ...JSON.parse(context.body), copyQuote: 'Manipuliert' });
    // One changed word in a quote: the file still parses and validates, only its hash tells.
    if (folder === 'tampered-story' && file.startsWith('stories/')) context.body = context.body.replace('realistic outcome', 'likely outcome');
    // One changed word in a message: the code still runs, only its hash tells.
    if (folder === 'tampered-live' && file.startsWith('live/')) context.body = context.body.replace('holds an older version of', 'holds an earlier version of');
    if (folder === 'stalled-live' && file.startsWith('live/')) await new Promise((resolve) => setTimeout(resolve, 3000));
    return undefined;
  }
  await next();
  const page = context.path.slice(PAGES.length);
  // csp-live.html: the same policy, allowing the policy the single-file bundles load their live code with.
  if (page === 'csp-live.html') context.set('Content-Security-Policy', `${STRICT_CSP} negotiation-widgets`);
  else if (/^csp[^/]*\.html$/.test(page)) context.set('Content-Security-Policy', STRICT_CSP);
  return undefined;
}

/** The widgets every proof page shows, in place of its `<!-- widgets -->` marker. */
const WIDGETS = `<negotiation-status></negotiation-status>
    <quote-card quote="hegseth-nato-membership"></quote-card>
    <position-matrix parties="us,ukraine,france" issues="nato-membership"></position-matrix>`;

/** Also sets the page's language from `?lang=` (e.g. `csp.html?lang=de`), so one page serves every language. */
export const sharedPageBody = {
  name: 'shared-page-body',
  transform(context) {
    if (context.path.startsWith(PAGES) && context.path.endsWith('.html') && typeof context.body === 'string') {
      const lang = /^[a-z]{2,3}$/.test(context.query?.lang ?? '') ? context.query.lang : undefined;
      const body = context.body.replace('<!-- widgets -->', WIDGETS);
      return { body: lang ? body.replace('<html lang="en">', `<html lang="${lang}">`) : body };
    }
    return undefined;
  },
};
