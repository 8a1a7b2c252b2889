// Facts are sacred: every quote, context and reported sentence of the built-in story stands in the
// article word for word, after typographic normalisation of quotation marks and spacing only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

// The source article, kept beside the tests so they run anywhere; the workplace's copy must match it.
const article = readFileSync(new URL('../fixtures/source-article.txt', import.meta.url), 'utf8');
const SHARED_COPY = new URL('../../../shared/article/source-article.txt', import.meta.url);
const story = JSON.parse(readFileSync('src/data/stories/us-russia-ukraine-talks-2025.json', 'utf8'));

function normalise(text) {
  return text
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .trim();
}

const source = normalise(article);

test('every quote is verbatim from the article', () => {
  // Where the workplace's copy sits beside this clone (as in CI), the kept copy must be the same text.
  if (existsSync(SHARED_COPY)) assert.equal(readFileSync(SHARED_COPY, 'utf8'), article, 'test/fixtures/source-article.txt differs from shared/');
  for (const quote of story.quotes) assert.ok(source.includes(normalise(quote.text)), `${quote.id}: "${quote.text}"`);
});

test('every quote context is the article’s own words, around the quote as the article has them', () => {
  const framed = story.quotes.filter((q) => q.context || q.contextAfter);
  assert.ok(framed.some((q) => q.contextAfter));
  for (const quote of framed) {
    // The words before, the quoted words and the words after stand in the article in this order,
    // together (the article may close its quotation marks after a comma or full stop, or not at all).
    const passages = ['"', ',"', '."', ''].map((close) => [quote.context, `"${quote.text}${close}`, quote.contextAfter].filter(Boolean).join(' '));
    assert.ok(passages.some((passage) => source.includes(normalise(passage))), `${quote.id}: "${passages[0]}"`);
  }
});

test('every quote that starts mid-sentence, or is marked as needing its context, has it', () => {
  for (const quote of story.quotes) {
    const fragment = /^[\s"'“‘«]*(?:\p{Ll}|…)/u.test(quote.text);
    if (fragment) assert.equal(quote.needsContext, true, `${quote.id} starts mid-sentence: mark it "needsContext"`);
    if (quote.needsContext) assert.ok(quote.context || quote.contextAfter, `${quote.id}: needsContext without context`);
  }
});

test('every reported sentence is verbatim from the article', () => {
  const reported = story.positions.filter((p) => p.reported);
  assert.ok(reported.length > 0);
  for (const position of reported) assert.ok(source.includes(normalise(position.reported)), `${position.party}/${position.issue}`);
});

/**
 * A role in house style: the article's own words for it (any case), or the article's words after one
 * word naming the person's party, which the story already gives ("US defence secretary" from "his
 * Defence Secretary" of the US president; "German foreign minister" from "German’s Foreign Minister").
 */
function roleInArticle(role, party) {
  const lowerSource = source.toLowerCase();
  if (lowerSource.includes(normalise(role).toLowerCase())) return true;
  const [first, ...rest] = role.split(' ');
  const stem = party.name.slice(0, -1);
  const namesParty = first === party.shortName || (stem.length >= 5 && first.startsWith(stem));
  return namesParty && rest.length > 0 && lowerSource.includes(normalise(rest.join(' ')).toLowerCase());
}

test('every speaker, role and venue appears in the article', () => {
  for (const person of story.people) {
    assert.ok(source.includes(person.name.split(' ').pop()), person.name);
    const party = story.parties.find((p) => p.id === person.party);
    assert.ok(roleInArticle(person.role, party), `${person.id}: role "${person.role}"`);
  }
  // The rule lets a party's name lead the article's words, nothing else.
  const us = story.parties.find((p) => p.id === 'us');
  assert.equal(roleInArticle('US defence secretary', us), true);
  assert.equal(roleInArticle('Russian defence secretary', us), false);
  assert.equal(roleInArticle('US chief negotiator', us), false);
  for (const quote of story.quotes.filter((q) => q.venue)) assert.ok(source.includes(quote.venue), `${quote.id}: venue "${quote.venue}"`);
});

test('the article’s own day count matches the story’s dates', () => {
  assert.ok(source.includes('over 1,085 days'));
});
