import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * In `layout="table"`: watches the grid's scroller (a resize observer on it and on the table), so it
 * is a focusable, named region only while the table overflows it, and counts the parties whose
 * columns are out of its view (`hidden`, for the note under it; it never picks the layout).
 */
export class ScrollerController implements ReactiveController {
  /** How many parties' columns are out of the scroller's view. */
  hidden = 0;
  readonly #host: ReactiveElement & { layout: string };
  #observer?: ResizeObserver;
  #scroller?: HTMLElement | null;

  constructor(host: ReactiveElement & { layout: string }) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#scroller = undefined;
  }

  hostUpdated(): void {
    const scroller = this.#host.layout === 'table' ? this.#host.renderRoot.querySelector<HTMLElement>('.scroller') : null;
    if (scroller === this.#scroller) return;
    this.#scroller = scroller;
    // In the next frame: the note it may add must not resize what is observed within this one.
    this.#observer ??= new ResizeObserver(() => requestAnimationFrame(this.sync));
    this.#observer.disconnect();
    if (scroller) for (const element of [scroller, scroller.firstElementChild!]) this.#observer.observe(element);
    else this.#count(0);
  }

  /** Measures again (also the scroller's `scroll` handler). */
  readonly sync = (): void => {
    const scroller = this.#scroller;
    if (!scroller) return;
    const overflows = scroller.scrollWidth > scroller.clientWidth + 1;
    // Only cells scrolled under the pinned issue titles need them opaque: unscrolled, they take the page's background.
    scroller.classList.toggle('scrolled', scroller.scrollLeft !== 0);
    const { left, right } = scroller.getBoundingClientRect();
    // Out of view: past either edge, or under the pinned issue column (which is at the start edge).
    const start = this.#host.renderRoot.querySelector('.corner')!.getBoundingClientRect();
    this.#count(
      [...scroller.querySelectorAll('thead th')].filter((th) => {
        const box = th.getBoundingClientRect();
        return box.right > right + 1 || box.left < left - 1 || (box.left < start.right - 1 && box.right > start.left + 1);
      }).length,
    );
    if (overflows === scroller.hasAttribute('tabindex')) return;
    for (const [name, value] of [['tabindex', '0'], ['role', 'region'], ['aria-labelledby', 'caption']] as const) {
      if (overflows) scroller.setAttribute(name, value);
      else scroller.removeAttribute(name);
    }
  };

  #count(hidden: number): void {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    this.#host.requestUpdate();
  }
}
