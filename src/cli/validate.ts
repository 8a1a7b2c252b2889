/**
 * `npx negotiation-widgets validate story.json [more.json …]`: prints each file's problems,
 * one per line with its JSON pointer, then a valid story's editorial warnings (which never fail it);
 * exits 1 when any file is invalid, 2 on a usage error.
 * Everything printed that came from a file (ids, JSON excerpts) or the command line passes through
 * `printable`, so a story cannot move the cursor, clear the screen, retitle the terminal or fake a line.
 */
import { readFile } from 'node:fs/promises';
import { formatValidationErrors, validateStory } from '../data/diagnostics.js';
import { storyWarnings } from '../data/warnings.js';
import { DIFF_USAGE, diffCommand } from './diff.js';
import { printable } from './printable.js';
import { RENDER_USAGE, renderCommand } from './render.js';


const USAGE = [`Usage: negotiation-widgets validate <story.json> [more.json …]`, DIFF_USAGE, RENDER_USAGE].map((line, i) => (i ? line.replace('Usage: ', '       ') : line)).join('\n');

async function main(args: string[]): Promise<number> {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'diff') return diffCommand(files);
  if (command === 'render') return renderCommand(files);
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
      // Editorial warnings go on their own lines after the verdict; they never change the exit code.
      const warnings = storyWarnings(result.story);
      if (warnings.length > 0) {
        console.log(`${file}: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
        for (const warning of warnings) console.log(`  warning ${printable(formatValidationErrors([warning]))}`);
      }
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
