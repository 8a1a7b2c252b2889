// Where the CDN files find the language files, and their sha256 hashes: written by the CDN
// builds (rollup.config.mjs, cdnLocales), which also write the files. These are placeholders.
import type { OtherLanguage } from '../i18n.js';

export const LOCALE_FILES: { base: string; integrity: Partial<Record<OtherLanguage, string>> } = { base: './locales/', integrity: {} };
