import { html, nothing } from 'lit';
import { partyColor } from '../shared/custom-properties.js';
import { formatPartialDate } from '../shared/format.js';
import { externalLink } from '../shared/link.js';
import { StoryElement } from '../shared/story-element.js';
import type { StoryLang } from '../shared/story-element.js';
import { buildQuoteModel, copyText } from './quote-model.js';
import { quoteCardStyles } from './quote-card.styles.js';
import type { PropertyValues, PropertyDeclarations } from 'lit';
import type { LoadResult } from '../data/errors.js';
import type { Story } from '../data/story.js';
import type { QuoteModel } from './quote-model.js';
import type { QUOTE_STRINGS } from './strings.js';

export type QuoteCardLayout = 'card' | 'pull' | 'compact';

/** `detail` of the `nw-copy` event. */
export interface NwCopyDetail {
  storyId: string | null;
  quoteId: string;
}

const LAYOUTS: readonly QuoteCardLayout[] = ['card', 'pull', 'compact'];

/** Built models by story, page language and quote id: the cards of a page share them. At most 1,000 a story (it holds at most 500 quotes). */

/**
 * A quote, verbatim, with who said it, when and where.
 *
 * Shows one quote of a story (`quote="ID"`, else the story's first) as `figure > blockquote`
 * with a `figcaption`: the article's words around the quotation marks (always, for words that do
 * not stand alone), name, role and party (the party only where the role does not already name it:
 * "Kremlin spokesman, Russia" but "US defence secretary"), venue and date. The `card` layout adds the issues
 * the quote is about and a quiet "Copy quote" button; `pull` is display type alone: words at
 * 1.375 to 2 times the text size with the container, the opening quotation mark hung outside the
 * words' edge, a short rule and a quiet attribution; `compact` is the words and one line of
 * attribution. No initials avatar unless `show-avatar`. Quotation marks, dates and UI strings follow the
 * page's language; the quote keeps the story's. Light-DOM content (a fallback blockquote) shows
 * until the card renders, and stays when the data fails.
 *
 * @tagname quote-card
 * @slot - Fallback content shown while loading and when the story cannot be shown.
 *
 * @csspart base - The outer wrapper (the container for container queries).
 * @csspart card - The card: quote, attribution, issue tags and actions.
 * @csspart text - The quoted words, in quotation marks (the opening one hung in the `pull` layout).
 * @csspart attribution - The `figcaption`: speaker mark, name, role, party, venue, date, source.
 * @csspart avatar - The speaker mark (initials in a circle).
 * @csspart copy-button - The "Copy quote" button.
 * @csspart error - The in-place error message: what is missing, in the reader's language; the developer detail folded under it.
 *
 * @cssprop [--nw-color-text] - Text colour.
 * @cssprop [--nw-color-muted] - Secondary text: context, role, date.
 * @cssprop [--nw-color-background] - Card background.
 * @cssprop [--nw-color-surface] - Issue tags and the speaker mark's fallback background.
 * @cssprop [--nw-color-border] - Card and tag borders.
 * @cssprop [--nw-color-accent] - Links, and the edge when the party has no colour.
 * @cssprop [--nw-color-focus] - Focus ring.
 * @cssprop [--nw-radius=0.5rem] - Corner radius.
 * @cssprop [--nw-space=1rem] - Base spacing.
 * @cssprop [--nw-font-family=inherit] - Font of the widget.
 * @cssprop [--nw-quote-font-family] - Font of the quoted words (defaults to `--nw-font-family`).
 *
 * @fires nw-error - The story or the quote could not be shown. `detail`: `{ storyId, code, message }`.
 * @fires nw-copy - The quote was copied to the clipboard. `detail`: `{ storyId, quoteId }`.
 */
export class QuoteCard extends StoryElement<QuoteModel, typeof QUOTE_STRINGS> {
  static override styles = [...StoryElement.styles, quoteCardStyles];

  static override properties: PropertyDeclarations = {
    quote: {},
    layout: { reflect: true, useDefault: true },
    hideContext: { attribute: 'hide-context', type: Boolean },
    hideSource: { attribute: 'hide-source', type: Boolean },
    showAvatar: { attribute: 'show-avatar', type: Boolean },
    copyStatus: { state: true },
  };

  /** Id of the quote to show; the story's first quote when unset. */
  quote?: string;

  /** `card` (a bordered card with the issues and a quiet "Copy quote"), `pull` (display type alone: a pull quote at 1.375 to 2 times the text size, hung quotation mark, short rule) or `compact` (the words and one line of attribution, for sidebars and lists). */
  layout: QuoteCardLayout = 'card';

  /**
   * Hides the article's framing words around the quote, except for a quote whose words do not
   * stand alone (the story's `needsContext`, or words that start mid-sentence): that framing always shows.
   */
  hideContext = false;

  /** Hides the source link. */
  hideSource = false;

  /** Shows the speaker mark (initials in a ring in the party's colour). Off by default: it is app furniture on a news page. */
  showAvatar = false;

