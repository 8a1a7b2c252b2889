/** Registers <negotiation-status>. */
import { defineElement } from './shared/define.js';
import { NegotiationStatus } from './negotiation-status/negotiation-status.js';

defineElement('negotiation-status', NegotiationStatus);

export { NegotiationStatus };
export type { NwErrorDetail } from './shared/story-element.js';
export type { Story } from './data/story.js';
