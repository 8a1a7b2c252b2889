// Two builds from one source:
// - npm: unbundled, unminified ES modules in dist/ (lit external, so applications share one Lit);
// - CDN: self-contained minified files in dist/cdn/ for a <script> pasted into a CMS.
// TypeScript goes through esbuild (legacy decorators, as in tsconfig.json); `tsc` writes the .d.ts files.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const tsconfigRaw = readFileSync('tsconfig.json', 'utf8');

function typescript() {
  return {
    name: 'esbuild-typescript',
    async resolveId(source, importer) {
      // Sources import `./x.js`; on disk it is `./x.ts`.
      if (importer && source.startsWith('.') && source.endsWith('.js')) {
        const resolved = await this.resolve(source.replace(/\.js$/, '.ts'), importer, { skipSelf: true });
        // Our sources are not under a package.json "sideEffects" entry (those name dist/ files):
        // keep their side effects, or the registration modules would be tree-shaken away.
        if (resolved) return { ...resolved, moduleSideEffects: true };
      }
      return null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, { loader: 'ts', target: 'es2022', format: 'esm', sourcemap: true, sourcefile: id, tsconfigRaw });
      return { code: result.code, map: result.map };
    },
  };
}

/** Ships files publishers read as they are: the JSON Schema and the built-in stories. */
function copyAssets() {
  return {
    name: 'copy-assets',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'story.schema.json', source: readFileSync('src/data/story.schema.json') });
      for (const name of readdirSync('src/data/stories').filter((f) => f.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `stories/${name}`, source: readFileSync(`src/data/stories/${name}`) });
      }
    },
  };
}

/**
 * Minifies the HTML and CSS inside Lit's html`…`, svg`…` and css`…` templates for the CDN files
 * (terser leaves template strings alone), with Lit's own plugin (html-minifier-next, lightningcss).
 * Whitespace between tags collapses to one space rather than none (conservativeCollapse): the text
 * then never depends on whether CSS shows an element as a block, for 0.04 KB gzip. Runs after
 * esbuild, on JavaScript; fails the build rather than ship a template it could not parse.
 */
