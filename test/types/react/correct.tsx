// Correct usage of the React 19 typings: must type-check with no error.
import type {} from 'negotiation-widgets/react.js';
import type { NwCopyDetail, NwErrorDetail, NwSelectDetail, PositionMatrix, Story } from 'negotiation-widgets';

declare const story: Story;

export const Usage = () => (
  <>
    <quote-card quote="hegseth-nato-membership" layout="pull" hideSource story={story} className="embed" id="q" aria-label="Quote" data-slot="1" lang="en" hidden={false} onnw-copy={(event: CustomEvent<NwCopyDetail>) => event.detail.quoteId} />
    <position-matrix parties="us,ukraine" layout="list" showSummary ref={(element: PositionMatrix | null) => void element} onnw-select={(event) => void (event.detail satisfies NwSelectDetail)} />
    <negotiation-status layout="compact" live now={new Date(0)} timeout={5000} onnw-error={(event) => void (event.detail satisfies NwErrorDetail)} />
  </>
);

// The React components (for server-rendered React: Next.js and other frameworks that hydrate).
import { NegotiationStatus, PositionMatrix as PositionMatrixComponent, QuoteCard } from 'negotiation-widgets/react.js';

export const Components = () => (
  <>
    <QuoteCard quote="hegseth-nato-membership" layout="pull" story={story} className="embed" onNwCopy={(event) => void (event.detail satisfies NwCopyDetail)} />
    <PositionMatrixComponent story={story} layout="table" highlight="us" onNwSelect={(event) => void (event.detail.party satisfies string)} ref={(element: PositionMatrix | null) => void element} />
    <NegotiationStatus layout="compact" live onNwError={(event) => void (event.detail satisfies NwErrorDetail)} />
  </>
);
