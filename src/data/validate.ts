import { isPartialDate } from './dates.js';
import { COLOR_PATTERN, ID_PATTERN, LANGUAGE_PATTERN, LIMITS, STORY_FORMAT } from './story-format.js';
import type { FormatField, FormatType } from './story-format.js';
import type { Story, ValidationError, ValidationResult } from './story.js';

export { COLOR_PATTERN, ID_PATTERN, LIMITS } from './story-format.js';

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const MAX_ERRORS = 100;

type Json = Record<string, unknown>;

/**
 * One problem as the rules find it: a JSON pointer and a short message, which is what a reader's
 * browser shows. `value` (what was found) and `known` (the ids an unknown one could have meant)
 * let the full diagnostics (`diagnostics.ts`, for editors' tools) say more without this module
 * carrying their words.
 */
export interface Finding extends ValidationError {
  value?: unknown;
  known?: ReadonlySet<string>;
}

/**
 * Applies the rules of the story format, version 1 (`STORY_FORMAT` in `story-format.ts`), to an
 * untrusted value: the story rebuilt from known fields only (so prototype keys and unknown fields
 * never reach a widget), and the first `max` problems found, each with a JSON pointer. Never
 * throws. Both the lean `validateStoryLean` and the full `validateStory` of `diagnostics.ts` are
 * this one check. Every value is read once: a live object (a getter, a Proxy) cannot answer the
 * check one way and the rebuilt story another.
 */
