// The generated parts of the documentation are what the build says: the API tables are the
// elements' JSDoc (via custom-elements.json), and the snippets are what `embedCode` writes, with
// the integrity hashes of the files built. Run `npm run docs` after a build that changed them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FILES, regenerate } from '../../stories/readme-api.mjs';
import * as embed from '../../dist/embed.js';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

test('the README API tables, the styling reference and the embed snippets match the build (run `npm run docs` after a build)', () => {
  for (const file of FILES) {
    const text = readFileSync(file, 'utf8');
    assert.equal(text, regenerate(file, text, manifest, embed), `${file} differs from what \`npm run docs\` writes`);
  }
});

test('the README’s script tag carries this version and the SHA-384 of the built file, and the fallback embedCode writes', () => {
  const readme = readFileSync('README.md', 'utf8');
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const tag = /<script type="module" src="https:\/\/unpkg\.com\/negotiation-widgets@([^/"]+)\/dist\/cdn\/negotiation-widgets\.js" integrity="([^"]+)" crossorigin="anonymous"><\/script>/.exec(readme);
  assert.ok(tag, 'README.md has no versioned script tag with integrity');
  assert.equal(tag[1], version);
  assert.equal(tag[2], sri('dist/cdn/negotiation-widgets.js'));
  // Within the first screen: before the README's second section.
  assert.ok(tag.index < readme.indexOf('\n## ', readme.indexOf('## Quick start')), 'the script tag is in the Quick start');
  // The sample fallback is exactly what embedCode writes for it; no placeholder hash anywhere.
  assert.ok(readme.includes(embed.embedCode('quote-card', { attributes: { quote: 'hegseth-nato-membership' } })));
  for (const file of FILES) assert.doesNotMatch(readFileSync(file, 'utf8'), /integrity="sha384-…"/, `${file} has a placeholder integrity`);
});

test('docs/embedding.md’s iframe snippet carries the SHA-384 of the built resize.js', () => {
  const text = readFileSync('docs/embedding.md', 'utf8');
  const hash = /embed\/resize\.js" integrity="([^"]+)"/.exec(text)?.[1];
  assert.equal(hash, sri('dist/embed/resize.js'));
});

test('the manifest documents every element, attribute contract and event', () => {
  const elements = Object.fromEntries(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
  const attributes = (tag) => elements[tag].attributes.map((a) => a.name);
  const events = (tag) => elements[tag].events.map((e) => e.name);
  assert.deepEqual(Object.keys(elements).sort(), ['negotiation-status', 'position-matrix', 'quote-card']);
  for (const tag of Object.keys(elements)) for (const name of ['src', 'story-id', 'theme']) assert.ok(attributes(tag).includes(name), `${tag} ${name}`);
  for (const name of ['quote', 'layout', 'hide-context', 'hide-source']) assert.ok(attributes('quote-card').includes(name), name);
  for (const name of ['parties', 'issues', 'highlight', 'caption', 'description', 'layout', 'show-summary']) assert.ok(attributes('position-matrix').includes(name), name);
  for (const name of ['layout', 'live']) assert.ok(attributes('negotiation-status').includes(name), name);
  assert.deepEqual(events('quote-card').sort(), ['nw-copy', 'nw-error', 'nw-update']);
  assert.deepEqual(events('position-matrix').sort(), ['nw-error', 'nw-select', 'nw-update']);
  assert.deepEqual(events('negotiation-status').sort(), ['nw-error', 'nw-update']);
  for (const tag of Object.keys(elements)) assert.ok(attributes(tag).includes('refresh'), `${tag} refresh`);
});

test('the README names every attribute, event, part and custom property of every element', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    for (const item of [...d.attributes, ...d.events, ...(d.cssParts ?? []), ...(d.cssProperties ?? [])]) {
      assert.ok(readme.includes(`\`${item.name}\``), `${d.tagName}: ${item.name}`);
    }
  }
});
