/**
 * Embed code for editors: `embedCode(widget, options)` returns the snippet to paste into a page,
 * with readable fallback content inside the element. No side effects; works in Node and browsers.
 */
import { formatValidationErrors, validateStory } from './data/diagnostics.js';
import { MAX_REFRESH_SECONDS } from './data/live-clock.js';
import { getBuiltInStory } from './data/stories/index.js';
import { localeFor } from './shared/i18n.js';
import { registerAllLanguages } from './shared/locales/index.js';
import { INTEGRITY, VERSION } from './embed/build-info.js';
import { widgetFallback } from './embed/fallback.js';
import { attribute, jsonForScript } from './embed/html.js';
import { isBooleanAttribute, isWidgetName, widgetAttributes } from './embed/widgets.js';
import type { Story } from './data/story.js';
import type { AttributeValues, FallbackContext } from './embed/fallback.js';
import type { WidgetName } from './embed/widgets.js';

export { widgetAttributes, VERSION };
export type { WidgetName };
export type { EmbedSizeMessage, EmbedSizeRequest } from './embed/messages.js';

/**
 * `script`: the CDN script tag and the element; `npm`: the import and the element; `iframe`: the
 * iframe embed page and `resize.js`; `element`: the element alone, for a page that already loads the widgets.
 */
export type EmbedVariant = 'script' | 'npm' | 'iframe' | 'element';

/** What `prerender` is given: the widget, its attributes and the story and language it is rendered with. */
export interface PrerenderRequest {
  widget: WidgetName;
  attributes: AttributeValues;
  /** Absent for a `src` story given without `story`: the server renders the loading state and the fallback shows. */
  story: Story | undefined;
  lang: string;
}

/** Renders a widget's declarative shadow root (`<template shadowrootmode="open">…</template>`). */
export type Prerender = (request: PrerenderRequest) => string;

export type AttributeValue = string | number | boolean | null | undefined;

export interface EmbedOptions {
  /** The element's attributes by their (kebab-case) names; `true` for a present boolean, `false`/`null`/`undefined` to leave one out. */
  attributes?: Readonly<Record<string, AttributeValue>>;
  /** Default `script`. */
  variant?: EmbedVariant;
  /**
   * Where the package's `dist/` folder is served, for self-hosting (default for `script`: unpkg,
   * this version). The snippet loads `cdn/negotiation-widgets.js` (which fetches `cdn/stories/<id>.json` for the
   * built-in story), `embed/index.html` and `embed/resize.js` from it; their integrity hashes are those of this version's files, so host
   * them unchanged. **Required for `iframe`**: the embed page must be on the publisher's own site
   * (a package CDN serves `.html` as text, and its origin is shared by every package on it, so
   * resize.js's origin check would mean nothing there).
   */
  baseUrl?: string;
  /**
   * `iframe`: the publisher's embed page has `caption` and `description` turned on
   * (`<meta name="nw-text-parameters" content="on">`); without it those attributes are refused,
   * as the default embed page would refuse them.
   */
  textParameters?: boolean;
  /**
   * The story the widget will show, for the fallback content: needed with `src` (which this
   * function does not fetch); otherwise the built-in story named by `story-id`, else the default one.
   */
  story?: unknown;
  /** Puts `story` inside the element as inline JSON, so the snippet needs no story file (not for `iframe`). */
  inline?: boolean;
  /** Include the fallback content (default `true`). */
  fallback?: boolean;
  /** The language of the page the snippet goes into: the fallback's words, dates and quotation marks, and the iframe page's `lang` (default `en`). */
  lang?: string;
  /** The clock a `live` status's fallback counts against (default: now). */
  now?: Date;
  /**
   * Server-renders the widget into the snippet as declarative shadow DOM, so readers see it before
   * any script runs, and with JavaScript off: pass `prerender` from `negotiation-widgets/ssr.js`
   * (Node only; needs `@lit-labs/ssr`). Not for `iframe`, whose page renders the widget itself.
   */
  prerender?: Prerender;
  /** `iframe`: an id carried in the embed's size messages. */
  id?: string;
  /** `iframe`: the iframe's accessible name (default: the quote, the matrix caption or the negotiation title). */
  title?: string;
}

