// The documentation a user scans: a short README that links into docs/, links that lead somewhere
// (a file that exists, a heading that the #fragment names, as GitHub slugs it), and no line too
// long to read in a diff. The generated parts are tested in test/stories/readme-api.test.mjs and
// test/data/limits-doc.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const DOCS = ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'SECURITY.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const read = (file) => readFileSync(file, 'utf8');

/** Markdown without fenced code blocks and inline code spans: what is left can hold links. */
const prose = (text) => text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`+[^`\n]*`+/g, '');

/** Every link and image target in `text`'s prose: `[text](target)`, `![alt](target "title")`. */
export function linkTargets(text) {
  return [...prose(text).matchAll(/!?\[[^\]]*\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((match) => match[1]);
}

/** A heading's anchor as GitHub writes it: lower case, punctuation and symbols dropped, spaces as hyphens. */
export function slug(heading) {
  const text = heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // a link: its text
    .replace(/`/g, '')
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** The anchors of a Markdown file's headings, with GitHub's -1, -2 … for repeats. */
export function anchors(text) {
  const seen = new Map();
  const result = new Set();
  for (const match of text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = slug(match[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count ? `${base}-${count}` : base);
  }
  return result;
}

test('the slugs are GitHub’s', () => {
  assert.equal(slug('Server rendering'), 'server-rendering');
  assert.equal(slug('### `<quote-card>`'.replace(/^#+ /, '')), 'quote-card');
  assert.equal(slug('`negotiation-widgets/ssr.js`'), 'negotiation-widgetsssrjs');
  assert.equal(slug('Several widgets on one page: `src` or inline JSON?'), 'several-widgets-on-one-page-src-or-inline-json');
  assert.equal(slug('Does every party × issue cell need a position?'), 'does-every-party--issue-cell-need-a-position');
  assert.deepEqual([...anchors('# A\n## A\n```\n# not a heading\n```\n## b c')], ['a', 'a-1', 'b-c']);
  assert.deepEqual(linkTargets('[a](b.md#c) `[x](y)` ![i](img.png "t")\n```\n[z](w)\n```'), ['b.md#c', 'img.png']);
});

test('every internal link of the documentation resolves, down to the heading it names', () => {
  const broken = [];
  for (const file of DOCS) {
    const targets = linkTargets(read(file)).filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
    assert.ok(file !== 'README.md' || targets.length > 10, 'README.md links into docs/');
    for (const target of targets) {
      const [path, fragment] = target.split('#');
      const resolved = path ? normalize(join(dirname(file), decodeURIComponent(path))) : file;
      if (!existsSync(resolved)) {
        broken.push(`${file}: ${target} (no file ${resolved})`);
        continue;
      }
      if (fragment === undefined) continue;
      if (!resolved.endsWith('.md') || statSync(resolved).isDirectory()) broken.push(`${file}: ${target} (a #fragment into a file that is not Markdown)`);
      else if (!anchors(read(resolved)).has(fragment)) broken.push(`${file}: ${target} (no heading "${fragment}" in ${resolved})`);
    }
  }
  assert.deepEqual(broken, []);
});

test('the README is short and links every page of docs/', () => {
  const readme = read('README.md');
  const lines = readme.split('\n').length;
  assert.ok(lines <= 250, `README.md has ${lines} lines (at most 250: move detail into docs/)`);
  const linked = new Set(linkTargets(readme).map((target) => target.split('#')[0]));
  for (const page of DOCS.filter((file) => file.startsWith('docs/'))) assert.ok(linked.has(page), `README.md does not link ${page}`);
  for (const file of ['CHANGELOG.md', 'CONTRIBUTING.md', 'SECURITY.md']) assert.ok(linked.has(file), `README.md does not link ${file}`);
});

test('the README keeps its two commands', () => {
  const readme = read('README.md');
  assert.match(readme, /^npm install && npm start +# builds, serves the demo page on http:\/\/localhost:8000/m);
  assert.match(readme, /^npm test +# /m);
});

test('no line of the documentation is over 1,000 characters', () => {
  const long = DOCS.flatMap((file) => read(file).split('\n').flatMap((line, i) => (line.length > 1000 ? [`${file}:${i + 1} (${line.length})`] : [])));
  assert.deepEqual(long, []);
});
