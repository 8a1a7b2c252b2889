import { html } from 'lit';
import { StoryElement } from '../shared/story-element.js';
import type { LoadResult } from '../data/errors.js';
import type { Story } from '../data/story.js';

/**
 * Placeholder until the widget's issue lands.
 *
 * @fires nw-error - The story could not be shown. `detail`: `{ storyId, code, message }`.
 */
export class NegotiationStatus extends StoryElement<Story> {
  protected override buildModel(story: Story): LoadResult<Story> {
    return { ok: true, value: story };
  }

  protected override renderModel(story: Story): unknown {
    return html`<div class="base" part="base"><p lang=${story.language}>${story.headline}</p></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'negotiation-status': NegotiationStatus;
  }
}
