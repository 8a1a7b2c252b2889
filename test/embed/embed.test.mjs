// Node tests of embedCode, against the built package (dist/embed.js): importable in Node with no
// side effects, the versioned script tag with its integrity hash, self-hosting, the fallback
// content, escaping, and the three variants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
const { embedCode, DEFAULT_BASE_URL, VERSION, widgetAttributes } = await import('../../dist/embed.js');
const { getBuiltInStory } = await import('../../dist/data.js');

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const story = getBuiltInStory();

/** A valid story whose text tries to break out of every context it is written into. */
function hostileStory() {
  const copy = structuredClone(story);
  const payload = '</script><script>globalThis.pwned = 1</script>"><img src=x onerror="globalThis.pwned = 1"><!--';
  copy.quotes[0].text = `Quote ${payload}`;
  copy.people.find((p) => p.id === copy.quotes[0].speaker).name = `Name ${payload}`;
  copy.headline = `Headline ${payload}`;
  copy.issues[0].title = `Issue ${payload}`;
  return copy;
}

test('imports in Node without touching the global scope', () => {
  assert.deepEqual(Object.getOwnPropertyNames(globalThis).filter((name) => !globalsBefore.has(name)), []);
  assert.equal(typeof embedCode, 'function');
  assert.equal(VERSION, version);
});

test('the script tag loads this version from the CDN with the built file’s integrity hash', () => {
  const code = embedCode('quote-card', { attributes: { quote: 'hegseth-nato-membership' } });
  assert.equal(DEFAULT_BASE_URL, `https://unpkg.com/negotiation-widgets@${version}/dist/`);
  const script = code.split('\n')[0];
  assert.equal(
    script,
    `<script type="module" src="${DEFAULT_BASE_URL}cdn/negotiation-widgets.js" integrity="${sri('dist/cdn/negotiation-widgets.js')}" crossorigin="anonymous"></script>`,
  );
});

test('with refresh, the snippet still names one file, whose integrity covers the live code (loaded from beside it with a hash inside it)', () => {
  const code = embedCode('negotiation-status', { attributes: { src: 'https://news.example/stories/talks.json', refresh: 60 } });
  const scripts = [...code.matchAll(/<script[^>]*>/g)].map((match) => match[0]);
  assert.deepEqual(scripts, [`<script type="module" src="${DEFAULT_BASE_URL}cdn/negotiation-widgets.js" integrity="${sri('dist/cdn/negotiation-widgets.js')}" crossorigin="anonymous">`]);
  assert.doesNotMatch(code, /<link/);
  // The hashes built into the files are sha256 (shorter); what a publisher pastes, sha384.
  const builtIn = `sha256-${createHash('sha256').update(readFileSync('dist/cdn/live/negotiation-widgets-live.js')).digest('base64')}`;
  assert.ok(readFileSync('dist/cdn/negotiation-widgets.js', 'utf8').includes(builtIn));
});

test('a base URL self-hosts the same files, with the same hashes', () => {
  for (const baseUrl of ['https://static.example.com/nw/0.1.0', 'https://static.example.com/nw/0.1.0/', '/assets/nw/']) {
    const expectedBase = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    const code = embedCode('negotiation-status', { baseUrl });
    assert.ok(code.startsWith(`<script type="module" src="${expectedBase}cdn/negotiation-widgets.js" integrity="${sri('dist/cdn/negotiation-widgets.js')}"`), code);
    const frame = embedCode('negotiation-status', { baseUrl, variant: 'iframe' });
    assert.match(frame, new RegExp(`src="${expectedBase}embed/index.html\\?widget=negotiation-status"`));
    assert.ok(frame.includes(`src="${expectedBase}embed/resize.js" integrity="${sri('dist/embed/resize.js')}" crossorigin="anonymous" async`), frame);
  }
  assert.throws(() => embedCode('quote-card', { baseUrl: 'javascript:alert(1)//' }), TypeError);
});

