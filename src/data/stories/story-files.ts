// Where the CDN files find the built-in stories' JSON files, and their sha256 hashes, by story id:
// written by the CDN builds (rollup.config.mjs, cdnStories), which also write the files. Placeholders.
export const STORY_FILES: { base: string; integrity: Record<string, string> } = { base: './stories/', integrity: {} };
