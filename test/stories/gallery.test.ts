import { expect, waitUntil } from '@open-wc/testing';

const WIDTHS = [320, 480, 672, 1024];
const LAYOUTS: Record<string, string[]> = {
  'quote-card': ['card', 'pull', 'compact'],
  'position-matrix': ['auto', 'table', 'compact', 'list'],
  'negotiation-status': ['full', 'compact', 'timeline'],
};

describe('the gallery page', () => {
  let frame: HTMLIFrameElement;
  before(async function () {
    // 160 widgets on one page: more than the 10 s a test gets on a busy machine.
    this.timeout(40000);
    frame = document.createElement('iframe');
    frame.src = '/dist/demo/gallery.html';
    frame.width = '1280';
    frame.height = '900';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await waitUntil(
      () => Array.from(doc.querySelectorAll('quote-card, position-matrix, negotiation-status')).every((el) => el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('slot')),
      'the widgets did not render',
      { timeout: 35000 },
    );
  });
  after(() => frame.remove());

  it('shows every widget and layout at 320, 480, 672 and 1024 px, light and dark, English and Arabic', () => {
    const doc = frame.contentDocument!;
    for (const [tag, layouts] of Object.entries(LAYOUTS)) {
      for (const layout of layouts) {
        const section = doc.getElementById(`${tag}-${layout}`)!;
        expect(section, `${tag} ${layout}`).to.exist;
        const frames = Array.from(section.querySelectorAll('.stage'));
        const seen = frames.map((stage) => {
          const element = stage.querySelector(tag)!;
          expect(element.getAttribute('layout') ?? layouts[0], `${tag} ${layout}`).to.equal(layout);
          return `${Math.round(stage.getBoundingClientRect().width)} ${element.getAttribute('theme')} ${stage.getAttribute('lang')}`;
        });
        const expected = ['en light', 'en dark', 'ar light', 'ar dark'].flatMap((variant) => {
          const [lang, theme] = variant.split(' ');
          return WIDTHS.map((width) => `${width} ${theme} ${lang}`);
        });
        expect(seen).to.deep.equal(expected);
      }
    }
  });

  it('shows no widget in an error state, and the page itself never scrolls sideways', () => {
    const doc = frame.contentDocument!;
    const failed = Array.from(doc.querySelectorAll('quote-card, position-matrix, negotiation-status')).filter((el) => el.shadowRoot!.querySelector('.error'));
    expect(failed.map((el) => el.outerHTML)).to.deep.equal([]);
    expect(doc.documentElement.scrollWidth).to.equal(doc.documentElement.clientWidth);
  });

  it('has a table of contents linking every layout', () => {
    const doc = frame.contentDocument!;
    const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>('nav a[href^="#"]')).map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(Object.entries(LAYOUTS).flatMap(([tag, layouts]) => layouts.map((layout) => `#${tag}-${layout}`)));
  });
});

describe('the workbench', () => {
  it('links to the gallery among its pages', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/dist/demo/index.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      await waitUntil(() => doc.querySelector('nav a[href="gallery.html"]'), 'no link to the gallery', { timeout: 10000 });
      expect(doc.querySelector('nav a[href="gallery.html"]')!.textContent).to.contain('Gallery');
    } finally {
      frame.remove();
    }
  });
});
