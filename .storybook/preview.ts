import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Written by `cem analyze` (npm run storybook and build-storybook run it first).
import manifest from '../dist/custom-elements.json';
import { argTypesFromManifest, declarationOf } from '../stories/manifest-arg-types.js';
import { backgrounds, decorators, globalTypes, initialGlobals } from '../stories/preview-globals.js';
import type { Manifest } from '../stories/manifest-arg-types.js';
import type { Preview } from '@storybook/web-components-vite';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes,
  initialGlobals,
  decorators,
  parameters: {
    layout: 'padded',
    // The workbench's order: each widget's stories as its file lists them.
    options: { storySort: { order: ['Widgets', ['quote-card', 'position-matrix', 'negotiation-status']] } },
    backgrounds,
    controls: { expanded: true },
    docs: {
      // Our reader of the manifest (see stories/manifest-arg-types.ts) in place of Storybook's.
      extractArgTypes: (tagName: string) => argTypesFromManifest(manifest as Manifest, tagName),
      extractComponentDescription: (tagName: string) => declarationOf(manifest as Manifest, tagName)?.description,
    },
  },
};

export default preview;
