// The npm package as users get it: what `npm pack` ships, that every `exports` entry resolves to
// a shipped file, that exactly the registering modules are marked as side effects, and that
// publint and @arethetypeswrong/cli find nothing wrong in the packed tarball. Needs a build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = (args) => execFileSync('npm', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Every file path an `exports` entry points at (all conditions). */
function exportTargets(value = pkg.exports) {
  if (typeof value === 'string') return [value];
  return Object.values(value).flatMap(exportTargets);
}
const clean = (path) => path.replace(/^\.\//, '');

/** The tags a module registers when imported alone into a fresh Node process (customElements stubbed). */
function tagsRegisteredBy(file) {
  const script = `const tags = [];
globalThis.customElements = { get: () => undefined, define: (tag) => tags.push(tag) };
await import(${JSON.stringify(join(root, file))});
console.log(JSON.stringify(tags));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(result.status, 0, `${file} failed to import in Node: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

describe('the npm package', () => {
  let files;
  let work;
  let tarball;

  before(() => {
    files = JSON.parse(npm(['pack', '--dry-run', '--json']))[0].files.map((file) => file.path);
    work = mkdtempSync(join(tmpdir(), 'nw-pack-'));
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work]));
    tarball = join(work, packed.filename);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('ships what users need: modules, types, CDN files with maps, manifest, schema, stories, CLI, studio, README and the docs it links, LICENSE', () => {
    const wanted = [
      'README.md',
      'docs/your-own-story.md',
      'docs/images/studio.png',
      'CHANGELOG.md',
      'SECURITY.md',
      'CONTRIBUTING.md',
      'dist/studio/index.html',
      'dist/studio/studio.js',
      'LICENSE',
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cdn/negotiation-widgets.js',
      'dist/cdn/negotiation-widgets.js.map',
      'dist/cdn/negotiation-widgets.iife.js',
      'dist/cdn/negotiation-widgets.iife.js.map',
      'dist/cdn/live/negotiation-widgets-live.js',
      'dist/cdn/quote-card.js',
      'dist/cdn/position-matrix.js',
      'dist/cdn/negotiation-status.js',
      'dist/custom-elements.json',
      'dist/story.schema.json',
      'dist/stories/us-russia-ukraine-talks-2025.json',
      'dist/cli.js',
    ];
    for (const file of wanted) assert.ok(files.includes(file), `${file} is not in the package`);
    assert.ok(files.some((file) => file.startsWith('dist/cdn/shared/')), 'the shared CDN chunk is not in the package');
  });

  it('ships nothing users do not need: no sources, tests, demo, benchmarks, configs or unusable maps', () => {
    const unwanted = files.filter(
      (file) =>
        /^(src|test|stories|node_modules|\.ci)\//.test(file) ||
        /^dist\/(demo|bench)\//.test(file) ||
        file.endsWith('.d.ts.map') || // declaration maps point at src/, which is not shipped
        /^(tsconfig|rollup|web-test-runner)[^/]*$/.test(file) ||
        file === 'package-lock.json',
    );
    assert.deepEqual(unwanted, []);
    // The README's links resolve inside node_modules too: the docs, the changelog and the security policy ship beside it.
    assert.ok(files.every((file) => /^(dist\/|docs\/|(README|CHANGELOG|CONTRIBUTING|SECURITY)\.md$|LICENSE$|package\.json$)/.test(file)), `unexpected: ${files.filter((f) => !f.startsWith('dist/'))}`);
  });

  it('every exports entry has types and default conditions (and a node build where it registers elements) and points at shipped files', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (subpath.endsWith('.json')) {
        assert.equal(typeof target, 'string', `${subpath}: JSON has no types`);
        continue;
      }
      // Node-only: server rendering, no browser build.
      if (subpath === './ssr.js') {
        assert.deepEqual(Object.keys(target), ['types', 'node'], `${subpath}: types, then node`);
        continue;
      }
      const withNode = ['.', './quote-card.js', './position-matrix.js', './negotiation-status.js', './elements.js'].includes(subpath);
      assert.deepEqual(Object.keys(target), withNode ? ['types', 'node', 'default'] : ['types', 'default'], `${subpath}: types first, then ${withNode ? 'node, then ' : ''}default`);
    }
    for (const path of [...exportTargets(), pkg.types, pkg.main, pkg.customElements, ...Object.values(pkg.bin)]) {
      assert.ok(files.includes(clean(path)), `${path} is referenced by package.json but not shipped`);
    }
  });

  it('the public entry points resolve through "exports" in Node, and data.js works there', async () => {
    const resolve = (subpath) => fileURLToPath(import.meta.resolve(`negotiation-widgets${subpath.slice(1)}`));
    // Node picks the "node" condition: the same modules with the built-in stories and strings loaded up front.
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      assert.equal(resolve(subpath), join(root, typeof target === 'string' ? target : (target.node ?? target.default)), subpath);
    }
    const data = await import('negotiation-widgets/data.js');
    const story = data.getBuiltInStory(data.DEFAULT_STORY_ID);
    assert.equal(story.id, 'us-russia-ukraine-talks-2025');
    assert.equal(data.validateStory(story).ok, true);
  });

  it('"sideEffects" names exactly the npm modules that register elements, and the Node module that loads the server data', () => {
    const patterns = pkg.sideEffects;
    assert.ok(Array.isArray(patterns), 'sideEffects must be a list, never false');
    const npmModules = files.filter(
      // Pages' scripts (the CDN bundles, the iframe embed page, the story studio) are no npm modules.
      (file) => file.startsWith('dist/') && file.endsWith('.js') && !/^dist\/(cdn|embed|studio)\//.test(file) && file !== clean(pkg.bin['negotiation-widgets']),
    );
    const registering = npmModules.filter((file) => tagsRegisteredBy(file).length > 0).map((file) => `./${file}`);
    const listed = patterns.filter((pattern) => pattern.startsWith('./dist/') && !pattern.includes('*'));
    // server-data.js registers no element, but loads what server rendering needs: a bundler must keep it too.
    assert.deepEqual([...registering, './dist/node/server-data.js'].sort(), [...listed].sort());
    // The browser modules in src/, for bundlers that build from the sources (Storybook's Vite): not published.
    const sources = patterns.filter((pattern) => pattern.startsWith('./src/'));
    const browserModules = registering.filter((file) => !file.startsWith('./dist/node/') && file !== './dist/ssr.js');
    assert.deepEqual(sources.sort(), browserModules.map((file) => file.replace(/^\.\/dist\//, './src/').replace(/\.js$/, '.ts')).sort());
    assert.deepEqual(patterns.filter((pattern) => !pattern.startsWith('./dist/') && !pattern.startsWith('./src/')), []);
    assert.deepEqual(tagsRegisteredBy('dist/index.js'), ['quote-card', 'position-matrix', 'negotiation-status']);
    // The CDN files define the elements too; bundlers never import them, but they are side effects all the same.
    assert.ok(patterns.includes('./dist/cdn/*.js'));
  });

  it('publint finds nothing to report in the packed tarball', async () => {
    const data = readFileSync(tarball);
    const { messages, pkg: packed } = await publint({
      pkgDir: 'package',
      level: 'suggestion',
      strict: true,
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
    });
    assert.deepEqual(
      messages.map((message) => `${message.type}: ${formatMessage(message, packed)}`),
      [],
    );
  });

  it('@arethetypeswrong/cli finds no problem in the packed tarball (ESM-only profile)', () => {
    // The package is ESM-only, like Lit 3, so CommonJS `require` and the pre-`exports` node10
    // resolution are out of scope: that is what the esm-only profile leaves out. No network.
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'json'],
      { encoding: 'utf8' },
    );
    const { problems } = JSON.parse(result.stdout);
    const ignored = new Set(['node10', 'node16-cjs']);
    const reported = Object.values(problems ?? {})
      .flat()
      .filter((problem) => !ignored.has(problem.resolutionKind))
      .map((problem) => `${problem.kind} ${problem.entrypoint ?? ''} ${problem.resolutionKind ?? ''}`.trim());
    assert.deepEqual(reported, []);
    assert.equal(result.status, 0, result.stderr);
  });
});
