// A small React 19 app using the npm build the way an application would: `negotiation-widgets`
// registers the elements (lit from node_modules), the JSX typings come from
// `negotiation-widgets/react.js`. Bundled by esbuild on request (test/dist/pages-middleware.mjs).
import 'negotiation-widgets';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import story from '../../fixtures/story.json';
import type {} from 'negotiation-widgets/react.js';
import type { NwErrorDetail, NwSelectDetail } from 'negotiation-widgets/react.js';

/** What the React handlers received, for the test to read. */
const received: { select: NwSelectDetail[]; error: NwErrorDetail[]; renders: number } = { select: [], error: [], renders: 0 };
Object.assign(window, { reactReceived: received, reactStory: story });

function App() {
  const [selected, setSelected] = useState<string>('');
  received.renders++;
  return (
    <>
      <position-matrix
        id="matrix"
        story={story}
        highlight="north"
        layout="table"
        show-summary
        onnw-select={(event) => {
          received.select.push(event.detail);
          setSelected(`${event.detail.party}/${event.detail.issue}`);
        }}
      />
      <output id="selected">{selected}</output>
      <quote-card id="quote" story={story} quote="ana-border" layout="compact" theme="dark" />
      <quote-card id="missing" story-id="no-such-story" onnw-error={(event) => received.error.push(event.detail)} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
