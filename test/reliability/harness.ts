/** What the reliability tests share: mounting a widget by each delivery route, and watching the page. */
import { waitUntil } from '@open-wc/testing';
import { PWNED_FLAG } from '../fixtures/hostile/corpus.js';
import type { StoryElement } from '../../src/shared/story-element.js';
import '../../src/index.js';

export const WIDGETS = ['quote-card', 'position-matrix', 'negotiation-status'] as const;
export type WidgetTag = (typeof WIDGETS)[number];
export type Widget = StoryElement<unknown>;

export type Route = 'src' | 'inline' | 'property';
export const ROUTES: readonly Route[] = ['src', 'inline', 'property'];

/** The story as each route carries it: a URL, the text of an inline script, or a value. */
export interface Delivery {
  src?: string;
  inline?: string;
  property?: unknown;
}

/** Creates a widget fed by one route, attaches it in a fixed-width container and waits until it shows a story or an error. */
export async function mount(tag: WidgetTag, delivery: Delivery, container: HTMLElement): Promise<Widget> {
  const el = document.createElement(tag) as unknown as Widget;
  if ('property' in delivery) el.story = delivery.property;
  if (delivery.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = delivery.inline;
    el.append(script);
  }
  if (delivery.src !== undefined) el.src = delivery.src;
  container.append(el);
  await settled(el);
  return el;
}

export async function settled(el: Widget, timeout = 8000): Promise<void> {
  await waitUntil(() => el.loadedStory !== undefined || el.error !== undefined, `<${el.localName}> never showed a story or an error`, { timeout });
  await el.updateComplete;
}

export function makeContainer(): HTMLDivElement {
  const container = document.createElement('div');
  container.style.width = '800px';
  document.body.append(container);
  return container;
}

/** Every element in a tree, shadow roots included. */
export function allElements(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
      visit(element);
    }
  };
  visit(root);
  return found;
}

/** An element's tag and attribute names (not values): what markup from data would change. */
export function signature(element: Element): string {
  return [element.localName, ...element.getAttributeNames().sort()].join(' ');
}

export function shadowSignatures(el: Widget): Set<string> {
  return new Set(allElements(el.shadowRoot!).map(signature));
}

/** Records warnings (expected ones are asserted), dialogs, uncaught errors and rejections, and the payload flag. */
export class PageWatch {
  warnings: string[] = [];
  dialogs: string[] = [];
  uncaught: string[] = [];
  private restore: (() => void)[] = [];

  start(): void {
    const original = { warn: console.warn, alert: window.alert, confirm: window.confirm, prompt: window.prompt };
    console.warn = (...args: unknown[]) => this.warnings.push(args.map(String).join(' '));
    window.alert = (message?: unknown) => void this.dialogs.push(`alert ${String(message)}`);
    window.confirm = (message?: string) => (this.dialogs.push(`confirm ${String(message)}`), false);
    window.prompt = (message?: string) => (this.dialogs.push(`prompt ${String(message)}`), null);
    const onError = (event: ErrorEvent) => this.uncaught.push(`error ${event.message}`);
    const onRejection = (event: PromiseRejectionEvent) => this.uncaught.push(`unhandledrejection ${String(event.reason)}`);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    this.restore.push(() => {
      Object.assign(console, { warn: original.warn });
      Object.assign(window, { alert: original.alert, confirm: original.confirm, prompt: original.prompt });
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });
  }

  stop(): void {
    for (const undo of this.restore.splice(0)) undo();
  }

  get pwned(): unknown {
    return (window as unknown as Record<string, unknown>)[PWNED_FLAG];
  }

  /** Lets pending event handlers (an `onerror` of an image that failed to load) run before checking. */
  async quiet(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface FetchSpy {
  requests: { url: string; signal?: AbortSignal | null }[];
  /** Requests started and not yet settled. */
  pending: number;
  restore(): void;
}

/** Counts the page's fetches, their abort signals and how many are still in flight. */
export function spyFetch(): FetchSpy {
  const original = window.fetch;
  const spy: FetchSpy = {
    requests: [],
    pending: 0,
    restore: () => void (window.fetch = original),
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    spy.requests.push({ url: String(input), signal: init?.signal });
    spy.pending++;
    const settle = () => void spy.pending--;
    const promise = original(input, init);
    promise.then(settle, settle);
    return promise;
  };
  return spy;
}
