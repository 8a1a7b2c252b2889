import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `printing` is true between the window's `beforeprint` and `afterprint`: a widget renders what
 * only paper needs (folded events, the matrix's notes) then, and screens skip its cost.
 */
export class PrintController implements ReactiveController {
  printing = false;
  readonly #host: ReactiveControllerHost;
  readonly #renderNow: () => void;

  /** `renderNow` updates the host synchronously (its protected `performUpdate`). */
  constructor(host: ReactiveControllerHost, renderNow: () => void) {
    this.#host = host;
    this.#renderNow = renderNow;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#handleBeforePrint);
    window.addEventListener('afterprint', this.#handleAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#handleBeforePrint);
    window.removeEventListener('afterprint', this.#handleAfterPrint);
  }

  readonly #handleBeforePrint = (): void => {
    this.printing = true;
    this.#host.requestUpdate();
    // The print snapshot is taken after the beforeprint handlers: render now, not in a microtask.
    this.#renderNow();
  };

  readonly #handleAfterPrint = (): void => {
    this.printing = false;
    this.#host.requestUpdate();
  };
}
