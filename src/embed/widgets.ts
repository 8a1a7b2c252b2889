/**
 * The widgets an embed can carry and the attributes each one takes. The element classes are the
 * source of truth (a browser test compares this table with their `observedAttributes`); it is
 * repeated here because embed code is written where the classes cannot load (Node, a CMS plugin).
 */

export type WidgetName = 'quote-card' | 'position-matrix' | 'negotiation-status';

export interface WidgetSpec {
  /** The widget's own attributes, kebab-case. */
  attributes: readonly string[];
  /** Those of them that are boolean (present or absent). */
  booleans: readonly string[];
}

/** The data-layer attributes every widget takes (`src/shared/story-element.ts`). */
export const COMMON_ATTRIBUTES: readonly string[] = ['src', 'story-id', 'theme', 'timeout', 'refresh'];

export const WIDGETS: Readonly<Record<WidgetName, WidgetSpec>> = {
  'quote-card': { attributes: ['quote', 'layout', 'hide-context', 'hide-source', 'show-avatar'], booleans: ['hide-context', 'hide-source', 'show-avatar'] },
  'position-matrix': {
    attributes: ['parties', 'issues', 'highlight', 'caption', 'description', 'layout', 'show-summary'],
    booleans: ['show-summary'],
  },
  'negotiation-status': { attributes: ['layout', 'live'], booleans: ['live'] },
};

export const THEMES = ['page', 'light', 'dark', 'auto'] as const;

export function isWidgetName(value: unknown): value is WidgetName {
  return typeof value === 'string' && Object.hasOwn(WIDGETS, value);
}

/** Every attribute `widget` takes: its own, then the data layer's. */
export function widgetAttributes(widget: WidgetName): string[] {
  return [...WIDGETS[widget].attributes, ...COMMON_ATTRIBUTES];
}

export function isBooleanAttribute(widget: WidgetName, name: string): boolean {
  return WIDGETS[widget].booleans.includes(name);
}
