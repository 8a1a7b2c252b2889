// The workbench previews a story URL with `refresh` and lists what each change changed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { liveChecksSettled, setLiveClock } from '../../src/data/live.js';
import '../../stories/workbench.js';
import type { NwWorkbench } from '../../stories/workbench.js';
import type { StoryElement } from '../../src/shared/story-element.js';

const file = `live-bench-${Date.now().toString(36)}.json`;
const control = (patch: object) => fetch(`/__live/${file}?control`, { method: 'POST', cache: 'no-store', body: JSON.stringify(patch) });

describe('the workbench previews a live story', () => {
  afterEach(() => {
    setLiveClock();
    history.replaceState(null, '', location.pathname);
  });

  it('loads the Story URL with Refresh, and lists each change in editor language', async () => {
    const story = await (await fetch('/test/fixtures/story.json')).json();
    await control({ body: JSON.stringify(story) });
    let time = Date.now();
    // Every timer on this clock: the poller's, and the requests' timeouts (never fired here).
    const timers: { callback: () => void; ms: number }[] = [];
    setLiveClock({ now: () => time, setTimeout: (callback, ms) => timers.push({ callback, ms }), clearTimeout: () => undefined, random: () => 0.5 });
    const checks = () => timers.filter((timer) => timer.ms === 60_000);
    const bench = await fixture<NwWorkbench>(html`<nw-workbench></nw-workbench>`);
    bench.select('negotiation-status--full');
    await bench.updateComplete;
    const [url, refresh] = Array.from(bench.querySelectorAll<HTMLInputElement>('.toolbar input'));
    url!.value = `/__live/${file}`;
    url!.dispatchEvent(new Event('change'));
    refresh!.value = '60';
    refresh!.dispatchEvent(new Event('change'));
    await bench.updateComplete;
    const widget = bench.querySelector<StoryElement<unknown>>('.canvas negotiation-status')!;
    await waitUntil(() => widget.loadedStory?.id === 'fixture-talks', 'the widget never loaded the URL', { timeout: 5000 });
    // Once the widget has settled, its live code has loaded and the poller's timer is set.
    await widget.updateComplete;
    await bench.updateComplete;
    expect(checks().length, 'the poller waits for its next check').to.equal(1);
    expect(bench.embedCode).to.contain(`src="/__live/${file}"`).and.contain('refresh="60"');
    story.negotiation.events.push({ id: 'second-round', date: '2025-03-20', title: 'Second round', parties: ['north'], status: 'scheduled' });
    await control({ body: JSON.stringify(story) });
    time += 60_000;
    checks().forEach((timer) => timer.callback());
    await liveChecksSettled();
    await bench.updateComplete;
    const changes = bench.querySelector('.changes')!;
    expect(changes.textContent).to.contain('Event added: "Second round" (2025-03-20, scheduled)');
    await expect(changes).to.be.accessible();
  });
});
