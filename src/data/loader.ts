import { storyError } from './errors.js';
import { clock } from './live-clock.js';
import { formatValidationErrors, validateStoryLean } from './validate.js';
import type { LoadResult } from './errors.js';
import type { Story } from './story.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
/** The longest delay `setTimeout` keeps (2³¹−1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * A usable timeout from what a page gave (an attribute, a property): a finite number of
 * milliseconds above zero, capped at `MAX_TIMEOUT_MS`; anything else is a problem to report,
 * and the default applies.
 */
export function readTimeout(value: unknown): { ms: number; problem?: string } {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(ms) || ms <= 0) {
    return { ms: DEFAULT_TIMEOUT_MS, problem: `timeout "${String(value).slice(0, 40)}" is not a number of milliseconds above 0; using ${DEFAULT_TIMEOUT_MS / 1000} s` };
  }
  return ms > MAX_TIMEOUT_MS ? { ms: MAX_TIMEOUT_MS, problem: `timeout ${ms} is more than the ${MAX_TIMEOUT_MS} ms browsers can wait; using that` } : { ms };
}

/** Turns the text of a story file into a validated story or a typed error. */
export function parseStory(text: string, origin: string): LoadResult<Story> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: storyError('invalid-json', `${origin} is not valid JSON (${(error as Error).message})`) };
  }
  return checkStory(json, origin);
}

/**
 * Validates with the lean check: the first problem, briefly. Every problem with hints is for
 * editors' tools (`validateStory` in `negotiation-widgets/data.js`, `npx negotiation-widgets validate`).
 */
export function checkStory(json: unknown, origin: string): LoadResult<Story> {
  const result = validateStoryLean(json);
  if (result.ok) return { ok: true, value: result.story };
  return {
    ok: false,
    error: storyError('invalid-story', `${origin} is not a valid story: ${formatValidationErrors(result.errors)}`, result.errors),
  };
}

/**
 * Fetches `url` as text: the one request path of this library (a story file, its later checks, the
 * built-in stories and the languages' strings). Never rejects: a failure resolves to a typed error.
 * `revalidate` asks the server whether the copy changed (If-None-Match / If-Modified-Since; a 304
 * comes back as the cached body); `integrity` checks a file of this library against its hash.
 */
export async function fetchText(
  url: string,
  options: { timeoutMs?: number; controller?: AbortController; revalidate?: boolean; integrity?: string } = {},
): Promise<LoadResult<{ text: string; type: string }>> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, controller = new AbortController(), integrity } = options;
  let timedOut = false;
  const timer = clock.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      integrity,
      cache: options.revalidate ? 'no-cache' : 'default',
      // The library's own files are public; a story may sit behind the publisher's login.
      credentials: integrity ? 'omit' : 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { ok: false, error: storyError('http', `${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`) };
    return { ok: true, value: { text: await response.text(), type: response.headers.get('content-type') ?? '' } };
  } catch {
    if (timedOut) return { ok: false, error: storyError('timeout', `${url} did not answer within ${timeoutMs / 1000} s`) };
    return { ok: false, error: storyError('network', `${url} could not be loaded (network error or blocked by the browser)`) };
  } finally {
    clock.clearTimeout(timer);
  }
}

/** `src` as an absolute http(s) URL without its fragment (never sent to the server): one load and one poller per file. */
export function resolveUrl(src: string): string | undefined {
  try {
    const url = new URL(src, document.baseURI);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A story file as fetched: the story, and the text it came from (a later check with the same text changed nothing). */
export type StoryFile = LoadResult<Story> & { text?: string };

interface Entry {
  promise: Promise<StoryFile>;
  controller: AbortController;
  users: number;
  settled: boolean;
  /** The good answer a check replaces: back in place if the check fails or is abandoned. */
  previous?: Entry;
}

/** The latest request per absolute URL: many widgets, one request; a good answer is kept for widgets added later. */
const entries = new Map<string, Entry>();

export interface StoryRequest {
  promise: Promise<StoryFile>;
  /** Says this user no longer needs the story; the last one out aborts an unfinished request a frame later. */
  release(): void;
}

/**
 * Fetches a story file, once however many widgets (and live checks) ask for it at the same time.
 * A first load takes the browser's cached copy when fresh; a check (`revalidate`) asks the server.
 * Never rejects: every failure resolves to a typed error.
 */
export function requestStory(url: string, timeoutMs: number = DEFAULT_TIMEOUT_MS, revalidate = false): StoryRequest {
  let entry = entries.get(url);
  // A check joins a request under way, never an answer already given.
  if (!entry || (revalidate && entry.settled)) {
    entry = startFetch(url, readTimeout(timeoutMs).ms, revalidate, entry);
    entries.set(url, entry);
  }
  const current = entry;
  current.users++;
  let released = false;
  return {
    promise: current.promise,
    release() {
      if (released) return;
      released = true;
      current.users--;
      if (current.users > 0 || current.settled) return;
      // A frame later, so an element moved in the DOM (disconnected, then connected) keeps its request.
      nextFrame(() => {
        if (current.users === 0 && !current.settled && entries.get(url) === current) {
          drop(url, current);
          current.controller.abort();
        }
      });
    },
  };
}

function startFetch(url: string, timeoutMs: number, revalidate: boolean, previous?: Entry): Entry {
  const controller = new AbortController();
  const entry: Entry = { controller, users: 0, settled: false, previous, promise: Promise.resolve(null as never) };
  entry.promise = fetchText(url, { timeoutMs, controller, revalidate }).then((fetched): StoryFile => {
    entry.settled = true;
    const result: StoryFile = fetched.ok ? { ...parseStory(fetched.value.text, url), text: fetched.value.text } : fetched;
    // Failures are not kept, so a widget created later can try again (or gets the last good answer).
    if (!result.ok) drop(url, entry);
    // Settled: the answer it replaced is no longer needed (no chain of old answers builds up).
    entry.previous = undefined;
    if (result.ok) return result;
    // Content types are not checked (servers and CMSs label JSON text/plain or octet-stream);
    // but a web page where the story should be (a soft 404, a login page) gets a clearer message.
    const type = fetched.ok ? fetched.value.type : '';
    if (result.error.code === 'invalid-json' && /html/i.test(type)) {
      return { ok: false, error: storyError('invalid-json', `${url} answered with a web page (${type.split(';')[0]!.trim()}), not a story JSON file: check the address`) };
    }
    return result;
  });
  return entry;
}

function drop(url: string, entry: Entry): void {
  if (entries.get(url) !== entry) return;
  if (entry.previous) entries.set(url, entry.previous);
  else entries.delete(url);
}

function nextFrame(callback: () => void): void {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) {
    requestAnimationFrame(() => callback());
  } else {
    setTimeout(callback, 16);
  }
}

/** For tests: forget every request under way. */
export function clearStoryCache(): void {
  entries.clear();
}
