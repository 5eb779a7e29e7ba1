import { loadPortOneScript, type LoadScriptOptions } from "./loader";
import type { PortOneSdk } from "./port";

/** Options of the real adapter. */
export type PortOneSdkOptions = LoadScriptOptions;

type NpmSdk = typeof import("@portone/browser-sdk/v2");
let npm: Promise<NpmSdk> | null = null;
function loadNpm(): Promise<NpmSdk> {
  npm ??= import("@portone/browser-sdk/v2").catch((error: unknown) => {
    npm = null;
    throw error;
  });
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
  return {
    preload,
    requestPayment: async (request) => (await ready()).requestPayment(request),
    requestIssueBillingKey: async (request) => (await ready()).requestIssueBillingKey(request),
    requestIssueBillingKeyAndPay: async (request) => (await ready()).requestIssueBillingKeyAndPay(request),
  };
}
