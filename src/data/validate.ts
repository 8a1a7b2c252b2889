import { isPartialDate } from './dates.js';
import { EVENT_STATUSES, PARTY_KINDS, STANCES } from './story.js';
import type { Story, ValidationError, ValidationResult } from './story.js';

/** Ids appear in attributes and URLs: letters, digits and `-_.`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** Accent colours: hex, rgb()/hsl() with plain numbers, or a named colour. Nothing that can carry `url(` or `;`. */
export const COLOR_PATTERN =
  /^(?:#[0-9A-Fa-f]{3,4}|#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{8}|(?:rgb|rgba|hsl|hsla)\([0-9.,%\s/+-]{1,60}\)|[A-Za-z]{3,30})$/;
const MAX_ERRORS = 100;
/**
 * Most items a list may hold. Beyond these a widget can no longer render in reasonable time (in
 * Chromium a 56 × 56 matrix took 0.4 s, 100 × 50 about 0.6 s, 206 × 206 took 7 s; 10,000 events
 * and obstacles 3.5 s), and no news story needs more: refused with a clear message rather than
 * freezing the page.
 */
export const LIST_LIMITS = { parties: 100, issues: 50, stages: 50, events: 500, obstacles: 500, references: 100, other: 10_000 } as const;
/** Collections larger than this get no "did you mean" hint: its cost grows with their size. */
const MAX_SUGGESTION_CANDIDATES = 500;

type Json = Record<string, unknown>;

/*
 * The format as data, kept small for the CDN bundle. Each object type, by the key it sits under:
 * what it must be (its second word names one item in messages), then its fields in the order they
 * are checked and rebuilt, each a kind letter followed by the key:
 *   s text (required)    o text (optional)    i id    k one of ENUMS[key]    l language tag
 *   d date (required)    D date (optional)    n date or null    u http(s) address (optional)
 *   c colour (optional)  v the version, 1     r list of ids     L list of TYPES[key] objects
 *   O a TYPES[key] object (optional)
 *   q (quotes) exactly one of speaker and party    p (positions) a stated stance needs support
 * story.schema.json states the same shape for editors' tools; keep the two in agreement.
 */
const TYPES: Record<string, [what: string, fields: string]> = {
  story: [
    'a story object',
    'vversion llanguage iid sheadline ssummary Lpeople Lparties Lissues Lquotes Lpositions Dpublished Dupdated Osource Onegotiation',
  ],
  source: ['an object with a name and an optional url', 'sname uurl'],
  people: ['a person object', 'iid sname srole sparty'],
  parties: ['a party object', 'iid sname sshortName kkind ccolor'],
  issues: ['an issue object', 'iid stitle squestion'],
  quotes: ['a quote object', 'iid stext rissues ospeaker oparty q Ddate ovenue ocontext usourceUrl'],
  positions: ['a position object', 'sparty sissue kstance ssummary revidence oreported p'],
  negotiation: ['a negotiation object', 'stitle dconflictStart dasOf sstage Lstages Levents Lobstacles'],
  stages: ['a stage object', 'iid slabel odescription'],
  events: ['an event object', 'iid ndate stitle rparties kstatus odateLabel odescription oquote'],
  obstacles: ['an obstacle object', 'iid stext rparties oissue'],
};
const ENUMS: Json = { kind: PARTY_KINDS, stance: STANCES, status: EVENT_STATUSES };
/** Cross-references: the fields of each collection's items that name ids, checked in this order… */
const REFS: Json = { people: 'party', quotes: 'speaker party issues', positions: 'party issue evidence', events: 'parties quote', obstacles: 'parties issue' };
/** …and the collection each such field names. */
const TARGETS: Record<string, string> = { party: 'parties', parties: 'parties', speaker: 'people', issue: 'issues', issues: 'issues', quote: 'quotes', evidence: 'quotes' };

/** The errors of the check in progress (saved and restored around each call, so calls never mix them). */
let errors: ValidationError[] = [];
/** Rebuilt lists that hold an item for every input item, so their indices are the input's. */
const whole = new WeakSet<unknown[]>();

/**
 * Checks an untrusted value against the story format, version 1. Returns the story rebuilt
 * from known fields only (so prototype keys and unknown fields never reach a widget), or every
 * problem found, each with a JSON pointer. Never throws.
 */
export function validateStory(input: unknown): ValidationResult {
  const outer = errors;
  const found: ValidationError[] = (errors = []);
  try {
    const story = readStory(input);
    if (!found.length) return { ok: true, story: story as unknown as Story };
  } catch (error) {
    found.push({ path: '', message: `could not be checked (${String(error)})` });
  } finally {
    errors = outer;
  }
  return { ok: false, errors: found.slice(0, MAX_ERRORS) };
}

/** Formats errors as one line each, the way the CLI and the widgets' warnings print them. */
export function formatValidationErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => `${e.path || '/'}: ${e.message}`).join('\n');
}

