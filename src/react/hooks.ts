import type { BillingKeyInput, PaymentInput, PhoneBillingInput } from "../core/inputs";
import type { BillingKeyOutcome, PaymentOutcome, PhoneBillingOutcome } from "../core/outcome";
import { useFlow, type FlowHook, type FlowHookOptions } from "./useFlow";

/**
 * Opens the Inicis payment window (`requestPayment`) with the provider's store, channel and device.
 * `options` callbacks run for an in-page result and for a mobile redirect's landing alike.
 */
export function usePayment(options?: FlowHookOptions<PaymentOutcome>): FlowHook<PaymentInput, PaymentOutcome> {
  return useFlow<"payment", PaymentInput>("payment", options);
}

/** Opens the Inicis card billing-key window (`requestIssueBillingKey`, `billingKeyMethod: "CARD"`). */
export function useIssueBillingKey(options?: FlowHookOptions<BillingKeyOutcome>): FlowHook<BillingKeyInput, BillingKeyOutcome> {
  return useFlow<"billingKey", BillingKeyInput>("billingKey", options);
}

/** Issues a phone billing key together with the first payment (`requestIssueBillingKeyAndPay`, `"MOBILE"`). */
export function useIssueBillingKeyAndPay(options?: FlowHookOptions<PhoneBillingOutcome>): FlowHook<PhoneBillingInput, PhoneBillingOutcome> {
  return useFlow<"phoneBilling", PhoneBillingInput>("phoneBilling", options);
}
