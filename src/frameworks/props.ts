/**
 * What a framework template may set on each widget, and the events each fires: the typings
 * behind `negotiation-widgets/react.js`, `/vue.js` and `/svelte.js`. Props are picked from
 * the classes, so they cannot drift from the elements. React 19, Vue and Svelte 5 all set a prop as
 * the element's property when the element has one, so `story` takes an object as it is.
 */
import type { NegotiationStatus, NwErrorDetail, PositionMatrix, QuoteCard } from '../elements.js';
import type { NwUpdateDetail } from '../shared/story-element.js';
import type { NwSelectDetail } from '../position-matrix/position-matrix.js';
import type { NwCopyDetail } from '../quote-card/quote-card.js';
import type { Story } from '../data/story.js';

export type { NwCopyDetail, NwErrorDetail, NwSelectDetail, NwUpdateDetail, Story };

/** Properties every widget takes from the shared data layer (`story` is typed apart, below). */
type DataProps = 'src' | 'storyId' | 'theme' | 'timeout' | 'refreshInterval';

/**
 * A story as a JSON module import types it: the same shape as `Story`, with its literal fields
 * (`version: 1`, stances, kinds) widened to `string` and `number`.
 */
export type StoryJson = Widen<Story>;
type Widen<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean | null | undefined
      ? T
      : T extends readonly (infer Item)[]
        ? Widen<Item>[]
        : { [Key in keyof T]: Widen<T[Key]> };

/**
 * In a template, `story` is a `Story` (or a story file imported as JSON): the element itself
 * accepts anything and validates it at run time, but a framework's type checker should catch
 * `:story="42"` before that.
 */
interface StoryProp {
  story?: Story | StoryJson;
}

export type QuoteCardProps = Partial<Pick<QuoteCard, DataProps | 'quote' | 'layout' | 'hideContext' | 'hideSource' | 'showAvatar'>> & StoryProp;
export type PositionMatrixProps = Partial<
  Pick<PositionMatrix, DataProps | 'parties' | 'issues' | 'highlight' | 'caption' | 'description' | 'layout' | 'showSummary'>
> &
  StoryProp;
export type NegotiationStatusProps = Partial<Pick<NegotiationStatus, DataProps | 'layout' | 'live' | 'now'>> & StoryProp;

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
