// Every language's strings at once, for code that must format synchronously in any language
// (embedCode's fallback content). Widgets load one language on demand instead.
import { registerStrings, stringsFrom } from '../i18n.js';
import ar from './ar.json';
import de from './de.json';
import fr from './fr.json';
import uk from './uk.json';

let registered = false;

export function registerAllLanguages(): void {
  if (registered) return;
  registered = true;
  for (const [language, strings] of [['ar', ar], ['de', de], ['fr', fr], ['uk', uk]] as const) registerStrings(language, stringsFrom(strings));
}
