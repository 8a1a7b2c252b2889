// Node tests of the format's one definition (src/data/story-format.ts): the JSON Schema and the
// TypeScript types written from it are up to date and agree with each other, and the validator
// (the built package, dist/data.js) and the schema refuse the same wrong values, field by field.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import ts from 'typescript';
import { STORY_FORMAT, STORY_FORMAT_DOCS, formatFieldAt, validateStory } from '../../dist/data.js';
import { validateStoryLean } from '../../dist/data/validate.js';
import { SCHEMA_FILE, TYPES_FILE, loadFormat, schemaText, storyTypes, withTypes } from '../../stories/story-format.mjs';

const builtInJson = JSON.parse(readFileSync('src/data/stories/us-russia-ukraine-talks-2025.json', 'utf8'));
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const checkSchema = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);

describe('the files written from the definition (regenerate with `node stories/story-format.mjs`)', () => {
  let format;
  before(async () => {
    format = await loadFormat();
  });

  test('story.schema.json is what the definition gives', () => {
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), schemaText(format));
  });

  test("story.ts's generated part is what the definition gives", () => {
    const text = readFileSync(TYPES_FILE, 'utf8');
    const updated = withTypes(text, storyTypes(format));
    assert.notEqual(updated, undefined, 'story.ts has no generated part');
    assert.equal(text, updated);
  });
});

/**
 * The interfaces of story.ts as TypeScript reads them: name → property → { optional, type }, where
 * `type` is the written type with aliases of string literal unions (Stance…) expanded.
 */
function readTypes() {
  const source = ts.createSourceFile(TYPES_FILE, readFileSync(TYPES_FILE, 'utf8'), ts.ScriptTarget.ES2022, true);
  const aliases = new Map();
  const interfaces = new Map();
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement.type);
    if (ts.isInterfaceDeclaration(statement)) {
      const members = new Map();
      for (const member of statement.members) members.set(member.name.getText(source), { optional: Boolean(member.questionToken), type: member.type });
      interfaces.set(statement.name.text, members);
    }
  }
  /** A type node as plain data: { string }, { literals: [...] }, { boolean }, { list: T }, { named }, { union: [...] }. */
  const describe = (node) => {
    if (ts.isArrayTypeNode(node)) return { list: describe(node.elementType) };
    if (ts.isUnionTypeNode(node)) {
      const parts = node.types.map(describe);
      return parts.every((part) => part.literals) ? { literals: parts.flatMap((part) => part.literals) } : { union: parts };
    }
    if (ts.isLiteralTypeNode(node)) {
      if (node.literal.kind === ts.SyntaxKind.NullKeyword) return { null: true };
      return { literals: [ts.isStringLiteral(node.literal) ? node.literal.text : Number(node.literal.getText(source))] };
    }
    if (node.kind === ts.SyntaxKind.StringKeyword) return { string: true };
    if (node.kind === ts.SyntaxKind.BooleanKeyword) return { boolean: true };
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText(source);
      if (interfaces.has(name)) return { named: name };
      if (aliases.has(name)) return describe(aliases.get(name));
    }
    throw new Error(`story.ts: a type this test does not read: ${node.getText(source)}`);
  };
  return { interfaces, describe };
}

