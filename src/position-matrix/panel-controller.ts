import type { ReactiveController, ReactiveElement } from 'lit';
import type { GridNavigationController } from './grid-navigation-controller.js';
import type { MatrixCell } from './matrix-model.js';

/**
 * Which cell's panel (its position and evidence) is open: at most one, kept by party and issue id,
 * so it stays open when a live update rebuilds the model. Opening it moves the focus to the
 * panel's heading; closing it (its button, Escape, or its cell again) gives the focus back to the cell.
 */
export class PanelController implements ReactiveController {
  #open?: { party: string; issue: string };
  /** The panel just opened: its heading takes the focus once rendered. */
  #focusHeading = false;
  readonly #host: ReactiveElement;
  readonly #navigation: GridNavigationController;

  constructor(host: ReactiveElement, navigation: GridNavigationController) {
    this.#host = host;
    this.#navigation = navigation;
    host.addController(this);
  }

  isOpen(cell: MatrixCell): boolean {
    return this.#open?.party === cell.party.id && this.#open.issue === cell.issue.id;
  }

  /** Closes the cell's panel when it is open, else opens it: `opened` runs then, before its heading takes the focus. */
  toggle(cell: MatrixCell, opened: () => void): void {
    if (this.isOpen(cell)) return this.close();
    this.#open = { party: cell.party.id, issue: cell.issue.id };
    this.#host.requestUpdate();
    opened();
    this.#focusHeading = true;
  }

  hostUpdated(): void {
    if (this.#focusHeading) this.#host.renderRoot.querySelector<HTMLElement>('#panel-heading')?.focus();
    this.#focusHeading = false;
  }

  /** Closes the open panel, if any (also the close button's `click`). */
  readonly close = (): void => {
    const open = this.#open;
    if (!open) return;
    this.#open = undefined;
    this.#host.requestUpdate();
    this.#navigation.focusAfterUpdate(open);
  };

  /** The wrapper's `keydown`: Escape closes the open panel. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#open) {
      event.preventDefault();
      this.close();
    }
  };
}
