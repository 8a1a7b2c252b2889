import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Updates its host a second past each UTC midnight while `armed()` (a status counting to today
 * on the real clock): the day count and what is next turn with the date, on a page left open overnight.
 */
export class MidnightController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #armed: () => boolean;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveElement, armed: () => boolean) {
    this.#host = host;
    this.#armed = armed;
    host.addController(this);
  }

  /** A widget that was moved re-renders (the date may have turned meanwhile), which re-arms the timer. */
  hostConnected(): void {
    if (this.#armed() && this.#host.hasUpdated) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    if (this.#armed() && this.#host.isConnected) {
      const now = Date.now();
      // setUTCHours returns the new time: a second past the coming UTC midnight.
      this.#timer = setTimeout(() => this.#host.requestUpdate(), new Date(now).setUTCHours(24, 0, 1, 0) - now);
    }
  }
}
