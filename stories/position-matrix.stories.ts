import { html, nothing } from 'lit';
import '../src/position-matrix.js';
import { storybookTest, widgetScreen } from './play.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { MatrixLayout } from '../src/position-matrix/position-matrix.js';
import type { Theme } from '../src/shared/story-element.js';

/** The args of `<position-matrix>`: its attributes and writable properties (see custom-elements.json). */
interface PositionMatrixArgs {
  parties?: string;
  issues?: string;
  highlight?: string;
  caption?: string;
  description?: string;
  layout: MatrixLayout;
  theme: Theme;
  showSummary: boolean;
  storyId?: string;
  src?: string;
  timeout?: number;
  story?: unknown;
  onNwError?: (event: Event) => void;
  onNwSelect?: (event: Event) => void;
}

const meta = {
  title: 'Widgets/position-matrix',
  // The id part of every story id (`position-matrix--table`), the same in Storybook and the workbench.
  id: 'position-matrix',
  component: 'position-matrix',
  tags: ['autodocs'],
  args: {
    layout: 'auto',
    theme: 'page',
    showSummary: false,
  },
  render: (args) => html`<position-matrix
    parties=${args.parties || nothing}
    issues=${args.issues || nothing}
    highlight=${args.highlight || nothing}
    caption=${args.caption || nothing}
    description=${args.description || nothing}
    layout=${args.layout}
    theme=${args.theme}
    story-id=${args.storyId || nothing}
    src=${args.src || nothing}
    timeout=${args.timeout ?? nothing}
    ?show-summary=${args.showSummary}
    .story=${args.story}
    @nw-error=${args.onNwError}
    @nw-select=${args.onNwSelect}
  ></position-matrix>`,
} satisfies Meta<PositionMatrixArgs>;

export default meta;
type Story = StoryObj<PositionMatrixArgs>;

export const Auto: Story = { name: 'Auto layout (default)', args: {} };

export const Table: Story = { name: 'Table', args: { layout: 'table' } };

export const Compact: Story = { name: 'Compact: one block per issue', args: { layout: 'compact' } };

export const List: Story = { name: 'List', args: { layout: 'list' } };

/** The column width is the page around the widget (the decorator's), not an attribute. */
export const Narrow: Story = { name: 'Auto layout in a 380 px column', args: {}, parameters: { columnWidth: 380 } };

/** A phone: still a grid, its short names on their side. */
export const Phone: Story = { name: 'Auto layout in a 320 px column', args: {}, parameters: { columnWidth: 320 } };

export const Filtered: Story = {
  name: 'Filtered and reordered',
  args: { parties: 'ukraine,us,russia', issues: 'immediate-negotiations,nato-membership,kursk-territory-swap', caption: 'Where the three main parties stand' },
};

export const Highlighted: Story = { name: 'Highlighted column', args: { highlight: 'ukraine' } };

export const WithSummaries: Story = { name: 'With one-line summaries', args: { layout: 'table', showSummary: true } };

/** A reader opens a cell's evidence, then closes it with Escape: focus goes back to the cell. */
export const OpenCell: Story = {
  name: 'Reader opens a cell',
  args: { layout: 'table' },
  play: async ({ canvasElement, userEvent }) => {
    const { expect, waitFor } = storybookTest();
    const { widget, screen } = await widgetScreen(canvasElement, 'position-matrix');
    const [cell] = screen.getAllByRole('button', { expanded: false });
    await userEvent.click(cell!);
    await waitFor(() => expect(cell).toHaveAttribute('aria-expanded', 'true'));
    // The evidence panel takes focus.
    await waitFor(() => expect(widget.shadowRoot!.activeElement).not.toBe(cell));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(cell).toHaveAttribute('aria-expanded', 'false'));
    await waitFor(() => expect(widget.shadowRoot!.activeElement).toBe(cell));
  },
};

export const Light: Story = { name: 'Light theme', args: { theme: 'light', layout: 'table' } };

export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark', layout: 'table', highlight: 'us' }, globals: { backgrounds: { value: 'dark' } } };

export const DarkList: Story = { name: 'Dark theme, list', args: { theme: 'dark', layout: 'list' }, globals: { backgrounds: { value: 'dark' } } };

export const German: Story = { name: 'German page', args: {}, globals: { lang: 'de' } };

export const ArabicRtl: Story = { name: 'Arabic page, right to left', args: { layout: 'table' }, globals: { lang: 'ar', dir: 'rtl' } };

export const FromSrc: Story = { name: 'Loaded by src', args: { src: './stories/us-russia-ukraine-talks-2025.json' } };

export const UnknownParty: Story = { name: 'Error: unknown party id', args: { parties: 'us,narnia' } };

export const UnknownIssue: Story = { name: 'Error: unknown issue id', args: { issues: 'moon-base' } };

export const UnknownStory: Story = { name: 'Error: unknown story id', args: { storyId: 'no-such-story' } };

/** The stories in the order they are written (a module namespace lists exports alphabetically); Storybook reads the same export. */
export const __namedExportsOrder = ['Auto', 'Table', 'Compact', 'List', 'Narrow', 'Phone', 'Filtered', 'Highlighted', 'WithSummaries', 'OpenCell', 'Light', 'Dark', 'DarkList', 'German', 'ArabicRtl', 'FromSrc', 'UnknownParty', 'UnknownIssue', 'UnknownStory'];