/** The `dist/` folder of this version on unpkg. */
export const DEFAULT_BASE_URL = `https://unpkg.com/negotiation-widgets@${VERSION}/dist/`;

/**
 * The single-file CDN bundle: its integrity hash covers every byte the page runs, and the data it
 * fetches beside it (the built-in story from `cdn/stories/`, when the widget shows it; another
 * language's strings from `cdn/locales/`) is checked against hashes inside it.
 */
const SCRIPT_FILE = 'cdn/negotiation-widgets.js';
const RESIZE_FILE = 'embed/resize.js';
const EMBED_PAGE = 'embed/index.html';

/** Starting width of the iframe, in CSS pixels: the narrowest column the widgets are made for. */
const FRAME_WIDTH = 320;

/**
 * Starting heights of the iframe (first value: the default layout), before the embed page reports
 * its own: measured at 640 px wide on the built-in story, all parties and issues. Close enough that
 * the article barely moves when resize.js runs, and the page scrolls inside the frame where it does not.
 */
const FRAME_HEIGHTS: Record<WidgetName, Record<string, number>> = {
  'quote-card': { card: 230, pull: 280, compact: 140 },
  'position-matrix': { auto: 2520 },
  'negotiation-status': { full: 1880, compact: 80, timeline: 1360 },
};

/**
 * The snippet an editor pastes to show `widget`. Throws a `TypeError` for an unknown widget or
 * attribute, a `src` or base URL that is not http(s), a `now` that is not a valid date, a `story`
 * that is not valid, an `iframe` without `baseUrl`, or `caption`/`description` in an `iframe`
 * without `textParameters`, a `refresh` that is not a number of seconds up to 86400 (24 hours) or has no `src`; a story that does not fit the attributes (an unknown quote id, say)
 * gives a snippet without fallback, and the widget shows the error.
 */
export function embedCode(widget: WidgetName, options: EmbedOptions = {}): string {
  if (!isWidgetName(widget)) throw new TypeError(`embedCode: unknown widget "${String(widget)}" (use quote-card, position-matrix or negotiation-status).`);
  const attributes = normalizeAttributes(widget, options.attributes ?? {});
  if (attributes['refresh'] !== undefined && (typeof attributes['src'] !== 'string' || !(Number(attributes['refresh']) > 0))) {
    throw new TypeError(`embedCode: refresh takes a number of seconds (30 to ${MAX_REFRESH_SECONDS}) and needs src, the story file the widget checks for changes.`);
  }
  if (Number(attributes['refresh']) > MAX_REFRESH_SECONDS) {
    throw new TypeError(`embedCode: refresh ${String(attributes['refresh'])} is more than ${MAX_REFRESH_SECONDS} seconds (24 hours), the longest a widget waits between checks (refresh is in seconds, not milliseconds).`);
  }
  if (typeof attributes['src'] === 'string' && !isHttp(attributes['src'])) {
    throw new TypeError(`embedCode: src "${attributes['src']}" is not an http: or https: address.`);
  }
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError(`embedCode: now must be a valid Date, not ${String(now)}.`);
  if (options.variant === 'iframe') {
    if (options.prerender) throw new TypeError('embedCode: an iframe embed is rendered by its own page; prerender is for the script, npm and element variants.');
    if (options.baseUrl === undefined) {
      throw new TypeError('embedCode: an iframe embed needs baseUrl, where your site serves the package\'s dist/ folder (the embed page must be on your own origin, not a package CDN).');
    }
    const text = Object.keys(attributes).filter((name) => name === 'caption' || name === 'description');
    if (text.length && !options.textParameters) {
      throw new TypeError(`embedCode: the embed page refuses ${text.join(' and ')} unless your deployment turns text parameters on (then pass textParameters: true).`);
    }
  }
  const base = baseUrlOf(options.baseUrl);
  const story = storyFor(attributes, options.story);
  registerAllLanguages();
  const locale: FallbackContext['locale'] = localeFor(options.lang ?? 'en');
  const fallback = story ? widgetFallback(widget, attributes, { story, locale, now }) : undefined;

  if (options.variant === 'iframe') {
    const query = new URLSearchParams({ widget });
    for (const [name, value] of Object.entries(attributes)) query.set(name, value === true ? '' : value);
    if (options.lang) query.set('lang', options.lang);
    if (options.id) query.set('id', options.id);
    const layout = typeof attributes['layout'] === 'string' ? attributes['layout'] : '';
    const heights = FRAME_HEIGHTS[widget];
    const height = heights[layout] ?? Object.values(heights)[0]!;
    return (
      `<iframe${attribute('src', `${base}${EMBED_PAGE}?${query}`)}${attribute('title', options.title ?? fallback?.label ?? widget)}` +
      // HTML allows only pixels in `width`: 320 fits any phone; resize.js then makes the frame fill its column (CSSOM, so strict CSPs allow it).
      `${attribute('width', FRAME_WIDTH)}${attribute('height', height)} loading="lazy" data-nw-embed></iframe>\n` +
      `<script${attribute('src', `${base}${RESIZE_FILE}`)}${integrity(RESIZE_FILE)} async></script>`
    );
  }

  // The fallback markup starts and ends with a line break; the inline JSON follows it on its own line.
  const content = options.fallback === false ? '' : (fallback?.markup ?? '');
  const inline = options.inline && story ? `${content ? '' : '\n'}  <script type="application/json">${jsonForScript(story)}</script>\n` : '';
  // The declarative shadow root comes first: a parser attaches it as soon as it reads it.
  const shadow = options.prerender ? options.prerender({ widget, attributes, story, lang: options.lang ?? 'en' }) : '';
  const element = `<${widget}${Object.entries(attributes)
    .map(([name, value]) => attribute(name, value))
    .join('')}>${shadow}${content}${inline}</${widget}>`;
  if (options.variant === 'element') return element;
  if (options.variant === 'npm') {
    return `// npm install negotiation-widgets\nimport 'negotiation-widgets/${widget}.js';\n\n<!-- in your markup: -->\n${element}`;
  }
  return `<script type="module"${attribute('src', `${base}${SCRIPT_FILE}`)}${integrity(SCRIPT_FILE)}></script>\n${element}`;
}

