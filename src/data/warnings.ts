import { needsContext } from './quote-context.js';
import type { Story, ValidationError } from './story.js';

/**
 * Editorial checks on a valid story: things that are allowed but usually mean a stance went
 * beyond its evidence. A stated position should rest on quotes that speak to its issue and come
 * from its own party; a quote tagged with another issue, or spoken by (or attributed to) another
 * party, is worth a second look before publishing. So is a quote that starts mid-sentence with
 * none of the article's words around it: readers would see a fragment alone. Warnings never make a
 * story invalid.
 */
export function storyWarnings(story: Story): ValidationError[] {
  const quotes = new Map(story.quotes.map((quote) => [quote.id, quote]));
  const partyOf = new Map(story.people.map((person) => [person.id, person.party]));
  const warnings: ValidationError[] = [];
  story.quotes.forEach((quote, q) => {
    if (quote.needsContext === undefined && needsContext(quote) && !`${quote.context ?? ''}${quote.contextAfter ?? ''}`.trim()) {
      warnings.push({ path: `/quotes/${q}`, message: `quote "${quote.id}" starts mid-sentence and has no "context": readers would see the fragment alone` });
    }
  });
  story.positions.forEach((position, p) => {
    if (position.stance === 'not-stated') return;
    position.evidence.forEach((id, e) => {
      const quote = quotes.get(id);
      if (!quote) return;
      const path = `/positions/${p}/evidence/${e}`;
      if (!quote.issues.includes(position.issue)) {
        warnings.push({ path, message: `quote "${id}" is not tagged with this position's issue "${position.issue}"` });
      }
      const party = quote.party ?? (quote.speaker === undefined ? undefined : partyOf.get(quote.speaker));
      if (party !== position.party) {
        const by = quote.party === undefined ? `spoken by "${quote.speaker}" of party "${party}"` : `attributed to party "${party}"`;
        warnings.push({ path, message: `quote "${id}" is ${by}, not this position's party "${position.party}"` });
      }
    });
  });
  return warnings;
}
