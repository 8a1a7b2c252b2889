/**
 * The story format, version 1, defined once. Everything else about its shape is derived from here:
 * the validator's structural checks (`validate.ts` reads `STORY_FORMAT`), the TypeScript types
 * (the generated part of `story.ts`) and the JSON Schema (`story.schema.json`), both written by
 * `node stories/story-format.mjs` and checked by `npm test`; editors' tools (the studio's forms)
 * read `STORY_FORMAT` and `STORY_FORMAT_DOCS` from `negotiation-widgets/data.js`.
 *
 * Two halves: `STORY_FORMAT`, the shape the widgets' validator needs (kinds, bounds, references),
 * and `STORY_FORMAT_DOCS`, the words people read (labels, descriptions, the rules in prose and as
 * JSON Schema), which bundlers leave out of the widgets because nothing there imports it. The
 * compiler holds the two halves to the same types and fields. What needs more than one field
 * (references that must name an item, unique ids, one position per cell, the text budget) is
 * plain code in `validate.ts`.
 */

export const STANCES = ['supports', 'opposes', 'conditional', 'unclear', 'not-stated'] as const;
export const PARTY_KINDS = ['country', 'bloc', 'organization', 'group'] as const;
export const EVENT_STATUSES = ['done', 'scheduled', 'tentative', 'cancelled'] as const;

