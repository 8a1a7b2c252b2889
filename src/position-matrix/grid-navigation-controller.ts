import { cellAt, clampToGrid, moveInGrid, moveInIssues, positionOf, shownOrder } from './matrix-model.js';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { GridPosition, MatrixCell, MatrixModel } from './matrix-model.js';

/** The element, as the controller reads it: which presentation it shows (the keys follow it). */
export type GridNavigationHost = ReactiveElement & { readonly currentLayout: 'table' | 'list' };

/**
 * Moving about the grid and its panel. One cell is in the tab order (the active cell, which follows
 * the focus); arrow keys, Home and End (with Ctrl, to the first and last cells) move the focus
 * between the cells as they are shown (the model's pure `moveInGrid` and `moveInIssues`). A cell
 * opens its panel (at most one, kept by party and issue id, so it stays open when a live update
 * rebuilds the model), whose heading takes the focus; closing it (its button, Escape, or its cell
 * again) gives the focus back to the cell.
 */
export class GridNavigationController implements ReactiveController {
  #active: GridPosition = { row: 0, col: 0 };
  #open?: { party: string; issue: string };
  /** What takes the focus once the element has rendered. */
  #focusNext?: () => HTMLElement | null | undefined;
  readonly #host: GridNavigationHost;
  readonly #model: () => MatrixModel | undefined;
  readonly #opened: (cell: MatrixCell) => void;

  /** `model` gives the model the element shows (its protected `model`); `opened` runs when a cell's panel opens, before its heading takes the focus. */
  constructor(host: GridNavigationHost, model: () => MatrixModel | undefined, opened: (cell: MatrixCell) => void) {
    this.#host = host;
    this.#model = model;
    this.#opened = opened;
    host.addController(this);
  }

  hostUpdated(): void {
    this.#focusNext?.()?.focus();
    this.#focusNext = undefined;
  }

  /** The grid position whose cell is in the tab order (`tabindex="0"`); the others are out of it. */
  tabStop(model: MatrixModel): GridPosition {
    return clampToGrid(this.#active, model);
  }

  /** The cell whose panel is open, if the model has it. */
  openCell(model: MatrixModel): MatrixCell | undefined {
    return this.#open && cellAt(model, positionOf(model, this.#open.party, this.#open.issue));
  }

  /** The wrapper's `click`: a cell becomes the tab stop, and its panel closes when it is open, else opens. */
  readonly handleClick = (event: Event): void => {
    const found = this.#cellOf(event.target);
    if (!found) return;
    const { cell } = found;
    this.#activate(found);
    if (this.#open?.party === cell.party.id && this.#open.issue === cell.issue.id) return this.close();
    this.#open = { party: cell.party.id, issue: cell.issue.id };
    this.#opened(cell);
    this.#focusNext = () => this.#host.renderRoot.querySelector<HTMLElement>('#panel-heading');
  };

  /** Closes the open panel, if any, and focuses its cell once rendered (also the close button's `click`). */
  readonly close = (): void => {
    const open = this.#open;
    if (!open) return;
    this.#open = undefined;
    this.#host.requestUpdate();
    this.#focusNext = () => {
      const model = this.#model();
      return model && this.#button(positionOf(model, open.party, open.issue));
    };
  };

  /** The wrapper's `focusin`: a focused cell becomes the tab stop. */
  readonly handleFocusIn = (event: FocusEvent): void => {
    const found = this.#cellOf(event.target);
    if (found && (found.row !== this.#active.row || found.col !== this.#active.col)) this.#activate(found);
  };

  /** The wrapper's `keydown`: Escape closes the open panel. */
  readonly handleEscape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#open) {
      event.preventDefault();
      this.close();
    }
  };

  /** The table's `keydown`: the keys that move between cells. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    const found = this.#cellOf(event.target);
    const model = this.#model();
    if (!found || !model || event.altKey || event.metaKey) return;
    const options = { ctrl: event.ctrlKey, rtl: getComputedStyle(this.#host).direction === 'rtl' };
    // In the by-issue presentation the keys follow the cells as shown (grouped by stance), not the grid behind them.
    const next =
      this.#host.currentLayout === 'list'
        ? moveInIssues(found, event.key, options, shownOrder(model))
        : moveInGrid(found, event.key, options, model.columns.length, model.rows.length);
    if (!next) return;
    event.preventDefault();
    this.#activate(next);
    this.#button(next)?.focus();
  };

  #activate({ row, col }: GridPosition): void {
    this.#active = { row, col };
    this.#host.requestUpdate();
  }

  /** The cell a button of the grid or the list shows (from its `data-cell`), with its position. */
  #cellOf(target: EventTarget | null): (GridPosition & { cell: MatrixCell }) | undefined {
    const button = (target as Element | null)?.closest?.<HTMLElement>('button.cell');
    const [row, col] = (button?.dataset.cell ?? '').split(',').map(Number) as [number, number];
    const model = this.#model();
    const cell = model && cellAt(model, { row, col });
    return cell ? { cell, row, col } : undefined;
  }

  #button({ row, col }: GridPosition): HTMLButtonElement | null {
    return this.#host.renderRoot.querySelector<HTMLButtonElement>(`button.cell[data-cell="${row},${col}"]`);
  }
}
