/**
 * `npx negotiation-widgets validate story.json [more.json …]`: prints each file's problems,
 * one per line with its JSON pointer, then a valid story's editorial warnings (which never fail it);
 * exits 1 when any file is invalid, 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { formatValidationErrors, validateStory } from '../data/validate.js';
import { storyWarnings } from '../data/warnings.js';
import { DIFF_USAGE, diffCommand } from './diff.js';

const USAGE = `Usage: negotiation-widgets validate <story.json> [more.json …]\n       ${DIFF_USAGE.slice('Usage: '.length)}`;

async function main(args: string[]): Promise<number> {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'diff') return diffCommand(files);
  if (command !== 'validate' || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let invalid = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      invalid++;
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      console.error(`${file}: not valid JSON (${(error as Error).message})`);
      invalid++;
      continue;
    }
    const result = validateStory(json);
    if (result.ok) {
      console.log(`${file}: valid story "${result.story.id}"`);
      // Editorial warnings go on their own lines after the verdict; they never change the exit code.
      const warnings = storyWarnings(result.story);
      if (warnings.length > 0) {
        console.log(`${file}: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
        console.log(formatValidationErrors(warnings).replace(/^/gm, '  warning '));
      }
    } else {
      invalid++;
      console.error(`${file}: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}`);
      console.error(formatValidationErrors(result.errors).replace(/^/gm, '  '));
    }
  }
  return invalid > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
