// How a language's strings arrive in the CDN files: as JSON beside the script, fetched with the
// Subresource Integrity hash built into the script. An embed code's `integrity` on the script
// thereby covers the strings too, and they are data, never code.
import { LOCALE_FILES } from './locale-files.js';
import type { OtherLanguage } from '../i18n.js';

export async function fetchStrings(language: OtherLanguage): Promise<unknown> {
  const url = new URL(`${LOCALE_FILES.base}${language}.json`, import.meta.url);
  // A stalled CDN must not keep the widget in its loading state: after 10 s it shows English.
  const response = await fetch(url, { integrity: LOCALE_FILES.integrity[language], credentials: 'omit', signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return response.json();
}
