/**
 * Svelte 5 typings for the three widgets in markup (svelte-check, the Svelte language server). Add
 * once, anywhere in an app: `import type {} from 'negotiation-widgets/svelte.js';`
 *
 * Svelte 5 sets an attribute as the element's property when the element has one (so
 * `story={object}` and `hideContext={true}` work) and listens to `on<event>` attributes by the
 * exact event name after `on`: hence `onnw-select`.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { NwEventMap, NwWidgets } from './props.js';

export type * from './props.js';

/** `onnw-error`, `onnw-select`, `onnw-copy`: Svelte 5 event attributes for custom elements. */
export type SvelteEventProps<Events extends keyof NwEventMap> = {
  [Name in Events as `on${Name}`]?: (event: NwEventMap[Name]) => void;
};

/** Everything markup accepts on a widget's tag: the usual HTML attributes, its props and events. */
export type SvelteWidgetProps<Tag extends keyof NwWidgets> = Omit<HTMLAttributes<NwWidgets[Tag]['element']>, keyof NwWidgets[Tag]['props']> &
  NwWidgets[Tag]['props'] &
  SvelteEventProps<NwWidgets[Tag]['events']>;

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'quote-card': SvelteWidgetProps<'quote-card'>;
    'position-matrix': SvelteWidgetProps<'position-matrix'>;
    'negotiation-status': SvelteWidgetProps<'negotiation-status'>;
  }
}
