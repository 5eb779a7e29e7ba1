import { loadPortOneScript, type LoadScriptOptions } from "./loader";
import type { PortOneSdk } from "./port";

/** Options of the real adapter. */
export type PortOneSdkOptions = LoadScriptOptions;

type NpmSdk = typeof import("@portone/browser-sdk/v2");
let npm: Promise<NpmSdk> | null = null;
let npmLoaded: NpmSdk | null = null;
function loadNpm(): Promise<NpmSdk> {
  npm ??= import("@portone/browser-sdk/v2").then(
    (mod) => (npmLoaded = mod),
    (error: unknown) => {
      npm = null;
      throw error;
    },
  );
  return npm;
}

/**
 * The real adapter over `@portone/browser-sdk`. The npm package is imported lazily, on first use,
 * and its functions are called only once `window.PortOne` exists, so a failed script load never
 * poisons its cache: the next call retries.
 */
export function createPortOneSdk(options: PortOneSdkOptions = {}): PortOneSdk {
  const preload = (): Promise<void> => loadPortOneScript(options);
  const ready = async (): Promise<NpmSdk> => {
    await preload();
    return loadNpm();
  };
  // Once the script and the npm module are both there (the provider preloads them), a click goes
  // straight to the SDK, with no extra microtask hops between the buyer's click and the window.
  const now = (): NpmSdk | null => (npmLoaded && typeof window !== "undefined" && window.PortOne ? npmLoaded : null);
  return {
    preload: () => preload().then(() => void loadNpm()),
    requestPayment: (request) => now()?.requestPayment(request) ?? ready().then((sdk) => sdk.requestPayment(request)),
    requestIssueBillingKey: (request) => now()?.requestIssueBillingKey(request) ?? ready().then((sdk) => sdk.requestIssueBillingKey(request)),
    requestIssueBillingKeyAndPay: (request) => now()?.requestIssueBillingKeyAndPay(request) ?? ready().then((sdk) => sdk.requestIssueBillingKeyAndPay(request)),
  };
}
