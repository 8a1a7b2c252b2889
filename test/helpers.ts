import { clearStoryCache } from '../src/data/loader.js';

/** Helpers shared by the browser tests. */

export interface CapturedWarnings {
  messages: string[];
  restore(): void;
}

/** Records console warnings instead of printing them, for tests that expect some. */
export function captureWarnings(): CapturedWarnings {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/**
 * For every test of the enclosing `describe`: a fresh story cache (no request shared with an
 * earlier test) and captured warnings, read from the returned object's `messages`.
 */
export function isolateEachTest(): { messages: string[] } {
  const current = { messages: [] as string[] };
  let captured: CapturedWarnings | undefined;
  beforeEach(() => {
    clearStoryCache();
    captured = captureWarnings();
    current.messages = captured.messages;
  });
  afterEach(() => captured?.restore());
  return current;
}
