import { html, nothing } from 'lit';
import { isHttpUrl } from '../data/validate.js';
import type { TemplateResult } from 'lit';

/**
 * Every link a widget renders (a story's source, a quote's source): opened outside the article
 * (`target="_blank"`, as on the iframe embed page), with neither `window.opener` nor the referrer
 * given to the linked site; the text takes its own direction. An address that is not http(s) renders as text: models check it
 * already, this is the last line.
 */
export function externalLink(href: string | undefined, content: unknown, lang?: string | typeof nothing, part?: string): TemplateResult {
  return isHttpUrl(href)
    ? html`<a href=${href} rel="noopener noreferrer" target="_blank" lang=${lang ?? nothing} dir="auto" part=${part ?? nothing}>${content}</a>`
    : html`<span lang=${lang ?? nothing} dir="auto">${content}</span>`;
}
