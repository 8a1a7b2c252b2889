import { html, nothing } from 'lit';
import '../src/quote-card.js';
import type { TemplateResult } from 'lit';
import type { QuoteCardLayout } from '../src/quote-card/quote-card.js';
import type { Theme } from '../src/shared/story-element.js';

/** The attributes a story sets on `<quote-card>`. */
interface QuoteCardArgs {
  quote?: string;
  layout: QuoteCardLayout;
  theme: Theme;
  hideContext: boolean;
  hideSource: boolean;
  storyId?: string;
  src?: string;
  /** The page language around the element (`lang` on a wrapper). */
  lang?: string;
  /** The page direction around the element. */
  dir?: 'ltr' | 'rtl';
}

interface Story {
  name: string;
  args: Partial<QuoteCardArgs>;
  render: (args: QuoteCardArgs) => TemplateResult;
}

function render(args: QuoteCardArgs): TemplateResult {
  return html`<div lang=${args.lang || nothing} dir=${args.dir || nothing}>
    <quote-card
      quote=${args.quote || nothing}
      layout=${args.layout}
      theme=${args.theme}
      story-id=${args.storyId || nothing}
      src=${args.src || nothing}
      ?hide-context=${args.hideContext}
      ?hide-source=${args.hideSource}
    ></quote-card>
  </div>`;
}

export default {
  title: 'Widgets/quote-card',
  component: 'quote-card',
  args: {
    quote: 'trump-productive-call',
    layout: 'card',
    theme: 'page',
    hideContext: false,
    hideSource: false,
  } satisfies QuoteCardArgs,
  argTypes: {
    quote: { control: 'text', description: 'Id of the quote; the story’s first quote when empty.' },
    layout: { control: 'inline-radio', options: ['card', 'pull', 'compact'] },
    theme: { control: 'inline-radio', options: ['page', 'light', 'dark', 'auto'] },
    hideContext: { control: 'boolean' },
    hideSource: { control: 'boolean' },
    storyId: { control: 'text', description: 'Id of a built-in story (the story-id attribute).' },
    src: { control: 'text' },
  },
  render,
};

export const Card: Story = { name: 'Card (default)', args: { layout: 'card', quote: 'trump-productive-call' }, render };

export const Pull: Story = { name: 'Pull quote', args: { layout: 'pull', quote: 'hegseth-pre-2014-borders' }, render };

export const Compact: Story = { name: 'Compact, long quote clamped', args: { layout: 'compact', quote: 'trump-work-together' }, render };

export const PartyQuote: Story = { name: 'Words attributed to a government', args: { quote: 'moscow-pure-fiction' }, render };

export const WithoutContext: Story = { name: 'Without context', args: { quote: 'trump-productive-call', hideContext: true }, render };

export const Light: Story = { name: 'Light theme', args: { theme: 'light', quote: 'kallas-central-role' }, render };

export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark', quote: 'kallas-central-role' }, render };

export const DarkPull: Story = { name: 'Dark theme, pull', args: { theme: 'dark', layout: 'pull', quote: 'zelenskyy-security-guarantees' }, render };

export const German: Story = { name: 'German page', args: { lang: 'de', quote: 'trump-we-discussed' }, render };

export const ArabicRtl: Story = { name: 'Arabic page, right to left', args: { lang: 'ar', dir: 'rtl', quote: 'baerbock-without-ukraine' }, render };

export const FromSrc: Story = {
  name: 'Loaded by src',
  args: { src: './stories/us-russia-ukraine-talks-2025.json', quote: 'peskov-exchange-of-territory' },
  render,
};

export const UnknownQuote: Story = { name: 'Error: unknown quote id', args: { quote: 'no-such-quote' }, render };

export const UnknownStory: Story = { name: 'Error: unknown story id', args: { storyId: 'no-such-story', quote: undefined }, render };

/** The stories in the order they are written (a module namespace lists exports alphabetically); Storybook reads the same export. */
export const __namedExportsOrder = ['Card', 'Pull', 'Compact', 'PartyQuote', 'WithoutContext', 'Light', 'Dark', 'DarkPull', 'German', 'ArabicRtl', 'FromSrc', 'UnknownQuote', 'UnknownStory'];
