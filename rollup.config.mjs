// Two builds from one source:
// - npm: unbundled, unminified ES modules in dist/ (lit external, so applications share one Lit);
// - CDN: self-contained minified files in dist/cdn/ for a <script> pasted into a CMS.
// TypeScript goes through esbuild (legacy decorators, as in tsconfig.json); `tsc` writes the .d.ts files.
import { readdirSync, readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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
 * Minifies the CSS inside Lit's css`…` templates for the CDN files (terser leaves template strings
 * alone). Strings in the CSS are kept verbatim; templates with `${…}` are left untouched.
 */
export function minifyCssTemplates() {
  const minify = (css) =>
    css
      .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
      .map((part, i) =>
        i % 2
          ? part
          : part
              .replace(/\/\*[\s\S]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/\s*([{};,>])\s*/g, '$1')
              .replace(/:\s+/g, ':')
              .replace(/;}/g, '}'),
      )
      .join('')
      .trim();
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('css`')) return null;
      return { code: code.replace(/css`([^`$]*)`/g, (_, css) => `css\`${minify(css)}\``), map: null };
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
  'quote-card': 'src/quote-card.ts',
  'position-matrix': 'src/position-matrix.ts',
  'negotiation-status': 'src/negotiation-status.ts',
};

const cdnPlugins = [minifyCssTemplates(), typescript(), json({ preferConst: true }), nodeResolve({ browser: true })];
const minify = terser({ ecma: 2022, module: true, format: { comments: false } });

export default [
  {
    input: npmEntries,
    external: [/^lit(\/|$)/, /^@lit\//],
    plugins: [typescript(), json({ preferConst: true }), copyAssets()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true, entryFileNames: '[name].js' },
    onwarn,
  },
  {
    input: 'src/cli/validate.ts',
    external: [/^node:/],
    plugins: [typescript(), json({ preferConst: true })],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true },
    onwarn,
  },
  {
    // Everything in one self-contained module.
    input: 'src/index.ts',
    plugins: cdnPlugins,
    output: { file: 'dist/cdn/negotiation-widgets.js', format: 'es', sourcemap: true, plugins: [minify] },
    onwarn,
  },
  {
    // One file per widget; what they share (Lit, the data layer) lands in one chunk, loaded once.
    input: {
      'quote-card': 'src/quote-card.ts',
      'position-matrix': 'src/position-matrix.ts',
      'negotiation-status': 'src/negotiation-status.ts',
    },
    plugins: cdnPlugins,
    output: { dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js', plugins: [minify] },
    onwarn,
  },
  {
    input: 'src/index.ts',
    plugins: cdnPlugins,
    output: { file: 'dist/cdn/negotiation-widgets.iife.js', format: 'iife', name: 'NegotiationWidgets', sourcemap: true, plugins: [terser({ ecma: 2022, format: { comments: false } })] },
    onwarn,
  },
  {
    // The demo workbench (stories/), bundled with its own copy of the widgets.
    input: 'stories/workbench.ts',
    plugins: cdnPlugins,
    output: { file: 'dist/demo/workbench.js', format: 'es', sourcemap: true },
    onwarn,
  },
];
