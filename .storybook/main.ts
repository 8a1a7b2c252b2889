import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * The CSF files in stories/ (the workbench reads the same files). Widgets load from src/: the
 * registration modules are listed in package.json "sideEffects", or Vite's production build would
 * drop `import '../src/quote-card.js'` from the stories.
 */
const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  // The "Loaded by src" stories fetch ./stories/<id>.json, as a publisher's page would.
  staticDirs: [{ from: '../src/data/stories', to: '/stories' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // One Lit in `storybook dev`: Storybook's renderer imports lit/directive-helpers.js, which Vite
  // would otherwise serve unbundled beside its pre-bundled lit.js, each with its own lit-html.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive.js', 'lit/directive-helpers.js', 'lit/directives/class-map.js'],
    },
  }),
};

export default config;