test('the quote fallback: a blockquote with the verbatim text, then who said it and when', () => {
  const quote = story.quotes.find((q) => q.id === 'hegseth-nato-membership');
  const code = embedCode('quote-card', { attributes: { quote: quote.id, layout: 'pull' } });
  assert.match(code, /<quote-card quote="hegseth-nato-membership" layout="pull">/);
  assert.ok(code.includes(`<blockquote><p lang="en">“${quote.text}”</p></blockquote>`), code);
  assert.match(code, /<p>— Pete Hegseth, .*<time datetime="2025-02-12">12 February 2025<\/time><\/p>/);
  assert.match(code, /<\/p>\n<\/quote-card>$/);
});

test('the fallback follows the page language: words, dates and quotation marks', () => {
  const code = embedCode('quote-card', { attributes: { quote: 'hegseth-nato-membership' }, lang: 'de' });
  assert.match(code, /<p lang="en">„The United States/);
  assert.match(code, /12\. Februar 2025/);
  const status = embedCode('negotiation-status', { lang: 'de', attributes: { layout: 'compact' } });
  assert.match(status, /Tag 1\.085 des Krieges/);
});

test('the matrix fallback: a table with one row per issue, the parties grouped by stance', () => {
  const code = embedCode('position-matrix', { attributes: { parties: 'us,ukraine,france', issues: 'nato-membership' } });
  const rows = [...code.matchAll(/<tr><th scope="row" lang="en">([^<]+)<\/th><td>(.*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
  assert.equal(rows.length, 1);
  assert.equal(rows[0][0], 'NATO membership');
  const stance = (party) => story.positions.find((p) => p.party === party && p.issue === 'nato-membership')?.stance ?? 'not-stated';
  const label = { supports: 'Supports', opposes: 'Opposes', conditional: 'Conditional', unclear: 'Unclear', 'not-stated': 'Not stated' };
  const groups = Object.fromEntries(
    rows[0][1]
      .split('<br>')
      .filter((group) => !group.startsWith('Not stated'))
      .map((group) => {
        const match = /^<strong>([^<:]+)<\/strong>: ([^<]+)$/.exec(group);
        assert.ok(match, group);
        return [match[1], match[2].split(', ')];
      }),
  );
  // Stated stances bold, by short name as the grid's columns.
  for (const [id, name] of [['us', 'US'], ['ukraine', 'Ukraine'], ['france', 'France']]) {
    if (stance(id) !== 'not-stated') assert.ok(groups[label[stance(id)]].includes(name), `${name}: ${JSON.stringify(groups)}`);
  }
  // "Not stated" last, plain and counted, as quiet as the grid's dashes.
  const unstated = ['us', 'ukraine', 'france'].filter((id) => stance(id) === 'not-stated').length;
  if (unstated) assert.match(rows[0][1], new RegExp(`(^|<br>)Not stated \\(${unstated}\\)$`));
  else assert.doesNotMatch(rows[0][1], /Not stated/);
});

test('the status fallback: a paragraph with the stage, the day count and the next event', () => {
  const compact = embedCode('negotiation-status', { attributes: { layout: 'compact' } });
  const paragraph = /<p>([\s\S]*?)<\/p>/.exec(compact)[1];
  assert.match(paragraph, /Current stage: <strong lang="en">[^<]+<\/strong>\. Day 1,085 of the war, as the article counts\. Next: [^<(]+ \(<time datetime="\d{4}-\d\d-\d\d">/);
  assert.doesNotMatch(compact, /<ol>/);
  // The full layout lists the timeline too, so the fallback takes roughly the widget's room.
  const full = embedCode('negotiation-status');
  assert.equal((full.match(/<li>/g) ?? []).length, story.negotiation.events.length);
  // A live status counts against the clock it is given.
  const live = embedCode('negotiation-status', { attributes: { live: true, layout: 'compact' }, now: new Date('2025-02-24T12:00:00Z') });
  assert.match(live, /<negotiation-status live layout="compact">/);
  assert.match(live, /Day 1,097 of the war\./);
});

test('booleans are bare attributes; false, null and undefined leave them out', () => {
  const code = embedCode('quote-card', { attributes: { quote: 'trump-we-discussed', 'hide-context': true, 'hide-source': false, theme: undefined } });
  assert.match(code, /<quote-card quote="trump-we-discussed" hide-context>/);
  // A quote that stands alone loses its framing with hide-context…
  assert.ok(!code.includes(story.quotes.find((q) => q.id === 'trump-we-discussed').context));
});

test('the fallback of a quote that needs its context keeps it with hide-context, before and after the words', () => {
  for (const quote of story.quotes.filter((q) => q.needsContext)) {
    const code = embedCode('quote-card', { attributes: { quote: quote.id, 'hide-context': true } });
    const text = code.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
    if (quote.context) assert.ok(text.includes(quote.context), `${quote.id}: context missing from ${code}`);
    if (quote.contextAfter) assert.ok(text.includes(quote.contextAfter), `${quote.id}: contextAfter missing`);
    // The iframe title (the fallback's label) carries the framing too.
    const frame = embedCode('quote-card', { attributes: { quote: quote.id, 'hide-context': true }, variant: 'iframe', baseUrl: 'https://news.example/nw/' });
    if (quote.contextAfter) assert.ok(frame.replaceAll('&#39;', "'").replaceAll('&quot;', '"').includes(quote.contextAfter), `${quote.id}: iframe title lacks the framing`);
  }
});

test('unknown widgets and attributes are refused', () => {
  assert.throws(() => embedCode('quote-box'), /unknown widget "quote-box"/);
  assert.throws(() => embedCode('quote-card', { attributes: { onclick: 'alert(1)' } }), /no attribute "onclick"/);
  assert.deepEqual(widgetAttributes('negotiation-status'), ['layout', 'live', 'src', 'story-id', 'theme', 'timeout', 'refresh']);
});

test('an invalid story is refused, so a snippet never falls back to the built-in story', () => {
  const broken = { ...structuredClone(story), version: 2 };
  assert.throws(() => embedCode('quote-card', { story: broken, inline: true }), /the story is not valid: \/version: must be 1, found number 2/);
});

test('an id the story lacks gives no fallback (the widget shows the error); src needs the story passed in', () => {
  assert.equal(embedCode('quote-card', { attributes: { quote: 'no-such-quote' }, fallback: true }).split('\n')[1], '<quote-card quote="no-such-quote"></quote-card>');
  assert.match(embedCode('quote-card', { attributes: { src: 'https://example.com/story.json' } }), /<quote-card src="https:\/\/example.com\/story.json"><\/quote-card>$/);
  assert.match(embedCode('quote-card', { attributes: { src: 'https://example.com/story.json' }, story }), /<blockquote>/);
  assert.doesNotMatch(embedCode('quote-card', { fallback: false }), /<blockquote>/);
});

test('hostile story text is escaped everywhere, and inline JSON cannot end its script element', () => {
  const hostile = hostileStory();
  for (const widget of ['quote-card', 'position-matrix', 'negotiation-status']) {
    const attributes = widget === 'position-matrix' ? { caption: '<b>caption</b>' } : {};
    const code = embedCode(widget, { story: hostile, inline: true, attributes });
    assert.equal((code.match(/<script/g) ?? []).length, 2, code);
    assert.equal((code.match(/<\/script>/g) ?? []).length, 2, code);
    assert.doesNotMatch(code, /<img|<b>|<!--/);
    const json = /<script type="application\/json">(.*)<\/script>/.exec(code)[1];
    assert.ok(json.includes('\\u003c/script>'));
    assert.deepEqual(JSON.parse(json), hostile);
  }
  const quote = embedCode('quote-card', { story: hostile });
  assert.ok(quote.includes('Quote &lt;/script&gt;&lt;script&gt;globalThis.pwned = 1&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=&quot;globalThis.pwned = 1&quot;&gt;&lt;!--'), quote);
});

const PUBLISHER = 'https://www.publisher.example/widgets/';

test('the iframe variant: the embed page with the widget’s attributes as parameters, and resize.js', () => {
  const code = embedCode('quote-card', { variant: 'iframe', baseUrl: PUBLISHER, attributes: { quote: 'hegseth-nato-membership', theme: 'dark', 'hide-source': true }, lang: 'de', id: 'q1' });
  const [frame, script] = code.split('\n');
  const src = /src="([^"]+)"/.exec(frame)[1].replace(/&amp;/g, '&');
  const url = new URL(src);
  assert.equal(url.origin + url.pathname, `${PUBLISHER}embed/index.html`);
  assert.deepEqual([...url.searchParams], [['widget', 'quote-card'], ['quote', 'hegseth-nato-membership'], ['theme', 'dark'], ['hide-source', ''], ['lang', 'de'], ['id', 'q1']]);
  assert.match(frame, /title="Pete Hegseth: „The United States/);
  // Valid HTML: a width in pixels (resize.js then fills the column), no obsolete frameborder.
  assert.match(frame, / width="320" height="\d+" loading="lazy" data-nw-embed><\/iframe>$/);
  assert.match(script, /^<script src="[^"]+embed\/resize\.js" integrity="sha384-[^"]+" crossorigin="anonymous" async><\/script>$/);
});

test('the npm variant: the import, then the element with its fallback', () => {
  const code = embedCode('position-matrix', { variant: 'npm', attributes: { issues: 'nato-membership' } });
  assert.match(code, /^\/\/ npm install negotiation-widgets\nimport 'negotiation-widgets\/position-matrix\.js';\n/);
  assert.match(code, /<position-matrix issues="nato-membership">\n  <table>/);
  assert.doesNotMatch(code, /<script/);
});

test('the iframe variant needs the publisher’s baseUrl: no package-CDN default for an embed page', () => {
  assert.throws(() => embedCode('quote-card', { variant: 'iframe' }), { name: 'TypeError', message: /an iframe embed needs baseUrl/ });
  // The script variant keeps its CDN default.
  assert.match(embedCode('quote-card'), new RegExp(`src="${DEFAULT_BASE_URL}cdn/`));
});

test('the iframe variant refuses caption and description unless the publisher’s embed page turns them on', () => {
  const attributes = { caption: 'Who wants what', description: 'A summary.' };
  assert.throws(() => embedCode('position-matrix', { variant: 'iframe', baseUrl: PUBLISHER, attributes }), { name: 'TypeError', message: /refuses caption and description/ });
  const code = embedCode('position-matrix', { variant: 'iframe', baseUrl: PUBLISHER, attributes, textParameters: true });
  assert.match(code, /caption=Who\+wants\+what&amp;description=A\+summary\./);
  // The script variant sets them as attributes, as always.
  assert.match(embedCode('position-matrix', { attributes }), /<position-matrix caption="Who wants what" description="A summary\.">/);
});

test('a src that is not http(s) is refused, however it is spelt', () => {
  for (const src of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:application/json,{}', 'vbscript:x', '\u0000javascript:alert(1)']) {
    assert.throws(() => embedCode('quote-card', { attributes: { src }, story }), { name: 'TypeError', message: /is not an http: or https: address/ }, JSON.stringify(src));
  }
  for (const src of ['/stories/a.json', 'https://data.publisher.example/a.json', 'a.json']) {
    assert.match(embedCode('quote-card', { attributes: { src }, story }), /<quote-card src="/);
  }
});

test('now must be a valid Date: TypeError, not RangeError', () => {
  for (const now of [new Date('x'), 'yesterday', 0]) {
    assert.throws(() => embedCode('negotiation-status', { now }), { name: 'TypeError', message: /now must be a valid Date/ }, String(now));
  }
  assert.doesNotThrow(() => embedCode('negotiation-status', { now: new Date('2025-02-12T12:00:00Z') }));
});

test('fallback story text is wrapped in its language only on a page in another language', () => {
  const english = embedCode('quote-card', { attributes: { quote: 'hegseth-nato-membership' } });
  assert.doesNotMatch(english, /<span lang="en">/);
  const german = embedCode('quote-card', { attributes: { quote: 'hegseth-nato-membership' }, lang: 'de' });
  assert.match(german, /<p>— <span lang="en">Pete Hegseth<\/span>, <span lang="en">US defence secretary<\/span>/);
});
