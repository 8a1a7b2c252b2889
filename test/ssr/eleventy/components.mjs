// What a publisher's Eleventy site lists in the Lit plugin's `componentModules`: the package's
// entry point, which in Node brings the built-in stories and every language up front.
import 'negotiation-widgets';
