// `npm test` after build and type-check: Node tests (on a second Node too when NW_EXTRA_NODE names
// one, as CI does with Node 24), then browser tests in every engine found,
// then the visual regression tests in Chromium (test/visual/). Ends with a bare
// `N passed, N failed` line, which CI reads. `--visual-only` runs just the visual tests;
// `--update-visual-baselines` rewrites their baselines instead of comparing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

const INSTALL_HINT = {
  chromium: 'Chromium is required: install it with `apt-get install -y chromium` or set CHROME_PATH to a Chrome or Chromium binary.',
  firefox: 'Firefox is required (NW_BROWSERS): install it with `apt-get install -y firefox-esr`.',
  webkit: 'WebKit is required (NW_BROWSERS): install it with `apt-get install -y webkit2gtk-driver xvfb`.',
};

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function findChromium() {
  for (const candidate of [process.env.CHROME_PATH, '/usr/bin/chromium']) if (candidate && existsSync(candidate)) return candidate;
  return which('chromium') ?? which('google-chrome');
}

const found = {
  chromium: findChromium(),
  firefox: existsSync('/usr/bin/firefox-esr') ? '/usr/bin/firefox-esr' : (which('firefox-esr') ?? which('firefox')),
  webkit: which('WebKitWebDriver') && which('Xvfb') ? which('WebKitWebDriver') : undefined,
};

const required = new Set(['chromium', ...(process.env.NW_BROWSERS ?? '').split(',').map((s) => s.trim()).filter(Boolean)]);
for (const engine of required) {
  if (!(engine in found)) {
    console.error(`Unknown engine "${engine}" in NW_BROWSERS (use chromium, firefox, webkit).`);
    process.exit(1);
  }
  if (!found[engine]) {
    console.error(INSTALL_HINT[engine]);
    process.exit(1);
  }
}
const only = process.env.NW_ONLY_BROWSERS?.split(',').filter(Boolean);
const engines = Object.keys(found).filter((engine) => found[engine] && (!only || only.includes(engine)));

const args = process.argv.slice(2);
const OWN_FLAGS = ['--browser-only', '--node-only', '--visual-only', '--update-visual-baselines'];
const visualOnly = args.includes('--visual-only') || args.includes('--update-visual-baselines');
const browserOnly = args.includes('--browser-only') || visualOnly;
const nodeOnly = args.includes('--node-only');
const wtrArgs = args.filter((a) => !OWN_FLAGS.includes(a));
// With `--files`, the visual tests run only when one of the patterns names them.
const filesGiven = wtrArgs.includes('--files');
const visualFilesGiven = wtrArgs.some((a) => a.includes('test/visual'));

const children = [];
function cleanup() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

function run(command, commandArgs, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function waitForPort(port, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

let passed = 0;
let failed = 0;
let exitCode = 0;
const work = mkdtempSync(join(tmpdir(), 'nw-test-'));

function nodeTestFiles(dir = 'test') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // Not the framework apps' packages and builds (test/frameworks/*/node_modules, .next).
    if (entry.isDirectory()) return ['bench', 'fixtures', 'node_modules'].includes(entry.name) || entry.name.startsWith('.') ? [] : nodeTestFiles(path);
    return entry.name.endsWith('.test.mjs') ? [path] : [];
  });
}

/** The Node tests (every .test.mjs under test/) on one Node binary; adds their totals to the closing line. */
async function runNodeTests(node, name) {
  const tap = join(work, `${name}.tap`);
  const files = nodeTestFiles();
  const code = await run(node, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  if (code !== 0) exitCode = 1;
}

if (!browserOnly) {
  await runNodeTests(process.execPath, 'node');
  // CI also runs them on the Node most users run (.ci/run installs Node 24 and names it here).
  const extra = process.env.NW_EXTRA_NODE;
  if (extra) {
    const version = spawnSync(extra, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    if (!version) {
      console.error(`NW_EXTRA_NODE: ${extra} does not run`);
      exitCode = 1;
    } else {
      console.log(`Node tests again on Node ${version} (NW_EXTRA_NODE)`);
      await runNodeTests(extra, `node-${version}`);
    }
  }
}

/** Runs web-test-runner with `config`; adds its totals to the closing line. */
async function runBrowserTests(config, env, results) {
  const code = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', config, ...wtrArgs], {
    ...env,
    NW_RESULTS_FILE: results,
  });
  if (existsSync(results)) {
    const counts = JSON.parse(readFileSync(results, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
  } else {
    failed += 1;
  }
  if (code !== 0) exitCode = 1;
}

if (!nodeOnly && !visualOnly && !visualFilesGiven) {
  const env = { NW_ENGINES: engines.join(','), NW_CHROMIUM_PATH: found.chromium, NW_FIREFOX_PATH: found.firefox ?? '' };
  if (engines.includes('webkit')) {
    const display = `:${90 + Math.floor(Math.random() * 9)}`;
    const port = await freePort();
    children.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
    children.push(spawn(found.webkit, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } }));
    if (!(await waitForPort(port, 15000))) {
      console.error('WebKitWebDriver did not start; is webkit2gtk-driver installed?');
      process.exit(1);
    }
    env.NW_WEBKIT_PORT = String(port);
  }
  console.log(`Browser engines: ${engines.join(', ')}`);
  await runBrowserTests('web-test-runner.config.mjs', env, join(work, 'wtr.json'));
  console.log(`Browser engines run: ${engines.join(', ')}`);
}

// Visual regression: Chromium only (engines draw text differently), baselines in test/visual/baselines/.
if (!nodeOnly && engines.includes('chromium') && (!filesGiven || visualFilesGiven)) {
  const update = args.includes('--update-visual-baselines');
  console.log(update ? 'Visual tests (Chromium): writing new baselines' : 'Visual tests (Chromium)');
  await runBrowserTests(
    'test/visual/web-test-runner.config.mjs',
    { NW_ENGINES: 'chromium', NW_CHROMIUM_PATH: found.chromium, NW_UPDATE_VISUAL: update ? '1' : '' },
    join(work, 'visual.json'),
  );
}

if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
cleanup();
process.exit(exitCode || (failed > 0 ? 1 : 0));
