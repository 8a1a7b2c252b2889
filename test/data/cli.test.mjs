// `npx negotiation-widgets validate`: exit codes and output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'nw-cli-'));
const valid = 'src/data/stories/us-russia-ukraine-talks-2025.json';

function cli(...args) {
  return spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
}

test('a valid story: exit 0', () => {
  const result = cli('validate', valid);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /valid story "us-russia-ukraine-talks-2025"/);
});

test('an invalid story: exit 1, one line per problem with its JSON pointer', () => {
  const story = JSON.parse(readFileSync(valid, 'utf8'));
  story.quotes[1].speaker = 'donald-trmp';
  story.version = 3;
  const file = join(dir, 'invalid.json');
  writeFileSync(file, JSON.stringify(story));
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /2 problems/);
  assert.match(result.stderr, /^ {2}\/version: must be 1, found number 3$/m);
  assert.match(result.stderr, /^ {2}\/quotes\/1\/speaker: unknown person "donald-trmp" \(did you mean "donald-trump"\?\)$/m);
});

test('not JSON, or no such file: exit 1 with the reason', () => {
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{ "version": ');
  const broken = cli('validate', file);
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /not valid JSON/);
  const missing = cli('validate', join(dir, 'nope.json'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot be read \(ENOENT\)/);
});

test('a JSON syntax error is shown at its line and column, with the line and a caret under the place', () => {
  const file = join(dir, 'comma.json');
  writeFileSync(file, '{\n  "version": 1,\n  "id": "x",,\n  "headline": "h"\n}\n');
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  const lines = result.stderr.trimEnd().split('\n');
  assert.match(lines[0], /comma\.json: not valid JSON at line 3, column 13 \(/);
  assert.equal(lines[1], '      "id": "x",,');
  assert.equal(lines[2], `    ${' '.repeat(12)}^`);
});

test('several files: exit 1 when any is invalid', () => {
  const file = join(dir, 'broken2.json');
  writeFileSync(file, '[]');
  assert.equal(cli('validate', valid, file).status, 1);
});

test('usage errors: exit 2 with the usage line', () => {
  for (const args of [[], ['validate'], ['lint', valid]]) {
    const result = cli(...args);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^Usage: negotiation-widgets validate/);
  }
  // An option validate does not know is refused with the usage, never read as a file.
  const option = cli('validate', valid, '--article', 'article.txt');
  assert.equal(option.status, 2);
  assert.match(option.stderr, /^negotiation-widgets validate: unknown option --article\nUsage: /);
  assert.equal(cli('--help').status, 0);
});

// A story may carry terminal control sequences: OSC 0 retitles the window, ESC[2J ESC[H clears
// the screen and moves home, and the rest fakes a verdict. Printed raw, `validate` would show only
// "story.json: valid story". Every byte that came from a file is printed escaped.
const PAYLOAD = '\u001b]0;PWNED\u0007\u001b[2J\u001b[Hstory.json: valid story';
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test('control characters from a story are escaped: an unknown speaker id', () => {
  const story = JSON.parse(readFileSync(valid, 'utf8'));
  story.quotes[1].speaker = PAYLOAD;
  const file = join(dir, 'osc.json');
  writeFileSync(file, JSON.stringify(story));
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  assert.doesNotMatch(result.stdout + result.stderr, RAW);
  assert.match(result.stderr, /^ {2}\/quotes\/1\/speaker: unknown person "\\u001b\]0;PWNED\\u0007\\u001b\[2J\\u001b\[Hstory\.json: valid story"$/m);
  // No line of the output says the file is valid.
  assert.doesNotMatch(result.stdout, /valid story/);
});

test('control characters are escaped in a valid story’s id, in line breaks and bidi overrides, and in file names', () => {
  const story = JSON.parse(readFileSync(valid, 'utf8'));
  story.quotes[1].speaker = 'x\ninvalid.json: 0 problems \u202eevil';
  const file = join(dir, 'lines\u001b[31m.json');
  writeFileSync(file, JSON.stringify(story));
  const result = cli('validate', file);
  assert.doesNotMatch(result.stdout + result.stderr, RAW);
  // One line per problem: the line break inside the id did not start a line of its own.
  assert.equal(result.stderr.split('\n').filter(Boolean).length, 2);
  assert.match(result.stderr, /lines\\u001b\[31m\.json: 1 problem$/m);
  assert.match(result.stderr, /"x\\u000ainvalid\.json: 0 problems \\u202eevil"/);
});

test('control characters are escaped in a JSON syntax error’s excerpt', () => {
  const file = join(dir, 'syntax.json');
  // V8 quotes the bytes around the error: here, the payload.
  writeFileSync(file, `{"id": ${PAYLOAD}}`);
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /not valid JSON \(Unexpected token '\\u001b', "\{"id": \\u001b\]0;PWNED\\u0007"\.\.\. is not valid JSON\)/);
  assert.doesNotMatch(result.stdout + result.stderr, RAW);
});
