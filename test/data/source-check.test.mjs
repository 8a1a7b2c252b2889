// checkAgainstSource (negotiation-widgets/data.js) and `negotiation-widgets check`, against the build:
// every quotation stands in its source word for word, or the editor sees where it does not and how it differs.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAgainstSource, sourceTextFromHtml, normaliseQuotation } from '../../dist/data.js';

const STORY_FILE = 'src/data/stories/us-russia-ukraine-talks-2025.json';
const ARTICLE_FILE = 'test/fixtures/source-article.txt';
const story = JSON.parse(readFileSync(STORY_FILE, 'utf8'));
const article = readFileSync(ARTICLE_FILE, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'nw-check-'));

/** The built-in story with one quote's text (and framing) replaced. */
function withQuote(id, changes) {
  const copy = structuredClone(story);
  Object.assign(copy.quotes.find((q) => q.id === id), changes);
  return copy;
}

const diffLine = (diff) => diff.map((c) => (c.in === 'same' ? c.text : c.in === 'source' ? `[-${c.text}-]` : `{+${c.text}+}`)).join(' ');

describe('checkAgainstSource', () => {
  test('the built-in story passes against its article: every quote, context and reported sentence found', () => {
    const result = checkAgainstSource(story, article);
    assert.equal(result.ok, true, JSON.stringify(result.problems, null, 1));
    const framed = story.quotes.reduce((n, q) => n + (q.context ? 1 : 0) + (q.contextAfter ? 1 : 0), 0);
    const reported = story.positions.filter((p) => p.reported).length;
    assert.equal(result.items.length, story.quotes.length + framed + reported);
    assert.deepEqual(result.warnings, []);
    // Each found item points at the source's own words.
    for (const item of result.items) assert.equal(normaliseQuotation(article.slice(item.passage.start, item.passage.end)).includes(normaliseQuotation(item.text).replace(/^"|"$/g, '').slice(0, 10)), true, item.pointer);
  });

  test('a changed word fails, with the closest passage and the difference word by word', () => {
    const result = checkAgainstSource(withQuote('trump-productive-call', { text: 'lengthy and very productive' }), article);
    assert.equal(result.ok, false);
    const [problem] = result.problems;
    assert.equal(problem.pointer, `/quotes/${story.quotes.findIndex((q) => q.id === 'trump-productive-call')}/text`);
    assert.equal(problem.id, 'trump-productive-call');
    assert.match(problem.message, /word for word/);
    assert.match(problem.closest.text, /lengthy and highly productive/);
    assert.equal(article.slice(problem.closest.start, problem.closest.end), problem.closest.text);
    assert.equal(diffLine(problem.closest.diff), 'lengthy and [-highly-] {+very+} productive');
  });

  test('words left out without an ellipsis fail (an unmarked elision); marked with "…" they pass', () => {
    const full = 'We agreed to work together, very closely, including visiting each other’s nations';
    assert.ok(normaliseQuotation(article).includes(normaliseQuotation(full)));
    const unmarked = checkAgainstSource(withQuote('trump-work-together', { text: 'We agreed to work together, including visiting each other’s nations', context: undefined, contextAfter: undefined }), article);
    assert.equal(unmarked.ok, false);
    assert.match(diffLine(unmarked.problems[0].closest.diff), /together, \[-very-\] \[-closely,-\] including/);
    const marked = checkAgainstSource(withQuote('trump-work-together', { text: 'We agreed to work together … including visiting each other’s nations', context: undefined, contextAfter: undefined }), article);
    assert.equal(marked.ok, true, JSON.stringify(marked.problems));
  });

  test('the parts around an ellipsis must stand in the source in order', () => {
    const reversed = checkAgainstSource(withQuote('trump-work-together', { text: 'including visiting each other’s nations … We agreed to work together', context: undefined, contextAfter: undefined }), article);
    assert.equal(reversed.ok, false);
    assert.match(reversed.problems[0].message, /in this order/);
  });

  test('an editor’s insertion in square brackets stands for a few words of the source, no more', () => {
    const source = 'The minister said on Monday that he would travel to Geneva next week for the talks.';
    const one = { ...story, quotes: [{ id: 'q', speaker: story.people[0].id, text: '[The minister] would travel to Geneva next week', issues: [] }], positions: [] };
    assert.equal(checkAgainstSource(one, source).ok, true);
    const capital = { ...one, quotes: [{ ...one.quotes[0], text: '[T]he minister said on Monday' }] };
    assert.equal(checkAgainstSource(capital, source).ok, true);
    const tooFar = { ...one, quotes: [{ ...one.quotes[0], text: 'The minister [said] for the talks' }] };
    assert.equal(checkAgainstSource(tooFar, source).ok, false, 'a bracket may not stand for eleven words');
  });

  test('a passage that is not in the source at all has no closest passage', () => {
    const result = checkAgainstSource(withQuote('trump-productive-call', { text: 'The harbour cranes stood idle for a third week' }), article);
    assert.equal(result.problems[0].closest, undefined);
  });

  test('words found inside other words do not count', () => {
    const result = checkAgainstSource(withQuote('trump-productive-call', { text: 'ngthy and highly producti' }), article);
    assert.equal(result.ok, false);
  });

  test('a context that is in the source but not right before the quote fails', () => {
    const result = checkAgainstSource(withQuote('moscow-pure-fiction', { context: 'The question now is: Can Trump really pull it off?' }), article);
    const [problem] = result.problems;
    assert.equal(problem.kind, 'context');
    assert.match(problem.message, /not right before/);
    assert.match(problem.passage.text, /Can Trump really pull it off/);
  });

  test('a changed reported sentence fails with its pointer', () => {
    const copy = structuredClone(story);
    const index = copy.positions.findIndex((p) => p.reported);
    copy.positions[index].reported = copy.positions[index].reported.replace(/\b(\w{4,})\b/, 'xxxx');
    const [problem] = checkAgainstSource(copy, article).problems;
    assert.equal(problem.pointer, `/positions/${index}/reported`);
    assert.equal(problem.kind, 'reported');
  });

  test('only quotation marks, spacing and "..." are normalised', () => {
    assert.equal(normaliseQuotation('“Immediately” , he said ...  ‘now’'), '"Immediately", he said … \'now\'');
    const result = checkAgainstSource(withQuote('trump-productive-call', { text: 'Lengthy and highly productive' }), article);
    assert.equal(result.ok, false, 'a changed capital is a change');
  });

  test('a quote put under a speaker not named near it gets a warning, not a failure', () => {
    const result = checkAgainstSource(withQuote('trump-productive-call', { speaker: 'kaja-kallas' }), article);
    assert.equal(result.ok, true);
    assert.equal(result.warnings.length, 1);
    assert.match(result.warnings[0].message, /Kaja Kallas is not named near/);
    assert.match(result.warnings[0].pointer, /\/speaker$/);
  });
});

