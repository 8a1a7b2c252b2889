import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/negotiation-status.js';
import type { TemplateResult } from 'lit';
import type { StatusLayout } from '../src/negotiation-status/negotiation-status.js';
import type { Theme } from '../src/shared/story-element.js';

interface StatusArgs {
  layout: StatusLayout;
  theme: Theme;
  live: boolean;
  /** ISO date-time for `now`; empty for the real clock. */
  now: string;
  storyId: string;
  src: string;
  /** The page language around the widget (`lang` on a wrapper); unset, the page's own. */
  lang?: string;
  /** The page direction around the widget; unset, the page's own. */
  dir?: 'ltr' | 'rtl';
  /** Container width in px; 0 for the full width. */
  width: number;
}

interface StatusStory {
  name: string;
  args: Partial<StatusArgs>;
  render: (args: StatusArgs) => TemplateResult;
}

function render(args: StatusArgs): TemplateResult {
  const now = args.now ? new Date(args.now) : undefined;
  const wrapper = styleMap(args.width > 0 ? { inlineSize: `${args.width}px` } : {});
  return html`<div lang=${args.lang || nothing} dir=${args.dir || nothing} style=${wrapper}>
    <negotiation-status
      layout=${args.layout}
      theme=${args.theme}
      ?live=${args.live}
      .now=${now}
      story-id=${args.storyId || nothing}
      src=${args.src || nothing}
    ></negotiation-status>
  </div>`;
}

export default {
  title: 'Widgets/negotiation-status',
  component: 'negotiation-status',
  args: {
    layout: 'full',
    theme: 'page',
    live: false,
    now: '',
    storyId: '',
    src: '',
    width: 0,
  } satisfies StatusArgs,
  argTypes: {
    layout: { control: 'inline-radio', options: ['full', 'compact', 'timeline'], description: 'What to show.' },
    theme: { control: 'inline-radio', options: ['page', 'light', 'dark', 'auto'], description: 'Colour scheme.' },
    live: { control: 'boolean', description: 'Count days and "next" against `now` instead of the story’s `asOf`.' },
    now: { control: 'text', description: 'The clock `live` counts against (ISO date-time); empty for the real clock.' },
    storyId: { control: 'text', description: 'Id of a built-in story (`story-id`).' },
    src: { control: 'text', description: 'URL of a story JSON file.' },
    lang: { control: 'select', options: ['en', 'de', 'fr', 'uk', 'ar'], description: 'The page language around the widget.' },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'], description: 'The page direction around the widget.' },
    width: { control: { type: 'range', min: 0, max: 1000, step: 20 }, description: 'Container width in px (0: full width).' },
  },
};

export const Full: StatusStory = { name: 'Full (default)', args: { layout: 'full' }, render };

export const Compact: StatusStory = { name: 'Compact banner', args: { layout: 'compact' }, render };

export const Timeline: StatusStory = { name: 'Timeline alone', args: { layout: 'timeline' }, render };

export const Narrow: StatusStory = { name: 'Full at 240 px', args: { layout: 'full', width: 240 }, render };

export const Light: StatusStory = { name: 'Light theme', args: { theme: 'light' }, render };

export const Dark: StatusStory = { name: 'Dark theme', args: { theme: 'dark' }, render };

export const CompactDark: StatusStory = { name: 'Compact, dark theme', args: { layout: 'compact', theme: 'dark' }, render };

export const Live: StatusStory = {
  name: 'Live, against a fixed clock',
  args: { live: true, now: '2025-02-13T12:00:00Z' },
  render,
};

export const German: StatusStory = { name: 'German page', args: { lang: 'de' }, render };

export const Arabic: StatusStory = { name: 'Arabic page, right to left', args: { lang: 'ar', dir: 'rtl' }, render };

export const FromSrc: StatusStory = {
  name: 'Loaded by src',
  args: { src: './stories/us-russia-ukraine-talks-2025.json' },
  render,
};

export const UnknownStory: StatusStory = { name: 'Error: unknown story id', args: { storyId: 'no-such-story' }, render };

/** The stories in the order they are written (a module namespace lists exports alphabetically); Storybook reads the same export. */
export const __namedExportsOrder = ['Full', 'Compact', 'Timeline', 'Narrow', 'Light', 'Dark', 'CompactDark', 'Live', 'German', 'Arabic', 'FromSrc', 'UnknownStory'];
