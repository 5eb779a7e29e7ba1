import { requestIssueBillingKey, requestIssueBillingKeyAndPay, requestPayment } from "@portone/browser-sdk/v2";
import { loadPortOneScript, type LoadScriptOptions } from "./loader";
import type { PortOneSdk } from "./port";

/** Options of the real adapter. */
export type PortOneSdkOptions = LoadScriptOptions;

const ready = (): boolean => typeof window !== "undefined" && window.PortOne !== undefined;

/**
 * The real adapter over `@portone/browser-sdk` (its three request functions, imported by name).
 * They are called only once `window.PortOne` exists, so a failed script load never poisons the
 * npm loader's cache: the next call retries. With the script loaded, a call reaches the SDK in the
 * same task as the click.
 */
export function createPortOneSdk(options: PortOneSdkOptions = {}): PortOneSdk {
  const preload = (): Promise<void> => loadPortOneScript(options);
  return {
    preload,
    requestPayment: (r) => (ready() ? requestPayment(r) : preload().then(() => requestPayment(r))),
    requestIssueBillingKey: (r) => (ready() ? requestIssueBillingKey(r) : preload().then(() => requestIssueBillingKey(r))),
    requestIssueBillingKeyAndPay: (r) => (ready() ? requestIssueBillingKeyAndPay(r) : preload().then(() => requestIssueBillingKeyAndPay(r))),
  };
}
