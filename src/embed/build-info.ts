/**
 * The package version and the Subresource Integrity hashes (sha384) of the built files a snippet
 * loads, keyed by their path under `dist/`. rollup.config.mjs writes this module's contents at
 * build time, once those files exist; these placeholders are what unbuilt sources see (the test
 * server maps this module to the built one).
 */
export const VERSION: string = '0.0.0';
export const INTEGRITY: Readonly<Record<string, string>> = {};
