import { noChange, nothing } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { AttributePart } from 'lit/directive.js';

type Properties = Readonly<Record<string, string | undefined>>;

/**
 * Sets CSS custom properties (`{ '--_party': colour }`) on an element through the CSSOM only, in its
 * `style` attribute position. Lit's `styleMap` writes its first values as a `style` attribute, which
 * a strict CSP (`style-src 'self'`) blocks and reports (Firefox does); `style.setProperty` is allowed.
 */
class CustomPropertiesDirective extends Directive {
  private names = new Set<string>();

  render(_properties: Properties): unknown {
    return nothing;
  }

  override update(part: AttributePart, [properties]: [Properties]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) {
      if (properties[name] == null) {
        style.removeProperty(name);
        this.names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.names.add(name);
    }
    return noChange;
  }
}

export const customProperties = directive(CustomPropertiesDirective);
