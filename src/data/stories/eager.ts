// Stands in for ./lazy.ts in the workbench: the built-in stories, available at once.
import * as stories from './index.js';
import type { BuiltInStoriesResult } from './lazy.js';

export const builtInStories = (): BuiltInStoriesResult => stories;