/** Ids appear in attributes and URLs: letters, digits and `-_.`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
/** A BCP 47 tag's shape, at most 35 characters (it is written as `lang` on every story text element). */
export const LANGUAGE_PATTERN = /^(?=.{2,35}$)[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
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

/** The object types of the format; a type's name is also the word messages use for one of it. */
export type FormatType = 'story' | 'source' | 'matrix' | 'person' | 'party' | 'issue' | 'quote' | 'position' | 'negotiation' | 'stage' | 'event' | 'obstacle';

/**
 * What a field holds:
 * - `version`: the number 1;
 * - `id`: the item's own id (`ID_PATTERN`), unique among the items of its type;
 * - `text`: words shown to readers, counted toward `LIMITS.text`; required text may not be blank;
 * - `language`: a BCP 47 tag (`LANGUAGE_PATTERN`); `date`: a partial ISO date, a real one;
 * - `url`: an `http:` or `https:` address; `color`: an accent colour (`COLOR_PATTERN`);
 * - `enum`: one of `values`; `boolean`: true or false;
 * - `ref`: the id of an item of type `of`; `refs`: a list of them;
 * - `object`: an object of type `of`; `list`: a list of them.
 */
export type FieldKind = 'version' | 'id' | 'text' | 'language' | 'date' | 'url' | 'color' | 'enum' | 'boolean' | 'ref' | 'refs' | 'object' | 'list';

export interface FormatField {
  readonly kind: FieldKind;
  /** The field may be left out. */
  readonly optional?: true;
  /** `null` is a value too (an event with no date set). */
  readonly nullable?: true;
  /** `text`: the most characters one value holds (besides counting toward `LIMITS.text`); `list`, `refs`: the most items. */
  readonly max?: number | undefined;
  /** `enum`: the words it may be. */
  readonly values?: readonly string[];
  /** `object`, `list`: the type of the object(s); `ref`, `refs`: the type whose id it names. */
  readonly of?: FormatType;
}

const { lists, references, fields } = LIMITS;
const id: FormatField = { kind: 'id' };
const date: FormatField = { kind: 'date' };
const url: FormatField = { kind: 'url', optional: true };
const text = (max?: number): FormatField => ({ kind: 'text', max });
const optional = (field: FormatField): FormatField => ({ ...field, optional: true });
const oneOf = (values: readonly string[]): FormatField => ({ kind: 'enum', values });
const ref = (of: FormatType): FormatField => ({ kind: 'ref', of });
const refs = (of: FormatType, max: number): FormatField => ({ kind: 'refs', of, max });
const object = (of: FormatType): FormatField => ({ kind: 'object', of, optional: true });
const list = (of: FormatType, max: number): FormatField => ({ kind: 'list', of, max });

/**
 * Each object type's fields, in the order they are checked, rebuilt, typed and shown: the shape
 * of the format. The descriptions are in `STORY_FORMAT_DOCS`.
 */
export const STORY_FORMAT = {
  story: {
    version: { kind: 'version' },
    id,
    headline: text(),
    summary: text(),
    language: { kind: 'language' },
    published: optional(date),
    updated: optional(date),
    source: object('source'),
    matrix: object('matrix'),
    people: list('person', lists.people),
    parties: list('party', lists.parties),
    issues: list('issue', lists.issues),
    quotes: list('quote', lists.quotes),
    positions: list('position', lists.positions),
    negotiation: object('negotiation'),
  },
  source: { name: text(fields.name), url },
  matrix: { title: optional(text(fields.title)), standfirst: optional(text()), source: optional(text()) },
  person: { id, name: text(fields.name), role: text(fields.role), party: ref('party') },
  party: { id, name: text(fields.name), shortName: text(fields.shortName), kind: oneOf(PARTY_KINDS), color: { kind: 'color', optional: true } },
  issue: { id, title: text(fields.title), question: text(fields.question) },
  quote: {
    id,
    speaker: optional(ref('person')),
    party: optional(ref('party')),
    text: text(),
    date: optional(date),
    venue: optional(text()),
    context: optional(text()),
    contextAfter: optional(text()),
    needsContext: { kind: 'boolean', optional: true },
    issues: refs('issue', references.issues),
    sourceUrl: url,
  },
  position: {
    party: ref('party'),
    issue: ref('issue'),
    stance: oneOf(STANCES),
    summary: text(),
    evidence: refs('quote', references.evidence),
    reported: optional(text()),
  },
  negotiation: {
    title: text(fields.title),
    label: optional(text()),
    conflictStart: date,
    dayCountBasis: optional(text()),
    dayCountLabel: optional(text()),
    asOf: date,
    stage: ref('stage'),
    stages: list('stage', lists.stages),
    events: list('event', lists.events),
    obstacles: list('obstacle', lists.obstacles),
  },
  stage: { id, label: text(), description: optional(text()) },
  event: {
    id,
    date: { kind: 'date', nullable: true },
    dateLabel: optional(text()),
    title: text(fields.title),
    description: optional(text()),
    parties: refs('party', references.parties),
    status: oneOf(EVENT_STATUSES),
    quote: optional(ref('quote')),
  },
  obstacle: { id, text: text(), parties: refs('party', references.parties), issue: optional(ref('issue')) },
} as const satisfies { readonly [T in FormatType]: Readonly<Record<string, FormatField>> };

/** What people read about a field: a short label for a form, and a description (TypeScript docs, the schema, help text). */
export interface FieldDoc {
  readonly label: string;
  readonly description: string;
}

/** What people read about an object type, and the rules on it that no one field states. */
export interface FormatTypeDoc<T extends FormatType = FormatType> {
  /** The TypeScript interface's name in `story.ts`. */
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly fields: { readonly [K in keyof (typeof STORY_FORMAT)[T]]: FieldDoc };
  /** Rules across fields, which `validate.ts` checks in code: in words, and as JSON Schema keywords for the schema. */
  readonly rules?: readonly { readonly description: string; readonly schema: Readonly<Record<string, unknown>> }[];
}

/**
 * Where a JSON pointer into a story leads in the format: the type of the object it is in and, when
 * it names a field (or an id in a field's list of ids), that field's key: `/quotes/3/speaker` →
 * `{ type: 'quote', key: 'speaker' }`, `/quotes/3` → `{ type: 'quote' }`. For editors' tools: a
 * form's label and help (`STORY_FORMAT_DOCS[type].fields[key]`), or the field a problem is about.
 * `undefined` outside the format.
 */
export function formatFieldAt(pointer: string): { type: FormatType; key?: string } | undefined {
  const keys = pointer.split('/').slice(1);
  let type: FormatType = 'story';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const field: FormatField | undefined = (STORY_FORMAT[type] as Readonly<Record<string, FormatField>>)[key];
    if (!field || !Object.hasOwn(STORY_FORMAT[type], key)) return undefined;
    const next = keys[i + 1];
    if (next === undefined) return { type, key };
    const item = /^(?:0|[1-9]\d*)$/.test(next);
    if (field.kind === 'object') type = field.of!;
    else if (field.kind === 'list' && item) {
      type = field.of!;
      i++;
    } else return field.kind === 'refs' && item && i + 2 === keys.length ? { type, key } : undefined;
  }
  return { type };
}

