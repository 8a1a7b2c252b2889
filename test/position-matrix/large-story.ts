import { LIMITS } from '../../src/data/validate.js';
import { STANCES } from '../../src/data/story.js';
import type { Story } from '../../src/data/story.js';

/**
 * A synthetic story with many parties and issues, for the "large matrix" tests: every fifth
 * pair has no position (so it reads "Not stated"), the others cycle through the stances.
 */
export function makeLargeStory(partyCount = 30, issueCount = 20): Story {
  const parties = Array.from({ length: partyCount }, (_, p) => ({
    id: `party-${p + 1}`,
    name: `Party number ${p + 1}`,
    shortName: `P${p + 1}`,
    kind: 'country' as const,
  }));
  const issues = Array.from({ length: issueCount }, (_, i) => ({
    id: `issue-${i + 1}`,
    title: `Issue ${i + 1}`,
    question: `What about issue ${i + 1}?`,
  }));
  const positions = parties.flatMap((party, p) =>
    issues.flatMap((issue, i) =>
      (p + i) % 5 === 4
        ? []
        : [
            {
              party: party.id,
              issue: issue.id,
              stance: STANCES[(p * 3 + i) % STANCES.length]!,
              summary: `${party.name} on ${issue.title}.`,
              evidence: [],
              reported: `The article reports where ${party.name} stands on ${issue.title}.`,
            },
          ],
    ),
  );
  return {
    version: 1,
    id: 'large-matrix',
    headline: `${partyCount} parties on ${issueCount} issues`,
    summary: 'A synthetic story for tests.',
    language: 'en',
    updated: '2025-02-13',
    source: { name: 'Test Wire', url: 'https://example.com/story' },
    people: [],
    parties,
    issues,
    quotes: [],
    positions,
  };
}

/**
 * A valid story at the limits the validator allows a matrix: 50 parties × 50 issues, 100 quotes of
 * 5,000 characters, every position citing every quote (or as many as the validator's reference
 * limit lets a position cite).
 */
export function makeWorstStory(references: number = LIMITS.references.evidence): Story {
  // At the validator's limits: the most parties and issues, every position citing the most quotes,
  // and quotes as long as the story's text budget allows.
  const story = makeLargeStory(LIMITS.lists.parties, LIMITS.lists.issues);
  story.id = 'worst-matrix';
  story.people = [{ id: 'speaker', name: 'A Speaker', role: 'Spokesperson', party: 'party-1' }];
  story.quotes = Array.from({ length: 30 }, (_, q) => ({
    id: `quote-${q + 1}`,
    text: `${q + 1} `.padEnd(5_000, 'lorem ipsum '),
    speaker: 'speaker',
    date: '2025-02-12',
    issues: ['issue-1'],
  }));
  const cited = story.quotes.slice(0, references).map((quote) => quote.id);
  story.positions = story.parties.flatMap((party, p) =>
    story.issues.map((issue, i) => ({
      party: party.id,
      issue: issue.id,
      stance: STANCES[(p + i) % STANCES.length]!,
      summary: `${party.name} on ${issue.title}.`,
      evidence: cited,
    })),
  );
  return story;
}
