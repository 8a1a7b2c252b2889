import type { Story } from './story.js';

/*
 * Checking a story against the article it came from: every quote, context and reported sentence
 * must stand in the source word for word. The rule is the format's: only quotation marks, spacing
 * (and "..." for "…") are normalised. Two editorial marks are allowed inside a quote's text and
 * nowhere else: an ellipsis "…" where words were left out (the parts around it must stand in the
 * source in order, with at most ELISION_GAP characters between them), and square brackets around
 * words an editor put in ("[Putin] said") standing for at most BRACKET_WORDS words of the source.
 * This module is for editors' tools (the studio, `negotiation-widgets check`); no widget imports it.
 */

/** Characters an elision may leave out: about a paragraph, so parts of different passages never join. */
const ELISION_GAP = 600;
/** Source words one bracketed insertion may stand for ("[the Russian President]" for "he"). */
const BRACKET_WORDS = 6;
/** How far from a quote the source is searched for its speaker's name: a paragraph before, a few lines after. */
const SPEAKER_BEFORE = 600;
const SPEAKER_AFTER = 300;

export type SourceCheckKind = 'quote' | 'context' | 'contextAfter' | 'reported';

/** One word of a difference: in both (`same`), only in the source (`source`), only in the story (`story`). */
export interface WordChange {
  in: 'same' | 'source' | 'story';
  text: string;
}

export interface SourcePassage {
  /** The source's words, as the source has them. */
  text: string;
  /** Character offsets into the source text as given. */
  start: number;
  end: number;
}

export interface SourceCheckItem {
  /** JSON pointer of the checked field: `/quotes/3/text`. */
  pointer: string;
  /** The quote's id, or `party/issue` for a position. */
  id: string;
  kind: SourceCheckKind;
  /** The story's words. */
  text: string;
  found: boolean;
  /** Where the words stand in the source, when found. */
  passage?: SourcePassage;
  /** When not found: the source's closest passage and the difference, word by word. */
  closest?: SourcePassage & { diff: WordChange[] };
  /** Why the item fails, in an editor's words (absent when found). */
  message?: string;
}

export interface SourceCheckWarning {
  pointer: string;
  id: string;
  message: string;
}

export interface SourceCheckResult {
  /** True when every item is found. */
  ok: boolean;
  /** Every checked field, found or not, in story order. */
  items: SourceCheckItem[];
  /** The items not found. */
  problems: SourceCheckItem[];
  /** Doubts that do not fail the check (a speaker not named near the quote). */
  warnings: SourceCheckWarning[];
}

/** Text normalised by the format's typographic rule, with each character's offset in the original. */
interface Normalised {
  text: string;
  /** `at[i]` is the offset in the original of `text[i]`; one extra entry for the end. */
  at: number[];
}

