import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The repository's root: next, react and lit come from its node_modules, and the page imports
// test/fixtures/story.json.
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
};
