/**
 * Visual regression: each widget's every layout (the default first) at 672 and 320 px, light and
 * dark, and in Arabic (the matrix's default also at 375 and 1024 px, and in greyscale), compared
 * with the baselines in test/visual/baselines/. Chromium only (other engines draw text differently).
 * After a deliberate design change: `npm run test:visual:update`.
 */
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';

const WIDGETS = [
  { tag: 'quote-card', layouts: ['card', 'pull', 'compact'], attributes: { quote: 'hegseth-nato-membership' } },
  { tag: 'position-matrix', layouts: ['auto', 'table', 'compact', 'list'], attributes: {} },
  { tag: 'negotiation-status', layouts: ['full', 'compact', 'timeline'], attributes: {} },
] as const;

/** Widths: the demo article's column and a narrow phone. */
const WIDTHS = [672, 320] as const;

// A page of fixed width and a pinned, installed font (the widgets take the page's), so the
// pictures do not depend on which fonts stand in for "Georgia".
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  body { margin: 0; }
  .stage { font-family: 'DejaVu Serif', serif; font-size: 18px; line-height: 1.6; background: #fff; color: #1b1b1f; padding: 8px; }
  .stage.dark { color-scheme: dark; background: #121216; color: #ececf0; }
  .w-672 { width: 672px; }
  .w-320 { width: 320px; }
  .w-375 { width: 375px; }
  .w-1024 { width: 1024px; }
  .grey { filter: grayscale(1); }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

async function stage(tag: string, attributes: Record<string, string>, width: number, theme: 'light' | 'dark', lang: 'en' | 'ar'): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.className = `stage w-${width} ${theme}`;
  box.lang = lang;
  box.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...attributes, theme })) element.setAttribute(name, value);
  box.append(element);
  document.body.append(box);
  await customElements.whenDefined(tag);
  const start = Date.now();
  // Rendered: the story's view, not the loading slot (Arabic waits for its strings).
  while (!element.shadowRoot?.querySelector('[part~="base"]') || element.shadowRoot.querySelector('slot')) {
    if (Date.now() - start > 8000) throw new Error(`<${tag}> did not render`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return box;
}

describe('how the widgets look', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 900 });
    // No pulse or transition caught mid-way.
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  afterEach(() => {
    for (const box of Array.from(document.querySelectorAll('.stage'))) box.remove();
  });

  for (const widget of WIDGETS) {
    for (const layout of widget.layouts) {
      const attributes: Record<string, string> = { ...widget.attributes, ...(layout === widget.layouts[0] ? {} : { layout }) };
      const name = `${widget.tag}-${layout}`;
      for (const width of WIDTHS) {
        for (const theme of ['light', 'dark'] as const) {
          it(`${name} at ${width} px, ${theme}`, async () => {
            await visualDiff(await stage(widget.tag, attributes, width, theme, 'en'), `${name}-${width}-${theme}`);
          });
        }
      }
      it(`${name} at 672 px, Arabic`, async () => {
        await visualDiff(await stage(widget.tag, attributes, 672, 'light', 'ar'), `${name}-672-ar`);
      });
    }
  }

  // The matrix's grid also at a wide phone and a desktop slot, and once in greyscale: its marks must read without colour.
  for (const width of [375, 1024]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`position-matrix-auto at ${width} px, ${theme}`, async () => {
        await visualDiff(await stage('position-matrix', {}, width, theme, 'en'), `position-matrix-auto-${width}-${theme}`);
      });
    }
  }
  it('position-matrix-auto at 672 px, greyscale', async () => {
    const box = await stage('position-matrix', {}, 672, 'light', 'en');
    box.classList.add('grey');
    await visualDiff(box, 'position-matrix-auto-672-grey');
  });
});
