// Type tests of the framework typings, against the built package (`negotiation-widgets` resolves
// through "exports" to dist/, as in an application): for React (tsc), Vue (vue-tsc with
// strictTemplates) and Svelte (svelte-check), a file of correct usage must pass and every line
// marked WRONG in the file of wrong usage must be an error. Needs a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const types = join(root, 'test/types');

/** Line numbers (1-based) marked WRONG in a file. */
function wrongLines(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (/\bWRONG\b/.test(line) && !/every line marked WRONG/.test(line) ? [i + 1] : []));
}

/** `file(line,col): error …` lines of tsc and vue-tsc, as { file, line }. */
function tscErrors(output) {
  return [...output.matchAll(/^(?:.*\/)?([\w.-]+)\((\d+),\d+\): error/gm)].map((m) => ({ file: m[1], line: Number(m[2]) }));
}

function check(name, run, parse, extension) {
  test(`${name}: correct usage passes and every wrong line fails`, () => {
    const result = run();
    const output = result.stdout + result.stderr;
    const errors = parse(output);
    assert.deepEqual(errors.filter((e) => e.file === `correct.${extension}`), [], output);
    const failing = new Set(errors.filter((e) => e.file === `wrong.${extension}`).map((e) => e.line));
    const expected = wrongLines(join(types, name, `wrong.${extension}`));
    assert.ok(expected.length >= 5);
    assert.deepEqual(expected.filter((line) => !failing.has(line)), [], `lines of wrong.${extension} that type-check:\n${output}`);
    assert.deepEqual([...failing].filter((line) => !expected.includes(line)), [], `errors on lines not marked WRONG:\n${output}`);
  });
}

const node = (script, ...args) => spawnSync(process.execPath, [join(root, 'node_modules', script), ...args], { cwd: root, encoding: 'utf8' });

check('react', () => node('typescript/bin/tsc', '-p', 'test/types/react/tsconfig.json', '--pretty', 'false'), tscErrors, 'tsx');
check('vue', () => node('vue-tsc/bin/vue-tsc.js', '-p', 'test/types/vue/tsconfig.json', '--pretty', 'false'), tscErrors, 'vue');
check(
  'svelte',
  () => spawnSync(process.execPath, [join(root, 'node_modules/svelte-check/bin/svelte-check'), '--workspace', '.', '--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: join(types, 'svelte'), encoding: 'utf8' }),
  (output) => [...output.matchAll(/ ERROR "([\w.-]+)" (\d+):\d+ /g)].map((m) => ({ file: m[1], line: Number(m[2]) })),
  'svelte',
);
