/**
 * Server rendering, for Node only: `renderWidget` returns a widget as HTML that readers see before
 * any script runs (declarative shadow DOM), for site generators and servers that do not run Lit's
 * server renderer themselves. Needs `@lit-labs/ssr` (an optional peer dependency).
 *
 * The browser then takes over: the widget keeps the server's content on screen until it can render
 * at least as much, and replaces it in one synchronous render (see StoryElement.createRenderRoot).
 */
import './node/server-data.js';
import './index.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { embedCode } from './embed.js';
import { attribute } from './embed/html.js';
import { isWidgetName } from './embed/widgets.js';
import type { Prerender, PrerenderRequest } from './embed.js';
import type { AttributeValue } from './embed.js';
import type { WidgetName } from './embed/widgets.js';

export type { AttributeValue, Prerender, PrerenderRequest, WidgetName };

export interface RenderWidgetOptions {
  /**
   * The story to render (an object, or its JSON text), validated first. It also goes inside the
   * element as inline JSON, so the browser shows the same story. Without it: the built-in story
   * named by `story-id` (else the default one); with only `src`, the loading state and the fallback.
   */
  story?: unknown;
  /** The page's language: the widget's words, dates and quotation marks (default `en`). */
  lang?: string;
  /** Include the fallback content for readers whose browser has no declarative shadow DOM (default `true`). */
  fallback?: boolean;
  /** The clock a `live` status counts against (default: now). */
  now?: Date;
}

/** Lit's hydration markers: comments only Lit's client reads, which the widgets do not need (they re-render). */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g;

/**
 * The declarative shadow root of one widget, rendered by `@lit-labs/ssr`: what `embedCode`'s
 * `prerender` option takes. Renders with the story as the element's `story` property, and the
 * language as its `lang`, exactly as the element renders in a browser.
 */
export const prerender: Prerender = ({ widget, attributes, story, lang }: PrerenderRequest): string => {
  if (!isWidgetName(widget)) throw new TypeError(`prerender: unknown widget "${String(widget)}".`);
  // Attribute names come from the widget's own list (embedCode checks them); values are escaped.
  const opening = `<${widget}${Object.entries({ ...attributes, lang })
    .map(([name, value]) => attribute(name, value))
    .join('')}`;
  const result = collectResultSync(render(html`${unsafeStatic(opening)} .story=${story}></${unsafeStatic(widget)}>`));
  const start = result.indexOf('<template shadowroot');
  const end = result.lastIndexOf('</template>');
  if (start < 0 || end < start) throw new Error(`prerender: <${widget}> rendered no shadow root (is another library's element registered under that name?).`);
  return result.slice(start, end + '</template>'.length).replace(LIT_MARKERS, '');
};

/**
 * One widget as HTML for a page that loads the widgets' script: the element, its server-rendered
 * declarative shadow root, the story as inline JSON (when given) and fallback content. Throws a
 * `TypeError` for an unknown widget or attribute, or an invalid story, as `embedCode` does.
 */
export function renderWidget(widget: WidgetName, attributes: Readonly<Record<string, AttributeValue>> = {}, options: RenderWidgetOptions = {}): string {
  if (!isWidgetName(widget)) throw new TypeError(`renderWidget: unknown widget "${String(widget)}" (use quote-card, position-matrix or negotiation-status).`);
  const story = typeof options.story === 'string' ? parseJson(options.story) : options.story;
  try {
    return renderElement(widget, attributes, options, story);
  } catch (error) {
    // embedCode's checks, in this function's name.
    if (error instanceof TypeError) throw new TypeError(error.message.replace(/^embedCode:/, 'renderWidget:'));
    throw error;
  }
}

function renderElement(widget: WidgetName, attributes: Readonly<Record<string, AttributeValue>>, options: RenderWidgetOptions, story: unknown): string {
  return embedCode(widget, {
    attributes,
    variant: 'element',
    prerender,
    story,
    // With `src` the browser loads the file (and can refresh it); the story then only renders the server's view and the fallback.
    inline: story !== undefined && (attributes['src'] === undefined || attributes['src'] === null || attributes['src'] === false),
    fallback: options.fallback ?? true,
    ...(options.lang !== undefined && { lang: options.lang }),
    ...(options.now !== undefined && { now: options.now }),
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TypeError(`renderWidget: the story is not valid JSON (${(error as Error).message}).`);
  }
}
