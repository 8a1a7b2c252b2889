/** Registers <quote-card>, <position-matrix> and <negotiation-status>, and re-exports the classes and the data API. */
import './quote-card.js';
import './position-matrix.js';
import './negotiation-status.js';

export * from './elements.js';
export * from './data/index.js';