describe('sourceTextFromHtml', () => {
  test('reads a page as the words a reader sees: blocks on lines, no script, style or comments, references decoded', () => {
    const html = `<!doctype html><html><head><title>T</title><script>alert(1)</script></head><body>
      <h1>Talks &amp; trade</h1><p>He said &ldquo;no&rdquo;&nbsp;today.<!-- hidden --></p><style>p{}</style>
      <p>Second <b>para</b>&#8230; &#x2014; end</p><img src="https://example.com/x.png" onerror="alert(1)"></body></html>`;
    assert.equal(sourceTextFromHtml(html), 'Talks & trade\nHe said “no” today.\nSecond para… — end');
  });

  test('the built-in story passes against its article served as HTML', () => {
    const html = `<html><body>${article.split('\n').map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</body></html>`;
    assert.equal(checkAgainstSource(story, sourceTextFromHtml(html)).ok, true);
  });
});

describe('negotiation-widgets check', () => {
  const cli = (...args) => spawnSync(process.execPath, ['dist/cli.js', 'check', ...args], { encoding: 'utf8' });
  const write = (name, data) => {
    const file = join(dir, name);
    writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
    return file;
  };

  test('a story that passes: exit 0 and a count', () => {
    const result = cli(STORY_FILE, '--source', ARTICLE_FILE);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /all 49 quotations and reported sentences found/);
  });

  test('a changed word: exit 1, the pointer, the closest passage and the difference', () => {
    const file = write('changed.json', withQuote('trump-productive-call', { text: 'lengthy and very productive' }));
    const result = cli(file, '--source', ARTICLE_FILE);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /1 of 49 not found/);
    assert.match(result.stderr, /\/quotes\/\d+\/text \(trump-productive-call\): not in the source word for word/);
    assert.match(result.stderr, /source: +“lengthy and highly productive”/);
    assert.match(result.stderr, /changes: lengthy and \[-highly-\] \{\+very\+\} productive/);
  });

  test('a missing passage: exit 1, "nothing like it"', () => {
    const file = write('missing.json', withQuote('trump-productive-call', { text: 'The harbour cranes stood idle for a third week' }));
    const result = cli(file, '--source', ARTICLE_FILE);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /source: +nothing like it/);
  });

  test('an unmarked elision: exit 1; --json gives the result for machines', () => {
    const file = write('elided.json', withQuote('trump-work-together', { text: 'We agreed to work together, including visiting each other’s nations', context: undefined, contextAfter: undefined }));
    const result = cli(file, '--source', ARTICLE_FILE, '--json');
    assert.equal(result.status, 1);
    const json = JSON.parse(result.stdout);
    assert.equal(json.ok, false);
    assert.equal(json.problems[0].id, 'trump-work-together');
    assert.ok(json.problems[0].closest.diff.some((c) => c.in === 'source' && c.text === 'closely,'));
  });

  test('an HTML source is read as text', () => {
    const file = write('article.html', `<!doctype html><body>${article.split('\n').map((line) => `<p>${line}</p>`).join('')}<script>no()</script></body>`);
    assert.equal(cli(STORY_FILE, '--source', file).status, 0);
  });

  test('usage errors exit 2: no source, an unknown option, an unreadable file', () => {
    for (const args of [[STORY_FILE], [STORY_FILE, '--article', ARTICLE_FILE], [STORY_FILE, '--source', join(dir, 'none.txt')], ['--source', ARTICLE_FILE]]) {
      const result = cli(...args);
      assert.equal(result.status, 2, args.join(' '));
    }
    assert.match(cli(STORY_FILE, '--article', ARTICLE_FILE).stderr, /unknown option --article/);
  });

  test('an invalid story: exit 1, pointing at validate', () => {
    const file = write('invalid.json', { ...story, version: 9 });
    const result = cli(file, '--source', ARTICLE_FILE);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /not a valid story/);
  });
});