/** True for an absolute `http:` or `https:` address with no whitespace or control characters. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  // eslint-disable-next-line no-control-regex
  if (!/^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function error(path: string, message: string): void {
  if (errors.length < MAX_ERRORS) errors.push({ path, message });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a long text' : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const mustBe = (what: string, value: unknown): string => `must be ${what}, found ${describe(value)}`;

/** The name of one item of a collection, for messages: "person" for people. */
const singular = (collection: string): string => TYPES[collection]![0].split(' ')[1]!;

/** Levenshtein distance, bounded so a 1 MB id cannot stall the page. */
function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Reports an id that names nothing in `known`, with a "did you mean" when one is close. */
function reference(id: unknown, known: Set<string>, path: string, collection: string): void {
  // Past the cap nothing is reported; and a "did you mean" over thousands of ids, for thousands of
  // bad references, took minutes (10,000 quotes, 10,800 unknown evidence ids).
  if (typeof id !== 'string' || known.has(id) || errors.length >= MAX_ERRORS) return;
  let best: string | undefined;
  let bestDistance = Infinity;
  if (known.size <= MAX_SUGGESTION_CANDIDATES) {
    for (const candidate of known) {
      const d = distance(id.toLowerCase(), candidate.toLowerCase());
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
  }
  const hint = bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? ` (did you mean "${best}"?)` : '';
  error(path, `unknown ${singular(collection)} "${id.slice(0, 60)}"${hint}`);
}

/**
 * Reads an object of type `type` (a key of TYPES) at `path` into `target`, field by field;
 * `undefined` if it is not an object. Keys come from TYPES only, so they need no escaping in paths.
 */
function read(value: unknown, path: string, type: string, target: Json = {}): Json | undefined {
  const [what, fields] = TYPES[type]!;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void error(path, mustBe(what, value));
  for (const field of fields.split(' ')) {
    const kind = field[0]!;
    const key = field.slice(1);
    const at = `${path}/${key}`;
    let v = Object.hasOwn(value, key) ? (value as Json)[key] : undefined;
    if (kind === 'q') {
      const noSpeaker = target.speaker === undefined;
      if (noSpeaker === (target.party === undefined)) {
        error(path, noSpeaker ? 'needs a "speaker" (person id) or a "party" (party id)' : 'has both "speaker" and "party": give exactly one');
      }
      continue;
    }
    if (kind === 'p') {
      const { stance, evidence, reported } = target as { stance: string; evidence: unknown[]; reported?: string };
      if (stance && stance !== 'not-stated' && !evidence.length && !reported?.trim()) {
        error(path, `a "${stance}" stance needs evidence (quote ids) or the article's "reported" sentence`);
      }
      continue;
    }
    if (kind === 'v') {
      if (v !== 1) error(at, v === undefined ? 'is required (use 1)' : mustBe('1', v));
      v = 1;
    } else if (kind === 'L' || kind === 'r') {
      // A list of objects or of ids, refused (as []) when absent, not a list, or longer than its limit.
      const max = kind === 'r' ? LIST_LIMITS.references : ((LIST_LIMITS as Json)[key] as number | undefined) ?? LIST_LIMITS.other;
      const items: unknown[] = [];
      if (!Array.isArray(v)) error(at, v === undefined ? 'is required (use [] for none)' : mustBe('a list', v));
      else if (v.length > max) error(at, `has ${v.length} items, more than the ${max} a story may hold`);
      else {
        // forEach, not for…of: holes in a sparse list are skipped, not read as `undefined`.
        v.forEach((entry, index) => {
          const p = `${at}/${index}`;
          const item = kind === 'L' ? read(entry, p, key) : typeof entry === 'string' && entry !== '' ? entry : void error(p, mustBe('an id', entry));
          if (item !== undefined) items.push(item);
        });
        if (items.length === v.length) whole.add(items);
      }
      v = items;
    } else if (kind === 'O') {
      if (v !== undefined) v = read(v, at, key);
    } else if (kind !== 'n' || v !== null) {
      // Text, required unless the kind says otherwise, and then what the kind asks of it.
      const required = !'oDuc'.includes(kind);
      let problem: string | false = false;
      if (v === undefined) {
        if (required) problem = 'is required';
      } else if (typeof v !== 'string') problem = mustBe('text', v);
      else if (required && v.trim() === '') problem = 'must not be empty';
      else {
        const enums = ENUMS[key] as readonly string[];
        problem =
          kind === 'i'
            ? !ID_PATTERN.test(v) && `"${v.slice(0, 40)}" is not a valid id (letters, digits, "-", "_" and "." only, up to 100)`
            : kind === 'l'
              ? !LANGUAGE_PATTERN.test(v) && `${describe(v)} is not a BCP 47 language tag such as "en" or "pt-BR"`
              : kind === 'c'
                ? !COLOR_PATTERN.test(v) && `${describe(v)} is not a colour (use a hex colour such as "#2563eb", rgb(), hsl() or a colour name)`
                : kind === 'u'
                  ? !isHttpUrl(v) && mustBe('an http: or https: address', v)
                  : kind === 'k'
                    ? !enums.includes(v) && mustBe(`one of ${enums.map((a) => `"${a}"`).join(', ')}`, v)
                    : 'dDn'.includes(kind) && !isPartialDate(v) && `${describe(v)} is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
      }
      if (problem) error(at, problem);
      if (problem || typeof v !== 'string') v = undefined;
    }
    // Required fields fall back to "" (there is an error then, so the story is not returned).
    if (v !== undefined) target[key] = v;
    else if (!'oDucO'.includes(kind)) target[key] = '';
  }
  return target;
}

function readStory(input: unknown): Json | undefined {
  // Seeded so the rebuilt story's keys keep their order although the language is checked first.
  const story = read(input, '', 'story', { version: 1, id: '', headline: '', summary: '', language: '' });
  if (!story) return undefined;
  // Unique ids and every cross-reference. Paths index the input arrays, which items mirror when
  // every item was read; otherwise the item errors come first.
  const ids: Record<string, Set<string>> = {};
  /** Reports a second item with the same id in one collection, and keeps the collection's ids. */
  const unique = (built: Json, path: string, key: string): void => {
    const known = (ids[key] = new Set());
    (built[key] as { id: string }[]).forEach(({ id }, index) => {
      if (known.has(id)) error(`${path}/${key}/${index}/id`, `duplicate ${singular(key)} id "${id}"`);
      else known.add(id);
    });
  };
  /** Checks the cross-references of the collection at `key` (its REFS fields), if its items mirror the input. */
  const references = (built: Json, path: string, key: string): void => {
    const items = built[key] as Json[];
    if (!whole.has(items)) return;
    const cells = new Set<string>();
    items.forEach((item, i) => {
      const at = `${path}/${key}/${i}`;
      for (const field of (REFS[key] as string).split(' ')) {
        const target = TARGETS[field]!;
        const value = item[field];
        if (Array.isArray(value)) value.forEach((id, j) => reference(id, ids[target]!, `${at}/${field}/${j}`, target));
        else reference(value, ids[target]!, `${at}/${field}`, target);
      }
      if (key === 'positions') {
        const cell = `${item.party}\u0000${item.issue}`;
        if (cells.has(cell)) error(at, `a second position for party "${item.party}" on issue "${item.issue}"`);
        cells.add(cell);
      }
    });
  };
  for (const key of ['people', 'parties', 'issues', 'quotes']) unique(story, '', key);
  for (const key of ['people', 'quotes', 'positions']) references(story, '', key);
  const negotiation = story.negotiation as Json | undefined;
  if (negotiation) {
    unique(negotiation, '/negotiation', 'stages');
    if (negotiation.stage && whole.has(negotiation.stages as unknown[])) reference(negotiation.stage, ids.stages!, '/negotiation/stage', 'stages');
    for (const key of ['events', 'obstacles']) {
      unique(negotiation, '/negotiation', key);
      references(negotiation, '/negotiation', key);
    }
  }
  return story;
}
