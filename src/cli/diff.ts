/**
 * `npx negotiation-widgets diff old.json new.json`: what an update changes, one line per change
 * in an editor's words, so a desk can review it before publishing. Exits like diff(1): 0 when
 * nothing changed, 1 when something did, 2 when a file cannot be read or is not a valid story.
 * Text from the files is printed through `printable`, like `validate`'s.
 */
import { readFile } from 'node:fs/promises';
import { diffStories } from '../data/diff.js';
import { describeDiff } from '../data/describe-diff.js';
import { formatValidationErrors, validateStory } from '../data/diagnostics.js';
import { printable } from './printable.js';
import type { Story } from '../data/story.js';

export const DIFF_USAGE = 'Usage: negotiation-widgets diff <old.json> <new.json>';

async function load(file: string): Promise<Story | string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return `${file}: not valid JSON (${(error as Error).message})`;
  }
  const result = validateStory(json);
  if (result.ok) return result.story;
  return `${file}: not a valid story\n${formatValidationErrors(result.errors).replace(/^/gm, '  ')}`;
}

export async function diffCommand(files: string[]): Promise<number> {
  if (files.length !== 2) {
    console.error(DIFF_USAGE);
    return 2;
  }
  const [a, b] = await Promise.all(files.map(load));
  let failed = false;
  for (const story of [a, b]) {
    if (typeof story === 'string') {
      for (const line of story.split('\n')) console.error(printable(line));
      failed = true;
    }
  }
  if (failed) return 2;
  const before = a as Story;
  const after = b as Story;
  if (before.id !== after.id) {
    console.error(printable(`Different stories: "${before.id}" and "${after.id}". A live widget refuses a file whose id changed.`));
    return 2;
  }
  const lines = describeDiff(before, after, diffStories(before, after));
  if (lines.length === 0) {
    console.log(printable(`No changes to story "${after.id}".`));
    return 0;
  }
  console.log(printable(`Story "${after.id}": ${lines.length} change${lines.length === 1 ? '' : 's'}`));
  for (const line of lines) console.log(`  ${printable(line)}`);
  if (before.updated && after.updated && after.updated < before.updated) {
    console.log(printable(`Warning: "updated" goes back (${before.updated} → ${after.updated}): live widgets will refuse this file.`));
  }
  if (!lines.some((line) => line.startsWith('Updated:'))) console.log('Note: "updated" is unchanged; set it to today so readers see when the story last changed.');
  return 1;
}
