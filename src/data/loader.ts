import { storyError } from './errors.js';
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

interface Entry {
  promise: Promise<LoadResult<Story>>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

/** One entry per absolute URL for the page's life: many widgets, one request. */
const entries = new Map<string, Entry>();

export interface StoryRequest {
  promise: Promise<LoadResult<Story>>;
  /** Says this user no longer needs the story; the last one out aborts an unfinished request a frame later. */
  release(): void;
}

/**
 * Fetches a story file once per page, however many widgets ask for it. Never rejects:
 * every failure resolves to a typed error.
 */
export function requestStory(url: string, timeoutMs: number = DEFAULT_TIMEOUT_MS): StoryRequest {
  timeoutMs = readTimeout(timeoutMs).ms;
  let entry = entries.get(url);
  if (!entry) {
    entry = startFetch(url, timeoutMs);
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
          entries.delete(url);
          current.controller.abort();
        }
      });
    },
  };
}

function startFetch(url: string, timeoutMs: number): Entry {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const entry: Entry = { controller, users: 0, settled: false, promise: Promise.resolve(null as never) };
  entry.promise = (async (): Promise<LoadResult<Story>> => {
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) {
        return { ok: false, error: storyError('http', `${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`) };
      }
      const result = parseStory(await response.text(), url);
      // Content types are not checked (servers and CMSs label JSON text/plain or octet-stream);
      // but a web page where the story should be (a soft 404, a login page) gets a clearer message.
      const type = response.headers.get('content-type') ?? '';
      if (!result.ok && result.error.code === 'invalid-json' && /html/i.test(type)) {
        return { ok: false, error: storyError('invalid-json', `${url} answered with a web page (${type.split(';')[0]!.trim()}), not a story JSON file: check the address`) };
      }
      return result;
    } catch {
      if (timedOut) return { ok: false, error: storyError('timeout', `${url} did not answer within ${timeoutMs / 1000} s`) };
      return { ok: false, error: storyError('network', `${url} could not be loaded (network error or blocked by the browser)`) };
    } finally {
      clearTimeout(timer);
    }
  })().then((result) => {
    entry.settled = true;
    // Failures are not kept, so a widget created later can try again.
    if (!result.ok && entries.get(url) === entry) entries.delete(url);
    return result;
  });
  return entry;
}

function nextFrame(callback: () => void): void {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) {
    requestAnimationFrame(() => callback());
  } else {
    setTimeout(callback, 16);
  }
}

/** For tests: forget every cached request. */
export function clearStoryCache(): void {
  entries.clear();
}
