// Test-server middleware for the pages in test/dist/pages/: the strict CSP header on csp*.html,
// and the React test app bundled from the npm build (dist/) on request; and a plugin that gives
// the pages one shared body, so they differ only in how they load the widgets.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const PAGES = '/test/dist/pages/';

/** The policy of issue #6, served as a header (a <meta> cannot carry every directive). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

async function bundleReactApp() {
  const result = await build({
    entryPoints: ['test/dist/pages/react-app.tsx'],
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
  if (context.path === `${PAGES}react-app.js`) {
    context.type = 'js';
    context.body = await bundleReactApp();
    return undefined;
  }
  // A publisher's self-hosted copy of the full bundle: alone, without the locales/ folder beside
  // it; and with a German file that is not the one built (a tampered CDN, say).
  if (context.path === `${PAGES}self-hosted/negotiation-widgets.js` || context.path === `${PAGES}tampered/negotiation-widgets.js`) {
    context.type = 'js';
    context.body = await readFile('dist/cdn/negotiation-widgets.js', 'utf8');
    return undefined;
  }
  if (context.path === `${PAGES}tampered/locales/de.json`) {
    const strings = JSON.parse(await readFile('dist/cdn/locales/de.json', 'utf8'));
    context.type = 'json';
    context.body = JSON.stringify({ ...strings, copyQuote: 'Manipuliert' });
    return undefined;
  }
  await next();
  if (/^csp[^/]*\.html$/.test(context.path.slice(PAGES.length))) context.set('Content-Security-Policy', STRICT_CSP);
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
