// How the single-file CDN bundles get their live code (`refresh`): a classic script beside them,
// live/negotiation-widgets-live.js (asset-files.ts), loaded the first time a widget refreshes, once
// per page, with the sha256 hash built into the bundle. An embed code's `integrity` on the bundle thereby covers
// this code too, as it covers the built-in story and the language files; pages whose widgets do
// not refresh never download it. The bundle hands the file what it shares with it (live-deps.ts)
// on the <script> element, and the file hands its exports back there (live-code.ts).
import * as liveDeps from './live-deps.js';
import { assetUrl } from './assets.js';
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

/** A failure to load the live code, with its `nw-error` code. */
const liveCodeError = (message: string, code: 'network' | 'timeout') => Object.assign(new Error(message), { code });

/**
 * Resolves with the live code; rejects naming the file when it cannot run (once per page: the
 * failure is kept), or when it has not arrived within `timeoutMs`. A stalled file keeps loading:
 * the caller stops waiting (its widget says live updates are off), and a later call gets the code
 * if it arrived meanwhile.
 */
export function loadLiveScript(timeoutMs: number): Promise<LiveCode> {
  return new Promise((resolve, reject) => {
    // Left to run out: once the code is in, its rejection is a no-op.
    setTimeout(() => reject(liveCodeError(`The live-update code ${liveUrl()} did not answer within ${timeoutMs / 1000} s`, 'timeout')), timeoutMs);
    load().then(resolve, reject);
  });
}

/** Named by the single-file bundles' build, the only one that loads it. */
const liveFile = () => assetUrl('live/negotiation-widgets-live.js');
const liveUrl = () => liveFile().url;

function load(): Promise<LiveCode> {
  pending ??= new Promise((resolve, reject) => {
    const url = liveUrl();
    const fail = () =>
      reject(
        liveCodeError(
          `The live-update code ${url} could not be loaded: it is missing, blocked, or does not match the hash built into the script (host the live/ folder beside the script, unchanged)`,
          'network',
        ),
      );
    try {
      const script = document.createElement('script') as LiveScript;
      script.nwLiveDeps = liveDeps;
      script.integrity = liveFile().integrity;
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
