/**
 * Vue 3 typings for the three widgets in templates (Volar / vue-tsc). Add once, anywhere in an app:
 * `import type {} from 'negotiation-widgets/vue.js';` and tell Vue's compiler the tags are custom
 * elements: `compilerOptions.isCustomElement: (tag) => ['quote-card', 'position-matrix', 'negotiation-status'].includes(tag)`.
 *
 * Vue sets a bound prop as the element's property when the element has one (so `:story="object"`
 * works); `@nw-select` becomes the `onNwSelect` prop.
 */
import type { HTMLAttributes, ReservedProps } from 'vue';
import type { NwEventMap, NwWidgets } from './props.js';

export type * from './props.js';

/** `@nw-error` → `onNwError`: how Vue names a listener prop. */
export type VueEventProps<Events extends keyof NwEventMap> = {
  [Name in Events as Name extends `nw-${infer Rest}` ? `onNw${Capitalize<Rest>}` : never]?: (event: NwEventMap[Name]) => void;
};

/**
 * A component type Vue's tooling reads `$props` from: the widget's props and events plus Vue's own
 * global HTML attributes (`class`, `style`, `id`, `aria-*`, `data-*`, `lang`, `hidden`, `slot`) and
 * reserved props (`ref`, `key`), which `strictTemplates` would otherwise reject on the tags.
 */
export type VueWidget<Tag extends keyof NwWidgets> = new () => {
  $props: Omit<HTMLAttributes, keyof NwWidgets[Tag]['props']> &
    ReservedProps &
    DataAttributes &
    NwWidgets[Tag]['props'] &
    VueEventProps<NwWidgets[Tag]['events']>;
};

/**
 * `data-*` attributes, which Vue's tooling camelises on components (`data-slot` → `dataSlot`), and
 * `slot`, which Vue's `HTMLAttributes` leaves out.
 */
type DataAttributes = { [Name in `data-${string}` | `data${Capitalize<string>}`]?: unknown } & { slot?: string };

declare module 'vue' {
  interface GlobalComponents {
    'quote-card': VueWidget<'quote-card'>;
    'position-matrix': VueWidget<'position-matrix'>;
    'negotiation-status': VueWidget<'negotiation-status'>;
  }
}
