// An application's order: Lit's hydration support before anything that loads Lit, then the widgets (npm build).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '/dist/index.js';
