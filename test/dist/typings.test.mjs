// The React test app (test/dist/pages/react-app.tsx) type-checks against the typings the package
// ships: `negotiation-widgets` and `negotiation-widgets/react.js` resolve through "exports" to
// dist/, as in an application. Needs a build.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

it('the React 19 test app type-checks against the shipped JSX typings', () => {
  const work = mkdtempSync(join(tmpdir(), 'nw-typings-'));
  try {
    // @types/react-dom is not a dependency here; the app needs only createRoot from it.
    const shim = join(work, 'react-dom-client.d.ts');
    writeFileSync(shim, "declare module 'react-dom/client' { export function createRoot(container: Element): { render(node: unknown): void }; }\n");
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--jsx', 'react-jsx',
        '--module', 'esnext',
        '--moduleResolution', 'bundler',
        '--target', 'es2022',
        '--lib', 'es2023,dom,dom.iterable',
        '--resolveJsonModule',
        '--types', 'react',
        join(root, 'test/dist/pages/react-app.tsx'),
        shim,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(result.stdout + result.stderr, '');
    assert.equal(result.status, 0);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
