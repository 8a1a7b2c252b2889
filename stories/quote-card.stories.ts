import { html, nothing } from 'lit';
import '../src/quote-card.js';
import { storybookTest, widgetScreen } from './play.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { QuoteCardLayout } from '../src/quote-card/quote-card.js';
import type { Theme } from '../src/shared/story-element.js';

/** The args of `<quote-card>`: its attributes and writable properties (see custom-elements.json). */
interface QuoteCardArgs {
  quote?: string;
  layout: QuoteCardLayout;
  theme: Theme;
  hideContext: boolean;
  hideSource: boolean;
  showAvatar: boolean;
  storyId?: string;
  src?: string;
  timeout?: number;
  story?: unknown;
  onNwError?: (event: Event) => void;
  onNwCopy?: (event: Event) => void;
}

const meta = {
  title: 'Widgets/quote-card',
  // The id part of every story id (`quote-card--pull`), the same in Storybook and the workbench.
  id: 'quote-card',
  component: 'quote-card',
  tags: ['autodocs'],
  args: {
    quote: 'trump-productive-call',
    layout: 'card',
    theme: 'page',
    hideContext: false,
    hideSource: false,
    showAvatar: false,
  },
  render: (args) => html`<quote-card
    quote=${args.quote || nothing}
    layout=${args.layout}
    theme=${args.theme}
    story-id=${args.storyId || nothing}
    src=${args.src || nothing}
    timeout=${args.timeout ?? nothing}
    ?hide-context=${args.hideContext}
    ?hide-source=${args.hideSource}
    ?show-avatar=${args.showAvatar}
    .story=${args.story}
    @nw-error=${args.onNwError}
    @nw-copy=${args.onNwCopy}
  ></quote-card>`,
} satisfies Meta<QuoteCardArgs>;

export default meta;
type Story = StoryObj<QuoteCardArgs>;

export const Card: Story = { name: 'Card (default)', args: { layout: 'card', quote: 'trump-productive-call' } };

export const Pull: Story = { name: 'Pull quote', args: { layout: 'pull', quote: 'hegseth-pre-2014-borders' } };

export const Compact: Story = { name: 'Compact, long quote', args: { layout: 'compact', quote: 'trump-work-together' } };

export const PartyQuote: Story = { name: 'Words attributed to a government', args: { quote: 'moscow-pure-fiction' } };

export const WithoutContext: Story = { name: 'Without context', args: { quote: 'trump-we-discussed', hideContext: true } };

export const FragmentKeepsContext: Story = {
  name: 'A fragment keeps its context, even with hide-context',
  args: { quote: 'moscow-pure-fiction', hideContext: true },
};

export const WithAvatar: Story = { name: 'With the speaker mark (show-avatar)', args: { quote: 'trump-we-discussed', showAvatar: true } };

export const Light: Story = { name: 'Light theme', args: { theme: 'light', quote: 'kallas-central-role' } };

export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark', quote: 'kallas-central-role' }, globals: { backgrounds: { value: 'dark' } } };

export const DarkPull: Story = {
  name: 'Dark theme, pull',
  args: { theme: 'dark', layout: 'pull', quote: 'zelenskyy-security-guarantees' },
  globals: { backgrounds: { value: 'dark' } },
};

export const German: Story = { name: 'German page', args: { quote: 'trump-we-discussed' }, globals: { lang: 'de' } };

export const ArabicRtl: Story = { name: 'Arabic page, right to left', args: { quote: 'baerbock-without-ukraine' }, globals: { lang: 'ar', dir: 'rtl' } };

export const FromSrc: Story = {
  name: 'Loaded by src',
  args: { src: './stories/us-russia-ukraine-talks-2025.json', quote: 'peskov-exchange-of-territory' },
};

/** A reader copies the quote: the button announces the result in its live region. */
export const CopyQuote: Story = {
  name: 'Reader copies the quote',
  args: { quote: 'kallas-central-role' },
  play: async ({ canvasElement, userEvent }) => {
    const { expect, waitFor } = storybookTest();
    const { screen } = await widgetScreen(canvasElement, 'quote-card');
    await userEvent.click(screen.getByRole('button', { name: 'Copy quote' }));
    // Copied, or (where the page may not write to the clipboard) the failure, said in the live region.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^(Copied|Could not copy)$/));
  },
};

export const UnknownQuote: Story = { name: 'Error: unknown quote id', args: { quote: 'no-such-quote' } };

export const UnknownStory: Story = { name: 'Error: unknown story id', args: { storyId: 'no-such-story', quote: undefined } };

/** The stories in the order they are written (a module namespace lists exports alphabetically); Storybook reads the same export. */
export const __namedExportsOrder = ['Card', 'Pull', 'Compact', 'PartyQuote', 'WithoutContext', 'FragmentKeepsContext', 'WithAvatar', 'Light', 'Dark', 'DarkPull', 'German', 'ArabicRtl', 'FromSrc', 'CopyQuote', 'UnknownQuote', 'UnknownStory'];
