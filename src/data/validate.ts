import { isPartialDate } from './dates.js';
import { EVENT_STATUSES, PARTY_KINDS, STANCES } from './story.js';
import type {
  Issue,
  Negotiation,
  Obstacle,
  Party,
  Person,
  Position,
  Quote,
  Stage,
  Story,
  StorySource,
  TimelineEvent,
  ValidationError,
  ValidationResult,
} from './story.js';

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

/**
 * Checks an untrusted value against the story format, version 1. Returns the story rebuilt
 * from known fields only (so prototype keys and unknown fields never reach a widget), or every
 * problem found, each with a JSON pointer. Never throws.
 */
export function validateStory(input: unknown): ValidationResult {
  const reader = new Reader();
  try {
    const story = reader.story(input);
    if (reader.errors.length === 0 && story) return { ok: true, story };
  } catch (error) {
    reader.errors.push({ path: '', message: `could not be checked (${String(error)})` });
  }
  return { ok: false, errors: reader.errors.slice(0, MAX_ERRORS) };
}

/** Formats errors as one line each, the way the CLI and the widgets' warnings print them. */
export function formatValidationErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => `${e.path || '/'}: ${e.message}`).join('\n');
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(object: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a long text' : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

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

function suggestion(value: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
    const d = distance(value.toLowerCase(), id.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

class Reader {
  errors: ValidationError[] = [];

  private error(path: string, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, message });
  }

  private object(value: unknown, path: string, what: string): Json | undefined {
    if (isObject(value)) return value;
    this.error(path, `must be ${what}, found ${describe(value)}`);
    return undefined;
  }

  private text(object: Json, key: string, path: string, required: boolean): string | undefined {
    const value = own(object, key);
    const at = pointer(path, key);
    if (value === undefined) {
      if (required) this.error(at, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.error(at, `must be text, found ${describe(value)}`);
      return undefined;
    }
    if (required && value.trim() === '') {
      this.error(at, 'must not be empty');
      return undefined;
    }
    return value;
  }

  private id(object: Json, key: string, path: string): string | undefined {
    const value = this.text(object, key, path, true);
    if (value !== undefined && !ID_PATTERN.test(value)) {
      this.error(pointer(path, key), `"${value.slice(0, 40)}" is not a valid id (letters, digits, "-", "_" and "." only, up to 100)`);
      return undefined;
    }
    return value;
  }

  private oneOf<T extends string>(object: Json, key: string, path: string, allowed: readonly T[]): T | undefined {
    const value = this.text(object, key, path, true);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.error(pointer(path, key), `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, found ${describe(value)}`);
    return undefined;
  }

  private date(object: Json, key: string, path: string, required: boolean): string | undefined {
    const value = this.text(object, key, path, required);
    if (value === undefined) return undefined;
    if (!isPartialDate(value)) {
      this.error(pointer(path, key), `${describe(value)} is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD`);
      return undefined;
    }
    return value;
  }

  private url(object: Json, key: string, path: string): string | undefined {
    const value = this.text(object, key, path, false);
    if (value === undefined) return undefined;
    if (!isHttpUrl(value)) {
      this.error(pointer(path, key), `must be an http: or https: address, found ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  private list<T>(
    object: Json,
    key: string,
    path: string,
    item: (value: unknown, path: string) => T | undefined,
    required = true,
    max: number = LIST_LIMITS.other,
  ): T[] {
    const value = own(object, key);
    const at = pointer(path, key);
    if (value === undefined && !required) return [];
    if (!Array.isArray(value)) {
      this.error(at, value === undefined ? 'is required (use [] for none)' : `must be a list, found ${describe(value)}`);
      return [];
    }
    if (value.length > max) {
      this.error(at, `has ${value.length} items, more than the ${max} a story may hold`);
      return [];
    }
    const items: T[] = [];
    value.forEach((entry, index) => {
      const result = item(entry, pointer(at, index));
      if (result !== undefined) items.push(result);
    });
    return items;
  }

  private idList(object: Json, key: string, path: string, required = true): string[] {
    return this.list(object, key, path, (value, at) => {
      if (typeof value === 'string' && value !== '') return value;
      this.error(at, `must be an id, found ${describe(value)}`);
      return undefined;
    }, required, LIST_LIMITS.references);
  }

  /** Reports a second item with the same id in one collection. */
  private unique<T extends { id: string }>(items: T[], path: string, what: string): Map<string, T> {
    const byId = new Map<string, T>();
    items.forEach((item, index) => {
      if (byId.has(item.id)) this.error(pointer(pointer(path, index), 'id'), `duplicate ${what} id "${item.id}"`);
      else byId.set(item.id, item);
    });
    return byId;
  }

  private reference(id: string | undefined, known: Map<string, unknown>, path: string, what: string): void {
    if (id === undefined || known.has(id)) return;
    // Past the cap nothing is reported; and a "did you mean" over thousands of ids, for thousands of
    // bad references, took minutes (10,000 quotes, 10,800 unknown evidence ids).
    if (this.errors.length >= MAX_ERRORS) return;
    const hint = known.size <= MAX_SUGGESTION_CANDIDATES ? suggestion(id, known.keys()) : '';
    this.error(path, `unknown ${what} "${id.slice(0, 60)}"${hint}`);
  }

  story(input: unknown): Story | undefined {
    const root = this.object(input, '', 'a story object');
    if (!root) return undefined;
    const version = own(root, 'version');
    if (version !== 1) this.error('/version', version === undefined ? 'is required (use 1)' : `must be 1, found ${describe(version)}`);
    const language = this.text(root, 'language', '', true);
    if (language !== undefined && !LANGUAGE_PATTERN.test(language)) {
      this.error('/language', `${describe(language)} is not a BCP 47 language tag such as "en" or "pt-BR"`);
    }
    const sourceValue = own(root, 'source');
    const story: Story = {
      version: 1,
      id: this.id(root, 'id', '') ?? '',
      headline: this.text(root, 'headline', '', true) ?? '',
      summary: this.text(root, 'summary', '', true) ?? '',
      language: language ?? 'en',
      people: this.list(root, 'people', '', (v, p) => this.person(v, p)),
      parties: this.list(root, 'parties', '', (v, p) => this.party(v, p), true, LIST_LIMITS.parties),
      issues: this.list(root, 'issues', '', (v, p) => this.issue(v, p), true, LIST_LIMITS.issues),
      quotes: this.list(root, 'quotes', '', (v, p) => this.quote(v, p)),
      positions: this.list(root, 'positions', '', (v, p) => this.position(v, p)),
    };
    const published = this.date(root, 'published', '', false);
    const updated = this.date(root, 'updated', '', false);
    if (published !== undefined) story.published = published;
    if (updated !== undefined) story.updated = updated;
    if (sourceValue !== undefined) {
      const source = this.source(sourceValue, '/source');
      if (source) story.source = source;
    }
    const negotiationValue = own(root, 'negotiation');
    if (negotiationValue !== undefined) {
      const negotiation = this.negotiation(negotiationValue, '/negotiation');
      if (negotiation) story.negotiation = negotiation;
    }
    this.references(root, story);
    return story;
  }

  private source(value: unknown, path: string): StorySource | undefined {
    const object = this.object(value, path, 'an object with a name and an optional url');
    if (!object) return undefined;
    const source: StorySource = { name: this.text(object, 'name', path, true) ?? '' };
    const url = this.url(object, 'url', path);
    if (url !== undefined) source.url = url;
    return source;
  }

  private person(value: unknown, path: string): Person | undefined {
    const object = this.object(value, path, 'a person object');
    if (!object) return undefined;
    return {
      id: this.id(object, 'id', path) ?? '',
      name: this.text(object, 'name', path, true) ?? '',
      role: this.text(object, 'role', path, true) ?? '',
      party: this.text(object, 'party', path, true) ?? '',
    };
  }

  private party(value: unknown, path: string): Party | undefined {
    const object = this.object(value, path, 'a party object');
    if (!object) return undefined;
    const party: Party = {
      id: this.id(object, 'id', path) ?? '',
      name: this.text(object, 'name', path, true) ?? '',
      shortName: this.text(object, 'shortName', path, true) ?? '',
      kind: this.oneOf(object, 'kind', path, PARTY_KINDS) ?? 'group',
    };
    const color = this.text(object, 'color', path, false);
    if (color !== undefined) {
      if (COLOR_PATTERN.test(color)) party.color = color;
      else this.error(pointer(path, 'color'), `${describe(color)} is not a colour (use a hex colour such as "#2563eb", rgb(), hsl() or a colour name)`);
    }
    return party;
  }

  private issue(value: unknown, path: string): Issue | undefined {
    const object = this.object(value, path, 'an issue object');
    if (!object) return undefined;
    return {
      id: this.id(object, 'id', path) ?? '',
      title: this.text(object, 'title', path, true) ?? '',
      question: this.text(object, 'question', path, true) ?? '',
    };
  }

  private quote(value: unknown, path: string): Quote | undefined {
    const object = this.object(value, path, 'a quote object');
    if (!object) return undefined;
    const quote: Quote = {
      id: this.id(object, 'id', path) ?? '',
      text: this.text(object, 'text', path, true) ?? '',
      issues: this.idList(object, 'issues', path),
    };
    const speaker = this.text(object, 'speaker', path, false);
    const party = this.text(object, 'party', path, false);
    if ((speaker === undefined) === (party === undefined)) {
      this.error(path, speaker === undefined ? 'needs a "speaker" (person id) or a "party" (party id)' : 'has both "speaker" and "party": give exactly one');
    }
    if (speaker !== undefined) quote.speaker = speaker;
    if (party !== undefined) quote.party = party;
    const date = this.date(object, 'date', path, false);
    const venue = this.text(object, 'venue', path, false);
    const context = this.text(object, 'context', path, false);
    const sourceUrl = this.url(object, 'sourceUrl', path);
    if (date !== undefined) quote.date = date;
    if (venue !== undefined) quote.venue = venue;
    if (context !== undefined) quote.context = context;
    if (sourceUrl !== undefined) quote.sourceUrl = sourceUrl;
    return quote;
  }

  private position(value: unknown, path: string): Position | undefined {
    const object = this.object(value, path, 'a position object');
    if (!object) return undefined;
    const position: Position = {
      party: this.text(object, 'party', path, true) ?? '',
      issue: this.text(object, 'issue', path, true) ?? '',
      stance: this.oneOf(object, 'stance', path, STANCES) ?? 'not-stated',
      summary: this.text(object, 'summary', path, true) ?? '',
      evidence: this.idList(object, 'evidence', path),
    };
    const reported = this.text(object, 'reported', path, false);
    if (reported !== undefined) position.reported = reported;
    if (position.stance !== 'not-stated' && position.evidence.length === 0 && !reported?.trim()) {
      this.error(path, `a "${position.stance}" stance needs evidence (quote ids) or the article's "reported" sentence`);
    }
    return position;
  }

  private negotiation(value: unknown, path: string): Negotiation | undefined {
    const object = this.object(value, path, 'a negotiation object');
    if (!object) return undefined;
    return {
      title: this.text(object, 'title', path, true) ?? '',
      conflictStart: this.date(object, 'conflictStart', path, true) ?? '',
      asOf: this.date(object, 'asOf', path, true) ?? '',
      stage: this.text(object, 'stage', path, true) ?? '',
      stages: this.list(object, 'stages', path, (v, p) => this.stage(v, p), true, LIST_LIMITS.stages),
      events: this.list(object, 'events', path, (v, p) => this.event(v, p), true, LIST_LIMITS.events),
      obstacles: this.list(object, 'obstacles', path, (v, p) => this.obstacle(v, p), true, LIST_LIMITS.obstacles),
    };
  }

  private stage(value: unknown, path: string): Stage | undefined {
    const object = this.object(value, path, 'a stage object');
    if (!object) return undefined;
    const stage: Stage = { id: this.id(object, 'id', path) ?? '', label: this.text(object, 'label', path, true) ?? '' };
    const description = this.text(object, 'description', path, false);
    if (description !== undefined) stage.description = description;
    return stage;
  }

  private event(value: unknown, path: string): TimelineEvent | undefined {
    const object = this.object(value, path, 'an event object');
    if (!object) return undefined;
    const rawDate = own(object, 'date');
    const event: TimelineEvent = {
      id: this.id(object, 'id', path) ?? '',
      date: rawDate === null ? null : (this.date(object, 'date', path, true) ?? null),
      title: this.text(object, 'title', path, true) ?? '',
      parties: this.idList(object, 'parties', path),
      status: this.oneOf(object, 'status', path, EVENT_STATUSES) ?? 'tentative',
    };
    const dateLabel = this.text(object, 'dateLabel', path, false);
    const description = this.text(object, 'description', path, false);
    const quote = this.text(object, 'quote', path, false);
    if (dateLabel !== undefined) event.dateLabel = dateLabel;
    if (description !== undefined) event.description = description;
    if (quote !== undefined) event.quote = quote;
    return event;
  }

  private obstacle(value: unknown, path: string): Obstacle | undefined {
    const object = this.object(value, path, 'an obstacle object');
    if (!object) return undefined;
    const obstacle: Obstacle = {
      id: this.id(object, 'id', path) ?? '',
      text: this.text(object, 'text', path, true) ?? '',
      parties: this.idList(object, 'parties', path),
    };
    const issue = this.text(object, 'issue', path, false);
    if (issue !== undefined) obstacle.issue = issue;
    return obstacle;
  }

  /** Unique ids and every cross-reference. Paths index the input arrays, which items mirror when valid. */
  private references(root: Json, story: Story): void {
    const people = this.unique(story.people, '/people', 'person');
    const parties = this.unique(story.parties, '/parties', 'party');
    const issues = this.unique(story.issues, '/issues', 'issue');
    const quotes = this.unique(story.quotes, '/quotes', 'quote');
    // Only when every item parsed do indices line up with the input; otherwise the item errors come first.
    const aligned = (key: string, items: unknown[]) => {
      const raw = own(root, key);
      return Array.isArray(raw) && raw.length === items.length;
    };
    if (aligned('people', story.people)) {
      story.people.forEach((p, i) => this.reference(p.party, parties, `/people/${i}/party`, 'party'));
    }
    if (aligned('quotes', story.quotes)) {
      story.quotes.forEach((q, i) => {
        this.reference(q.speaker, people, `/quotes/${i}/speaker`, 'person');
        this.reference(q.party, parties, `/quotes/${i}/party`, 'party');
        q.issues.forEach((id, j) => this.reference(id, issues, `/quotes/${i}/issues/${j}`, 'issue'));
      });
    }
    if (aligned('positions', story.positions)) {
      const seen = new Set<string>();
      story.positions.forEach((p, i) => {
        this.reference(p.party, parties, `/positions/${i}/party`, 'party');
        this.reference(p.issue, issues, `/positions/${i}/issue`, 'issue');
        p.evidence.forEach((id, j) => this.reference(id, quotes, `/positions/${i}/evidence/${j}`, 'quote'));
        const key = `${p.party}\u0000${p.issue}`;
        if (seen.has(key)) this.error(`/positions/${i}`, `a second position for party "${p.party}" on issue "${p.issue}"`);
        seen.add(key);
      });
    }
    const negotiation = story.negotiation;
    const rawNegotiation = own(root, 'negotiation');
    if (!negotiation || !isObject(rawNegotiation)) return;
    const stages = this.unique(negotiation.stages, '/negotiation/stages', 'stage');
    const rawStages = own(rawNegotiation, 'stages');
    if (negotiation.stage && Array.isArray(rawStages) && rawStages.length === negotiation.stages.length) {
      this.reference(negotiation.stage, stages, '/negotiation/stage', 'stage');
    }
    this.unique(negotiation.events, '/negotiation/events', 'event');
    const rawEvents = own(rawNegotiation, 'events');
    if (Array.isArray(rawEvents) && rawEvents.length === negotiation.events.length) {
      negotiation.events.forEach((e, i) => {
        e.parties.forEach((id, j) => this.reference(id, parties, `/negotiation/events/${i}/parties/${j}`, 'party'));
        this.reference(e.quote, quotes, `/negotiation/events/${i}/quote`, 'quote');
      });
    }
    this.unique(negotiation.obstacles, '/negotiation/obstacles', 'obstacle');
    const rawObstacles = own(rawNegotiation, 'obstacles');
    if (Array.isArray(rawObstacles) && rawObstacles.length === negotiation.obstacles.length) {
      negotiation.obstacles.forEach((o, i) => {
        o.parties.forEach((id, j) => this.reference(id, parties, `/negotiation/obstacles/${i}/parties/${j}`, 'party'));
        this.reference(o.issue, issues, `/negotiation/obstacles/${i}/issue`, 'issue');
      });
    }
  }
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