const DOUBLE_MARKS = /[“”„‟«»〝〞"]/;
const SINGLE_MARKS = /[‘’‚‛‹›']/;

function normalise(original: string): Normalised {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < original.length; i++) {
    let char = original.charAt(i);
    if (/\s/.test(char)) {
      // A run of white space is one space; none at the start.
      if (text.length > 0 && text.charAt(text.length - 1) !== ' ') {
        text += ' ';
        at.push(i);
      }
      continue;
    }
    if (char === '.' && original.startsWith('...', i)) {
      char = '…';
      at.push(i);
      text += char;
      i += 2;
      continue;
    }
    if (DOUBLE_MARKS.test(char)) char = '"';
    else if (SINGLE_MARKS.test(char)) char = "'";
    // No space before a comma, full stop, colon, semicolon, question or exclamation mark.
    if (/[,.;:!?]/.test(char) && text.endsWith(' ')) {
      text = text.slice(0, -1);
      at.pop();
    }
    text += char;
    at.push(i);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    at.pop();
  }
  at.push(original.length);
  return { text, at };
}

/** The format's typographic normalisation: what two texts are compared as. */
export function normaliseQuotation(text: string): string {
  return normalise(text).text;
}

/** A quote's text as parts that must stand in the source in order, and what may stand between them. */
interface Part {
  text: string;
  /** What comes before this part: nothing or the quote's start, words left out, or an editor's insertion. */
  after: 'start' | 'elision' | 'bracket';
}

function quoteParts(text: string): Part[] {
  const parts: Part[] = [];
  let gap: Part['after'] = 'start';
  for (const piece of text.split(/(…|\[[^\]]*\])/)) {
    if (piece === '…') {
      if (gap !== 'bracket') gap = parts.length === 0 ? 'start' : 'elision';
    } else if (piece.startsWith('[') && piece.endsWith(']')) {
      gap = 'bracket';
    } else {
      const trimmed = piece.trim();
      if (trimmed) parts.push({ text: trimmed, after: gap });
      // A gap that ended the text leaves nothing to match after it.
      gap = 'elision';
    }
  }
  return parts;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `part` found at `index` of `source` starts and ends on word boundaries (unless a bracket joins it). */
function onBoundaries(source: string, index: number, length: number, freeStart: boolean, freeEnd: boolean): boolean {
  const before = source[index - 1];
  const after = source[index + length];
  const startOk = freeStart || before === undefined || !WORD_CHAR.test(before) || !WORD_CHAR.test(source.charAt(index));
  const endOk = freeEnd || after === undefined || !WORD_CHAR.test(after) || !WORD_CHAR.test(source.charAt(index + length - 1));
  return startOk && endOk;
}

interface Match {
  start: number;
  end: number;
}

/** Every place where the parts stand in the source in order, within their gaps (normalised offsets). */
function findParts(source: string, parts: Part[], limit = 20): Match[] {
  const [first, ...rest] = parts;
  if (!first) return [];
  const matches: Match[] = [];
  for (let from = 0; matches.length < limit; ) {
    const index = source.indexOf(first.text, from);
    if (index === -1) break;
    from = index + 1;
    if (!onBoundaries(source, index, first.text.length, first.after === 'bracket', rest[0]?.after === 'bracket')) continue;
    let end: number | undefined = index + first.text.length;
    rest.forEach((part, p) => {
      if (end !== undefined) end = findNext(source, part, end, rest[p + 1]?.after === 'bracket');
    });
    if (end !== undefined) matches.push({ start: index, end });
  }
  return matches;
}

/** The end of `part` where it next stands after `end`, within its gap, or undefined. */
function findNext(source: string, part: Part, end: number, freeEnd: boolean): number | undefined {
  const maxGap = part.after === 'bracket' ? bracketSpan(source, end) : ELISION_GAP;
  for (let search = end; ; ) {
    const candidate = source.indexOf(part.text, search);
    if (candidate === -1 || candidate - end > maxGap) return undefined;
    if (onBoundaries(source, candidate, part.text.length, part.after === 'bracket', freeEnd)) return candidate + part.text.length;
    search = candidate + 1;
  }
}

/** Characters of `source` from `from` that BRACKET_WORDS words (and the spaces around them) cover. */
function bracketSpan(source: string, from: number): number {
  return new RegExp(`^(?:\\s*\\S+){0,${BRACKET_WORDS}}\\s*`).exec(source.slice(from, from + 400))?.[0].length ?? 0;
}

/** Whether the text between two offsets is only quotation marks, spaces and the punctuation a quotation closes on. */
function adjoins(between: string, closing: boolean): boolean {
  return between.length <= 4 && (closing ? /^["' ,.;:!?]*$/ : /^["' ]*$/).test(between);
}

interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
}

/** Words, with a key that ignores case, punctuation and quotation marks (for finding the closest passage). */
function tokens(text: string): Token[] {
  const result: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const key = match[0].toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    result.push({ text: match[0], key, start: match.index, end: match.index + match[0].length });
  }
  return result;
}

/** Two words are the same when they differ only by the quotation marks or ellipsis around them. */
function same(a: Token | undefined, b: Token | undefined): boolean {
  const bare = (token: Token | undefined) => token?.text.replace(/^["'…]+|["'…]+$/g, '');
  return a !== undefined && bare(a) === bare(b);
}

/** Longest common subsequence of two word lists (exact words, see `same`), as a word-by-word difference. */
function wordDiff(story: Token[], source: Token[]): WordChange[] {
  const n = story.length;
  const m = source.length;
  // lcs(i, j): the common words of story[i…] and source[j…], in a flat table.
  const table = new Uint16Array((n + 1) * (m + 1));
  const lcs = (i: number, j: number): number => table[i * (m + 1) + j] ?? 0;
  story.forEach((_, back) => {
    const i = n - 1 - back;
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = same(story[i], source[j]) ? lcs(i + 1, j + 1) + 1 : Math.max(lcs(i + 1, j), lcs(i, j + 1));
    }
  });
  const changes: WordChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const a = story[i];
    const b = source[j];
    if (a && b && same(a, b)) {
      changes.push({ in: 'same', text: a.text });
      i++;
      j++;
    } else if (b && (!a || lcs(i, j + 1) >= lcs(i + 1, j))) {
      changes.push({ in: 'source', text: b.text });
      j++;
    } else if (a) {
      changes.push({ in: 'story', text: a.text });
      i++;
    }
  }
  return changes;
}

/**
 * The source's passage most like `text`: the window of as many words with the most words in common
 * (ignoring case and punctuation), widened by half on each side and trimmed to the words the two
 * share. Undefined when fewer than a third of the words are found anywhere together.
 */
function closestPassage(source: Normalised, sourceTokens: Token[], text: string, original: string): SourceCheckItem['closest'] {
  const wanted = tokens(text.replace(/\[[^\]]*\]|…/g, ' ')).filter((t) => t.key);
  if (wanted.length === 0 || sourceTokens.length === 0) return undefined;
  const need = new Map<string, number>();
  for (const t of wanted) need.set(t.key, (need.get(t.key) ?? 0) + 1);
  const size = Math.min(wanted.length, sourceTokens.length);
  const have = new Map<string, number>();
  let score = 0;
  let best = -1;
  let bestStart = 0;
  const add = (key: string, step: 1 | -1): void => {
    const before = have.get(key) ?? 0;
    const after = before + step;
    have.set(key, after);
    const cap = need.get(key) ?? 0;
    score += Math.min(after, cap) - Math.min(before, cap);
  };
  sourceTokens.forEach((token, j) => {
    add(token.key, 1);
    const leaving = sourceTokens[j - size];
    if (leaving) add(leaving.key, -1);
    if (j >= size - 1 && score > best) {
      best = score;
      bestStart = j - size + 1;
    }
  });
  if (best < Math.max(1, wanted.length / 3)) return undefined;
  const margin = Math.ceil(size / 2);
  const window = sourceTokens.slice(Math.max(0, bestStart - margin), bestStart + size + margin);
  // Trim the widened window to the first and last words the story shares with it.
  const keys = new Set(wanted.map((t) => t.key));
  let first = window.findIndex((t) => keys.has(t.key));
  let last = window.length - 1 - [...window].reverse().findIndex((t) => keys.has(t.key));
  if (first === -1) [first, last] = [0, window.length - 1];
  const passage = window.slice(first, last + 1);
  const { start, end } = inOriginal(source, passage[0]?.start ?? 0, passage[passage.length - 1]?.end ?? 0);
  return { text: original.slice(start, end), start, end, diff: wordDiff(wanted, passage) };
}

