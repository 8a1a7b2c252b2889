// Writes the demo page to dist/demo/ as static files any web server can host.
// Until the workbench lands (demo-page issue), it shows the three widgets with the built-in story.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';

mkdirSync('dist/demo', { recursive: true });
cpSync('dist/cdn', 'dist/demo/cdn', { recursive: true });
cpSync('dist/stories', 'dist/demo/stories', { recursive: true });
cpSync('stories/demo.html', 'dist/demo/index.html');
cpSync('stories/demo.css', 'dist/demo/demo.css');
