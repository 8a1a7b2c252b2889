// The limits are stated in four places: the validator (the truth), the JSON Schema,
// docs/your-own-story.md and SECURITY.md. The documents' tables are generated from the validator (stories/limits-doc.mjs);
// these tests fail when any of them drifts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LIMITS } from '../../dist/data.js';
import { FILES, limitsTable, withTable } from '../../stories/limits-doc.mjs';

test('docs/your-own-story.md and SECURITY.md state the validator’s limits (regenerate with `node stories/limits-doc.mjs`)', () => {
  const table = limitsTable(LIMITS);
  for (const file of FILES) {
    const text = readFileSync(file, 'utf8');
    assert.equal(withTable(text, table), text, `${file}'s limits table differs from the validator's LIMITS`);
    assert.ok(text.includes(table), `${file} has no limits table`);
  }
});

test('the JSON Schema states the same limits', () => {
  const schema = JSON.parse(readFileSync('src/data/story.schema.json', 'utf8'));
  const { properties: root, $defs: defs } = schema;
  const lists = {
    parties: root.parties,
    issues: root.issues,
    people: root.people,
    quotes: root.quotes,
    positions: root.positions,
    stages: defs.negotiation.properties.stages,
    events: defs.negotiation.properties.events,
    obstacles: defs.negotiation.properties.obstacles,
  };
  for (const [key, definition] of Object.entries(lists)) assert.equal(definition.maxItems, LIMITS.lists[key], key);
  assert.equal(defs.position.properties.evidence.maxItems, LIMITS.references.evidence);
  assert.equal(defs.event.properties.parties.maxItems, LIMITS.references.parties);
  assert.equal(defs.obstacle.properties.parties.maxItems, LIMITS.references.parties);
  assert.equal(defs.quote.properties.issues.maxItems, LIMITS.references.issues);
  assert.equal(defs.text.maxLength, LIMITS.text);
  assert.equal(defs.optionalText.maxLength, LIMITS.text);
  assert.match(schema.description, new RegExp(`\\(${LIMITS.text} characters`));
});
