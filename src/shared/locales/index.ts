// Every language's strings at once, for code that must format synchronously in any language
// (embedCode's fallback content). Widgets load one language on demand instead.
import { registerStrings } from '../i18n.js';
import ar from './ar.js';
import de from './de.js';
import fr from './fr.js';
import uk from './uk.js';

let registered = false;

export function registerAllLanguages(): void {
  if (registered) return;
  registered = true;
  for (const [language, strings] of [['ar', ar], ['de', de], ['fr', fr], ['uk', uk]] as const) registerStrings(language, strings);
}
