import { html, nothing } from 'lit';
import '../src/negotiation-status.js';
import { storybookTest, widgetScreen } from './play.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { StatusLayout } from '../src/negotiation-status/negotiation-status.js';
import type { Theme } from '../src/shared/story-element.js';

/** The args of `<negotiation-status>`: its attributes and writable properties (see custom-elements.json). */
interface StatusArgs {
  layout: StatusLayout;
  theme: Theme;
  live: boolean;
  /** The clock `live` counts against (a time stamp or an ISO date-time); unset, the real clock. */
  now?: number | string;
  storyId?: string;
  src?: string;
  timeout?: number;
  story?: unknown;
  onNwError?: (event: Event) => void;
}

const meta = {
  title: 'Widgets/negotiation-status',
  // The id part of every story id (`negotiation-status--compact`), the same in Storybook and the workbench.
  id: 'negotiation-status',
  component: 'negotiation-status',
  tags: ['autodocs'],
  args: {
    layout: 'full',
    theme: 'page',
    live: false,
  },
  render: (args) => html`<negotiation-status
    layout=${args.layout}
    theme=${args.theme}
    ?live=${args.live}
    .now=${args.now === undefined || args.now === '' ? undefined : new Date(args.now)}
    story-id=${args.storyId || nothing}
    src=${args.src || nothing}
    timeout=${args.timeout ?? nothing}
    .story=${args.story}
    @nw-error=${args.onNwError}
  ></negotiation-status>`,
} satisfies Meta<StatusArgs>;

export default meta;
type Story = StoryObj<StatusArgs>;

export const Full: Story = { name: 'Full (default)', args: { layout: 'full' } };

export const Compact: Story = { name: 'Compact banner', args: { layout: 'compact' } };

export const Timeline: Story = { name: 'Timeline alone', args: { layout: 'timeline' } };

/** The column width is the page around the widget (the decorator's), not an attribute. */
export const Narrow: Story = { name: 'Full at 240 px', args: { layout: 'full' }, parameters: { columnWidth: 240 } };

/** A reader shows the earlier events the full layout folds away, then folds them again. */
export const ShowEarlier: Story = {
  name: 'Reader shows earlier events',
  args: { layout: 'full' },
  play: async ({ canvasElement, userEvent }) => {
    const { expect, waitFor } = storybookTest();
    const { screen } = await widgetScreen(canvasElement, 'negotiation-status');
    const toggle = screen.getByRole('button', { name: /earlier events/i });
    const shown = screen.getAllByRole('listitem').length;
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
    await waitFor(() => expect(screen.getAllByRole('listitem').length).toBeGreaterThan(shown));
    await userEvent.click(toggle);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(shown));
  },
};

export const Light: Story = { name: 'Light theme', args: { theme: 'light' } };

export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark' }, globals: { backgrounds: { value: 'dark' } } };

export const CompactDark: Story = { name: 'Compact, dark theme', args: { layout: 'compact', theme: 'dark' }, globals: { backgrounds: { value: 'dark' } } };

export const Live: Story = { name: 'Live, against a fixed clock', args: { live: true, now: '2025-02-13T12:00:00Z' } };

export const German: Story = { name: 'German page', args: {}, globals: { lang: 'de' } };

export const Arabic: Story = { name: 'Arabic page, right to left', args: {}, globals: { lang: 'ar', dir: 'rtl' } };

export const FromSrc: Story = { name: 'Loaded by src', args: { src: './stories/us-russia-ukraine-talks-2025.json' } };

export const UnknownStory: Story = { name: 'Error: unknown story id', args: { storyId: 'no-such-story' } };

/** The stories in the order they are written (a module namespace lists exports alphabetically); Storybook reads the same export. */
export const __namedExportsOrder = ['Full', 'Compact', 'Timeline', 'Narrow', 'ShowEarlier', 'Light', 'Dark', 'CompactDark', 'Live', 'German', 'Arabic', 'FromSrc', 'UnknownStory'];
