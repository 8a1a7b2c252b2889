/**
 * What every story shares, in Storybook (`.storybook/preview.ts`) and in the workbench alike: the
 * toolbar globals (widget theme, page background, language, direction), the decorators that apply
 * them, and story ids. Plain Lit: the workbench imports this file, so it must not import Storybook
 * (types only).
 */
import { html } from 'lit';
import { customProperties } from '../src/shared/custom-properties.js';
import type { Decorator, Preview } from '@storybook/web-components-vite';

export type Args = Record<string, unknown>;
export type Globals = Record<string, unknown>;

export const THEMES = ['page', 'light', 'dark', 'auto'] as const;
export const LANGUAGES = ['en', 'de', 'fr', 'uk', 'ar'] as const;
export const DIRECTIONS = ['ltr', 'rtl'] as const;
export const BACKGROUNDS = ['light', 'dark'] as const;

const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = { en: 'English', de: 'Deutsch', fr: 'Français', uk: 'Українська', ar: 'العربية' };

/** Toolbar menus. `theme` and `dir` start empty: the story's own theme, the language's direction. */
export const globalTypes = {
  theme: {
    description: 'The theme attribute of the widget (empty: the story’s own)',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: [{ value: '', title: 'Story’s theme' }, ...THEMES.map((value) => ({ value, title: `theme="${value}"` }))],
      dynamicTitle: true,
    },
  },
  lang: {
    description: 'The page language around the widget',
    toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES.map((value) => ({ value, title: `${value}: ${LANGUAGE_NAMES[value]}` })), dynamicTitle: true },
  },
  dir: {
    description: 'The page direction around the widget (empty: the language’s)',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [{ value: '', title: 'Language’s direction' }, ...DIRECTIONS.map((value) => ({ value, title: value }))],
      dynamicTitle: true,
    },
  },
} satisfies Preview['globalTypes'];

export const initialGlobals = { theme: '', lang: 'en', dir: '', backgrounds: { value: 'light' } } satisfies Preview['initialGlobals'];

/** Storybook's own backgrounds toolbar is the page background; the decorator below sets its `color-scheme`. */
export const backgrounds = {
  options: {
    light: { name: 'Light page', value: '#ffffff' },
    dark: { name: 'Dark page', value: '#15171a' },
  },
};

/** The page background a set of globals asks for. */
export function pageBackground(globals: Globals): (typeof BACKGROUNDS)[number] {
  const value = (globals['backgrounds'] as { value?: unknown } | undefined)?.value;
  return value === 'dark' ? 'dark' : 'light';
}

export function pageLanguage(globals: Globals): (typeof LANGUAGES)[number] {
  const value = globals['lang'];
  return LANGUAGES.includes(value as never) ? (value as (typeof LANGUAGES)[number]) : 'en';
}

export function pageDirection(globals: Globals): (typeof DIRECTIONS)[number] {
  const value = globals['dir'];
  if (DIRECTIONS.includes(value as never)) return value as (typeof DIRECTIONS)[number];
  return pageLanguage(globals) === 'ar' ? 'rtl' : 'ltr';
}

/** The args a story renders with: the toolbar's theme, when one is chosen, wins over the story's. */
export function argsWithGlobals(args: Args, globals: Globals): Args {
  const theme = globals['theme'];
  return THEMES.includes(theme as never) ? { ...args, theme } : args;
}

const pageSheet = (() => {
  if (typeof CSSStyleSheet === 'undefined') return undefined;
  const sheet = new CSSStyleSheet();
  // `canvas`/`canvastext` follow color-scheme: a dark page is dark however the host styles it.
  sheet.replaceSync(`
    .nw-story-page { color-scheme: light; background: canvas; color: canvastext; }
    .nw-story-page.dark { color-scheme: dark; }
    .nw-story-page.sized { max-inline-size: var(--nw-story-width); }
  `);
  return sheet;
})();

function adoptPageSheet(): void {
  if (pageSheet && typeof document !== 'undefined' && !document.adoptedStyleSheets.includes(pageSheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
  }
}

/** Applies the toolbar's theme to the story's args. */
export const withTheme: Decorator = (story, { args, globals }) => {
  const themed = argsWithGlobals(args, globals);
  return themed === args ? story() : story({ args: themed });
};

/**
 * The page around the widget: its language, direction and background (`color-scheme`, which
 * `theme="page"` follows), and the column width a story asks for (`parameters.columnWidth`, px).
 */
export const withPage: Decorator = (story, { globals, parameters }) => {
  adoptPageSheet();
  const width = Number(parameters['columnWidth']) || 0;
  const classes = ['nw-story-page', pageBackground(globals) === 'dark' ? 'dark' : '', width ? 'sized' : ''].filter(Boolean).join(' ');
  return html`<div class=${classes} lang=${pageLanguage(globals)} dir=${pageDirection(globals)} style=${customProperties({ '--nw-story-width': width ? `${width}px` : undefined })}>
    ${story()}
  </div>`;
};

/** Project-level decorators, innermost first (Storybook's order). */
export const decorators: Decorator[] = [withTheme, withPage];

/** Storybook's `storyNameFromExport` then `sanitize`: how it turns an export name into the story part of an id. */
function sanitize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}

function startCase(exportName: string): string {
  return exportName
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])([0-9])/g, '$1 $2')
    .trim();
}

/** The id Storybook gives a story: `<meta id or title>--<export name>`, e.g. `quote-card--party-quote`. */
export function storyId(meta: { id?: string; title?: string }, exportName: string): string {
  return `${sanitize(meta.id ?? meta.title ?? '')}--${sanitize(startCase(exportName))}`;
}
