// Browser tests. `npm test` (test/run.mjs) picks the engines and sets NW_ENGINES; WebKit's
// WebDriver server is started by that script and reached on NW_WEBKIT_PORT.
import { writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';

const engines = (process.env.NW_ENGINES || 'chromium').split(',').filter(Boolean);

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function launcher(engine) {
  if (engine === 'chromium') {
    return chromeLauncher({
      launchOptions: { executablePath: process.env.NW_CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS },
    });
  }
  if (engine === 'firefox') {
    // Firefox over WebDriver BiDi, driven by puppeteer-core: no geckodriver needed.
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.NW_FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
    });
  }
  if (engine === 'webkit') {
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.NW_WEBKIT_PORT || 4444),
      logLevel: 'error',
      capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true },
    });
  }
  throw new Error(`unknown engine ${engine}`);
}

/** Story JSON under src/ is imported as a module by the source; rollup does the same in the build. */
const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (context.path.startsWith('/src/') && context.path.endsWith('.json')) return 'js';
  },
  transform(context) {
    if (context.path.startsWith('/src/') && context.path.endsWith('.json')) {
      return { body: `export default ${context.body};` };
    }
  },
};

/** Slow endpoint for the loader's timeout test: /__slow/<ms>/<path> serves <path> after <ms>. */
const slowMiddleware = async (context, next) => {
  const match = /^\/__slow\/(\d+)(\/.*)$/.exec(context.path);
  if (match) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(Number(match[1]), 15000)));
    context.url = match[2];
  }
  return next();
};

/** Writes the totals for test/run.mjs, which prints the closing `N passed, N failed` line. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load counts as one failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed++;
      }
      if (process.env.NW_RESULTS_FILE) writeFileSync(process.env.NW_RESULTS_FILE, JSON.stringify({ passed, failed }));
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/bench/**'],
  nodeResolve: true,
  concurrentBrowsers: 1,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  browsers: engines.map(launcher),
  middleware: [slowMiddleware],
  plugins: [jsonModules, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countingReporter()],
};
