// The README's API tables are what the elements' JSDoc says (via custom-elements.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withApi } from '../../stories/readme-api.mjs';

test('the README API tables match custom-elements.json (run `npm run docs` after changing JSDoc)', () => {
  const readme = readFileSync('README.md', 'utf8');
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  assert.equal(readme, withApi(readme, manifest));
});

test('the manifest documents every element, attribute contract and event', () => {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
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
