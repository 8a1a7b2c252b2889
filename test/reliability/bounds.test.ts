import { expect } from '@open-wc/testing';
import { LIMITS, validateStoryLean } from '../../src/data/validate.js';
import { textLength, worstStory } from '../fixtures/worst-stories.js';
import { PageWatch, makeContainer } from './harness.js';
import type { WorstFor } from '../fixtures/worst-stories.js';
import type { Widget } from './harness.js';

/**
 * Bounded work for every valid story (issue 20): the worst story the validator accepts, for each
 * widget and layout, renders in at most a second with at most 30,000 nodes in its shadow root
 * (elements, text and Lit's comment markers), or is refused with an `invalid-story` error.
 * Time here is a bound against freezing the page, not a benchmark (that is `npm run bench`).
 */
const MAX_MS = 1000;
const MAX_NODES = 30_000;

const CASES: [WorstFor, Record<string, string>][] = [
  ['quote-card', { layout: 'card' }],
  ['quote-card', { layout: 'pull' }],
  ['position-matrix', { layout: 'table', 'show-summary': '' }],
  ['position-matrix', { layout: 'list', 'show-summary': '' }],
  ['negotiation-status', { layout: 'full' }],
  ['negotiation-status', { layout: 'timeline' }],
];

function countNodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

describe('bounded work: the worst valid story at the limits', function () {
  this.timeout(30_000);
  const watch = new PageWatch();
  let container: HTMLDivElement;
  beforeEach(() => {
    watch.warnings = [];
    watch.uncaught = [];
    watch.start();
    container = makeContainer();
  });
  afterEach(() => {
    watch.stop();
    container.remove();
  });

  for (const widget of ['quote-card', 'position-matrix', 'negotiation-status'] as const) {
    it(`the worst story for <${widget}> is valid and at the limits`, () => {
      const story = worstStory(widget);
      expect(validateStoryLean(story).ok).to.equal(true);
      expect(textLength(story)).to.equal(LIMITS.text);
      expect(story.parties).to.have.length(LIMITS.lists.parties);
      expect(story.positions).to.have.length(LIMITS.lists.parties * LIMITS.lists.issues);
      expect(story.negotiation!.events).to.have.length(LIMITS.lists.events);
      expect(story.negotiation!.events[0]!.parties).to.have.length(LIMITS.references.parties);
      expect(story.positions[0]!.evidence).to.have.length(LIMITS.references.evidence);
    });
  }

  for (const [widget, attributes] of CASES) {
    it(`<${widget} ${Object.keys(attributes).map((a) => `${a}="${attributes[a]}"`).join(' ')}>: ≤ ${MAX_MS} ms and ≤ ${MAX_NODES} nodes, or an invalid-story error`, async () => {
      const story = worstStory(widget);
      const el = document.createElement(widget) as unknown as Widget;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      if (widget === 'quote-card') el.setAttribute('quote', story.quotes[0]!.id);
      const start = performance.now();
      el.story = story;
      container.append(el);
      await el.updateComplete;
      // Layout included: what the reader waits for is the page, not the script.
      el.getBoundingClientRect();
      void document.body.offsetHeight;
      const ms = performance.now() - start;
      const nodes = countNodes(el.shadowRoot!);
      const figures = `${Math.round(ms)} ms, ${nodes} nodes`;
      if (el.error) expect(el.error.code, el.error.message).to.equal('invalid-story');
      expect(nodes, `nodes in the shadow root (${figures})`).to.be.at.most(MAX_NODES);
      expect(ms, `ms to render (${figures})`).to.be.at.most(MAX_MS);
    });
  }
});
