// Node tests, against the built package: the size limits that keep widgets responsive, stated
// alike by the validator and the JSON Schema, and a wider property-based run of the validator.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { validateStory } from '../../dist/data.js';

const builtInJson = JSON.parse(readFileSync('src/data/stories/us-russia-ukraine-talks-2025.json', 'utf8'));
const schema = JSON.parse(readFileSync('src/data/story.schema.json', 'utf8'));
const checkSchema = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);

/** A copy of the built-in story whose list at `path` is padded to `count` items copied from its first. */
function padded(path, count) {
  const story = structuredClone(builtInJson);
  const list = path.reduce((value, key) => value[key], story);
  const first = list[0];
  while (list.length < count) list.push(typeof first === 'string' ? first : { ...first, id: `${first.id ?? 'item'}-${list.length}` });
  return story;
}

// [list, JSON path, limit]
const LIMITS = [
  [['parties'], '/parties', 100],
  [['issues'], '/issues', 50],
  [['negotiation', 'stages'], '/negotiation/stages', 50],
  [['negotiation', 'events'], '/negotiation/events', 500],
  [['negotiation', 'obstacles'], '/negotiation/obstacles', 500],
  [['positions', 0, 'evidence'], '/positions/0/evidence', 100],
  [['quotes'], '/quotes', 10_000],
];

describe('size limits', () => {
  for (const [path, pointer, limit] of LIMITS) {
    test(`${pointer}: ${limit + 1} items are refused with a message naming the limit, by the validator and the schema`, () => {
      const result = validateStory(padded(path, limit + 1));
      assert.equal(result.ok, false);
      const error = result.errors.find((e) => e.path === pointer);
      assert.ok(error, `no error at ${pointer}; got ${JSON.stringify(result.errors.slice(0, 3))}`);
      assert.equal(error.message, `has ${limit + 1} items, more than the ${limit} a story may hold`);
      assert.equal(checkSchema(padded(path, limit + 1)), false, 'the schema accepted it');
    });
  }

  test('thousands of unknown references are reported, capped at 100 errors', () => {
    const story = padded(['quotes'], 9_000);
    for (const position of story.positions) position.evidence = Array.from({ length: 100 }, (_, i) => `missing-quote-${i}`);
    const result = validateStory(story);
    assert.equal(result.ok, false);
    assert.equal(result.errors.length, 100);
    // Too many quote ids to suggest from: the message names the id, without a "did you mean".
    assert.deepEqual(result.errors[0], { path: '/positions/0/evidence/0', message: 'unknown quote "missing-quote-0"' });
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
