// Writes the demo to dist/demo/ as static files any web server can host: the workbench
// (workbench.js is built by rollup), the article page, the CDN files, stories and the manifest.
import { cpSync, mkdirSync } from 'node:fs';

mkdirSync('dist/demo', { recursive: true });
cpSync('dist/cdn', 'dist/demo/cdn', { recursive: true });
cpSync('dist/stories', 'dist/demo/stories', { recursive: true });
cpSync('dist/custom-elements.json', 'dist/demo/custom-elements.json');
for (const file of ['index.html', 'workbench.css', 'article.html', 'article.css']) cpSync(`stories/${file}`, `dist/demo/${file}`);
