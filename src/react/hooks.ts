import type { PaymentRequest } from "@portone/browser-sdk/v2";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput } from "../core/inputs";
import type { BillingKeyOutcome, PaymentOutcome, PhoneBillingOutcome } from "../core/outcome";
import { buildIssueBillingKeyAndPayRequest, buildIssueBillingKeyRequest, buildPaymentRequest } from "../core/request";
import { useFlow, type FlowHook } from "./useFlow";

/** Opens the Inicis payment window (`requestPayment`) with the provider's store, channel and device. */
export function usePayment(): FlowHook<PaymentInput, PaymentOutcome> {
  return useFlow({
    flow: "payment",
    channel: "payment",
    build: buildPaymentRequest,
    call: (sdk, request: PaymentRequest) => sdk.requestPayment(request),
  });
}

/** Opens the Inicis card billing-key window (`requestIssueBillingKey`, `billingKeyMethod: "CARD"`). */
export function useIssueBillingKey(): FlowHook<BillingKeyInput, BillingKeyOutcome> {
  return useFlow({
    flow: "billingKey",
    channel: "billingKey",
    build: buildIssueBillingKeyRequest,
    call: (sdk, request) => sdk.requestIssueBillingKey(request),
  });
}

/** Issues a phone billing key together with the first payment (`requestIssueBillingKeyAndPay`, `"MOBILE"`). */
export function useIssueBillingKeyAndPay(): FlowHook<PhoneBillingInput, PhoneBillingOutcome> {
  return useFlow({
    flow: "phoneBilling",
    channel: "phoneBilling",
    build: buildIssueBillingKeyAndPayRequest,
    call: (sdk, request) => sdk.requestIssueBillingKeyAndPay(request),
  });
}
