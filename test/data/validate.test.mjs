// Node tests of the story format, against the built package (dist/data.js): the validator,
// the JSON Schema, and the built-in story.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateStory, getBuiltInStory, builtInStoryIds, DEFAULT_STORY_ID } from '../../dist/data.js';

const builtInJson = JSON.parse(readFileSync('src/data/stories/us-russia-ukraine-talks-2025.json', 'utf8'));
const schema = JSON.parse(readFileSync('src/data/story.schema.json', 'utf8'));
const checkSchema = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);

/** A deep copy of the built-in story, changed by `mutate`. */
function mutated(mutate) {
  const story = structuredClone(builtInJson);
  mutate(story);
  return story;
}

describe('the built-in story', () => {
  test('passes the runtime validator', () => {
    const result = validateStory(builtInJson);
    assert.deepEqual(result.ok ? [] : result.errors, []);
  });

  test('passes the JSON Schema', () => {
    assert.equal(checkSchema(builtInJson), true, JSON.stringify(checkSchema.errors, null, 2));
  });

  test('is the default and is exported validated', () => {
    assert.deepEqual(builtInStoryIds(), [DEFAULT_STORY_ID]);
    const story = getBuiltInStory();
    assert.equal(story.id, DEFAULT_STORY_ID);
    assert.equal(getBuiltInStory('nope'), undefined);
  });

  test('has every party the article gives a position for, and every quoted person', () => {
    const story = getBuiltInStory();
    assert.deepEqual(story.parties.map((p) => p.name), ['United States', 'Russia', 'Ukraine', 'European Union', 'Germany', 'France']);
    assert.deepEqual(
      story.people.map((p) => p.name).sort(),
      ['Andriy Yermak', 'Annalena Baerbock', 'Dmitry Peskov', 'Donald Trump', 'Kaja Kallas', 'Marco Rubio', 'Pete Hegseth', 'Volodymyr Zelenskyy'],
    );
  });

  test('has a position for every party on every issue', () => {
    const story = getBuiltInStory();
    const cells = new Set(story.positions.map((p) => `${p.party}/${p.issue}`));
    for (const party of story.parties) for (const issue of story.issues) assert.ok(cells.has(`${party.id}/${issue.id}`), `${party.id}/${issue.id}`);
  });

  test('dates the negotiation as the foundation issue sets it: day 1,085 on 12 February 2025', () => {
    const { negotiation } = getBuiltInStory();
    assert.equal(negotiation.conflictStart, '2022-02-24');
    assert.equal(negotiation.asOf, '2025-02-12');
    const days = (Date.UTC(2025, 1, 12) - Date.UTC(2022, 1, 24)) / 86_400_000 + 1;
    assert.equal(days, 1085);
  });
});

