// `npm run size`: min, gzip and brotli bytes of every dist/cdn file, what each part of the full
// bundle costs, and the budgets (exit 1 when over, saying by how much). Reads the last build.
//
// The per-part breakdown comes from an esbuild build of the same entry (src/index.ts, minified):
// its source map gives the exact output bytes of every module, including the story JSON, which
// the shipped rollup file's map leaves out. A part's gzip/brotli figure is its marginal cost:
// what the compressed bundle loses when that part's bytes are removed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cdnDir = join(root, 'dist/cdn');

/**
 * Budgets in gzip bytes (1 KB = 1000 bytes), enforced by `npm test` (test/dist/size.test.mjs), and
 * the aims the next design steps should reach. A widget file counts with the shared chunks it
 * loads up front; what loads on demand (the built-in story, other languages' strings) does not.
 */
export const FULL_BUNDLES = ['negotiation-widgets.js', 'negotiation-widgets.iife.js'];
export const FULL_BUDGET = 25_000;
export const FULL_AIM = 20_000;
export const WIDGET_FILES = ['quote-card.js', 'position-matrix.js', 'negotiation-status.js'];
export const WIDGET_BUDGET = 19_000;
export const WIDGET_AIM = 15_000;
/**
 * What `npm test` enforces until the budgets above are met: today's sizes plus about 0.1 KB
 * (gzip: the full bundle 32.5 KB as .iife.js, the largest widget with what it loads up front
 * 24.2 KB, the matrix). The full bundle's ceiling came down from 35.2 KB when its live code
 * (`refresh`) left it for live/negotiation-widgets-live.js, which it loads only when a widget
 * refreshes, checked against a hash inside it; then the live updates' English strings and styles
 * moved into that code (−0.3 KB on every file). Both ceilings then went up once, by 0.4 KB, for a
 * matrix that reads right in a column: its headers broke inside words ("members|hip") in wide
 * faces at 672 px, and its compact titles put their commas on the wrong side on right-to-left pages.
 * Then up by 0.2 KB for the same reason in its other cells: party names broke inside words
 * ("Europea|n" in DejaVu Serif) and stance labels overflowed their cells (a pixel of sideways
 * scroll in Firefox at 672 px, far more in German); the party column and the issue columns now
 * take the room their widest word needs, estimated as the headers' is.
 * Then down by 0.27 and 0.14 KB with nothing changed but bytes: terser's second compress pass, ES
 * private (#) members (which terser shortens) for the widgets' internals, one cache of formatted
 * strings instead of two, and Object.hasOwn.
 * Then up by 0.19 and 0.21 KB (to today's bytes, no slack) for the validator's hardening in issue 26:
 * lists read once (a Proxy's length cannot change between the check and the copy), the language
 * tag's and the repeated text fields' own bounds (LIMITS.fields), each event's quote counted
 * again, directional formatting characters counted as 50 (LIMITS.bidiControl): a valid story
 * could take 3–47 s to render, or make the server's HTML 100× the story, before.
 * Then up by 0.45 and 0.36 KB (to today's bytes, no slack) for issues 25 and 31, the
 * editorial and desk rounds: a quote that does not stand alone carries its framing wherever it
 * goes (needsContext, contextAfter: card, copy, matrix panel and print, timeline, fallbacks), the
 * day count's basis and a story's own wording for it, the compact status's kicker line, the
 * timeline's break over a long gap and relative days only when live, story text aligned to the
 * widget's start edge on right-to-left pages, Western digits pinned in every engine, and the
 * optional speaker mark; the compact card's clamp and its toggle went (−0.1 KB). The matrix's grid
 * (issue 28) came in 4 bytes under the matrix it replaced. Then up by 14 bytes for the matrix's
 * underline in longhands, which WebKit keeps (it drops a shorthand that carries a thickness), and
 * 5 more for the compact status's items as separate bidirectional runs (English story text in an
 * Arabic line kept its separators on the wrong side).
 * Then down by 0.83 and 0.72 KB with nothing changed but bytes (issue 30): Lit's plain
 * `static properties` instead of legacy decorators (esbuild emitted its decorator helper in every
 * file), the private `--_*` custom properties renamed short in the CDN files, and sha256 instead of
 * sha384 for the hashes built into them. Then up by 0.07 KB on each file (still 0.76 and 0.61 KB
 * under where this issue began) for one asset loader (src/shared/assets.ts) in place of four
 * per-build loader modules that rollup plugins swapped in: every file the CDN files load beside
 * them (stories, locales, live code) is one entry of one generated manifest, its path and hash.
 * Then down again, 0.17 KB (full bundles) and 0.19 KB (widgets), when the validator came to read the format's one definition
 * (src/data/story-format.ts) instead of its field strings (issue 30, item 3).
 * Then up by 51 bytes (full bundle) and 15 (the matrix with its chunks) for issue 31's type scale: the steps follow the page's text size
 * (em, with a 13 px floor under labels and notes) where they were fixed rem (12-13 px labels on
 * an 18 px page), --nw-font-size sets the host's size, and the few places where one step sat in
 * another say inherit so no step compounds.
 * Then up by 17 and 16 bytes for scrollbars in the widget's colours (Firefox drew a bright band
 * under a scrolling grid in dark themes).
 * Then up by 24 bytes (the full bundle; the status file +28, under the matrix's ceiling) for the
 * timeline's two stacks: date, status and parties in one, title and the rest in the other, so
 * the parties sit under their date and "Tentative ● US ● Russia" wraps whole in every engine.
 * Then up by 14 and 15 bytes for the matrix's headers on pages with larger text: the drawn issue
 * column and the threshold for turning party names on their side in em of the widget's text, so
 * no header word splits ("membershi|p", "German|y" on an 18 px page).
 * Then up by 26 bytes (the full bundle; the status file under the matrix's ceiling) for the
 * compact status as one kicker line in the label step (it grew a line on an 18 px page) with
 * "Next" bound to what is next.
 * Then up by 162 bytes (full bundles) and 184 (the matrix with its chunks), to today's bytes, for
 * two matrix fixes (before the merge of issue 30's byte work they cost 55 + 128 and 42 + 143):
 * the scrolling grid's pinned issue titles opaque only once the grid is scrolled, so a page of
 * another colour than the widget's background (theme="page" on a dark page) shows no slab down
 * the issue column before; and keys in the by-issue presentation (issue 28's leftover): Left,
 * Right, Home and End follow the cells as shown, grouped by stance, where they followed the grid
 * behind them and jumped about the line (focus order against visual order).
 * Then up by 0.03 KB on each file for server HTML inserted by innerHTML (issue
 * 29, a framework's client-side navigation): a widget whose declarative shadow root arrived
 * unparsed drops that template and renders itself.
 * Then down by 0.21 KB (full bundles) and 0.14 KB (the matrix) for the element classes (issue 30,
 * item 4): the view model rebuilt only when what it is built from changes instead of a model
 * cache, one string-filling helper (plurals and numbers in the page's language) instead of four,
 * and no cache of formatted strings (the Intl objects stay cached).
 * Then up by 0.44 KB (full bundles) and 0.44 KB (the matrix with its shared chunk) for the rest
 * of issue 30's house: one story source (item 1: the story's source, its request and the live
 * side's subscription in one Lit ReactiveController that the element reads; one request path for
 * first loads, later checks and the library's own files) +0.26 KB; the matrix's keyboard
 * navigation and open panel in a controller and its templates in their own module (item 4)
 * +0.19 KB; one directive for CSSOM custom properties +0.04 KB; the status's windowing in a pure
 * model and its items' templates in their own module -0.02 KB (the status file alone +0.08 KB). Net of issue 30, every file is smaller than before it: full bundles 33,182 and
 * 33,270 then, the matrix 24,904, the status 23,692, the quote card 20,677, the live code 4,939.
 * Then up by 0.10 KB (full bundles) and 0.14 KB (the matrix with its shared chunk): party names
 * whose words are at most 7 characters stay across while their own column holds 8.5 ch of their
 * type (they turned on their side at 672 px on 17 and 18 px pages, where "Germany" fits its 74 px),
 * and an event in a month or year that has ended is drawn as past, as "next" already judged it.
 * A ratchet: lower these as bytes come off; raising them needs a reviewed reason, written here.
 */
