/**
 * Vue 3 typings for the three widgets in templates (Volar / vue-tsc). Add once, anywhere in an app:
 * `import type {} from 'negotiation-widgets/vue.js';` and tell Vue's compiler the tags are custom
 * elements: `compilerOptions.isCustomElement: (tag) => ['quote-card', 'position-matrix', 'negotiation-status'].includes(tag)`.
 *
 * Vue sets a bound prop as the element's property when the element has one (so `:story="object"`
 * works); `@nw-select` becomes the `onNwSelect` prop.
 */
import type { NwEventMap, NwWidgets } from './props.js';

export type * from './props.js';

/** `@nw-error` → `onNwError`: how Vue names a listener prop. */
export type VueEventProps<Events extends keyof NwEventMap> = {
  [Name in Events as Name extends `nw-${infer Rest}` ? `onNw${Capitalize<Rest>}` : never]?: (event: NwEventMap[Name]) => void;
};

/** A component type Vue's tooling reads `$props` from, without importing Vue's own types. */
export type VueWidget<Tag extends keyof NwWidgets> = new () => { $props: NwWidgets[Tag]['props'] & VueEventProps<NwWidgets[Tag]['events']> };

// @ts-ignore -- `vue` is the consumer's dependency, not this library's: augmenting it cannot resolve here (TS2664), and does in an app that has Vue.
declare module 'vue' {
  interface GlobalComponents {
    'quote-card': VueWidget<'quote-card'>;
    'position-matrix': VueWidget<'position-matrix'>;
    'negotiation-status': VueWidget<'negotiation-status'>;
  }
}