const minifyTemplates = () =>
  // ssr.ts builds its one template from static parts, which the minifier cannot parse (and need not: it is not shipped to browsers).
  minifyHtmlLiterals({ include: ['src/**/*.ts', 'stories/**/*.ts'], exclude: ['src/ssr.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } });

/**
 * A Subresource Integrity hash of some bytes, as `integrity` attributes and `fetch` take it: sha384
 * for what a publisher pastes (the embed snippets), sha256 for the hashes built into the CDN files
 * (as strong against a swapped file, 21 characters shorter each).
 */
const sri = (data, algorithm = 'sha384') => `${algorithm}-${createHash(algorithm).update(data).digest('base64')}`;
const builtInSri = (data) => sri(data, 'sha256');

/**
 * The widgets' private custom properties (`--_fg`, `--_space-xs`, …) renamed in the CDN files to
 * `--_` and a base-36 number, one name for one property across every file (they share a chunk).
 * Not `--_party`: a server-rendered widget's rules set it (ssr.ts) until the browser takes over.
 */
const PRIVATE_PROPERTIES = [...new Set(readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts')).flatMap((f) => readFileSync(`src/${f}`, 'utf8').match(/--_[\w-]+/g) ?? []))]
  .filter((name) => name !== '--_party')
  .sort();
function shortPrivateProperties() {
  const short = new Map(PRIVATE_PROPERTIES.map((name, index) => [name, `--_${index.toString(36)}`]));
  return { name: 'short-private-properties', renderChunk: (code) => ({ code: code.replace(/--_[\w-]+/g, (name) => short.get(name) ?? name), map: null }) };
}

/**
 * A `resolveId` hook that swaps one module for another: `importer`'s import of `source` resolves to
 * `replacement` (relative to the importer), for the builds that load their data or code from beside them.
 */
function swapImport(importer, source, replacement) {
  return async function (id, from) {
    if (!from?.endsWith(importer) || id !== source) return null;
    return this.resolve(replacement, from, { skipSelf: true });
  };
}

/**
 * Writes `src/embed/build-info.ts` for `embedCode`: the package version and the Subresource
 * Integrity hashes (sha384) of the built files a snippet loads, keyed by their path under dist/.
 * Those files must exist: the builds below that include this module come after the CDN and embed builds.
 */
function buildInfo() {
  const target = resolve('src/embed/build-info.ts');
  return {
    name: 'build-info',
    load(id) {
      if (id !== target) return null;
      const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
      const cdn = readdirSync('dist/cdn', { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => `cdn/${f}`);
      const integrity = Object.fromEntries([...cdn, 'embed/resize.js'].sort().map((file) => [file, sri(readFileSync(`dist/${file}`))]));
      return `export const VERSION = ${JSON.stringify(version)};\nexport const INTEGRITY = ${JSON.stringify(integrity, null, 2)};\n`;
    },
  };
}

/** Copies the iframe embed page's static files beside its script. */
function embedPageAssets() {
  return {
    name: 'embed-page-assets',
    generateBundle() {
      for (const name of ['index.html', 'embed-page.css']) this.emitFile({ type: 'asset', fileName: name, source: readFileSync(`src/embed/${name}`) });
    },
  };
}

/** The workbench carries the built-in stories itself: swap the on-demand module for the one that has them at once. */
function eagerBuiltInStories() {
  return {
    name: 'eager-built-in-stories',
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('/stories/lazy.js')) return null;
      return this.resolve(source.replace(/lazy\.js$/, 'eager.ts'), importer, { skipSelf: true });
    },
  };
}

/**
 * The demo workbench's live code (`refresh`): in its file, where a static import puts it. The
 * other builds load it on demand (src/shared/live-loader.ts, a dynamic import; cdnLiveCode below).
 */
function eagerLiveCode() {
  return {
    name: 'eager-live-code',
    resolveId: swapImport('/src/shared/story-element.ts', './live-loader.js', './live-loader-eager.ts'),
  };
}

/** The single-file bundles' live code (`refresh`), under dist/cdn/: a classic script they load beside them. */
const LIVE_CODE_FILE = 'live/negotiation-widgets-live.js';

/** The modules of that file; whatever else they import, the bundle hands them (src/shared/live-deps.ts). */
const LIVE_MODULES = ['src/shared/live-code.ts', 'src/shared/live-controller.ts', 'src/shared/live-messages.ts', 'src/shared/live-strings.ts', 'src/data/live.ts', 'src/data/diff.ts'].map((file) => resolve(file));

/**
 * Builds the single-file bundles' live code file without a second copy of Lit or the data layer:
 * every import outside LIVE_MODULES becomes the one external src/shared/live-deps.ts, whose
 * exports the bundle passes in at load time (the IIFE's argument, read off the <script> element
 * that loads it: see `globals` below). Fails the build when the code imports a name that module
 * does not export.
 */
function liveCodeFile() {
  const deps = resolve('src/shared/live-deps.ts');
  return {
    name: 'live-code-file',
    async resolveId(source, importer) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (resolved && !resolved.external && LIVE_MODULES.includes(resolved.id)) return resolved;
      return { id: deps, external: true };
    },
    generateBundle(_, bundle) {
      const handed = new Set([...readFileSync(deps, 'utf8').matchAll(/export \{([^}]*)\}/g)].flatMap(([, names]) => names.split(',').map((name) => name.trim())));
      for (const chunk of Object.values(bundle).filter((each) => each.type === 'chunk')) {
        const missing = Object.values(chunk.importedBindings).flat().filter((name) => !handed.has(name));
        if (missing.length) this.error(`The live code imports ${missing.join(', ')}, which src/shared/live-deps.ts does not export (the bundle hands it only those)`);
      }
    },
  };
}

/**
 * The single-file bundles load their live code from LIVE_CODE_FILE beside them (a <script> with the
 * sha256 hash built into the bundle): swaps the dynamic import for ./live-loader-cdn.ts and writes
 * the file's path and hash. The file must exist: its build comes first.
 */
function cdnLiveCode() {
  const manifest = resolve('src/shared/live-file.ts');
  return {
    name: 'cdn-live-code',
    resolveId: swapImport('/src/shared/story-element.ts', './live-loader.js', './live-loader-cdn.ts'),
    load(id) {
      if (id !== manifest) return null;
      const integrity = builtInSri(readFileSync(`dist/cdn/${LIVE_CODE_FILE}`));
      return `export const LIVE_FILE = ${JSON.stringify({ path: `./${LIVE_CODE_FILE}`, integrity })};\n`;
    },
  };
}

const STORY_IDS = readdirSync('src/data/stories').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));

