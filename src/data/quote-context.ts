import type { Quote } from './story.js';

/**
 * Text that starts mid-sentence: a lower-case letter or an ellipsis first, after any opening
 * quotation mark or bracket ("pure fiction", "…there will be no decision").
 */
export function startsMidSentence(text: string): boolean {
  return /^[\s"'“‘«‹„(]*(?:\p{Ll}|…|\.\.\.)/u.test(text);
}

/**
 * Whether a quote's words need the article's framing to keep their meaning, so that the framing
 * goes wherever the words go: the story's `needsContext` where it is set, else whether the words
 * start mid-sentence. A fragment lifted out of its sentence ("pure fiction") reads as whatever the
 * reader supplies; the article's own words around it say what it was said of.
 */
export function needsContext(quote: Pick<Quote, 'text' | 'needsContext'>): boolean {
  return quote.needsContext ?? startsMidSentence(quote.text);
}
