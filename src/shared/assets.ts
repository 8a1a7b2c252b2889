// The one way a widget loads a file of this library (asset-files.ts names them): the built-in
// stories and the other languages' strings in every build, the live code in the single-file
// bundles. In the CDN files each is fetched from beside the script and checked against the hash
// built into it, so an embed code's `integrity` on the script covers them too.
import { fetchText } from '../data/loader.js';
import { ASSET_FILES } from './asset-files.js';

/** Where a file beside the script is, with its hash (CDN builds). */
export const assetUrl = (name: string): { url: string; integrity: string } => {
  const [path, integrity] = ASSET_FILES[name] as readonly [string, string];
  return { url: new URL(path, import.meta.url).href, integrity };
};

/** The built-in stories' ids, from their files' names. */
export const builtInStoryFiles = (): string[] =>
  Object.keys(ASSET_FILES)
    .filter((name) => name.startsWith('stories/'))
    .map((name) => name.slice(8, -5));

/**
 * A JSON file of this library, e.g. `locales/de.json`. Rejects naming the file when it is missing,
 * blocked, not the one built (its hash), or has not arrived within the default timeout: a stalled
 * CDN must not keep a widget loading for ever.
 */
export async function fetchAsset(name: string): Promise<unknown> {
  const file = ASSET_FILES[name];
  if (typeof file === 'function') return (await file()).default;
  const { url, integrity } = assetUrl(name);
  const fetched = await fetchText(url, { integrity });
  try {
    if (fetched.ok) return JSON.parse(fetched.value.text);
  } catch {
    // Reported below, as any other failure.
  }
  throw new Error(`${url} could not be loaded: it is missing, blocked, or does not match the hash built into the script`);
}
