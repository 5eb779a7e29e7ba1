import { PortOneLoadError } from "../core/errors";

/** Where the PortOne browser SDK lives; the npm package's loader uses the same address. */
export const PORTONE_SDK_URL = "https://cdn.portone.io/v2/browser-sdk.js";

/** Options of {@link loadPortOneScript}. */
export interface LoadScriptOptions {
  url?: string;
  /** Give up after this long; 8 seconds by default. */
  timeoutMs?: number;
}

let pending: Promise<void> | null = null;

/**
 * Makes sure `window.PortOne` exists by loading the CDN script: reuses `window.PortOne` or a tag
 * with the same src when there is one. A failure (error event or timeout) removes the tag, clears
 * the cache and rejects with {@link PortOneLoadError}, so the next call tries again. This is what
 * keeps the npm loader's own cached promise from ever holding a failure.
 */
export function loadPortOneScript(options: LoadScriptOptions = {}): Promise<void> {
  if (typeof window === "undefined" || typeof document === "undefined") {
    return Promise.reject(new PortOneLoadError("SDK_UNAVAILABLE", "[react-portone-inicis] The PortOne SDK runs in a browser only."));
  }
  if (window.PortOne) return Promise.resolve();
  if (pending) return pending;
  const url = options.url ?? PORTONE_SDK_URL;
  const timeoutMs = options.timeoutMs ?? 8000;
  const attempt = new Promise<void>((resolve, reject) => {
    const existing = document.querySelector<HTMLScriptElement>(`script[src="${url.replace(/["\\]/g, "\\$&")}"]`);
    const script = existing ?? document.createElement("script");
    const settle = (error: PortOneLoadError | null): void => {
      clearTimeout(timer);
      script.removeEventListener("load", onLoad);
      script.removeEventListener("error", onError);
      if (error) {
        script.remove();
        reject(error);
      } else resolve();
    };
    const onLoad = (): void =>
      settle(window.PortOne ? null : new PortOneLoadError("SDK_LOAD_FAILED", "[react-portone-inicis] The PortOne script loaded but did not define window.PortOne."));
    const onError = (): void => settle(new PortOneLoadError("SDK_LOAD_FAILED", "[react-portone-inicis] The PortOne script could not be loaded (offline, blocked, or a content security policy)."));
    script.addEventListener("load", onLoad);
    script.addEventListener("error", onError);
    const timer = setTimeout(() => settle(new PortOneLoadError("SDK_LOAD_TIMEOUT", `[react-portone-inicis] The PortOne script did not load within ${timeoutMs} ms.`)), timeoutMs);
    if (!existing) {
      script.src = url;
      script.async = true;
      (document.head || document.body).appendChild(script);
    }
  });
  pending = attempt.then(
    () => {
      pending = null;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
