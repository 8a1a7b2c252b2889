import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/quote-card.js';
import '../../src/position-matrix.js';
import '../../src/negotiation-status.js';

/** The shared type scale (#31 item 13): steps of the page's text size, never under 13 px. */

const WIDGETS: [string, string][] = [
  ['quote-card', 'quote=hegseth-nato-membership'],
  ['quote-card', 'quote=trump-way-to-peace layout=pull'],
  ['quote-card', 'quote=zelenskyy-security-guarantees layout=compact'],
  ['position-matrix', ''],
  ['negotiation-status', ''],
  ['negotiation-status', 'layout=compact'],
  ['negotiation-status', 'layout=timeline'],
];

/** A widget in a 672 px column of a page whose text is `pageSize` px. */
async function onPage(tag: string, attributes: string, pageSize: number, style = ''): Promise<HTMLElement> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.setAttribute('style', `width: 672px; font: ${pageSize}px/1.6 'Liberation Serif', Georgia, serif; ${style}`);
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    el.setAttribute(name!, value);
  }
  wrap.append(el);
  await el.updateComplete;
  await nextFrame();
  return el;
}

/** The size of every element that shows text of its own, visually hidden text left out. */
function textSizes(el: HTMLElement): { what: string; size: number }[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('*'))
    .filter((node) => node.localName !== 'style' && !node.closest('.visually-hidden'))
    .filter((node) => Array.from(node.childNodes).some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()))
    .filter((node) => node.getClientRects().length > 0)
    .map((node) => ({ what: `${node.localName}.${Array.from(node.classList).join('.')}: ${node.textContent!.trim().slice(0, 30)}`, size: parseFloat(getComputedStyle(node).fontSize) }));
}

const size = (el: HTMLElement, selector: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontSize);

describe('type scale', () => {
  for (const [tag, attributes] of WIDGETS) {
    it(`${tag} ${attributes}: no text under 13 px on a 16 px page`, async () => {
      const el = await onPage(tag, attributes, 16);
      const sizes = textSizes(el);
      expect(sizes.length).to.be.greaterThan(2);
      for (const { what, size } of sizes) expect(size, what).to.be.at.least(13);
    });
  }

  it('follows the page: on an 18 px page the labels are 14.4 px, notes 13.5 px, titles 21.6 px, the status’s text 16.2 px', async () => {
    const matrix = await onPage('position-matrix', '', 18);
    expect(size(matrix, '.caption')).to.be.closeTo(21.6, 0.05);
    expect(size(matrix, 'th .name')).to.be.closeTo(14.4, 0.05);
    const status = await onPage('negotiation-status', '', 18);
    expect(size(status, 'h2.title')).to.be.closeTo(21.6, 0.05);
    expect(size(status, '.base')).to.be.closeTo(16.2, 0.05);
    // A step inside the status's lead-size text is still a step of the page's size, not of the lead.
    expect(size(status, '.dateline')).to.be.closeTo(14.4, 0.05);
    expect(size(status, '.hero-next-title')).to.be.closeTo(16.2, 0.05);
    const card = await onPage('quote-card', 'quote=hegseth-nato-membership', 18);
    expect(size(card, '.when')).to.be.closeTo(14.4, 0.05);
    const compact = await onPage('quote-card', 'quote=zelenskyy-security-guarantees layout=compact', 18);
    expect(size(compact, '.text')).to.be.closeTo(18, 0.05);
    expect(size(compact, '.context')).to.be.closeTo(14.4, 0.05);
    expect(size(compact, '.meta')).to.be.closeTo(14.4, 0.05);
    // The compact status is one kicker line: the label step throughout, its capitals a step down.
    const banner = await onPage('negotiation-status', 'layout=compact', 18);
    expect(size(banner, '.banner')).to.be.closeTo(14.4, 0.05);
    expect(size(banner, '.kicker')).to.be.closeTo(13, 0.05);
    // No step nested in another: nothing but the 13 px floor under a label on this page.
    for (const el of [matrix, status, card, compact]) {
      for (const { what, size } of textSizes(el)) expect(size, what).to.be.at.least(13.5);
    }
  });

  it('--nw-font-size sets the widget’s text size, and the steps follow it', async () => {
    const status = await onPage('negotiation-status', '', 16, '--nw-font-size: 20px');
    expect(size(status, 'h2.title')).to.be.closeTo(24, 0.05);
    expect(size(status, '.base')).to.be.closeTo(18, 0.05);
    expect(size(status, '.dateline')).to.be.closeTo(16, 0.05);
  });
});
