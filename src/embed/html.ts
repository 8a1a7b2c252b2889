/** Text and attribute values written into HTML by hand, and JSON put inside a `<script>` element. */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a value for HTML text and for a quoted attribute value alike. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * JSON for a `<script type="application/json">` element: every `<` becomes `\u003c`, so no
 * `</script>` or `<!--` in the data can end or change the script element. `JSON.parse` reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** ` name="value"` for a string, ` name` for `true`, nothing for `false`, `null` or `undefined`. */
export function attribute(name: string, value: string | number | boolean | null | undefined): string {
  if (value === true) return ` ${name}`;
  if (value === false || value === null || value === undefined) return '';
  return ` ${name}="${escapeHtml(value)}"`;
}
