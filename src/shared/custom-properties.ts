import { isServer, noChange, nothing } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { AttributePart } from 'lit/directive.js';
import type { Story } from '../data/story.js';

type Properties = Readonly<Record<string, string | undefined>>;

/**
 * Sets CSS custom properties (`{ '--_party': colour }`) on an element through the CSSOM only, from
 * an attribute position. Lit's `styleMap` writes its first values as a `style` attribute, which a
 * strict CSP (`style-src 'self'`) blocks and reports (Firefox does); `style.setProperty` is allowed.
 * On the server there is no CSSOM: the attribute gets `serverValue` (or is left out), for a rule
 * that matches it (`serverPartyColors`).
 */
class CustomPropertiesDirective extends Directive {
  private values: Properties = {};

  render(_properties: Properties, serverValue?: string): unknown {
    return serverValue ?? nothing;
  }

  override update(part: AttributePart, [properties]: [Properties, string?]): unknown {
    const { style } = part.element as HTMLElement;
    // On every render: setting a property to the value it holds is cheap (no style change).
    for (const name in { ...this.values, ...properties }) {
      const value = properties[name];
      if (value == null) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    this.values = properties;
    return noChange;
  }
}

export const customProperties = directive(CustomPropertiesDirective);

/** A party's colour as `--_party`, in a `data-party-color` attribute position (the attribute only on the server). */
export const partyColor = (color: string | undefined) => customProperties({ '--_party': color }, color);

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