export const FULL_CEILING = 32_930;
export const WIDGET_CEILING = 24_790;

/** Parts of the full bundle, by source path (first match wins). */
const PARTS = [
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit)\//],
  ['built-in story', /^src\/data\/stories\/.*\.json$/],
  ['strings (English; others load on demand)', /^src\/(shared\/i18n|[\w-]+\/strings)\.ts$/],
  // Loaded only for `refresh`: the full bundles keep the loader and the clock (the code is
  // live/negotiation-widgets-live.js beside them); the per-widget files load a chunk.
  ['live updates (refresh): loader and clock', /^src\/(data\/(live|live-clock|diff)\.ts|shared\/live-[\w-]+\.ts)$/],
  ['data layer + validator', /^src\/(data\/|shared\/story-element\.ts$)/],
  ['<quote-card>', /^src\/quote-card(\/|\.ts$)/],
  ['<position-matrix>', /^src\/position-matrix(\/|\.ts$)/],
  ['<negotiation-status>', /^src\/negotiation-status(\/|\.ts$)/],
  ['shared styles, formatting, registration', /^src\//],
];

export const gzipSize = (data) => gzipSync(data, { level: 9 }).length;
export const brotliSize = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function sizes(data) {
  return { min: Buffer.byteLength(data), gzip: gzipSize(data), brotli: brotliSize(data) };
}

