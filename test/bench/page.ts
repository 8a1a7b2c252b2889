/**
 * Runs in the benchmark page (test/bench/page.html), bundled by test/bench/run.mjs. Each function
 * measures one thing and returns milliseconds; the runner alternates contenders and takes medians.
 */
import { makeLargeStory } from '../position-matrix/large-story.js';
import type { LitElement } from 'lit';

type Widget = LitElement & { loadedStory?: unknown; error?: unknown };

const stage = document.getElementById('stage')!;

/** Quote ids of the built-in story, to give 100 cards different quotes. */
let quoteIds: string[] = [];

async function ready(): Promise<void> {
  await customElements.whenDefined('quote-card');
  const probe = document.createElement('quote-card') as Widget & { loadedStory?: { quotes: { id: string }[] } };
  stage.append(probe);
  await probe.updateComplete;
  quoteIds = probe.loadedStory!.quotes.map((q) => q.id);
  probe.remove();
}

function markup(kind: string, index: number): HTMLElement {
  const el = document.createElement(kind);
  if (kind === 'quote-card') el.setAttribute('quote', quoteIds[index % quoteIds.length]!);
  if (kind === 'position-matrix') el.setAttribute('layout', 'table');
  return el;
}

/** Insertion to rendered and laid out, and its two parts: until the elements settled (script: the framework and data work, plus DOM building), then the forced layout (style and layout). */
export interface InsertTiming {
  totalMs: number;
  scriptMs: number;
  layoutMs: number;
}

async function timeInsert(elements: HTMLElement[], settle: (els: HTMLElement[]) => Promise<unknown>): Promise<InsertTiming> {
  const container = document.createElement('div');
  const start = performance.now();
  container.append(...elements);
  stage.append(container);
  await settle(elements);
  const settled = performance.now();
  void container.offsetHeight; // layout
  const end = performance.now();
  container.remove();
  return { totalMs: end - start, scriptMs: settled - start, layoutMs: end - settled };
}

const litSettled = (els: HTMLElement[]) => Promise.all(els.map((el) => (el as Widget).updateComplete));

export async function widgets(kind: string, count: number): Promise<InsertTiming> {
  return timeInsert(Array.from({ length: count }, (_, i) => markup(kind, i)), litSettled);
}

/** The floor: a bare element that clones the widget's own rendered shadow DOM and adopts its sheets. */
const floors = new Map<string, { template: HTMLTemplateElement; sheets: CSSStyleSheet[] }[]>();

class FloorElement extends HTMLElement {
  source?: { template: HTMLTemplateElement; sheets: CSSStyleSheet[] };
  connectedCallback(): void {
    if (this.shadowRoot || !this.source) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = this.source.sheets;
    root.append(this.source.template.content.cloneNode(true));
  }
}
customElements.define('bench-floor', FloorElement);

async function captureFloor(kind: string, count: number): Promise<void> {
  if (floors.has(kind)) return;
  const distinct = kind === 'quote-card' ? Math.min(count, quoteIds.length) : 1;
  const elements = Array.from({ length: distinct }, (_, i) => markup(kind, i));
  stage.append(...elements);
  await litSettled(elements);
  floors.set(
    kind,
    elements.map((el) => {
      const template = document.createElement('template');
      template.innerHTML = el.shadowRoot!.innerHTML;
      return { template, sheets: [...el.shadowRoot!.adoptedStyleSheets] };
    }),
  );
  for (const el of elements) el.remove();
}

export async function floor(kind: string, count: number): Promise<InsertTiming> {
  await captureFloor(kind, count);
  const sources = floors.get(kind)!;
  const elements = Array.from({ length: count }, (_, i) => {
    const el = document.createElement('bench-floor') as FloorElement;
    el.source = sources[i % sources.length];
    return el;
  });
  return timeInsert(elements, async () => undefined);
}

/** Changing `quote` on 100 rendered cards. */
export async function updateQuotes(): Promise<number> {
  const cards = Array.from({ length: 100 }, (_, i) => markup('quote-card', i));
  stage.append(...cards);
  await litSettled(cards);
  const start = performance.now();
  cards.forEach((card, i) => card.setAttribute('quote', quoteIds[(i + 7) % quoteIds.length]!));
  await litSettled(cards);
  void stage.offsetHeight;
  const elapsed = performance.now() - start;
  for (const card of cards) card.remove();
  return elapsed;
}

function matrixFor(parties: number, issues: number): Widget {
  const el = document.createElement('position-matrix') as Widget & { story: unknown };
  el.setAttribute('layout', 'table');
  el.story = makeLargeStory(parties, issues);
  return el;
}

/** Changing the `parties` filter on a 30 × 20 matrix (to every other party, reversed). */
export async function updateParties(): Promise<number> {
  const el = matrixFor(30, 20);
  stage.append(el);
  await el.updateComplete;
  const start = performance.now();
  el.setAttribute('parties', Array.from({ length: 15 }, (_, i) => `party-${30 - i * 2}`).join(','));
  await el.updateComplete;
  void stage.offsetHeight;
  const elapsed = performance.now() - start;
  el.remove();
  return elapsed;
}

/** Rendering one matrix of the given size. */
export async function matrix(parties: number, issues: number): Promise<number> {
  return (await timeInsert([matrixFor(parties, issues)], litSettled)).totalMs;
}

Object.assign(window, { bench: { ready, widgets, floor, updateQuotes, updateParties, matrix } });
