/**
 * `npx negotiation-widgets check story.json --source article.txt [--json]`: checks every quote,
 * context and reported sentence of a story against its source article (plain text, or an HTML page
 * read as text). Prints each failure with its JSON pointer, the source's closest passage and the
 * difference word by word, then warnings (a speaker not named near their words), which never fail
 * it. Exits 0 when everything is found, 1 when something is not (or the story is invalid), 2 on a
 * usage error or an unreadable file. `--json` prints the `checkAgainstSource` result instead.
 */
import { readFile } from 'node:fs/promises';
import { formatValidationErrors, validateStory } from '../data/diagnostics.js';
import { checkAgainstSource, sourceTextFromHtml } from '../data/source-check.js';
import type { WordChange } from '../data/source-check.js';
import { printable } from './printable.js';

export const CHECK_USAGE = 'Usage: negotiation-widgets check <story.json> --source <article.txt|article.html> [--json]';

/** A difference as one line: words only in the source in [-…-], words only in the story in {+…+} (wdiff's marks). */
export function describeWordDiff(diff: WordChange[]): string {
  return diff.map((change) => (change.in === 'same' ? change.text : change.in === 'source' ? `[-${change.text}-]` : `{+${change.text}+}`)).join(' ');
}

function usage(message?: string): number {
  if (message) console.error(`negotiation-widgets check: ${printable(message)}`);
  console.error(CHECK_USAGE);
  return 2;
}

export async function checkCommand(args: string[]): Promise<number> {
  let storyFile: string | undefined;
  let sourceFile: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--source') {
      sourceFile = args[++i];
      if (!sourceFile) return usage('--source needs a file');
    } else if (arg.startsWith('-')) return usage(`unknown option ${arg}`);
    else if (storyFile) return usage(`one story at a time (${arg})`);
    else storyFile = arg;
  }
  if (!storyFile || !sourceFile) return usage();

  let storyText: string;
  let sourceText: string;
  try {
    [storyText, sourceText] = await Promise.all([readFile(storyFile, 'utf8'), readFile(sourceFile, 'utf8')]);
  } catch (error) {
    const { code, path } = error as NodeJS.ErrnoException;
    console.error(printable(`${path ?? ''}: cannot be read (${code ?? String(error)})`));
    return 2;
  }
  let data: unknown;
  try {
    data = JSON.parse(storyText);
  } catch (error) {
    console.error(printable(`${storyFile}: not valid JSON (${(error as Error).message})`));
    return 1;
  }
  const valid = validateStory(data);
  if (!valid.ok) {
    console.error(printable(`${storyFile}: not a valid story (run negotiation-widgets validate for every problem)`));
    for (const error of valid.errors.slice(0, 5)) console.error(`  ${printable(formatValidationErrors([error]))}`);
    return 1;
  }
  // An HTML page is read as the words a reader sees; nothing in it runs.
  const source = /\.x?html?$/i.test(sourceFile) || /^\s*<(?:!doctype|html)/i.test(sourceText) ? sourceTextFromHtml(sourceText) : sourceText;
  const result = checkAgainstSource(valid.story, source);
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  }
  const file = printable(storyFile);
  const checked = result.items.length;
  if (result.ok) console.log(`${file}: all ${checked} quotations and reported sentences found in ${printable(sourceFile)}`);
  else {
    console.error(`${file}: ${result.problems.length} of ${checked} not found in ${printable(sourceFile)}`);
    for (const problem of result.problems) {
      console.error(`  ${problem.pointer} (${printable(problem.id)}): ${printable(problem.message ?? 'not found')}`);
      console.error(`    story:   ${printable(problem.text)}`);
      if (problem.closest) {
        console.error(`    source:  ${printable(problem.closest.text)}`);
        console.error(`    changes: ${printable(describeWordDiff(problem.closest.diff))}`);
      } else if (problem.passage) console.error(`    source:  ${printable(problem.passage.text)}`);
      else console.error('    source:  nothing like it');
    }
  }
  for (const warning of result.warnings) console.log(`  warning ${warning.pointer} (${printable(warning.id)}): ${printable(warning.message)}`);
  return result.ok ? 0 : 1;
}
