/**
 * Imported first by every Node entry point (package.json "exports", condition "node"): a server
 * renders each widget once, synchronously, so the built-in stories and every language's strings
 * must be there before the first render rather than fetched on demand as in browsers.
 */
import * as stories from '../data/stories/index.js';
import { provideBuiltInStories } from '../data/stories/provided.js';
import { registerAllLanguages } from '../shared/locales/index.js';

provideBuiltInStories(stories);
registerAllLanguages();