describe('negotiation-widgets studio', () => {
  test('serves the studio and the widgets it previews on this computer, nothing else, and prints its address', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['dist/cli.js', 'studio', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          const match = /http:\/\/localhost:\d+\/studio\//.exec(String(chunk));
          if (match) resolve(match[0]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const page = await fetch(url);
      assert.equal(page.status, 200);
      const text = await page.text();
      assert.match(text, /<nw-studio><\/nw-studio>/);
      assert.match(text, /require-trusted-types-for 'script'/);
      for (const file of ['studio.js', 'studio.css', 'demo-base.css', '../cdn/negotiation-widgets.js']) assert.equal((await fetch(new URL(file, url))).status, 200, file);
      const root = new URL('/', url);
      assert.equal((await fetch(new URL('/package.json', root))).status, 404);
      assert.equal((await fetch(new URL('/studio/..%2F..%2Fpackage.json', root))).status, 404);
      assert.equal((await fetch(new URL('/cli.js', root))).status, 404);
      assert.equal((await fetch(root, { redirect: 'manual' })).headers.get('location'), '/studio/');
    } finally {
      child.kill();
    }
  });

  test('a bad port is a usage error', () => {
    const result = spawnSync(process.execPath, ['dist/cli.js', 'studio', '--port', 'eighty'], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--port needs a number/);
  });
});
