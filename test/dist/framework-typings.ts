// Compile-time checks of the React and Vue typings (`npm run typecheck` fails when they break);
// nothing here runs. Each @ts-expect-error line must stay an error.
import type { JSX } from 'react';
import type { ReactWidgetProps } from '../../src/frameworks/react.js';
import type { VueWidget } from '../../src/frameworks/vue.js';
import type { NwErrorDetail, NwSelectDetail } from '../../src/frameworks/props.js';
import type { PositionMatrix } from '../../src/elements.js';

// React 19: the tags are intrinsic elements with the elements' own property types.
export const quoteCard: JSX.IntrinsicElements['quote-card'] = {
  quote: 'hegseth-nato-membership',
  layout: 'pull',
  hideSource: true,
  className: 'embed',
  'onnw-error': (event) => void (event.detail satisfies NwErrorDetail),
  'onnw-copy': (event) => void event.detail.quoteId.toUpperCase(),
};
export const matrix: JSX.IntrinsicElements['position-matrix'] = {
  parties: 'us,ukraine',
  layout: 'list',
  showSummary: true,
  ref: (element: PositionMatrix | null) => void element?.currentLayout,
  'onnw-select': (event) => void (event.detail satisfies NwSelectDetail),
};
export const status: ReactWidgetProps<'negotiation-status'> = { layout: 'compact', live: true, now: new Date(0), timeout: 5000 };

// @ts-expect-error: a story is an object of the story format
export const badStory: JSX.IntrinsicElements['quote-card'] = { story: { any: 'object' } };
// @ts-expect-error: not a layout of <quote-card>
export const badLayout: JSX.IntrinsicElements['quote-card'] = { layout: 'table' };
// @ts-expect-error: <negotiation-status> fires no nw-select
export const badEvent: JSX.IntrinsicElements['negotiation-status'] = { 'onnw-select': () => undefined };
// @ts-expect-error: timeout is a number of milliseconds
export const badTimeout: JSX.IntrinsicElements['position-matrix'] = { timeout: '10s' };

// Vue: `$props` of the component type, with listener props named as Vue names them.
type VueProps<Tag extends 'quote-card' | 'position-matrix' | 'negotiation-status'> = InstanceType<VueWidget<Tag>>['$props'];
export const vueMatrix: VueProps<'position-matrix'> = {
  storyId: 'us-russia-ukraine-talks-2025',
  highlight: 'us',
  onNwSelect: (event) => void (event.detail satisfies NwSelectDetail),
  onNwError: (event) => void event.detail.code,
};
// @ts-expect-error: <quote-card> fires no nw-select
export const vueBadEvent: VueProps<'quote-card'> = { onNwSelect: () => undefined };
// @ts-expect-error: theme is one of page, light, dark, auto
export const vueBadTheme: VueProps<'negotiation-status'> = { theme: 'sepia' };
