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
