// Node tests, against the built package: the size limits that keep widgets responsive, stated
// alike by the validator and the JSON Schema, and a wider property-based run of the validator.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { LIMITS, validateStory } from '../../dist/data.js';
import { HINT_BUDGET, lastHintWork } from '../../dist/data/diagnostics.js';
import { validateStoryLean } from '../../dist/data/validate.js';

const builtInJson = JSON.parse(readFileSync('src/data/stories/us-russia-ukraine-talks-2025.json', 'utf8'));
const schema = JSON.parse(readFileSync('src/data/story.schema.json', 'utf8'));
const checkSchema = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);

/** A copy of the built-in story whose list at `path` is padded to `count` items copied from its first. */
function padded(path, count) {
  const story = structuredClone(builtInJson);
  const list = path.reduce((value, key) => value[key], story);
  const first = list[0] ?? 'an-id';
  while (list.length < count) list.push(typeof first === 'string' ? first : { ...first, id: `${first.id ?? 'item'}-${list.length}` });
  return story;
}

// [list, JSON pointer, limit], from the validator's own LIMITS.
const LIMIT_CASES = [
  ...Object.entries(LIMITS.lists).map(([key, limit]) => {
    const path = ['stages', 'events', 'obstacles'].includes(key) ? ['negotiation', key] : [key];
    return [path, `/${path.join('/')}`, limit];
  }),
  [['positions', 0, 'evidence'], '/positions/0/evidence', LIMITS.references.evidence],
  [['negotiation', 'events', 0, 'parties'], '/negotiation/events/0/parties', LIMITS.references.parties],
  [['negotiation', 'obstacles', 0, 'parties'], '/negotiation/obstacles/0/parties', LIMITS.references.parties],
  [['quotes', 0, 'issues'], '/quotes/0/issues', LIMITS.references.issues],
];

