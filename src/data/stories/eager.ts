// Stands in for ./lazy.ts in the single-file builds: the built-in stories, available at once.
import * as stories from './index.js';
import type { BuiltInStories } from './lazy.js';

export const builtInStories = (): BuiltInStories => stories;
