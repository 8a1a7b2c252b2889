/**
 * The iframe embed page (`dist/embed/index.html`): reads the widget and its attributes from the
 * query string, refuses anything it does not know with a visible message, renders the widget
 * alone, and tells the parent page its height. The widgets come from `../cdn/negotiation-widgets.js`,
 * loaded by the page beside this script.
 */
import { SIZE_MESSAGE, isSizeRequest } from './messages.js';
import { readParameters, readPolicy } from './page-parameters.js';
import type { EmbedSizeMessage } from './messages.js';

function start(): void {
  const root = document.documentElement;
  const main = document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
  const id = new URLSearchParams(location.search).get('id');
  const meta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
  const setup = readParameters(location.search, location.href, readPolicy(meta('nw-story-origins'), meta('nw-text-parameters')));
  if (!setup.ok) {
    const message = document.createElement('p');
    message.className = 'embed-error';
    message.setAttribute('role', 'alert');
    message.textContent = `This embed could not be shown. ${setup.message}`;
    main.append(message);
    console.warn(`negotiation-widgets embed: ${setup.message}`);
    reportSize(main, id);
    return;
  }
  if (setup.lang) root.lang = setup.lang;
  if (setup.dir) root.dir = setup.dir;
  const element = document.createElement(setup.widget) as HTMLElement & { updateComplete?: Promise<unknown> };
  for (const [name, value] of setup.attributes) element.setAttribute(name, value);
  // The page's own colour scheme follows the widget's theme, so the background matches it.
  root.dataset['theme'] = element.getAttribute('theme') ?? 'page';
  main.append(element);
  // Report once the widget has settled: while the CDN file fetches the built-in story, the widget
  // is an empty loading box, and reporting that height would collapse the frame for a moment.
  void customElements
    .whenDefined(setup.widget)
    .then(() => element.updateComplete)
    .then(() => reportSize(main, id));
}

/** Posts the height whenever it changes, as this library's message and as AMP's `embed-size` request. */
function reportSize(main: HTMLElement, id: string | null): void {
  if (window.parent === window) return;
  let last = -1;
  const height = () => Math.ceil(main.getBoundingClientRect().height);
  // The parent's origin is unknown (any publisher may frame the page) and a height is no secret: post to any.
  const post = (force: boolean) => {
    const value = height();
    // Zero is the page before the widget is defined: reporting it would collapse the frame for a moment.
    if (value === 0 || (value === last && !force)) return;
    last = value;
    const message: EmbedSizeMessage = { type: SIZE_MESSAGE, id, height: value };
    window.parent.postMessage(message, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: value }, '*');
  };
  new ResizeObserver(() => post(false)).observe(main);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isSizeRequest(event.data)) post(true);
  });
}

start();
