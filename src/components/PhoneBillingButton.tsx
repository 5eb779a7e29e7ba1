import type { PhoneBillingInput } from "../core/inputs";
import type { PhoneBillingOutcome } from "../core/outcome";
import { formatAmount } from "../core/ui-text";
import { createFlowButton, type FlowButtonUiProps } from "./flow-button";
import { PHONE_BILLING_LABEL, textOf } from "./text";

/** Props of {@link PhoneBillingButton}. `productType` is required; `offerPeriod` is required on mobile. */
export type PhoneBillingButtonProps = PhoneBillingInput & FlowButtonUiProps<PhoneBillingOutcome>;

/**
 * Issues a phone billing key together with the first payment (`requestIssueBillingKeyAndPay`,
 * `billingKeyAndPayMethod: "MOBILE"`, KRW only). Name, phone and e-mail are required on both
 * devices; `onSuccess` receives `billingKey`, `paymentId` and `txId`.
 */
export const PhoneBillingButton = /* @__PURE__ */ createFlowButton<PhoneBillingInput, PhoneBillingOutcome>({
  displayName: "PhoneBillingButton",
  flow: "phoneBilling",
  defaultLabel: (input, locale) => textOf(PHONE_BILLING_LABEL, locale)(formatAmount(input.totalAmount, "KRW", locale)),
});
