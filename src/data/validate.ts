import { isPartialDate } from './dates.js';
import { EVENT_STATUSES, PARTY_KINDS, STANCES } from './story.js';
import type { Story, ValidationError, ValidationResult } from './story.js';

/** Ids appear in attributes and URLs: letters, digits and `-_.`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
/** A BCP 47 tag's shape, at most 35 characters (it is written as `lang` on every story text element). */
const LANGUAGE_PATTERN = /^(?=.{2,35}$)[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/**
 * Accent colours: hex, rgb()/hsl() with plain numbers, or a named colour, at most 66 characters.
 * Nothing that can carry `url(` or `;`, and no control character (a line break, tab or form feed
 * would end the server's colour rule): the only space allowed is U+0020.
 */
export const COLOR_PATTERN =
  /^(?:#[0-9A-Fa-f]{3,4}|#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{8}|(?:rgb|rgba|hsl|hsla)\([0-9.,% /+-]{1,60}\)|[A-Za-z]{3,30})$/;
/**
 * What one story may hold. Every limit is far above what a news story needs (the built-in story
 * is well inside each) and together they bound a widget's work:
 * the matrix draws at most parties × issues cells, the timeline at most events × (a few party
 * chips), and no position cites more quotes than a panel can show. Stories past a limit are
 * refused with a message naming it, rather than freezing the reader's page. `npm test` checks that
 * story.schema.json, SECURITY.md and docs/your-own-story.md state these same numbers (test/data/limits-doc.test.mjs).
 */
export const LIMITS = {
  /** Items in each top-level list of the story, and of its negotiation. */
  lists: { parties: 30, issues: 20, people: 500, quotes: 500, positions: 1_000, stages: 20, events: 100, obstacles: 50 },
  /** Ids in each reference list: a position's evidence, an event's or an obstacle's parties, a quote's issues. */
  references: { evidence: 10, parties: 20, issues: 10 },
  /** Characters of text in the whole story (every text field, and each event's quote once more; ids, references, dates and addresses not counted; see `bidiControl`). */
  text: 200_000,
  /**
   * Characters in one value. Ids, the language tag, colours and addresses have their own bound and
   * no text budget; the text fields named here (every `shortName`, `name`, `role`, `title` and
   * `question`) count toward `text` and have a bound too, because widgets repeat them: a party's
   * short name is on every event and obstacle that names the party, a speaker's name on every
   * event quoting them, an issue's question on every obstacle about it. Every other string is
   * text and counts toward `text`.
   */
  fields: { id: 100, language: 35, color: 66, url: 2048, shortName: 100, name: 200, role: 200, title: 200, question: 1000 },
  /**
   * Characters of `text` that one directional formatting character (the embeddings, overrides and
   * isolates U+202A–U+202E and U+2066–U+2069) counts as: browsers lay out text dense with them
   * far more slowly (WebKit took 10–12 s for a 50,000-character caption of right-to-left words in
   * isolates), so a story holds at most 4,000. Marks (U+200E, U+200F, U+061C) count as one.
   */
  bidiControl: 50,
} as const;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const MAX_ERRORS = 100;

type Json = Record<string, unknown>;

/*
 * The format as data, kept small for the CDN bundle. Each object type, by the key it sits under:
 * what it must be (its second word names one item in messages), then its fields in the order they
 * are checked and rebuilt, each a kind letter followed by the key:
 *   s text (required)    o text (optional)    i id    k one of ENUMS[key]    l language tag
 *   d date (required)    D date (optional)    n date or null    u http(s) address (optional)
 *   c colour (optional)  v the version, 1     r list of ids     L list of TYPES[key] objects
 *   O a TYPES[key] object (optional)    b true or false (optional)
 *   q (quotes) exactly one of speaker and party    p (positions) a stated stance needs support
 *   x (quotes) a quote marked as needing its context has some
 * story.schema.json states the same shape for editors' tools; keep the two in agreement.
 */
const TYPES: Record<string, [what: string, fields: string]> = {
  story: [
    'a story object',
    'vversion llanguage iid sheadline ssummary Lpeople Lparties Lissues Lquotes Lpositions Dpublished Dupdated Osource Omatrix Onegotiation',
  ],
  source: ['an object with a name and an optional url', 'sname uurl'],
  matrix: ['an object', 'otitle ostandfirst osource'],
  people: ['a person object', 'iid sname srole sparty'],
  parties: ['a party object', 'iid sname sshortName kkind ccolor'],
  issues: ['an issue object', 'iid stitle squestion'],
  quotes: ['a quote object', 'iid stext rissues ospeaker oparty q Ddate ovenue ocontext ocontextAfter bneedsContext x usourceUrl'],
  positions: ['a position object', 'sparty sissue kstance ssummary revidence oreported p'],
  negotiation: ['a negotiation object', 'stitle olabel dconflictStart odayCountBasis odayCountLabel dasOf sstage Lstages Levents Lobstacles'],
  stages: ['a stage object', 'iid slabel odescription'],
  events: ['an event object', 'iid ndate stitle rparties kstatus odateLabel odescription oquote'],
  obstacles: ['an obstacle object', 'iid stext rparties oissue'],
};
const ENUMS: Json = { kind: PARTY_KINDS, stance: STANCES, status: EVENT_STATUSES };
/** Cross-references: the fields of each collection's items that name ids, checked in this order… */
const REFS: Json = { people: 'party', quotes: 'speaker party issues', positions: 'party issue evidence', events: 'parties quote', obstacles: 'parties issue' };
/** …and the collection each such field names. */
const TARGETS: Record<string, string> = { party: 'parties', parties: 'parties', speaker: 'people', issue: 'issues', issues: 'issues', quote: 'quotes', evidence: 'quotes' };

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

/** The findings of the check in progress (saved and restored around each call, so calls never mix them). */
let findings: Finding[] = [];
/** How many findings the check in progress wants before it stops. */
let wanted = MAX_ERRORS;
/** Characters of text read so far by the check in progress. */
let textLength = 0;
/** Rebuilt lists that hold an item for every input item, so their indices are the input's. */
const whole = new WeakSet<unknown[]>();
/** Thrown to stop a check that has all the findings it wants. */
const ENOUGH = {};

/**
 * Applies the rules of the story format, version 1, to an untrusted value: the story rebuilt
 * from known fields only (so prototype keys and unknown fields never reach a widget), and the
 * first `max` problems found, each with a JSON pointer. Never throws. Both the lean
 * `validateStoryLean` and the full `validateStory` of `diagnostics.ts` are this one check.
 */
export function inspectStory(input: unknown, max: number = MAX_ERRORS): { story?: Story; findings: Finding[] } {
  const outer = [findings, wanted, textLength] as const;
  const found: Finding[] = (findings = []);
  wanted = Math.min(max, MAX_ERRORS);
  textLength = 0;
  try {
    const story = readStory(input);
    if (!found.length) return { story: story as unknown as Story, findings: found };
  } catch (error) {
    if (error !== ENOUGH) found.push({ path: '', message: `could not be checked (${String(error)})` });
  } finally {
    [findings, wanted, textLength] = outer;
  }
  return { findings: found };
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

/** Counts `text` toward the story's text: the message for the one that first goes past the limit. */
function spend(text: string): string | false {
  const n = text.length + (LIMITS.bidiControl - 1) * (text.length - text.replace(BIDI_CONTROLS, '').length);
  return (textLength += n) > LIMITS.text && textLength - n <= LIMITS.text && `brings the story's text past ${LIMITS.text} characters, the most a story may hold`;
}

function error(path: string, message: string, value?: unknown, known?: ReadonlySet<string>): void {
  const finding: Finding = { path, message };
  if (arguments.length > 2) finding.value = value;
  if (known) finding.known = known;
  findings.push(finding);
  if (findings.length >= wanted) throw ENOUGH;
}


/** The name of one item of a collection, for messages: "person" for people. */
const singular = (collection: string): string => TYPES[collection]![0].split(' ')[1]!;

/** Reports an id that names nothing in `known` (the diagnostics add a "did you mean"). */
function reference(id: unknown, known: Set<string>, path: string, collection: string): void {
  if (typeof id !== 'string' || known.has(id)) return;
  error(path, `unknown ${singular(collection)} "${id.slice(0, 60)}"`, id, known);
}

/**
 * Reads an object of type `type` (a key of TYPES) at `path` into `target`, field by field;
 * `undefined` if it is not an object. Keys come from TYPES only, so they need no escaping in paths.
 * "must be …" findings carry the value found, which the diagnostics describe.
 */
function read(value: unknown, path: string, type: string, target: Json = {}): Json | undefined {
  const [what, fields] = TYPES[type]!;
  let max: number;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void error(path, `must be ${what}`, value);
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
    if (kind === 'x') {
      if (target.needsContext === true && !`${target.context ?? ''}${target.contextAfter ?? ''}`.trim()) {
        error(path, 'is marked "needsContext" without "context" or "contextAfter"');
      }
      continue;
    }
    if (kind === 'b') {
      if (v !== undefined && typeof v !== 'boolean') error(at, 'must be true or false', v);
      if (typeof v === 'boolean') target[key] = v;
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
      if (v !== 1) v === undefined ? error(at, 'is required (use 1)') : error(at, 'must be 1', v);
      v = 1;
    } else if (kind === 'L' || kind === 'r') {
      // A list of objects or of ids, refused (as []) when absent, not a list, or longer than its limit.
      max = ((kind === 'r' ? LIMITS.references : LIMITS.lists) as Json)[key] as number;
      const items: unknown[] = [];
      if (!Array.isArray(v)) v === undefined ? error(at, 'is required (use [] for none)') : error(at, 'must be a list', v);
      else {
        // The length is read once: a live list (a Proxy, a getter) could answer more the second
        // time, and the rebuilt story, a snapshot, is all that is checked and used afterwards.
        const length = Number(v.length);
        if (length > max) error(at, `has ${length} items, more than the ${max} a story may hold`);
        else {
          // Holes in a sparse list are skipped, not read as `undefined`. Paths are built for
          // objects and for problems only: a story holds thousands of ids.
          for (let index = 0; index < length; index++) {
            if (!(index in v)) continue;
            const entry: unknown = v[index];
            const item = kind === 'L' ? read(entry, `${at}/${index}`, key) : typeof entry === 'string' && entry !== '' ? entry : void error(`${at}/${index}`, 'must be an id', entry);
            if (item !== undefined) items.push(item);
          }
          if (items.length === length) whole.add(items);
        }
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
      } else if (typeof v !== 'string') problem = 'must be text';
      else if (required && v.trim() === '') problem = 'must not be empty';
      else {
        const enums = ENUMS[key] as readonly string[];
        problem =
          kind === 'i'
            ? !ID_PATTERN.test(v) && 'is not a valid id'
            : kind === 'l'
              ? !LANGUAGE_PATTERN.test(v) && 'is not a language tag'
              : kind === 'c'
                ? !COLOR_PATTERN.test(v) && 'is not a colour'
                : kind === 'u'
                  ? !isHttpUrl(v) && 'must be an http: or https: address'
                  : kind === 'k'
                    ? !enums.includes(v) && `must be one of ${enums.map((a) => `"${a}"`).join(', ')}`
                    : 'dDn'.includes(kind)
                      ? !isPartialDate(v) && 'is not a real date'
                      : // Text, not a reference (which must name an id, at most 100 characters). Only
                        // text keys reach here, so `fields` gives the bound of a repeated text field.
                        !(key in TARGETS || key === 'stage') &&
                        ((max = (LIMITS.fields as Json)[key] as number) < v.length
                          ? `has ${v.length} characters, more than the ${max} it may hold`
                          : spend(v));
      }
      if (problem) error(at, problem, v);
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
        const known = ids[target]!;
        const value = item[field];
        if (Array.isArray(value)) value.forEach((id, j) => known.has(id) || reference(id, known, `${at}/${field}/${j}`, target));
        else if (!known.has(value as string)) reference(value, known, `${at}/${field}`, target);
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
    // Each event shows its quote's words and framing: they count toward the text once more for
    // every event that shows them, so one long quote on every event cannot multiply the story.
    // (The full diagnostics say so; the lean check's message is the text limit's.)
    const quotes = new Map((story.quotes as Json[]).map((quote) => [quote.id, quote]));
    (negotiation.events as Json[]).forEach((event, i) => {
      const quote = quotes.get(event.quote);
      const problem = quote && spend(`${quote.text}${quote.context ?? ''}${quote.contextAfter ?? ''}`);
      if (problem) error(`/negotiation/events/${i}/quote`, problem);
    });
  }
  return story;
}
