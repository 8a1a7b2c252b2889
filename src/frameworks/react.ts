/**
 * React 19 JSX typings for the three widgets. Add once, anywhere in an app:
 * `import type {} from 'negotiation-widgets/react.js';`
 *
 * React 19 sets a prop as the element's property when the element has one (so `story={object}`
 * works) and listens to `on<event>` props for custom elements by the exact event name after
 * `on`: hence `onnw-select`, not `onNwSelect`, which would listen for an event named "NwSelect".
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NwEventMap, NwWidgets } from './props.js';

export type * from './props.js';

/** `onnw-error`, `onnw-select`, `onnw-copy`: the event props of React 19 for custom elements. */
export type ReactEventProps<Events extends keyof NwEventMap> = {
  [Name in Events as `on${Name}`]?: (event: NwEventMap[Name]) => void;
};

/** Everything JSX accepts on a widget's tag: the usual HTML attributes, `ref`, its props and events. */
export type ReactWidgetProps<Tag extends keyof NwWidgets> = DetailedHTMLProps<HTMLAttributes<NwWidgets[Tag]['element']>, NwWidgets[Tag]['element']> &
  NwWidgets[Tag]['props'] &
  ReactEventProps<NwWidgets[Tag]['events']>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'quote-card': ReactWidgetProps<'quote-card'>;
      'position-matrix': ReactWidgetProps<'position-matrix'>;
      'negotiation-status': ReactWidgetProps<'negotiation-status'>;
    }
  }
}
