// Visual regression tests (test/visual/*.visual.ts): Chromium only, baselines in
// test/visual/baselines/, run by `npm test` after the other browser tests.
// `npm run test:visual:update` rewrites the baselines (after a deliberate design change).
import { resolve } from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import base from '../../web-test-runner.config.mjs';

const update = process.env.NW_UPDATE_VISUAL === '1';

export default {
  ...base,
  files: ['test/visual/**/*.visual.ts'],
  // Only Chromium: the main config already picked its executable from NW_CHROMIUM_PATH.
  browsers: base.browsers.slice(0, 1),
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      update,
      baseDir: 'test/visual/baselines',
      getBaselineName: ({ name }) => name,
      // Failures go to the build folder, out of git: the new picture and a diff beside it.
      getFailedName: ({ name }) => resolve('dist/visual-failed', name),
      getDiffName: ({ name }) => resolve('dist/visual-failed', `${name}-diff`),
      // Anti-aliasing noise stays under this; a changed word does not.
      failureThresholdType: 'pixel',
      failureThreshold: 40,
    }),
  ],
};
