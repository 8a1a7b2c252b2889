import { clearStoryCache } from '../src/data/loader.js';
import { loadLanguage, localeFor } from '../src/shared/i18n.js';
import type { Locale, SupportedLanguage } from '../src/shared/i18n.js';

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

/** The locale for a tag with its strings loaded, as a widget on such a page ends up using it. */
export async function loadedLocale(tag: string): Promise<Locale> {
  await loadLanguage(localeFor(tag).language);
  return localeFor(tag);
}

/** Loads every language's strings (through the on-demand path), for tests of the models in all languages. */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all((['de', 'fr', 'uk', 'ar'] as SupportedLanguage[]).map((language) => loadLanguage(language)));
}
