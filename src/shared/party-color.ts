import { isServer, noChange, nothing } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { AttributePart } from 'lit/directive.js';
import type { Story } from '../data/story.js';

/**
 * Gives an element its party's colour as `--_party`, in a `data-party-color` attribute position.
 *
 * In the browser it writes through the CSSOM only (`style.setProperty`) and leaves the attribute
 * out: Lit's `styleMap` writes its first values as a `style` attribute, which a strict CSP
 * (`style-src 'self'`) blocks and reports. On the server there is no CSSOM: the attribute carries
 * the colour, and `serverPartyColors` turns every party colour into a rule for it.
 */
class PartyColorDirective extends Directive {
  private color?: string;

  render(color: string | undefined): unknown {
    return color ?? nothing;
  }

  override update(part: AttributePart, [color]: [string | undefined]): unknown {
    if (color !== this.color) {
      const { style } = part.element as HTMLElement;
      if (color == null) style.removeProperty('--_party');
      else style.setProperty('--_party', color);
      this.color = color;
    }
    return noChange;
  }
}

export const partyColor = directive(PartyColorDirective);

/**
 * Characters a validated colour can hold (see COLOR_PATTERN): nothing that can end a rule, a string
 * or the element. The only space is U+0020: a line break, tab, form feed or any other control
 * character is refused (CSS would end the rule at a newline in the attribute selector's string).
 */
const SAFE_COLOR = /^[#\w(),.%/ +-]+$/;

/**
 * On the server only: a `<style>` with one rule per party colour, matching the attribute
 * `partyColor` renders there, so server-rendered widgets keep their colours before any script runs.
 * The browser replaces the server's content on its first render and never creates this element.
 * The colours come from a validated story and are checked again here, character by character,
 * before they become static template text.
 */
export function serverPartyColors(story: Story): unknown {
  if (!isServer) return nothing;
  const rules = [...new Set(story.parties.map((party) => party.color))]
    .filter((color): color is string => !!color && SAFE_COLOR.test(color))
    .map((color) => `[data-party-color="${color}"]{--_party:${color}}`)
    .join('');
  return rules ? staticHtml`<style>${unsafeStatic(rules)}</style>` : nothing;
}
