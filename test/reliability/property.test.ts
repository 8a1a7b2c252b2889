import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateStory } from '../../src/data/validate.js';
import { cleanStory } from '../fixtures/hostile/corpus.js';
import { PageWatch, WIDGETS, makeContainer, mount } from './harness.js';

/** The value a JSON pointer names in `root`, or `undefined`. */
function at(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let value = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Every error names a place in the input: the value itself, or (for a missing field) its parent. */
function pointsIntoInput(input: unknown, path: string): boolean {
  if (!/^(\/[^/]*)*$/.test(path)) return false;
  return at(input, path) !== undefined || at(input, path.slice(0, path.lastIndexOf('/'))) !== undefined;
}

/** Paths to every value in the clean story, to mutate one at random. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const own = [prefix];
  if (Array.isArray(value)) return own.concat(...value.map((item, i) => paths(item, [...prefix, i])));
  if (typeof value === 'object' && value !== null) return own.concat(...Object.entries(value).map(([k, v]) => paths(v, [...prefix, k])));
  return own;
}

const story = cleanStory();
const storyPaths = paths(story).filter((p) => p.length > 0);

/** The clean story with one value replaced (by arbitrary JSON) or deleted. */
const mutatedStory = fc
  .tuple(fc.constantFrom(...storyPaths), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }))
  .map(([path, replacement]) => {
    const copy = structuredClone(story) as Record<string | number, unknown>;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (replacement === undefined) {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else parent[last] = replacement;
    return copy;
  });

describe('property-based: arbitrary input never throws', function () {
  this.timeout(60_000);

  for (const [name, inputs] of [
    ['arbitrary JSON', fc.jsonValue()],
    ['the built-in story with one value replaced or removed', mutatedStory],
  ] as const) {
    it(`validateStory: ${name} gives a story or errors with JSON pointers into the input`, () => {
      fc.assert(
        fc.property(inputs as fc.Arbitrary<unknown>, (input) => {
          const result = validateStory(input);
          if (result.ok) return;
          expect(result.errors.length).to.be.greaterThan(0);
          for (const error of result.errors) {
            expect(error.message).to.be.a('string').and.not.equal('');
            expect(pointsIntoInput(input, error.path), `${error.path} in ${JSON.stringify(input).slice(0, 200)}`).to.equal(true);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('every widget shows a rendering or an error with a code (and a JSON pointer for an invalid story)', async () => {
    const watch = new PageWatch();
    const container = makeContainer();
    watch.start();
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(mutatedStory, fc.jsonValue({ maxDepth: 3 })), async (input) => {
          for (const tag of WIDGETS) {
            const el = await mount(tag, { property: input }, container);
            const error = el.error;
            if (error) {
              expect(error.code).to.be.oneOf(['invalid-story', 'not-found', 'missing-part']);
              if (error.code === 'invalid-story') expect(error.errors?.[0]?.path).to.be.a('string');
              expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain(error.message);
            } else {
              expect(el.loadedStory).to.not.equal(undefined);
              expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
            }
            el.remove();
          }
          expect(watch.uncaught).to.deep.equal([]);
        }),
        { numRuns: 40 },
      );
    } finally {
      watch.stop();
      container.remove();
    }
  });
});
