/**
 * `npx negotiation-widgets studio [--port 8010]`: serves the story studio (dist/studio/, with the
 * widgets it previews from dist/cdn/) on this computer only, and prints its address. Static files,
 * nothing else: the studio keeps the editor's work in their browser.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printable } from './printable.js';

export const STUDIO_USAGE = 'Usage: negotiation-widgets studio [--port <number>]';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export async function studioCommand(args: string[]): Promise<number> {
  let port = 8010;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--port' && /^\d{1,5}$/.test(args[i + 1] ?? '') && Number(args[i + 1]) < 65536) port = Number(args[++i]);
    else {
      console.error(`negotiation-widgets studio: ${printable(arg === '--port' ? '--port needs a number from 0 to 65535' : `unknown argument ${arg}`)}`);
      console.error(STUDIO_USAGE);
      return 2;
    }
  }
  // dist/, where this file is built (dist/cli.js).
  const root = dirname(fileURLToPath(import.meta.url));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    // Only the studio and the files it loads; never a path outside them.
    const allowed = [join(root, 'studio') + sep, join(root, 'cdn') + sep].some((folder) => file.startsWith(folder));
    if (path === '/') {
      response.writeHead(302, { location: '/studio/' }).end();
      return;
    }
    if (!allowed || request.method !== 'GET') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
    );
  });
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      console.error(`negotiation-widgets studio: cannot listen on port ${port} (${printable(error.code ?? error.message)}); try --port`);
      resolve(1);
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      console.log(`Story studio: http://localhost:${actual}/studio/ (Ctrl+C to stop)`);
    });
  });
}
