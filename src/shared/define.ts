const warned = new Set<string>();

/**
 * Registers a custom element once. The same script loaded twice is a no-op; a different class
 * already owning the tag (another version of the library, or another library) gets one warning
 * instead of the exception `customElements.define` would throw into the host page.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`negotiation-widgets: <${tag}> is already defined by another script; keeping that definition.`);
  }
}
