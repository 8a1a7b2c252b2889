/** The element classes, registering nothing: for applications that choose their own tag names or registry. */
import { defineElement } from './shared/define.js';
import { NegotiationStatus } from './negotiation-status/negotiation-status.js';
import { PositionMatrix } from './position-matrix/position-matrix.js';
import { QuoteCard } from './quote-card/quote-card.js';

export { QuoteCard, PositionMatrix, NegotiationStatus };
export { StoryElement } from './shared/story-element.js';
export type { NwErrorDetail, NwUpdateDetail, Theme } from './shared/story-element.js';
export type { NwSelectDetail } from './position-matrix/position-matrix.js';
export type { NwCopyDetail } from './quote-card/quote-card.js';
export type { Story } from './data/story.js';

export interface DefineOptions {
  /** Registers `<PREFIX-quote-card>`, `<PREFIX-position-matrix>` and `<PREFIX-negotiation-status>`. */
  prefix: string;
}

/**
 * Registers the three widgets under prefixed names, e.g. `{ prefix: 'nw' }` gives `<nw-quote-card>`,
 * for pages where another script owns the plain names. A class can be registered once per registry,
 * so each name gets its own subclass.
 */
export function defineNegotiationWidgets({ prefix }: DefineOptions): void {
  if (!/^[a-z][a-z0-9-]*$/.test(prefix)) {
    console.warn(`negotiation-widgets: "${prefix}" is not a valid tag prefix (lowercase letters, digits and "-", starting with a letter).`);
    return;
  }
  defineElement(`${prefix}-quote-card`, class extends QuoteCard {});
  defineElement(`${prefix}-position-matrix`, class extends PositionMatrix {});
  defineElement(`${prefix}-negotiation-status`, class extends NegotiationStatus {});
}