/** The enumerations: their TypeScript names and what they mean. */
export const STORY_FORMAT_ENUMS = [
  { name: 'PartyKind', values: PARTY_KINDS, description: 'What kind of side a party is.' },
  { name: 'Stance', values: STANCES, description: 'Where a party stands on an issue; `not-stated` when the article gives no position.' },
  { name: 'EventStatus', values: EVENT_STATUSES, description: 'Whether an event took place, is set, is only planned, or was called off.' },
] as const;

const nonBlank = { type: 'string', pattern: '\\S' };

/** The words of the format, type by type and field by field (the same fields as `STORY_FORMAT`: the compiler checks). */
export const STORY_FORMAT_DOCS: { readonly [T in FormatType]: FormatTypeDoc<T> } = {
  story: {
    name: 'Story',
    label: 'Story',
    description: 'A news article about a negotiation, as structured data: who is involved, what they said, where they stand, and the state of the talks.',
    fields: {
      version: { label: 'Format version', description: 'The version of the story format: 1.' },
      id: { label: 'Story id', description: 'Names the story in `story-id` attributes and file names.' },
      headline: { label: 'Headline', description: "The story's headline." },
      summary: { label: 'Summary', description: 'A sentence or two on what the story is about.' },
      language: { label: 'Language', description: "BCP 47: the language of the story's text, such as `en` or `pt-BR`." },
      published: { label: 'Published', description: 'When the article was published.' },
      updated: { label: 'Updated', description: 'When the article was last updated; a refreshed story whose `updated` goes backwards is refused.' },
      source: { label: 'Source', description: 'The publication the story comes from.' },
      matrix: { label: 'Matrix graphic', description: "The matrix's title, standfirst and source line, when the story's headline is not the graphic's." },
      people: { label: 'People', description: 'Everyone the story quotes by name.' },
      parties: { label: 'Parties', description: 'The sides in the negotiation: countries, blocs, organizations, groups.' },
      issues: { label: 'Issues', description: 'The questions the parties take positions on.' },
      quotes: { label: 'Quotes', description: 'Words the article quotes, verbatim.' },
      positions: { label: 'Positions', description: 'Where each party stands on each issue: a party and an issue have at most one position.' },
      negotiation: { label: 'Negotiation', description: 'The state of the talks: stages, events and obstacles.' },
    },
  },
  source: {
    name: 'StorySource',
    label: 'Source',
    description: 'The publication the story comes from.',
    fields: {
      name: { label: 'Publisher', description: "The publication's name." },
      url: { label: 'Article URL', description: "The article's address: `http:` or `https:` only." },
    },
  },
  matrix: {
    name: 'MatrixGraphic',
    label: 'Matrix graphic',
    description: "How `<position-matrix>` presents the story as a graphic: each field optional, in the story's language.",
    fields: {
      title: { label: 'Title', description: 'The graphic\'s title, saying what the grid shows (default: "Where they stand: 6 parties on 7 issues").' },
      standfirst: { label: 'Standfirst', description: 'One line under the title on how to read it.' },
      source: { label: 'Source line', description: "The source line's text (default: the story's `source` name)." },
    },
  },
  person: {
    name: 'Person',
    label: 'Person',
    description: 'Someone the article quotes.',
    fields: {
      id: { label: 'Id', description: "Unique among the story's people; quotes name it as their `speaker`." },
      name: { label: 'Name', description: 'The name as the article gives it.' },
      role: { label: 'Role', description: 'Who the article says the person is, in the form that follows a name in house style: "US defence secretary", "Kremlin spokesman". The party\'s short name follows it where it does not name the party ("Kremlin spokesman, Russia").' },
      party: { label: 'Party', description: 'The party they speak for: a party id.' },
    },
  },
  party: {
    name: 'Party',
    label: 'Party',
    description: 'A side in the negotiation.',
    fields: {
      id: { label: 'Id', description: "Unique among the story's parties." },
      name: { label: 'Name', description: 'The full name, e.g. "European Union".' },
      shortName: { label: 'Short name', description: 'The name where room is short (matrix rows, event chips), e.g. "EU".' },
      kind: { label: 'Kind', description: 'What kind of side it is.' },
      color: { label: 'Colour', description: 'An accent colour only (hex, rgb(), hsl() or a named colour); never the sole carrier of meaning.' },
    },
  },
  issue: {
    name: 'Issue',
    label: 'Issue',
    description: 'A question the parties take positions on.',
    fields: {
      id: { label: 'Id', description: "Unique among the story's issues." },
      title: { label: 'Title', description: 'Short: fits a column header.' },
      question: { label: 'Question', description: 'The full wording of the question.' },
    },
  },
  quote: {
    name: 'Quote',
    label: 'Quote',
    description: 'Words the article quotes, with who said them.',
    fields: {
      id: { label: 'Quote id', description: "Unique among the story's quotes; positions and events name it." },
      speaker: { label: 'Speaker', description: 'A person id; exactly one of `speaker` and `party` is set.' },
      party: { label: 'Party', description: 'A party id, for words the article attributes to a government or institution.' },
      text: { label: 'Quoted words', description: 'Verbatim.' },
      date: { label: 'Date', description: 'Only when the article gives or fixes it.' },
      venue: { label: 'Venue', description: 'Where the words were said, as a phrase in the article\'s words: "on X", "at a defence summit in Brussels".' },
      context: { label: 'Context before', description: "The article's own words that frame a fragment; shown before the quoted words." },
      contextAfter: {
        label: 'Context after',
        description: 'The article\'s own words that follow the quoted words, when the sentence goes on past them ("… call with Putin").',
      },
      needsContext: {
        label: 'Needs its context',
        description:
          'The words do not stand alone: their context goes wherever they go (card with `hide-context`, copied text, matrix evidence, timeline, fallbacks). Unset: true when the text starts mid-sentence (a lower-case letter or an ellipsis first), false otherwise (see `needsContext()` in `quote-context.ts`).',
      },
      issues: { label: 'Issues', description: 'The issues the words speak to: issue ids.' },
      sourceUrl: { label: 'Source address', description: 'Where the words can be read: `http:` or `https:` only.' },
    },
    rules: [
      {
        description: 'Exactly one of `speaker` and `party` is set.',
        schema: { oneOf: [{ required: ['speaker'], not: { required: ['party'] } }, { required: ['party'], not: { required: ['speaker'] } }] },
      },
      {
        description: 'A quote marked `needsContext` has a `context` or a `contextAfter`.',
        schema: {
          if: { required: ['needsContext'], properties: { needsContext: { const: true } } },
          then: { anyOf: [{ required: ['context'], properties: { context: nonBlank } }, { required: ['contextAfter'], properties: { contextAfter: nonBlank } }] },
        },
      },
    ],
  },
  position: {
    name: 'Position',
    label: 'Position',
    description: 'Where one party stands on one issue, and the article\'s evidence for it.',
    fields: {
      party: { label: 'Party', description: 'A party id.' },
      issue: { label: 'Issue', description: 'An issue id.' },
      stance: { label: 'Stance', description: 'Where the party stands.' },
      summary: { label: 'Summary', description: "One sentence, in the article's terms." },
      evidence: { label: 'Evidence', description: "Quote ids: the party's own words on the issue." },
      reported: { label: 'Reported sentence', description: "The article's own sentence reporting the stance, verbatim, when nobody is quoted." },
    },
    rules: [
      {
        description: 'A stated stance (any but `not-stated`) rests on evidence or on the article\'s `reported` sentence.',
        schema: {
          if: { properties: { stance: { not: { const: 'not-stated' } } } },
          then: { anyOf: [{ properties: { evidence: { type: 'array', minItems: 1 } } }, { required: ['reported'], properties: { reported: nonBlank } }] },
        },
      },
    ],
  },
  negotiation: {
    name: 'Negotiation',
    label: 'Negotiation',
    description: 'The state of the talks.',
    fields: {
      title: { label: 'Title', description: 'What the talks are, in a phrase, e.g. "US–Russia talks on ending the war in Ukraine".' },
      label: { label: 'Label', description: 'The talks in a few words ("Ukraine talks"), the compact banner\'s kicker; default: `title`.' },
      conflictStart: { label: 'Started', description: 'The day the day count starts from.' },
      dayCountBasis: {
        label: 'Day count basis',
        description:
          'Where the day count comes from, in the story\'s language, shown after it while it counts to `asOf` (not when a live widget counts to today), e.g. "as the article counts".',
      },
      dayCountLabel: {
        label: 'Day count wording',
        description:
          'The day count\'s wording in the story\'s language, `{n}` where the number goes, for a story that is not about a war: "Day {n} of the strike". Unset: the page language\'s "Day {n} of the war".',
      },
      asOf: { label: 'As of', description: 'The date the story is true for.' },
      stage: { label: 'Current stage', description: 'The current stage id.' },
      stages: { label: 'Stages', description: 'The typical stages of such talks, in order.' },
      events: { label: 'Events', description: 'What happened and what is planned.' },
      obstacles: { label: 'Obstacles', description: 'What stands in the way of agreement.' },
    },
  },
  stage: {
    name: 'Stage',
    label: 'Stage',
    description: 'One typical stage of the talks.',
    fields: {
      id: { label: 'Id', description: "Unique among the negotiation's stages." },
      label: { label: 'Stage', description: 'The stage in a few words.' },
      description: { label: 'Description', description: 'What the stage means.' },
    },
  },
  event: {
    name: 'TimelineEvent',
    label: 'Event',
    description: 'Something that happened or is planned in the talks.',
    fields: {
      id: { label: 'Id', description: "Unique among the negotiation's events." },
      date: { label: 'Date', description: '`null` when no date is set.' },
      dateLabel: { label: 'Date label', description: 'Shown instead of a date, e.g. "No date set".' },
      title: { label: 'Event', description: 'What happened, in a few words.' },
      description: { label: 'Description', description: 'More on it, in a sentence or two.' },
      parties: { label: 'Parties', description: 'The parties involved: party ids.' },
      status: { label: 'Status', description: 'Whether it happened, is set, is planned or was called off.' },
      quote: { label: 'Quote', description: 'A quote id: words said at or about it.' },
    },
  },
  obstacle: {
    name: 'Obstacle',
    label: 'Obstacle',
    description: 'Something standing in the way of agreement.',
    fields: {
      id: { label: 'Id', description: "Unique among the negotiation's obstacles." },
      text: { label: 'Obstacle', description: "The obstacle, in the article's terms." },
      parties: { label: 'Parties', description: 'The parties it divides or concerns: party ids.' },
      issue: { label: 'Issue', description: 'An issue id.' },
    },
  },
};