describe('size limits', () => {
  test('are the documented ones', () => {
    assert.deepEqual(LIMITS, {
      lists: { parties: 30, issues: 20, people: 500, quotes: 500, positions: 1000, stages: 20, events: 100, obstacles: 50 },
      references: { evidence: 10, parties: 20, issues: 10 },
      text: 200_000,
      fields: { id: 100, language: 35, color: 66, url: 2048, shortName: 100, name: 200, role: 200, title: 200, question: 1000 },
      bidiControl: 50,
    });
  });

  for (const [path, pointer, limit] of LIMIT_CASES) {
    test(`${pointer}: ${limit + 1} items are refused with a message naming the limit, by the validator and the schema`, () => {
      for (const validate of [validateStory, validateStoryLean]) {
        const result = validate(padded(path, limit + 1));
        assert.equal(result.ok, false);
        const error = result.errors.find((e) => e.path === pointer);
        assert.ok(error, `no error at ${pointer}; got ${JSON.stringify(result.errors.slice(0, 3))}`);
        assert.equal(error.message, `has ${limit + 1} items, more than the ${limit} a story may hold`);
      }
      assert.equal(checkSchema(padded(path, limit + 1)), false, 'the schema accepted it');
    });
  }

  test(`text: a story with more than ${LIMITS.text} characters of text is refused where it passes the limit`, () => {
    const story = structuredClone(builtInJson);
    story.headline = 'A'.repeat(LIMITS.text + 1);
    for (const validate of [validateStory, validateStoryLean]) {
      const result = validate(story);
      assert.equal(result.ok, false);
      assert.deepEqual(result.errors[0], { path: '/headline', message: `brings the story's text past ${LIMITS.text} characters, the most a story may hold` });
    }
    // Reported once, at the field that crossed the limit, not at every field after it.
    assert.equal(validateStory(story).errors.length, 1);
    story.headline = 'A'.repeat(LIMITS.text / 2);
    assert.equal(validateStory(story).ok, true);
    assert.equal(checkSchema({ ...story, headline: 'A'.repeat(LIMITS.text + 1) }), false, 'the schema accepted one field past the limit');
  });

  test('hints are bounded work: 100 unknown 64-character ids against 500 candidates (83 KB)', () => {
    const id = (n, salt) => createHash('sha256').update(`${salt}${n}`).digest('hex');
    const story = structuredClone(builtInJson);
    const template = story.quotes[0];
    story.quotes = Array.from({ length: 500 }, (_, n) => ({ id: id(n, 'quote'), speaker: template.speaker, text: 'Q.', issues: [] }));
    for (const position of story.positions) {
      position.evidence = [];
      position.stance = 'not-stated';
    }
    for (let n = 0; n < 100; n++) story.positions[n % story.positions.length].evidence.push(id(n, 'unknown'));
    // One near miss first: it still gets its hint.
    story.positions[0].evidence[0] = `${story.quotes[7].id.slice(0, 63)}x`;
    const size = JSON.stringify(story).length;
    assert.ok(size > 80_000 && size < 90_000, `${size} bytes`);
    assert.equal(Math.max(...story.positions.map((p) => p.evidence.length)) <= LIMITS.references.evidence, true);

    const result = validateStory(story);
    assert.equal(result.ok, false);
    assert.equal(result.errors.length, 100);
    assert.match(result.errors[0].message, new RegExp(`\\(did you mean "${story.quotes[7].id}"\\?\\)$`));
    // The unbounded scan this replaced: 100 × 500 × 64 × 64 = 204,800,000 cells (1.6–2.9 s).
    assert.ok(lastHintWork <= HINT_BUDGET, `${lastHintWork} cells`);
    assert.ok(lastHintWork > 0);
    // The lean check (widgets) computes no hint at all and stops at the first problem.
    assert.deepEqual(validateStoryLean(story).errors, [{ path: '/positions/0/evidence/0', message: `unknown quote "${story.positions[0].evidence[0].slice(0, 60)}"` }]);
  });

  test('hints stay for the common case: a few typos among a few dozen ids', () => {
    const story = structuredClone(builtInJson);
    story.quotes[1].speaker = 'donald-trmp';
    story.people[0].party = 'usa';
    const result = validateStory(story);
    assert.deepEqual(
      result.errors.map((e) => e.message),
      ['unknown party "usa" (did you mean "us"?)', 'unknown person "donald-trmp" (did you mean "donald-trump"?)'],
    );
  });
});

/**
 * Every string of the format, found by walking the JSON Schema (so a field added there is walked
 * too): [JSON pointer into the built-in story, what bounds it]. A string is bounded by its own
 * limit (`own`: an id, a reference, which must name an id, the language tag, a colour, an address,
 * a date, one of a fixed set of words), counts toward the story's text (`text`), or both.
 */
function stringFields() {
  const fields = [];
  const resolve = (node) => (node.$ref ? { ...resolve(schema.$defs[node.$ref.split('/').pop()]), ...node, $ref: undefined, ref: node.$ref.split('/').pop() } : node);
  const walk = (node, pointer) => {
    const n = resolve(node);
    if (n.type === 'object') {
      for (const [key, child] of Object.entries(n.properties)) if (key !== '$schema') walk(child, `${pointer}/${key}`);
    } else if (n.type === 'array') walk(n.items, `${pointer}/0`);
    else if (n.oneOf) walk(n.oneOf.find((option) => resolve(option).type !== 'null'), pointer);
    else if (n.type === 'boolean') return;
    else {
      const refs = [node.$ref, n.$ref, n.ref].filter(Boolean).map((r) => r.split('/').pop());
      const text = refs.some((r) => r === 'text' || r === 'optionalText' || r === 'name');
      const own = n.enum || n.const !== undefined ? 'one of a fixed set' : refs.includes('idRef') ? 'a reference (must name an id)' : n.maxLength < LIMITS.text ? `${n.maxLength} characters` : refs.includes('id') ? 'an id' : refs.includes('date') ? 'a date' : n.pattern && /\{\d+,\d+\}\)\$$/.test(n.pattern) ? 'its pattern' : undefined;
      fields.push({ pointer, text, own });
    }
  };
  walk(schema, '');
  return fields;
}