/** The files a CDN module loads up front: itself and, transitively, the relative modules it imports statically. */
export function loadedFiles(file, dir = cdnDir, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const [, specifier] of code.matchAll(/(?:from|import)\s*["'](\.\.?\/[^"']+)["']/g)) {
    loadedFiles(relative(dir, join(dir, dirname(file), specifier)), dir, seen);
  }
  return seen;
}

/**
 * The files those modules load only when needed: chunks they `import("…")`, the built-in stories
 * (stories/), a language's strings (locales/) and the live code file they name (live/).
 */
export function onDemandFiles(file, dir = cdnDir) {
  const upFront = loadedFiles(file, dir);
  const later = new Set(cdnFiles(dir).filter((each) => each.startsWith('locales/') || each.startsWith('stories/')));
  for (const loaded of upFront) {
    const code = readFileSync(join(dir, loaded), 'utf8');
    for (const live of cdnFiles(dir).filter((each) => each.startsWith('live/'))) if (code.includes(`"${live}"`)) later.add(live);
    for (const [, specifier] of code.matchAll(/import\(\s*["'](\.\.?\/[^"']+)["']\s*\)/g)) {
      const target = relative(dir, join(dir, dirname(loaded), specifier));
      if (!upFront.has(target)) later.add(target);
    }
  }
  return [...later].sort();
}

function cdnFiles(dir = cdnDir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => (file.endsWith('.js') || file.endsWith('.json')) && statSync(join(dir, file)).isFile())
    .sort();
}

const VLQ = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes a source map's `mappings` into per-line lists of [generated column, source index]. */
function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const fields = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = VLQ[char];
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += fields[0];
        if (fields.length > 1) source += fields[1];
        return [column, fields.length > 1 ? source : -1];
      });
  });
}

/** Splits minified code into runs of text, each owned by a part (by its source module), via the source map. */
function partRuns(code, map) {
  const partOf = map.sources.map((source) => PARTS.find(([, pattern]) => pattern.test(source))?.[0] ?? 'other');
  const runs = [];
  decodeMappings(map.mappings).forEach((segments, index) => {
    const line = code.split('\n')[index] ?? '';
    let start = 0;
    let owner = 'unmapped';
    for (const [column, source] of segments) {
      runs.push([owner, line.slice(start, column)]);
      start = column;
      owner = source >= 0 ? partOf[source] : 'unmapped';
    }
    runs.push([owner, line.slice(start) + '\n']);
  });
  return runs;
}

/** As in the rollup build of the full bundle: the built-in story, other languages' strings and the live code loaded from beside it (src/shared/asset-files.ts as its build writes it). */
const likeTheFullBundle = {
  name: 'like-the-full-bundle',
  setup(esbuild) {
    esbuild.onLoad({ filter: /asset-files\.ts$/ }, () => ({ contents: 'export const ASSET_FILES = {}; export const LIVE_BESIDE = true;', loader: 'js' }));
    esbuild.onResolve({ filter: /^\.\/live-controller\.js$/ }, () => ({ path: 'live-controller', external: true }));
  },
};

