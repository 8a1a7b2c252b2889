// Two builds from one source: npm (unbundled ES modules in dist/, lit external, so applications
// share one Lit) and CDN (self-contained minified files in dist/cdn/ for a <script> in a CMS).
// Every build loads the built-in stories, other languages' strings and the live code through one
// module, src/shared/assets.ts, from the files src/shared/asset-files.ts names (`assets` below).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const tsconfigRaw = readFileSync('tsconfig.json', 'utf8');

/**
 * TypeScript through esbuild. Sources import `./x.js`, on disk `./x.ts`; they are not under a
 * package.json "sideEffects" entry (those name dist/ files): keep their side effects, or the
 * registration modules would be tree-shaken away.
 */
const typescript = () => ({
  name: 'esbuild-typescript',
  async resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const resolved = await this.resolve(source.replace(/\.js$/, '.ts'), importer, { skipSelf: true });
    return resolved && { ...resolved, moduleSideEffects: true };
  },
  transform: (code, id) => id.endsWith('.ts') && transform(code, { loader: 'ts', target: 'es2022', format: 'esm', sourcemap: true, sourcefile: id, tsconfigRaw }).then(({ code, map }) => ({ code, map })),
});

/** Copies files as they are (`[fileName, from]`). */
const copy = (files) => ({ name: 'copy', generateBundle() { for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source: readFileSync(source) }); } });

/**
 * Minifies the HTML and CSS inside Lit's templates, which terser leaves alone; whitespace between tags
 * collapses to one space, so the text never depends on CSS display. Not ssr.ts's static-parts template.
 */
