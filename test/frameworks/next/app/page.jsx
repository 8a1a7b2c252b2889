// A server component: the three widgets through `renderWidget` (docs/frameworks.md#nextjs), the
// React components in a client component, and a client component that loads the widgets' script.
import { renderWidget } from 'negotiation-widgets/ssr.js';
import LoadWidgets from './load-widgets.jsx';
import OwnStory from './own-story.jsx';

function Widget({ html }) {
  return <div className="widget" dangerouslySetInnerHTML={{ __html: html }} />;
}

export default function Page() {
  return (
    <main>
      <h1>Talks at a glance</h1>
      <Widget html={renderWidget('quote-card', { quote: 'hegseth-nato-membership' })} />
      <Widget html={renderWidget('position-matrix', {})} />
      <Widget html={renderWidget('negotiation-status', {})} />
      <OwnStory />
      <LoadWidgets />
    </main>
  );
}