function integrity(file: string): string {
  const hash = INTEGRITY[file];
  return hash ? `${attribute('integrity', hash)} crossorigin="anonymous"` : '';
}

function normalizeAttributes(widget: WidgetName, given: Readonly<Record<string, AttributeValue>>): AttributeValues {
  const known = widgetAttributes(widget);
  const result: Record<string, string | true> = {};
  for (const [name, value] of Object.entries(given)) {
    if (!known.includes(name)) throw new TypeError(`embedCode: <${widget}> has no attribute "${name}" (it takes ${known.join(', ')}).`);
    if (value === false || value === null || value === undefined) continue;
    // A boolean attribute is on whatever its value, as in HTML.
    result[name] = isBooleanAttribute(widget, name) || value === true ? true : String(value);
  }
  return result;
}

function baseUrlOf(baseUrl: string | undefined): string {
  if (baseUrl === undefined) return DEFAULT_BASE_URL;
  // A path on the publisher's own site is fine too; only the scheme is checked.
  if (!isHttp(baseUrl)) throw new TypeError(`embedCode: baseUrl "${baseUrl}" is not an http: or https: address.`);
  return baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
}

/** True for an absolute or relative (on the page's own site) URL that resolves to http: or https:. */
function isHttp(value: string): boolean {
  try {
    const { protocol } = new URL(value, 'https://example.invalid/');
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The story the fallback describes: the given one if valid, else the built-in one the element will load; none for `src` alone. */
function storyFor(attributes: AttributeValues, given: unknown): Story | undefined {
  if (given !== undefined) {
    const result = validateStory(given);
    // A snippet without the story would show the built-in one instead: a reader must never see the wrong story.
    if (!result.ok) throw new TypeError(`embedCode: the story is not valid: ${formatValidationErrors(result.errors.slice(0, 3))}`);
    return result.story;
  }
  if (typeof attributes['src'] === 'string') return undefined;
  const id = attributes['story-id'];
  return getBuiltInStory(typeof id === 'string' && id ? id : undefined);
}
