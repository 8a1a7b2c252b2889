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
import { CHECK_USAGE, checkCommand } from './check.js';
import { DIFF_USAGE, diffCommand } from './diff.js';
import { printable } from './printable.js';
import { RENDER_USAGE, renderCommand } from './render.js';
import { STUDIO_USAGE, studioCommand } from './studio.js';


const USAGE = [`Usage: negotiation-widgets validate <story.json> [more.json …]`, DIFF_USAGE, CHECK_USAGE, RENDER_USAGE, STUDIO_USAGE].map((line, i) => (i ? line.replace('Usage: ', '       ') : line)).join('\n');

async function main(args: string[]): Promise<number> {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'diff') return diffCommand(files);
  if (command === 'render') return renderCommand(files);
  if (command === 'check') return checkCommand(files);
  if (command === 'studio') return studioCommand(files);
  // An option validate does not know (`--article a.txt`) is a usage error, never a file name.
  const unknown = files.find((file) => file.startsWith('-'));
  if (command !== 'validate' || files.length === 0 || unknown) {
    if (unknown) console.error(`negotiation-widgets validate: unknown option ${printable(unknown)}`);
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
      // Each line printable on its own: the file's text never starts a line of its own making.
      console.error(syntaxErrorPlace(text, error as Error).map((line, i) => (i ? `    ${printable(line)}` : `${file}: not valid JSON${printable(line)}`)).join('\n'));
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

/**
 * Where a JSON syntax error is, as an editor finds it: " at line 12, column 7 (message)", then
 * the line itself and a caret under the column. Node gives a character offset ("at position 1051");
 * without one, the message alone.
 */
export function syntaxErrorPlace(text: string, error: Error): string[] {
  const offset = Number(/position (\d+)/.exec(error.message)?.[1] ?? NaN);
  if (!Number.isInteger(offset) || offset > text.length) return [` (${error.message})`];
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const start = before.lastIndexOf('\n') + 1;
  const column = offset - start + 1;
  const end = text.indexOf('\n', offset);
  const source = text.slice(start, end === -1 ? undefined : end).replace(/\t/g, ' ');
  // A long line is shown around the column, so the caret stays in view.
  const from = Math.max(0, column - 60);
  const shown = source.slice(from, from + 120);
  return [` at line ${line}, column ${column} (${error.message})`, shown, `${' '.repeat(column - 1 - from)}^`];
}

process.exitCode = await main(process.argv.slice(2));
