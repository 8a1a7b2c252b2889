import { html, nothing } from 'lit';
import '../src/position-matrix.js';
import type { TemplateResult } from 'lit';
import type { MatrixLayout } from '../src/position-matrix/position-matrix.js';
import type { Theme } from '../src/shared/story-element.js';

/** The attributes a story sets on `<position-matrix>`. */
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
  /** The width of the box around the element, e.g. "380px" (the auto layout follows it). */
  width?: string;
  /** The page language around the element (`lang` on a wrapper). */
  lang?: string;
  /** The page direction around the element. */
  dir?: 'ltr' | 'rtl';
}

interface Story {
  name: string;
  args: Partial<PositionMatrixArgs>;
  render: (args: PositionMatrixArgs) => TemplateResult;
}

function render(args: PositionMatrixArgs): TemplateResult {
  // The story's box width is demo scaffolding around the widget, not part of the widget.
  return html`<div lang=${args.lang || nothing} dir=${args.dir || nothing} style=${args.width ? `max-width: ${args.width}` : nothing}>
    <position-matrix
      parties=${args.parties || nothing}
      issues=${args.issues || nothing}
      highlight=${args.highlight || nothing}
      caption=${args.caption || nothing}
      description=${args.description || nothing}
      layout=${args.layout}
      theme=${args.theme}
      story-id=${args.storyId || nothing}
      src=${args.src || nothing}
      ?show-summary=${args.showSummary}
    ></position-matrix>
  </div>`;
}

export default {
  title: 'Widgets/position-matrix',
  component: 'position-matrix',
  args: {
    layout: 'auto',
    theme: 'page',
    showSummary: false,
  } satisfies PositionMatrixArgs,
  argTypes: {
    parties: { control: 'text', description: 'Comma-separated party ids: rows and their order (default: all).' },
    issues: { control: 'text', description: 'Comma-separated issue ids: columns and their order (default: all).' },
    highlight: { control: 'text', description: 'A party id whose row is emphasised.' },
    caption: { control: 'text', description: 'Replaces the caption (default: the story headline).' },
    description: { control: 'text', description: 'Replaces the generated summary sentence.' },
    layout: { control: 'inline-radio', options: ['auto', 'table', 'list'] },
    theme: { control: 'inline-radio', options: ['page', 'light', 'dark', 'auto'] },
    showSummary: { control: 'boolean' },
    storyId: { control: 'text', description: 'Id of a built-in story (the story-id attribute).' },
    src: { control: 'text' },
    width: { control: 'text', description: 'Width of the box around the widget, e.g. 380px.' },
  },
  render,
};

export const Auto: Story = { name: 'Auto layout (default)', args: {}, render };

export const Table: Story = { name: 'Table', args: { layout: 'table' }, render };

export const List: Story = { name: 'List', args: { layout: 'list' }, render };

export const Narrow: Story = { name: 'Auto layout in a 380 px column', args: { width: '380px' }, render };

export const Filtered: Story = {
  name: 'Filtered and reordered',
  args: { parties: 'ukraine,us,russia', issues: 'immediate-negotiations,nato-membership,kursk-territory-swap', caption: 'Where the three main parties stand' },
  render,
};

export const Highlighted: Story = { name: 'Highlighted row', args: { highlight: 'ukraine' }, render };

export const WithSummaries: Story = { name: 'With one-line summaries', args: { layout: 'table', showSummary: true }, render };

export const Light: Story = { name: 'Light theme', args: { theme: 'light', layout: 'table' }, render };

export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark', layout: 'table', highlight: 'us' }, render };

export const DarkList: Story = { name: 'Dark theme, list', args: { theme: 'dark', layout: 'list' }, render };

export const German: Story = { name: 'German page', args: { lang: 'de' }, render };

export const ArabicRtl: Story = { name: 'Arabic page, right to left', args: { lang: 'ar', dir: 'rtl', layout: 'table' }, render };

export const FromSrc: Story = { name: 'Loaded by src', args: { src: './stories/us-russia-ukraine-talks-2025.json' }, render };

export const UnknownParty: Story = { name: 'Error: unknown party id', args: { parties: 'us,narnia' }, render };

export const UnknownIssue: Story = { name: 'Error: unknown issue id', args: { issues: 'moon-base' }, render };

export const UnknownStory: Story = { name: 'Error: unknown story id', args: { storyId: 'no-such-story' }, render };

/** The stories in the order they are written (a module namespace lists exports alphabetically); Storybook reads the same export. */
export const __namedExportsOrder = ['Auto', 'Table', 'List', 'Narrow', 'Filtered', 'Highlighted', 'WithSummaries', 'Light', 'Dark', 'DarkList', 'German', 'ArabicRtl', 'FromSrc', 'UnknownParty', 'UnknownIssue', 'UnknownStory'];
