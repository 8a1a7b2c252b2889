/**
 * Text safe to print on a terminal: C0 and C1 control characters (ESC, BEL, CR, line breaks…),
 * DEL, and the bidirectional overrides and isolates that reorder what a line seems to say are
 * written as `\u001b`-style escapes.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
