// The Node build of `negotiation-widgets/elements.js`: the same module, with the built-in stories and strings loaded up front for server rendering.
import './server-data.js';
export * from '../elements.js';
