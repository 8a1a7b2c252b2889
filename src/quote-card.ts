/** Registers <quote-card>. */
import { defineElement } from './shared/define.js';
import { QuoteCard } from './quote-card/quote-card.js';

defineElement('quote-card', QuoteCard);

export { QuoteCard };
