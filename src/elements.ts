/** The element classes, registering nothing: for applications that choose their own tag names or registry. */
export { QuoteCard } from './quote-card/quote-card.js';
export { PositionMatrix } from './position-matrix/position-matrix.js';
export { NegotiationStatus } from './negotiation-status/negotiation-status.js';
export { StoryElement } from './shared/story-element.js';
export type { NwErrorDetail, Theme } from './shared/story-element.js';