/**
 * The CDN files fetch a built-in story as JSON from `dist/cdn/stories/` when a widget first shows
 * it, as they do a language's strings (see cdnLocales): the sha256 hash of each file is built into
 * the script. Swaps ./lazy.ts for ./load-cdn.ts and writes where the files are (`base`, relative
 * to the file holding the loader) and their hashes; `emit` writes the files (minified JSON).
 */
function cdnStories({ base, emit = false }) {
  const files = Object.fromEntries(STORY_IDS.map((id) => [id, JSON.stringify(JSON.parse(readFileSync(`src/data/stories/${id}.json`, 'utf8')))]));
  const manifest = resolve('src/data/stories/story-files.ts');
  return {
    name: 'cdn-stories',
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('/stories/lazy.js')) return null;
      return this.resolve(source.replace(/lazy\.js$/, 'load-cdn.ts'), importer, { skipSelf: true });
    },
    load(id) {
      if (id !== manifest) return null;
      const integrity = Object.fromEntries(STORY_IDS.map((story) => [story, builtInSri(files[story])]));
      return `export const STORY_FILES = ${JSON.stringify({ base, integrity })};\n`;
    },
    generateBundle() {
      if (emit) for (const id of STORY_IDS) this.emitFile({ type: 'asset', fileName: `stories/${id}.json`, source: files[id] });
    },
  };
}

const LOCALES = ['ar', 'de', 'fr', 'uk'];

/**
 * The CDN files fetch a page's non-English strings as JSON from `dist/cdn/locales/` (one file per
 * language, shared by every CDN file) with a sha256 hash built into the script, so the script's
 * `integrity` covers them too. Swaps the npm loader for ./load-cdn.ts and writes where the files
 * are (`base`, relative to the file holding i18n.ts) and their hashes; `emit` writes the files.
 */
function cdnLocales({ base, emit = false }) {
  const files = Object.fromEntries(LOCALES.map((language) => [language, JSON.stringify(JSON.parse(readFileSync(`src/shared/locales/${language}.json`, 'utf8')))]));
  const manifest = resolve('src/shared/locales/locale-files.ts');
  return {
    name: 'cdn-locales',
    resolveId: swapImport('/src/shared/i18n.ts', './locales/load.js', './locales/load-cdn.ts'),
    load(id) {
      if (id !== manifest) return null;
      const integrity = Object.fromEntries(LOCALES.map((language) => [language, builtInSri(files[language])]));
      return `export const LOCALE_FILES = ${JSON.stringify({ base, integrity })};\n`;
    },
    generateBundle() {
      if (emit) for (const language of LOCALES) this.emitFile({ type: 'asset', fileName: `locales/${language}.json`, source: files[language] });
    },
  };
}

const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/** Entry points of the npm package (see package.json "exports"). */
const npmEntries = {
  index: 'src/index.ts',
  elements: 'src/elements.ts',
  data: 'src/data/index.ts',
  // Not a public path: an entry so its test hooks (the hints' work counter) survive tree-shaking.
  'data/diagnostics': 'src/data/diagnostics.ts',
  'quote-card': 'src/quote-card.ts',
  'position-matrix': 'src/position-matrix.ts',
  'negotiation-status': 'src/negotiation-status.ts',
  embed: 'src/embed.ts',
  // Node only: server rendering, and the element entries with the built-in stories and strings loaded up front (package.json "exports", condition "node").
  ssr: 'src/ssr.ts',
  'node/index': 'src/node/index.ts',
  'node/elements': 'src/node/elements.ts',
  'node/quote-card': 'src/node/quote-card.ts',
  'node/position-matrix': 'src/node/position-matrix.ts',
  'node/negotiation-status': 'src/node/negotiation-status.ts',
  // Types-only modules (framework typings): an empty module each, so `import 'negotiation-widgets/react.js'` resolves.
  'frameworks/react': 'src/frameworks/react.ts',
  'frameworks/vue': 'src/frameworks/vue.ts',
  'frameworks/svelte': 'src/frameworks/svelte.ts',
};

