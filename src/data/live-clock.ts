/**
 * What widgets need from live stories before the live code has loaded (src/data/live.ts loads on
 * demand): whether a `refresh` value turns it on, and the clock every poller and widget reads.
 */

/** The shortest refresh interval a widget may ask for, in seconds: a story file does not change faster than editors type. */
export const MIN_REFRESH_SECONDS = 30;

/**
 * The longest refresh interval, in seconds (24 hours): a value above it counts as it. Timers take
 * at most 2³¹−1 ms (about 24.8 days) and fire at once above that, so an unclamped `refresh` of
 * 2147484 or more would check in a loop.
 */
export const MAX_REFRESH_SECONDS = 86_400;

/** Time as the poller sees it: replaced in tests by a fake clock (`setLiveClock`). */
export interface LiveClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** In [0, 1): the jitter of back-off delays. */
  random(): number;
}

const realClock: LiveClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  random: () => Math.random(),
};

/** The clock in use: a live binding, so modules that import it see `setLiveClock`'s swaps. */
export let clock: LiveClock = realClock;

/**
 * Test-only hook: swaps the clock every poller uses (timers of polls, timeouts and back-off, the
 * arrival time of stories and updates, the jitter). Not exported by the package entry points and
 * not reachable from any attribute; pass nothing to restore the real clock.
 */
export function setLiveClock(next?: LiveClock): void {
  clock = next ?? realClock;
}

export function liveClock(): LiveClock {
  return clock;
}

/** The `refresh` attribute's value (seconds) as milliseconds: undefined (off) unless a positive number; at least 30 s, at most 24 h. */
export function refreshIntervalMs(seconds: number | null | undefined): number | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  return Math.min(Math.max(seconds, MIN_REFRESH_SECONDS), MAX_REFRESH_SECONDS) * 1000;
}
