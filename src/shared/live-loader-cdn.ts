// How the single-file CDN bundles get their live code (`refresh`): a classic script beside them,
// live/negotiation-widgets-live.js, loaded the first time a widget refreshes, once per page, with
// the sha384 hash built into the bundle. An embed code's `integrity` on the bundle thereby covers
// this code too, as it covers the built-in story and the language files; pages whose widgets do
// not refresh never download it. The bundle hands the file what it shares with it (live-deps.ts)
// on the <script> element, and the file hands its exports back there (live-code.ts).
import * as liveDeps from './live-deps.js';
import { LIVE_FILE } from './live-file.js';
import type { LiveController } from './live-controller.js';

export interface LiveCode {
  LiveController: typeof LiveController;
}

/** The element that runs the live code: what the bundle gives it, and what it gives back. */
export interface LiveScript extends HTMLScriptElement {
  nwLiveDeps?: typeof liveDeps;
  nwLive?: LiveCode;
}

/** The Trusted Types API, where the browser has it (not in TypeScript's DOM types yet). */
interface TrustedTypesApi {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): unknown };
}

/** Trusted Types policy name: a page enforcing Trusted Types must allow it (`trusted-types … negotiation-widgets`). */
const POLICY = 'negotiation-widgets';

let pending: Promise<LiveCode> | undefined;

/** Resolves with the live code; rejects (once per page: the failure is kept) naming the file. */
export function loadLiveCode(): Promise<LiveCode> {
  pending ??= new Promise((resolve, reject) => {
    const url = new URL(LIVE_FILE.path, import.meta.url).href;
    const fail = () =>
      reject(new Error(`The live-update code ${url} could not be loaded: it is missing, blocked, or does not match the hash built into the script (host the live/ folder beside the script, unchanged)`));
    try {
      const script = document.createElement('script') as LiveScript;
      script.nwLiveDeps = liveDeps;
      script.integrity = LIVE_FILE.integrity;
      script.crossOrigin = 'anonymous';
      script.onload = () => {
        script.remove();
        if (script.nwLive) resolve(script.nwLive);
        else fail();
      };
      script.onerror = () => {
        script.remove();
        fail();
      };
      const trustedTypes = (window as { trustedTypes?: TrustedTypesApi }).trustedTypes;
      // Throws where the page's `trusted-types` directive does not allow the policy: live updates are off then.
      const policy = trustedTypes?.createPolicy(POLICY, {
        createScriptURL: (input) => {
          if (input !== url) throw new TypeError(`${POLICY} loads only ${url}`);
          return input;
        },
      });
      script.src = (policy ? policy.createScriptURL(url) : url) as string;
      (document.head ?? document.documentElement).append(script);
    } catch {
      fail();
    }
  });
  return pending;
}