const cdnPlugins = [typescript(), minifyTemplates(), json({ preferConst: true }), nodeResolve({ browser: true }), shortPrivateProperties()];
const singleFilePlugins = [cdnLiveCode(), cdnStories({ base: './stories/' }), cdnLocales({ base: './locales/' }), ...cdnPlugins];
// A second compress pass finds what the first one's output allows (inlined constants, merged
// statements): 0.04 KB gzip off the full bundle; a third finds nothing more worth the time.
const terserOptions = { ecma: 2022, compress: { passes: 2 }, format: { comments: false } };
const minify = terser({ ...terserOptions, module: true });

export default [
  {
    input: 'src/cli/validate.ts',
    external: [/^node:/],
    plugins: [typescript(), json({ preferConst: true })],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true },
    onwarn,
  },
  {
    // The single-file bundles' live code (`refresh`), built before them: they carry its hash. A
    // classic script (either bundle loads it), which takes Lit and the data layer from the bundle.
    input: 'src/shared/live-code.ts',
    plugins: [liveCodeFile(), ...cdnPlugins],
    output: {
      file: `dist/cdn/${LIVE_CODE_FILE}`,
      format: 'iife',
      // The bundle's modules, handed over on the <script> element running the file (src/shared/live-loader-cdn.ts).
      globals: () => 'document.currentScript.nwLiveDeps',
      sourcemap: true,
      plugins: [terser(terserOptions)],
    },
    onwarn,
  },
  {
    // Everything in one module but the live code; what it may need loads from beside it: the built-in
    // story from stories/, other languages' strings from locales/, the live code (only when a widget
    // refreshes) from live/, each checked against a hash inside it, so the bundle's integrity covers
    // every byte the page runs.
    input: 'src/cdn.ts',
    plugins: [cdnLiveCode(), cdnStories({ base: './stories/', emit: true }), cdnLocales({ base: './locales/', emit: true }), ...cdnPlugins],
    output: { file: 'dist/cdn/negotiation-widgets.js', format: 'es', sourcemap: true, inlineDynamicImports: true, plugins: [minify] },
    onwarn,
  },
  {
    // One file per widget; what they share (Lit, the data layer) lands in one chunk, loaded once;
    // the live code (`refresh`) in another, loaded only by a widget that refreshes.
    input: {
      'quote-card': 'src/quote-card.ts',
      'position-matrix': 'src/position-matrix.ts',
      'negotiation-status': 'src/negotiation-status.ts',
    },
    // i18n.ts and the story loader land in a chunk under shared/, hence ../locales/ and ../stories/.
    plugins: [cdnStories({ base: '../stories/' }), cdnLocales({ base: '../locales/' }), ...cdnPlugins],
    output: { dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js', plugins: [minify] },
    onwarn,
  },
  {
    input: 'src/cdn.ts',
    plugins: singleFilePlugins,
    output: {
      file: 'dist/cdn/negotiation-widgets.iife.js',
      format: 'iife',
      name: 'NegotiationWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
      plugins: [terser(terserOptions)],
    },
    onwarn,
  },
  {
    // The iframe embed page (dist/embed/index.html): its script and styles; it loads the widgets from ../cdn/.
    input: 'src/embed/embed-page.ts',
    plugins: [...cdnPlugins, embedPageAssets()],
    output: { dir: 'dist/embed', format: 'es', sourcemap: true, entryFileNames: '[name].js', plugins: [minify] },
    onwarn,
  },
  {
    // The host page's script for iframe embeds: a classic script, so `<script async>` works anywhere.
    input: 'src/embed/resize.ts',
    plugins: cdnPlugins,
    output: { file: 'dist/embed/resize.js', format: 'iife', sourcemap: true, plugins: [terser(terserOptions)] },
    onwarn,
  },
  // The npm build comes after the CDN and embed builds: embed.js carries their integrity hashes (buildInfo).
  {
    input: npmEntries,
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\/ssr(\/|$)/],
    plugins: [buildInfo(), typescript(), minifyTemplates(), json({ preferConst: true }), copyAssets()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true, entryFileNames: '[name].js' },
    onwarn,
  },
  {
    // The demo workbench (stories/), bundled with its own copy of the widgets.
    input: 'stories/workbench.ts',
    plugins: [buildInfo(), eagerBuiltInStories(), eagerLiveCode(), ...cdnPlugins],
    output: { file: 'dist/demo/workbench.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    onwarn,
  },
];