describe('the schema and the types agree', () => {
  const { interfaces, describe: typeOf } = readTypes();
  const def = (ref) => schema.$defs[ref.replace('#/$defs/', '')];
  /** The schema of a property as plain data, in the same terms as the types'. */
  const schemaOf = (node) => {
    if (node.const !== undefined) return { literals: [node.const] };
    if (node.enum) return { literals: node.enum };
    if (node.type === 'boolean') return { boolean: true };
    if (node.type === 'array') return { list: schemaOf(node.items) };
    if (node.oneOf) return { union: node.oneOf.map((option) => (option.type === 'null' ? { null: true } : schemaOf(option))) };
    if (node.$ref) return def(node.$ref).type === 'object' ? { object: node.$ref } : schemaOf(def(node.$ref));
    if (node.type === 'string') return { string: true };
    throw new Error(`a schema this test does not read: ${JSON.stringify(node)}`);
  };
  const compared = new Set();
  /** Compares the interface `name` with the object schema `node` at `where`, and the types they name in turn. */
  const compare = (name, node, where) => {
    if (compared.has(name)) return;
    compared.add(name);
    const members = interfaces.get(name);
    assert.ok(members, `${where}: story.ts has no interface ${name}`);
    const properties = Object.keys(node.properties).filter((key) => key !== '$schema');
    assert.deepEqual([...members.keys()], properties, `${name}: the properties differ from the schema's at ${where}`);
    for (const key of properties) {
      const member = members.get(key);
      assert.equal(member.optional, !(node.required ?? []).includes(key), `${name}.${key}: optional in one and required in the other`);
      const pair = (type, property) => {
        if (property.object) {
          assert.ok(type.named, `${name}.${key}: an object in the schema, ${JSON.stringify(type)} in story.ts`);
          return compare(type.named, def(property.object), `${where}/${key}`);
        }
        if (property.list) return pair(type.list ?? {}, property.list);
        if (property.union) {
          assert.equal(type.union?.length, property.union.length, `${name}.${key}: ${JSON.stringify(type)} in story.ts`);
          return property.union.forEach((option, i) => pair(type.union[i], option));
        }
        assert.deepEqual(type, property, `${name}.${key}`);
      };
      pair(typeOf(member.type), schemaOf(node.properties[key]));
    }
  };

  test('every interface from Story down has the properties, optionality and value types of its schema', () => {
    compare('Story', schema, '');
    // Every object type of the schema was reached, and matched one interface each.
    const objectDefs = Object.values(schema.$defs).filter((each) => each.type === 'object');
    assert.equal(compared.size, objectDefs.length + 1);
  });
});

/** The JSON pointer of one item of each object type in the built-in story (a `source` added). */
function instances(story) {
  const found = {};
  const walk = (type, value, pointer) => {
    if (!value || found[type] !== undefined) return;
    found[type] = pointer;
    for (const [key, field] of Object.entries(STORY_FORMAT[type])) {
      if (field.kind === 'object') walk(field.of, value[key], `${pointer}/${key}`);
      if (field.kind === 'list') walk(field.of, value[key]?.[0], `${pointer}/${key}/0`);
    }
  };
  walk('story', story, '');
  return found;
}

/** The built-in story with a source and every optional field of the first item of each type set, changed at `pointer`. */
function storyWith(pointer, change) {
  const story = structuredClone(builtInJson);
  story.source = { name: 'The article', url: 'https://example.org/article' };
  const keys = pointer.split('/').slice(1);
  const parent = keys.slice(0, -1).reduce((value, key) => value[key], story);
  change(parent, keys.at(-1));
  return story;
}

describe('the validator and the schema refuse the same wrong values, field by field (both from the definition)', () => {
  const pointers = instances(storyWith('/id', () => {}));
  const fields = Object.entries(pointers).flatMap(([type, pointer]) => Object.entries(STORY_FORMAT[type]).map(([key, field]) => [`${pointer}/${key}`, field]));

  test('the walk reaches every type and field of the definition', () => {
    assert.deepEqual(Object.keys(pointers).sort(), Object.keys(STORY_FORMAT).sort());
    assert.equal(fields.length, Object.values(STORY_FORMAT).reduce((n, type) => n + Object.keys(type).length, 0));
  });

  const refused = (story, pointer) => {
    for (const validate of [validateStory, validateStoryLean]) {
      const result = validate(story);
      assert.equal(result.ok, false, `${pointer}: accepted`);
      assert.ok(result.errors.some((e) => e.path === pointer), `${pointer}: ${JSON.stringify(result.errors.slice(0, 2))}`);
    }
    assert.equal(checkSchema(story), false, `${pointer}: the schema accepted it`);
  };

  for (const [pointer, field] of fields) {
    test(`${pointer} (${field.kind}${field.optional ? ', optional' : ''})`, () => {
      // A value of the wrong kind.
      refused(storyWith(pointer, (parent, key) => (parent[key] = 42)), pointer);
      if (!field.optional) {
        const story = storyWith(pointer, (parent, key) => delete parent[key]);
        const result = validateStory(story);
        assert.ok(result.errors?.some((e) => e.path === pointer && e.message.startsWith('is required')), `${pointer}: ${JSON.stringify(result.errors)}`);
        assert.equal(checkSchema(story), false, `${pointer}: the schema accepted it missing`);
      }
      if (field.kind === 'text' && field.max !== undefined) {
        refused(storyWith(pointer, (parent, key) => (parent[key] = 'x'.repeat(field.max + 1))), pointer);
        const story = storyWith(pointer, (parent, key) => (parent[key] = 'x'.repeat(field.max)));
        assert.deepEqual(validateStory(story).errors, undefined);
        assert.equal(checkSchema(story), true, JSON.stringify(checkSchema.errors));
      }
      if (field.kind === 'ref' || field.kind === 'refs') {
        // A reference names an item of its type: an unknown id is refused (the schema cannot tell).
        const at = field.kind === 'refs' ? `${pointer}/0` : pointer;
        const story = storyWith(pointer, (parent, key) => (parent[key] = field.kind === 'refs' ? ['no-such-id'] : 'no-such-id'));
        if (pointer === '/quotes/0/party') delete story.quotes[0].speaker;
        const result = validateStory(story);
        assert.ok(result.errors?.some((e) => e.path === at && e.message === `unknown ${field.of} "no-such-id"`), `${at}: ${JSON.stringify(result.errors)}`);
      }
    });
  }
});

