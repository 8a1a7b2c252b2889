/**
 * `npx negotiation-widgets validate story.json [more.json …]`: prints each file's problems,
 * one per line with its JSON pointer; exits 1 when any file is invalid, 2 on a usage error.
 * Everything printed that came from a file (ids, JSON excerpts) or the command line passes through
 * `printable`, so a story cannot move the cursor, clear the screen, retitle the terminal or fake a line.
 */
import { readFile } from 'node:fs/promises';
import { formatValidationErrors, validateStory } from '../data/diagnostics.js';

/**
 * Text safe to print on a terminal: C0 and C1 control characters (ESC, BEL, CR, line breaks…),
 * DEL, and the bidirectional overrides and isolates that reorder what a line seems to say are
 * written as `\u001b`-style escapes.
 */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const USAGE = 'Usage: negotiation-widgets validate <story.json> [more.json …]';

async function main(args: string[]): Promise<number> {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'validate' || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let invalid = 0;
  for (const path of files) {
    const file = printable(path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot be read (${printable((error as NodeJS.ErrnoException).code ?? String(error))})`);
      invalid++;
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      console.error(`${file}: not valid JSON (${printable((error as Error).message)})`);
      invalid++;
      continue;
    }
    const result = validateStory(json);
    if (result.ok) {
      console.log(`${file}: valid story "${printable(result.story.id)}"`);
    } else {
      invalid++;
      console.error(`${file}: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}`);
      // One error at a time: a line break inside a message is escaped, never a new line.
      for (const error of result.errors) console.error(`  ${printable(formatValidationErrors([error]))}`);
    }
  }
  return invalid > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