describe('every string of the format is bounded (issue 26, item 2)', () => {
  const fields = stringFields();

  test('the schema walk finds every string field, and each has its own bound or counts toward the text', () => {
    assert.ok(fields.length >= 40, `${fields.length} fields`);
    for (const pointer of ['/language', '/parties/0/color', '/quotes/0/sourceUrl', '/negotiation/events/0/quote', '/positions/0/evidence/0']) {
      assert.ok(fields.some((f) => f.pointer === pointer), pointer);
    }
    for (const field of fields) assert.ok(field.text || field.own, `${field.pointer}: neither bounded nor text`);
    // The fields widgets repeat, and the ones outside the text, have their own bound in characters.
    const own = Object.fromEntries(fields.map((f) => [f.pointer, f.own]));
    assert.equal(own['/language'], `${LIMITS.fields.language} characters`);
    assert.equal(own['/parties/0/shortName'], `${LIMITS.fields.shortName} characters`);
    for (const pointer of ['/parties/0/name', '/people/0/name', '/source/name', '/issues/0/title', '/negotiation/title', '/negotiation/events/0/title']) assert.equal(own[pointer], `${LIMITS.fields.name} characters`, pointer);
    assert.equal(own['/people/0/role'], `${LIMITS.fields.role} characters`);
    assert.equal(own['/issues/0/question'], `${LIMITS.fields.question} characters`);
    assert.equal(own['/quotes/0/sourceUrl'], `${LIMITS.fields.url} characters`);
  });

  // A value of a megabyte that has the field's shape where it has one: refused at that field.
  const MB = 1_000_000;
  const huge = (pointer) =>
    pointer === '/language'
      ? `en-${'abcdefgh-'.repeat(MB / 9)}a`
      : /url$/i.test(pointer)
        ? `https://example.org/${'a'.repeat(MB)}`
        : /color$/.test(pointer)
          ? `rgb(${'1 '.repeat(MB / 2)})`
          : 'a'.repeat(MB);
  for (const { pointer } of fields) {
    test(`${pointer}: a megabyte is refused, with the field's pointer`, () => {
      const story = structuredClone(builtInJson);
      story.source ??= { name: 'The article', url: 'https://example.org/article' };
      // A quote names exactly one of its speaker and its party.
      if (pointer === '/quotes/0/party') delete story.quotes[0].speaker;
      const keys = pointer.split('/').slice(1);
      const parent = keys.slice(0, -1).reduce((value, key) => value[key], story);
      parent[keys.at(-1)] = huge(pointer);
      for (const validate of [validateStory, validateStoryLean]) {
        const result = validate(story);
        assert.equal(result.ok, false, `${pointer} accepted a megabyte`);
        assert.ok(result.errors.some((e) => e.path === pointer), `${pointer}: ${JSON.stringify(result.errors.slice(0, 2)).slice(0, 300)}`);
      }
    });
  }

  for (const [name, max, pointer, value] of [
    ['language', LIMITS.fields.language, '/language', (n) => `en-${'abcdefgh-'.repeat(5)}`.slice(0, n - 1) + 'a'],
    ['id', LIMITS.fields.id, '/id', (n) => 'a'.repeat(n)],
    ['colour', LIMITS.fields.color, '/parties/0/color', (n) => `rgba(${'1'.padEnd(n - 6, ' ')})`],
    ['address', LIMITS.fields.url, '/quotes/0/sourceUrl', (n) => 'https://example.org/'.padEnd(n, 'a')],
    ['short name', LIMITS.fields.shortName, '/parties/0/shortName', (n) => 'S'.repeat(n)],
    ['party name', LIMITS.fields.name, '/parties/0/name', (n) => 'N'.repeat(n)],
    ['person name', LIMITS.fields.name, '/people/0/name', (n) => 'N'.repeat(n)],
    ['role', LIMITS.fields.role, '/people/0/role', (n) => 'R'.repeat(n)],
    ['issue title', LIMITS.fields.title, '/issues/0/title', (n) => 'T'.repeat(n)],
    ['issue question', LIMITS.fields.question, '/issues/0/question', (n) => 'Q'.repeat(n)],
  ]) {
    test(`${name}: ${max} characters are valid, ${max + 1} are refused, by the validator and the schema`, () => {
      const keys = pointer.split('/').slice(1);
      const at = (length) => {
        const story = structuredClone(builtInJson);
        keys.slice(0, -1).reduce((v, k) => v[k], story)[keys.at(-1)] = value(length);
        assert.equal(value(length).length, length);
        return story;
      };
      assert.equal(validateStory(at(max)).ok, true, JSON.stringify(validateStory(at(max)).errors));
      assert.equal(checkSchema(at(max)), true, JSON.stringify(checkSchema.errors));
      const result = validateStory(at(max + 1));
      assert.equal(result.ok, false);
      assert.equal(result.errors[0].path, pointer);
      assert.equal(checkSchema(at(max + 1)), false);
    });
  }

  test(`a directional formatting character counts as ${LIMITS.bidiControl} characters of text (issue 26, item 8)`, () => {
    const story = structuredClone(builtInJson);
    const used = JSON.stringify(story).length; // more than the story's text: leaves room to spare
    const controls = Math.floor((LIMITS.text - used) / LIMITS.bidiControl);
    // Right-to-left letters in isolates (RLI … PDI): 2 controls in every 4 characters.
    const isolates = (pairs) => 'א\u2067b\u2069'.repeat(pairs);
    story.summary = isolates(Math.floor(controls / 2));
    assert.equal(validateStory(story).ok, true, JSON.stringify(validateStory(story).errors));
    story.summary = isolates(Math.ceil(LIMITS.text / LIMITS.bidiControl / 2) + 1);
    assert.ok(story.summary.length < LIMITS.text / 20, 'a short text');
    for (const validate of [validateStory, validateStoryLean]) {
      const result = validate(story);
      assert.equal(result.ok, false);
      assert.equal(result.errors[0].path, '/summary');
      assert.match(result.errors[0].message, /^brings the story's text past/);
    }
    // Each kind: the embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069; marks count as one.
    for (const control of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      story.summary = control.repeat(Math.ceil(LIMITS.text / LIMITS.bidiControl) + 1);
      assert.equal(validateStoryLean(story).ok, false, `U+${control.charCodeAt(0).toString(16)}`);
    }
    story.summary = '\u200f\u200e\u061c'.repeat(1000);
    assert.equal(validateStoryLean(story).ok, true);
  });

  test("an event's quote counts toward the text once more for each event that shows it", () => {
    const story = structuredClone(builtInJson);
    const quote = story.quotes[0];
    quote.text = 'word '.repeat(LIMITS.text / 20);
    for (const event of story.negotiation.events) event.quote = quote.id;
    // 50,000 characters of quote, shown by every event.
    for (const validate of [validateStory, validateStoryLean]) {
      const result = validate(story);
      assert.equal(result.ok, false);
      assert.match(result.errors[0].path, /^\/negotiation\/events\/\d+\/quote$/);
      assert.match(result.errors[0].message, /^brings the story's text past/);
      if (validate === validateStory) assert.match(result.errors[0].message, /an event's quote counts once more/);
    }
    story.negotiation.events.slice(2).forEach((event) => delete event.quote);
    assert.equal(validateStory(story).ok, true);
  });
});

describe('property-based: validateStory never throws', () => {
  test('arbitrary values, including ones JSON cannot express, give a story or errors with pointers', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true }), (input) => {
        const result = validateStory(input);
        if (!result.ok) {
          assert.ok(result.errors.length > 0 && result.errors.length <= 100);
          for (const error of result.errors) assert.match(error.path, /^(\/[^/]*)*$/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
