'use client';
// The React components with the page's own story: server-rendered, then hydrated on a direct load.
import { useState } from 'react';
import { PositionMatrix } from 'negotiation-widgets/react.js';
import story from '../../../fixtures/story.json';

export default function OwnStory() {
  const [selected, setSelected] = useState('');
  return (
    <section aria-labelledby="own-story">
      <h2 id="own-story">Our own story</h2>
      <PositionMatrix
        id="own-matrix"
        story={story}
        layout="table"
        onNwSelect={(event) => setSelected(`${event.detail.party}/${event.detail.issue}/${event.detail.stance}`)}
      />
      <p>
        Selected: <output id="selected">{selected}</output>
      </p>
    </section>
  );
}