export function inspectStory(input: unknown, max: number = MAX_ERRORS): { story?: Story; findings: Finding[] } {
  const findings: Finding[] = [];
  const wanted = Math.min(max, MAX_ERRORS);
  const enough = (): boolean => findings.length >= wanted;
  /** Characters of text read so far (see `spend`). */
  let textLength = 0;
  /** Every object read, in reading order: its type, the object rebuilt, its JSON pointer. */
  const objects: [FormatType, Json, string][] = [];
  /**
   * Every id a reference names: the type it names, the id, and where (the field's JSON pointer, and
   * the index in a list of ids: pointers are built for problems only, as a story holds thousands of ids).
   */
  const named: [FormatType, string, string, number?][] = [];

  /** Records a problem; "must be …" findings also carry the value found, which the diagnostics describe. */
  const error = (path: string, message: string, ...found: [value?: unknown, known?: ReadonlySet<string>]): undefined => {
    if (enough()) return;
    const finding: Finding = { path, message };
    if (found.length) finding.value = found[0];
    if (found[1]) finding.known = found[1];
    findings.push(finding);
  };

  /** Counts `text` toward the story's text: the message for the one that first goes past the limit. */
  const spend = (text: string): string | false => {
    const n = text.length + (LIMITS.bidiControl - 1) * (text.length - text.replace(BIDI_CONTROLS, '').length);
    return (textLength += n) > LIMITS.text && textLength - n <= LIMITS.text && `brings the story's text past ${LIMITS.text} characters, the most a story may hold`;
  };

  /** What is wrong with a string `v` for a field of `kind`, if anything. */
  const problem = ({ kind, max, values }: FormatField, v: string): string | false => {
    switch (kind) {
      case 'id':
        return !ID_PATTERN.test(v) && 'is not a valid id';
      case 'language':
        return !LANGUAGE_PATTERN.test(v) && 'is not a language tag';
      case 'color':
        return !COLOR_PATTERN.test(v) && 'is not a colour';
      case 'url':
        return !isHttpUrl(v) && 'must be an http: or https: address';
      case 'date':
        return !isPartialDate(v) && 'is not a real date';
      case 'enum':
        return !values!.includes(v) && `must be one of ${values!.map((a) => `"${a}"`).join(', ')}`;
      case 'text':
        return max! < v.length ? `has ${v.length} characters, more than the ${max} it may hold` : spend(v);
    }
    // A reference: whether it names an item is checked once every item is read.
    return false;
  };

  /** Reads one field's value `v` at `at`: the value to keep, or undefined (reported, unless an optional field is absent). */
  const field = (v: unknown, at: string, spec: FormatField): unknown => {
    const { kind, max, of } = spec;
    if (v === undefined) return spec.optional ? v : error(at, kind === 'list' || kind === 'refs' ? 'is required (use [] for none)' : kind === 'version' ? 'is required (use 1)' : 'is required');
    if (kind === 'version') return v === 1 ? v : error(at, 'must be 1', v);
    if (kind === 'boolean') return typeof v === 'boolean' ? v : error(at, 'must be true or false', v);
    if (kind === 'object') return read(v, at, of!);
    if (kind === 'list' || kind === 'refs') {
      if (!Array.isArray(v)) return error(at, 'must be a list', v);
      // The length is read once: a live list (a Proxy, a getter) could answer more the second
      // time, and the rebuilt story, a snapshot, is all that is checked and used afterwards.
      const length = Number(v.length);
      if (length > max!) return error(at, `has ${length} items, more than the ${max} a story may hold`);
      const items: unknown[] = [];
      // Holes in a sparse list are skipped, not read as `undefined`.
      for (let index = 0; index < length && !enough(); index++) {
        if (!(index in v)) continue;
        const entry: unknown = v[index];
        const item = kind === 'list' ? read(entry, `${at}/${index}`, of!) : typeof entry === 'string' && entry !== '' ? (named.push([of!, entry, at, index]), entry) : error(`${at}/${index}`, 'must be an id', entry);
        if (item !== undefined) items.push(item);
      }
      return items;
    }
    if (v === null && spec.nullable) return v;
    if (typeof v !== 'string') return error(at, 'must be text', v);
    if (!spec.optional && v.trim() === '') return error(at, 'must not be empty', v);
    const wrong = problem(spec, v);
    if (wrong) return error(at, wrong, v);
    if (kind === 'ref') named.push([of!, v, at]);
    return v;
  };

  /** Reads an object of `type` at `path`, field by field (keys come from the format, so they need no escaping in paths). */
  const read = (value: unknown, path: string, type: FormatType): Json | undefined => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return error(path, `must be ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} object`, value);
    const target: Json = {};
    objects.push([type, target, path]);
    for (const [key, spec] of Object.entries(STORY_FORMAT[type]) as [string, FormatField][]) {
      if (enough()) break;
      const v = field(Object.hasOwn(value, key) ? (value as Json)[key] : undefined, `${path}/${key}`, spec);
      if (v !== undefined) target[key] = v;
    }
    // The rules across fields (STORY_FORMAT_DOCS states them for people and the schema).
    if (type === 'quote') {
      const noSpeaker = target.speaker === undefined;
      if (noSpeaker === (target.party === undefined)) {
        error(path, noSpeaker ? 'needs a "speaker" (person id) or a "party" (party id)' : 'has both "speaker" and "party": give exactly one');
      }
      if (target.needsContext === true && !`${target.context ?? ''}${target.contextAfter ?? ''}`.trim()) {
        error(path, 'is marked "needsContext" without "context" or "contextAfter"');
      }
    }
    if (type === 'position') {
      const { stance, evidence, reported } = target as { stance?: string; evidence?: unknown[]; reported?: string };
      if (stance && stance !== 'not-stated' && !evidence?.length && !reported?.trim()) {
        error(path, `a "${stance}" stance needs evidence (quote ids) or the article's "reported" sentence`);
      }
    }
    return target;
  };

  try {
    const story = read(input, '', 'story');
    // Ids unique within their type; every reference naming an item of its type; one position per
    // party and issue; and each event's quote counted once more, for the event shows it (so one
    // long quote on every event cannot multiply the story; the full diagnostics say so).
    const ids: Partial<Record<FormatType, Set<string>>> = {};
    for (const [type, { id }, path] of objects) {
      if (typeof id !== 'string') continue;
      const known = (ids[type] ??= new Set());
      if (known.has(id)) error(`${path}/id`, `duplicate ${type} id "${id}"`);
      known.add(id);
    }
    for (const [type, id, at, index] of named) {
      const known = (ids[type] ??= new Set());
      if (!known.has(id)) error(index === undefined ? at : `${at}/${index}`, `unknown ${type} "${id.slice(0, 60)}"`, id, known);
    }
    const cells = new Set<string>();
    const quotes = new Map(objects.filter(([type]) => type === 'quote').map(([, quote]) => [quote.id, quote]));
    for (const [type, item, path] of objects) {
      if (type === 'position') {
        const cell = `${item.party}\u0000${item.issue}`;
        if (cells.has(cell)) error(path, `a second position for party "${item.party}" on issue "${item.issue}"`);
        cells.add(cell);
      }
      const quote = type === 'event' && quotes.get(item.quote);
      const over = quote && spend(`${quote.text}${quote.context ?? ''}${quote.contextAfter ?? ''}`);
      if (over) error(`${path}/quote`, over);
    }
    if (story && !findings.length) return { story: story as unknown as Story, findings };
  } catch (thrown) {
    // A getter or a Proxy trap of the input threw.
    findings.push({ path: '', message: `could not be checked (${String(thrown)})` });
  }
  return { findings };
}

/**
 * The lean check widgets run: the verdict, and for an invalid story the JSON pointer of the first
 * problem with a short message. It stops at that first problem. Editors' tools want every problem
 * with "did you mean" hints: `validateStory` in `negotiation-widgets/data.js`.
 */
export function validateStoryLean(input: unknown): ValidationResult {
  const { story, findings } = inspectStory(input, 1);
  return story ? { ok: true, story } : { ok: false, errors: findings.map(({ path, message }) => ({ path, message })) };
}

/** Formats errors as one line each, the way the CLI and the widgets' warnings print them. */
export function formatValidationErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => `${e.path || '/'}: ${e.message}`).join('\n');
}

/** True for an absolute `http:` or `https:` address with no whitespace or control characters. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > LIMITS.fields.url) return false;
  // eslint-disable-next-line no-control-regex
  if (!/^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
