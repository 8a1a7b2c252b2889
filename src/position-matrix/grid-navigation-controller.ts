import { cellAt, clampToGrid, moveInGrid, moveInIssues, positionOf, shownOrder } from './matrix-model.js';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { GridPosition, MatrixCell, MatrixModel } from './matrix-model.js';

/** The element, as the controller reads it: which presentation it shows (the keys follow it). */
export type GridNavigationHost = ReactiveElement & { readonly currentLayout: 'table' | 'list' };

/**
 * The grid's keyboard navigation: one tab stop among the cells (the active cell, which follows the
 * focus), and arrow keys, Home and End (with Ctrl, to the first and last cells) moving the focus
 * between the cells as they are shown; also gives the focus back to a cell after a render. The
 * moves themselves are the model's pure `moveInGrid` and `moveInIssues`.
 */
export class GridNavigationController implements ReactiveController {
  #active: GridPosition = { row: 0, col: 0 };
  /** The cell to focus once the element has rendered, by party and issue id. */
  #focusNext?: { party: string; issue: string };
  readonly #host: GridNavigationHost;
  readonly #model: () => MatrixModel | undefined;

  /** `model` gives the model the element shows (its protected `model`). */
  constructor(host: GridNavigationHost, model: () => MatrixModel | undefined) {
    this.#host = host;
    this.#model = model;
    host.addController(this);
  }

  /** The grid position whose cell is in the tab order (`tabindex="0"`); the others are out of it. */
  tabStop(model: MatrixModel): GridPosition {
    return clampToGrid(this.#active, model);
  }

  /** The cell a button of the grid or the list shows (from its `data-cell`), with its position; `undefined` for anything else. */
  cellOf(target: EventTarget | null): (GridPosition & { cell: MatrixCell }) | undefined {
    const button = (target as Element | null)?.closest?.<HTMLElement>('button.cell');
    const [row, col] = (button?.dataset.cell ?? '').split(',').map(Number) as [number, number];
    const model = this.#model();
    const cell = model && cellAt(model, { row, col });
    return cell ? { cell, row, col } : undefined;
  }

  /** Makes the cell at a position the tab stop. */
  activate({ row, col }: GridPosition): void {
    if (row === this.#active.row && col === this.#active.col) return;
    this.#active = { row, col };
    this.#host.requestUpdate();
  }

  /** Focuses a party's cell on an issue once the element has rendered (where a closed panel gives the focus back). */
  focusAfterUpdate(cell: { party: string; issue: string }): void {
    this.#focusNext = cell;
  }

  hostUpdated(): void {
    const cell = this.#focusNext;
    const model = this.#model();
    this.#focusNext = undefined;
    if (cell && model) this.#button(positionOf(model, cell.party, cell.issue))?.focus();
  }

  /** The wrapper's `focusin`: a focused cell becomes the tab stop. */
  readonly handleFocusIn = (event: FocusEvent): void => {
    const found = this.cellOf(event.target);
    if (found) this.activate(found);
  };

  /** The table's `keydown`. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    const found = this.cellOf(event.target);
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
    this.activate(next);
    this.#button(next)?.focus();
  };

  #button({ row, col }: GridPosition): HTMLButtonElement | null {
    return this.#host.renderRoot.querySelector<HTMLButtonElement>(`button.cell[data-cell="${row},${col}"]`);
  }
}
