// The DOM budget of issue #17: the demo article page (dist/demo/article.html, as a reader loads it
// from the CDN bundle) has at most 600 elements once every widget has rendered, counting the page's
// own elements and every shadow tree's. On failure the message gives the count per widget.
import { expect, waitUntil } from '@open-wc/testing';

const DOM_BUDGET = 600;
const WIDGETS = 'quote-card, position-matrix, negotiation-status';

/** Elements under `root`, descending into open shadow roots (which querySelectorAll does not). */
function countElements(root: Document | ShadowRoot | Element): number {
  let count = 0;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    count++;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

describe('the demo article page', () => {
  it(`has at most ${DOM_BUDGET} elements, light and shadow DOM counted`, async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/dist/demo/article.html';
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      type Widget = HTMLElement & { loadedStory?: unknown; updateComplete: Promise<boolean> };
      const widgets = () => Array.from(doc.querySelectorAll<Widget>(WIDGETS));
      await waitUntil(() => widgets().length > 0 && widgets().every((w) => w.loadedStory && w.shadowRoot?.querySelector('[part~="base"]')), 'the widgets never rendered', { timeout: 8000 });
      await Promise.all(widgets().map((w) => w.updateComplete));
      const total = countElements(doc);
      const perWidget = widgets().map((w) => `<${w.localName}${w.getAttribute('layout') ? ` layout="${w.getAttribute('layout')}"` : ''}> ${countElements(w.shadowRoot!)}`);
      const light = countElements(doc) - widgets().reduce((sum, w) => sum + countElements(w.shadowRoot!), 0);
      expect(total, `${total} elements: the page's own ${light}; shadow DOM: ${perWidget.join(', ')}`).to.be.at.most(DOM_BUDGET);
    } finally {
      frame.remove();
    }
  });
});