/** A range of normalised offsets as offsets into the original text. */
function inOriginal(source: Normalised, start: number, end: number): Match {
  return { start: source.at[start] ?? 0, end: (source.at[Math.max(start, end - 1)] ?? 0) + 1 };
}

/** The names a speaker may be named by near their words: the full name, and each of its words of 3 letters or more. */
function namesOf(story: Story, speaker: string | undefined, party: string | undefined): string[] {
  if (speaker) {
    const person = story.people.find((p) => p.id === speaker);
    if (!person) return [];
    // A long name word is also found without its last letter: transliterations differ ("Zelenskyy", "Zelensky").
    return [person.name, ...person.name.split(/\s+/).filter((word) => word.length >= 3).map((word) => (word.length >= 6 ? word.slice(0, -1) : word))];
  }
  const found = story.parties.find((p) => p.id === party);
  if (!found) return [];
  // "Russia" is named by "Russian", "Ukraine" by "Ukrainian": the stem, at least four letters.
  return [found.name, found.shortName].map((name) => (name.length > 5 ? name.slice(0, Math.max(4, name.length - 2)) : name));
}

/**
 * Checks every quote (its text, context and the words after it) and every reported sentence of
 * `story` against `sourceText`, the article as plain text (see `sourceTextFromHtml` for a page).
 * Never throws for any story that passed `validateStory`.
 */
