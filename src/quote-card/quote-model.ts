import { storyError } from '../data/errors.js';
import { isHttpUrl } from '../data/validate.js';
import { needsContext } from '../data/quote-context.js';
import { formatPartialDate, quoted, quotedInContext } from '../shared/format.js';
import { addEnglish, format } from '../shared/i18n.js';
import { QUOTE_STRINGS } from './strings.js';
import type { LoadResult } from '../data/errors.js';
import type { Party, Quote, Story } from '../data/story.js';
import type { Locale } from '../shared/i18n.js';

// The widget's English strings join the common ones as soon as its code loads.
addEnglish(QUOTE_STRINGS);

/** Who said it: a person, or a party for words the article attributes to a government. */
export interface QuoteAttribution {
  kind: 'person' | 'party';
  /** The person's or the party's full name. */
  name: string;
  /** The person's role, as the article gives it. */
  role?: string;
  /** The party's short name (for a person), to follow the role; absent when the role already names the party (`roleNamesParty`). */
  party?: string;
  /** The party's accent colour, already validated by the data layer. */
  color?: string;
  /** One to three letters for the speaker mark. */
  initials: string;
}

/** Everything `<quote-card>` shows, straight from the story. */
export interface QuoteModel {
  storyId: string;
  /** The language of the story's text (BCP 47). */
  language: string;
  id: string;
  /** Verbatim. */
  text: string;
  /** The article's framing words, shown before the quote and outside the quotation marks. */
  context?: string;
  /** The article's words that follow the quote, shown after it. */
  contextAfter?: string;
  /** The words do not stand alone: the framing shows even with `hide-context`, and goes into copies. */
  needsContext: boolean;
  attribution: QuoteAttribution;
  /** A partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) for `<time datetime>`. */
  date?: string;
  venue?: string;
  /** The quote's own source URL, for `blockquote[cite]`; only http(s). */
  cite?: string;
  /** Where the words can be checked: the quote's URL, else the story's source; only http(s). */
  source?: { url: string; label: string };
  /** The issues the quote is about, in the quote's order. */
  issues: { id: string; title: string }[];
}

type ErrorStrings = Pick<typeof QUOTE_STRINGS, 'notFoundQuote' | 'noQuotes' | 'notFoundSpeaker'>;

/**
 * Turns a story and a quote id (the first quote when none is given) into the view model,
 * or an error naming the id and the story: `not-found` for an unknown quote or speaker,
 * `missing-part` for a story without quotes. Pure; never throws for a validated story.
 */
export function buildQuoteModel(story: Story, quoteId: string | null | undefined, strings: ErrorStrings): LoadResult<QuoteModel> {
  const quotes = story.quotes;
  if (quotes.length === 0) {
    return { ok: false, error: storyError('missing-part', format(strings.noQuotes, { story: story.id })) };
  }
  const quote = quoteId ? quotes.find((q) => q.id === quoteId) : quotes[0];
  if (!quote) {
    return { ok: false, error: storyError('not-found', format(strings.notFoundQuote, { id: String(quoteId), story: story.id })) };
  }
  const attribution = attributionOf(story, quote);
  if (!attribution) {
    const id = quote.speaker ?? quote.party ?? '';
    return { ok: false, error: storyError('not-found', format(strings.notFoundSpeaker, { id, story: story.id })) };
  }
  const cite = isHttpUrl(quote.sourceUrl) ? quote.sourceUrl : undefined;
  // The validator resolves every issue id of a quote.
  const issues = quote.issues.map((id) => ({ id, title: story.issues.find((i) => i.id === id)!.title }));
  const model: QuoteModel = {
    storyId: story.id,
    language: story.language,
    id: quote.id,
    text: quote.text,
    attribution,
    issues,
    needsContext: needsContext(quote),
  };
  // Framing that starts mid-sentence (lower case, as the article has it) is marked as an excerpt
  // with a leading ellipsis, so the card never reads as a sentence with a typo; the words stay verbatim.
  if (quote.context) model.context = /^\p{Ll}/u.test(quote.context) ? `…${quote.context}` : quote.context;
  if (quote.contextAfter) model.contextAfter = quote.contextAfter;
  // Validated as YYYY, YYYY-MM or YYYY-MM-DD: already the `datetime` form.
  if (quote.date) model.date = quote.date;
  if (quote.venue) model.venue = quote.venue;
  if (cite) {
    model.cite = cite;
    model.source = { url: cite, label: hostLabel(cite) };
  } else if (story.source && isHttpUrl(story.source.url)) {
    model.source = { url: story.source.url, label: story.source.name };
  }
  return { ok: true, value: model };
}

