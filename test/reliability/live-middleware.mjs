// The loopback story server of the live tests: in-memory story files whose content, status and
// delay a test sets, with ETag revalidation (304) as a well-configured host or CDN does it.
//   GET  /__live/<name>.json           the file (404 until set); also as /__live/<name>, which the test
//                                      runner does not mark cacheable for a year (it does so to every path with an extension)
//   POST /__live/<name>.json?control   JSON { body?, status?, delayMs?, queue?, reset? } → the counters
//   GET  /__live/<name>.json?control   the counters: { requests, notModified, served }
// `queue` is a list of { status?, body?, delayMs? } answered one per request before the standing state.
import { createHash } from 'node:crypto';

const files = new Map();

function file(name) {
  let entry = files.get(name);
  if (!entry) {
    entry = { body: undefined, status: 200, delayMs: 0, queue: [], requests: 0, notModified: 0, served: 0 };
    files.set(name, entry);
  }
  return entry;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const counters = (entry) => ({ requests: entry.requests, notModified: entry.notModified, served: entry.served, queued: entry.queue.length });

export async function liveMiddleware(context, next) {
  const match = /^\/__live\/([\w-]+?)(\.json)?$/.exec(context.path);
  if (!match) return next();
  const entry = file(`${match[1]}.json`);
  if (context.querystring === 'control') {
    if (context.method === 'POST') {
      const patch = JSON.parse(await readBody(context.req));
      if (patch.reset) Object.assign(entry, { status: 200, delayMs: 0, queue: [], requests: 0, notModified: 0, served: 0 });
      for (const key of ['body', 'status', 'delayMs', 'queue']) if (key in patch) entry[key] = patch[key];
    }
    context.set('Cache-Control', 'no-store');
    context.type = 'application/json';
    context.body = JSON.stringify(counters(entry));
    return undefined;
  }
  entry.requests++;
  const answer = entry.queue.length ? { status: 200, delayMs: 0, body: entry.body, ...entry.queue.shift() } : entry;
  if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, Math.min(answer.delayMs, 15_000)));
  if (answer.status !== 200 || answer.body === undefined) {
    context.status = answer.body === undefined && answer.status === 200 ? 404 : answer.status;
    context.body = `Status ${context.status}`;
    return undefined;
  }
  const etag = `"${createHash('sha1').update(answer.body).digest('base64url')}"`;
  // What docs/live-stories.md advises: caches may keep the file but must revalidate it on every use.
  context.set('Cache-Control', 'no-cache');
  context.set('ETag', etag);
  if (context.get('if-none-match') === etag) {
    entry.notModified++;
    context.status = 304;
    return undefined;
  }
  entry.served++;
  context.type = 'application/json';
  context.body = answer.body;
  return undefined;
}