export function checkAgainstSource(story: Story, sourceText: string): SourceCheckResult {
  const source = normalise(sourceText);
  const sourceTokens = tokens(source.text);
  const items: SourceCheckItem[] = [];
  const warnings: SourceCheckWarning[] = [];
  const passage = (match: Match | undefined): SourcePassage => {
    const { start, end } = inOriginal(source, match?.start ?? 0, match?.end ?? 0);
    return { text: sourceText.slice(start, end), start, end };
  };
  const notFound = (item: Omit<SourceCheckItem, 'found'>, message: string): SourceCheckItem => {
    const closest = closestPassage(source, sourceTokens, normaliseQuotation(item.text), sourceText);
    return { ...item, found: false, ...(closest ? { closest } : {}), message };
  };
  const plainMatches = (text: string): Match[] => findParts(source.text, [{ text: normaliseQuotation(text), after: 'start' }]);

  story.quotes.forEach((quote, index) => {
    const base = `/quotes/${index}`;
    const text = normaliseQuotation(quote.text);
    const matches = findParts(source.text, quoteParts(text));
    const contexts = quote.context ? plainMatches(quote.context) : [];
    const afters = quote.contextAfter ? plainMatches(quote.contextAfter) : [];
    const before = (m: Match) => contexts.find((c) => c.end <= m.start && adjoins(source.text.slice(c.end, m.start), false));
    const after = (m: Match) => afters.find((c) => c.start >= m.end && adjoins(source.text.slice(m.end, c.start), true));
    // Of several places the words stand, the one the framing stands around.
    const match = matches.find((m) => (!quote.context || before(m)) && (!quote.contextAfter || after(m))) ?? matches[0];
    const item = { pointer: `${base}/text`, id: quote.id, kind: 'quote' as const, text: quote.text };
    if (match) items.push({ ...item, found: true, passage: passage(match) });
    else items.push(notFound(item, quoteParts(text).length > 1 ? 'not in the source word for word (each part around "…" or "[…]", in this order)' : 'not in the source word for word'));

    for (const [key, found, adjacent, where] of [
      ['context', contexts, match && before(match), 'right before the quoted words'],
      ['contextAfter', afters, match && after(match), 'right after the quoted words'],
    ] as const) {
      const words = quote[key];
      if (!words) continue;
      const field = { pointer: `${base}/${key}`, id: quote.id, kind: key, text: words };
      if (found.length === 0) items.push(notFound(field, 'not in the source word for word'));
      else if (match && !adjacent) items.push({ ...field, found: false, passage: passage(found[0]), message: `in the source, but not ${where}` });
      else items.push({ ...field, found: true, passage: passage(adjacent || found[0]) });
    }

    if (match) {
      const names = namesOf(story, quote.speaker, quote.party);
      const near = source.text.slice(Math.max(0, match.start - SPEAKER_BEFORE), match.end + SPEAKER_AFTER);
      if (names.length > 0 && !names.some((name) => near.includes(name))) {
        const who = quote.speaker ? story.people.find((p) => p.id === quote.speaker)?.name : story.parties.find((p) => p.id === quote.party)?.name;
        warnings.push({ pointer: `${base}/${quote.speaker ? 'speaker' : 'party'}`, id: quote.id, message: `${who} is not named near these words in the source: check who said them` });
      }
    }
  });

  story.positions.forEach((position, index) => {
    if (!position.reported) return;
    const item = { pointer: `/positions/${index}/reported`, id: `${position.party}/${position.issue}`, kind: 'reported' as const, text: position.reported };
    const [match] = plainMatches(position.reported);
    items.push(match ? { ...item, found: true, passage: passage(match) } : notFound(item, 'not in the source word for word'));
  });

  const problems = items.filter((item) => !item.found);
  return { ok: problems.length === 0, items, problems, warnings };
}

const BLOCKS = /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/i;
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  mdash: '—', ndash: '–', hellip: '…', laquo: '«', raquo: '»', bdquo: '„', sbquo: '‚', shy: '', thinsp: ' ', ensp: ' ', emsp: ' ',
};

/**
 * An HTML page reduced to its text, as the words a reader sees: each block on its own line, no
 * script, style, template or comment, character references decoded. Nothing in it runs or loads:
 * the HTML is only read as characters.
 */
export function sourceTextFromHtml(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const text = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|noscript|svg|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?([a-zA-Z][\w-]*)[^>]*>/g, (_, tag: string) => (BLOCKS.test(tag) ? '\n' : ''))
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
