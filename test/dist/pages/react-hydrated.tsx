// A React 19 page as Next.js serves it: rendered to HTML first (react-dom/server), then hydrated
// (hydrateRoot), with the React components of `negotiation-widgets/react.js`. On such a direct load
// React hands a custom element written as a tag neither its object props nor its event handlers;
// the components must get both. Bundled by esbuild on request (test/dist/pages-middleware.mjs).
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { PositionMatrix, QuoteCard } from 'negotiation-widgets/react.js';
import type { NwSelectDetail } from 'negotiation-widgets/react.js';
import story from '../../fixtures/story.json';

const received: { select: NwSelectDetail[]; serverHtml: string } = { select: [], serverHtml: '' };
Object.assign(window, { reactReceived: received, reactStory: story });

function App() {
  const [selected, setSelected] = useState<string>('');
  return (
    <>
      <PositionMatrix
        id="matrix"
        story={story}
        layout="table"
        onNwSelect={(event) => {
          received.select.push(event.detail);
          setSelected(`${event.detail.party}/${event.detail.issue}`);
        }}
      />
      <output id="selected">{selected}</output>
      <QuoteCard id="quote" story={story} quote="ana-border" layout="compact" />
    </>
  );
}

const root = document.getElementById('root')!;
received.serverHtml = renderToString(<App />);
root.innerHTML = received.serverHtml;
hydrateRoot(root, <App />, { onRecoverableError: (error) => console.error('hydration', error) });