export async function breakdown() {
  const result = await build({
    entryPoints: [join(root, 'src/cdn.ts')],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    sourcemap: 'external',
    outfile: 'size-breakdown.js',
    legalComments: 'none',
    ignoreAnnotations: true, // keep the registration imports, as the rollup build does
    logLevel: 'silent',
    plugins: [likeTheFullBundle],
  });
  const code = result.outputFiles.find((file) => file.path.endsWith('.js')).text;
  const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map')).text);
  const runs = partRuns(code, map);
  const total = sizes(code);
  const names = [...PARTS.map(([name]) => name), 'other', 'unmapped'];
  const parts = names
    .map((name) => {
      const own = runs.filter(([owner]) => owner === name).map(([, text]) => text).join('');
      const rest = runs.filter(([owner]) => owner !== name).map(([, text]) => text).join('');
      return { name, min: Buffer.byteLength(own), gzip: total.gzip - gzipSize(rest), brotli: total.brotli - brotliSize(rest) };
    })
    .filter((part) => part.min > 0);
  return { total, parts };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const row = (cells, widths) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');

/** Every figure `npm run size` prints, also used by `npm run bench`. */
export async function measureSizes() {
  const files = cdnFiles().map((file) => ({ file, ...sizes(readFileSync(join(cdnDir, file))) }));
  const budgets = [
    ...FULL_BUNDLES.map((file) => ({ label: file, files: [file], budget: FULL_BUDGET, aim: FULL_AIM, later: onDemandFiles(file) })),
    ...WIDGET_FILES.map((file) => ({ label: `${file} + shared chunks`, files: [...loadedFiles(file)], budget: WIDGET_BUDGET, aim: WIDGET_AIM, later: onDemandFiles(file) })),
  ].map(({ label, files: loaded, budget, aim, later }) => {
    const gzipOf = (file) => gzipSize(readFileSync(join(cdnDir, file)));
    const gzip = loaded.reduce((sum, file) => sum + gzipOf(file), 0);
    return { label, gzip, budget, aim, over: gzip > budget, later: later.map((file) => ({ file, gzip: gzipOf(file) })) };
  });
  const { total, parts } = await breakdown();
  return { files, budgets, total, parts: parts.sort((a, b) => b.gzip - a.gzip) };
}

async function main() {
  if (!existsSync(cdnDir)) {
    console.error('dist/cdn is missing: run `npm run build` first.');
    process.exit(1);
  }
  const { files, budgets, total, parts } = await measureSizes();
  const widths = [42, 9, 9, 9];
  console.log('dist/cdn files (bytes)');
  console.log(row(['file', 'min', 'gzip', 'brotli'], widths));
  for (const f of files) console.log(row([f.file, f.min, f.gzip, f.brotli], widths));

  console.log('\nBudgets (gzip; a widget file with the shared chunks it loads up front, each compressed as served; npm test fails over budget)');
  for (const { label, gzip, budget, aim, over, later } of budgets) {
    const verdict = over ? `OVER by ${gzip - budget} bytes (${kb(gzip - budget)})` : `ok, ${budget - gzip} bytes to spare`;
    const toAim = gzip > aim ? `${kb(gzip - aim)} above the ${kb(aim)} aim` : `within the ${kb(aim)} aim`;
    console.log(`${label.padEnd(widths[0])}  ${kb(gzip).padStart(9)} of ${kb(budget)}: ${verdict}; ${toAim}`);
    if (later.length) console.log(`${''.padEnd(widths[0])}  and when needed: ${later.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`);
  }

  console.log(`\nWhat each part of the full bundle costs (esbuild-minified src/cdn.ts: ${total.min} min, ${total.gzip} gzip, ${total.brotli} brotli;`);
  console.log('gzip and brotli are marginal: what the compressed bundle loses without the part)');
  console.log(row(['part', 'min', 'gzip', 'brotli', 'share'], [...widths, 6]));
  for (const part of parts) {
    console.log(row([part.name, part.min, part.gzip, part.brotli, `${Math.round((100 * part.min) / total.min)}%`], [...widths, 6]));
  }

  const over = budgets.filter((b) => b.over).length;
  if (over > 0) {
    console.error(`\n${over} file(s) over budget.`);
    process.exit(1);
  }
  console.log('\nAll files within budget.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
