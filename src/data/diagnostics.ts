/**
 * The full diagnostics of a story, for editors' tools (`negotiation-widgets/data.js`, the CLI,
 * the workbench): every problem (up to 100), long messages that say what was found, and "did you
 * mean" hints for unknown ids. The rules are those of `validate.ts`, applied once by the same
 * check; readers' browsers load only that lean module and its first short message.
 */
import { inspectStory } from './validate.js';
import type { Finding } from './validate.js';
import type { ValidationResult } from './story.js';

export { formatValidationErrors, isHttpUrl, LIMITS } from './validate.js';

/**
 * The hints' work is bounded by design, not by hope: ids longer than this get no hint, a collection
 * with more ids than `HINT_CANDIDATES` gets none, and one validation spends at most `HINT_BUDGET`
 * steps of the distance computation in all (the 83 KB case of 100 unknown 64-character ids against
 * 500 candidates once took 1.6–2.9 s; it now stops hinting after about 10 ms of work).
 */
export const HINT_MAX_LENGTH = 64;
export const HINT_CANDIDATES = 500;
export const HINT_BUDGET = 1_000_000;

/** Distance-matrix cells computed by the last `validateStory` call (for tests of the bound). */
export let lastHintWork = 0;
let budget = 0;

/**
 * Checks an untrusted value against the story format, version 1. Returns the story rebuilt
 * from known fields only (so prototype keys and unknown fields never reach a widget), or every
 * problem found (up to 100), each with a JSON pointer and a message an editor understands.
 * Never throws. Linear in the size of the input, hints included.
 */
export function validateStory(input: unknown): ValidationResult {
  const { story, findings } = inspectStory(input);
  if (story) return { ok: true, story };
  budget = HINT_BUDGET;
  const errors = findings.map((finding) => ({ path: finding.path, message: explain(finding) }));
  lastHintWork = HINT_BUDGET - Math.max(budget, 0);
  return { ok: false, errors };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a long text' : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'symbol') return 'a symbol';
  return `${typeof value} ${String(value)}`;
}

/** The long message for a finding: the short one, with what was found and what would do. */
function explain(finding: Finding): string {
  const { message, value, known } = finding;
  if (known && typeof value === 'string') {
    const best = closest(value, known);
    return best === undefined ? message : `${message} (did you mean "${best}"?)`;
  }
  switch (message) {
    case 'is not a valid id':
      return `"${(value as string).slice(0, 40)}" is not a valid id (letters, digits, "-", "_" and "." only, up to 100)`;
    case 'is not a language tag':
      return `${describe(value)} is not a BCP 47 language tag such as "en" or "pt-BR" (at most 35 characters)`;
    case 'is not a colour':
      return `${describe(value)} is not a colour (use a hex colour such as "#2563eb", rgb(), hsl() or a colour name)`;
    case 'is not a real date':
      return `${describe(value)} is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
  }
  if (/^\/negotiation\/events\/\d+\/quote$/.test(finding.path) && message.startsWith('brings')) return `${message} (an event's quote counts once more: the event shows it)`;
  return message.startsWith('must be ') && 'value' in finding ? `${message}, found ${describe(value)}` : message;
}

/** The candidate closest to `id` (case-insensitively), if close enough to be a likely typo. */
function closest(id: string, known: ReadonlySet<string>): string | undefined {
  if (id.length > HINT_MAX_LENGTH || known.size > HINT_CANDIDATES) return undefined;
  const limit = Math.max(2, Math.floor(id.length / 3));
  const a = id.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (budget <= 0) return undefined;
    const d = distance(a, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * Levenshtein distance if it is at most `max`, else `Infinity`. Only the band of width 2·max+1
 * around the diagonal is computed (a cell farther from it costs more than `max` anyway), a row
 * ends the computation once all of it is past `max`, and every cell is charged to the budget.
 */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max || b.length > HINT_MAX_LENGTH) return Infinity;
  const over = max + 1;
  let previous = new Int32Array(b.length + 1).fill(over);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= Math.min(b.length, max); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current.fill(over);
    current[0] = Math.min(i, over);
    let rowMin = current[0]!;
    for (let j = from; j <= to; j++) {
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), over);
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    // The row's reset counts too: the budget is every cell touched, not only those computed.
    budget -= to - from + 1 + current.length;
    if (rowMin > max || budget <= 0) return Infinity;
    [previous, current] = [current, previous];
  }
  return previous[b.length]! <= max ? previous[b.length]! : Infinity;
}
