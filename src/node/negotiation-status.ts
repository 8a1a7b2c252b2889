// The Node build of `negotiation-widgets/negotiation-status.js`: the same module, with the built-in stories and strings loaded up front for server rendering.
import './server-data.js';
export * from '../negotiation-status.js';
