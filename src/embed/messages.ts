/**
 * The messages between the iframe embed page and the host page (`resize.js`, AMP). Documented in
 * docs/embedding.md ("The size messages"); the names are a public contract.
 */

/** Posted by the embed page to its parent whenever its height changes, and on request. */
export interface EmbedSizeMessage {
  type: 'nw-embed-size';
  /** The `id` query parameter of the embed page, or `null`: tells several embeds apart. */
  id: string | null;
  /** The page's content height in CSS pixels, rounded up. */
  height: number;
}

/** Sent by a host page to ask an embed for its height (the embed answers with an `EmbedSizeMessage`). */
export interface EmbedSizeRequest {
  type: 'nw-embed-size-request';
}

export const SIZE_MESSAGE = 'nw-embed-size';
export const SIZE_REQUEST = 'nw-embed-size-request';

/** Heights beyond this are refused: no widget is that tall, and a page must not be stretched by a bad message. */
export const MAX_HEIGHT = 20_000;

export function isSizeMessage(data: unknown): data is EmbedSizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Partial<EmbedSizeMessage>;
  return type === SIZE_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT;
}

export function isSizeRequest(data: unknown): data is EmbedSizeRequest {
  return typeof data === 'object' && data !== null && (data as Partial<EmbedSizeRequest>).type === SIZE_REQUEST;
}
