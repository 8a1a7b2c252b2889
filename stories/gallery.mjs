// The gallery's frames, written into dist/demo/gallery.html by build-demo.mjs: every widget and
// layout at four container widths, in light and dark, in English and Arabic. Static markup, so
// the page needs no script of its own and reads the same in a screenshot as in a browser.

/** Container widths: a narrow phone, a wide phone, the demo article's column, a wide desktop slot. */
export const GALLERY_WIDTHS = [320, 480, 672, 1024];

/** Each widget's layouts, the default first, with the attributes every frame of it gets. */
export const GALLERY_WIDGETS = [
  { tag: 'quote-card', layouts: ['card', 'pull', 'compact'], attributes: { quote: 'hegseth-nato-membership' } },
  { tag: 'position-matrix', layouts: ['auto', 'table', 'compact', 'list'], attributes: {} },
  { tag: 'negotiation-status', layouts: ['full', 'compact', 'timeline'], attributes: {} },
];

export const GALLERY_VARIANTS = [
  { lang: 'en', theme: 'light', label: 'English, light' },
  { lang: 'en', theme: 'dark', label: 'English, dark' },
  { lang: 'ar', theme: 'light', label: 'Arabic, light' },
  { lang: 'ar', theme: 'dark', label: 'Arabic, dark' },
];

const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attributes = (values) => Object.entries(values).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');

/** The element as an editor would write it (the default layout needs no attribute). */
function element(widget, layout, extra = {}) {
  const values = { ...widget.attributes, ...(layout === widget.layouts[0] ? {} : { layout }), ...extra };
  return `<${widget.tag}${attributes(values)}></${widget.tag}>`;
}

export function galleryNav() {
  return GALLERY_WIDGETS.map(
    (widget) =>
      `<li><code>&lt;${widget.tag}&gt;</code>: ${widget.layouts
        .map((layout) => `<a href="#${widget.tag}-${layout}">${layout}${layout === widget.layouts[0] ? ' (default)' : ''}</a>`)
        .join(' · ')}</li>`,
  ).join('\n          ');
}

export function gallerySections() {
  const sections = [];
  for (const widget of GALLERY_WIDGETS) {
    for (const layout of widget.layouts) {
      const rows = GALLERY_VARIANTS.map((variant) => {
        const frames = GALLERY_WIDTHS.map(
          (width) => `
            <figure class="frame w-${width}">
              <figcaption>${width} px</figcaption>
              <div class="stage ${variant.theme}" lang="${variant.lang}" dir="${variant.lang === 'ar' ? 'rtl' : 'ltr'}">${element(widget, layout, { theme: variant.theme })}</div>
            </figure>`,
        ).join('');
        return `
        <div class="variant">
          <h3>${variant.label}</h3>
          <div class="strip" role="group" aria-label="${escape(`${widget.tag} ${layout}, ${variant.label}`)}">${frames}
          </div>
        </div>`;
      }).join('');
      sections.push(`
      <section class="layout" id="${widget.tag}-${layout}" aria-labelledby="${widget.tag}-${layout}-title">
        <h2 id="${widget.tag}-${layout}-title"><code>&lt;${widget.tag}&gt;</code> ${layout}${layout === widget.layouts[0] ? ' <span>default</span>' : ''}</h2>
        <p class="code"><code>${escape(element(widget, layout))}</code></p>${rows}
      </section>`);
    }
  }
  return sections.join('\n');
}
