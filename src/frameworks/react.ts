/**
 * React components for the three widgets, and React 19 JSX typings for their tags.
 *
 * The components (`QuoteCard`, `PositionMatrix`, `NegotiationStatus`, made with `@lit/react`)
 * register the elements, set every prop as the element's property after React renders it, and
 * take events as `onNwSelect`, `onNwError`, `onNwCopy`, `onNwUpdate`. Use them in server-rendered
 * React (Next.js and other frameworks that hydrate): React 19 does not hand a custom element its
 * object props or its event handlers while it hydrates server HTML, so `<position-matrix story={…}>`
 * written as a tag shows the built-in story and never calls `onnw-select` on a direct load.
 *
 * The typings let the tags be written in JSX as they are, for client-only React apps; add once,
 * anywhere: `import type {} from 'negotiation-widgets/react.js';`. React 19 sets a prop as the
 * element's property when the element has one and listens to `on<event>` props by the exact event
 * name after `on`: hence `onnw-select` on a tag, not `onNwSelect` (that is the components' name).
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import '../quote-card.js';
import '../position-matrix.js';
import '../negotiation-status.js';
import { NegotiationStatus as NegotiationStatusElement } from '../negotiation-status/negotiation-status.js';
import { PositionMatrix as PositionMatrixElement } from '../position-matrix/position-matrix.js';
import { QuoteCard as QuoteCardElement } from '../quote-card/quote-card.js';
import type { NwEventMap, NwWidgets } from './props.js';

const nwError = 'nw-error' as EventName<NwEventMap['nw-error']>;
const nwUpdate = 'nw-update' as EventName<NwEventMap['nw-update']>;

/** `<quote-card>` as a React component: props as its properties, `onNwError`, `onNwCopy`, `onNwUpdate`. */
export const QuoteCard = createComponent({
  react: React,
  tagName: 'quote-card',
  elementClass: QuoteCardElement,
  events: { onNwError: nwError, onNwCopy: 'nw-copy' as EventName<NwEventMap['nw-copy']>, onNwUpdate: nwUpdate },
  displayName: 'QuoteCard',
});

/** `<position-matrix>` as a React component: props as its properties, `onNwError`, `onNwSelect`, `onNwUpdate`. */
export const PositionMatrix = createComponent({
  react: React,
  tagName: 'position-matrix',
  elementClass: PositionMatrixElement,
  events: { onNwError: nwError, onNwSelect: 'nw-select' as EventName<NwEventMap['nw-select']>, onNwUpdate: nwUpdate },
  displayName: 'PositionMatrix',
});

/** `<negotiation-status>` as a React component: props as its properties, `onNwError`, `onNwUpdate`. */
export const NegotiationStatus = createComponent({
  react: React,
  tagName: 'negotiation-status',
  elementClass: NegotiationStatusElement,
  events: { onNwError: nwError, onNwUpdate: nwUpdate },
  displayName: 'NegotiationStatus',
});

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