  /** What the live region announces after a copy. */
  private copyStatus: '' | 'copied' | 'failed' = '';

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('quote') || changed.has('story') || changed.has('src') || changed.has('storyId')) {
      this.copyStatus = '';
    }
  }

  /** Readers are told what is missing; the detail goes to the console and `nw-error`. */
  protected override readerError(): string {
    return this.locale.strings.quoteUnavailable;
  }

  protected override buildModel(story: Story): LoadResult<QuoteModel> {
    return buildQuoteModel(story, this.quote, this.locale.strings);
  }

  protected override modelKey(): string {
    return this.quote ?? '';
  }


  async #handleCopy(): Promise<void> {
    const model = this.model;
    if (!model) return;
    const text = copyText(model, this.locale);
    let ok = await writeWithClipboardApi(text);
    if (!ok) {
      ok = copyWithTextarea(text);
      // The fallback selects a textarea outside the widget: give focus back to the button.
      this.renderRoot.querySelector<HTMLButtonElement>('.copy')?.focus();
    }
    // Clear first, so a second copy is announced again.
    this.copyStatus = '';
    await this.updateComplete;
    this.copyStatus = ok ? 'copied' : 'failed';
    if (ok) this.emit<Omit<NwCopyDetail, 'storyId'>>('nw-copy', { quoteId: model.id });
  }

  // The attribution inline and the copy icon as static markup: each nested template costs every
  // card a clone, a tree walk and an insertion.
  protected override renderModel(model: QuoteModel): unknown {
    // An unknown `layout` attribute shows the default.
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'card';
    const { strings } = this.locale;
    const { attribution: who } = model;
    const lang = this.storyLang(model.language);
    const meta = metaOf(who);
    // A quote that does not stand alone keeps its framing even where the page hides framing.
    const showContext = !this.hideContext || model.needsContext;
    return html`<div class="base layout-${layout}" part="base" lang=${this.pageLang}>
      <div class="card party-ink" part="card" data-party-color=${partyColor(who.color)}>
        <figure>
          ${model.context && showContext
            ? html`<p class="context" lang=${lang} dir="auto">${model.context}</p>`
            : nothing}
          <blockquote cite=${model.cite ?? nothing}>
            <p
              id="text"
              class="text"
              part="text"
              lang=${lang}
              dir="auto"
            ><span class="mark">${this.locale.quoteMarks[0]}</span>${model.text + this.locale.quoteMarks[1]}</p>
          </blockquote>
          ${model.contextAfter && showContext
            ? html`<p class="context context-after" lang=${lang} dir="auto">${model.contextAfter}</p>`
            : nothing}
          ${this.renderChanged('quotes', model.id)}
          <figcaption part="attribution">
            ${this.showAvatar ? html`<span class="avatar" part="avatar" aria-hidden="true">${who.initials}</span>` : nothing}
            <span class="who">
              <span class="name"><bdi lang=${lang}>${who.name}</bdi></span>
              ${meta ? html`<span class="meta"><bdi lang=${lang}>${meta}</bdi></span>` : nothing}
              ${this.#renderWhen(model, lang)}
              ${model.source && !this.hideSource
                ? html`<span class="source">${strings.source}: ${externalLink(model.source.url, model.source.label)}</span>`
                : nothing}
            </span>
          </figcaption>
        </figure>
        ${layout === 'card'
          ? html`<div class="footer">
              ${model.issues.length > 0
                ? html`<ul class="issues" aria-label=${strings.issues}>
                    ${model.issues.map((issue) => html`<li lang=${lang} dir="auto">${issue.title}</li>`)}
                  </ul>`
                : nothing}
              <div class="actions">
                <button class="copy" part="copy-button" type="button" @click=${this.#handleCopy}><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="1.5" d="M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3"/></svg><span>${strings.copyQuote}</span></button>
                <p class="status" role="status">${this.copyStatus ? strings[this.copyStatus === 'copied' ? 'copied' : 'copyFailed'] : nothing}</p>
              </div>
            </div>`
          : nothing}
      </div>
    </div>`;
  }

  /** Venue and date, each when known, as one template per combination. */
  #renderWhen(model: QuoteModel, lang: StoryLang): unknown {
    const { venue, date } = model;
    if (venue && date) {
      return html`<span class="when"><bdi lang=${lang}>${venue}</bdi>${this.locale.strings.listSeparator}<time datetime=${date}>${formatPartialDate(date, this.locale)}</time></span>`;
    }
    if (venue) return html`<span class="when"><bdi lang=${lang}>${venue}</bdi></span>`;
    if (date) return html`<span class="when"><time datetime=${date}>${formatPartialDate(date, this.locale)}</time></span>`;
    return nothing;
  }
}

/** Role and party: "Kremlin spokesman, Russia"; the model leaves the party out where the role names it ("US defence secretary"). */
function metaOf(who: QuoteModel['attribution']): string {
  return [who.role, who.party].filter(Boolean).join(', ');
}

async function writeWithClipboardApi(text: string): Promise<boolean> {
  try {
    // Throws where the API is missing, as where it is refused.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The fallback for pages without the Clipboard API (or where it is refused). */
function copyWithTextarea(text: string): boolean {
  const textarea = document.createElement('textarea');
  try {
    textarea.value = text;
    textarea.readOnly = true;
    textarea.setAttribute('aria-hidden', 'true');
    Object.assign(textarea.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '-9999px', opacity: '0' });
    document.body.append(textarea);
    textarea.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    textarea.remove();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCard;
  }
  interface HTMLElementEventMap {
    'nw-copy': CustomEvent<NwCopyDetail>;
  }
}
