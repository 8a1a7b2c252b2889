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
