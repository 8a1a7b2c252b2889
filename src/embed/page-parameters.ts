/** The iframe embed page's query string, checked against each widget's attributes and the page's policy. Pure. */
import { MAX_REFRESH_SECONDS } from '../data/live-clock.js';
import { THEMES, isBooleanAttribute, isWidgetName, widgetAttributes } from './widgets.js';
import type { WidgetName } from './widgets.js';

/** Query parameters of the page itself, next to the widget's attributes. */
const PAGE_PARAMETERS = ['widget', 'lang', 'dir', 'id'];
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Parameters that put the link's own text on the page: off unless the deployment turns them on. */
export const TEXT_PARAMETERS: readonly string[] = ['caption', 'description'];

/**
 * What the deployment allows, read from the embed page's own files (its `<meta>` tags), never
 * from the URL: anyone can craft a link, so a link must not widen what the page shows.
 */
export interface EmbedPolicy {
  /** Origins besides the page's own whose story files it shows (`https://data.example.org`). */
  storyOrigins: readonly string[];
  /** Whether `caption` and `description` may come from the query string. */
  textParameters: boolean;
}

export const DEFAULT_POLICY: EmbedPolicy = { storyOrigins: [], textParameters: false };

/**
 * The policy in the page's `<meta name="nw-story-origins">` (origins separated by spaces) and
 * `<meta name="nw-text-parameters" content="on">`. An entry that is not an http(s) origin is
 * ignored, so a typo cannot open the page to every site.
 */
export function readPolicy(origins: string | null | undefined, textParameters: string | null | undefined): EmbedPolicy {
  const storyOrigins = (origins ?? '').split(/\s+/).filter((entry) => {
    try {
      const url = new URL(entry);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry.replace(/\/$/, '');
    } catch {
      return false;
    }
  }).map((entry) => new URL(entry).origin);
  return { storyOrigins, textParameters: textParameters?.trim().toLowerCase() === 'on' };
}

export type PageSetup = { ok: true; widget: WidgetName; attributes: [string, string][]; lang?: string; dir?: string } | { ok: false; message: string };

/**
 * Checks the query string; the first problem found is the one reported. `base` is the page's own
 * address: a story file must be on its origin or on one the policy names.
 */
export function readParameters(search: string, base: string, policy: EmbedPolicy = DEFAULT_POLICY): PageSetup {
  const params = new URLSearchParams(search);
  const widget = params.get('widget');
  if (!isWidgetName(widget)) {
    return { ok: false, message: widget ? `Unknown widget "${widget}" (use quote-card, position-matrix or negotiation-status).` : 'No widget given (add ?widget=quote-card, position-matrix or negotiation-status).' };
  }
  const known = widgetAttributes(widget);
  const attributes: [string, string][] = [];
  const setup: PageSetup = { ok: true, widget, attributes };
  for (const [name, value] of params) {
    if (PAGE_PARAMETERS.includes(name)) continue;
    if (!known.includes(name)) return { ok: false, message: `Unknown parameter "${name}" for ${widget} (it takes ${known.join(', ')}, lang, dir and id).` };
    if (name === 'src') {
      const problem = sourceProblem(value, base, policy);
      if (problem) return { ok: false, message: problem };
    }
    if (TEXT_PARAMETERS.includes(name) && !policy.textParameters) {
      return { ok: false, message: `The ${name} parameter is off on this embed page: its text would appear under the publisher's name for anyone who crafts a link (the publisher can turn it on in embed/index.html).` };
    }
    if (name === 'refresh' && !(/^\d+$/.test(value) && Number(value) > 0 && Number(value) <= MAX_REFRESH_SECONDS)) {
      // Above the maximum (24 h) is refused rather than shortened: it is most likely milliseconds, and a link must not set the pace of checks.
      return { ok: false, message: `The refresh parameter takes a number of seconds from 30 to ${MAX_REFRESH_SECONDS} (24 hours), not "${value}"${/^\d+$/.test(value) && Number(value) > 0 ? ' (milliseconds?)' : ''}.` };
    }
    if (name === 'theme' && !(THEMES as readonly string[]).includes(value)) return { ok: false, message: `Unknown theme "${value}" (use ${THEMES.join(', ')}).` };
    if (isBooleanAttribute(widget, name)) {
      if (value !== '' && value !== 'true' && value !== 'false') return { ok: false, message: `The ${name} parameter takes true or false, not "${value}".` };
      if (value === 'false') continue;
    }
    attributes.push([name, isBooleanAttribute(widget, name) ? '' : value]);
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang)) return { ok: false, message: `The lang parameter "${lang}" is not a language tag.` };
    setup.lang = lang;
  }
  const dir = params.get('dir') ?? (lang && RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : null);
  if (dir !== null) {
    if (dir !== 'ltr' && dir !== 'rtl') return { ok: false, message: `The dir parameter takes ltr or rtl, not "${dir}".` };
    setup.dir = dir;
  }
  return setup;
}

/** Why `src` may not be shown here, if it may not: not http(s), or on an origin the page does not allow. */
function sourceProblem(value: string, base: string, policy: EmbedPolicy): string | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return `The src parameter "${value}" is not an http: or https: address.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `The src parameter "${value}" is not an http: or https: address.`;
  if (url.origin === new URL(base).origin || policy.storyOrigins.includes(url.origin)) return undefined;
  return `The src parameter "${value}" is on another site (${url.origin}): this embed page shows story files from ${[new URL(base).origin, ...policy.storyOrigins].join(', ')} only (the publisher can allow more origins in embed/index.html).`;
}
