/** Registers <negotiation-status>. */
import { defineElement } from './shared/define.js';
import { NegotiationStatus } from './negotiation-status/negotiation-status.js';

defineElement('negotiation-status', NegotiationStatus);

export { NegotiationStatus };
