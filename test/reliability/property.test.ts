import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateStory } from '../../src/data/diagnostics.js';
import { validateStoryLean } from '../../src/data/validate.js';
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

  /** Lists of the clean story grown to just below, at, or just past a limit (by copies of their first item). */
  const grownStory = fc
    .tuple(fc.constantFrom('parties', 'issues', 'stages', 'events', 'obstacles', 'evidence', 'eventParties'), fc.integer({ min: -1, max: 1 }), fc.boolean())
    .map(([list, delta, longText]) => {
      const copy = structuredClone(story) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const limits = { parties: 30, issues: 20, stages: 20, events: 100, obstacles: 50, evidence: 10, eventParties: 20 } as const;
      const target =
        list === 'evidence' ? copy.positions[0].evidence : list === 'eventParties' ? copy.negotiation.events[0].parties : ['stages', 'events', 'obstacles'].includes(list) ? copy.negotiation[list] : copy[list];
      const first = target[0];
      while (target.length < limits[list] + delta) target.push(typeof first === 'string' ? first : { ...first, id: `${first.id}-${target.length}` });
      if (longText) copy.summary = 'x'.repeat(200_000 - 10_000 + delta * 20_000);
      return copy;
    });

  it('the lean check (widgets) and the full diagnostics agree: the same verdict, the same first problem', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutatedStory, grownStory) as fc.Arbitrary<unknown>, (input) => {
        const lean = validateStoryLean(input);
        const full = validateStory(input);
        expect(lean.ok, JSON.stringify(input).slice(0, 200)).to.equal(full.ok);
        if (!lean.ok && !full.ok) {
          expect(lean.errors).to.have.length(1);
          expect(lean.errors[0]!.path).to.equal(full.errors[0]!.path);
        }
      }),
      { numRuns: 500 },
    );
  });

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