describe('the definition as editors read it', () => {
  test('every type and field has a label and a description', () => {
    for (const [type, fields] of Object.entries(STORY_FORMAT)) {
      const docs = STORY_FORMAT_DOCS[type];
      assert.ok(docs.name && docs.label && docs.description, type);
      assert.deepEqual(Object.keys(docs.fields), Object.keys(fields), type);
      for (const [key, doc] of Object.entries(docs.fields)) assert.ok(doc.label.trim() && doc.description.trim(), `${type}.${key}`);
    }
  });

  test('formatFieldAt: a pointer (a problem, a form control) to its type and field', () => {
    for (const [pointer, expected] of [
      ['', { type: 'story' }],
      ['/headline', { type: 'story', key: 'headline' }],
      ['/source/url', { type: 'source', key: 'url' }],
      ['/quotes/3', { type: 'quote' }],
      ['/quotes/3/speaker', { type: 'quote', key: 'speaker' }],
      ['/positions/0/evidence', { type: 'position', key: 'evidence' }],
      ['/positions/0/evidence/2', { type: 'position', key: 'evidence' }],
      ['/negotiation/events/12/date', { type: 'event', key: 'date' }],
      ['/negotiation/stage', { type: 'negotiation', key: 'stage' }],
    ]) {
      assert.deepEqual(formatFieldAt(pointer), expected, pointer);
    }
    for (const pointer of ['/nope', '/quotes/x/text', '/quotes/01/text', '/headline/0', '/positions/0/evidence/1/x', '/quotes/constructor', '/__proto__']) {
      assert.equal(formatFieldAt(pointer), undefined, pointer);
    }
    // Every problem the validator finds names a place in the format.
    const story = structuredClone(builtInJson);
    story.quotes[0].speaker = 'nobody';
    story.negotiation.events[0].status = 'maybe';
    story.positions[0].evidence = ['nothing'];
    const { errors } = validateStory(story);
    assert.equal(errors.length, 3);
    for (const { path } of errors) assert.ok(formatFieldAt(path)?.key, path);
  });

  test("readers' bundles leave the words out: no description of the format is in any dist/cdn file", () => {
    const files = readdirSync('dist/cdn', { recursive: true }).filter((file) => file.endsWith('.js'));
    assert.ok(files.length >= 5);
    const texts = files.map((file) => readFileSync(`dist/cdn/${file}`, 'utf8'));
    for (const docs of Object.values(STORY_FORMAT_DOCS)) {
      for (const { description } of Object.values(docs.fields)) {
        const words = description.slice(0, 30);
        for (const [i, text] of texts.entries()) assert.ok(!text.includes(words), `${files[i]} holds "${words}"`);
      }
    }
  });
});
