/**
 * UI strings and locale rules. The page's language (nearest `[lang]`) picks the strings;
 * an unsupported locale falls back by its language subtag, then to English.
 */

import { fetchAsset } from './assets.js';
import { formatNumber, pluralCategory } from './format.js';
import type { LIVE_STRINGS } from './live-strings.js';

export type SupportedLanguage = 'en' | 'de' | 'fr' | 'uk' | 'ar';

/**
 * The strings every widget uses. Each widget's own English strings live beside it
 * (`<widget>/strings.ts`) and join these when its model module loads (`addEnglish`), as the live
 * updates' strings (`live-strings.ts`) do when the live code loads.
 */
const en = {
  loading: 'Loading…',
  errorTitle: 'This widget could not be shown',
  showLess: 'Show less',
  source: 'Source',
  updated: 'Updated {date}',
  /** After the above, when the story could not be loaded (network, timeout). */
  unavailableRetry: 'Reload the page to try again.',
  /** Folds the developer detail under a reader's error message. */
  errorDetails: 'Details',
  /** Between a venue and a date ("defence summit in Brussels, 12 February 2025"), a day count and its basis. */
  listSeparator: ', ',
};

/** The common strings' and the live updates' names. */
export type StringKey = keyof typeof en | keyof typeof LIVE_STRINGS;
/**
 * A language's strings: the common ones, and those of the widget that reads them (`Own`, the type of
 * its English strings). Each widget names its own, so this module needs none of theirs.
 */
export type Strings<Own = unknown> = Record<StringKey | keyof Own, string>;

/** English as far as the widgets loaded so far need it: the common strings, then each widget's own. */
const english = en as Strings;

/** Adds a widget's English strings (its model module calls this once, when it loads). */
export function addEnglish(strings: Record<string, string>): void {
  Object.assign(english, strings);
}

/**
 * Strings by language. English ships in every build; the others are small files fetched on
 * first use (`loadLanguage`), so pages in one language don't download the other four.
 */
const STRINGS: Partial<Record<SupportedLanguage, Strings>> = { en: english };

export type OtherLanguage = Exclude<SupportedLanguage, 'en'>;

/** Opening and closing quotation marks, by language. */
const QUOTE_MARKS: Record<SupportedLanguage, readonly [string, string]> = {
  en: ['“', '”'],
  de: ['„', '“'],
  fr: ['«\u202f', '\u202f»'],
  uk: ['«', '»'],
  ar: ['«', '»'],
};

/** A page language's rules and strings; `Own` types the strings of the widget that reads them (see `Strings`). */
export interface Locale<Own = unknown> {
  /** The page's tag as given (e.g. "de-AT"), for `Intl`; "en" when none is set. */
  tag: string;
  /** The language whose strings are used. */
  language: SupportedLanguage;
  /** The language's strings; English until `ready`. */
  strings: Strings<Own>;
  quoteMarks: readonly [string, string];
  /** False while the language's strings still have to be loaded (`loadLanguage`). */
  ready: boolean;
}

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return Object.hasOwn(QUOTE_MARKS, value);
}

/** One Locale object per tag: every widget asks on every update, so this keeps that cheap and stable. */
const locales = new Map<string, Locale>();
const loading = new Map<SupportedLanguage, Promise<void>>();

/**
 * Builds a locale from a BCP 47 tag; unknown or malformed tags fall back to English. `Own` is the
 * caller's word that its widget's strings are registered (`addEnglish`), as its model module does on load.
 */
export function localeFor<Own = unknown>(tag: string | null | undefined): Locale<Own> {
  const cleaned = (tag ?? '').trim();
  let locale = locales.get(cleaned);
  if (!locale) {
    locale = buildLocale(cleaned);
    if (locales.size < 100) locales.set(cleaned, locale);
  }
  return locale as Locale<Own>;
}

function buildLocale(cleaned: string): Locale {
  let canonical = 'en';
  try {
    canonical = cleaned ? (Intl.getCanonicalLocales(cleaned)[0] ?? 'en') : 'en';
  } catch {
    canonical = 'en';
  }
  const subtag = canonical.split('-')[0]!.toLowerCase();
  const language: SupportedLanguage = isSupportedLanguage(subtag) ? subtag : 'en';
  const intlTag = language === subtag ? canonical : 'en';
  const strings = STRINGS[language];
  return { tag: intlTag, language, strings: strings ?? english, quoteMarks: QUOTE_MARKS[language], ready: strings !== undefined };
}

/** Makes a language's strings available synchronously, e.g. for server-side code that bundles them. */
export function registerStrings(language: SupportedLanguage, strings: Strings): void {
  STRINGS[language] = strings;
  // Locales built before now carry English placeholders.
  locales.clear();
}

/**
 * A language's strings from loaded data: each string the data has, in that language; any other
 * falls back to English (the prototype), including the strings of a widget loaded later. The
 * data may come over the network: only its text values are read, and only ever shown as text.
 */
export function stringsFrom(data: unknown): Strings {
  const strings = Object.create(english) as Strings;
  if (typeof data === 'object' && data !== null) {
    for (const [key, value] of Object.entries(data)) {
      if (typeof value === 'string' && key !== '__proto__') (strings as Record<string, string>)[key] = value;
    }
  }
  return strings;
}

/**
 * Loads a language's strings once per page. Never rejects: when the module can't be loaded
 * (a self-hosted copy without its `locales/` folder, or a file that fails its integrity check), the language shows English strings
 * with its own quotation marks and date formats, and `onFailure` is called once for the page.
 */
export function loadLanguage(language: SupportedLanguage, onFailure?: (error: unknown) => void): Promise<void> {
  if (STRINGS[language]) return Promise.resolve();
  let promise = loading.get(language);
  if (!promise) {
    promise = (language === 'en' ? Promise.resolve(english) : fetchAsset(`locales/${language}.json`))
      .then(
        (data) => registerStrings(language, stringsFrom(data)),
        (error: unknown) => {
          onFailure?.(error);
          registerStrings(language, english);
        },
      );
    loading.set(language, promise);
  }
  return promise;
}

/**
 * The language of the nearest `[lang]` ancestor, crossing shadow roots. On the server (Lit SSR's DOM
 * shim) there is no tree to walk: the element's own `lang` decides.
 */
export function pageLanguage(element: Element): string | undefined {
  if (typeof element.closest !== 'function') return element.getAttribute('lang') ?? undefined;
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * Fills `{name}` placeholders (one `values` has no name for stays as it is): the widgets' one
 * string-filling helper. With a `locale`, numbers are written in its digits, and a template of
 * plural variants, `category:text` separated by `|` ("one:{n} party|other:{n} parties"), gives
 * the variant its plural rules pick for `values.n` (else `other`).
 */
export function fillParts<T>(template: string, values: Record<string, T>, locale?: Locale): (string | T)[] {
  const n = values['n'];
  const variants = new Map(template.split('|').map((variant) => [variant.slice(0, variant.indexOf(':')), variant.slice(variant.indexOf(':') + 1)]));
  const text = locale && typeof n === 'number' && template.includes('|') ? (variants.get(pluralCategory(n, locale)) ?? variants.get('other') ?? template) : template;
  return text
    .split(/\{(\w+)\}/)
    .map((part, index) => (index % 2 ? (Object.hasOwn(values, part) ? (locale && typeof values[part] === 'number' ? formatNumber(values[part], locale) : values[part]!) : `{${part}}`) : part))
    .filter((part) => part !== '');
}

/** `fillParts` as one string. */
export function format(template: string, values: Record<string, string | number>, locale?: Locale): string {
  return fillParts(template, values, locale).join('');
}
