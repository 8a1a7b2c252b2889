/**
 * Imported first by every Node entry point (package.json "exports", condition "node"): a server
 * renders each widget once, synchronously, so the built-in stories and every language's strings
 * must be there before the first render rather than fetched on demand as in browsers. A second copy
 * of the package in the same process registers nothing and, on a server, warns of nothing.
 */
import * as stories from '../data/stories/index.js';
import { provideBuiltInStories } from '../data/stories/provided.js';
import { registerAllLanguages } from '../shared/locales/index.js';
import { expectSecondCopy } from '../shared/define.js';

provideBuiltInStories(stories);
registerAllLanguages();
expectSecondCopy();
