/**
 * What a framework template may set on each widget, and the events each fires: the typings
 * behind `negotiation-widgets/react.js` and `negotiation-widgets/vue.js`. Props are picked from
 * the classes, so they cannot drift from the elements. React 19 and Vue both set a prop as the
 * element's property when the element has one, so `story` takes an object as it is.
 */
import type { NegotiationStatus, NwErrorDetail, PositionMatrix, QuoteCard } from '../elements.js';
import type { NwUpdateDetail } from '../shared/story-element.js';
import type { NwSelectDetail } from '../position-matrix/position-matrix.js';
import type { NwCopyDetail } from '../quote-card/quote-card.js';

export type { NwCopyDetail, NwErrorDetail, NwSelectDetail, NwUpdateDetail };

/** Properties every widget takes from the shared data layer. */
type DataProps = 'story' | 'src' | 'storyId' | 'theme' | 'timeout' | 'refreshInterval';

export type QuoteCardProps = Partial<Pick<QuoteCard, DataProps | 'quote' | 'layout' | 'hideContext' | 'hideSource'>>;
export type PositionMatrixProps = Partial<
  Pick<PositionMatrix, DataProps | 'parties' | 'issues' | 'highlight' | 'caption' | 'description' | 'layout' | 'showSummary'>
>;
export type NegotiationStatusProps = Partial<Pick<NegotiationStatus, DataProps | 'layout' | 'live' | 'now'>>;

/** The widgets' events; all bubble and are composed. */
export interface NwEventMap {
  'nw-error': CustomEvent<NwErrorDetail>;
  'nw-select': CustomEvent<NwSelectDetail>;
  'nw-copy': CustomEvent<NwCopyDetail>;
  'nw-update': CustomEvent<NwUpdateDetail>;
}

/** Each tag with its props and the events it fires. */
export interface NwWidgets {
  'quote-card': { element: QuoteCard; props: QuoteCardProps; events: 'nw-error' | 'nw-copy' | 'nw-update' };
  'position-matrix': { element: PositionMatrix; props: PositionMatrixProps; events: 'nw-error' | 'nw-select' | 'nw-update' };
  'negotiation-status': { element: NegotiationStatus; props: NegotiationStatusProps; events: 'nw-error' | 'nw-update' };
}
