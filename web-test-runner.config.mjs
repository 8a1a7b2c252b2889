// Browser tests. `npm test` (test/run.mjs) picks the engines and sets NW_ENGINES; WebKit's
// WebDriver server is started by that script and reached on NW_WEBKIT_PORT.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { pagesMiddleware, sharedPageBody } from './test/dist/pages-middleware.mjs';
import { liveMiddleware } from './test/reliability/live-middleware.mjs';
import { ssrMiddleware } from './test/ssr/ssr-middleware.mjs';

const engines = (process.env.NW_ENGINES || 'chromium').split(',').filter(Boolean);

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // window.gc(), for the test that 200 live changes leave no earlier story in memory (test/reliability/live.test.ts).
  '--js-flags=--expose-gc',
];

const PAGE_TIMEOUT_MS = 30000;

/**
 * WebKit's WebDriver once hung for minutes leaving a test page (navigating to about:blank after every
 * test of the file had passed and reported), which web-test-runner counts as a failed file. Leaving
 * the page collects nothing but coverage, so a stuck leave is reported and skipped: the next file's
 * navigation replaces the page anyway. Test results are unaffected; they arrived before this step.
 */
class SturdyWebdriverLauncher extends WebdriverLauncher {
  async stopSession(id) {
    let timer;
    const stuck = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${PAGE_TIMEOUT_MS / 1000} s`)), PAGE_TIMEOUT_MS + 5000);
    });
    try {
      return await Promise.race([super.stopSession(id), stuck]);
    } catch (error) {
      console.warn(`WebKit: leaving a test page failed (${error.message}); the next file's page replaces it.`);
      return {};
    } finally {
      clearTimeout(timer);
    }
  }
}

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
    return new SturdyWebdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.NW_WEBKIT_PORT || 4444),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        // WebDriver's default page-load timeout is 300 s: a navigation that never reports "loaded"
        // would hold every later command that long.
        timeouts: { pageLoad: PAGE_TIMEOUT_MS, script: PAGE_TIMEOUT_MS },
      },
    });
  }
  throw new Error(`unknown engine ${engine}`);
}

/**
 * JSON the code imports as a module (the built-in story under src/, package.json for the demo's
 * version), served as JavaScript as rollup's JSON plugin does in the build.
 */
const isJsonModule = (path) => (path.startsWith('/src/') && path.endsWith('.json')) || path === '/package.json';
const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (isJsonModule(context.path)) return 'js';
  },
  transform(context) {
    if (isJsonModule(context.path)) {
      const json = JSON.parse(context.body);
      const named = Object.keys(json)
        .filter((key) => /^[A-Za-z_$][\w$]*$/.test(key))
        .map((key) => `export const ${key} = json[${JSON.stringify(key)}];`)
        .join('\n');
      return { body: `const json = ${context.body};\nexport default json;\n${named}` };
    }
  },
};

/** Paths the demo pages use, mapped to the build, so the workbench runs in tests as it does when served. */
const DEMO_PATHS = {
  '/custom-elements.json': '/dist/custom-elements.json',
  '/stories/us-russia-ukraine-talks-2025.json': '/dist/stories/us-russia-ukraine-talks-2025.json',
  // The build writes this module (version, integrity hashes); sources served as they are get the built one.
  '/src/embed/build-info.ts': '/dist/embed/build-info.js',
};

/** Slow endpoint for the loader's timeout test: /__slow/<ms>/<path> serves <path> after <ms>; /__status/<code> fails. */
const slowMiddleware = async (context, next) => {
  if (DEMO_PATHS[context.path]) context.url = DEMO_PATHS[context.path];
  const match = /^\/__slow\/(\d+)(\/.*)$/.exec(context.path);
  if (match) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(Number(match[1]), 15000)));
    context.url = match[2];
  }
  // /__redirect?to=<url>: a 302 there, for the embed page's "redirect to another origin" test.
  if (context.path === '/__redirect') {
    context.status = 302;
    context.set('location', context.query.to);
    return;
  }
  // /__cors/<path>: <path> with CORS allowed, as a publisher's data host would serve it.
  const cors = /^\/__cors(\/.*)$/.exec(context.path);
  if (cors) {
    context.set('access-control-allow-origin', '*');
    context.url = cors[1];
  }
  // /__status/<code>: an error status with a short text body, for the loader's HTTP-failure tests.
  const status = /^\/__status\/([45]\d\d)$/.exec(context.path);
  if (status) {
    context.status = Number(status[1]);
    context.body = `Status ${status[1]}`;
    return;
  }
  return next();
};

/**
 * Serves the CDN and embed files byte for byte, as a real host does: embed code loads them with an
 * integrity hash, which the esbuild plugin's re-emitted JavaScript would not match.
 */
const builtFilesAsTheyAre = async (context, next) => {
  if (/^\/dist\/(cdn|embed)\/[\w/.-]+\.js$/.test(context.path) && !context.path.includes('..')) {
    try {
      context.body = await readFile(`.${context.path}`);
      context.type = 'text/javascript';
      return;
    } catch {
      // not built: let the server answer 404
    }
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
  middleware: [slowMiddleware, pagesMiddleware, ssrMiddleware, builtFilesAsTheyAre, liveMiddleware],
  plugins: [jsonModules, sharedPageBody, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countingReporter()],
};
