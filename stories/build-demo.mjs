// Writes the demo to dist/demo/ as static files any web server can host: the workbench
// (workbench.js is built by rollup), the article page, the gallery, the CDN files, stories and the manifest.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { embedCode } from '../dist/embed.js';
import { prerender } from '../dist/ssr.js';
import { galleryNav, gallerySections } from './gallery.mjs';

mkdirSync('dist/demo', { recursive: true });
cpSync('dist/cdn', 'dist/demo/cdn', { recursive: true });
cpSync('dist/stories', 'dist/demo/stories', { recursive: true });
cpSync('dist/studio', 'dist/demo/studio', { recursive: true });
cpSync('dist/custom-elements.json', 'dist/demo/custom-elements.json');
for (const file of ['index.html', 'demo-base.css', 'workbench.css', 'article.css', 'gallery.css', 'favicon.svg']) cpSync(`stories/${file}`, `dist/demo/${file}`);

/**
 * The article page carries each widget as a publisher's server would render it (`prerender` from
 * negotiation-widgets/ssr.js, as `renderWidget` does): the element with its declarative shadow DOM,
 * so the first paint already has the widget's own layout (no room to reserve, nothing moves when
 * the script arrives), and its fallback content for browsers without declarative shadow DOM. The
 * page loads the CDN script once, in its head, and the widgets take over the server's DOM.
 */
const WIDGET = /<(quote-card|position-matrix|negotiation-status)((?:\s+[a-z-]+="[^"]*")*)\s*><\/\1>/g;
const articleSource = readFileSync('stories/article.html', 'utf8');
const articleWith = (options) =>
  articleSource.replace(WIDGET, (_, tag, attributeText) => {
    const attributes = Object.fromEntries(Array.from(attributeText.matchAll(/([a-z-]+)="([^"]*)"/g), ([, name, value]) => [name, value]));
    return embedCode(tag, { attributes, variant: 'element', ...options });
  });
writeFileSync('dist/demo/article.html', articleWith({ prerender }));

/** The same page under its earlier name (links to it keep working). */
writeFileSync(
  'dist/demo/article-server-rendered.html',
  articleWith({ prerender })
    .replace('<title>', '<title>(Server-rendered) ')
    .replace('demo article page for negotiation-widgets</span>', 'demo article page for negotiation-widgets, server-rendered</span>')
    .replace('content="Demo article page for negotiation-widgets:', 'content="Demo article page for negotiation-widgets, every widget server-rendered:'),
);

/** The gallery: every widget and layout, written out (stories/gallery.mjs). */
const gallery = readFileSync('stories/gallery.html', 'utf8').replace('<!-- gallery:nav -->', galleryNav()).replace('<!-- gallery:sections -->', gallerySections());
writeFileSync('dist/demo/gallery.html', gallery);