function attributionOf(story: Story, quote: Quote): QuoteAttribution | undefined {
  const person = quote.speaker ? story.people.find((p) => p.id === quote.speaker) : undefined;
  if (quote.speaker && !person) return undefined;
  // The person's party (the validator resolves it), or the party the words are attributed to.
  const party = story.parties.find((p) => p.id === (person ? person.party : quote.party));
  if (!party) return undefined;
  const attribution: QuoteAttribution = person
    ? { kind: 'person', name: person.name, initials: initialsOf(person.name) }
    : { kind: 'party', name: party.name, initials: partyInitials(party) };
  if (person?.role) attribution.role = person.role;
  if (person && !(person.role && roleNamesParty(person.role, party))) attribution.party = party.shortName;
  if (party.color) attribution.color = party.color;
  return attribution;
}

/**
 * Whether a role already names its party, so "US president" is not followed by ", US". The rule,
 * case-insensitive, on whole words: the role contains the party's short name or full name (a
 * short name of up to three letters must match in its own case: "US", not "us"); or a word of the
 * role starts with the short or full name ("European" for "Europe"), or with it less its last
 * letter when five letters or more remain ("Ukrainian" for "Ukraine", "Russian", "German").
 * Irregular adjectives ("French" for "France") are not recognised: the party is then shown.
 */
export function roleNamesParty(role: string, party: Pick<Party, 'name' | 'shortName'>): boolean {
  const words = role.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const lowerWords = words.map((w) => w.toLocaleLowerCase());
  return [party.shortName, party.name].some((candidate) => {
    const names = candidate.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (names.length === 0) return false;
    if (names.length > 1) {
      // A name of several words: the same words in a row.
      const lower = names.map((n) => n.toLocaleLowerCase());
      return lowerWords.some((_, i) => lower.every((n, j) => lowerWords[i + j] === n));
    }
    const name = names[0]!;
    if (Array.from(name).length <= 3) return words.includes(name);
    const lower = name.toLocaleLowerCase();
    const stem = Array.from(lower).length >= 6 ? lower.slice(0, -1) : lower;
    return lowerWords.some((w) => w.startsWith(lower) || w.startsWith(stem));
  });
}

/** First letters of the first and the last word: "Donald Trump" → "DT", "Kaja Kallas" → "KK". */
export function initialsOf(name: string): string {
  const words = name
    .split(/[\s\u2010-\u2015-]+/u)
    .map((word) => /\p{L}/u.exec(word)?.[0] ?? '')
    .filter(Boolean);
  return (words.length > 1 ? [words[0], words.at(-1)] : words).join('').toLocaleUpperCase();
}

/** A short name of up to three letters as it is ("US", "EU"), else the initials of the name. */
export function partyInitials(party: Pick<Party, 'name' | 'shortName'>): string {
  const short = party.shortName;
  if (/^\p{L}{1,3}$/u.test(short)) return short.toLocaleUpperCase();
  return initialsOf(party.name) || initialsOf(short);
}

/** The host of an address `isHttpUrl` accepted (so it parses), without "www.". */
function hostLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * The plain text the "Copy quote" button copies: the quote in the page's quotation marks (inside
 * the article's words around it when it needs them), " — ", then speaker, role, date and venue,
 * and the source URL on its own line.
 */
export function copyText(model: QuoteModel, locale: Locale): string {
  const { attribution } = model;
  const parts = [attribution.name, attribution.role, model.date ? formatPartialDate(model.date, locale) : undefined, model.venue];
  const words = model.needsContext ? quotedInContext(model, locale) : quoted(model.text, locale);
  const line = `${words} — ${parts.filter(Boolean).join(', ')}`;
  return model.source ? `${line}\n${model.source.url}` : line;
}
