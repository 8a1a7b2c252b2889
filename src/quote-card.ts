/** Registers <quote-card>. */
import { defineElement } from './shared/define.js';
import { QuoteCard } from './quote-card/quote-card.js';

defineElement('quote-card', QuoteCard);

export { QuoteCard };
export type { NwErrorDetail } from './shared/story-element.js';
export type { Story } from './data/story.js';
export type { NwCopyDetail } from './quote-card/quote-card.js';