// [name, change, expected path, expected message (substring), fails the schema too]
const INVALID = [
  ['wrong version', (s) => (s.version = 2), '/version', 'must be 1, found number 2', true],
  ['missing id', (s) => delete s.id, '/id', 'is required', true],
  ['id with a space', (s) => (s.id = 'bad id'), '/id', '"bad id" is not a valid id', true],
  ['language not BCP 47', (s) => (s.language = 'english!'), '/language', 'is not a BCP 47 language tag', true],
  ['empty headline', (s) => (s.headline = '  '), '/headline', 'must not be empty', true],
  ['people not a list', (s) => (s.people = {}), '/people', 'must be a list, found an object', true],
  ['missing quotes', (s) => delete s.quotes, '/quotes', 'is required (use [] for none)', true],
  ['unknown speaker with a suggestion', (s) => (s.quotes[1].speaker = 'donald-trmp'), '/quotes/1/speaker', 'unknown person "donald-trmp" (did you mean "donald-trump"?)', false],
  ['quote with speaker and party', (s) => (s.quotes[0].party = 'us'), '/quotes/0', 'has both "speaker" and "party"', true],
  ['quote with neither speaker nor party', (s) => delete s.quotes[0].speaker, '/quotes/0', 'needs a "speaker" (person id) or a "party" (party id)', true],
  ['30 February', (s) => (s.quotes[0].date = '2025-02-30'), '/quotes/0/date', '"2025-02-30" is not a real date', false],
  ['29 February in a common year', (s) => (s.published = '2025-02-29'), '/published', '"2025-02-29" is not a real date', false],
  ['a date in words', (s) => (s.quotes[0].date = 'Feb 12'), '/quotes/0/date', '"Feb 12" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD', true],
  ['javascript: URL', (s) => (s.quotes[0].sourceUrl = 'javascript:alert(1)'), '/quotes/0/sourceUrl', 'must be an http: or https: address', true],
  ['ftp: source URL', (s) => (s.source = { name: 'X', url: 'ftp://example.org/a' }), '/source/url', 'must be an http: or https: address', true],
  ['source without name', (s) => (s.source = { url: 'https://example.org' }), '/source/name', 'is required', true],
  ['unknown party kind', (s) => (s.parties[0].kind = 'nation'), '/parties/0/kind', 'must be one of "country", "bloc", "organization", "group", found "nation"', true],
  ['CSS injection in a colour', (s) => (s.parties[0].color = 'red;background:url(javascript:alert(1))'), '/parties/0/color', 'is not a colour', true],
  // A line break, carriage return or form feed ends the server's colour rule (issue 26, item 4): no control character, and no space but U+0020.
  ...['\n', '\r', '\f', '\t', '\v', '\u0000', '\u001b', '\u0085', '\u009f', '\u00a0', '\u2028'].map((c) => [
    `a colour holding U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    (s) => (s.parties[0].color = `rgb(1 2 3${c})`),
    '/parties/0/color',
    'is not a colour',
    true,
  ]),
  ['a language tag of 36 characters (issue 26, item 2: it is written on every text element)', (s) => (s.language = `en-${'abcdefgh-'.repeat(3)}abcdef`), '/language', 'is not a BCP 47 language tag', true],
  ['duplicate party id', (s) => (s.parties[1].id = 'us'), '/parties/1/id', 'duplicate party id "us"', false],
  ['person in an unknown party', (s) => (s.people[0].party = 'usa'), '/people/0/party', 'unknown party "usa" (did you mean "us"?)', false],
  ['unknown stance', (s) => (s.positions[0].stance = 'maybe'), '/positions/0/stance', 'must be one of "supports", "opposes", "conditional", "unclear", "not-stated", found "maybe"', true],
  ['stated stance without evidence', (s) => ((s.positions[0].evidence = []), delete s.positions[0].reported), '/positions/0', 'a "opposes" stance needs evidence (quote ids) or the article\'s "reported" sentence', true],
  ['evidence naming a missing quote', (s) => (s.positions[0].evidence = ['hegseth-nato']), '/positions/0/evidence/0', 'unknown quote "hegseth-nato"', false],
  ['position on an unknown issue', (s) => (s.positions[0].issue = 'nato'), '/positions/0/issue', 'unknown issue "nato"', false],
  ['two positions for one cell', (s) => (s.positions[1].party = 'us'), '/positions/1', 'a second position for party "us" on issue "nato-membership"', false],
  ['unknown current stage', (s) => (s.negotiation.stage = 'talks-anounced'), '/negotiation/stage', 'unknown stage "talks-anounced" (did you mean "talks-announced"?)', false],
  ['negotiation without asOf', (s) => delete s.negotiation.asOf, '/negotiation/asOf', 'is required', true],
  ['unknown event status', (s) => (s.negotiation.events[0].status = 'postponed'), '/negotiation/events/0/status', 'must be one of "done", "scheduled", "tentative", "cancelled"', true],
  ['month 13', (s) => (s.negotiation.events[0].date = '2025-13'), '/negotiation/events/0/date', '"2025-13" is not a real date', true],
  ['event quoting a missing quote', (s) => (s.negotiation.events[1].quote = 'rubio'), '/negotiation/events/1/quote', 'unknown quote "rubio"', false],
  ['obstacle on an unknown issue', (s) => (s.negotiation.obstacles[0].issue = 'nato'), '/negotiation/obstacles/0/issue', 'unknown issue "nato"', false],
  ['issue id that is a number', (s) => (s.quotes[1].issues = [5]), '/quotes/1/issues/0', 'must be an id, found number 5', true],
  ['headline that is an object', (s) => (s.headline = { text: 'x' }), '/headline', 'must be text, found an object', true],
  ['needsContext that is not a boolean', (s) => (s.quotes[0].needsContext = 'yes'), '/quotes/0/needsContext', 'must be true or false', true],
  ['needsContext without context', (s) => (delete s.quotes[1].context, delete s.quotes[1].contextAfter), '/quotes/1', 'is marked "needsContext" without "context" or "contextAfter"', false],
];

describe('invalid stories', () => {
  for (const [name, change, path, message, structural] of INVALID) {
    test(`${name}: ${path}`, () => {
      const story = mutated(change);
      const result = validateStory(story);
      assert.equal(result.ok, false, 'the validator accepted it');
      const error = result.errors.find((e) => e.path === path);
      assert.ok(error, `no error at ${path}; got ${JSON.stringify(result.errors)}`);
      assert.ok(error.message.includes(message), `message "${error.message}" lacks "${message}"`);
      if (structural) assert.equal(checkSchema(story), false, 'the schema accepted it');
    });
  }

  test('a root that is not an object', () => {
    for (const input of [null, undefined, 42, 'story', [], true]) {
      const result = validateStory(input);
      assert.equal(result.ok, false);
      assert.equal(result.errors[0].path, '');
      assert.match(result.errors[0].message, /^must be a story object, found /);
    }
  });

  test('prototype keys neither pollute nor pass through', () => {
    const text = JSON.stringify(builtInJson).replace('{"version":1', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"version":1');
    const result = validateStory(JSON.parse(text));
    assert.equal(result.ok, true);
    assert.equal({}.polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(result.story, '__proto__'), false);
    assert.equal(Object.prototype.hasOwnProperty.call(result.story, 'constructor'), false);
  });

  test('huge and deeply nested values are refused without throwing', () => {
    let deep = {};
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    const story = mutated((s) => {
      s.headline = deep;
      s.quotes[0].speaker = 'x'.repeat(1_000_000);
    });
    const result = validateStory(story);
    assert.equal(result.ok, false);
    assert.deepEqual(result.errors.map((e) => e.path), ['/headline', '/quotes/0/speaker']);
  });

  test('a language tag of 35 characters and a colour with plain spaces are valid', () => {
    const story = mutated((s) => {
      s.language = `en-${'abcdefgh-'.repeat(3)}abcde`;
      s.parties[0].color = 'rgb(1 2 3 / 50%)';
    });
    assert.equal(story.language.length, 35);
    assert.equal(validateStory(story).ok, true);
    assert.equal(checkSchema(story), true);
  });

  test('a list whose length grows between reads (a Proxy) is read once: the check and the rebuilt story see the same items', async () => {
    const { validateStoryLean } = await import('../../dist/data/validate.js');
    for (const validate of [validateStory, validateStoryLean]) {
      const story = structuredClone(builtInJson);
      const events = story.negotiation.events;
      const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, date: null, title: 'x', parties: [], status: 'done' }));
      let reads = 0;
      story.negotiation.events = new Proxy(events, {
        get: (target, key, receiver) => (key === 'length' ? (reads++ ? many.length : target.length) : /^\d+$/.test(String(key)) ? many[key] : Reflect.get(target, key, receiver)),
        has: (target, key) => (/^\d+$/.test(String(key)) ? Number(key) < many.length : Reflect.has(target, key)),
      });
      const result = validate(story);
      assert.equal(result.ok, true, JSON.stringify(result.errors));
      assert.equal(result.story.negotiation.events.length, events.length);
      assert.equal(Array.isArray(result.story.negotiation.events), true);
      assert.equal(reads, 1, 'the length was read more than once');
    }
  });

  test('a list with holes (which JSON cannot write, but a page script can) still has its references checked', () => {
    const story = structuredClone(builtInJson);
    const positions = [story.positions[0], , { ...story.positions[1], party: 'nobody' }]; // eslint-disable-line no-sparse-arrays
    story.positions = positions;
    const result = validateStory(story);
    assert.equal(result.ok, false);
    assert.deepEqual(result.errors.map((e) => [e.path, e.message]), [['/positions/2/party', 'unknown party "nobody"']]);
  });

  test('a check started inside another (a getter of the story validating a second one) keeps each its own problems', () => {
    const inner = mutated((s) => (s.quotes[0].date = '2025-02-30'));
    let innerResult;
    const outer = mutated((s) => {
      delete s.headline;
      Object.defineProperty(s, 'summary', { enumerable: true, get: () => ((innerResult = validateStory(inner)), 'A summary.') });
    });
    const result = validateStory(outer);
    assert.deepEqual(result.errors.map((e) => e.path), ['/headline']);
    assert.deepEqual(innerResult.errors.map((e) => e.path), ['/quotes/0/date']);
    // And the outer check went on past the inner one: a problem after it is found too.
    outer.negotiation.asOf = 'soon';
    assert.deepEqual(validateStory(outer).errors.map((e) => e.path), ['/headline', '/negotiation/asOf']);
  });

  test('a getter that throws: reported, never thrown', () => {
    const story = mutated((s) => Object.defineProperty(s.quotes[0], 'text', { enumerable: true, get: () => { throw new Error('no'); } }));
    const result = validateStory(story);
    assert.deepEqual(result, { ok: false, errors: [{ path: '', message: 'could not be checked (Error: no)' }] });
  });

  test('collects every problem, up to a hundred', () => {
    const story = mutated((s) => s.positions.forEach((p) => (p.stance = 'x')));
    const result = validateStory(story);
    assert.equal(result.errors.length, builtInJson.positions.length);
  });
});
