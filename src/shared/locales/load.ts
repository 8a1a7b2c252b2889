// How a language's strings arrive in the npm build: a dynamic import, which bundlers split
// into a chunk of its own. The CDN files use ./load-cdn.ts instead (see rollup.config.mjs).
import type { OtherLanguage } from '../i18n.js';

const MODULES: Record<OtherLanguage, () => Promise<{ default: unknown }>> = {
  de: () => import('./de.json'),
  fr: () => import('./fr.json'),
  uk: () => import('./uk.json'),
  ar: () => import('./ar.json'),
};

export async function fetchStrings(language: OtherLanguage): Promise<unknown> {
  return (await MODULES[language]()).default;
}
