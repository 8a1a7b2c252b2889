// An Eleventy 3 site that server-renders the widgets with the Lit team's plugin, as a publisher
// would set it up: the plugin renders every custom element it knows in the generated HTML.
import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['test/ssr/eleventy/components.mjs'] });
}

export const config = { dir: { input: 'test/ssr/eleventy/site' } };
