// Wrong usage of the React 19 typings: every line marked WRONG must be a type error.
import type { JSX } from 'react';
import type {} from 'negotiation-widgets/react.js';

// TypeScript never checks hyphenated JSX attribute names it does not know, so an event a widget
// does not fire is caught where the props are written as an object.
export const noSuchEvent: JSX.IntrinsicElements['negotiation-status'] = { 'onnw-select': () => undefined }; // WRONG

export const Usage = () => (
  <>
    <quote-card layout="table" /> {/* WRONG */}
    <position-matrix story={42} /> {/* WRONG */}
    <position-matrix timeout="10s" /> {/* WRONG */}
    <quote-card theme="sepia" /> {/* WRONG */}
    <negotiation-status live="yes" /> {/* WRONG */}
  </>
);

import { NegotiationStatus, PositionMatrix, QuoteCard } from 'negotiation-widgets/react.js';

export const Components = () => (
  <>
    <QuoteCard layout="table" /> {/* WRONG */}
    <PositionMatrix onNwCopy={() => undefined} /> {/* WRONG */}
    <NegotiationStatus onNwSelect={() => undefined} /> {/* WRONG */}
    <PositionMatrix onNwSelect={(event) => event.detail.nothing} /> {/* WRONG */}
  </>
);
