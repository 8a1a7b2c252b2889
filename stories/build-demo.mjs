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
for (const file of ['index.html', 'workbench.css', 'article.css', 'gallery.css', 'favicon.svg']) cpSync(`stories/${file}`, `dist/demo/${file}`);

/**
 * The article page carries each widget as a CMS page would after pasting its embed code: the
 * element with its readable fallback content (the page loads the CDN script once, in its head).
 */
const WIDGET = /<(quote-card|position-matrix|negotiation-status)((?:\s+[a-z-]+="[^"]*")*)\s*><\/\1>/g;
const articleSource = readFileSync('stories/article.html', 'utf8');
const articleWith = (options) =>
  articleSource.replace(WIDGET, (_, tag, attributeText) => {
    const attributes = Object.fromEntries(Array.from(attributeText.matchAll(/([a-z-]+)="([^"]*)"/g), ([, name, value]) => [name, value]));
    return embedCode(tag, { attributes, variant: 'element', ...options });
  });
writeFileSync('dist/demo/article.html', articleWith({}));

/**
 * The same article with every widget server-rendered (`prerender` from negotiation-widgets/ssr.js):
 * readable before the script runs and with JavaScript off (view its source: declarative shadow DOM).
 */
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