const minifyTemplates = () =>
  minifyHtmlLiterals({ include: ['src/**/*.ts', 'stories/**/*.ts'], exclude: ['src/ssr.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } });

/** A Subresource Integrity hash: sha384 for what a publisher pastes (embed snippets), sha256 (shorter) for the hashes built into the files. */
const sri = (data, algorithm = 'sha384') => `${algorithm}-${createHash(algorithm).update(data).digest('base64')}`;

/**
 * The widgets' private custom properties (`--_fg`, …) renamed `--_` and a base-36 number in the CDN
 * files, one name for one property in every file. Not `--_party`, which server-rendered rules set (ssr.ts).
 */
const PRIVATE_PROPERTIES = [...new Set(readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts')).flatMap((f) => readFileSync(`src/${f}`, 'utf8').match(/--_[\w-]+/g) ?? []))];
const SHORT = new Map(PRIVATE_PROPERTIES.filter((name) => name !== '--_party').sort().map((name, index) => [name, `--_${index.toString(36)}`]));
const shortPrivateProperties = () => ({ name: 'short-private-properties', renderChunk: (code) => ({ code: code.replace(/--_[\w-]+/g, (name) => SHORT.get(name) ?? name), map: null }) });

const LIVE_CODE_FILE = 'live/negotiation-widgets-live.js';
const jsonFiles = (dir, as) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [`${as}/${f}`, `${dir}/${f}`]);
const STORIES = jsonFiles('src/data/stories', 'stories');
const ASSETS = [...STORIES, ...jsonFiles('src/shared/locales', 'locales')];

/**
 * Writes src/shared/asset-files.ts for a CDN build: emits the built-in stories and the locales
 * (minified JSON) beside its output, and with `live` the live code file, and names each by its path
 * relative to the module that loads it, with its sha256 hash, so a script's `integrity` covers every
 * file it loads. (The npm build keeps the module as written: dynamic imports, split by bundlers.)
 */
function assets({ live = false } = {}) {
  return {
    name: 'assets',
    resolveFileUrl: ({ relativePath }) => JSON.stringify(relativePath),
    load(id) {
      if (id !== resolve('src/shared/asset-files.ts')) return null;
      const files = ASSETS.map(([name, path]) => [name, JSON.stringify(JSON.parse(readFileSync(path, 'utf8')))]);
      if (live) files.push([LIVE_CODE_FILE, readFileSync(`dist/cdn/${LIVE_CODE_FILE}`, 'utf8')]);
      const named = files.map(([name, source]) => `${JSON.stringify(name)}: [import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', fileName: name, source })}, "${sri(source, 'sha256')}"]`);
      return `export const ASSET_FILES = {\n${named.join(',\n')}\n};\nexport const LIVE_BESIDE = ${live};\n`;
    },
  };
}

/**
 * Writes src/embed/build-info.ts for `embedCode`: the package version and the sha384 hashes of the
 * built files a snippet loads, keyed by their path under dist/ (built before: the npm build comes last).
 */
const buildInfo = () => ({
  name: 'build-info',
  load(id) {
    if (id !== resolve('src/embed/build-info.ts')) return null;
    const cdn = readdirSync('dist/cdn', { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => `cdn/${f}`);
    const integrity = Object.fromEntries([...cdn, 'embed/resize.js'].sort().map((file) => [file, sri(readFileSync(`dist/${file}`))]));
    return `export const VERSION = ${JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version)};\nexport const INTEGRITY = ${JSON.stringify(integrity, null, 2)};\n`;
  },
});

const LIVE_MODULES = ['live-code', 'live-controller', 'live-messages', 'live-strings'].map((name) => resolve(`src/shared/${name}.ts`)).concat(['live', 'diff'].map((name) => resolve(`src/data/${name}.ts`)));
/**
 * Builds the live code file without a second copy of Lit or the data layer: every import outside
 * LIVE_MODULES becomes the one external src/shared/live-deps.ts, whose exports the bundle passes in
 * (on the <script> element: `globals` below). Fails when the code imports a name it does not export.
 */
const liveCodeFile = (deps = resolve('src/shared/live-deps.ts')) => ({
  name: 'live-code-file',
  async resolveId(source, importer) {
    const resolved = importer && (await this.resolve(source, importer, { skipSelf: true }));
    return !importer ? null : resolved && !resolved.external && LIVE_MODULES.includes(resolved.id) ? resolved : { id: deps, external: true };
  },
  generateBundle(_, bundle) {
    const handed = new Set([...readFileSync(deps, 'utf8').matchAll(/export \{([^}]*)\}/g)].flatMap(([, names]) => names.split(',').map((name) => name.trim())));
    const missing = Object.values(bundle).flatMap((chunk) => Object.values(chunk.importedBindings ?? {}).flat()).filter((name) => !handed.has(name));
    if (missing.length) this.error(`The live code imports ${missing.join(', ')}, which src/shared/live-deps.ts does not export (the bundle hands it only those)`);
  },
});

const onwarn = (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning);
const cdnPlugins = [typescript(), minifyTemplates(), json({ preferConst: true }), nodeResolve({ browser: true }), shortPrivateProperties()];
// A second compress pass finds what the first one's output allows: 0.04 KB gzip off the full bundle.
const terserOptions = { ecma: 2022, compress: { passes: 2 }, format: { comments: false } };
const minify = terser({ ...terserOptions, module: true });
const classic = terser(terserOptions);
const cdn = (input, output, { live = false, plugins = [] } = {}) => ({ input, plugins: [assets({ live }), ...cdnPlugins, ...plugins], output: { sourcemap: true, ...output }, onwarn });

const entries = (dir, names) => Object.fromEntries(names.map((name) => [`${dir}${name}`, `src/${dir}${name}.ts`]));
const WIDGETS = ['quote-card', 'position-matrix', 'negotiation-status'];
/**
 * Entry points of the npm package (package.json "exports"); data/diagnostics is not public, an entry
 * so its test hooks survive tree-shaking; node/ preloads the built-in stories and strings for servers;
 * frameworks/: react.js has the React components, vue.js and svelte.js are types only (empty modules).
 */
const npmEntries = {
  ...entries('', ['index', 'elements', ...WIDGETS, 'embed', 'ssr']),
  data: 'src/data/index.ts',
  ...entries('data/', ['diagnostics']),
  ...entries('node/', ['index', 'elements', ...WIDGETS]),
  ...entries('frameworks/', ['react', 'vue', 'svelte']),
};

export default [
  { input: 'src/cli/validate.ts', external: [/^node:/], plugins: [typescript(), json({ preferConst: true })], output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true }, onwarn },
  // The live code file, first: the single-file bundles carry its hash. It takes Lit and the data layer from the bundle loading it.
  { input: 'src/shared/live-code.ts', plugins: [liveCodeFile(), ...cdnPlugins], output: { file: `dist/cdn/${LIVE_CODE_FILE}`, format: 'iife', globals: () => 'document.currentScript.nwLiveDeps', sourcemap: true, plugins: [classic] }, onwarn },
  // Everything in one file but what it loads from beside it (stories/, locales/, live/), each checked against a hash inside it.
  cdn('src/cdn.ts', { file: 'dist/cdn/negotiation-widgets.js', format: 'es', inlineDynamicImports: true, plugins: [minify] }, { live: true }),
  cdn('src/cdn.ts', { file: 'dist/cdn/negotiation-widgets.iife.js', format: 'iife', name: 'NegotiationWidgets', inlineDynamicImports: true, plugins: [classic] }, { live: true }),
  // One file per widget; what they share (Lit, the data layer) in one chunk (a small part only two use, like printing, joins it), the live code in another, loaded only by a widget that refreshes.
  cdn(entries('', WIDGETS), { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js', experimentalMinChunkSize: 2000, plugins: [minify] }),
  // The iframe embed page (dist/embed/index.html; it loads the widgets from ../cdn/), and the host page's classic script for it.
  cdn('src/embed/embed-page.ts', { dir: 'dist/embed', format: 'es', entryFileNames: '[name].js', plugins: [minify] }, { plugins: [copy([['index.html', 'src/embed/index.html'], ['embed-page.css', 'src/embed/embed-page.css']])] }),
  cdn('src/embed/resize.ts', { file: 'dist/embed/resize.js', format: 'iife', plugins: [classic] }),
  // The npm build, after the CDN builds (embed.js carries their hashes); also the files publishers read as they are (the JSON Schema, the built-in stories).
  { input: npmEntries, external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\/ssr(\/|$)/, /^react(\/|$)/], plugins: [buildInfo(), typescript(), minifyTemplates(), json({ preferConst: true }), copy([['story.schema.json', 'src/data/story.schema.json'], ...STORIES])], output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true, entryFileNames: '[name].js' }, onwarn },
  // The demo workbench (stories/), with its own copy of the widgets; the story studio (dist/studio/, in the package for `npx negotiation-widgets studio`), which loads them from ../cdn/.
  { input: 'stories/workbench.ts', plugins: [buildInfo(), ...cdnPlugins], output: { file: 'dist/demo/workbench.js', format: 'es', sourcemap: true, inlineDynamicImports: true }, onwarn },
  { input: 'stories/studio/studio.ts', plugins: [buildInfo(), ...cdnPlugins, copy([...['index.html', 'studio.css'].map((name) => [name, `stories/studio/${name}`]), ['demo-base.css', 'stories/demo-base.css']])], output: { file: 'dist/studio/studio.js', format: 'es', sourcemap: true, inlineDynamicImports: true }, onwarn },
];
