/**
 * `dist/embed/resize.js`: the host-page script for iframe embeds. Sets each `iframe[data-nw-embed]`
 * to the height its embed page reports, taking a message only from that iframe's window and from
 * the origin of its `src`, so no other frame or page can resize anything.
 */
import { SIZE_REQUEST, isSizeMessage } from './messages.js';
import type { EmbedSizeRequest } from './messages.js';

const SELECTOR = 'iframe[data-nw-embed]';

function originOf(frame: HTMLIFrameElement): string | undefined {
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return undefined;
  }
}

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  return Array.from(document.querySelectorAll<HTMLIFrameElement>(SELECTOR)).find((frame) => frame.contentWindow === source);
}

window.addEventListener('message', (event) => {
  if (!isSizeMessage(event.data)) return;
  const frame = frameOf(event.source);
  if (!frame || event.origin !== originOf(frame)) return;
  frame.style.height = `${Math.ceil(event.data.height)}px`;
});

// Embeds that loaded before this script reported to nobody: ask them again. The request carries
// nothing, so it may go to any origin (a frame still loading is at about:blank).
const request: EmbedSizeRequest = { type: SIZE_REQUEST };
for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>(SELECTOR))) frame.contentWindow?.postMessage(request, '*');
