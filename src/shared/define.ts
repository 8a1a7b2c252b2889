/**
 * What has been warned about, shared by every copy of the library on the page (a second copy
 * has its own module state): a second copy warns once in all, not once per tag.
 */
const warned: Set<string> = ((globalThis as { [key: symbol]: Set<string> | undefined })[Symbol.for('negotiation-widgets.warned')] ??= new Set<string>());

/** Marks the library's classes, so a second copy of the library is told apart from a foreign owner of a tag. */
export const LIBRARY_BRAND = 'negotiation-widgets';

/**
 * For the Node entry points: on a server a second copy of this library is expected and harmless
 * (Next.js bundles server components and client components apart, each with its own copy, in one
 * process), so it keeps the first definition without a warning. Another library's tag still warns.
 */
export function expectSecondCopy(): void {
  warned.add('second copy');
}

/**
 * Registers a custom element without ever throwing into the host page. Registering what is already
 * registered does nothing; when the tag is taken (the same embed loaded twice, or another library
 * owning the name) it warns once and keeps the existing definition.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor) return;
  const ours = (existing as { brand?: unknown }).brand === LIBRARY_BRAND;
  const key = ours ? 'second copy' : tag;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    ours
      ? `negotiation-widgets: <${tag}> is already defined by another copy of negotiation-widgets (is the script on the page twice?); keeping the first.`
      : `negotiation-widgets: <${tag}> is already defined by another script; keeping that definition. To use both, register these widgets under other names: defineNegotiationWidgets({ prefix: 'nw' }) from 'negotiation-widgets/elements.js' gives <nw-${tag}>.`,
  );
}
