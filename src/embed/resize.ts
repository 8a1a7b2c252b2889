/**
 * `dist/embed/resize.js`: the host-page script for iframe embeds. Makes each `iframe[data-nw-embed]`
 * fill its column and sets it to the height its embed page reports, taking a message only from that
 * iframe's window and from the origin of its `src`, so no other frame or page can resize anything.
 * Sizes are set through the CSSOM (`style.width`), which a Content-Security-Policy without
 * 'unsafe-inline' allows, unlike a `style` attribute in the markup.
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
  fillColumn(frame);
  frame.style.height = `${Math.ceil(event.data.height)}px`;
});

/**
 * The snippet's `width` (HTML allows only pixels there) is a phone-safe start: the frame fills its
 * column instead, without the default border (the obsolete `frameborder` is not in the snippet).
 */
function fillColumn(frame: HTMLIFrameElement): void {
  if (frame.style.width === '100%') return;
  frame.style.width = '100%';
  frame.style.border = '0';
}

// Embeds that loaded before this script reported to nobody: ask them again. The request carries
// nothing, so it may go to any origin (a frame still loading is at about:blank).
const request: EmbedSizeRequest = { type: SIZE_REQUEST };
for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>(SELECTOR))) {
  fillColumn(frame);
  frame.contentWindow?.postMessage(request, '*');
}
