/** The iframe embed page's query string, checked against each widget's attributes. Pure. */
import { THEMES, isBooleanAttribute, isHttpSource, isWidgetName, widgetAttributes } from './widgets.js';
import type { WidgetName } from './widgets.js';

/** Query parameters of the page itself, next to the widget's attributes. */
const PAGE_PARAMETERS = ['widget', 'lang', 'dir', 'id'];
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

export type PageSetup = { ok: true; widget: WidgetName; attributes: [string, string][]; lang?: string; dir?: string } | { ok: false; message: string };

/** Checks the query string; the first problem found is the one reported. */
export function readParameters(search: string, base: string): PageSetup {
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
    if (name === 'src' && !isHttpSource(value, base)) return { ok: false, message: `The src parameter "${value}" is not an http: or https: address.` };
    if (name === 'refresh' && !(/^\d+$/.test(value) && Number(value) > 0)) return { ok: false, message: `The refresh parameter takes a number of seconds (30 or more), not "${value}".` };
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
