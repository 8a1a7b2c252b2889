// Editorial warnings: a stated stance whose evidence speaks to another issue or comes from another
// party is flagged, without making the story invalid; the built-in story has none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storyWarnings, validateStory } from '../../dist/data.js';

const file = 'src/data/stories/us-russia-ukraine-talks-2025.json';
const builtIn = () => JSON.parse(readFileSync(file, 'utf8'));
const valid = (json) => {
  const result = validateStory(json);
  assert.ok(result.ok, JSON.stringify(result.errors));
  return result.story;
};
const at = (json, party, issue) => json.positions.findIndex((p) => p.party === party && p.issue === issue);

test('the built-in story has no warnings', () => {
  assert.deepEqual(storyWarnings(valid(builtIn())), []);
});

test('evidence not tagged with the position’s issue is flagged, and the story stays valid', () => {
  const json = builtIn();
  const i = at(json, 'eu', 'seat-at-the-table');
  json.positions[i].evidence.push('kallas-territorial-integrity');
  const warnings = storyWarnings(valid(json));
  assert.deepEqual(warnings, [
    { path: `/positions/${i}/evidence/1`, message: 'quote "kallas-territorial-integrity" is not tagged with this position\'s issue "seat-at-the-table"' },
  ]);
});

test('evidence spoken by someone of another party is flagged', () => {
  const json = builtIn();
  const i = at(json, 'russia', 'immediate-negotiations');
  json.positions[i].evidence = ['trump-work-together'];
  assert.deepEqual(storyWarnings(valid(json)), [
    { path: `/positions/${i}/evidence/0`, message: 'quote "trump-work-together" is spoken by "donald-trump" of party "us", not this position\'s party "russia"' },
  ]);
});

test('evidence attributed to another party is flagged, alongside a missing issue tag', () => {
  const json = builtIn();
  const i = at(json, 'ukraine', 'kursk-territory-swap');
  json.positions[i].evidence = ['russia-swap-impossible'];
  const messages = storyWarnings(valid(json)).map((w) => w.message);
  assert.deepEqual(messages, ['quote "russia-swap-impossible" is attributed to party "russia", not this position\'s party "ukraine"']);
  json.quotes.find((q) => q.id === 'russia-swap-impossible').issues = [];
  const paths = storyWarnings(valid(json)).map((w) => w.path.split('/evidence')[0]);
  const russia = `/positions/${at(json, 'russia', 'kursk-territory-swap')}`;
  assert.deepEqual(paths.sort(), [`/positions/${i}`, `/positions/${i}`, russia].sort());
});

test('a quote that starts mid-sentence with no framing is flagged; one marked needsContext: false is not', () => {
  const json = builtIn();
  const i = json.quotes.findIndex((q) => q.id === 'russia-swap-impossible');
  delete json.quotes[i].context;
  delete json.quotes[i].needsContext;
  assert.deepEqual(storyWarnings(valid(json)), [
    { path: `/quotes/${i}`, message: 'quote "russia-swap-impossible" starts mid-sentence and has no "context": readers would see the fragment alone' },
  ]);
  json.quotes[i].needsContext = false;
  assert.deepEqual(storyWarnings(valid(json)), []);
});

test('not-stated positions are not checked', () => {
  const json = builtIn();
  const i = at(json, 'france', 'seat-at-the-table');
  json.positions[i].evidence = ['trump-work-together'];
  assert.deepEqual(storyWarnings(valid(json)), []);
});

test('the CLI prints warnings after the verdict and still exits 0', () => {
  const json = builtIn();
  json.positions[at(json, 'russia', 'immediate-negotiations')].evidence.push('trump-work-together');
  const path = join(mkdtempSync(join(tmpdir(), 'nw-warn-')), 'story.json');
  writeFileSync(path, JSON.stringify(json));
  const result = spawnSync(process.execPath, ['dist/cli.js', 'validate', path], { encoding: 'utf8' });
  assert.equal(result.status, 0);
  assert.equal(result.stderr, '');
  const lines = result.stdout.trim().split('\n');
  assert.match(lines[0], /valid story "us-russia-ukraine-talks-2025"$/);
  assert.match(lines[1], /: 1 warning$/);
  assert.match(lines[2], /^ {2}warning \/positions\/\d+\/evidence\/1: quote "trump-work-together" is spoken by "donald-trump" of party "us"/);
  const clean = spawnSync(process.execPath, ['dist/cli.js', 'validate', file], { encoding: 'utf8' });
  assert.doesNotMatch(clean.stdout, /warning/);
});
